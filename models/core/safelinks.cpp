#include "models/core/safelinks.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

// The link as the operator may see it in a message: no control characters, not endless.
QString shown(const QUrl &url)
{
    QString text = url.toDisplayString();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u'\uFFFD';
    }
    constexpr qsizetype maxLength = 100;
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + u'…';
    return text;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

const QStringList &SafeLinks::allowedSchemes()
{
    static const QStringList schemes{u"mailto"_s, u"tel"_s,   u"sip"_s,   u"sips"_s,
                                     u"https"_s,  u"xmpp"_s,  u"matrix"_s};
    return schemes;
}

std::optional<QString> SafeLinks::refusal(const QUrl &url)
{
    if (url.isEmpty() || !url.isValid())
        return tr("\"%1\" is not a valid link.").arg(shown(url));
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return tr("\"%1\" is not a link the console opens: it names no application (such as https: or mailto:).")
            .arg(shown(url));
    if (!allowedSchemes().contains(scheme)) {
        QStringList allowed;
        for (const QString &name : allowedSchemes())
            allowed.append(name + u':');
        return tr("Links of the kind \"%1:\" are not opened (%2): they could start any program or open local "
                  "files. Only %3 links are opened.")
            .arg(scheme, shown(url), allowed.join(u", "_s));
    }
    // Decoded per component (toString() cannot fully decode): "%0d%0a" is a line break too.
    QString query = url.query(QUrl::FullyDecoded);
    if (scheme == u"mailto") {
        // Line breaks are the body's own (RFC 6068); in the subject or any other field they could
        // start a header in a mail program that writes the field into its message as it is.
        query.clear();
        for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            query += key;
            query += key.compare(u"body", Qt::CaseInsensitive) == 0 ? QString(value).remove(u'\r').remove(u'\n') : value;
        }
    }
    // (userInfo() refuses FullyDecoded, with a warning on every call: its parts are decoded one by one.)
    if (hasControlCharacters(url.userName(QUrl::FullyDecoded) + url.password(QUrl::FullyDecoded)
                             + url.path(QUrl::FullyDecoded) + query
                             + url.fragment(QUrl::FullyDecoded)))
        return tr("The link \"%1\" contains control characters and is not opened.").arg(shown(url));
    if (scheme == u"https") {
        if (url.host().isEmpty())
            return tr("The link \"%1\" names no web server and is not opened.").arg(shown(url));
        if (!url.userInfo().isEmpty()) // "https://bank.example@elsewhere.example/"
            return tr("The link \"%1\" carries a user name and is not opened: it may not lead where it seems to.")
                .arg(shown(url));
    }
    if (scheme == u"mailto") {
        const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems();
        for (const auto &[key, value] : items) {
            Q_UNUSED(value)
            const QString header = key.toLower();
            if (header != u"subject" && header != u"body")
                return tr("The e-mail link \"%1\" adds the header \"%2\" and is not opened: only a subject and a "
                          "body may be given.")
                    .arg(shown(url), key);
        }
    }
    return std::nullopt;
}

bool SafeLinks::looksLikeLink(const QString &text)
{
    // As the contact directory has always told handles from links: a valid URL with a scheme of two
    // or more letters (one letter would be a Windows drive, "C:").
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && url.scheme().size() > 1;
}

QUrl SafeLinks::mailto(const QString &address)
{
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(address, QUrl::DecodedMode); // '%' is data, '?' and '#' are encoded: never a query
    return url;
}

QUrl SafeLinks::mailto(const QString &address, const QString &subject, const QString &body)
{
    QUrl url = mailto(address);
    QStringList fields;
    if (!subject.isEmpty())
        fields.append(u"subject="_s + QString::fromLatin1(QUrl::toPercentEncoding(subject)));
    if (!body.isEmpty())
        fields.append(u"body="_s + QString::fromLatin1(QUrl::toPercentEncoding(body)));
    if (!fields.isEmpty())
        url.setQuery(fields.join(u'&'), QUrl::StrictMode);
    return url;
}

} // namespace payops
