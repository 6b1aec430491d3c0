// Every service's /metrics, under every scenario, passes `promtool check metrics`.
#include "tests/paysim/paysimfixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace payops::sim;
using namespace paysimtest;

class TestPaysimPromtool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bodiesPassPromtool_data();
    void bodiesPassPromtool();

private:
    QString m_promtool;
};

void TestPaysimPromtool::initTestCase()
{
    m_promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (m_promtool.isEmpty())
        QSKIP("promtool not found (Debian package prometheus); CI installs it");
}

void TestPaysimPromtool::bodiesPassPromtool_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("baseline") << QString();
    for (const ScenarioInfo &info : ScenarioCatalog::all())
        QTest::newRow(qPrintable(info.name)) << info.name;
}

void TestPaysimPromtool::bodiesPassPromtool()
{
    QFETCH(QString, scenario);
    auto sim = makeSimulation(13, 2);
    if (!scenario.isEmpty())
        QVERIFY(sim->activate(scenario, u"all"_s, startMs()).ok());
    for (ServiceKind kind : ServiceProfile::allKinds()) {
        for (int instance = 0; instance < 2; ++instance) {
            const QByteArray body = sim->metricsAt(kind, instance, startMs() + 3 * kMinute);
            QProcess promtool;
            promtool.start(m_promtool, {u"check"_s, u"metrics"_s});
            QVERIFY2(promtool.waitForStarted(10'000), qPrintable(promtool.errorString()));
            promtool.write(body);
            promtool.closeWriteChannel();
            QVERIFY2(promtool.waitForFinished(30'000), "promtool did not finish in time");
            const QByteArray report = promtool.readAllStandardOutput() + promtool.readAllStandardError();
            QVERIFY2(promtool.exitStatus() == QProcess::NormalExit && promtool.exitCode() == 0,
                     report.constData());
            QVERIFY2(report.trimmed().isEmpty(), report.constData()); // no lint findings either
        }
    }
}

QTEST_GUILESS_MAIN(TestPaysimPromtool)
#include "test_paysim_promtool.moc"
