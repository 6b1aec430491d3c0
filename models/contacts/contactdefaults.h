#pragma once

#include "models/contacts/contactentry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace payops {

// The default directory shipped in resources/contacts/default-contacts.json (the knowledge base's
// contacts), imported by ContactDirectory::importDefaultsOnce() on the first run only.
// Format: {"format": 1, "contacts": [{"name", "nameAlt"?, "organization"?, "role", "service"?,
//          "order"?, "phone"?: [..], "email"?: [..], "chat"?: [..], "notes"?}, ...]}
// Entries with the same name are one person (Bob owns two services with two numbers).
class ContactDefaults final
{
    Q_DECLARE_TR_FUNCTIONS(payops::ContactDefaults)

public:
    struct Result
    {
        QList<ContactEntry> entries;
        QStringList errors;

        [[nodiscard]] bool ok() const { return errors.isEmpty(); }
    };

    ContactDefaults() = delete;

    // Reads and validates (ContactValidator) the whole document; any error yields no entries.
    [[nodiscard]] static Result parse(const QByteArray &json);
    [[nodiscard]] static Result load(const QString &path = defaultsPath());
    [[nodiscard]] static QString defaultsPath();
};

} // namespace payops
