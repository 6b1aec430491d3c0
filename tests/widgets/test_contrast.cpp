// Text colours against their backgrounds in both themes, measured as WCAG 2 contrast ratios
// (>= 4.5:1 for text), and the helper that makes an accent colour readable.
#include "widgets/contrast.h"
#include "widgets/dashboard/servicepalette.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QTest>

using namespace payops;

class TestContrast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratioMatchesWcag();
    void readableKeepsHueAndReachesMinimum_data();
    void readableKeepsHueAndReachesMinimum();
    void themeTextIsReadable_data();
    void themeTextIsReadable();
};

void TestContrast::ratioMatchesWcag()
{
    QCOMPARE(qRound(Contrast::ratio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(Contrast::ratio(Qt::white, Qt::white), 1.0);
    // #767676 on white is the classic just-passing grey (4.54:1).
    QVERIFY(qAbs(Contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    // Half-transparent black over white is drawn as mid grey.
    QVERIFY(qAbs(Contrast::ratio(QColor(0, 0, 0, 128), Qt::white) - Contrast::ratio(QColor(0x7f, 0x7f, 0x7f), Qt::white))
            < 0.05);
}

void TestContrast::readableKeepsHueAndReachesMinimum_data()
{
    QTest::addColumn<QColor>("color");
    QTest::addColumn<QColor>("background");
    QTest::newRow("warning on white") << ServicePalette::warningColor() << QColor(Qt::white);
    QTest::newRow("critical on dark") << ServicePalette::criticalColor() << QColor(0x16, 0x1b, 0x22);
    QTest::newRow("grey on amber tint") << QColor(0x8b, 0x94, 0x9e) << QColor(0x33, 0x2e, 0x1e);
    QTest::newRow("already fine") << QColor(Qt::black) << QColor(Qt::white);
}

void TestContrast::readableKeepsHueAndReachesMinimum()
{
    QFETCH(QColor, color);
    QFETCH(QColor, background);
    const QColor readable = Contrast::readable(color, background);
    QVERIFY2(Contrast::ratio(readable, background) >= 4.5, qPrintable(readable.name()));
    if (color.hslHueF() >= 0)
        QVERIFY(qAbs(readable.hslHueF() - color.hslHueF()) < 2.0f);
}

void TestContrast::themeTextIsReadable_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("light") << int(Theme::Kind::Light);
    QTest::newRow("dark") << int(Theme::Kind::Dark);
}

void TestContrast::themeTextIsReadable()
{
    QFETCH(int, kind);
    Theme::apply(*qApp, Theme::Kind(kind));
    const QPalette pal = QApplication::palette();
    const struct
    {
        const char *what;
        QColor text;
        QColor background;
    } pairs[] = {
        {"window text", pal.color(QPalette::WindowText), pal.color(QPalette::Window)},
        {"text", pal.color(QPalette::Text), pal.color(QPalette::Base)},
        {"button text", pal.color(QPalette::ButtonText), pal.color(QPalette::Button)},
        {"highlighted text", pal.color(QPalette::HighlightedText), pal.color(QPalette::Highlight)},
        {"link", pal.color(QPalette::Link), pal.color(QPalette::Base)},
        // What the dashboard makes of its muted and accent colours.
        {"tile caption", Contrast::readable(pal.color(QPalette::PlaceholderText), pal.color(QPalette::Base)),
         pal.color(QPalette::Base)},
        {"warning label", Contrast::readable(ServicePalette::warningColor(), pal.color(QPalette::Base)),
         pal.color(QPalette::Base)},
        {"critical label", Contrast::readable(ServicePalette::criticalColor(), pal.color(QPalette::Base)),
         pal.color(QPalette::Base)},
    };
    for (const auto &pair : pairs) {
        const double ratio = Contrast::ratio(pair.text, pair.background);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                              .arg(QLatin1String(pair.what), pair.text.name(), pair.background.name())
                                              .arg(ratio, 0, 'f', 2)));
    }
}

QTEST_MAIN(TestContrast)
#include "test_contrast.moc"
