#pragma once

#include "models/contacts/contactentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace payops {

// The rules a directory entry must follow, as translated messages tied to the field they are about,
// so that the editor can mark the field and an import can list the row's problems.
//  - a name; a service manager names a service; a service name is a plain identifier;
//  - at least one phone, e-mail or chat; phones use digits, spaces, +, - and parentheses and have
//    at least 3 digits (the knowledge base's extensions like "123" are valid); e-mail addresses are
//    local@domain.tld with letters, digits and . _ + ' - before the @ (no ? & % or line breaks that
//    could add mail headers); a chat handle is text, or a link SafeLinks allows (xmpp:, https:, …);
//  - escalation order 1..99;
//  - no person twice for the same service (for directory-wide entries: twice in the same role).
//    People are the same when their names are equal ignoring case and surrounding spaces.
class ContactValidator final
{
    Q_DECLARE_TR_FUNCTIONS(payops::ContactValidator)

public:
    struct Issue
    {
        QString field; // "name", "role", "service", "order", "phone", "email", "chat", "points"
        QString message;

        friend bool operator==(const Issue &, const Issue &) = default;
    };

    ContactValidator() = delete;

    [[nodiscard]] static bool isValidEmail(const QString &address);
    [[nodiscard]] static bool isValidPhone(const QString &number);
    [[nodiscard]] static bool isValidServiceName(const QString &service);
    // The key people are compared by.
    [[nodiscard]] static QString personKey(const QString &name);

    // `existing` is the directory (or the rows accepted before this one); the entry itself, by its
    // id, is skipped, so an edit does not collide with its own stored version.
    [[nodiscard]] static QList<Issue> validate(const ContactEntry &entry, const QList<ContactEntry> &existing = {});
    [[nodiscard]] static QStringList messages(const QList<Issue> &issues);
};

} // namespace payops
