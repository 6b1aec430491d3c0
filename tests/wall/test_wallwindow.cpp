// The wall display as the back of the room sees it: no controls, nothing editable, no dialogs;
// pages rotating on an injected clock; a down service focused and released; stale data called NO DATA
// within two intervals; the leave sequence; the burn-in shift; and text sizes at 3840x2160 measured on
// the rendered page (labels >= 28 px, the tiles' main numbers >= 64 px).
#include "widgets/dashboard/metricchart.h"
#include "widgets/dashboard/servicepalette.h"
#include "widgets/theme.h"
#include "widgets/wall/wallchartgrid.h"
#include "widgets/wall/walldashboardpage.h"
#include "widgets/wall/wallfocuspage.h"
#include "widgets/wall/walltile.h"
#include "widgets/wall/walllistpage.h"
#include "widgets/wall/walltilegrid.h"
#include "widgets/wall/wallwindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QDir>
#include <QTest>
#include <QToolBar>

using namespace payops;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kStart = 1'760'000'000'000;

MetricsSnapshot snapshotAt(qint64 ms, const QString &downService = {}, const QString &reason = {})
{
    MetricsSnapshot snapshot;
    snapshot.timestampMs = ms;
    int i = 0;
    for (const QString &service : ServicePalette::knownServices()) {
        if (service == downService) {
            snapshot.services.append({service, ServiceState::State::Down, reason, ms - 7000, 0, 2});
            continue;
        }
        snapshot.services.append({service, ServiceState::State::Up, QString(), ms, 2, 2});
        snapshot.values.append({u"tps"_s, service, {}, 1234.0 + i, ms});
        snapshot.values.append({u"failure_ratio"_s, service, {}, 0.012, ms});
        snapshot.values.append({u"latency_p95"_s, service, {}, 0.245, ms});
        ++i;
    }
    return snapshot;
}

} // namespace

class TestWallWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsNoControlsAndRefusesInput();
    void problemsAreABannerNeverADialog();
    void rotatesOnTheClock();
    void downServiceIsFocusedAndReleased();
    void explicitFocusStaysUntilReleased_severalTogether();
    void staleDataIsNoDataWithinTwoIntervals();
    void leavingTakesTheSequenceTwice();
    void burnInShiftMovesEveryFewMinutes();
    void textSizesAt4k();
    void fourFocusedServicesKeepReadableCharts();
    void alertsPageInTheRotation();

private:
    qint64 m_now = kStart;
    std::unique_ptr<WallWindow> m_wall;
};

void TestWallWindow::init()
{
    m_now = kStart;
    WallConfig config;
    config.pages = {u"dashboard"_s, u"services"_s};
    config.rotateMs = 20'000;
    m_wall = std::make_unique<WallWindow>(config, [this] { return m_now; });
    m_wall->setServices(ServicePalette::knownServices());
    m_wall->resize(1920, 1080);
    m_wall->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wall.get()));
}

void TestWallWindow::cleanup()
{
    m_wall.reset();
}

void TestWallWindow::showsNoControlsAndRefusesInput()
{
    m_wall->applySnapshot(snapshotAt(m_now));
    QVERIFY(m_wall->findChildren<QMenuBar *>().isEmpty());
    QVERIFY(m_wall->findChildren<QToolBar *>().isEmpty());
    for (QWidget *page : {m_wall->currentPageWidget()}) {
        for (const QAbstractButton *button : page->findChildren<QAbstractButton *>())
            QVERIFY2(!button->isVisible(), qPrintable(button->text()));
        for (const QScrollBar *bar : page->findChildren<QScrollBar *>())
            QVERIFY(!bar->isVisible());
    }
    QVERIFY(m_wall->findChildren<QLineEdit *>().isEmpty());
    QVERIFY(m_wall->findChildren<QAbstractSpinBox *>().isEmpty());
    QVERIFY(m_wall->findChildren<QComboBox *>().isEmpty());
    QVERIFY(m_wall->findChildren<QAbstractScrollArea *>().isEmpty());
    QCOMPARE(m_wall->cursor().shape(), Qt::BlankCursor);

    // A chart takes no focus and no mouse: a wheel does not zoom, a tooltip never shows.
    MetricChart *chart = m_wall->dashboardPage()->charts()->charts().first();
    QCOMPARE(chart->focusPolicy(), Qt::NoFocus);
    QVERIFY(chart->testAttribute(Qt::WA_TransparentForMouseEvents));
    const double before = chart->visibleToMs() - chart->visibleFromMs();
    QWheelEvent wheel(QPointF(50, 50), chart->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 480), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(chart, &wheel);
    QCOMPARE(chart->visibleToMs() - chart->visibleFromMs(), before);
    QHelpEvent help(QEvent::ToolTip, QPoint(10, 10), chart->mapToGlobal(QPoint(10, 10)));
    QVERIFY(QCoreApplication::sendEvent(chart, &help)); // eaten by the wall
    // Alt+F4 or a window manager's close does not end a wall.
    QVERIFY(!m_wall->close());
    QVERIFY(m_wall->isVisible());
}

