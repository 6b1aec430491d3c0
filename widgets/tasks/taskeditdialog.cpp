#include "widgets/tasks/taskeditdialog.h"

#include "widgets/tasks/tasksettingsform.h"
#include "widgets/windowtimefields.h"

#include "models/tasks/cronschedule.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace payops {

namespace {

constexpr int previewCount = 10;

QString settingsHint(TaskDefinition::Kind kind)
{
    switch (kind) {
    case TaskDefinition::Kind::Backup:
        return TaskEditDialog::tr("\"folder\" (default: backups beside the database), \"daily\", \"weekly\", \"monthly\": "
                                  "how many copies of each to keep (7 / 4 / 6).");
    case TaskDefinition::Kind::Command:
        return TaskEditDialog::tr("\"program\", \"arguments\" (a list; never run through a shell), \"workingDirectory\", "
                                  "\"environment\" (an object), \"successFile\" (the run succeeds only when this file "
                                  "exists and is not empty).");
    case TaskDefinition::Kind::RollingUpdate:
        return TaskEditDialog::tr("\"service\"; \"program\" and \"arguments\", run once per instance with {instance}, "
                                  "{host}, {port}, {url}, {health_url}, {index} and {number} replaced; \"settleSeconds\" "
                                  "(30), \"healthTimeoutSeconds\" (60), \"commandTimeoutSeconds\" (300), \"minSeverity\" "
                                  "(warning or critical), \"dryRun\" (shows the plan, touches nothing).");
    case TaskDefinition::Kind::PerformanceReview:
        return TaskEditDialog::tr("\"folder\" (default: reports beside the database), \"periodDays\" (7), \"trendDays\" "
                                  "(28), \"regressionPercent\" (10), \"cpuCapacity\" (100), \"capacity\" (per service: "
                                  "{\"cpuPercent\": …, \"memoryBytes\": …}).");
    }
    return {};
}

} // namespace

QJsonObject TaskEditDialog::settingsTemplate(TaskDefinition::Kind kind)
{
    switch (kind) {
    case TaskDefinition::Kind::Backup:
        return {{QStringLiteral("daily"), 7}, {QStringLiteral("weekly"), 4}, {QStringLiteral("monthly"), 6}};
    case TaskDefinition::Kind::Command:
        return {{QStringLiteral("program"), QStringLiteral("")}, {QStringLiteral("arguments"), QJsonArray()}};
    case TaskDefinition::Kind::RollingUpdate:
        return {{QStringLiteral("service"), QStringLiteral("")}, {QStringLiteral("program"), QStringLiteral("")}, {QStringLiteral("arguments"), QJsonArray()},
                {QStringLiteral("settleSeconds"), 30}, {QStringLiteral("dryRun"), true}};
    case TaskDefinition::Kind::PerformanceReview:
        return {};
    }
    return {};
}

