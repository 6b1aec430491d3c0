#include "models/metrics/serieskey.h"

#include "models/metrics/derivedmetriccatalog.h"

#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

const QString kPeer = u"peer"_s;
const QString kService = u"service"_s;

// Prometheus' exposition escaping of a label value: backslash, double quote, line feed.
void appendEscaped(QString &out, const QString &value)
{
    for (const QChar c : value) {
        if (c == u'\\')
            out += u"\\\\";
        else if (c == u'"')
            out += u"\\\"";
        else if (c == u'\n')
            out += u"\\n";
        else
            out += c;
    }
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

// Reads a name at `at` (metric names may hold ':' too); empty when there is none.
QStringView readName(QStringView text, qsizetype &at, bool metric)
{
    const qsizetype begin = at;
    if (at < text.size() && (isNameStart(text[at]) || (metric && text[at] == u':'))) {
        ++at;
        while (at < text.size() && (isNameChar(text[at]) || (metric && text[at] == u':')))
            ++at;
    }
    return text.sliced(begin, at - begin);
}

// Reads a quoted, escaped value at `at` (on its opening quote).
std::optional<QString> readValue(QStringView text, qsizetype &at)
{
    if (at >= text.size() || text[at] != u'"')
        return std::nullopt;
    QString value;
    for (++at; at < text.size(); ++at) {
        const QChar c = text[at];
        if (c == u'"') {
            ++at;
            return value;
        }
        if (c != u'\\') {
            value += c;
            continue;
        }
        if (++at >= text.size())
            return std::nullopt;
        const QChar escaped = text[at];
        if (escaped == u'\\' || escaped == u'"')
            value += escaped;
        else if (escaped == u'n')
            value += u'\n';
        else
            return std::nullopt; // toString() writes no other escape
    }
    return std::nullopt; // unterminated
}

} // namespace

SeriesKey::SeriesKey(DerivedMetricId id, QString serviceName, QString peerName)
    : SeriesKey(DerivedMetricCatalog::name(id), std::move(serviceName), std::move(peerName))
{
}

QString SeriesKey::toString() const
{
    if (service.isEmpty() && peer.isEmpty())
        return metric;
    QString out;
    out.reserve(metric.size() + service.size() + peer.size() + 24);
    out += metric;
    out += u'{';
    // Labels in name order, as Prometheus writes them: peer before service.
    if (!peer.isEmpty()) {
        out += kPeer + u"=\""_s;
        appendEscaped(out, peer);
        out += u'"';
    }
    if (!service.isEmpty()) {
        if (!peer.isEmpty())
            out += u',';
        out += kService + u"=\""_s;
        appendEscaped(out, service);
        out += u'"';
    }
    out += u'}';
    return out;
}

std::optional<SeriesKey> SeriesKey::parse(QStringView text)
{
    qsizetype at = 0;
    SeriesKey key;
    key.metric = readName(text, at, true).toString();
    if (key.metric.isEmpty())
        return std::nullopt;
    if (at == text.size())
        return key;
    if (text[at] != u'{')
        return std::nullopt;
    ++at;
    // Exactly the labels toString() writes: peer then service, each at most once, none empty.
    QString lastLabel;
    while (true) {
        const QStringView label = readName(text, at, false);
        if (at >= text.size() || text[at] != u'=')
            return std::nullopt;
        ++at;
        const std::optional<QString> value = readValue(text, at);
        if (!value || value->isEmpty())
            return std::nullopt;
        if (label == kPeer && lastLabel.isEmpty())
            key.peer = *value;
        else if (label == kService && lastLabel != kService)
            key.service = *value;
        else
            return std::nullopt; // unknown, repeated or out of order
        lastLabel = label.toString();
        if (at >= text.size())
            return std::nullopt;
        if (text[at] == u'}')
            break;
        if (text[at] != u',')
            return std::nullopt;
        ++at;
    }
    if (at + 1 != text.size())
        return std::nullopt; // something after the closing brace
    return key;
}

bool operator<(const SeriesKey &a, const SeriesKey &b)
{
    return std::tie(a.metric, a.service, a.peer) < std::tie(b.metric, b.service, b.peer);
}

} // namespace payops