void TestWallWindow::problemsAreABannerNeverADialog()
{
    m_wall->showProblem(u"The database cannot be read."_s);
    QCOMPARE(m_wall->problem(), u"The database cannot be read."_s);
    bool bannerShown = false;
    for (const QLabel *label : m_wall->findChildren<QLabel *>())
        bannerShown = bannerShown || (label->isVisible() && label->text() == m_wall->problem());
    QVERIFY(bannerShown);
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<QDialog *>(top) || !top->isVisible(), qPrintable(top->objectName()));
    m_wall->clearProblem();
    QVERIFY(m_wall->problem().isEmpty());
}

void TestWallWindow::rotatesOnTheClock()
{
    m_wall->applySnapshot(snapshotAt(m_now));
    QCOMPARE(m_wall->currentPage(), u"dashboard"_s);
    m_now += 19'000;
    m_wall->tick();
    QCOMPARE(m_wall->currentPage(), u"dashboard"_s);
    m_now += 2'000;
    m_wall->tick();
    QCOMPARE(m_wall->currentPage(), u"services"_s);
    QCOMPARE(m_wall->currentPageWidget(), static_cast<QWidget *>(m_wall->servicesPage()));
    m_now += 20'000;
    m_wall->tick();
    QCOMPARE(m_wall->currentPage(), u"dashboard"_s);
}

void TestWallWindow::downServiceIsFocusedAndReleased()
{
    m_wall->applySnapshot(snapshotAt(m_now));
    m_now += 1000;
    m_wall->applySnapshot(snapshotAt(m_now, u"payment_gateway"_s, u"connection refused"_s));
    QCOMPARE(m_wall->currentPage(), u"focus"_s);
    QCOMPARE(m_wall->focusedServices(), QStringList{u"payment_gateway"_s});
    WallTile *tile = m_wall->focusPage()->tile(u"payment_gateway"_s);
    QVERIFY(tile);
    QCOMPARE(tile->shown(), WallTile::Shown::Down);
    QCOMPARE(tile->stateWord(), u"DOWN"_s);
    QCOMPARE(tile->reason(), u"connection refused"_s);
    QVERIFY(tile->valueText(u"tps"_s).isEmpty()); // no number shown for a down service
    QVERIFY(m_wall->focusPage()->reasonText(u"payment_gateway"_s).contains(u"connection refused"_s));
    // The dashboard's tile says DOWN too.
    QCOMPARE(m_wall->dashboardPage()->tiles()->tile(u"payment_gateway"_s)->shown(), WallTile::Shown::Down);

    // It stays while the service is down, however long: no rotation.
    m_now += 60'000;
    m_wall->applySnapshot(snapshotAt(m_now, u"payment_gateway"_s, u"connection refused"_s));
    QCOMPARE(m_wall->currentPage(), u"focus"_s);

    // Back up: released, rotation starts again at its first page.
    m_now += 1000;
    m_wall->applySnapshot(snapshotAt(m_now));
    QVERIFY(m_wall->focusedServices().isEmpty());
    QCOMPARE(m_wall->currentPage(), u"dashboard"_s);
    m_now += 21'000;
    m_wall->tick();
    QCOMPARE(m_wall->currentPage(), u"services"_s);
}

