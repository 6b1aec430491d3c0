// HttpResponseParser, the framing half of the console's scrape client: every response is fed whole
// and split at every byte (a peer's bytes arrive in any pieces), and each kind of bad answer fails
// with words instead of waiting for bytes that never come or taking more than the cap.
#include "models/metrics/httpresponseparser.h"

#include <QTest>

using namespace payops;
using State = HttpResponseParser::State;

namespace {

// Feeds `bytes` in two pieces split at `split`; returns the state after both.
State feedSplit(HttpResponseParser &parser, const QByteArray &bytes, qsizetype split)
{
    const State first = parser.feed(bytes.constData(), split);
    if (first != State::Incomplete)
        return first;
    return parser.feed(bytes.constData() + split, bytes.size() - split);
}

} // namespace

class TestHttpResponseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryFramingSplitAnywhere_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                                      "Content-Length: 11\r\n\r\nup_test 1\n\n")
                                        << 200 << QByteArray("up_test 1\n\n") << true;
        QTest::newRow("chunked, extension, trailer")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "4;name=x\r\nup_t\r\nB\r\nest 1\nok 2\n\r\n0\r\nX-Trailer: 1\r\n\r\n")
            << 200 << QByteArray("up_test 1\nok 2\n") << true;
        QTest::newRow("interim 100 then 200") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"
                                                            "Content-Length: 2\r\n\r\nok")
                                              << 200 << QByteArray("ok") << true;
        QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 7\r\n\r\n") << 204
                                         << QByteArray() << true;
        QTest::newRow("connection close") << QByteArray("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n"
                                                        "Content-Length: 4\r\n\r\ndown")
                                          << 503 << QByteArray("down") << false;
        QTest::newRow("HTTP/1.0 keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\n"
                                                           "Content-Length: 1\r\n\r\nx")
                                             << 200 << QByteArray("x") << true;
        QTest::newRow("HTTP/1.0 closes") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx") << 200
                                         << QByteArray("x") << false;
        QTest::newRow("bare line feeds") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << 200
                                         << QByteArray("ok") << true;
    }

    void readsEveryFramingSplitAnywhere()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        for (qsizetype split = 0; split <= bytes.size(); ++split) {
            HttpResponseParser parser;
            QCOMPARE(feedSplit(parser, bytes, split), State::Complete);
            QCOMPARE(parser.status(), status);
            QCOMPARE(parser.body(), body);
            QCOMPARE(parser.keepAlive(), keepAlive);
        }
    }

    void bodyUntilTheEndOfTheConnection()
    {
        const QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nup 1\nup 2\n";
        HttpResponseParser parser;
        QCOMPARE(parser.feed(bytes.constData(), bytes.size()), State::Incomplete);
        QCOMPARE(parser.finish(), State::Complete);
        QCOMPARE(parser.body(), QByteArray("up 1\nup 2\n"));
        QVERIFY(!parser.keepAlive()); // the end of the body is the end of the connection
    }

    void leavesTheBytesAfterTheResponseAndResets()
    {
        const QByteArray two = "HTTP/1.1 302 Found\r\nLocation: /metrics?x=1\r\nContent-Length: 0\r\n\r\n"
                               "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc";
        HttpResponseParser parser;
        qsizetype used = 0;
        QCOMPARE(parser.feed(two.constData(), two.size(), &used), State::Complete);
        QCOMPARE(parser.status(), 302);
        QCOMPARE(parser.location(), QByteArray("/metrics?x=1"));
        QVERIFY(used < two.size());
        parser.reset(1024);
        QCOMPARE(parser.feed(two.constData() + used, two.size() - used), State::Complete);
        QCOMPARE(parser.status(), 200);
        QCOMPARE(parser.body(), QByteArray("abc"));
        QVERIFY(parser.location().isEmpty());
    }

    void failsWithWords_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("tooLarge");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << qint64(1024)
                                  << QStringLiteral("HTTP/1.x status line") << false;
        QTest::newRow("status not a number") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << qint64(1024)
                                             << QStringLiteral("status code") << false;
        QTest::newRow("Content-Length over the cap, before any body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 17825792\r\n\r\n") << qint64(16 * 1024 * 1024)
            << QStringLiteral("larger than 16 MiB") << true;
        QTest::newRow("chunks over the cap") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                           "400\r\n")
                                             << qint64(1000) << QStringLiteral("larger than 1000 bytes") << true;
        QTest::newRow("two Content-Lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 4\r\nContent-Length: 40\r\n\r\n")
                                             << qint64(1024) << QStringLiteral("Content-Length") << false;
        QTest::newRow("negative Content-Length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")
                                                 << qint64(1024) << QStringLiteral("Content-Length") << false;
        QTest::newRow("compressed") << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 2\r\n\r\nxx")
                                    << qint64(1024) << QStringLiteral("compressed (gzip)") << false;
        QTest::newRow("gzip transfer coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
                                              << qint64(1024) << QStringLiteral("transfer coding") << false;
        QTest::newRow("chunk size not hex") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                            << qint64(1024) << QStringLiteral("chunk size") << false;
        QTest::newRow("chunk longer than its size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                                  "2\r\nabc\r\n")
                                                    << qint64(1024) << QStringLiteral("longer than its size") << false;
        QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n") << qint64(1024)
                                             << QStringLiteral("switched protocols") << false;
        QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\n  folded\r\n\r\n") << qint64(1024)
                                       << QStringLiteral("no name") << false;
        QTest::newRow("headers without end") << QByteArray("HTTP/1.1 200 OK\r\n") + QByteArray(70 * 1024, 'h')
                                             << qint64(1024) << QStringLiteral("headers are larger than 64 KiB") << false;
    }

    void failsWithWords()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, cap);
        QFETCH(QString, words);
        QFETCH(bool, tooLarge);
        HttpResponseParser parser(cap);
        QCOMPARE(parser.feed(bytes.constData(), bytes.size()), State::Failed);
        QVERIFY2(parser.error().contains(words), qPrintable(parser.error()));
        QCOMPARE(parser.tooLarge(), tooLarge);
        QVERIFY(!parser.keepAlive());
        // Failed stays failed: more bytes change nothing.
        QCOMPARE(parser.feed("x", 1), State::Failed);
    }

    void theConnectionEnds()
    {
        HttpResponseParser silent;
        QCOMPARE(silent.finish(), State::Failed);
        QVERIFY(!silent.started()); // a kept-alive connection closed before any answer: may be retried
        QVERIFY2(silent.error().contains(QStringLiteral("closed by the service")), qPrintable(silent.error()));

        const QByteArray cut = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this";
        HttpResponseParser parser;
        QCOMPARE(parser.feed(cut.constData(), cut.size()), State::Incomplete);
        QCOMPARE(parser.finish(), State::Failed);
        QVERIFY(parser.started());
        QVERIFY2(parser.error().contains(QStringLiteral("middle")), qPrintable(parser.error()));
    }

    void errorWordsHoldNoControlBytes()
    {
        const QByteArray hostile = "HTTP/1.1 200 OK\r\nContent-Encoding: \x1b]0;owned\x07\r\n\r\n";
        HttpResponseParser parser;
        QCOMPARE(parser.feed(hostile.constData(), hostile.size()), State::Failed);
        QVERIFY2(!parser.error().contains(QChar(0x1b)) && parser.error().contains(QStringLiteral("\\x1b")),
                 qPrintable(parser.error()));
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "test_httpresponseparser.moc"
