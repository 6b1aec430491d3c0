#include "models/contacts/contactvcard.h"

#include <QStringDecoder>

namespace payops {

namespace {

constexpr int kMaxOctets = 75;

struct Property
{
    QString name;   // upper case, without group
    QString params; // raw, upper case
    QString value;  // raw (still escaped)
};

// "item1.TEL;TYPE=work:456" -> {TEL, TYPE=WORK, 456}; the value starts after the first ':' that is
// not inside a quoted parameter value.
std::optional<Property> parseLine(const QString &line)
{
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (c == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    const QString head = line.left(colon);
    Property property;
    property.value = line.mid(colon + 1);
    const qsizetype semicolon = head.indexOf(u';');
    QString name = semicolon < 0 ? head : head.left(semicolon);
    property.params = semicolon < 0 ? QString() : head.mid(semicolon + 1).toUpper();
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot >= 0)
        name = name.mid(dot + 1);
    property.name = name.trimmed().toUpper();
    return property;
}

QString splitName(const QString &name, bool family)
{
    // "Alice Smith" -> family "Smith", given "Alice"; single-word and CJK names are all given name.
    const QString simple = name.simplified();
    const qsizetype space = simple.lastIndexOf(u' ');
    if (space < 0)
        return family ? QString() : simple;
    return family ? simple.mid(space + 1) : simple.left(space);
}

} // namespace

QString ContactVCard::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\')
            escaped += QStringLiteral("\\\\");
        else if (c == u',')
            escaped += QStringLiteral("\\,");
        else if (c == u';')
            escaped += QStringLiteral("\\;");
        else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            escaped += QStringLiteral("\\n");
            ++i;
        } else if (c == u'\n' || c == u'\r')
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QString ContactVCard::unescapeText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            if (next == u'n' || next == u'N')
                plain += u'\n';
            else
                plain += next; // \\ \, \; and anything else escaped by a lenient writer
        } else {
            plain += c;
        }
    }
    return plain;
}

QStringList ContactVCard::splitStructured(const QString &value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == u';') {
            parts.append(unescapeText(current));
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(unescapeText(current));
    return parts;
}

QByteArray ContactVCard::fold(const QByteArray &line)
{
    QByteArray folded;
    qsizetype start = 0;
    int limit = kMaxOctets; // the first line holds 75 octets, continuations 74 after their space
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        // Never split a UTF-8 sequence: back up to the start of the character.
        while (cut > start && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        folded += line.mid(start, cut - start);
        folded += "\r\n ";
        start = cut;
        limit = kMaxOctets - 1;
    }
    folded += line.mid(start);
    return folded;
}

QByteArray ContactVCard::write(const QList<ContactEntry> &entries)
{
    QByteArray data;
    const auto line = [&data](const QString &text) {
        data += fold(text.toUtf8());
        data += "\r\n";
    };
    for (const ContactEntry &entry : entries) {
        line(QStringLiteral("BEGIN:VCARD"));
        line(QStringLiteral("VERSION:4.0"));
        line(QStringLiteral("KIND:individual"));
        line(QStringLiteral("FN:") + escapeText(entry.name));
        line(QStringLiteral("N:") + escapeText(splitName(entry.name, true)) + u';' + escapeText(splitName(entry.name, false))
             + QStringLiteral(";;;"));
        if (!entry.nameAlt.isEmpty())
            line(QStringLiteral("X-PAYOPS-NAME-ALT:") + escapeText(entry.nameAlt));
        if (!entry.organization.isEmpty())
            line(QStringLiteral("ORG:") + escapeText(entry.organization));
        // ROLE carries the English label for other address books; X-PAYOPS-ROLE the exact key.
        line(QStringLiteral("ROLE:") + escapeText(ContactRoles::englishName(entry.role)));
        line(QStringLiteral("X-PAYOPS-ROLE:") + ContactRoles::key(entry.role));
        if (!entry.service.isEmpty())
            line(QStringLiteral("X-PAYOPS-SERVICE:") + escapeText(entry.service));
        line(QStringLiteral("X-PAYOPS-ORDER:") + QString::number(entry.escalationOrder));
        for (const ContactPoint &point : entry.points) {
            switch (point.kind) {
            case ContactPoint::Kind::Phone:
                line(QStringLiteral("TEL;TYPE=\"work,voice\":") + escapeText(point.value));
                break;
            case ContactPoint::Kind::Email:
                line(QStringLiteral("EMAIL;TYPE=work:") + escapeText(point.value));
                break;
            case ContactPoint::Kind::Chat:
                if (point.url().isEmpty())
                    line(QStringLiteral("X-PAYOPS-CHAT:") + escapeText(point.value));
                else
                    line(QStringLiteral("IMPP:") + point.value);
                break;
            }
        }
        if (!entry.notes.isEmpty())
            line(QStringLiteral("NOTE:") + escapeText(entry.notes));
        line(QStringLiteral("END:VCARD"));
    }
    return data;
}

