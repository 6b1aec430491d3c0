#include "widgets/linkopener.h"

#include "models/core/safelinks.h"

#include <QDesktopServices>
#include <QUrl>

namespace payops {

std::optional<QString> LinkOpener::open(const QUrl &url)
{
    if (std::optional<QString> refusal = SafeLinks::refusal(url))
        return refusal;
    if (!QDesktopServices::openUrl(url))
        return tr("No application is set up to open %1.").arg(url.toDisplayString());
    return std::nullopt;
}

} // namespace payops
