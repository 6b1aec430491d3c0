// "Nothing fires in normal traffic over a simulated day": paysim's own generator (the Simulation
// behind the paysim executable, on a frozen real clock) serves its exposition text for every 15 s
// of a whole day, the console's parser and MetricStore derive the values as polling does, and the
// shipped rules are evaluated on each snapshot with the snapshot's time as the clock. No sleeping:
// a day takes seconds.
//
// The positive control at the end -- resource exhaustion on payment_backend -- shows the same
// pipeline does fire, so a quiet day is a finding, not a broken test.
#include "app/paysim/serviceprofile.h"
#include "models/alerts/alertevaluator.h"
#include "models/alerts/alertrulejson.h"
#include "models/metrics/expositionparser.h"
#include "models/metrics/metricstore.h"
#include "tests/paysim/paysimfixture.h"

#include <QTest>

using namespace payops;
using namespace payops::sim;
using namespace Qt::Literals::StringLiterals;

class TestAlertsNormalDay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWholeDayIsQuietThenExhaustionFires();
};

void TestAlertsNormalDay::aWholeDayIsQuietThenExhaustionFires()
{
    payops::sim::SimulationConfig config;
    config.seed = 11;
    config.instances = 1;
    config.startMs = QDateTime(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    config.realClock = [] { return qint64(0); };
    config.version = u"test"_s;
    Simulation simulation(config);

    const AlertRuleJson::Result shipped = AlertRuleJson::load(AlertRuleJson::defaultsPath());
    QVERIFY(shipped.ok());
    AlertEvaluator evaluator; // clock: each snapshot's time
    evaluator.setRules(shipped.rules);
    MetricStore store;
    ExpositionParser parser;
    const QList<ServiceKind> kinds = ServiceProfile::allKinds();

    QList<AlertTransition> firings;
    double backendCpuPeak = 0;
    const auto step = [&](qint64 at) {
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const QByteArray body = simulation.metricsAt(kinds[i], 0, at);
            ParseResult parsed = parser.parse(body);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error->message));
            ScrapeResult scrape;
            scrape.targetId = int(i) + 1;
            scrape.service = ServiceProfile::of(kinds[i]).name;
            scrape.instance = u"sim:%1"_s.arg(i);
            scrape.timestampMs = at;
            scrape.up = true;
            scrape.families = std::move(parsed.families);
            store.ingest(scrape);
        }
        const MetricsSnapshot snapshot = store.snapshot(at);
        if (const std::optional<double> cpu = snapshot.value(u"cpu_percent"_s, u"payment_backend"_s))
            backendCpuPeak = std::max(backendCpuPeak, *cpu);
        for (const AlertTransition &t : evaluator.evaluate(snapshot).transitions) {
            if (t.to == AlertState::Firing)
                firings.append(t);
        }
    };

    constexpr qint64 kInterval = 15'000;
    const qint64 dayEnd = config.startMs + 24 * 3600'000LL;
    qint64 at = config.startMs;
    for (; at <= dayEnd; at += kInterval) {
        step(at);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo().noquote() << u"payment_backend CPU peak over the day: %1 %"_s.arg(backendCpuPeak, 0, 'f', 1);
    for (const AlertTransition &t : std::as_const(firings))
        qWarning().noquote() << "fired in normal traffic:" << QDateTime::fromMSecsSinceEpoch(t.atMs, QTimeZone::utc())
                             << t.ruleName << t.service << t.summary;
    QVERIFY2(firings.isEmpty(), "an alert fired in a normal day");
    // The knowledge base's CPU warning is 80 % for 10 min: a normal evening peak stays clear of it.
    QVERIFY2(backendCpuPeak < 80.0, qPrintable(QString::number(backendCpuPeak)));

    // Control: the backend runs out of resources for 20 minutes: the CPU alerts fire.
    QVERIFY(simulation.activate(u"resource-exhaustion"_s, u"payment_backend"_s, at).ok());
    for (const qint64 end = at + 20 * 60'000; at <= end; at += kInterval)
        step(at);
    const auto fired = [&](const QString &rule) {
        return std::any_of(firings.cbegin(), firings.cend(), [&](const AlertTransition &t) {
            return t.ruleName == rule && t.service == u"payment_backend"_s;
        });
    };
    QVERIFY(fired(u"ProcessCpuCritical"_s));
    QVERIFY(fired(u"ProcessCpuWarning"_s));
}

QTEST_GUILESS_MAIN(TestAlertsNormalDay)
#include "test_alerts_normalday.moc"
