// Preferences (File ▸ Preferences, Ctrl+,): kept in QSettings and read back the same, a hand-edited
// file that makes no sense replaced by the defaults, and the dialog refusing what cannot be kept and
// estimating the size a retention implies.
#include "models/core/preferences.h"
#include "widgets/preferencesdialog.h"
#include "tests/support/pictures.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

class TestPreferences final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsThroughSettings();
    void nonsenseInTheFileGivesTheDefaults();
    void validates_data();
    void validates();
    void dialogRefusesWhatCannotBeKeptAndEstimatesTheSize();
};

void TestPreferences::roundTripsThroughSettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"payops.ini"_s), QSettings::IniFormat);
    Preferences preferences;
    preferences.language = u"zh_CN"_s;
    preferences.theme = u"dark"_s;
    preferences.rawRetentionHours = 12;
    preferences.minuteRetentionDays = 7;
    preferences.hourRetentionDays = 90;
    preferences.defaultIntervalMs = 2000;
    preferences.defaultTimeoutMs = 1500;
    preferences.save(settings);
    settings.sync();
    QSettings again(dir.filePath(u"payops.ini"_s), QSettings::IniFormat);
    QCOMPARE(Preferences::load(again), preferences);
    QCOMPARE(again.value(u"window/theme"_s).toString(), u"dark"_s); // the key the window's View ▸ Theme uses
}

void TestPreferences::nonsenseInTheFileGivesTheDefaults()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"payops.ini"_s), QSettings::IniFormat);
    settings.setValue(u"preferences/defaultIntervalMs"_s, 500);
    settings.setValue(u"preferences/defaultTimeoutMs"_s, 900);
    QCOMPARE(Preferences::load(settings), Preferences{});
    settings.setValue(u"preferences/defaultIntervalMs"_s, u"soon"_s);
    settings.setValue(u"preferences/defaultTimeoutMs"_s, 3000);
    QCOMPARE(Preferences::load(settings).defaultIntervalMs, Preferences{}.defaultIntervalMs);
}

void TestPreferences::validates_data()
{
    QTest::addColumn<Preferences>("preferences");
    QTest::addColumn<QString>("problem");
    const Preferences defaults;
    QTest::newRow("defaults") << defaults << QString();
    Preferences p = defaults;
    p.language = u"fr"_s;
    QTest::newRow("language") << p << Preferences::tr("the language %1 is not available").arg(u"fr"_s);
    p = defaults;
    p.rawRetentionHours = 0;
    QTest::newRow("raw") << p << Preferences::tr("each resolution must be kept for at least one hour or day");
    p = defaults;
    p.rawRetentionHours = 24 * 31;
    QTest::newRow("raw longer than minutes") << p << Preferences::tr("the 1-minute roll-ups must be kept at least as long as the raw samples");
    p = defaults;
    p.hourRetentionDays = 10;
    QTest::newRow("hours shorter") << p << Preferences::tr("the 1-hour roll-ups must be kept at least as long as the 1-minute ones");
    p = defaults;
    p.defaultIntervalMs = 999;
    QTest::newRow("interval") << p << Preferences::tr("the poll interval must be from 1 s to 1 h");
    p = defaults;
    p.defaultTimeoutMs = p.defaultIntervalMs;
    QTest::newRow("timeout") << p << Preferences::tr("the timeout must be shorter than the poll interval");
}

void TestPreferences::validates()
{
    QFETCH(Preferences, preferences);
    QFETCH(QString, problem);
    QCOMPARE(preferences.validate(), problem);
}

void TestPreferences::dialogRefusesWhatCannotBeKeptAndEstimatesTheSize()
{
    PreferencesDialog dialog(Preferences{}, 60, u"/var/lib/payops/payops.db"_s);
    QVERIFY(test::savePicture(dialog, u"preferences"_s));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.preferences(), Preferences{});
    // 60 series at 5 s with the defaults: 60 × (34 560 × 10 + 52 800 × 64) bytes ≈ 223 MB.
    const QString estimate = dialog.sizeEstimate()->text();
    QVERIFY2(estimate.contains(u"223"_s) && estimate.contains(u"60"_s), qPrintable(estimate));

    dialog.hourRetentionBox()->setValue(7); // shorter than the 30 days of minutes
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.problem().isEmpty());
    dialog.hourRetentionBox()->setValue(60);
    dialog.minuteRetentionBox()->setValue(7);
    dialog.rawRetentionBox()->setValue(24);
    QVERIFY(ok->isEnabled());
    QVERIFY2(dialog.sizeEstimate()->text() != estimate, "a shorter retention changes the estimate");
    dialog.timeoutBox()->setValue(6.0); // over the 5 s interval
    QVERIFY(!ok->isEnabled());
    dialog.intervalBox()->setValue(10.0);
    QVERIFY(ok->isEnabled());
    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(u"dark"_s));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"zh_CN"_s));
    const Preferences chosen = dialog.preferences();
    QCOMPARE(chosen.hourRetentionDays, 60);
    QCOMPARE(chosen.minuteRetentionDays, 7);
    QCOMPARE(chosen.rawRetentionHours, 24);
    QCOMPARE(chosen.defaultIntervalMs, 10000);
    QCOMPARE(chosen.defaultTimeoutMs, 6000);
    QCOMPARE(chosen.theme, u"dark"_s);
    QCOMPARE(chosen.language, u"zh_CN"_s);

    // Restore Defaults brings the numbers back and keeps the look chosen.
    dialog.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
    Preferences expected;
    expected.theme = u"dark"_s;
    expected.language = u"zh_CN"_s;
    QCOMPARE(dialog.preferences(), expected);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    test::applyPictureSettings(app);
    TestPreferences test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_preferences.moc"
