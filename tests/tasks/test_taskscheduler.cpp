// TaskScheduler with an injected clock over a real SQLite file: planning once per fire time,
// blackout windows (wait, skip, dated), approval by another operator, no overlap (skip, queue),
// missed runs (run once, skip), retries with back-off, runs interrupted by a runner that is gone;
// a failed or overdue task raises the shipped task alerts through the AlertWorker.
#include "models/alerts/alertrulejson.h"
#include "models/alerts/alertworker.h"
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "models/tasks/taskhealth.h"
#include "models/tasks/taskrepository.h"
#include "models/tasks/taskscheduler.h"

#include <utility>

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <memory>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// Records what ran; its outcome and what happens while it "runs" are the test's to choose.
class RecordingExecutor final : public TaskExecutor
{
public:
    TaskOutcome execute(const TaskDefinition &task, const TaskRun &run) override
    {
        executed.append(run);
        if (during)
            during(task, run);
        TaskOutcome outcome;
        outcome.succeeded = succeed;
        outcome.summary = succeed ? u"done"_s : u"exit status 3"_s;
        outcome.output = u"output of %1"_s.arg(task.name);
        return outcome;
    }

    QList<TaskRun> executed;
    bool succeed = true;
    std::function<void(const TaskDefinition &, const TaskRun &)> during;
};

} // namespace

class TestTaskScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstPlanningRunsNothing();
    void dueFireTimeRunsOnce();
    void twoSchedulersPlanEachFireTimeOnce();
    void blackoutWaitsForTheEnd();
    void blackoutSkips();
    void changedBlackoutReleasesTheWait();
    void blackoutOnListedDatesOnly();
    void manualRunIgnoresBlackout();
    void approvalNeedsAnotherOperator();
    void approvalBySoleUser();
    void overlapSkips();
    void overlapQueues();
    void missedRunsRunOnce();
    void missedRunsSkipped();
    void shortDelayIsNotMissed();
    void retriesWithBackoff();
    void interruptedRunIsMarked();
    void disabledTaskDoesNotRun();
    void eventsReachTheHook();
    void failedAndOverdueTasksRaiseAlerts();

private:
    TaskDefinition hourly(const QString &name) const;
    std::unique_ptr<TaskScheduler> scheduler(const QString &runner, TaskExecutor &executor,
                                             std::function<QStringList()> users = {});
    void saveAndPlan(TaskDefinition task, qint64 savedAt);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TaskRepository> m_repository;
    qint64 m_now = 0;
};

void TestTaskScheduler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    m_database = std::make_unique<Database>(options);
    const std::optional<DatabaseError> error = m_database->open(m_dir->filePath(u"payops.db"_s));
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(m_database->schemaVersion(), ConsoleSchema::latestVersion());
    m_repository = std::make_unique<TaskRepository>(*m_database);
    m_now = at("2026-06-01T10:30:00Z"); // a Monday
}

void TestTaskScheduler::cleanup()
{
    m_repository.reset();
    m_database.reset();
    m_dir.reset();
}

TaskDefinition TestTaskScheduler::hourly(const QString &name) const
{
    TaskDefinition task;
    task.name = name;
    task.kind = TaskDefinition::Kind::Command;
    task.cron = u"0 * * * *"_s;
    task.timeZone = u"UTC"_s;
    task.owner = u"alice"_s;
    return task;
}

std::unique_ptr<TaskScheduler> TestTaskScheduler::scheduler(const QString &runner, TaskExecutor &executor,
                                                            std::function<QStringList()> users)
{
    TaskScheduler::Options options;
    options.clock = [this] { return m_now; };
    options.runner = runner;
    options.runnerGone = [](const QString &who, qint64) { return who.startsWith(u"gone"_s); };
    options.users = std::move(users);
    return std::make_unique<TaskScheduler>(*m_repository, executor, options);
}