TaskEditDialog::TaskEditDialog(const TaskDefinition &task, bool isNew, QStringList existingNames, QWidget *parent)
    : QDialog(parent)
    , m_original(task)
    , m_isNew(isNew)
    , m_existingNames(std::move(existingNames))
    , m_name(new QLineEdit(task.name, this))
    , m_kind(new QComboBox(this))
    , m_cron(new QLineEdit(task.cron, this))
    , m_zone(WindowTimeFields::zoneComboBox(this))
    , m_preview(new QListWidget(this))
    , m_enabled(new QCheckBox(tr("Enabled: runs on its schedule"), this))
    , m_approval(new QCheckBox(tr("Each run waits for approval by another operator"), this))
    , m_onBlackout(new QComboBox(this))
    , m_onOverlap(new QComboBox(this))
    , m_onMissed(new QComboBox(this))
    , m_retries(new QSpinBox(this))
    , m_backoff(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_form(new TaskSettingsForm(this))
    , m_settings(new QPlainTextEdit(this))
    , m_settingsHint(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(isNew ? tr("New Task") : tr("Edit Task %1").arg(task.name));
    m_name->setObjectName(QStringLiteral("taskName"));
    m_name->setReadOnly(!isNew);
    m_name->setToolTip(isNew ? QString() : tr("A task keeps its name: its history is filed under it. Duplicate it to "
                                              "make one with another name."));
    m_kind->setObjectName(QStringLiteral("taskKind"));
    for (const auto kind : {TaskDefinition::Kind::Backup, TaskDefinition::Kind::Command, TaskDefinition::Kind::RollingUpdate,
                            TaskDefinition::Kind::PerformanceReview})
        m_kind->addItem(TaskDefinition::kindTitle(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(task.kind)));
    m_cron->setObjectName(QStringLiteral("taskCron"));
    m_cron->setPlaceholderText(tr("minute hour day-of-month month day-of-week, or @daily, @weekly, …"));
    m_zone->setObjectName(QStringLiteral("taskZone"));
    m_zone->setCurrentText(task.timeZone);
    m_preview->setObjectName(QStringLiteral("taskPreview"));
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    // All ten runs without a scroll bar, in any language's font.
    m_preview->setMinimumHeight((m_preview->fontMetrics().height() + 4) * previewCount + 2 * m_preview->frameWidth() + 4);
    m_enabled->setChecked(task.enabled);
    m_approval->setChecked(task.needsApproval);
    m_onBlackout->addItem(tr("waits for its end"), int(TaskDefinition::OnBlackout::Wait));
    m_onBlackout->addItem(tr("is skipped"), int(TaskDefinition::OnBlackout::Skip));
    m_onBlackout->setCurrentIndex(m_onBlackout->findData(int(task.onBlackout)));
    m_onOverlap->addItem(tr("is skipped"), int(TaskDefinition::OnOverlap::Skip));
    m_onOverlap->addItem(tr("waits its turn"), int(TaskDefinition::OnOverlap::Queue));
    m_onOverlap->setCurrentIndex(m_onOverlap->findData(int(task.onOverlap)));
    m_onMissed->addItem(tr("runs once at the next start"), int(TaskDefinition::OnMissed::RunOnce));
    m_onMissed->addItem(tr("is skipped"), int(TaskDefinition::OnMissed::Skip));
    m_onMissed->setCurrentIndex(m_onMissed->findData(int(task.onMissed)));
    m_retries->setRange(0, 10);
    m_retries->setValue(task.maxRetries);
    m_backoff->setRange(0, 24 * 3600);
    m_backoff->setSuffix(tr(" s"));
    m_backoff->setValue(task.retryBackoffSeconds);
    m_timeout->setRange(1, 7 * 24 * 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(task.timeoutSeconds);
    m_settings->setObjectName(QStringLiteral("taskSettings"));
    m_settings->setPlainText(QString::fromUtf8(QJsonDocument(task.settings).toJson(QJsonDocument::Indented)));
    m_settings->setTabChangesFocus(true);
    m_settingsHint->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("taskProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    auto *dstHelp = new QLabel(tr("Daylight saving: a time skipped when the clocks go forward runs once at the first "
                                  "valid minute after it; a time repeated when they go back runs once."),
                               this);
    dstHelp->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Schedule (cron):"), m_cron);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("Next runs:"), m_preview);
    form->addRow(QString(), dstHelp);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_approval);
    form->addRow(tr("A run due in a &blackout:"), m_onBlackout);
    form->addRow(tr("A run due while the last one &runs:"), m_onOverlap);
    form->addRow(tr("A run &missed while closed:"), m_onMissed);
    form->addRow(tr("R&etries after a failure:"), m_retries);
    form->addRow(tr("Retry &back-off (doubles each time):"), m_backoff);
    form->addRow(tr("&Timeout:"), m_timeout);
    // The kind's settings as a form, and the whole object as JSON: each follows the other.
    auto *settingsTabs = new QTabWidget(this);
    settingsTabs->setObjectName(QStringLiteral("taskSettingsTabs"));
    settingsTabs->addTab(m_form, tr("Form"));
    settingsTabs->addTab(m_settings, tr("JSON"));
    form->addRow(tr("S&ettings:"), settingsTabs);
    form->addRow(QString(), m_settingsHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_name, &QLineEdit::textChanged, this, &TaskEditDialog::refresh);
    connect(m_cron, &QLineEdit::textChanged, this, &TaskEditDialog::refresh);
    connect(m_zone, &QComboBox::currentTextChanged, this, &TaskEditDialog::refresh);
    connect(m_settings, &QPlainTextEdit::textChanged, this, &TaskEditDialog::settingsTyped);
    connect(m_form, &TaskSettingsForm::edited, this, &TaskEditDialog::formEdited);
    for (QSpinBox *box : {m_retries, m_backoff, m_timeout})
        connect(box, &QSpinBox::valueChanged, this, &TaskEditDialog::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TaskEditDialog::kindChanged);
    m_settingsHint->setText(settingsHint(task.kind));
    m_form->setKind(task.kind);
    m_form->setSettings(task.settings);
    refresh();
    resize(sizeHint().expandedTo(QSize(760, 0)));
}

