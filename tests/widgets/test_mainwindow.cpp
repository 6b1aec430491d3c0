// MainWindow: views in the navigation with their shortcuts, the status bar in words, and the
// settings (theme, view, geometry) surviving a restart.
#include "widgets/mainwindow.h"

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace payops;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchesViewsByShortcut();
    void statusBarSaysHowManyTargetsAreUp_data();
    void statusBarSaysHowManyTargetsAreUp();
    void settingsRoundTrip();
    void saysWhenPollingFallsBehind();
    void warningStaysUntilCleared();

private:
    static void addViews(MainWindow &window);
    static QString statusText(const MainWindow &window);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("PayOpsTest"));
    QSettings().clear();
}

void TestMainWindow::addViews(MainWindow &window)
{
    for (const char *id : {"dashboard", "knowledge", "contacts"})
        window.addView(QString::fromLatin1(id), QIcon(), QString::fromLatin1(id).toUpper(), new QLabel(QString::fromLatin1(id)));
}

QString TestMainWindow::statusText(const MainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(QLatin1Char('|'));
}

void TestMainWindow::switchesViewsByShortcut()
{
    MainWindow window;
    addViews(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentViewId(), QStringLiteral("dashboard"));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentViewId(), QStringLiteral("contacts"));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentViewId(), QStringLiteral("knowledge"));
    QCOMPARE(qobject_cast<QLabel *>(window.view(QStringLiteral("knowledge")))->text(), QStringLiteral("knowledge"));
}

void TestMainWindow::statusBarSaysHowManyTargetsAreUp_data()
{
    QTest::addColumn<int>("up");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("words");
    QTest::newRow("all up") << 4 << 4 << "Targets up 4/4 — all up";
    QTest::newRow("some down") << 3 << 4 << "Targets up 3/4 — some down";
    QTest::newRow("all down") << 0 << 4 << "Targets up 0/4 — all down";
    QTest::newRow("none") << 0 << 0 << "Targets up 0/0 — no targets";
}

void TestMainWindow::statusBarSaysHowManyTargetsAreUp()
{
    QFETCH(int, up);
    QFETCH(int, total);
    QFETCH(QString, words);
    MainWindow window;
    window.setTargetsSummary(up, total);
    window.setDatabaseFile(QStringLiteral("/var/lib/payops/payops.db"));
    const QString text = statusText(window);
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Database: payops.db")), qPrintable(text));
}

void TestMainWindow::saysWhenPollingFallsBehind()
{
    MainWindow window;
    window.show();
    auto *label = window.findChild<QLabel *>(QStringLiteral("pollingWarning"));
    QVERIFY(label);
    QVERIFY(!label->isVisible());
    window.setPollingWarning(QStringLiteral("Polling behind: effective interval 1.6 s for 2,000 targets"));
    QVERIFY(label->isVisible());
    QVERIFY(statusText(window).contains(QStringLiteral("effective interval 1.6 s")));
    window.setPollingWarning(QString());
    QVERIFY(!label->isVisible());
}

void TestMainWindow::settingsRoundTrip()
{
    {
        MainWindow window;
        addViews(window);
        window.resize(1234, 777);
        window.setTheme(Theme::Kind::Dark);
        window.showView(QStringLiteral("contacts"));
        window.saveSettings();
    }
    MainWindow restored;
    addViews(restored);
    QCOMPARE(restored.theme(), Theme::Kind::Light);
    restored.restoreSettings();
    QCOMPARE(restored.theme(), Theme::Kind::Dark);
    restored.restoreView();
    QCOMPARE(restored.currentViewId(), QStringLiteral("contacts"));
    QCOMPARE(restored.size(), QSize(1234, 777));
    restored.setTheme(Theme::Kind::Light); // leave the application as other tests expect it
}

void TestMainWindow::warningStaysUntilCleared()
{
    MainWindow window;
    addViews(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString full = QStringLiteral("History not saved (writing samples): disk full (no space left on the device)");
    window.setWarning(full);
    window.showMessage(QStringLiteral("Contact saved."), 0); // a passing message does not hide the condition
    QCOMPARE(window.warning(), full);
    const QLabel *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("statusWarning"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), full);
    window.setWarning({});
    QVERIFY(!label->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
