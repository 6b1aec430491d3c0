#pragma once

#include "models/incidents/diagnosis.h"
#include "models/incidents/playbook.h"
#include "models/metrics/metricssnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace payops {

// The wizard's proof of recovery (step 5): the metric checks that confirmed the cause must stay on
// the healthy side of their thresholds for a stated time, watched snapshot by snapshot. A fix takes
// a rate window to show in the values, so the watch first waits (up to the hold time) for every
// value to come back; then the countdown runs. A value back over its threshold during the countdown
// is a relapse; values that never came back are "not recovered"; a missing value (the service not
// answering its scrapes) restarts the countdown, because silence proves nothing. Pure: fed
// snapshots, no I/O, no timers.
class RecoveryWatch final
{
    Q_DECLARE_TR_FUNCTIONS(payops::RecoveryWatch)

public:
    // One metric check of one service that must stay healthy.
    struct Condition
    {
        PlaybookCheck check;
        QString service;
    };

    enum class State {
        Waiting,      // for every value to come back into its range
        Watching,     // every value in range: the countdown runs
        Relapsed,     // a value went back out of range during the countdown
        NotRecovered, // a value still out of range after waiting the hold time
        Proven,
    };

    struct Reading
    {
        State state = State::Watching;
        qint64 remainingMs = 0;   // until proven (Watching) or given up (Waiting)
        QList<CheckVerdict> checks; // each condition's value now, with its evidence in words
        QString text;             // translated: where the proof stands
    };

    RecoveryWatch(QList<Condition> conditions, qint64 holdMs);

    // The metric checks that confirmed the diagnosis' confirmed causes (the evidence to watch fall).
    [[nodiscard]] static QList<Condition> conditionsFrom(const Diagnosis &diagnosis, const QList<Playbook> &playbooks);

    // Where a check's metric is healthy, in words: "< 100 ms" for a check confirmed above 100 ms.
    [[nodiscard]] static QString healthyWhile(const PlaybookCheck &check);

    [[nodiscard]] const QList<Condition> &conditions() const { return m_conditions; }
    [[nodiscard]] qint64 holdMs() const { return m_holdMs; }
    [[nodiscard]] State state() const { return m_state; }

    // Starts (or restarts) waiting for recovery at `nowMs`.
    void start(qint64 nowMs);
    // Weighs one snapshot (its timestampMs is "now"). Once relapsed, not recovered or proven the state
    // stays until start().
    Reading update(const MetricsSnapshot &snapshot);

private:
    QList<Condition> m_conditions;
    qint64 m_holdMs = 0;
    qint64 m_startedMs = 0;
    qint64 m_healthySinceMs = 0;
    State m_state = State::Waiting;
};

} // namespace payops
