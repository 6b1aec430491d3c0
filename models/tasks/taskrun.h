#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace payops {

// One run of a task, or one decision not to run it (a skipped run, with the reason in `note`).
struct TaskRun
{
    Q_DECLARE_TR_FUNCTIONS(payops::TaskRun)

public:
    enum class Trigger {
        Schedule, // its fire time came
        CatchUp,  // fire times were missed while nothing ran; run once at the next start
        Manual,   // an operator asked for it ("run now")
        Retry,    // the previous attempt failed
    };
    enum class State {
        WaitingApproval, // needs an operator other than the requester
        Pending,         // due; runs when no blackout, no other run and its not-before time allow
        Running,
        Succeeded,
        Failed,
        Skipped,     // not run: blackout, overlap, missed; `note` says which
        Interrupted, // the process running it ended without finishing (a crash, a kill)
    };

    qint64 id = 0;
    QString taskName;
    Trigger trigger = Trigger::Schedule;
    int attempt = 1;
    State state = State::Pending;
    qint64 scheduledMs = 0; // the fire time (or the request time of a manual run)
    qint64 notBeforeMs = 0; // waits until then (a blackout's end, a retry's back-off)
    QString requestedBy;
    QString approvedBy;
    qint64 approvedMs = 0;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    QString runner; // "host:pid" of the process that ran it
    QString summary; // the result in one line
    QString note;    // why it waited, was skipped or was interrupted
    QString output;  // the log (stdout, stderr), capped
    QString artifact; // the backup or report it produced (a path)

    [[nodiscard]] qint64 durationMs() const { return startedMs > 0 && finishedMs >= startedMs ? finishedMs - startedMs : 0; }
    [[nodiscard]] bool isFinished() const;

    [[nodiscard]] static QString triggerKey(Trigger trigger);
    [[nodiscard]] static std::optional<Trigger> triggerFromKey(const QString &key);
    [[nodiscard]] static QString triggerTitle(Trigger trigger);
    [[nodiscard]] static QString stateKey(State state);
    [[nodiscard]] static std::optional<State> stateFromKey(const QString &key);
    [[nodiscard]] static QString stateTitle(State state);
};

} // namespace payops
