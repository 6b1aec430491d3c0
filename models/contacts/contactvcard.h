#pragma once

#include "models/contacts/contactentry.h"
#include "models/contacts/contactimportresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace payops {

// The directory as vCard 4.0 (RFC 6350), one card per assignment:
//   BEGIN:VCARD / VERSION:4.0 / FN / N / ORG / ROLE (English label) / TEL;TYPE=work,voice /
//   EMAIL;TYPE=work / IMPP (chat handles that are URIs) / NOTE / END:VCARD
// plus the extensions X-PAYOPS-ROLE (role key), X-PAYOPS-SERVICE (the owned service),
// X-PAYOPS-ORDER (escalation order), X-PAYOPS-NAME-ALT and X-PAYOPS-CHAT (chat handles that are
// not URIs). Text values escape \ , ; and line breaks; lines are folded at 75 octets without
// splitting a UTF-8 sequence; lines end with CRLF.
// Reading unfolds, accepts LF line ends, property groups ("item1.TEL"), parameters in any form,
// "tel:" URIs, vCard 3.0 cards, and falls back to ROLE when X-PAYOPS-ROLE is missing.
class ContactVCard final
{
    Q_DECLARE_TR_FUNCTIONS(payops::ContactVCard)

public:
    ContactVCard() = delete;

    [[nodiscard]] static QByteArray write(const QList<ContactEntry> &entries);
    // One row per card, with its read errors (not yet ContactValidator's).
    [[nodiscard]] static ContactImportResult read(const QByteArray &data);

    [[nodiscard]] static QString escapeText(const QString &text);
    [[nodiscard]] static QString unescapeText(const QString &text);
    // Splits a structured value (N, ORG) at its unescaped ';' and unescapes the components.
    [[nodiscard]] static QStringList splitStructured(const QString &value);
    // Folds one content line (without its CRLF) into physical lines of at most 75 octets.
    [[nodiscard]] static QByteArray fold(const QByteArray &line);
};

} // namespace payops
