#pragma once

#include "models/alerts/alertevaluator.h"
#include "models/alerts/alertreadout.h"
#include "models/metrics/metricssnapshot.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace payops {

class WallWindow;

// Alerts drive the wall (issue 13): a firing alert switches the wall to its service's page and keeps
// it there while it fires; several services are shown together; when the alert resolves the service
// is released (back to the rotation, or still shown as DOWN while it is down: WallWindow).
//
// The rules, the states the recording console persisted (so "since" is the real start of a firing
// that began before the wall started), the acknowledgements and the services' owners are read with
// AlertReadout on a pool thread from the database opened read-only, at start() and every
// `reloadMs` after it, so rules edited in an operator console reach the wall within a minute. The
// wall writes nothing: its own AlertEvaluator is in memory only, the recording console's is the one
// that records and notifies.
//
// Each snapshot is evaluated here on the GUI thread: the evaluator is a flat table and a few
// comparisons per rule, no I/O and no allocation unless something changes (bench_alerts: far below a
// millisecond for the console's rules), cheaper than the wall's own repaint of the same snapshot —
// a thread and a queued hop would cost more than the evaluation.
class WallAlertFocus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallAlertFocus)

public:
    static constexpr qint64 kReloadMs = 60'000;

    // `wall` must outlive this object.
    explicit WallAlertFocus(WallWindow &wall, QObject *parent = nullptr);

    // Reads the database at `path` (read-only) now and every `reloadMs`.
    void start(const QString &path, qint64 reloadMs = kReloadMs);
    // Reads it again now (the timer's job; tests call it after editing a rule).
    void reload();

    [[nodiscard]] const AlertEvaluator &evaluator() const { return m_evaluator; }
    // The services focused for a firing alert, and why (what the wall was told).
    [[nodiscard]] const QHash<QString, QString> &focused() const { return m_focused; }
    // The reason shown for one firing alert, in operator words: rule, value against threshold,
    // since when, acknowledged by whom (or not).
    [[nodiscard]] QString alertText(const AlertInstanceState &state) const;

public Q_SLOTS:
    void evaluate(const payops::MetricsSnapshot &snapshot);

Q_SIGNALS:
    // A reading was applied (the rules, acknowledgements and owners are those of the database now).
    void loaded();
    // The database or part of it could not be read, in words (the wall goes on with what it had).
    void problem(const QString &message);

private:
    struct Read
    {
        AlertReadout readout;
        QString error; // the database could not be opened
    };

    void onRead();
    void updateFocus();

    WallWindow &m_wall;
    QString m_path;
    bool m_restored = false;
    bool m_evaluated = false; // a live snapshot was evaluated: the focus follows live data only
    QFutureWatcher<Read> m_read;
    QTimer m_reload;
    AlertEvaluator m_evaluator;
    QHash<QString, Acknowledgement> m_acks; // AlertReadout::key
    QHash<QString, QString> m_focused;      // service -> reason given to the wall
};

} // namespace payops
