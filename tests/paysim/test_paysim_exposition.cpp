// The console's own parser (payops::ExpositionParser) accepts what paysim serves: every
// service, every scenario, with the families and types of the metrics contract.
#include "tests/paysim/paysimfixture.h"

#include "models/metrics/expositionparser.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace payops::sim;
using namespace paysimtest;

class TestPaysimExposition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryServiceAndScenario_data();
    void parsesEveryServiceAndScenario();
};

void TestPaysimExposition::parsesEveryServiceAndScenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("baseline") << QString();
    for (const ScenarioInfo &info : ScenarioCatalog::all())
        QTest::newRow(qPrintable(info.name)) << info.name;
}

void TestPaysimExposition::parsesEveryServiceAndScenario()
{
    QFETCH(QString, scenario);
    const QHash<QString, payops::MetricType> contract = {
        {u"payment_transactions_total"_s, payops::MetricType::Counter},
        {u"payment_request_duration_seconds"_s, payops::MetricType::Histogram},
        {u"payment_db_query_duration_seconds"_s, payops::MetricType::Histogram},
        {u"payment_external_call_duration_seconds"_s, payops::MetricType::Histogram},
        {u"process_cpu_seconds_total"_s, payops::MetricType::Counter},
        {u"process_resident_memory_bytes"_s, payops::MetricType::Gauge},
        {u"process_open_fds"_s, payops::MetricType::Gauge},
        {u"process_start_time_seconds"_s, payops::MetricType::Gauge},
        {u"http_requests_total"_s, payops::MetricType::Counter},
        {u"payment_login_failures_total"_s, payops::MetricType::Counter},
        {u"payment_suspicious_transactions_total"_s, payops::MetricType::Counter},
    };

    auto sim = makeSimulation(17);
    if (!scenario.isEmpty())
        QVERIFY(sim->activate(scenario, u"all"_s, startMs()).ok());
    payops::ExpositionParser parser;
    for (ServiceKind kind : ServiceProfile::allKinds()) {
        const QByteArray body = sim->metricsAt(kind, 0, startMs() + 4 * kMinute);
        const payops::ParseResult result = parser.parse(body);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QHash<QString, payops::MetricType> seen;
        for (const payops::MetricFamily &family : result.families) {
            seen.insert(family.name, family.type);
            QVERIFY2(!family.help.isEmpty(), qPrintable(family.name));
            QVERIFY2(!family.samples.isEmpty(), qPrintable(family.name));
        }
        QCOMPARE(seen, contract);
        QCOMPARE(result.sampleCount(), qsizetype(body.count('\n') - 2 * contract.size()));
    }
}

QTEST_GUILESS_MAIN(TestPaysimExposition)
#include "test_paysim_exposition.moc"