void TestWallWindow::explicitFocusStaysUntilReleased_severalTogether()
{
    m_wall->applySnapshot(snapshotAt(m_now));
    m_wall->focusService(u"payment_backend"_s, u"Failure ratio above 5 % (critical), acknowledged by Li Wei"_s);
    m_now += 1000;
    m_wall->applySnapshot(snapshotAt(m_now, u"payment_callback"_s, u"timeout after 3 s"_s));
    QCOMPARE(m_wall->focusedServices(), (QStringList{u"payment_backend"_s, u"payment_callback"_s}));
    QVERIFY(m_wall->focusPage()->tile(u"payment_backend"_s));
    QVERIFY(m_wall->focusPage()->tile(u"payment_callback"_s));
    // The callback recovers; the backend's alert still fires: it stays.
    m_now += 1000;
    m_wall->applySnapshot(snapshotAt(m_now));
    QCOMPARE(m_wall->focusedServices(), QStringList{u"payment_backend"_s});
    QCOMPARE(m_wall->currentPage(), u"focus"_s);
    QVERIFY(m_wall->focusPage()->reasonText(u"payment_backend"_s).contains(u"Li Wei"_s));
    m_wall->releaseFocus(u"payment_backend"_s);
    QCOMPARE(m_wall->currentPage(), u"dashboard"_s);
}

void TestWallWindow::staleDataIsNoDataWithinTwoIntervals()
{
    m_wall->applySnapshot(snapshotAt(m_now));
    QVERIFY(!m_wall->isDataStale());
    QVERIFY(m_wall->dataAsOfText().startsWith(u"data as of "_s));
    WallTile *tile = m_wall->dashboardPage()->tiles()->tile(u"payment_frontend"_s);
    QCOMPARE(tile->shown(), WallTile::Shown::Values);
    QVERIFY(!tile->valueText(u"tps"_s).isEmpty());
    QCOMPARE(tile->stateWord(), u"UP"_s);

    // No snapshot for just under two intervals (2 x 5 s): still current.
    m_now += 9'000;
    m_wall->tick();
    QVERIFY(!m_wall->isDataStale());
    QCOMPARE(tile->shown(), WallTile::Shown::Values);
    // Past two intervals: NO DATA, no number, the header in red with the age.
    m_now += 2'000;
    m_wall->tick();
    QVERIFY(m_wall->isDataStale());
    QVERIFY2(m_wall->dataAsOfText().contains(u"11 s old"_s), qPrintable(m_wall->dataAsOfText()));
    QCOMPARE(tile->shown(), WallTile::Shown::NoData);
    QCOMPARE(tile->stateWord(), u"NO DATA"_s);
    QVERIFY(tile->valueText(u"tps"_s).isEmpty());
    QVERIFY2(tile->reason().contains(u"11 s"_s), qPrintable(tile->reason()));
}

