#include "models/tasks/taskworker.h"

#include "models/tasks/taskengine.h"
#include "models/tasks/taskhealth.h"

#include <QDateTime>
#include <QTimer>

namespace payops {

TaskWorker::TaskWorker(Database &database, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_interval(interval)
{
}

TaskWorker::~TaskWorker() = default;

void TaskWorker::start()
{
    if (m_engine)
        return;
    m_engine = std::make_unique<TaskEngine>(m_database);
    if (const std::optional<QString> error = m_engine->repository().installDefaultsOnce(QDateTime::currentMSecsSinceEpoch()))
        Q_EMIT problem(*error);
    m_engine->setEventListener([this](const TaskEvent &event) {
        if (event.kind == TaskEvent::Kind::Started)
            Q_EMIT tasksChanged(); // the Tasks view shows it running
        if (event.kind == TaskEvent::Kind::Finished || event.kind == TaskEvent::Kind::Interrupted
            || (event.kind == TaskEvent::Kind::Skipped && event.failed))
            Q_EMIT runEnded(event.taskName, event.text, event.failed);
    });
    m_timer = new QTimer(this);
    m_timer->setInterval(m_interval);
    connect(m_timer, &QTimer::timeout, this, &TaskWorker::runDue);
    m_timer->start();
    runDue();
    Q_EMIT tasksChanged(); // the defaults are installed and planned
}

void TaskWorker::runDue()
{
    if (!m_engine)
        return;
    const TaskScheduler::Report report = m_engine->scheduler().runDue();
    if (!report.runs.isEmpty())
        Q_EMIT tasksChanged();
    for (const QString &message : report.problems + m_engine->takeAuditProblems())
        Q_EMIT problem(message);
    QString error;
    const QList<MetricValue> health = TaskHealth::read(m_engine->repository(), QDateTime::currentMSecsSinceEpoch(), &error);
    if (error.isEmpty())
        Q_EMIT healthRead(health);
    else
        Q_EMIT problem(tr("Cannot tell whether the scheduled tasks are healthy: %1").arg(error));
}

} // namespace payops
