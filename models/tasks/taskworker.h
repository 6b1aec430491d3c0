#pragma once

#include "models/metrics/metricssnapshot.h"
#include "models/tasks/taskscheduler.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

class QTimer;

namespace payops {

class Database;
class TaskEngine;

// The scheduler inside the console. It lives on its own thread (WorkerThread<TaskWorker>,
// "payops-tasks") and every `interval` runs what is due — recover interrupted runs, plan, dispatch —
// synchronously there: a verified backup takes seconds, and neither the GUI nor polling waits for
// it. `payopsctl tasks run-due` does the same while the console is closed; the lock row in the
// database keeps the two from running one task twice.
class TaskWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskWorker)

public:
    explicit TaskWorker(Database &database, std::chrono::milliseconds interval = std::chrono::seconds(20),
                        QObject *parent = nullptr);
    ~TaskWorker() override;

    // Slots (queued): start() installs the default tasks once, runs what is due and starts the timer.
    void start();
    void runDue();

Q_SIGNALS:
    // A run ended (or was skipped or interrupted): "database-backup: finished (ok) in 3.2 s".
    void runEnded(const QString &taskName, const QString &text, bool failed);
    // A pass planned, started, skipped or ended runs: what the Tasks view lists has changed.
    void tasksChanged();
    // After every pass: each enabled task's task_failed and task_overdue (TaskHealth), for the
    // alert rules (the console hands them to AlertWorker::setConsoleValues).
    void healthRead(const QList<payops::MetricValue> &values);
    // Something could not be done, in words.
    void problem(const QString &message);

private:
    Database &m_database;
    std::chrono::milliseconds m_interval;
    std::unique_ptr<TaskEngine> m_engine; // created on the worker's thread (its SQLite connection)
    QTimer *m_timer = nullptr;            // child, on the worker's thread
};

} // namespace payops
