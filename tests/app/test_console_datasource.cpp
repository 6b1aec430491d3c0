// Issue 15, data source: the console polls a real paysim, then is switched in the window (File ▸ Data
// Source) to Debian's real Prometheus scraping the same paysim — after testing every PromQL query against
// it — and back to polling, at run time, without a restart and without the dashboard losing its history
// view. The choice is kept for the next start.
#include "app/payops/console.h"
#include "models/metrics/datasourcechoice.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "widgets/dashboard/dashboardview.h"
#include "widgets/dashboard/metricchart.h"
#include "widgets/dashboard/servicetile.h"
#include "widgets/datasourcedialog.h"
#include "widgets/mainwindow.h"
#include "tests/support/paysimprocess.h"
#include "tests/support/prometheusprocess.h"
#include "tests/support/pictures.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

class TestConsoleDataSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void switchesToPrometheusAndBack();

private:
    static DataSourceDialog *openDialog(Console &console);
    static QString answerOf(const DataSourceDialog &dialog, const QString &metric);
};

void TestConsoleDataSource::initTestCase()
{
    QCoreApplication::setOrganizationName(u"PayOpsTest"_s);
    QSettings().remove(u"dataSource"_s);
}

void TestConsoleDataSource::cleanupTestCase()
{
    QSettings().remove(u"dataSource"_s); // the next console run starts polling
}

DataSourceDialog *TestConsoleDataSource::openDialog(Console &console)
{
    Q_EMIT console.window()->dataSourceRequested();
    return console.window()->findChild<DataSourceDialog *>();
}

QString TestConsoleDataSource::answerOf(const DataSourceDialog &dialog, const QString &metric)
{
    for (int row = 0; row < dialog.queries()->rowCount(); ++row) {
        if (dialog.queries()->item(row, DataSourceDialog::Metric)->data(Qt::UserRole).toString() == metric)
            return dialog.queries()->item(row, DataSourceDialog::Answer)->text();
    }
    return {};
}

