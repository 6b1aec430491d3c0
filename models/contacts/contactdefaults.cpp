#include "models/contacts/contactdefaults.h"

#include "models/contacts/contactvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace payops {

ContactDefaults::Result ContactDefaults::parse(const QByteArray &json)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.errors.append(tr("not a JSON object: %1").arg(parseError.errorString()));
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt() != 1) {
        result.errors.append(tr("unsupported format (expected 1)"));
        return result;
    }
    const QJsonArray contacts = root.value(QStringLiteral("contacts")).toArray();
    if (contacts.isEmpty())
        result.errors.append(tr("missing field \"contacts\""));
    QList<ContactEntry> accepted;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const QJsonObject object = contacts.at(i).toObject();
        const QString where = tr("contact #%1").arg(i + 1);
        static const QStringList allowed{QStringLiteral("name"), QStringLiteral("nameAlt"), QStringLiteral("organization"),
                                         QStringLiteral("role"), QStringLiteral("service"), QStringLiteral("order"),
                                         QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("chat"),
                                         QStringLiteral("notes")};
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                result.errors.append(where + u": " + tr("unknown field \"%1\"").arg(it.key()));
        }
        ContactEntry entry;
        entry.name = object.value(QStringLiteral("name")).toString().trimmed();
        entry.nameAlt = object.value(QStringLiteral("nameAlt")).toString().trimmed();
        entry.organization = object.value(QStringLiteral("organization")).toString().trimmed();
        entry.service = object.value(QStringLiteral("service")).toString().trimmed();
        entry.escalationOrder = object.value(QStringLiteral("order")).toInt(1);
        entry.notes = object.value(QStringLiteral("notes")).toString();
        const QString role = object.value(QStringLiteral("role")).toString();
        if (const std::optional<ContactRole> parsed = ContactRoles::fromKey(role))
            entry.role = *parsed;
        else
            result.errors.append(where + u": " + tr("unknown contact role \"%1\"").arg(role));
        for (const auto &[key, kind] : {std::pair{"phone", ContactPoint::Kind::Phone},
                                        std::pair{"email", ContactPoint::Kind::Email},
                                        std::pair{"chat", ContactPoint::Kind::Chat}}) {
            for (const QJsonValue &value : object.value(QLatin1String(key)).toArray())
                entry.points.append({kind, value.toString().trimmed()});
        }
        const QList<ContactValidator::Issue> issues = ContactValidator::validate(entry, accepted);
        for (const ContactValidator::Issue &issue : issues)
            result.errors.append(where + u": " + issue.message);
        accepted.append(entry);
    }
    if (result.errors.isEmpty())
        result.entries = accepted;
    return result;
}

ContactDefaults::Result ContactDefaults::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.errors.append(tr("cannot read %1: %2").arg(path, file.errorString()));
        return result;
    }
    return parse(file.readAll());
}

QString ContactDefaults::defaultsPath()
{
    return QStringLiteral(":/contacts/default-contacts.json");
}

} // namespace payops
