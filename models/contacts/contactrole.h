#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace payops {

// What a person is in the directory: one of the knowledge base's four roles.
enum class ContactRole {
    TechnicalSupport,
    EmergencyContact,
    CustomerService,
    ServiceManager,
};

// Names of the roles: the stable key stored in files and the database ("service_manager"),
// the translated label, and the words a search in either language should find it by.
class ContactRoles final
{
    Q_DECLARE_TR_FUNCTIONS(payops::ContactRoles)

public:
    ContactRoles() = delete;

    [[nodiscard]] static QList<ContactRole> all();
    [[nodiscard]] static QString key(ContactRole role);
    [[nodiscard]] static std::optional<ContactRole> fromKey(const QString &key);
    [[nodiscard]] static QStringList keys();
    // The role named by its key, its English label, its interface label or its Chinese label
    // (ignoring case and surrounding spaces), as people write it in a CSV column.
    [[nodiscard]] static std::optional<ContactRole> fromText(const QString &text);
    // The untranslated English label ("Service manager"), for files read by other programs.
    [[nodiscard]] static QString englishName(ContactRole role);
    // The label in the interface language.
    [[nodiscard]] static QString displayName(ContactRole role);
    // Key, English label, Chinese label and the interface label, so that "客服" and "customer"
    // both find the customer service hotline whatever the interface language is.
    [[nodiscard]] static QStringList searchTerms(ContactRole role);
    // Whether an assignment of this role must name a service (only service managers do).
    [[nodiscard]] static bool needsService(ContactRole role);
    // The Chinese name of a known payment service ("支付网关"), or an empty string: searched too.
    [[nodiscard]] static QString serviceSearchAlias(const QString &service);
};

} // namespace payops