void TestWallWindow::leavingTakesTheSequenceTwice()
{
    QSignalSpy leave(m_wall.get(), &WallWindow::leaveRequested);
    QTest::keyClick(m_wall.get(), Qt::Key_Escape);
    QTest::keyClick(m_wall.get(), Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(leave.count(), 0);
    QTest::keyClick(m_wall.get(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(leave.count(), 0);
    QVERIFY(m_wall->findChildren<QLabel *>().size() > 0);
    // Too late: the first press has expired.
    m_now += 6'000;
    m_wall->tick();
    QTest::keyClick(m_wall.get(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(leave.count(), 0);
    m_now += 2'000;
    QTest::keyClick(m_wall.get(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(leave.count(), 1);
}

void TestWallWindow::burnInShiftMovesEveryFewMinutes()
{
    m_now = kStart - kStart % (3 * 60'000); // at the start of a period
    m_wall->tick();
    const QPoint first = m_wall->burnInOffset();
    m_now += 60'000;
    m_wall->tick();
    QCOMPARE(m_wall->burnInOffset(), first);
    QList<QPoint> seen{first};
    for (int i = 0; i < 8; ++i) {
        m_now += 3 * 60'000;
        m_wall->tick();
        const QPoint offset = m_wall->burnInOffset();
        QVERIFY(std::abs(offset.x()) <= 8 && std::abs(offset.y()) <= 8); // a few pixels, never more
        if (!seen.contains(offset))
            seen.append(offset);
    }
    QVERIFY(seen.size() >= 4);
}

void TestWallWindow::fourFocusedServicesKeepReadableCharts()
{
    // A cascade, with the long reasons of real alerts: two services side by side keep charts that can
    // be read from across the room; with four, the panels show no charts rather than strips.
    m_wall->resize(3840, 2160);
    m_wall->applySnapshot(snapshotAt(m_now));
    const QString reasons = u"alert FailureRatioWarning (warning) firing since 09:41: failure ratio 32.4 % > 2 %; "
                            u"not acknowledged · alert FailureRatioCritical (critical) firing since 09:38: failure "
                            u"ratio 32.4 % > 5 %; not acknowledged · alert RejectionRatioWarning (warning) firing "
                            u"since 09:38: rejected requests (429 and 5xx) 30.6 % > 5 %; not acknowledged"_s;
    const QStringList services = ServicePalette::knownServices();
    const auto visibleCharts = [this] {
        QList<MetricChart *> shown;
        for (MetricChart *chart : m_wall->focusPage()->findChildren<MetricChart *>()) {
            if (chart->isVisible())
                shown.append(chart);
        }
        return shown;
    };
    m_wall->focusService(services.at(0), reasons);
    m_wall->focusService(services.at(1), reasons);
    m_wall->tick();
    QCOMPARE(m_wall->currentPage(), u"focus"_s);
    QCoreApplication::processEvents(); // the layout settles
    QCOMPARE(visibleCharts().size(), 2 * 3);
    for (const MetricChart *chart : visibleCharts()) {
        QVERIFY2(chart->height() >= 300 && chart->width() >= 800,
                 qPrintable(u"%1: %2x%3"_s.arg(chart->title()).arg(chart->width()).arg(chart->height())));
    }
    m_wall->focusService(services.at(2), reasons);
    m_wall->focusService(services.at(3), reasons);
    m_wall->tick();
    QCoreApplication::processEvents();
    QVERIFY(visibleCharts().isEmpty());
    for (const QString &service : services)
        QVERIFY(m_wall->focusPage()->tile(service)->isVisible());
}

void TestWallWindow::textSizesAt4k()
{
    m_wall->resize(3840, 2160);
    QCOMPARE(m_wall->scale().unit, 1.0);
    m_wall->applySnapshot(snapshotAt(m_now));
    m_now += 1000;
    MetricsSnapshot troubled = snapshotAt(m_now, u"payment_gateway"_s, u"connection refused"_s);
    for (ServiceState &state : troubled.services) {
        if (state.service == u"payment_backend"_s)
            state.state = ServiceState::State::Degraded; // the longest state word
    }
    m_wall->applySnapshot(troubled);
    m_wall->releaseFocus(u"payment_gateway"_s); // the dashboard page, with one DOWN tile
    m_wall->setStateDrivesFocus(false);
    m_wall->tick();
    QCOMPARE(m_wall->currentPage(), u"dashboard"_s);

    const auto checkTiles = [](const QList<WallTile *> &tiles) {
        int labels = 0, numbers = 0;
        for (const WallTile *tile : tiles) {
            QVERIFY(!tile->drawnTexts().isEmpty());
            for (const WallTile::DrawnText &text : tile->drawnTexts()) {
                if (text.role == WallTile::TextRole::Heading) // names and state words are never cut short
                    QVERIFY2(!text.text.endsWith(u'…'), qPrintable(text.text));
                if (text.role == WallTile::TextRole::Number) {
                    QVERIFY2(text.pixelSize >= 64, qPrintable(u"%1: %2 px"_s.arg(text.text).arg(text.pixelSize)));
                    ++numbers;
                } else {
                    QVERIFY2(text.pixelSize >= 28, qPrintable(u"%1: %2 px"_s.arg(text.text).arg(text.pixelSize)));
                    ++labels;
                }
            }
        }
        QVERIFY(labels > 0);
        QVERIFY(numbers > 0);
    };
    const QImage page = m_wall->grab().toImage(); // paints every visible tile and chart
    QCOMPARE(page.size(), QSize(3840, 2160));
    checkTiles(m_wall->dashboardPage()->tiles()->tiles());
    for (const MetricChart *chart : m_wall->dashboardPage()->charts()->charts()) {
        QVERIFY(chart->xAxis->tickLabelFont().pixelSize() >= 28);
        QVERIFY(chart->yAxis->tickLabelFont().pixelSize() >= 28);
        QVERIFY(chart->legend->font().pixelSize() >= 28);
        const auto *title = qobject_cast<QCPTextElement *>(chart->plotLayout()->element(0, 0));
        QVERIFY2(title && title->font().pixelSize() >= 28, title ? qPrintable(title->text()) : "no title");
        QVERIFY2(chart->lineWidth() >= 4, qPrintable(QString::number(chart->lineWidth())));
    }
    for (const QLabel *label : m_wall->findChildren<QLabel *>()) {
        if (label->isVisible())
            QVERIFY2(label->font().pixelSize() >= 28, qPrintable(label->text()));
    }
    // The alerts page's rows, shown or not: every text at least the label size.
    m_wall->setActiveAlerts(QList<WallAlert>{{AlertRule::Severity::Critical, u"payment_gateway"_s, u"payment_gateway is down"_s, m_now, {}},
                             {AlertRule::Severity::Warning, u"database-backup"_s, u"Scheduled task database-backup failed"_s,
                              m_now, u"Li Wei"_s}});
    const QList<QLabel *> alertLabels = m_wall->alertsPage()->findChildren<QLabel *>();
    QVERIFY(alertLabels.size() >= 10);
    for (const QLabel *label : alertLabels)
        QVERIFY2(label->font().pixelSize() >= 28, qPrintable(label->text()));
    QCOMPARE(m_wall->alertsPage()->rowTexts(0).constFirst(), AlertRule::severityTitle(AlertRule::Severity::Critical).toUpper());
    // The DOWN tile: the alarm word is the largest text on the page.
    const WallTile *down = m_wall->dashboardPage()->tiles()->tile(u"payment_gateway"_s);
    QCOMPARE(down->shown(), WallTile::Shown::Down);
    int alarm = 0;
    for (const WallTile::DrawnText &text : down->drawnTexts())
        alarm = text.role == WallTile::TextRole::Alarm ? text.pixelSize : alarm;
    QVERIFY(alarm >= 100);
}

void TestWallWindow::alertsPageInTheRotation()
{
    // A wall of the alerts page only, at 4K (with PAYOPS_SCREENSHOT_DIR set, its picture: dark, as walls are).
    if (!qEnvironmentVariableIsEmpty("PAYOPS_SCREENSHOT_DIR"))
        Theme::apply(*qApp, Theme::Kind::Dark);
    WallConfig config;
    config.pages = {u"dashboard"_s, u"alerts"_s};
    WallWindow wall(config, [this] { return m_now; });
    wall.setServices(ServicePalette::knownServices());
    wall.resize(3840, 2160);
    wall.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wall));
    wall.applySnapshot(snapshotAt(m_now));
    QVERIFY(wall.alertsPage()->rowTexts(0).isEmpty());
    wall.setActiveAlerts(QList<WallAlert>{{AlertRule::Severity::Warning, u"database-backup"_s, u"Scheduled task database-backup failed"_s,
                           m_now - 3 * 3600'000, u"Li Wei"_s},
                          {AlertRule::Severity::Critical, u"payment_backend"_s,
                           u"payment_backend: 95th percentile response time 2.41 s above 2 s"_s, m_now - 7 * 60'000, {}},
                          {AlertRule::Severity::Warning, u"payment_gateway"_s, u"payment_gateway: failure ratio 2.6 % above 2 %"_s,
                           m_now - 12 * 60'000, {}}});
    m_now += 20'500;
    wall.applySnapshot(snapshotAt(m_now));
    wall.tick();
    QCOMPARE(wall.currentPage(), u"alerts"_s);
    QCOMPARE(wall.alertsPage()->rowTexts(0).value(1), u"payment_backend"_s); // critical first
    QCOMPARE(wall.alertsPage()->rowTexts(1).value(1), u"database-backup"_s); // then the oldest (3 h)
    QCOMPARE(wall.alertsPage()->rowTexts(2).value(1), u"payment_gateway"_s);
    const QString directory = qEnvironmentVariable("PAYOPS_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(wall.grab().save(QDir(directory).filePath(u"wall-alerts-3840-en.png"_s)));
}

QTEST_MAIN(TestWallWindow)
#include "test_wallwindow.moc"
