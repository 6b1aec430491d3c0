#include "models/contacts/contactcsv.h"

#include <QHash>
#include <QStringDecoder>

#include <utility>

namespace payops {

namespace {

const char *const kColumns[] = {"name", "name_alt", "role", "service", "escalation_order",
                                "phone", "email", "chat", "organization", "notes"};

QStringList splitValues(const QString &field)
{
    QStringList values;
    for (const QString &part : field.split(u';')) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

} // namespace

QStringList ContactCsv::columns()
{
    QStringList list;
    for (const char *column : kColumns)
        list.append(QLatin1String(column));
    return list;
}

QString ContactCsv::formatField(const QString &field)
{
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!quote)
        return field;
    return u'"' + QString(field).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QByteArray ContactCsv::write(const QList<ContactEntry> &entries, bool byteOrderMark)
{
    QString text;
    const QString lineEnd = QStringLiteral("\r\n");
    text += columns().join(u',') + lineEnd;
    for (const ContactEntry &entry : entries) {
        const QStringList fields{
            entry.name,
            entry.nameAlt,
            ContactRoles::key(entry.role),
            entry.service,
            QString::number(entry.escalationOrder),
            entry.values(ContactPoint::Kind::Phone).join(QStringLiteral("; ")),
            entry.values(ContactPoint::Kind::Email).join(QStringLiteral("; ")),
            entry.values(ContactPoint::Kind::Chat).join(QStringLiteral("; ")),
            entry.organization,
            entry.notes,
        };
        QStringList formatted;
        for (const QString &field : fields)
            formatted.append(formatField(field));
        text += formatted.join(u',') + lineEnd;
    }
    QByteArray data = byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    data += text.toUtf8();
    return data;
}

QList<ContactCsv::Record> ContactCsv::parse(const QString &text)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    QList<Record> records;
    Record record;
    QString field;
    State state = State::FieldStart;
    int line = 1;
    record.line = 1;
    bool recordHasContent = false;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        state = State::FieldStart;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.constFirst().isEmpty() && !recordHasContent;
        if (!blank)
            records.append(record);
        record = Record();
        record.line = line;
        recordHasContent = false;
    };
    const auto fail = [&](const QString &message) {
        if (record.error.isEmpty())
            record.error = message;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const bool newline = c == u'\n' || c == u'\r';
        if (newline && c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
            ++i; // CRLF is one line end
        }
        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                state = State::Quoted;
                recordHasContent = true;
            } else if (c == u',') {
                recordHasContent = true;
                endField();
            } else if (newline) {
                ++line;
                endRecord();
            } else {
                field.append(c);
                state = State::Unquoted;
                recordHasContent = true;
            }
            break;
        case State::Unquoted:
            if (c == u',') {
                endField();
            } else if (newline) {
                ++line;
                endRecord();
            } else {
                if (c == u'"')
                    fail(tr("a quote inside a field that does not start with a quote"));
                field.append(c);
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                state = State::QuoteInQuoted;
            } else {
                if (newline) {
                    ++line;
                    field.append(u'\n');
                    if (c == u'\r' && text.at(i) == u'\n')
                        field.replace(field.size() - 1, 1, QStringLiteral("\r\n"));
                } else {
                    field.append(c);
                }
            }
            break;
        case State::QuoteInQuoted:
            if (c == u'"') {
                field.append(u'"');
                state = State::Quoted;
            } else if (c == u',') {
                endField();
            } else if (newline) {
                ++line;
                endRecord();
            } else {
                fail(tr("text after the closing quote of a field"));
                field.append(c);
                state = State::Unquoted;
            }
            break;
        }
    }
    if (state == State::Quoted)
        fail(tr("a quoted field is not closed before the end of the file"));
    if (recordHasContent || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

ContactImportResult ContactCsv::read(const QByteArray &data)
{
    ContactImportResult result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        result.fileError = tr("The file is not UTF-8 text.");
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<Record> records = parse(text);
    if (records.isEmpty()) {
        result.fileError = tr("The file is empty.");
        return result;
    }
    const Record &header = records.constFirst();
    if (!header.error.isEmpty()) {
        result.fileError = tr("The header row cannot be read: %1.").arg(header.error);
        return result;
    }
    QHash<QString, int> index;
    for (int i = 0; i < header.fields.size(); ++i)
        index.insert(header.fields.at(i).trimmed().toCaseFolded(), i);
    for (const char *required : {"name", "role"}) {
        if (!index.contains(QLatin1String(required))) {
            result.fileError = tr("The header row has no \"%1\" column (expected: %2).")
                                   .arg(QLatin1String(required), columns().join(QStringLiteral(", ")));
            return result;
        }
    }

    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        ContactImportResult::Row row;
        row.line = record.line;
        if (!record.error.isEmpty()) {
            row.errors.append(record.error);
            row.entry.name = record.fields.value(index.value(QStringLiteral("name"))).trimmed();
            result.rows.append(row);
            continue;
        }
        if (record.fields.size() != header.fields.size())
            row.errors.append(tr("the row has %1 fields, the header %2").arg(record.fields.size()).arg(header.fields.size()));
        const auto field = [&](const char *column) {
            const int at = index.value(QLatin1String(column), -1);
            return at >= 0 ? record.fields.value(at) : QString();
        };
        ContactEntry &entry = row.entry;
        entry.name = field("name").trimmed();
        entry.nameAlt = field("name_alt").trimmed();
        entry.service = field("service").trimmed();
        entry.organization = field("organization").trimmed();
        entry.notes = field("notes");
        const QString role = field("role");
        if (const std::optional<ContactRole> parsed = ContactRoles::fromText(role))
            entry.role = *parsed;
        else
            row.errors.append(role.trimmed().isEmpty() ? tr("the role is missing")
                                                       : tr("unknown role \"%1\"").arg(role.trimmed()));
        const QString order = field("escalation_order").trimmed();
        if (!order.isEmpty()) {
            bool ok = false;
            entry.escalationOrder = order.toInt(&ok);
            if (!ok)
                row.errors.append(tr("escalation order \"%1\" is not a whole number").arg(order));
        }
        for (const auto &[column, kind] : {std::pair{"phone", ContactPoint::Kind::Phone},
                                           std::pair{"email", ContactPoint::Kind::Email},
                                           std::pair{"chat", ContactPoint::Kind::Chat}}) {
            for (const QString &value : splitValues(field(column)))
                entry.points.append({kind, value});
        }
        result.rows.append(row);
    }
    return result;
}

} // namespace payops