void TestTaskScheduler::saveAndPlan(TaskDefinition task, qint64 savedAt)
{
    task.updatedMs = savedAt;
    const std::optional<QString> error = m_repository->saveTask(task);
    QVERIFY2(!error, error ? qPrintable(*error) : "");
}

void TestTaskScheduler::firstPlanningRunsNothing()
{
    saveAndPlan(hourly(u"t"_s), m_now);
    RecordingExecutor executor;
    const TaskScheduler::Report report = scheduler(u"a:1"_s, executor)->runDue();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(executor.executed.size(), 0);
    QCOMPARE(m_repository->task(u"t"_s)->nextDueMs, at("2026-06-01T11:00:00Z"));
}

void TestTaskScheduler::dueFireTimeRunsOnce()
{
    saveAndPlan(hourly(u"t"_s), m_now);
    RecordingExecutor executor;
    const auto s = scheduler(u"a:1"_s, executor);
    s->runDue();
    m_now = at("2026-06-01T11:00:20Z");
    const TaskScheduler::Report report = s->runDue();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(executor.executed.size(), 1);
    QCOMPARE(executor.executed.constFirst().trigger, TaskRun::Trigger::Schedule);
    QCOMPARE(executor.executed.constFirst().scheduledMs, at("2026-06-01T11:00:00Z"));
    m_now += 30'000;
    s->runDue();
    QCOMPARE(executor.executed.size(), 1); // the same fire time never runs twice
    const QList<TaskRun> history = m_repository->runs(u"t"_s, 10);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.constFirst().state, TaskRun::State::Succeeded);
    QCOMPARE(history.constFirst().output, u"output of t"_s);
    QCOMPARE(history.constFirst().runner, u"a:1"_s);
    QVERIFY(!m_repository->lockHolder(u"t"_s)); // the lock row is gone with the run
    QCOMPARE(m_repository->task(u"t"_s)->nextDueMs, at("2026-06-01T12:00:00Z"));
}

void TestTaskScheduler::twoSchedulersPlanEachFireTimeOnce()
{
    saveAndPlan(hourly(u"t"_s), m_now);
    RecordingExecutor executorA;
    RecordingExecutor executorB;
    const auto a = scheduler(u"a:1"_s, executorA);
    const auto b = scheduler(u"b:2"_s, executorB);
    a->runDue();
    b->runDue();
    m_now = at("2026-06-01T11:00:05Z");
    // Both plan (the second finds the fire time taken), then both dispatch.
    QCOMPARE(a->plan().runs.size(), 1);
    QCOMPARE(b->plan().runs.size(), 0);
    a->dispatch();
    b->dispatch();
    QCOMPARE(executorA.executed.size() + executorB.executed.size(), 1);
    QCOMPARE(m_repository->runs(u"t"_s, 10).size(), 1);
}