void TestConsoleDataSource::switchesToPrometheusAndBack()
{
    if (!PrometheusProcess::isInstalled())
        QSKIP("prometheus is not installed (Debian package \"prometheus\")");
    PaysimProcess paysim;
    const QString error = paysim.start({u"--seed"_s, u"5"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    PrometheusProcess prometheus;
    const QString started = prometheus.start(paysim.targets(u"1s"_s, u"800ms"_s), u"1s"_s, u"800ms"_s);
    QVERIFY2(started.isEmpty(), qPrintable(started));

    QTemporaryDir dir;
    QFile targets(dir.filePath(u"targets.json"_s));
    QVERIFY(targets.open(QIODevice::WriteOnly));
    targets.write(paysim.fileSd(u"1s"_s, u"800ms"_s));
    targets.close();
    ConsoleOptions options;
    options.databasePath = dir.filePath(u"payops.db"_s);
    options.targetsFile = targets.fileName();
    options.view = u"dashboard"_s;
    options.theme = qEnvironmentVariable("PAYOPS_SCREENSHOT_THEME");
    Console console(options);
    console.start();
    QTRY_VERIFY_WITH_TIMEOUT(console.isReady(), 10000);
    auto *dashboard = qobject_cast<DashboardView *>(console.window()->view(u"dashboard"_s));
    auto *source = console.window()->findChild<QLabel *>(u"dataSource"_s);
    QVERIFY(dashboard && source);
    const QString polling = QCoreApplication::translate("payops::Console", "Polling %n target(s) directly", nullptr, 4);
    QCOMPARE(source->text(), polling);
    ServiceTile *gateway = dashboard->tile(u"payment_gateway"_s);
    QVERIFY(gateway);
    QTRY_VERIFY_WITH_TIMEOUT(gateway->currentValue(u"tps"_s).has_value(), 15000);
    MetricChart *volume = dashboard->chart(DashboardView::Chart::Volume);
    QTRY_VERIFY_WITH_TIMEOUT(volume->pointCount(0) >= 3, 15000);

    // The dialog: Prometheus chosen, every query tested against the real server.
    DataSourceDialog *dialog = openDialog(console);
    QVERIFY(dialog);
    QVERIFY(dialog->pollingButton()->isChecked());
    dialog->prometheusButton()->setChecked(true);
    dialog->urlEdit()->setText(u"not a url"_s);
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->urlEdit()->setText(prometheus.url().toString());
    QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    // A broken query says why, beside it.
    for (int row = 0; row < dialog->queries()->rowCount(); ++row) {
        if (dialog->queries()->item(row, DataSourceDialog::Metric)->data(Qt::UserRole).toString() == u"failure_ratio")
            dialog->queries()->item(row, DataSourceDialog::Query)->setText(u"sum by (service) (rate(payment_transactions_total[1m]"_s);
    }
    QSignalSpy tested(dialog, &DataSourceDialog::testFinished);
    dialog->testButton()->click();
    QVERIFY(tested.wait(20000));
    QVERIFY2(answerOf(*dialog, u"tps"_s).startsWith(u"✓"_s) && answerOf(*dialog, u"tps"_s).contains(u"payment_gateway"_s),
             qPrintable(answerOf(*dialog, u"tps"_s)));
    QVERIFY2(answerOf(*dialog, u"up"_s).startsWith(u"✓ "_s + QCoreApplication::translate("payops::PrometheusQueryTrial",
                                                                                            "%n series: %1", nullptr, 4)
                                                              .section(u'%', 0, 0)),
             qPrintable(answerOf(*dialog, u"up"_s)));
    QVERIFY2(answerOf(*dialog, u"failure_ratio"_s).startsWith(u"✗"_s) && answerOf(*dialog, u"failure_ratio"_s).contains(u"parse"_s),
             qPrintable(answerOf(*dialog, u"failure_ratio"_s)));
    QVERIFY(test::savePicture(*dialog, u"data-source"_s));
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == DataSourceDialog::tr("&Default Queries"))
            button->click();
    }
    const qint64 switchedAt = QDateTime::currentMSecsSinceEpoch();
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();

    // Live from Prometheus now: the status bar says so, the values keep coming, the chart keeps its past.
    QCOMPARE(source->text(), QCoreApplication::translate("payops::Console", "Prometheus %1").arg(prometheus.url().toDisplayString()));
    const auto lastPoll = console.window()->findChild<QLabel *>(u"lastPoll"_s);
    for (int snapshot = 0; snapshot < 2; ++snapshot) {
        const QString before = lastPoll->text();
        QTRY_VERIFY_WITH_TIMEOUT(lastPoll->text() != before, 15000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(gateway->currentValue(u"tps"_s).value_or(0) > 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoadingHistory(), 15000);
    QVERIFY2(!volume->seriesPoints(0, switchedAt - 60'000, switchedAt).isEmpty(), "the minute before the switch is still charted");
    const DataSourceChoice kept = DataSourceChoice::load(QSettings());
    QVERIFY(kept.prometheus && kept.prometheus->baseUrl == prometheus.url());

    // And back to polling.
    dialog = openDialog(console);
    QVERIFY(dialog && dialog->prometheusButton()->isChecked());
    QCOMPARE(dialog->urlEdit()->text(), prometheus.url().toString());
    dialog->pollingButton()->setChecked(true);
    const qint64 backAt = QDateTime::currentMSecsSinceEpoch();
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(source->text(), polling);
    QTRY_VERIFY_WITH_TIMEOUT(!volume->seriesPoints(0, backAt + 1500).isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoadingHistory(), 15000);
    QVERIFY2(!volume->seriesPoints(0, switchedAt - 60'000, switchedAt).isEmpty(), "the recorded past is charted again");
    QVERIFY(!DataSourceChoice::load(QSettings()).prometheus);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    test::applyPictureSettings(app);
    TestConsoleDataSource test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_console_datasource.moc"
