#include "widgets/incidents/wizard/verifypage.h"

#include "models/incidents/incidenttablemodel.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "widgets/dashboard/metricchart.h"
#include "widgets/incidents/wizard/incidentwizard.h"
#include "widgets/incidents/wizard/locatepage.h"
#include "widgets/incidents/wizard/wizardstyle.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace payops {

namespace {

constexpr qint64 chartWindowMs = 10 * 60'000;

QJsonObject readingJson(const RecoveryWatch::Reading &reading)
{
    QJsonArray checks;
    for (const CheckVerdict &verdict : reading.checks)
        checks.append(verdict.toJson());
    return {{QStringLiteral("checks"), checks}, {QStringLiteral("text"), reading.text}};
}

} // namespace

VerifyPage::VerifyPage(IncidentWizard &wizard)
    : m_wizard(wizard)
    , m_notice(WizardStyle::notice(this))
    , m_hold(new QSpinBox(this))
    , m_countdown(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_values(new QTreeWidget(this))
    , m_chartHolder(new QWidget(this))
    , m_recheck(new QPushButton(tr("Run the Checks &Again"), this))
    , m_override(new QPushButton(tr("Resolve &Anyway…"), this))
{
    setTitle(tr("5. Verify"));
    setSubTitle(tr("Recovery is proven when the values that confirmed the cause stay in their normal range for the hold time."));
    m_hold->setObjectName(QStringLiteral("verifyHold"));
    m_hold->setRange(10, 4 * 3600);
    m_hold->setSingleStep(30);
    m_hold->setSuffix(tr(" s"));
    m_hold->setValue(int(wizard.context().recoveryHoldMs / 1000));
    m_countdown->setObjectName(QStringLiteral("verifyCountdown"));
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_countdown->setFont(big);
    m_countdown->setWordWrap(true);
    m_values->setObjectName(QStringLiteral("verifyValues"));
    m_values->setRootIsDecorated(false);
    m_values->setHeaderLabels({tr("Watched value"), tr("Now"), tr("Healthy while"), tr("Verdict")});
    m_values->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_values->setMaximumHeight(140);
    m_override->setToolTip(tr("Resolve although the checks still confirm the cause: asks for the reason, which is recorded"));
    auto *chartLayout = new QVBoxLayout(m_chartHolder);
    chartLayout->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Hold time:"), m_hold);
    auto *buttons = new QHBoxLayout;
    buttons->addLayout(form);
    buttons->addStretch(1);
    buttons->addWidget(m_recheck);
    buttons->addWidget(m_override);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_countdown);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addWidget(m_values);
    layout->addWidget(m_chartHolder, 1);

    connect(m_hold, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (m_watch && (m_watch->state() == RecoveryWatch::State::Waiting || m_watch->state() == RecoveryWatch::State::Watching)) {
            const QList<RecoveryWatch::Condition> conditions = m_watch->conditions();
            m_watch.emplace(conditions, qint64(seconds) * 1000);
            m_watch->start(m_wizard.latestSnapshot() ? m_wizard.latestSnapshot()->timestampMs : QDateTime::currentMSecsSinceEpoch());
            m_progress->setRange(0, seconds);
        }
    });
    connect(m_recheck, &QPushButton::clicked, this, &VerifyPage::checkAgain);
    connect(m_override, &QPushButton::clicked, this, &VerifyPage::resolveAnyway);
    connect(&wizard, &IncidentWizard::snapshotArrived, this, &VerifyPage::onSnapshot);
    connect(&wizard, &IncidentWizard::diagnosed, this, &VerifyPage::onDiagnosed);
}

void VerifyPage::initializePage()
{
    m_active = true;
    m_resolved = m_wizard.incident().status == Incident::Status::Resolved || m_wizard.incident().status == Incident::Status::Closed;
    m_notice->hide();
    m_values->clear();
    delete m_chart;
    m_chart = nullptr;
    const QList<RecoveryWatch::Condition> conditions = m_wizard.diagnosis()
        ? RecoveryWatch::conditionsFrom(*m_wizard.diagnosis(), m_wizard.context().playbooks)
        : QList<RecoveryWatch::Condition>();
    m_watch.reset();
    if (m_resolved) {
        m_countdown->setText(tr("The incident is resolved."));
        Q_EMIT completeChanged();
        return;
    }
    if (conditions.isEmpty() || !m_wizard.context().live) {
        m_countdown->setText(tr("Nothing to watch: no metric confirmed the cause."));
        m_notice->setText(tr("Run the checks again: when none of them confirms the cause any more, the incident is resolved."));
        m_notice->show();
        m_progress->hide();
        Q_EMIT completeChanged();
        return;
    }
    m_progress->show();
    m_watch.emplace(conditions, qint64(m_hold->value()) * 1000);
    m_watch->start(m_wizard.latestSnapshot() ? m_wizard.latestSnapshot()->timestampMs : QDateTime::currentMSecsSinceEpoch());
    for (const RecoveryWatch::Condition &condition : conditions) {
        auto *item = new QTreeWidgetItem(m_values);
        item->setText(0, tr("%1 of %2").arg(DerivedMetricCatalog::title(condition.check.metric), condition.service));
        item->setText(2, RecoveryWatch::healthyWhile(condition.check));
    }
    const RecoveryWatch::Condition &first = conditions.constFirst();
    m_chart = WizardStyle::serviceChart(first.check.metric, first.service, m_chartHolder);
    m_chart->setObjectName(QStringLiteral("verifyChart"));
    m_chart->setLiveWindow(chartWindowMs);
    m_chart->setThresholds(std::nullopt, first.check.canonicalThreshold);
    m_chartHolder->layout()->addWidget(m_chart);
    m_countdown->setText(tr("Waiting for the values to come back…"));
    m_progress->setRange(0, int(m_watch->holdMs() / 1000));
    m_progress->setValue(0);
    Q_EMIT completeChanged();
}

