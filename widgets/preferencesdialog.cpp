#include "widgets/preferencesdialog.h"

#include "models/metrics/historystore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace payops {

namespace {

QSpinBox *countBox(int maximum, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, maximum);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

QDoubleSpinBox *secondsBox(double minimum, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(minimum, 3600);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSuffix(PreferencesDialog::tr(" s"));
    return box;
}

QGroupBox *group(const QString &title, QFormLayout *form, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setLayout(form);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &preferences, qint64 seriesCount, const QString &databasePath,
                                     QWidget *parent)
    : QDialog(parent)
    , m_seriesCount(seriesCount)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_rawHours(countBox(24 * 366, tr(" h"), this))
    , m_minuteDays(countBox(3660, tr(" days"), this))
    , m_hourDays(countBox(3660, tr(" days"), this))
    , m_estimate(new QLabel(this))
    , m_interval(secondsBox(1.0, this))
    , m_timeout(secondsBox(0.1, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Preferences"));
    for (const auto &[code, name] : Preferences::languages())
        m_language->addItem(name, code);
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_estimate->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("preferencesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    auto *appearance = new QFormLayout;
    appearance->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language is used from the next start."), this);
    languageNote->setWordWrap(true);
    appearance->addRow(QString(), languageNote);
    appearance->addRow(tr("&Theme:"), m_theme);
    auto *history = new QFormLayout;
    history->addRow(tr("Every &sample:"), m_rawHours);
    history->addRow(tr("&1-minute roll-ups:"), m_minuteDays);
    history->addRow(tr("1-&hour roll-ups:"), m_hourDays);
    history->addRow(QString(), m_estimate);
    auto *polling = new QFormLayout;
    polling->addRow(tr("Poll &interval:"), m_interval);
    polling->addRow(tr("Time&out:"), m_timeout);
    auto *database = new QFormLayout;
    auto *path = new QLabel(databasePath, this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    auto *move = new QPushButton(tr("&Move To…"), this);
    move->setToolTip(tr("Copies the database to another file, proves the copy and starts the console again from it"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(path, 1);
    fileRow->addWidget(move);
    database->addRow(tr("File:"), fileRow);
    connect(move, &QPushButton::clicked, this, [this, databasePath] {
        const QString target = QFileDialog::getSaveFileName(this, tr("Move the Database To"), databasePath,
                                                            tr("SQLite databases (*.db)"));
        if (target.isEmpty() || target == databasePath)
            return;
        reject(); // the move restarts the console; the other preferences are not part of it
        Q_EMIT moveDatabaseRequested(target);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group(tr("Appearance"), appearance, this));
    layout->addWidget(group(tr("History kept"), history, this));
    layout->addWidget(group(tr("New targets start with"), polling, this));
    layout->addWidget(group(tr("Database"), database, this));
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    showPreferences(preferences);
    for (QSpinBox *box : {m_rawHours, m_minuteDays, m_hourDays})
        connect(box, &QSpinBox::valueChanged, this, &PreferencesDialog::revalidate);
    for (QDoubleSpinBox *box : {m_interval, m_timeout})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PreferencesDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        Preferences defaults;
        defaults.language = m_language->currentData().toString(); // the look stays as chosen
        defaults.theme = m_theme->currentData().toString();
        showPreferences(defaults);
    });
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

void PreferencesDialog::showPreferences(const Preferences &preferences)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(preferences.theme)));
    m_rawHours->setValue(preferences.rawRetentionHours);
    m_minuteDays->setValue(preferences.minuteRetentionDays);
    m_hourDays->setValue(preferences.hourRetentionDays);
    m_interval->setValue(preferences.defaultIntervalMs / 1000.0);
    m_timeout->setValue(preferences.defaultTimeoutMs / 1000.0);
    revalidate();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.language = m_language->currentData().toString();
    preferences.theme = m_theme->currentData().toString();
    preferences.rawRetentionHours = m_rawHours->value();
    preferences.minuteRetentionDays = m_minuteDays->value();
    preferences.hourRetentionDays = m_hourDays->value();
    preferences.defaultIntervalMs = int(std::lround(m_interval->value() * 1000));
    preferences.defaultTimeoutMs = int(std::lround(m_timeout->value() * 1000));
    return preferences;
}

void PreferencesDialog::revalidate()
{
    const Preferences preferences = this->preferences();
    const QString problem = preferences.validate();
    m_problem->setText(problem.isEmpty() ? QString() : tr("Cannot be kept: %1.").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    if (m_seriesCount < 0) {
        m_estimate->setText(tr("The size this implies is not known yet: the history has not been read."));
        return;
    }
    HistoryOptions history;
    history.rawRetentionMs = qint64(preferences.rawRetentionHours) * HistoryOptions::hourMs;
    history.minuteRetentionMs = qint64(preferences.minuteRetentionDays) * 24 * HistoryOptions::hourMs;
    history.hourRetentionMs = qint64(preferences.hourRetentionDays) * 24 * HistoryOptions::hourMs;
    m_estimate->setText(tr("About %1 of history for the %Ln series recorded now at a %2 s interval.", nullptr,
                           int(m_seriesCount))
                            .arg(QLocale().formattedDataSize(history.estimatedBytes(m_seriesCount, preferences.defaultIntervalMs), 0,
                                                            QLocale::DataSizeSIFormat),
                                 QLocale().toString(preferences.defaultIntervalMs / 1000.0, 'g', 4)));
}

} // namespace payops
