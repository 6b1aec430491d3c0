// Issue 15, Targets: the operator adds a target in the window, tests it against a real paysim, saves
// it and sees it polled and on the dashboard; edits its interval; removes it and sees it leave the
// dashboard; undoes and redoes that. A bad URL, a URL already watched and a refused port give their
// reasons. The console is the executable's own composition root.
#include "app/payops/console.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "widgets/dashboard/dashboardview.h"
#include "widgets/mainwindow.h"
#include "widgets/preferencesdialog.h"
#include "widgets/targets/targeteditdialog.h"
#include "widgets/targets/targetsview.h"
#include "widgets/targets/targettablemodel.h"
#include "tests/support/paysimprocess.h"
#include "tests/support/pictures.h"

#include <QAction>
#include <QApplication>
#include <QJsonObject>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

class TestConsoleTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addTestSaveEditRemoveUndo();
    // The README's pictures (PAYOPS_SCREENSHOT_DIR, any theme and language): the view and a tested target.
    void pictures();

private:
    // Opens Add Target in the view and returns the dialog.
    static TargetEditDialog *openAddDialog(TargetsView &view);
    static QString stateOf(TargetsView &view, const QString &url);
    // A console on the Targets view with a database in `dir`, started with `groups` as its file_sd targets.
    static ConsoleOptions optionsWith(const QTemporaryDir &dir, const QJsonArray &groups);
};

ConsoleOptions TestConsoleTargets::optionsWith(const QTemporaryDir &dir, const QJsonArray &groups)
{
    QFile targets(dir.filePath(u"targets.json"_s));
    if (!targets.open(QIODevice::WriteOnly) || targets.write(QJsonDocument(groups).toJson()) <= 0)
        qFatal("cannot write %s", qPrintable(targets.fileName()));
    ConsoleOptions options;
    options.databasePath = dir.filePath(u"payops.db"_s);
    options.targetsFile = targets.fileName();
    options.view = u"targets"_s;
    return options;
}

void TestConsoleTargets::initTestCase()
{
    QCoreApplication::setOrganizationName(u"PayOpsTest"_s); // keep the operator's settings apart
}

TargetEditDialog *TestConsoleTargets::openAddDialog(TargetsView &view)
{
    const QList<QAction *> actions = view.actions();
    const auto add = std::find_if(actions.cbegin(), actions.cend(),
                                  [](QAction *action) { return action->text() == TargetsView::tr("&Add Target…"); });
    if (add == actions.cend())
        return nullptr;
    (*add)->trigger();
    return view.openDialog();
}

QString TestConsoleTargets::stateOf(TargetsView &view, const QString &url)
{
    auto *table = view.findChild<QTableView *>(u"targetTable"_s);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, TargetTableModel::MetricsUrl).data().toString() == url)
            return table->model()->index(row, TargetTableModel::State).data().toString() + u'|'
                + table->model()->index(row, TargetTableModel::Interval).data().toString();
    }
    return {};
}