ContactImportResult ContactVCard::read(const QByteArray &data)
{
    ContactImportResult result;
    // Unfold on octets first (a writer may have folded inside a UTF-8 sequence), then decode.
    QByteArray unfolded;
    unfolded.reserve(data.size());
    QList<int> lineNumbers; // physical line where each logical line starts
    int physical = 1;
    bool atLineStart = true;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < data.size() && data.at(i + 1) == '\n')
                ++i;
            ++physical;
            if (i + 1 < data.size() && (data.at(i + 1) == ' ' || data.at(i + 1) == '\t')) {
                ++i; // a continuation line: drop the line break and the one white space character
                continue;
            }
            unfolded += '\n';
            atLineStart = true;
            continue;
        }
        if (atLineStart) {
            lineNumbers.append(physical);
            atLineStart = false;
        }
        unfolded += c;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(unfolded);
    if (decoder.hasError()) {
        result.fileError = tr("The file is not UTF-8 text.");
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);

    bool inCard = false;
    ContactImportResult::Row row;
    bool hasRoleKey = false;
    QString roleText;
    QString version;
    QString family;
    QString given;
    const auto finish = [&] {
        ContactEntry &entry = row.entry;
        if (version != u"4.0" && version != u"3.0")
            row.errors.append(version.isEmpty() ? tr("the card has no VERSION") : tr("unsupported vCard version %1").arg(version));
        if (entry.name.isEmpty())
            entry.name = QString(given + u' ' + family).trimmed();
        if (entry.name.isEmpty())
            row.errors.append(tr("the card has no name (FN)"));
        if (!hasRoleKey) {
            if (const std::optional<ContactRole> role = ContactRoles::fromText(roleText))
                entry.role = *role;
            else
                row.errors.append(roleText.isEmpty() ? tr("the card has no role (X-PAYOPS-ROLE or ROLE)")
                                                     : tr("unknown role \"%1\"").arg(roleText));
        }
        result.rows.append(row);
    };

    for (int i = 0; i < lines.size(); ++i) {
        const QString &raw = lines.at(i);
        const int lineNumber = lineNumbers.value(i, 0);
        const std::optional<Property> property = parseLine(raw);
        if (!property) {
            if (inCard && raw.trimmed().isEmpty())
                continue;
            if (inCard)
                row.errors.append(tr("line %1 is not a vCard property").arg(lineNumber));
            else
                result.rows.append({lineNumber, {}, {tr("line %1 is outside of a BEGIN:VCARD ... END:VCARD block").arg(lineNumber)}});
            continue;
        }
        const QString &name = property->name;
        const QString value = property->value;
        if (name == u"BEGIN" && value.trimmed().compare(u"VCARD", Qt::CaseInsensitive) == 0) {
            if (inCard) {
                row.errors.append(tr("the card is not closed with END:VCARD"));
                finish();
            }
            inCard = true;
            row = ContactImportResult::Row();
            row.line = lineNumber;
            hasRoleKey = false;
            roleText.clear();
            version.clear();
            family.clear();
            given.clear();
            continue;
        }
        if (!inCard) {
            result.rows.append({lineNumber, {}, {tr("line %1 is outside of a BEGIN:VCARD ... END:VCARD block").arg(lineNumber)}});
            continue;
        }
        ContactEntry &entry = row.entry;
        if (name == u"END") {
            finish();
            inCard = false;
        } else if (name == u"VERSION") {
            version = value.trimmed();
        } else if (name == u"FN") {
            if (entry.name.isEmpty())
                entry.name = unescapeText(value).trimmed();
        } else if (name == u"N") {
            const QStringList parts = splitStructured(value);
            family = parts.value(0).trimmed();
            given = parts.value(1).trimmed();
        } else if (name == u"X-PAYOPS-NAME-ALT") {
            entry.nameAlt = unescapeText(value).trimmed();
        } else if (name == u"ORG") {
            entry.organization = splitStructured(value).join(QStringLiteral(", ")).trimmed();
        } else if (name == u"ROLE" || name == u"TITLE") {
            if (roleText.isEmpty() || name == u"ROLE")
                roleText = unescapeText(value).trimmed();
        } else if (name == u"X-PAYOPS-ROLE") {
            const QString key = unescapeText(value).trimmed();
            if (const std::optional<ContactRole> role = ContactRoles::fromKey(key)) {
                entry.role = *role;
                hasRoleKey = true;
            } else {
                row.errors.append(tr("unknown role \"%1\"").arg(key));
                hasRoleKey = true;
            }
        } else if (name == u"X-PAYOPS-SERVICE") {
            entry.service = unescapeText(value).trimmed();
        } else if (name == u"X-PAYOPS-ORDER") {
            bool ok = false;
            const int order = value.trimmed().toInt(&ok);
            if (ok)
                entry.escalationOrder = order;
            else
                row.errors.append(tr("escalation order \"%1\" is not a whole number").arg(value.trimmed()));
        } else if (name == u"TEL") {
            QString number = unescapeText(value).trimmed();
            if (number.startsWith(QStringLiteral("tel:"), Qt::CaseInsensitive))
                number = number.mid(4);
            entry.points.append({ContactPoint::Kind::Phone, number});
        } else if (name == u"EMAIL") {
            entry.points.append({ContactPoint::Kind::Email, unescapeText(value).trimmed()});
        } else if (name == u"IMPP") {
            entry.points.append({ContactPoint::Kind::Chat, value.trimmed()});
        } else if (name == u"X-PAYOPS-CHAT") {
            entry.points.append({ContactPoint::Kind::Chat, unescapeText(value).trimmed()});
        } else if (name == u"NOTE") {
            entry.notes = unescapeText(value);
        }
        // Anything else (PHOTO, ADR, UID, ...) is not part of the directory and is skipped.
    }
    if (inCard) {
        row.errors.append(tr("the card is not closed with END:VCARD"));
        finish();
    }
    if (result.rows.isEmpty())
        result.fileError = tr("The file holds no vCard.");
    return result;
}

} // namespace payops
