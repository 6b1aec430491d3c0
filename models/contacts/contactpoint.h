#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace payops {

// One way to reach someone: a phone number, an e-mail address or a chat handle. It belongs to an
// assignment (person + role + service), not to the person: Bob has 456 for payment_gateway and
// 789 for payment_backend.
struct ContactPoint
{
    enum class Kind { Phone, Email, Chat };

    Kind kind = Kind::Phone;
    QString value;

    [[nodiscard]] static QString kindKey(Kind kind)
    {
        switch (kind) {
        case Kind::Phone:
            return QStringLiteral("phone");
        case Kind::Email:
            return QStringLiteral("email");
        case Kind::Chat:
            return QStringLiteral("chat");
        }
        return {};
    }

    [[nodiscard]] static std::optional<Kind> kindFromKey(const QString &key)
    {
        for (Kind kind : {Kind::Phone, Kind::Email, Kind::Chat}) {
            if (key == kindKey(kind))
                return kind;
        }
        return std::nullopt;
    }

    // tel:, mailto: or the chat handle's own URI (xmpp:, https:, ...); empty when there is none.
    [[nodiscard]] QUrl url() const
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
            return QUrl(QStringLiteral("mailto:") + value);
        case Kind::Chat: {
            const QUrl url(value, QUrl::StrictMode);
            return url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1 ? url : QUrl();
        }
        }
        return {};
    }

    friend bool operator==(const ContactPoint &, const ContactPoint &) = default;
};

} // namespace payops