void TestConsoleTargets::addTestSaveEditRemoveUndo()
{
    PaysimProcess paysim;
    const QString error = paysim.start({u"--seed"_s, u"3"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The console starts with three of the four services: payment_callback is the one to add.
    QTemporaryDir dir;
    QJsonArray groups;
    for (const QJsonValue &group : QJsonDocument::fromJson(paysim.fileSd(u"1s"_s, u"800ms"_s)).array()) {
        if (group[u"labels"_s][u"service"_s].toString() != u"payment_callback")
            groups.append(group);
    }
    Console console(optionsWith(dir, groups));
    console.start();
    QTRY_VERIFY_WITH_TIMEOUT(console.isReady(), 10000);
    auto *view = qobject_cast<TargetsView *>(console.window()->view(u"targets"_s));
    auto *dashboard = qobject_cast<DashboardView *>(console.window()->view(u"dashboard"_s));
    QVERIFY(view && dashboard);
    QTRY_COMPARE_WITH_TIMEOUT(view->findChild<QTableView *>(u"targetTable"_s)->model()->rowCount(), 3, 10000);
    QVERIFY(!dashboard->services().contains(u"payment_callback"_s));

    // A bad URL and a URL already watched cannot be saved, and say why.
    TargetEditDialog *dialog = openAddDialog(*view);
    QVERIFY(dialog);
    dialog->serviceBox()->setCurrentText(u"payment_callback"_s);
    dialog->metricsUrlEdit()->setText(u"ftp://127.0.0.1/metrics"_s);
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY2(!dialog->problem().isEmpty(), "a non-http URL is refused");
    const QString gatewayUrl = u"http://127.0.0.1:%1/metrics"_s.arg(paysim.port(u"payment_gateway"_s));
    dialog->metricsUrlEdit()->setText(gatewayUrl);
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY2(dialog->problem().contains(u"already a target of payment_gateway"_s), qPrintable(dialog->problem()));

    // A refused port: Test says so in words.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 refusedPort = closed.serverPort();
    closed.close();
    dialog->metricsUrlEdit()->setText(u"127.0.0.1:%1"_s.arg(refusedPort));
    QVERIFY(dialog->saveButton()->isEnabled()); // a target may be down when it is added
    QSignalSpy tested(dialog, &TargetEditDialog::testFinished);
    dialog->testButton()->click();
    QVERIFY(tested.wait(15000));
    QVERIFY2(dialog->testReport()->toPlainText().contains(u"connection refused"_s),
             qPrintable(dialog->testReport()->toPlainText()));

    // The real port: "host:port" is read as file_sd reads it, the health URL follows, Test shows the values.
    const QString callbackUrl = u"http://127.0.0.1:%1/metrics"_s.arg(paysim.port(u"payment_callback"_s));
    dialog->metricsUrlEdit()->setText(u"127.0.0.1:%1"_s.arg(paysim.port(u"payment_callback"_s)));
    QMetaObject::invokeMethod(dialog->metricsUrlEdit(), &QLineEdit::editingFinished);
    QCOMPARE(dialog->healthUrlEdit()->text(), u"http://127.0.0.1:%1/health"_s.arg(paysim.port(u"payment_callback"_s)));
    dialog->intervalBox()->setValue(1.0);
    dialog->timeoutBox()->setValue(1.5);
    QVERIFY2(!dialog->saveButton()->isEnabled(), "a timeout over the interval is refused");
    dialog->timeoutBox()->setValue(0.8);
    QVERIFY(dialog->saveButton()->isEnabled());
    dialog->testButton()->click();
    QVERIFY(tested.wait(15000));
    const QString report = dialog->testReport()->toPlainText();
    QVERIFY2(report.contains(u"answered twice"_s), qPrintable(report));
    QVERIFY2(report.contains(DerivedMetricCatalog::title(u"tps"))
                 && report.contains(DerivedMetricCatalog::title(u"latency_p95")),
             qPrintable(report));
    QVERIFY2(report.contains(u"Health http://127.0.0.1:%1/health: ok"_s.arg(paysim.port(u"payment_callback"_s))),
             qPrintable(report));

    // Saved: polled at once, on the dashboard, without a restart.
    dialog->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(*view, callbackUrl).startsWith(u"up, answered in"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->services().contains(u"payment_callback"_s), 5000);
    QCOMPARE(view->selectedTarget()->metricsUrl.toString(), callbackUrl);

    // Edited: the interval changes in the table (and in the database the desk reads back).
    ServiceTarget slower = *view->selectedTarget();
    slower.intervalMs = 2000;
    slower.timeoutMs = 1000;
    view->editTarget(*view->selectedTarget(), slower);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*view, callbackUrl).section(u'|', 1), u"2 s"_s, 5000);

    // Removed: it leaves the table and the dashboard, and stays gone across snapshots.
    view->removeSelected();
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(*view, callbackUrl).isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->services().contains(u"payment_callback"_s), 5000);
    QTest::qWait(2500);
    QVERIFY(!dashboard->tile(u"payment_callback"_s));

    // Undo brings it back with its edited interval and polls it again; redo removes it again.
    view->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*view, callbackUrl).section(u'|', 1), u"2 s"_s, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->services().contains(u"payment_callback"_s), 5000);
    view->undoStack()->undo(); // the edit
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*view, callbackUrl).section(u'|', 1), u"1 s"_s, 5000);
    view->undoStack()->redo();
    view->undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(*view, callbackUrl).isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->services().contains(u"payment_callback"_s), 5000);
    QCOMPARE(view->findChild<QTableView *>(u"targetTable"_s)->model()->rowCount(), 3);

    // Preferences: new targets start with the interval and timeout kept there, and the theme applies at once.
    Q_EMIT console.window()->preferencesRequested();
    PreferencesDialog *preferences = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((preferences = console.window()->findChild<PreferencesDialog *>()) && preferences->isVisible(),
                             5000);
    QVERIFY2(preferences->sizeEstimate()->text().contains(u"series recorded now"_s), qPrintable(preferences->sizeEstimate()->text()));
    preferences->intervalBox()->setValue(2.0);
    preferences->timeoutBox()->setValue(1.0);
    preferences->themeBox()->setCurrentIndex(preferences->themeBox()->findData(u"dark"_s));
    preferences->buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(console.window()->theme(), Theme::Kind::Dark);
    dialog = openAddDialog(*view);
    QVERIFY(dialog);
    QCOMPARE(dialog->intervalBox()->value(), 2.0);
    QCOMPARE(dialog->timeoutBox()->value(), 1.0);
    dialog->reject();
    QCOMPARE(Preferences::load(QSettings()).defaultIntervalMs, 2000);
    QSettings().remove(u"preferences"_s); // the next run starts from the defaults
    QSettings().remove(u"window/theme"_s);
}

