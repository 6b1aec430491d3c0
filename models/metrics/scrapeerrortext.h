#pragma once

#include <QString>
#include <QStringView>

class QNetworkReply;

namespace payops {

// The words a failed request is reported in ("connection refused", "timed out after 3 s",
// "HTTP 500", "response larger than 16 MiB", "host not found", …), shared by every poller.
class ScrapeErrorText final
{
public:
    static QString timedOut(int timeoutMs);
    static QString tooLarge(qint64 maxBytes);
    // "16 MiB", "256 KiB", "1000 bytes".
    static QString byteSize(qint64 bytes);
    // Text that came from outside (a scraped body, a server's words) made safe to log and show:
    // control characters (C0, DEL, C1) and the invisible ones that reorder or break lines (bidi
    // overrides, line and paragraph separators) become escapes such as \n, \x1b, \u202e, and
    // the result is cut to maxChars with "…". Idempotent; every parse and scrape error goes through it.
    static QString printable(QStringView text, qsizetype maxChars = 300);
    // The sentences of the failures both the console's scrape client and QNetworkReply report.
    static QString httpStatus(int status);
    static QString connectionRefused();
    static QString closedBeforeAnswer();
    static QString hostNotFound();
    static QString networkUnreachable();
    static QString tlsFailed(const QString &detail);
    static QString tooManyRedirects();
    static QString insecureRedirect();
    static QString badRedirect();
    // A failed socket call's errno in words.
    static QString fromErrno(int error);
    // Why a finished reply failed: its HTTP status when it is not 2xx, otherwise its network
    // error in words. Empty when the reply succeeded.
    static QString fromReply(const QNetworkReply &reply);
};

} // namespace payops
