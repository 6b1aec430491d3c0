#include "models/contacts/contactvalidator.h"

#include "models/core/safelinks.h"

#include <QRegularExpression>

namespace payops {

bool ContactValidator::isValidEmail(const QString &address)
{
    // The local part allows letters, digits and . _ + ' - only: the rest of RFC 5322's atext
    // (? & % # = / ! …) can add headers or parameters to a mailto: link or a mail program's
    // command line, and no operations team's address needs it.
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9_+'-]+(?:\\.[A-Za-z0-9_+'-]+)*"
        "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

bool ContactValidator::isValidPhone(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9 ()-]+$"));
    if (number.size() > 40 || !pattern.match(number).hasMatch())
        return false;
    int digits = 0;
    int depth = 0;
    for (const QChar c : number) {
        if (c.isDigit())
            ++digits;
        else if (c == u'(')
            ++depth;
        else if (c == u')' && --depth < 0)
            return false;
    }
    return digits >= 3 && depth == 0;
}

bool ContactValidator::isValidServiceName(const QString &service)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,99}$"));
    return pattern.match(service).hasMatch();
}

QString ContactValidator::personKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QList<ContactValidator::Issue> ContactValidator::validate(const ContactEntry &entry, const QList<ContactEntry> &existing)
{
    QList<Issue> issues;
    const QString name = entry.name.trimmed();
    if (name.isEmpty())
        issues.append({QStringLiteral("name"), tr("The name is missing.")});
    else if (name.size() > 200)
        issues.append({QStringLiteral("name"), tr("The name is longer than 200 characters.")});

    if (!entry.service.isEmpty() && !isValidServiceName(entry.service))
        issues.append({QStringLiteral("service"),
                       tr("\"%1\" is not a service name (letters, digits, _ . and -, starting with a letter).").arg(entry.service)});
    else if (entry.service.isEmpty() && ContactRoles::needsService(entry.role))
        issues.append({QStringLiteral("service"), tr("A service manager must own a service.")});

    if (entry.escalationOrder < 1 || entry.escalationOrder > 99)
        issues.append({QStringLiteral("order"), tr("The escalation order must be between 1 and 99.")});

    if (entry.points.isEmpty())
        issues.append({QStringLiteral("points"), tr("Give at least one phone number, e-mail address or chat handle.")});
    for (const ContactPoint &point : entry.points) {
        switch (point.kind) {
        case ContactPoint::Kind::Phone:
            if (!isValidPhone(point.value))
                issues.append({QStringLiteral("phone"),
                               tr("\"%1\" is not a phone number (digits, spaces, +, - and parentheses, at least 3 digits).")
                                   .arg(point.value)});
            break;
        case ContactPoint::Kind::Email:
            if (!isValidEmail(point.value))
                issues.append({QStringLiteral("email"), tr("\"%1\" is not an e-mail address.").arg(point.value)});
            break;
        case ContactPoint::Kind::Chat:
            if (point.value.trimmed().isEmpty() || point.value.size() > 200 || point.value.contains(u'\n'))
                issues.append({QStringLiteral("chat"), tr("\"%1\" is not a chat handle.").arg(point.value)});
            else if (SafeLinks::looksLikeLink(point.value))
                if (const std::optional<QString> refusal = SafeLinks::refusal(QUrl(point.value.trimmed(), QUrl::StrictMode)))
                    issues.append({QStringLiteral("chat"), tr("\"%1\" cannot be a chat link: %2").arg(point.value, *refusal)});
            break;
        }
    }

    if (!name.isEmpty()) {
        const QString key = personKey(name);
        for (const ContactEntry &other : existing) {
            if (entry.id != 0 && other.id == entry.id)
                continue;
            if (personKey(other.name) != key)
                continue;
            if (!entry.service.isEmpty() && other.service == entry.service) {
                issues.append({QStringLiteral("service"),
                               tr("%1 is already listed for %2.").arg(name, entry.service)});
                break;
            }
            if (entry.service.isEmpty() && other.service.isEmpty() && other.role == entry.role) {
                issues.append({QStringLiteral("role"),
                               tr("%1 is already listed as %2.").arg(name, ContactRoles::displayName(entry.role))});
                break;
            }
        }
    }
    return issues;
}

QStringList ContactValidator::messages(const QList<Issue> &issues)
{
    QStringList list;
    for (const Issue &issue : issues)
        list.append(issue.message);
    return list;
}

} // namespace payops
