// Renders the dashboard offscreen at 1920x1080 (light, dark, Chinese) and at 3840x2160 with a wall
// display's font, after an hour of synthetic snapshots with an outage, and checks that nothing is
// cramped: tiles get their full height, charts keep a usable plot area, labels are not cut.
// Set PAYOPS_SCREENSHOT_DIR to keep the PNGs (for looking at them; never committed).
#include "widgets/dashboard/dashboardview.h"
#include "widgets/dashboard/metricchart.h"
#include "widgets/dashboard/servicetile.h"
#include "tests/dashboard/syntheticsnapshots.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QToolButton>

using namespace payops;

namespace {

constexpr qint64 minute = 60'000;

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x1e, 0x22, 0x27));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x16, 0x19, 0x1d));
    palette.setColor(QPalette::AlternateBase, QColor(0x22, 0x26, 0x2b));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::Button, QColor(0x2a, 0x2f, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Mid, QColor(0x44, 0x4a, 0x52));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xf0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x75, 0x7a));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x75, 0x7a));
    return palette;
}

// Buttons and labels at least as wide as they ask to be (a squeezed one cuts its text).
void checkNothingClipped(QWidget &view)
{
    for (const QAbstractButton *button : view.findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            QVERIFY2(button->width() >= button->minimumSizeHint().width(), qPrintable(button->text()));
    }
    for (const QLabel *label : view.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap())
            QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
    }
}

} // namespace

class TestDashboardScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
};

void TestDashboardScreenshots::render_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("fontScale");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("locale");
    QTest::newRow("light") << QStringLiteral("dashboard-light-1080p") << QSize(1920, 1080) << 1.0 << false << QStringLiteral("en_US");
    QTest::newRow("dark") << QStringLiteral("dashboard-dark-1080p") << QSize(1920, 1080) << 1.0 << true << QStringLiteral("en_US");
    QTest::newRow("chinese") << QStringLiteral("dashboard-zh_CN-1080p") << QSize(1920, 1080) << 1.0 << false << QStringLiteral("zh_CN");
    QTest::newRow("wall") << QStringLiteral("dashboard-wall-2160p") << QSize(3840, 2160) << 2.0 << true << QStringLiteral("en_US");
}

void TestDashboardScreenshots::render()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(double, fontScale);
    QFETCH(bool, dark);
    QFETCH(QString, locale);

    const QLocale previousLocale;
    const QFont previousFont = QApplication::font();
    const QPalette previousPalette = QApplication::palette();
    QLocale::setDefault(QLocale(locale));
    QFont font = previousFont;
    font.setPointSizeF(previousFont.pointSizeF() * fontScale);
    QApplication::setFont(font);
    if (dark)
        QApplication::setPalette(darkPalette());

    {
        // An hour at 1 s ending at a whole minute; the gateway down for 6 minutes 25 minutes ago
        // and again for the last 40 seconds.
        const qint64 end = 1'700'000'040'000 + 3600'000;
        const qint64 start = end - 3600'000;
        const QList<synthetic::DownPeriod> downs{
            {QStringLiteral("payment_gateway"), end - 25 * minute, end - 19 * minute, QStringLiteral("connection refused")},
            {QStringLiteral("payment_gateway"), end - 40'000, end + minute, QStringLiteral("connect: connection refused")},
        };
        DashboardView view;
        view.resize(size);
        view.setTimeRange(DashboardTimeRange::preset(DashboardTimeRange::Preset::LastHour));
        for (qint64 t = start; t <= end; t += 1000)
            view.applySnapshot(synthetic::snapshotAt(t, downs));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.flushCharts();
        MetricChart *volume = view.chart(DashboardView::Chart::Volume);
        for (MetricChart *chart : view.charts())
            chart->replot();
        // The crosshair over the response time chart.
        MetricChart *response = view.chart(DashboardView::Chart::ResponseTime);
        QTest::mouseMove(response, response->axisRect()->rect().center() + QPoint(response->axisRect()->width() / 5, 0));
        QCoreApplication::processEvents();

        // Nothing cramped: every tile at least at its size hint, every plot area usable.
        for (const QString &service : view.services()) {
            const ServiceTile *tile = view.tile(service);
            QVERIFY2(tile->height() >= tile->minimumSizeHint().height(), qPrintable(service));
            for (const QLabel *label : tile->findChildren<QLabel *>()) {
                if (!label->isVisible())
                    continue;
                QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                         qPrintable(service + QStringLiteral(": ") + label->text()));
            }
        }
        for (MetricChart *chart : view.charts()) {
            QVERIFY2(chart->axisRect()->height() > size.height() / 6, qPrintable(chart->title()));
            QVERIFY2(chart->axisRect()->width() > size.width() / 5, qPrintable(chart->title()));
        }
        QVERIFY(volume->pointCount(0) > 3000);
        checkNothingClipped(view);

        const QPixmap shot = view.grab();
        QCOMPARE(shot.size(), size);
        const QString dir = qEnvironmentVariable("PAYOPS_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(shot.save(QDir(dir).filePath(name + QStringLiteral(".png"))));

            // A second picture: filtered to the gateway, paused after a zoom, 15-minute range.
            view.setTimeRange(DashboardTimeRange::preset(DashboardTimeRange::Preset::Last15Minutes));
            view.setServiceFilter(QStringLiteral("payment_gateway"));
            view.setVolumeStacked(false);
            view.chart(DashboardView::Chart::Cpu)->zoomBy(0.5);
            view.flushCharts();
            for (MetricChart *chart : view.charts())
                chart->replot();
            QCoreApplication::processEvents();
            checkNothingClipped(view);
            QVERIFY(view.grab().save(QDir(dir).filePath(name + QStringLiteral("-filtered.png"))));

            // A third: stacked volume while a 24 h history loads.
            view.clearServiceFilter();
            view.setVolumeStacked(true);
            view.setTimeRange(DashboardTimeRange::preset(DashboardTimeRange::Preset::Last24Hours));
            view.flushCharts();
            for (MetricChart *chart : view.charts())
                chart->replot();
            QCoreApplication::processEvents();
            checkNothingClipped(view);
            QVERIFY(view.grab().save(QDir(dir).filePath(name + QStringLiteral("-loading.png"))));
        }
    }

    QLocale::setDefault(previousLocale);
    QApplication::setFont(previousFont);
    QApplication::setPalette(previousPalette);
}

QTEST_MAIN(TestDashboardScreenshots)
#include "test_dashboard_screenshots.moc"
