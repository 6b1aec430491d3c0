#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QUrl;

namespace payops {

// The one place in the views that hands a link to the desktop (QDesktopServices::openUrl): only
// when SafeLinks allows it (models/core/safelinks.h). Returns why the link was not opened — refused,
// or no application on this desktop opens it — in the operator's words, for the view to show
// (a refused link is never a silent no-op); std::nullopt when it was handed over.
class LinkOpener final
{
    Q_DECLARE_TR_FUNCTIONS(payops::LinkOpener)

public:
    LinkOpener() = delete;

    [[nodiscard]] static std::optional<QString> open(const QUrl &url);
};

} // namespace payops
