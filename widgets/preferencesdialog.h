#pragma once

#include "models/core/preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QDoubleSpinBox;

namespace payops {

// Edit ▸ Preferences (Ctrl+,): language, theme, how long the history keeps each resolution (with the
// database size that implies for the series recorded now), and the interval and timeout new targets
// start with. Checked as it is edited (Preferences::validate); OK is disabled while something is wrong.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `seriesCount`: the series the history records now (-1 when unknown); `databasePath`: shown.
    PreferencesDialog(const Preferences &preferences, qint64 seriesCount, const QString &databasePath,
                      QWidget *parent = nullptr);

    [[nodiscard]] Preferences preferences() const;
    [[nodiscard]] QString problem() const { return preferences().validate(); }

    // For tests.
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QComboBox *themeBox() const { return m_theme; }
    [[nodiscard]] QSpinBox *rawRetentionBox() const { return m_rawHours; }
    [[nodiscard]] QSpinBox *minuteRetentionBox() const { return m_minuteDays; }
    [[nodiscard]] QSpinBox *hourRetentionBox() const { return m_hourDays; }
    [[nodiscard]] QDoubleSpinBox *intervalBox() const { return m_interval; }
    [[nodiscard]] QDoubleSpinBox *timeoutBox() const { return m_timeout; }
    [[nodiscard]] QLabel *sizeEstimate() const { return m_estimate; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    // Move To… chose a new file for the database (the dialog has closed).
    void moveDatabaseRequested(const QString &path);

private:
    void showPreferences(const Preferences &preferences);
    void revalidate();

    qint64 m_seriesCount = -1;
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_rawHours;
    QSpinBox *m_minuteDays;
    QSpinBox *m_hourDays;
    QLabel *m_estimate;
    QDoubleSpinBox *m_interval;
    QDoubleSpinBox *m_timeout;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace payops
