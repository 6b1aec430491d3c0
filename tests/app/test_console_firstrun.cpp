// Issue 15, first run: with targets that do not answer the dashboard shows the first-run page with the
// reasons; "Show the dashboard anyway" puts the charts back; with no target at all the page says there is
// nothing to watch; "Watch the bundled simulator" starts the real paysim as a child process, its four
// services answer, the page goes, and paysim ends with the console.
#include "app/payops/console.h"
#include "models/services/bundledsimulator.h"
#include "widgets/dashboard/dashboardview.h"
#include "widgets/dashboard/firstrunpage.h"
#include "widgets/mainwindow.h"
#include "widgets/targets/targetsview.h"

#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

bool portInUse(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(500);
}

QString pageText(const FirstRunPage &page)
{
    QStringList texts;
    for (const QLabel *label : page.findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

} // namespace

class TestConsoleFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guidesUntilSomethingAnswers();
};

void TestConsoleFirstRun::initTestCase()
{
    QCoreApplication::setOrganizationName(u"PayOpsTest"_s);
    // The console looks for paysim beside itself, then on PATH: the build tree's paysim is on PATH here.
    qputenv("PATH", QByteArray(PAYOPS_BINARY_DIR "/app/paysim:") + qgetenv("PATH"));
}

void TestConsoleFirstRun::guidesUntilSomethingAnswers()
{
    if (portInUse(9101))
        QSKIP("something already listens on 127.0.0.1:9101, where the bundled simulator would");
    QVERIFY2(BundledSimulator::executable().endsWith(u"/paysim"_s), qPrintable(BundledSimulator::executable()));

    QTcpServer closed; // a port nobody listens on
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 refused = closed.serverPort();
    closed.close();
    QTemporaryDir dir;
    QFile targets(dir.filePath(u"targets.json"_s));
    QVERIFY(targets.open(QIODevice::WriteOnly));
    targets.write(u"[{\"targets\": [\"127.0.0.1:%1\"], \"labels\": {\"service\": \"payment_gateway\", "
                  "\"__scrape_interval__\": \"1s\", \"__scrape_timeout__\": \"500ms\"}}]"_s.arg(refused).toUtf8());
    targets.close();

    ConsoleOptions options;
    options.databasePath = dir.filePath(u"payops.db"_s);
    options.targetsFile = targets.fileName();
    options.view = u"dashboard"_s;
    auto console = std::make_unique<Console>(options);
    console->start();
    QTRY_VERIFY_WITH_TIMEOUT(console->isReady(), 10000);
    auto *dashboard = qobject_cast<DashboardView *>(console->window()->view(u"dashboard"_s));
    QVERIFY(dashboard);
    auto *page = dashboard->findChild<FirstRunPage *>();
    QVERIFY(page);

    // The one target refuses: the page says so, with the reason, instead of empty charts.
    QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), 10000);
    QVERIFY2(pageText(*page).contains(u"No target has answered yet"_s), qPrintable(pageText(*page)));
    QVERIFY2(pageText(*page).contains(u"payment_gateway: 127.0.0.1:%1: connection refused"_s.arg(refused)), qPrintable(pageText(*page)));
    QCOMPARE(page->geometry(), dashboard->rect());
    page->dashboardButton()->click();
    QVERIFY(!page->isVisible());
    QTest::qWait(1500); // the next snapshots leave it dismissed
    QVERIFY(!page->isVisible());

    // No target at all: nothing to watch.
    auto *targetsView = qobject_cast<TargetsView *>(console->window()->view(u"targets"_s));
    QVERIFY(targetsView);
    targetsView->selectTarget(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(refused)));
    targetsView->removeSelected();
    QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), 5000);
    QVERIFY2(pageText(*page).contains(u"Nothing to watch yet"_s), qPrintable(pageText(*page)));
    QVERIFY(!page->dashboardButton()->isVisible());

    // The bundled simulator: started, its services added and answering, the page gone.
    page->simulatorButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isVisible(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->services().size(), 4, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(portInUse(9101), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(console->window()->findChild<QLabel *>(u"lastPoll"_s)->text().size() > 0, 10000);

    // It ends with the console.
    console.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!portInUse(9101), 5000);
}

QTEST_MAIN(TestConsoleFirstRun)
#include "test_console_firstrun.moc"