void TestTaskScheduler::blackoutWaitsForTheEnd()
{
    BlackoutWindow peak;
    peak.name = u"Lunch peak"_s;
    peak.startMinute = 11 * 60;
    peak.endMinute = 14 * 60;
    peak.timeZone = u"UTC"_s;
    { const std::optional<QString> e = m_repository->saveBlackout(peak); QVERIFY2(!e, e ? qPrintable(*e) : ""); }
    saveAndPlan(hourly(u"t"_s), m_now);
    RecordingExecutor executor;
    const auto s = scheduler(u"a:1"_s, executor);
    s->runDue();
    m_now = at("2026-06-01T11:00:10Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 0);
    TaskRun waiting = m_repository->runs(u"t"_s, 1).constFirst();
    QCOMPARE(waiting.state, TaskRun::State::Pending);
    QCOMPARE(waiting.notBeforeMs, at("2026-06-01T14:00:00Z"));
    QVERIFY2(waiting.note.contains(u"Lunch peak"_s), qPrintable(waiting.note));
    // The 12:00 and 13:00 fire times come while the 11:00 run waits: they do not stack up behind it.
    m_now = at("2026-06-01T13:59:59Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 0);
    m_now = at("2026-06-01T14:00:01Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 1);
    QCOMPARE(executor.executed.constFirst().scheduledMs, at("2026-06-01T11:00:00Z"));
    QVERIFY(executor.executed.constFirst().note.contains(u"Waited for the blackout window"_s));
    const QList<TaskRun> history = m_repository->runs(u"t"_s, 10);
    QCOMPARE(history.size(), 3); // the 11:00 run; 12:00-13:00 (missed while it waited) and 14:00 skipped
    QCOMPARE(history.at(0).state, TaskRun::State::Skipped);
    QVERIFY2(history.at(0).note.contains(u"is still waiting"_s), qPrintable(history.at(0).note));
    QCOMPARE(history.at(1).state, TaskRun::State::Skipped);
    QCOMPARE(history.at(2).state, TaskRun::State::Succeeded);
}

void TestTaskScheduler::blackoutSkips()
{
    BlackoutWindow evening;
    evening.name = u"Evening peak"_s;
    evening.startMinute = 19 * 60;
    evening.endMinute = 22 * 60;
    evening.timeZone = u"Europe/Berlin"_s;
    { const std::optional<QString> e = m_repository->saveBlackout(evening); QVERIFY2(!e, e ? qPrintable(*e) : ""); }
    TaskDefinition task = hourly(u"t"_s);
    task.onBlackout = TaskDefinition::OnBlackout::Skip;
    saveAndPlan(task, m_now);
    RecordingExecutor executor;
    const auto s = scheduler(u"a:1"_s, executor);
    s->runDue();
    // 17:00 UTC is 19:00 in Berlin (CEST): inside.
    m_now = at("2026-06-01T16:59:00Z");
    s->runDue(); // plans afresh after the 11:00..16:00 fire times went by as one missed catch-up
    executor.executed.clear();
    m_now = at("2026-06-01T17:00:30Z");
    const TaskScheduler::Report report = s->runDue();
    QCOMPARE(executor.executed.size(), 0);
    QCOMPARE(report.runs.size(), 2); // planned, then skipped
    const TaskRun skipped = m_repository->runs(u"t"_s, 1).constFirst();
    QCOMPARE(skipped.state, TaskRun::State::Skipped);
    QVERIFY2(skipped.note.contains(u"blackout window \"Evening peak\""_s), qPrintable(skipped.note));
    // 20:00 UTC is 22:00 in Berlin: the window has ended.
    m_now = at("2026-06-01T20:00:30Z");
    s->runDue();
    QVERIFY(!executor.executed.isEmpty());
    QCOMPARE(executor.executed.constLast().scheduledMs, at("2026-06-01T20:00:00Z"));
}

void TestTaskScheduler::blackoutOnListedDatesOnly()
{
    BlackoutWindow sale;
    sale.name = u"Sale day"_s;
    sale.startMinute = 0;
    sale.endMinute = 1440;
    sale.timeZone = u"UTC"_s;
    sale.dates = {QDate(2026, 6, 2)};
    { const std::optional<QString> e = m_repository->saveBlackout(sale); QVERIFY2(!e, e ? qPrintable(*e) : ""); }
    QVERIFY(!sale.occurrenceAt(at("2026-06-01T12:00:00Z")));
    QVERIFY(sale.occurrenceAt(at("2026-06-02T12:00:00Z")));
    QVERIFY(!sale.occurrenceAt(at("2026-06-03T00:00:00Z")));
    TaskDefinition task = hourly(u"t"_s);
    task.onBlackout = TaskDefinition::OnBlackout::Skip;
    saveAndPlan(task, m_now);
    RecordingExecutor executor;
    const auto s = scheduler(u"a:1"_s, executor);
    s->runDue();
    m_now = at("2026-06-01T11:00:10Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 1); // 1 June: not a listed date
    m_now = at("2026-06-02T09:00:00Z");
    s->runDue(); // missed fire times: one catch-up, skipped by the blackout
    m_now = at("2026-06-02T10:00:10Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 1);
    QCOMPARE(m_repository->runs(u"t"_s, 1).constFirst().state, TaskRun::State::Skipped);
}

void TestTaskScheduler::manualRunIgnoresBlackout()
{
    BlackoutWindow always;
    always.name = u"All day"_s;
    always.startMinute = 0;
    always.endMinute = 1440;
    { const std::optional<QString> e = m_repository->saveBlackout(always); QVERIFY2(!e, e ? qPrintable(*e) : ""); }
    saveAndPlan(hourly(u"t"_s), m_now);
    RecordingExecutor executor;
    const auto s = scheduler(u"a:1"_s, executor);
    QString error;
    QVERIFY(s->requestRun(u"t"_s, u"bob"_s, &error));
    s->dispatch();
    QCOMPARE(executor.executed.size(), 1);
    QCOMPARE(executor.executed.constFirst().trigger, TaskRun::Trigger::Manual);
    QVERIFY(!s->requestRun(u"missing"_s, u"bob"_s, &error));
    QVERIFY2(error.contains(u"no task named missing"_s), qPrintable(error));
}

void TestTaskScheduler::approvalNeedsAnotherOperator()
{
    TaskDefinition task = hourly(u"t"_s);
    task.needsApproval = true;
    saveAndPlan(task, m_now);
    RecordingExecutor executor;
    const auto s = scheduler(u"a:1"_s, executor, [] { return QStringList{u"alice"_s, u"bob"_s}; });
    s->runDue();
    m_now = at("2026-06-01T11:00:10Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 0);
    const TaskRun waiting = m_repository->runs(u"t"_s, 1).constFirst();
    QCOMPARE(waiting.state, TaskRun::State::WaitingApproval);
    QCOMPARE(waiting.requestedBy, u"alice"_s);
    const std::optional<QString> refused = s->approve(waiting.id, u"alice"_s);
    QVERIFY(refused);
    QVERIFY2(refused->contains(u"another operator must approve it"_s), qPrintable(*refused));
    m_now += 60'000;
    QVERIFY(!s->approve(waiting.id, u"bob"_s));
    QVERIFY(s->approve(waiting.id, u"bob"_s)); // once only
    s->dispatch();
    QCOMPARE(executor.executed.size(), 1);
    const TaskRun done = *m_repository->run(waiting.id);
    QCOMPARE(done.state, TaskRun::State::Succeeded);
    QCOMPARE(done.approvedBy, u"bob"_s);
    QCOMPARE(done.approvedMs, at("2026-06-01T11:01:10Z"));
}

void TestTaskScheduler::approvalBySoleUser()
{
    TaskDefinition task = hourly(u"t"_s);
    task.needsApproval = true;
    saveAndPlan(task, m_now);
    RecordingExecutor executor;
    const auto s = scheduler(u"a:1"_s, executor); // known users from the tables: alice only
    QString error;
    const std::optional<qint64> id = s->requestRun(u"t"_s, u"alice"_s, &error);
    QVERIFY(id);
    s->dispatch();
    QCOMPARE(executor.executed.size(), 0);
    const std::optional<QString> approved = s->approve(*id, u"alice"_s);
    QVERIFY2(!approved, approved ? qPrintable(*approved) : "");
    s->dispatch();
    QCOMPARE(executor.executed.size(), 1);
}

void TestTaskScheduler::overlapSkips()
{
    saveAndPlan(hourly(u"t"_s), m_now);
    RecordingExecutor executorA;
    RecordingExecutor executorB;
    const auto a = scheduler(u"a:1"_s, executorA);
    const auto b = scheduler(u"b:2"_s, executorB);
    a->runDue();
    TaskScheduler::Report seenByB;
    // While A's 11:00 run is still running at 12:00, B (payopsctl) finds the 12:00 fire time due.
    executorA.during = [&](const TaskDefinition &, const TaskRun &) {
        m_now = at("2026-06-01T12:00:10Z");
        seenByB = b->runDue();
    };
    m_now = at("2026-06-01T11:00:10Z");
    a->runDue();
    QCOMPARE(executorA.executed.size(), 1);
    QCOMPARE(executorB.executed.size(), 0);
    const QList<TaskRun> history = m_repository->runs(u"t"_s, 10);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).state, TaskRun::State::Skipped);
    QCOMPARE(history.at(0).scheduledMs, at("2026-06-01T12:00:00Z"));
    QVERIFY2(history.at(0).note.contains(u"previous run was still running (a:1)"_s), qPrintable(history.at(0).note));
    QCOMPARE(history.at(1).state, TaskRun::State::Succeeded);
}

void TestTaskScheduler::overlapQueues()
{
    TaskDefinition task = hourly(u"t"_s);
    task.onOverlap = TaskDefinition::OnOverlap::Queue;
    saveAndPlan(task, m_now);
    RecordingExecutor executorA;
    RecordingExecutor executorB;
    const auto a = scheduler(u"a:1"_s, executorA);
    const auto b = scheduler(u"b:2"_s, executorB);
    a->runDue();
    // The hook stays installed (clearing it from inside would destroy the running lambda); a flag makes
    // it act once.
    bool overlapped = false;
    executorA.during = [&](const TaskDefinition &, const TaskRun &) {
        if (std::exchange(overlapped, true))
            return;
        m_now = at("2026-06-01T12:00:10Z");
        b->runDue();
    };
    m_now = at("2026-06-01T11:00:10Z");
    a->runDue();
    QCOMPARE(executorB.executed.size(), 0);
    QCOMPARE(m_repository->runs(u"t"_s, 1).constFirst().state, TaskRun::State::Pending); // queued
    m_now = at("2026-06-01T12:01:00Z");
    b->runDue();
    QCOMPARE(executorB.executed.size(), 1);
    QCOMPARE(executorB.executed.constFirst().scheduledMs, at("2026-06-01T12:00:00Z"));
}

void TestTaskScheduler::missedRunsRunOnce()
{
    saveAndPlan(hourly(u"t"_s), m_now);
    RecordingExecutor executor;
    const auto s = scheduler(u"a:1"_s, executor);
    s->runDue();
    // Closed from 10:30 to 15:20: 11:00, 12:00, 13:00, 14:00 and 15:00 were missed.
    m_now = at("2026-06-01T15:20:00Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 1);
    const TaskRun run = executor.executed.constFirst();
    QCOMPARE(run.trigger, TaskRun::Trigger::CatchUp);
    QCOMPARE(run.scheduledMs, at("2026-06-01T15:00:00Z"));
    QVERIFY2(run.note.contains(u"Fire times missed: 5, between 2026-06-01 11:00 UTC and 2026-06-01 15:20 UTC"_s), qPrintable(run.note));
    QVERIFY2(run.note.contains(u"running once now"_s), qPrintable(run.note));
    QCOMPARE(m_repository->task(u"t"_s)->nextDueMs, at("2026-06-01T16:00:00Z"));
    m_now += 60'000;
    s->runDue();
    QCOMPARE(executor.executed.size(), 1);
}

void TestTaskScheduler::missedRunsSkipped()
{
    TaskDefinition task = hourly(u"t"_s);
    task.onMissed = TaskDefinition::OnMissed::Skip;
    saveAndPlan(task, m_now);
    RecordingExecutor executor;
    const auto s = scheduler(u"a:1"_s, executor);
    s->runDue();
    m_now = at("2026-06-03T08:00:00Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 0);
    const TaskRun record = m_repository->runs(u"t"_s, 1).constFirst();
    QCOMPARE(record.state, TaskRun::State::Skipped);
    QCOMPARE(record.trigger, TaskRun::Trigger::CatchUp);
    QVERIFY2(record.note.contains(u"Fire times missed: 46,"_s) && record.note.contains(u"skipped, as the task says"_s),
             qPrintable(record.note));
}

void TestTaskScheduler::shortDelayIsNotMissed()
{
    saveAndPlan(hourly(u"t"_s), m_now);
    RecordingExecutor executor;
    const auto s = scheduler(u"a:1"_s, executor);
    s->runDue();
    m_now = at("2026-06-01T11:04:00Z"); // within the five-minute grace: the timer was just late
    s->runDue();
    QCOMPARE(executor.executed.size(), 1);
    QCOMPARE(executor.executed.constFirst().trigger, TaskRun::Trigger::Schedule);
}

void TestTaskScheduler::retriesWithBackoff()
{
    TaskDefinition task = hourly(u"t"_s);
    task.maxRetries = 2;
    task.retryBackoffSeconds = 60;
    saveAndPlan(task, m_now);
    RecordingExecutor executor;
    executor.succeed = false;
    const auto s = scheduler(u"a:1"_s, executor);
    s->runDue();
    m_now = at("2026-06-01T11:00:30Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 1);
    m_now = at("2026-06-01T11:01:29Z"); // back-off 60 s not over
    s->runDue();
    QCOMPARE(executor.executed.size(), 1);
    m_now = at("2026-06-01T11:01:31Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 2);
    QCOMPARE(executor.executed.at(1).trigger, TaskRun::Trigger::Retry);
    QCOMPARE(executor.executed.at(1).attempt, 2);
    m_now = at("2026-06-01T11:03:30Z"); // doubled: 120 s after 11:01:31
    s->runDue();
    QCOMPARE(executor.executed.size(), 2);
    m_now = at("2026-06-01T11:03:32Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 3);
    QCOMPARE(executor.executed.at(2).attempt, 3);
    m_now = at("2026-06-01T11:30:00Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 3); // two retries, no more
    const QList<TaskRun> history = m_repository->runs(u"t"_s, 10);
    QCOMPARE(history.size(), 3);
    for (const TaskRun &run : history)
        QCOMPARE(run.state, TaskRun::State::Failed);
    QVERIFY2(history.at(0).note.contains(u"Attempt 3 of 3, 120 s after attempt 2 failed"_s), qPrintable(history.at(0).note));
}

void TestTaskScheduler::interruptedRunIsMarked()
{
    saveAndPlan(hourly(u"t"_s), m_now);
    RecordingExecutor executor;
    const auto later = scheduler(u"a:1"_s, executor);
    // A leftover: a running run and its lock row from a runner that is gone (crashed).
    TaskRun orphan;
    orphan.taskName = u"t"_s;
    orphan.state = TaskRun::State::Pending;
    orphan.scheduledMs = m_now;
    QString error;
    orphan.id = *m_repository->addRun(orphan, &error);
    QVERIFY(*m_repository->claimRun(orphan, u"gone:7"_s, m_now, m_now + 3'600'000,
                                    [](const QString &, qint64) { return false; }, &error));
    m_now += 60'000;
    const TaskScheduler::Report report = later->recoverInterrupted();
    QCOMPARE(report.runs.size(), 1);
    const TaskRun marked = *m_repository->run(orphan.id);
    QCOMPARE(marked.state, TaskRun::State::Interrupted);
    QVERIFY2(marked.note.contains(u"gone:7"_s), qPrintable(marked.note));
    QCOMPARE(marked.finishedMs, m_now);
    QVERIFY(!m_repository->lockHolder(u"t"_s));
    // A live runner's run is left alone.
    orphan.id = *m_repository->addRun(orphan, &error);
    QVERIFY(*m_repository->claimRun(orphan, u"b:2"_s, m_now, m_now + 3'600'000,
                                    [](const QString &, qint64) { return false; }, &error));
    QCOMPARE(later->recoverInterrupted().runs.size(), 0);
    QCOMPARE(m_repository->run(orphan.id)->state, TaskRun::State::Running);
    // ... until its lock expires.
    m_now += 3'600'001;
    QCOMPARE(later->recoverInterrupted().runs.size(), 1);
}

void TestTaskScheduler::disabledTaskDoesNotRun()
{
    saveAndPlan(hourly(u"t"_s), m_now);
    RecordingExecutor executor;
    const auto s = scheduler(u"a:1"_s, executor);
    s->runDue();
    QVERIFY(!m_repository->setEnabled(u"t"_s, false, m_now));
    m_now = at("2026-06-01T14:00:10Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 0);
    // Enabled again: planned afresh, the fire times while disabled are not "missed".
    QVERIFY(!m_repository->setEnabled(u"t"_s, true, m_now));
    s->runDue();
    QCOMPARE(executor.executed.size(), 0);
    QCOMPARE(m_repository->task(u"t"_s)->nextDueMs, at("2026-06-01T15:00:00Z"));
    QVERIFY(m_repository->setEnabled(u"nothing"_s, true, m_now));
}

void TestTaskScheduler::eventsReachTheHook()
{
    TaskDefinition task = hourly(u"t"_s);
    task.needsApproval = true;
    saveAndPlan(task, m_now);
    RecordingExecutor executor;
    executor.succeed = false;
    const auto s = scheduler(u"a:1"_s, executor, [] { return QStringList{u"alice"_s, u"bob"_s}; });
    QList<TaskEvent> events;
    s->setEventHook([&events](const TaskEvent &event) { events.append(event); });
    QString error;
    const std::optional<qint64> id = s->requestRun(u"t"_s, u"alice"_s, &error);
    QVERIFY(!s->approve(*id, u"bob"_s));
    s->dispatch();
    s->recordEdit(u"t"_s, u"bob"_s, u"schedule changed to @daily"_s);
    QList<TaskEvent::Kind> kinds;
    for (const TaskEvent &event : events)
        kinds << event.kind;
    QCOMPARE(kinds, (QList<TaskEvent::Kind>{TaskEvent::Kind::Requested, TaskEvent::Kind::Approved, TaskEvent::Kind::Started,
                                            TaskEvent::Kind::Finished, TaskEvent::Kind::Edited}));
    QCOMPARE(events.at(1).who, u"bob"_s);
    QVERIFY(events.at(3).failed);
}

QTEST_GUILESS_MAIN(TestTaskScheduler)

void TestTaskScheduler::failedAndOverdueTasksRaiseAlerts()
{
    // The console's wiring on one thread: after each pass the task health goes to the AlertWorker,
    // which evaluates it with the next snapshot under the shipped task rules.
    const AlertRuleJson::Result rules = AlertRuleJson::load(AlertRuleJson::taskDefaultsPath());
    QVERIFY2(rules.ok(), qPrintable(rules.errors.join(u"; "_s)));
    AlertWorker alerts(*m_database, [this] { return m_now; });
    alerts.start();
    alerts.setRules(rules.rules);
    QSignalSpy transitions(&alerts, &AlertWorker::transitioned);
    QList<AlertTransition> seen;
    const auto pass = [&](TaskScheduler &scheduler) {
        scheduler.runDue();
        QString error;
        alerts.setConsoleValues(TaskHealth::read(*m_repository, m_now, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MetricsSnapshot snapshot; // the services' values: none here
        snapshot.timestampMs = m_now;
        transitions.clear();
        alerts.evaluate(snapshot);
        seen.clear();
        for (const QList<QVariant> &signal : std::as_const(transitions))
            seen += signal.at(0).value<QList<AlertTransition>>();
    };
    const auto firing = [&](const QString &rule, const QString &task) {
        for (const ActiveAlert &alert : alerts.activeAlerts()) {
            if (alert.state.ruleName == rule && alert.state.service == task)
                return alert.state.state == AlertState::Firing;
        }
        return false;
    };

    TaskDefinition dump = hourly(u"nightly-dump"_s);
    saveAndPlan(dump, m_now);
    TaskDefinition review = hourly(u"review"_s);
    review.needsApproval = true;
    saveAndPlan(review, m_now);
    RecordingExecutor executor;
    executor.succeed = false;
    const auto s = scheduler(u"a:1"_s, executor, [] { return QStringList{u"alice"_s, u"bob"_s}; });
    pass(*s); // plans: nothing has run, nothing is late
    QVERIFY(!firing(u"TaskFailed"_s, u"nightly-dump"_s));

    m_now = at("2026-06-01T11:00:30Z");
    pass(*s); // the dump runs and fails; the review waits for its approval
    QVERIFY(firing(u"TaskFailed"_s, u"nightly-dump"_s));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.constFirst().summary, u"Scheduled task nightly-dump failed"_s);
    QVERIFY(!firing(u"TaskFailed"_s, u"review"_s));
    QVERIFY(!firing(u"TaskOverdue"_s, u"review"_s));

    m_now = at("2026-06-01T11:29:00Z"); // due 29 min ago: not yet late (the line is 30 min)
    pass(*s);
    QVERIFY(!firing(u"TaskOverdue"_s, u"review"_s));
    m_now = at("2026-06-01T11:31:00Z");
    pass(*s);
    QVERIFY(firing(u"TaskOverdue"_s, u"review"_s));
    QCOMPARE(seen.size(), 1);
    QVERIFY2(seen.constFirst().summary.startsWith(u"Scheduled task review is 31"_s), qPrintable(seen.constFirst().summary));

    // Approved, the review runs; the next dump succeeds.
    QVERIFY(!s->approve(m_repository->waitingRun(u"review"_s)->id, u"bob"_s));
    executor.succeed = true;
    m_now = at("2026-06-01T12:00:30Z");
    pass(*s);
    QVERIFY(!firing(u"TaskFailed"_s, u"nightly-dump"_s)); // resolved by the success
    QVERIFY(!firing(u"TaskOverdue"_s, u"review"_s));
    QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [](const AlertTransition &t) {
        return t.ruleName == u"TaskFailed"_s && t.service == u"nightly-dump"_s && t.to == AlertState::Resolved;
    }));

    // A disabled task says nothing: its alert has no data and is not firing.
    QVERIFY(!m_repository->setEnabled(u"nightly-dump"_s, false, m_now));
    QString error;
    for (const MetricValue &value : TaskHealth::read(*m_repository, m_now, &error))
        QVERIFY(value.service != u"nightly-dump"_s);
}

void TestTaskScheduler::changedBlackoutReleasesTheWait()
{
    BlackoutWindow peak;
    peak.name = u"Lunch peak"_s;
    peak.startMinute = 11 * 60;
    peak.endMinute = 14 * 60;
    peak.timeZone = u"UTC"_s;
    QVERIFY(!m_repository->saveBlackout(peak));
    saveAndPlan(hourly(u"t"_s), m_now);
    RecordingExecutor executor;
    const auto s = scheduler(u"a:1"_s, executor);
    s->runDue();
    m_now = at("2026-06-01T11:00:10Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 0); // waits for 14:00
    // Shortened to end at 11:30: the run is held again, to the new end, not to 14:00.
    peak.endMinute = 11 * 60 + 30;
    QVERIFY(!m_repository->saveBlackout(peak));
    m_now = at("2026-06-01T11:05:00Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 0);
    QCOMPARE(m_repository->waitingRun(u"t"_s)->notBeforeMs, at("2026-06-01T11:30:00Z"));
    // Removed: the run starts at the next pass.
    QVERIFY(!m_repository->removeBlackout(peak.id));
    m_now = at("2026-06-01T11:06:00Z");
    s->runDue();
    QCOMPARE(executor.executed.size(), 1);
    QCOMPARE(executor.executed.constFirst().scheduledMs, at("2026-06-01T11:00:00Z"));
}

#include "test_taskscheduler.moc"
