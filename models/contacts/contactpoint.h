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

    // tel:, mailto: or the chat handle's own URI (xmpp:, https:, ...); empty when there is none or
    // when it is not safe to open (an invalid e-mail address, a link SafeLinks does not allow): the
    // value is then shown as text.
    [[nodiscard]] QUrl url() const;

    friend bool operator==(const ContactPoint &, const ContactPoint &) = default;
};

} // namespace payops
