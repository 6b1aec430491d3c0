#pragma once

#include "models/contacts/contactentry.h"
#include "models/contacts/contactimportresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace payops {

// The directory as CSV (RFC 4180): UTF-8, CRLF line ends, a header row, fields quoted when they
// hold a comma, a quote, a line break or surrounding spaces (quotes doubled inside).
// Columns: name, name_alt, role, service, escalation_order, phone, email, chat, organization, notes.
// A row is one assignment; several phones (e-mails, chats) of one row are separated by "; ".
// `role` is the key ("service_manager"); reading also accepts the English or Chinese label.
// Reading accepts LF line ends, a UTF-8 byte order mark and columns in any order; unknown columns
// are ignored, a missing "name" or "role" column fails the whole file.
class ContactCsv final
{
    Q_DECLARE_TR_FUNCTIONS(payops::ContactCsv)

public:
    ContactCsv() = delete;

    [[nodiscard]] static QByteArray write(const QList<ContactEntry> &entries, bool byteOrderMark = true);
    // Rows with their read errors (not yet ContactValidator's: see ContactImportResult::validate).
    [[nodiscard]] static ContactImportResult read(const QByteArray &data);

    // RFC 4180 records: fields of each record and the 1-based line it starts on. A malformed
    // record (a quote inside an unquoted field, an unclosed quote) gets an error text.
    struct Record
    {
        int line = 0;
        QStringList fields;
        QString error;
    };
    [[nodiscard]] static QList<Record> parse(const QString &text);
    [[nodiscard]] static QString formatField(const QString &field);

    [[nodiscard]] static QStringList columns();
};

} // namespace payops
