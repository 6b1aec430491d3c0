#include "models/metrics/scrapeerrortext.h"

#include <QCoreApplication>
#include <QNetworkReply>

#include <cerrno>
#include <cstring>

namespace payops {

namespace {

/* TRANSLATOR payops::ScrapeErrorText */
QString tr(const char *text)
{
    return QCoreApplication::translate("payops::ScrapeErrorText", text);
}

} // namespace

QString ScrapeErrorText::timedOut(int timeoutMs)
{
    return tr("timed out after %1 s").arg(timeoutMs / 1000.0);
}

QString ScrapeErrorText::tooLarge(qint64 maxBytes)
{
    return tr("response larger than %1").arg(byteSize(maxBytes));
}

QString ScrapeErrorText::byteSize(qint64 bytes)
{
    constexpr qint64 kib = 1024;
    constexpr qint64 mib = 1024 * kib;
    if (bytes >= mib && bytes % mib == 0)
        return tr("%1 MiB").arg(bytes / mib);
    if (bytes >= kib && bytes % kib == 0)
        return tr("%1 KiB").arg(bytes / kib);
    return tr("%1 bytes").arg(bytes);
}

QString ScrapeErrorText::printable(QStringView text, qsizetype maxChars)
{
    static constexpr char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(std::min(text.size(), maxChars) + 1);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool format = (u >= 0x200e && u <= 0x200f) || (u >= 0x2028 && u <= 0x202e)
                            || (u >= 0x2066 && u <= 0x2069);
        QString escaped;
        if (u == u'\n') {
            escaped = QStringLiteral("\\n");
        } else if (u == u'\r') {
            escaped = QStringLiteral("\\r");
        } else if (u == u'\t') {
            escaped = QStringLiteral("\\t");
        } else if (u < 0x20 || u == 0x7f) {
            escaped = QStringLiteral("\\x") + QLatin1Char(hex[u >> 4]) + QLatin1Char(hex[u & 0xf]);
        } else if ((u >= 0x80 && u <= 0x9f) || format) {
            escaped = QStringLiteral("\\u");
            for (int shift = 12; shift >= 0; shift -= 4)
                escaped += QLatin1Char(hex[(u >> shift) & 0xf]);
        }
        const qsizetype added = escaped.isEmpty() ? 1 : escaped.size();
        if (out.size() + added > maxChars) {
            out += QChar(0x2026);
            return out;
        }
        if (escaped.isEmpty())
            out += c;
        else
            out += escaped;
    }
    return out;
}

QString ScrapeErrorText::httpStatus(int status)
{
    return tr("HTTP %1").arg(status);
}

QString ScrapeErrorText::connectionRefused()
{
    return tr("connection refused");
}

QString ScrapeErrorText::closedBeforeAnswer()
{
    return tr("connection closed by the service before it answered");
}

QString ScrapeErrorText::hostNotFound()
{
    return tr("host not found");
}

QString ScrapeErrorText::networkUnreachable()
{
    return tr("network unreachable");
}

QString ScrapeErrorText::tlsFailed(const QString &detail)
{
    return tr("TLS handshake failed: %1").arg(printable(detail));
}

QString ScrapeErrorText::tooManyRedirects()
{
    return tr("too many redirects");
}

QString ScrapeErrorText::insecureRedirect()
{
    return tr("redirected from https to http");
}

QString ScrapeErrorText::badRedirect()
{
    return tr("redirected to an address that is not http or https");
}

QString ScrapeErrorText::fromErrno(int error)
{
    switch (error) {
    case ECONNREFUSED:
        return connectionRefused();
    case ECONNRESET:
    case EPIPE:
        return closedBeforeAnswer();
    case ENETUNREACH:
    case EHOSTUNREACH:
    case ENETDOWN:
        return networkUnreachable();
    case ETIMEDOUT:
        return tr("timed out");
    default:
        return printable(QString::fromLocal8Bit(std::strerror(error)));
    }
}

QString ScrapeErrorText::fromReply(const QNetworkReply &reply)
{
    const QVariant statusAttribute = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (status != 0 && (status < 200 || status > 299))
        return httpStatus(status);
    switch (reply.error()) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return connectionRefused();
    case QNetworkReply::RemoteHostClosedError:
        return closedBeforeAnswer();
    case QNetworkReply::HostNotFoundError:
        return hostNotFound();
    case QNetworkReply::TimeoutError:
        return tr("timed out");
    case QNetworkReply::OperationCanceledError:
        return tr("request cancelled");
    case QNetworkReply::SslHandshakeFailedError:
        return tlsFailed(reply.errorString());
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return networkUnreachable();
    case QNetworkReply::TooManyRedirectsError:
        return tooManyRedirects();
    case QNetworkReply::InsecureRedirectError:
        return insecureRedirect();
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return tr("invalid HTTP response");
    case QNetworkReply::ProtocolUnknownError:
        return tr("unsupported URL scheme");
    default:
        return printable(reply.errorString());
    }
}

} // namespace payops