void TaskEditDialog::formEdited()
{
    QString error;
    const std::optional<QJsonObject> current = settings(&error);
    if (!current)
        return; // the form is disabled while the JSON does not parse
    const QScopedValueRollback<bool> writing(m_formWriting, true);
    m_settings->setPlainText(QString::fromUtf8(QJsonDocument(m_form->apply(*current)).toJson(QJsonDocument::Indented)));
}

void TaskEditDialog::settingsTyped()
{
    QString error;
    const std::optional<QJsonObject> current = settings(&error);
    m_form->setEnabled(current.has_value());
    if (current && !m_formWriting)
        m_form->setSettings(*current);
    refresh();
}

void TaskEditDialog::kindChanged()
{
    const auto kind = TaskDefinition::Kind(m_kind->currentData().toInt());
    m_settingsHint->setText(settingsHint(kind));
    m_form->setKind(kind);
    // Settings left as another kind's template are replaced; what the operator wrote is kept.
    QString error;
    const std::optional<QJsonObject> current = settings(&error);
    bool untouched = current && current->isEmpty();
    for (const auto other : {TaskDefinition::Kind::Backup, TaskDefinition::Kind::Command, TaskDefinition::Kind::RollingUpdate,
                             TaskDefinition::Kind::PerformanceReview})
        untouched = untouched || (current && *current == settingsTemplate(other));
    if (untouched)
        m_settings->setPlainText(QString::fromUtf8(QJsonDocument(settingsTemplate(kind)).toJson(QJsonDocument::Indented)));
    else
        settingsTyped(); // the new kind's fields show the values the object has
    refresh();
}

std::optional<QJsonObject> TaskEditDialog::settings(QString *error) const
{
    const QString text = m_settings->toPlainText().trimmed();
    if (text.isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The settings are not valid JSON (at character %1: %2).").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("The settings must be a JSON object: { \"key\": value, … }.");
        return std::nullopt;
    }
    return document.object();
}

TaskDefinition TaskEditDialog::task() const
{
    TaskDefinition task = m_original;
    task.name = m_name->text().trimmed();
    task.kind = TaskDefinition::Kind(m_kind->currentData().toInt());
    task.cron = m_cron->text().trimmed();
    task.timeZone = m_zone->currentText().trimmed();
    task.enabled = m_enabled->isChecked();
    task.needsApproval = m_approval->isChecked();
    task.onBlackout = TaskDefinition::OnBlackout(m_onBlackout->currentData().toInt());
    task.onOverlap = TaskDefinition::OnOverlap(m_onOverlap->currentData().toInt());
    task.onMissed = TaskDefinition::OnMissed(m_onMissed->currentData().toInt());
    task.maxRetries = m_retries->value();
    task.retryBackoffSeconds = m_backoff->value();
    task.timeoutSeconds = m_timeout->value();
    QString error;
    task.settings = settings(&error).value_or(m_original.settings);
    return task;
}

QStringList TaskEditDialog::problems() const
{
    const TaskDefinition entered = task();
    QStringList problems = entered.validate();
    if (m_isNew && m_existingNames.contains(entered.name))
        problems << tr("a task named %1 exists already").arg(entered.name);
    QString error;
    if (!settings(&error))
        problems << error;
    return problems;
}

QStringList TaskEditDialog::previewLines() const
{
    QStringList lines;
    for (int i = 0; i < m_preview->count(); ++i)
        lines << m_preview->item(i)->text();
    return lines;
}

void TaskEditDialog::refresh()
{
    m_preview->clear();
    const CronSchedule::Result schedule = CronSchedule::create(m_cron->text().trimmed(), m_zone->currentText().trimmed());
    if (!schedule.schedule) {
        m_preview->addItem(schedule.error);
    } else {
        const QLocale locale;
        const QTimeZone zone = schedule.schedule->zone();
        for (qint64 at : schedule.schedule->nextTimes(QDateTime::currentMSecsSinceEpoch(), previewCount)) {
            const QDateTime utc = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
            m_preview->addItem(tr("%1 (%2) — %3 local")
                                   .arg(locale.toString(utc.toTimeZone(zone), QStringLiteral("ddd d MMM yyyy HH:mm")),
                                        QString::fromLatin1(zone.id()),
                                        locale.toString(utc.toLocalTime(), QStringLiteral("ddd d MMM HH:mm"))));
        }
        if (m_preview->count() == 0)
            m_preview->addItem(tr("No run in the next ten years."));
    }
    const QStringList problems = this->problems();
    m_problems->setText(problems.isEmpty() ? QString() : tr("Cannot be saved yet: %1.").arg(problems.join(QStringLiteral("; "))));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace payops
