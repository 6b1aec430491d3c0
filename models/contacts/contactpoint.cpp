#include "models/contacts/contactpoint.h"

#include "models/contacts/contactvalidator.h"
#include "models/core/safelinks.h"

namespace payops {

QUrl ContactPoint::url() const
{
    switch (kind) {
    case Kind::Phone: {
        QString dial;
        for (const QChar c : value) {
            if (c.isDigit() || c == u'+' || c == u'-')
                dial.append(c);
        }
        return QUrl(QStringLiteral("tel:") + dial);
    }
    case Kind::Email:
        return ContactValidator::isValidEmail(value) ? SafeLinks::mailto(value) : QUrl();
    case Kind::Chat: {
        if (!SafeLinks::looksLikeLink(value))
            return {};
        const QUrl url(value.trimmed(), QUrl::StrictMode);
        return SafeLinks::isAllowed(url) ? url : QUrl();
    }
    }
    return {};
}

} // namespace payops
