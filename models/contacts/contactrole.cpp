#include "models/contacts/contactrole.h"

namespace payops {

namespace {

struct RoleInfo
{
    ContactRole role;
    const char *key;
    const char *label;
    const char16_t *chinese; // search words in Chinese, independent of the interface language
};

const RoleInfo kRoles[] = {
    {ContactRole::TechnicalSupport, "technical_support",
     QT_TRANSLATE_NOOP("payops::ContactRoles", "Technical support"), u"技术支持"},
    {ContactRole::EmergencyContact, "emergency_contact",
     QT_TRANSLATE_NOOP("payops::ContactRoles", "Emergency contact"), u"紧急联系人"},
    {ContactRole::CustomerService, "customer_service",
     QT_TRANSLATE_NOOP("payops::ContactRoles", "Customer service"), u"客服 客户服务"},
    {ContactRole::ServiceManager, "service_manager",
     QT_TRANSLATE_NOOP("payops::ContactRoles", "Service manager"), u"服务负责人 业务经理"},
};

const RoleInfo &info(ContactRole role)
{
    for (const RoleInfo &candidate : kRoles) {
        if (candidate.role == role)
            return candidate;
    }
    return kRoles[0];
}

} // namespace

QList<ContactRole> ContactRoles::all()
{
    QList<ContactRole> roles;
    for (const RoleInfo &candidate : kRoles)
        roles.append(candidate.role);
    return roles;
}

QString ContactRoles::key(ContactRole role)
{
    return QLatin1String(info(role).key);
}

std::optional<ContactRole> ContactRoles::fromKey(const QString &key)
{
    for (const RoleInfo &candidate : kRoles) {
        if (key == QLatin1String(candidate.key))
            return candidate.role;
    }
    return std::nullopt;
}

QStringList ContactRoles::keys()
{
    QStringList list;
    for (const RoleInfo &candidate : kRoles)
        list.append(QLatin1String(candidate.key));
    return list;
}

std::optional<ContactRole> ContactRoles::fromText(const QString &text)
{
    const QString wanted = text.simplified().toCaseFolded();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const RoleInfo &candidate : kRoles) {
        QStringList names = searchTerms(candidate.role);
        names.append(QString::fromUtf16(candidate.chinese).split(u' '));
        for (const QString &name : std::as_const(names)) {
            if (name.toCaseFolded() == wanted)
                return candidate.role;
        }
    }
    return std::nullopt;
}

QString ContactRoles::englishName(ContactRole role)
{
    return QString::fromUtf8(info(role).label);
}

QString ContactRoles::displayName(ContactRole role)
{
    return tr(info(role).label);
}

QStringList ContactRoles::searchTerms(ContactRole role)
{
    const RoleInfo &role_ = info(role);
    QStringList terms{QLatin1String(role_.key), QLatin1String(role_.label), QString::fromUtf16(role_.chinese)};
    const QString translated = tr(role_.label);
    if (!terms.contains(translated))
        terms.append(translated);
    return terms;
}

bool ContactRoles::needsService(ContactRole role)
{
    return role == ContactRole::ServiceManager;
}

QString ContactRoles::serviceSearchAlias(const QString &service)
{
    if (service == u"payment_frontend")
        return QStringLiteral(u"支付前端");
    if (service == u"payment_gateway")
        return QStringLiteral(u"支付网关");
    if (service == u"payment_backend")
        return QStringLiteral(u"支付后端");
    if (service == u"payment_callback")
        return QStringLiteral(u"支付回调");
    return {};
}

} // namespace payops
