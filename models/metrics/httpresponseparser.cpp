#include "models/metrics/httpresponseparser.h"

#include "models/metrics/scrapeerrortext.h"

#include <algorithm>
#include <cstring>

namespace payops {

namespace {

constexpr qsizetype kMaxChunkLine = 1024;

QByteArray lowerTrimmed(const QByteArray &text)
{
    return text.trimmed().toLower();
}

QList<QByteArray> tokens(const QByteArray &value)
{
    QList<QByteArray> out;
    for (const QByteArray &token : value.split(','))
        out.append(lowerTrimmed(token));
    return out;
}

} // namespace

HttpResponseParser::HttpResponseParser(qint64 maxBodyBytes)
{
    reset(maxBodyBytes);
}

void HttpResponseParser::reset(qint64 maxBodyBytes)
{
    m_maxBody = std::max<qint64>(0, maxBodyBytes);
    m_state = State::Incomplete;
    m_phase = Phase::Head;
    m_framing = Framing::None;
    m_head.clear();
    m_body.clear();
    m_location.clear();
    m_error.clear();
    m_remaining = 0;
    m_contentLength = -1;
    m_status = 0;
    m_http10 = false;
    m_keepAlive = true;
    m_started = false;
    m_tooLarge = false;
}

HttpResponseParser::State HttpResponseParser::fail(const QString &reason)
{
    m_state = State::Failed;
    m_error = reason;
    m_keepAlive = false;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::failTooLarge()
{
    m_tooLarge = true;
    return fail(ScrapeErrorText::tooLarge(m_maxBody));
}

HttpResponseParser::State HttpResponseParser::feed(const char *data, qsizetype size, qsizetype *consumed)
{
    qsizetype used = 0;
    m_started = m_started || size > 0;
    while (m_state == State::Incomplete && (used < size || m_phase == Phase::Done)) {
        const char *at = data + used;
        const qsizetype available = size - used;
        switch (m_phase) {
        case Phase::Head: {
            const qsizetype before = m_head.size();
            const qsizetype take = std::min(available, kMaxHeadBytes + 4 - before);
            m_head.append(at, take);
            // The head ends at an empty line (CRLF CRLF, or bare LFs from a sloppy peer).
            const qsizetype from = std::max<qsizetype>(0, before - 3);
            const qsizetype crlf = m_head.indexOf("\r\n\r\n", from);
            const qsizetype lf = m_head.indexOf("\n\n", from);
            qsizetype end = -1;
            qsizetype terminator = 0;
            if (crlf >= 0 && (lf < 0 || crlf < lf)) {
                end = crlf;
                terminator = 4;
            } else if (lf >= 0) {
                end = lf;
                terminator = 2;
            }
            if (end < 0) {
                used += take;
                if (m_head.size() > kMaxHeadBytes)
                    return fail(tr("invalid HTTP response: its headers are larger than %1")
                                    .arg(ScrapeErrorText::byteSize(kMaxHeadBytes)));
                break;
            }
            used += end + terminator - before;
            m_head.truncate(end);
            parseHead();
            break;
        }
        case Phase::Body: {
            const qsizetype take = m_framing == Framing::Length ? qsizetype(std::min<qint64>(m_remaining, available)) : available;
            if (appendBody(at, take) == State::Failed)
                return m_state;
            used += take;
            if (m_framing == Framing::Length) {
                m_remaining -= take;
                if (m_remaining == 0)
                    m_phase = Phase::Done;
            }
            break;
        }
        case Phase::ChunkSize: {
            QByteArray line;
            if (takeLine(data, size, used, line) != State::Complete)
                break;
            const qsizetype extension = line.indexOf(';');
            const QByteArray digits = (extension >= 0 ? line.left(extension) : line).trimmed();
            bool ok = false;
            const qint64 chunk = digits.size() <= 15 ? digits.toLongLong(&ok, 16) : -1;
            if (!ok || chunk < 0 || digits.startsWith('-') || digits.startsWith('+'))
                return fail(tr("invalid HTTP response: a chunk size is not a hexadecimal number"));
            if (chunk == 0) {
                m_phase = Phase::Trailer;
            } else if (m_body.size() + chunk > m_maxBody) {
                return failTooLarge();
            } else {
                m_remaining = chunk;
                m_phase = Phase::ChunkData;
            }
            break;
        }
        case Phase::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, available));
            if (appendBody(at, take) == State::Failed)
                return m_state;
            used += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_phase = Phase::ChunkEnd;
            break;
        }
        case Phase::ChunkEnd:
        case Phase::Trailer: {
            QByteArray line;
            if (takeLine(data, size, used, line) != State::Complete)
                break;
            if (m_phase == Phase::ChunkEnd) {
                if (!line.isEmpty())
                    return fail(tr("invalid HTTP response: a chunk is longer than its size says"));
                m_phase = Phase::ChunkSize;
            } else if (line.isEmpty()) {
                m_phase = Phase::Done;
            } // trailer fields are ignored
            break;
        }
        case Phase::Done:
            m_state = State::Complete;
            break;
        }
    }
    if (consumed)
        *consumed = used;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state != State::Incomplete)
        return m_state;
    if (m_phase == Phase::Done || (m_phase == Phase::Body && m_framing == Framing::UntilClose)) {
        m_state = State::Complete;
        return m_state;
    }
    if (!m_started)
        return fail(ScrapeErrorText::closedBeforeAnswer());
    return fail(tr("invalid HTTP response: the connection closed in the middle of it"));
}

