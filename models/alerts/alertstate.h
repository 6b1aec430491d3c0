#pragma once

#include "models/alerts/alertrule.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QtNumeric>

#include <cmath>
#include <optional>

namespace payops {

// Where one alert (a rule, for one service or the total) stands.
//   Inactive  the condition does not hold (or the pending period was cut short)
//   Pending   the condition holds, for less than the rule's `for` so far
//   Firing    it held for `for`; stays until the recovery condition held (clear, keep_firing_for)
//   Resolved  it fired and has recovered; stays so until the condition holds again
//   NoData    the metric has no current value: stale, or its target is down ("no data", never ok)
//   Error     the rule cannot be evaluated (it does not validate, or the value is not a number)
enum class AlertState : quint8 { Inactive, Pending, Firing, Resolved, NoData, Error };

class AlertStates final
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertStates)

public:
    AlertStates() = delete;
    // Stable key ("firing"), stored in the database and printed by payopsctl.
    static QString key(AlertState state);
    static std::optional<AlertState> fromKey(QStringView key);
    // Translated, for display ("Firing").
    static QString title(AlertState state);
    // The state is one an operator must look at (pending, firing, no data, error).
    static bool isActive(AlertState state)
    {
        return state == AlertState::Pending || state == AlertState::Firing || state == AlertState::NoData
            || state == AlertState::Error;
    }
};

// What the evaluator keeps, and persists, per rule and scope (service; empty = the total).
struct AlertInstanceState
{
    QString ruleName;
    QString service;
    AlertState state = AlertState::Inactive;
    qint64 activeSinceMs = 0; // when the condition began to hold (the start of Pending)
    qint64 firedAtMs = 0;     // when it went Firing (0: not firing)
    qint64 clearSinceMs = 0;  // firing, recovered since (keep_firing_for counts from here); 0: not
    double value = qQNaN();   // at the last evaluation (NaN: none)
    qint64 changedMs = 0;     // the last transition
};

// One change of state, as evaluated, persisted (alert_events) and notified.
struct AlertTransition
{
    QString ruleName;
    QString service;
    AlertRule::Severity severity = AlertRule::Severity::Warning;
    AlertState from = AlertState::Inactive;
    AlertState to = AlertState::Inactive;
    qint64 atMs = 0;
    double value = qQNaN();
    double threshold = qQNaN();
    qint64 activeSinceMs = 0;
    qint64 firedAtMs = 0;
    QString summary; // the rule's summary, expanded for this service and value
    bool flapping = false;
};

// An alert as an operator sees it: its state and rule, whether it is flapping, acknowledged, held.
struct Acknowledgement
{
    QString byUser;
    qint64 atMs = 0;
    QString comment;
};

struct ActiveAlert
{
    AlertRule rule;
    AlertInstanceState state;
    bool flapping = false;
    std::optional<Acknowledgement> acknowledgement;
    QString heldBecause; // why notifications are held (silence, maintenance, flapping); empty: not held
};

} // namespace payops

Q_DECLARE_METATYPE(payops::AlertTransition)
Q_DECLARE_METATYPE(payops::ActiveAlert)
