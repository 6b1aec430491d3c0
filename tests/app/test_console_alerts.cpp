// Issue 10 end to end, through the console's own composition root: paysim's gateway crashes, the
// console's polling sees it, the ServiceDown rule fires, the Alerts view lists it firing, the
// dashboard's tile turns critical; the gateway comes back and the alert resolves, in the history.
// The operator's rule here waits 2 s instead of the shipped minute (set in the database beforehand,
// as an operator's edit would be), so the test takes seconds.
#include "app/payops/console.h"
#include "models/alerts/activealertsmodel.h"
#include "models/alerts/alertrulerepository.h"
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "tests/support/paysimprocess.h"
#include "widgets/alerts/alertsview.h"
#include "widgets/dashboard/dashboardview.h"
#include "widgets/dashboard/servicetile.h"
#include "widgets/mainwindow.h"

#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kGateway = u"payment_gateway"_s;

// The state key ("firing", "pending", ...) of the rule's row for the service in an alerts table; empty if none.
QString stateOf(const QTableView &table, const QString &rule, const QString &service)
{
    const QAbstractItemModel *model = table.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ActiveAlertsModel::RuleNameRole).toString() == rule
            && index.data(ActiveAlertsModel::ServiceRole).toString() == service)
            return index.data(ActiveAlertsModel::StateKeyRole).toString();
    }
    return {};
}

// Whether a row of the alert history names the rule, the service and `word` (its state, in words).
bool historyHas(const QTableView &table, const QString &rule, const QString &service, const QString &word)
{
    const QAbstractItemModel *model = table.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        const QString line = cells.join(u'|');
        if (line.contains(rule) && line.contains(service) && line.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestConsoleAlerts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gatewayCrashFiresAndResolves();
};

void TestConsoleAlerts::gatewayCrashFiresAndResolves()
{
    PaysimProcess paysim;
    const QString error = paysim.start({u"--seed"_s, u"13"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"payops.db"_s);
    {
        // The shipped rules, with the operator's ServiceDown waiting 2 s.
        Database db(ConsoleSchema::databaseOptions());
        QVERIFY(!db.open(path));
        AlertRuleRepository rules(db);
        QVERIFY(rules.importShippedDefaultsOnce().ok());
        const AlertRuleRepository::Listing listing = rules.list();
        QVERIFY(listing.ok());
        bool changed = false;
        for (AlertRule rule : listing.rules) {
            if (rule.name == u"ServiceDown"_s) {
                rule.forMs = 2000;
                QVERIFY(!rules.save(rule));
                changed = true;
            }
        }
        QVERIFY(changed);
    }
    QFile targets(dir.filePath(u"targets.json"_s));
    QVERIFY(targets.open(QIODevice::WriteOnly));
    targets.write(paysim.fileSd(u"1s"_s, u"800ms"_s));
    targets.close();

    ConsoleOptions options;
    options.databasePath = path;
    options.targetsFile = targets.fileName();
    options.view = u"alerts"_s;
    Console console(options);
    console.start();
    QTRY_VERIFY_WITH_TIMEOUT(console.isReady(), 10000);
    auto *alerts = qobject_cast<AlertsView *>(console.window()->view(u"alerts"_s));
    auto *dashboard = qobject_cast<DashboardView *>(console.window()->view(u"dashboard"_s));
    QVERIFY(alerts && dashboard);
    ServiceTile *gatewayTile = dashboard->tile(kGateway);
    QVERIFY(gatewayTile);
    QTRY_VERIFY_WITH_TIMEOUT(gatewayTile->currentValue(u"tps"_s).has_value(), 15000); // polled, up
    QVERIFY(stateOf(*alerts->alertsTable(), u"ServiceDown"_s, kGateway).isEmpty());

    QCOMPARE(paysim.control("PUT", u"/scenario/crash?service=payment_gateway"_s), 200);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*alerts->alertsTable(), u"ServiceDown"_s, kGateway), u"firing"_s, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(gatewayTile->firingSeverity(), std::optional(AlertRule::Severity::Critical), 5000);
    // Only the gateway: the other services' traffic goes on.
    for (const QString &service : {u"payment_frontend"_s, u"payment_backend"_s, u"payment_callback"_s})
        QVERIFY(stateOf(*alerts->alertsTable(), u"ServiceDown"_s, service).isEmpty());

    QCOMPARE(paysim.control("DELETE", u"/scenario/crash?service=payment_gateway"_s), 200);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(*alerts->alertsTable(), u"ServiceDown"_s, kGateway) != u"firing"_s, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!gatewayTile->firingSeverity().has_value(), 5000);
    // The history tab, as the operator opens it: the firing and its resolution, with their times.
    auto *tabs = alerts->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(alerts->historyTable()->parentWidget());
    QTRY_VERIFY_WITH_TIMEOUT(historyHas(*alerts->historyTable(), u"ServiceDown"_s, kGateway,
                                        QCoreApplication::translate("payops::AlertStates", "Resolved")),
                             10000);
}

QTEST_MAIN(TestConsoleAlerts)
#include "test_console_alerts.moc"
