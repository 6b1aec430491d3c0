#include "models/incidents/recoverywatch.h"

#include "models/incidents/diagnosisrunner.h"

#include "models/incidents/incidenttablemodel.h"

#include <QLocale>

namespace payops {

RecoveryWatch::RecoveryWatch(QList<Condition> conditions, qint64 holdMs)
    : m_conditions(std::move(conditions))
    , m_holdMs(holdMs)
{
}

QList<RecoveryWatch::Condition> RecoveryWatch::conditionsFrom(const Diagnosis &diagnosis, const QList<Playbook> &playbooks)
{
    QList<Condition> conditions;
    for (const CauseAssessment &cause : diagnosis.causes) {
        if (!cause.isConfirmed())
            continue;
        const Playbook *playbook = nullptr;
        for (const Playbook &candidate : playbooks) {
            if (candidate.id == cause.playbookId)
                playbook = &candidate;
        }
        const PlaybookCause *definition = playbook ? playbook->cause(cause.causeId) : nullptr;
        if (!definition)
            continue;
        for (const CheckVerdict &verdict : cause.checks) {
            if (verdict.type != PlaybookCheck::Type::Metric || verdict.verdict != CheckVerdict::Verdict::Confirmed)
                continue;
            for (const PlaybookCheck &check : definition->checks) {
                if (check.id == verdict.checkId)
                    conditions.append({check, DiagnosisRunner::serviceOf(check, diagnosis.service)});
            }
        }
    }
    return conditions;
}

QString RecoveryWatch::healthyWhile(const PlaybookCheck &check)
{
    // The opposite of the comparison that confirms the cause.
    QString healthy;
    switch (check.comparison) {
    case PlaybookCheck::Comparison::Greater: healthy = QStringLiteral("≤"); break;
    case PlaybookCheck::Comparison::GreaterOrEqual: healthy = QStringLiteral("<"); break;
    case PlaybookCheck::Comparison::Less: healthy = QStringLiteral("≥"); break;
    case PlaybookCheck::Comparison::LessOrEqual: healthy = QStringLiteral(">"); break;
    }
    return QStringLiteral("%1 %2 %3").arg(healthy, QLocale().toString(check.threshold), check.unit).trimmed();
}

void RecoveryWatch::start(qint64 nowMs)
{
    m_startedMs = nowMs;
    m_healthySinceMs = nowMs;
    m_state = State::Waiting;
}

RecoveryWatch::Reading RecoveryWatch::update(const MetricsSnapshot &snapshot)
{
    Reading reading;
    const qint64 nowMs = snapshot.timestampMs;
    if (m_state != State::Waiting && m_state != State::Watching) {
        reading.state = m_state;
        return reading;
    }
    bool silent = false;
    QString outOfRange;
    for (const Condition &condition : std::as_const(m_conditions)) {
        CheckVerdict verdict = DiagnosisRunner::evaluateMetric(condition.check, condition.service, snapshot);
        verdict.checkId = condition.check.id;
        if (verdict.verdict == CheckVerdict::Verdict::Confirmed && outOfRange.isEmpty())
            outOfRange = verdict.evidence;
        else if (verdict.verdict == CheckVerdict::Verdict::Unanswered)
            silent = true;
        reading.checks.append(verdict);
    }
    if (!outOfRange.isEmpty()) {
        if (m_state == State::Watching) {
            m_state = State::Relapsed;
            reading.text = tr("Relapsed: %1").arg(outOfRange);
        } else if (nowMs - m_startedMs >= m_holdMs) {
            m_state = State::NotRecovered;
            reading.text = tr("Not recovered after %1: %2").arg(IncidentTableModel::durationText(m_holdMs), outOfRange);
        } else {
            reading.remainingMs = m_holdMs - (nowMs - m_startedMs);
            reading.text = tr("Waiting for the values to come back: %1").arg(outOfRange);
        }
        reading.state = m_state;
        return reading;
    }
    if (silent) {
        // No value is no proof: the countdown starts again once every value is back.
        m_healthySinceMs = nowMs;
        reading.state = m_state;
        reading.remainingMs = m_holdMs;
        reading.text = tr("Waiting for every watched value: the countdown starts again when they are back");
        return reading;
    }
    if (m_state == State::Waiting) {
        m_state = State::Watching;
        m_healthySinceMs = nowMs;
    }
    const qint64 healthyFor = nowMs - m_healthySinceMs;
    if (healthyFor >= m_holdMs) {
        m_state = State::Proven;
        reading.state = m_state;
        reading.text = tr("Recovered: every watched value stayed in its normal range for %1")
                           .arg(IncidentTableModel::durationText(m_holdMs));
        return reading;
    }
    reading.state = m_state;
    reading.remainingMs = m_holdMs - healthyFor;
    reading.text = tr("In the normal range for %1 of %2")
                       .arg(IncidentTableModel::durationText(healthyFor), IncidentTableModel::durationText(m_holdMs));
    return reading;
}

} // namespace payops