void TestConsoleTargets::pictures()
{
    if (qEnvironmentVariableIsEmpty("PAYOPS_SCREENSHOT_DIR"))
        QSKIP("pictures are taken with PAYOPS_SCREENSHOT_DIR set");
    PaysimProcess paysim;
    const QString error = paysim.start({u"--seed"_s, u"3"_s, u"--instances"_s, u"2"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    QJsonArray groups;
    for (const QJsonValue &group : QJsonDocument::fromJson(paysim.fileSd(u"5s"_s, u"3s"_s)).array()) {
        QJsonObject first = group.toObject();
        first[u"targets"_s] = QJsonArray{group[u"targets"_s][0]}; // one instance each; the second is added
        groups.append(first);
    }
    ConsoleOptions options = optionsWith(dir, groups);
    options.windowSize = QSize(1920, 1080);
    options.theme = qEnvironmentVariable("PAYOPS_SCREENSHOT_THEME");
    Console console(options);
    console.start();
    QTRY_VERIFY_WITH_TIMEOUT(console.isReady(), 10000);
    auto *view = qobject_cast<TargetsView *>(console.window()->view(u"targets"_s));
    QVERIFY(view);
    QTRY_COMPARE_WITH_TIMEOUT(view->findChild<QTableView *>(u"targetTable"_s)->model()->rowCount(), 4, 10000);
    QTest::qWait(6000); // every target scraped once
    view->selectTarget(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(paysim.port(u"payment_gateway"_s))));
    QVERIFY(test::savePicture(*console.window(), u"targets-view"_s));

    TargetEditDialog *dialog = openAddDialog(*view);
    QVERIFY(dialog);
    const quint16 second = paysim.ports(u"payment_gateway"_s).value(1);
    dialog->metricsUrlEdit()->setText(u"127.0.0.1:%1"_s.arg(second));
    QMetaObject::invokeMethod(dialog->metricsUrlEdit(), &QLineEdit::editingFinished);
    QSignalSpy tested(dialog, &TargetEditDialog::testFinished);
    dialog->testButton()->click();
    QVERIFY(tested.wait(15000));
    QVERIFY(test::savePicture(*dialog, u"target-test"_s));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    test::applyPictureSettings(app);
    TestConsoleTargets test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_console_targets.moc"