void VerifyPage::cleanupPage()
{
    m_active = false;
    m_watch.reset();
}

bool VerifyPage::isComplete() const
{
    return m_resolved;
}

void VerifyPage::setHoldSeconds(int seconds)
{
    m_hold->setValue(seconds);
}

QString VerifyPage::countdownText() const
{
    return m_countdown->text();
}

void VerifyPage::onSnapshot(const MetricsSnapshot &snapshot)
{
    if (!m_active || !m_watch || m_resolved)
        return;
    if (m_chart) {
        const RecoveryWatch::Condition &first = m_watch->conditions().constFirst();
        m_chart->appendRow(snapshot.timestampMs, {snapshot.value(first.check.metric, first.service).value_or(qQNaN())});
        m_chart->setLiveEdge(snapshot.timestampMs);
        m_chart->flush();
    }
    showReading(m_watch->update(snapshot));
}

void VerifyPage::showReading(const RecoveryWatch::Reading &reading)
{
    for (int row = 0; row < reading.checks.size() && row < m_values->topLevelItemCount(); ++row) {
        const CheckVerdict &verdict = reading.checks.at(row);
        QTreeWidgetItem *item = m_values->topLevelItem(row);
        const RecoveryWatch::Condition &condition = m_watch->conditions().at(row);
        item->setText(1, verdict.measured ? DerivedMetricCatalog::format(condition.check.metric, *verdict.measured) : tr("no value"));
        item->setText(3, verdict.verdict == CheckVerdict::Verdict::RuledOut ? tr("healthy")
                         : verdict.verdict == CheckVerdict::Verdict::Confirmed ? tr("still confirms the cause")
                                                                                : tr("no value"));
        item->setForeground(3, WizardStyle::verdictColor(verdict.verdict, m_values));
        item->setToolTip(3, verdict.evidence);
    }
    switch (reading.state) {
    case RecoveryWatch::State::Waiting:
        m_countdown->setText(tr("Waiting for the values to come back… (%1 left)").arg(IncidentTableModel::durationText(reading.remainingMs)));
        m_progress->setValue(0);
        m_notice->setText(reading.text);
        m_notice->show();
        return;
    case RecoveryWatch::State::Watching:
        m_countdown->setText(tr("Watching… %1 to go").arg(IncidentTableModel::durationText(reading.remainingMs)));
        m_progress->setValue(int((m_watch->holdMs() - reading.remainingMs) / 1000));
        // A missing value holds the countdown back: say why it does not move.
        m_notice->setVisible(std::any_of(reading.checks.cbegin(), reading.checks.cend(), [](const CheckVerdict &v) {
            return v.verdict == CheckVerdict::Verdict::Unanswered;
        }));
        m_notice->setText(reading.text);
        return;
    case RecoveryWatch::State::Proven:
        m_progress->setValue(m_progress->maximum());
        m_wizard.record(IncidentTimelineEntry::Kind::Check, reading.text, readingJson(reading));
        resolved(reading.text);
        return;
    case RecoveryWatch::State::Relapsed:
    case RecoveryWatch::State::NotRecovered: {
        m_wizard.record(IncidentTimelineEntry::Kind::Check, reading.text, readingJson(reading));
        m_watch.reset();
        // Back to locate, with the checks run again on the values as they are now.
        const QString why = reading.text;
        m_wizard.returnTo(IncidentWizard::Locate);
        if (auto *locate = qobject_cast<LocatePage *>(m_wizard.page(IncidentWizard::Locate)))
            locate->runChecks();
        Q_EMIT m_wizard.relapsed(why);
        return;
    }
    }
}

void VerifyPage::checkAgain()
{
    auto *locate = qobject_cast<LocatePage *>(m_wizard.page(IncidentWizard::Locate));
    if (!locate || locate->isRunning())
        return;
    m_awaitingRecheck = true;
    m_countdown->setText(tr("Running the checks again…"));
    locate->runChecks();
}

void VerifyPage::onDiagnosed(const Diagnosis &diagnosis)
{
    if (!m_active)
        return;
    if (!m_awaitingRecheck) {
        // Continued at this step: the diagnosis arrives after the page was shown.
        if (!m_watch && !m_resolved)
            initializePage();
        return;
    }
    m_awaitingRecheck = false;
    if (diagnosis.anyConfirmed()) {
        m_countdown->setText(tr("Still confirmed: %1").arg(diagnosis.causes.constFirst().title));
        m_notice->setText(diagnosis.causes.constFirst().reasoning);
        m_notice->show();
        return;
    }
    resolved(tr("Checks run again: none confirms a cause any more."));
}

void VerifyPage::resolveAnyway()
{
    if (m_resolved)
        return;
    const std::optional<QString> reason
        = m_wizard.askReason(tr("The checks still confirm the cause. Why resolve the incident anyway? (Recorded in the timeline and the audit log.)"));
    if (!reason || reason->trimmed().isEmpty())
        return;
    QJsonObject evidence;
    if (m_wizard.diagnosis())
        evidence = m_wizard.diagnosis()->toJson();
    m_wizard.resolveWithOverride(*reason, evidence);
    m_resolved = true;
    m_watch.reset();
    m_countdown->setText(tr("Resolved with an override: %1").arg(reason->trimmed()));
    Q_EMIT completeChanged();
}

void VerifyPage::resolved(const QString &note)
{
    m_resolved = true;
    m_watch.reset();
    m_wizard.setStatus(Incident::Status::Resolved, note);
    m_countdown->setText(tr("Recovered — the incident is resolved. %1").arg(note));
    Q_EMIT completeChanged();
}

} // namespace payops
