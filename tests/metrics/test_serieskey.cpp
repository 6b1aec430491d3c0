// SeriesKey: one text form for a series, the one history files hold, and its exact inverse.
#include "models/metrics/serieskey.h"

#include <QHash>
#include <QTest>

using namespace payops;

class TestSeriesKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void roundTrips_data();
    void roundTrips();
    void rejects_data();
    void rejects();
    void escapedValuesDoNotCollide();
    void worksAsAHashKey();
};

void TestSeriesKey::formats_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("expected");
    // What history files written before SeriesKey hold in history_series.name: unchanged.
    QTest::newRow("total") << "tps" << "" << "" << "tps";
    QTest::newRow("service") << "tps" << "payment_gateway" << "" << "tps{service=\"payment_gateway\"}";
    QTest::newRow("peer") << "external_latency_p95" << "payment_backend" << "bank"
                          << "external_latency_p95{peer=\"bank\",service=\"payment_backend\"}";
    QTest::newRow("peer only") << "external_latency_avg" << "" << "bank" << "external_latency_avg{peer=\"bank\"}";
    QTest::newRow("quote") << "tps" << "a\"b" << "" << "tps{service=\"a\\\"b\"}";
    QTest::newRow("backslash") << "tps" << "a\\b" << "" << "tps{service=\"a\\\\b\"}";
    QTest::newRow("line feed") << "tps" << "a\nb" << "" << "tps{service=\"a\\nb\"}";
}

void TestSeriesKey::formats()
{
    QFETCH(QString, metric);
    QFETCH(QString, service);
    QFETCH(QString, peer);
    QFETCH(QString, expected);
    QCOMPARE(SeriesKey(metric, service, peer).toString(), expected);
}

void TestSeriesKey::roundTrips_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("peer");
    QTest::newRow("total") << "tps" << "" << "";
    QTest::newRow("service") << "latency_p95" << "payment_gateway" << "";
    QTest::newRow("both") << "external_latency_p95" << "payment_backend" << "bank";
    QTest::newRow("colon in name") << "job:tps:rate5m" << "payment_gateway" << "";
    QTest::newRow("injection") << "external_latency_p95" << "payment_backend" << "x\",service=\"payment_gateway";
    QTest::newRow("trailing backslash") << "tps" << "a\\" << "b\\\\";
    QTest::newRow("braces and commas") << "tps" << "a},{b" << "c=\"d\"";
    QTest::newRow("unicode") << "tps" << QString::fromUtf8("支付网关") << "";
    QTest::newRow("line feeds") << "tps" << "\n" << "\n\n";
}

void TestSeriesKey::roundTrips()
{
    QFETCH(QString, metric);
    QFETCH(QString, service);
    QFETCH(QString, peer);
    const SeriesKey key(metric, service, peer);
    const std::optional<SeriesKey> parsed = SeriesKey::parse(key.toString());
    QVERIFY2(parsed.has_value(), qPrintable(key.toString()));
    QCOMPARE(*parsed, key);
    QCOMPARE(parsed->toString(), key.toString());
}

void TestSeriesKey::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("digit first") << "1tps";
    QTest::newRow("no closing brace") << "tps{service=\"a\"";
    QTest::newRow("unterminated value") << "tps{service=\"a}";
    QTest::newRow("unknown label") << "tps{instance=\"a\"}";
    QTest::newRow("empty labels") << "tps{}";
    QTest::newRow("empty value") << "tps{service=\"\"}";
    QTest::newRow("repeated label") << "tps{service=\"a\",service=\"b\"}";
    QTest::newRow("out of order") << "tps{service=\"a\",peer=\"b\"}";
    QTest::newRow("unknown escape") << "tps{service=\"a\\tb\"}";
    QTest::newRow("trailing text") << "tps{service=\"a\"}x";
    QTest::newRow("space") << "tps {service=\"a\"}";
    QTest::newRow("unquoted") << "tps{service=a}";
}

void TestSeriesKey::rejects()
{
    QFETCH(QString, text);
    QCOMPARE(SeriesKey::parse(text), std::nullopt);
}

void TestSeriesKey::escapedValuesDoNotCollide()
{
    // A scraped peer value crafted to look like another label: without escaping, both would be
    // external_latency_p95{peer="x",service="payment_gateway",service="payment_backend"} or alike.
    const SeriesKey crafted(QStringLiteral("external_latency_p95"), QStringLiteral("payment_backend"),
                            QStringLiteral("x\",service=\"payment_gateway"));
    const SeriesKey honest(QStringLiteral("external_latency_p95"), QStringLiteral("payment_gateway"),
                           QStringLiteral("x"));
    QVERIFY(crafted.toString() != honest.toString());
    QCOMPARE(SeriesKey::parse(crafted.toString()), crafted);
    QCOMPARE(SeriesKey::parse(honest.toString()), honest);
    // The unescaped text an attacker would hope for names no series at all.
    QCOMPARE(SeriesKey::parse(
                 QStringLiteral("external_latency_p95{peer=\"x\",service=\"payment_gateway\",service=\"payment_backend\"}")),
             std::nullopt);
}

void TestSeriesKey::worksAsAHashKey()
{
    QHash<SeriesKey, int> hash;
    hash.insert(SeriesKey(DerivedMetricId::Tps), 1);
    hash.insert(SeriesKey(DerivedMetricId::Tps, QStringLiteral("payment_gateway")), 2);
    hash.insert(SeriesKey(QStringLiteral("tps"), QStringLiteral("payment_gateway")), 3); // the same key
    QCOMPARE(hash.size(), 2);
    QCOMPARE(hash.value(SeriesKey(QStringLiteral("tps"), QStringLiteral("payment_gateway"))), 3);
    QVERIFY(SeriesKey(QStringLiteral("a")) < SeriesKey(QStringLiteral("b")));
    QVERIFY(!(SeriesKey(QStringLiteral("a")) < SeriesKey(QStringLiteral("a"))));
    QVERIFY(QMetaType::fromType<SeriesKey>().isValid());
}

QTEST_GUILESS_MAIN(TestSeriesKey)
#include "test_serieskey.moc"