HttpResponseParser::State HttpResponseParser::takeLine(const char *data, qsizetype size, qsizetype &used,
                                                      QByteArray &line)
{
    const void *newline = std::memchr(data + used, '\n', size_t(size - used));
    const qsizetype end = newline ? static_cast<const char *>(newline) - data : size;
    m_head.append(data + used, end - used);
    used = newline ? end + 1 : size;
    if (m_head.size() > kMaxChunkLine)
        return fail(tr("invalid HTTP response: a line of its chunked body is too long"));
    if (!newline)
        return State::Incomplete;
    line = std::exchange(m_head, {});
    if (line.endsWith('\r'))
        line.chop(1);
    return State::Complete;
}

HttpResponseParser::State HttpResponseParser::appendBody(const char *data, qsizetype size)
{
    if (m_body.size() + size > m_maxBody)
        return failTooLarge();
    m_body.append(data, size);
    return m_state;
}

HttpResponseParser::State HttpResponseParser::parseHead()
{
    QList<QByteArray> lines = m_head.split('\n');
    m_head.clear();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    // "HTTP/1.1 200 OK": the version, a space, three digits, then the reason (may be empty).
    const QByteArray &statusLine = lines.front();
    if (statusLine.size() < 12 || !statusLine.startsWith("HTTP/1.") || statusLine.at(8) != ' '
        || (statusLine.size() > 12 && statusLine.at(12) != ' '))
        return fail(tr("invalid HTTP response: it does not start with an HTTP/1.x status line"));
    const QByteArray code = statusLine.mid(9, 3);
    const int status = std::all_of(code.cbegin(), code.cend(), [](char c) { return c >= '0' && c <= '9'; }) ? code.toInt() : 0;
    if (status < 100 || status > 599)
        return fail(tr("invalid HTTP response: the status code is not a number from 100 to 599"));
    m_status = status;
    m_http10 = statusLine.at(7) == '0';
    m_keepAlive = !m_http10;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.front() == ' ' || line.front() == '\t')
            return fail(tr("invalid HTTP response: a header line has no name"));
        const QByteArray name = lowerTrimmed(line.left(colon));
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            const QList<QByteArray> codings = tokens(value);
            if (codings.size() != 1 || codings.front() != "chunked")
                return fail(tr("invalid HTTP response: the transfer coding \"%1\" is not supported")
                                .arg(ScrapeErrorText::printable(QString::fromLatin1(value), 60)));
            chunked = true;
        } else if (!parseHeader(name, value)) {
            return m_state;
        }
    }
    if (status >= 100 && status < 200) {
        if (status == 101)
            return fail(tr("invalid HTTP response: the service switched protocols"));
        const qint64 max = m_maxBody; // an interim answer (100 Continue, 103 Early Hints): the real one follows
        const bool started = m_started;
        reset(max);
        m_started = started;
        return m_state;
    }
    if (chunked) {
        m_framing = Framing::Chunked;
        m_phase = Phase::ChunkSize;
        if (m_contentLength >= 0)
            m_keepAlive = false; // both framings: a sign of smuggling, do not reuse the connection
        return m_state;
    }
    if (status == 204 || status == 304)
        m_contentLength = 0;
    if (m_contentLength > m_maxBody)
        return failTooLarge();
    if (m_contentLength == 0) {
        m_framing = Framing::Length;
        m_phase = Phase::Done;
    } else if (m_contentLength > 0) {
        m_framing = Framing::Length;
        m_remaining = m_contentLength;
        m_body.reserve(qsizetype(m_contentLength));
        m_phase = Phase::Body;
    } else {
        m_framing = Framing::UntilClose;
        m_phase = Phase::Body;
    }
    return m_state;
}

bool HttpResponseParser::parseHeader(const QByteArray &name, const QByteArray &value)
{
    if (name == "content-length") {
        bool ok = !value.isEmpty() && value.size() <= 18
                  && std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
        const qint64 length = ok ? value.toLongLong(&ok) : -1;
        if (!ok || (m_contentLength >= 0 && m_contentLength != length)) {
            fail(tr("invalid HTTP response: its Content-Length is not one number"));
            return false;
        }
        m_contentLength = length;
    } else if (name == "content-encoding") {
        const QByteArray coding = lowerTrimmed(value);
        if (!coding.isEmpty() && coding != "identity") {
            fail(tr("invalid HTTP response: the body is compressed (%1), which the console did not ask for")
                     .arg(ScrapeErrorText::printable(QString::fromLatin1(value), 60)));
            return false;
        }
    } else if (name == "connection") {
        for (const QByteArray &token : tokens(value)) {
            if (token == "close")
                m_keepAlive = false;
            else if (token == "keep-alive" && m_http10)
                m_keepAlive = true;
        }
    } else if (name == "location") {
        m_location = value;
    }
    return true;
}

} // namespace payops
