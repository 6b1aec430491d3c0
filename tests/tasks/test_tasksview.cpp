// The Tasks view offscreen over a real SQLite file: the editor's next-run preview and its
// validation, adding a task, "run now" (requested through the desk, run by a TaskEngine as the task
// thread would, its log in the history), remove and undo, and approval by another operator — every
// change read back from the tasks tables and the audit log; blackout windows edited, audited and
// undone; a backup run offered for restore. With PAYOPS_SCREENSHOT_DIR set, the editor and the
// blackout dialogs are also saved there (PAYOPS_SCREENSHOT_THEME light|dark, PAYOPS_SCREENSHOT_LANG
// en|zh_CN): the README's pictures of them.
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "models/storage/databasewriter.h"
#include "models/tasks/taskdesk.h"
#include "models/tasks/taskengine.h"
#include "widgets/tasks/blackoutwindoweditor.h"
#include "widgets/tasks/blackoutwindowsdialog.h"
#include "widgets/tasks/taskeditdialog.h"
#include "tests/support/pictures.h"
#include "widgets/tasks/tasksview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QSpinBox>
#include <QFile>
#include <QMessageBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace payops;
using namespace Qt::StringLiterals;

class TestTasksView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editorPreviewsRunsAndSaysWhatIsWrong();
    void settingsFormAndJsonFollowEachOther();
    void addRunNowHistoryRemoveUndo();
    void approvalNeedsAnotherOperator();
    void blackoutWindowsEditedAuditedAndUndone();
    void backupRunCanBeRestored();

private:
    [[nodiscard]] TaskDefinition echoTask(const QString &name, const QString &text) const;
    [[nodiscard]] QStringList listedNames() const;
    [[nodiscard]] QStringList audit(const QString &action) const;
    void waitForWriter();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseWriter> m_writer;
    std::unique_ptr<TaskDesk> m_desk; // alice's
    std::unique_ptr<TasksView> m_view;
};

void TestTasksView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    m_database = std::make_unique<Database>(options);
    const std::optional<DatabaseError> error = m_database->open(m_dir->filePath(u"payops.db"_s));
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    m_writer = std::make_unique<DatabaseWriter>(*m_database);
    m_desk = std::make_unique<TaskDesk>(*m_database, *m_writer, TaskDesk::Clock(), OsIdentity{u"alice"_s, u"ops-1"_s});
    m_view = std::make_unique<TasksView>(*m_desk);
    m_view->resize(1400, 900);
    m_view->show();
    waitForWriter();
}

void TestTasksView::cleanup()
{
    m_view.reset();
    m_desk.reset();
    m_writer.reset();
    m_database.reset();
    m_dir.reset();
}

void picture(QWidget &widget, const QString &name)
{
    QVERIFY(test::savePicture(widget, name));
}

void TestTasksView::waitForWriter()
{
    // Every job submitted so far (changes, then the reloads they queue) has run and been answered.
    if (m_writer->pendingJobs() > 0) {
        QSignalSpy idle(m_writer.get(), &DatabaseWriter::idle);
        QVERIFY(idle.wait(10'000));
    }
    QCoreApplication::processEvents();
}

TaskDefinition TestTasksView::echoTask(const QString &name, const QString &text) const
{
    TaskDefinition task;
    task.name = name;
    task.kind = TaskDefinition::Kind::Command;
    task.cron = u"30 2 * * *"_s;
    task.timeZone = u"Europe/Berlin"_s;
    task.settings = {{u"program"_s, QStandardPaths::findExecutable(u"echo"_s)}, {u"arguments"_s, QJsonArray{text}}};
    return task;
}

QStringList TestTasksView::listedNames() const
{
    QStringList names;
    const QAbstractItemModel *model = m_view->findChild<QTableView *>(u"taskTable"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data().toString();
    return names;
}

QStringList TestTasksView::audit(const QString &action) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT json_extract(detail, '$.by') || ' ' || detail FROM audit_log WHERE action = ? ORDER BY id"_s);
    q.addBindValue(action);
    [[maybe_unused]] const bool ok = q.exec();
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

void TestTasksView::editorPreviewsRunsAndSaysWhatIsWrong()
{
    TaskEditDialog dialog(echoTask(u"nightly"_s, u"x"_s), true, {u"taken"_s});
    picture(dialog, u"task-editor"_s);
    const QStringList preview = dialog.previewLines();
    QCOMPARE(preview.size(), 10);
    for (const QString &line : preview)
        QVERIFY2(line.contains(u"02:30 (Europe/Berlin)"_s) && line.contains(u"local"_s), qPrintable(line));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());

    dialog.findChild<QLineEdit *>(u"taskCron"_s)->setText(u"61 * * * *"_s);
    QCOMPARE(dialog.previewLines().size(), 1);
    QVERIFY2(dialog.previewLines().constFirst().contains(u"61"_s), qPrintable(dialog.previewLines().constFirst()));
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QLineEdit *>(u"taskCron"_s)->setText(u"@weekly"_s);
    QVERIFY(ok->isEnabled());

    dialog.findChild<QPlainTextEdit *>(u"taskSettings"_s)->setPlainText(u"{ \"program\": "_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.problems().join(u' ').contains(u"JSON"_s), qPrintable(dialog.problems().join(u' ')));
    dialog.findChild<QPlainTextEdit *>(u"taskSettings"_s)->setPlainText(u"{}"_s);
    dialog.findChild<QLineEdit *>(u"taskName"_s)->setText(u"taken"_s);
    QVERIFY2(dialog.problems().join(u' ').contains(u"taken exists already"_s), qPrintable(dialog.problems().join(u' ')));
    QVERIFY(!ok->isEnabled());
}

void TestTasksView::settingsFormAndJsonFollowEachOther()
{
    TaskDefinition task = echoTask(u"dump"_s, u"x"_s);
    task.settings.insert(u"outputCapBytes"_s, 4096); // a key the form does not show
    TaskEditDialog dialog(task, true, {});
    auto *json = dialog.findChild<QPlainTextEdit *>(u"taskSettings"_s);
    auto *program = dialog.findChild<QLineEdit *>(u"setting-program"_s);
    auto *arguments = dialog.findChild<QPlainTextEdit *>(u"setting-arguments"_s);
    auto *environment = dialog.findChild<QPlainTextEdit *>(u"setting-environment"_s);
    QVERIFY(program && arguments && environment);
    QCOMPARE(program->text(), task.settings.value(u"program"_s).toString());
    QCOMPARE(arguments->toPlainText(), u"x"_s);

    // Form → JSON: a list one item a line, NAME=value pairs; the key the form does not show stays.
    arguments->setPlainText(u"--format=custom\n--file={date}.dump"_s);
    environment->setPlainText(u"PGHOST=db.internal\nPGUSER=backup"_s);
    QJsonObject settings = dialog.task().settings;
    QCOMPARE(settings.value(u"arguments"_s).toArray(), (QJsonArray{u"--format=custom"_s, u"--file={date}.dump"_s}));
    QCOMPARE(settings.value(u"environment"_s).toObject(),
             (QJsonObject{{u"PGHOST"_s, u"db.internal"_s}, {u"PGUSER"_s, u"backup"_s}}));
    QCOMPARE(settings.value(u"outputCapBytes"_s).toInt(), 4096);
    QVERIFY(!settings.contains(u"successFile"_s)); // untouched: not added
    QVERIFY(json->toPlainText().contains(u"PGHOST"_s));

    // JSON → form; while the JSON does not parse, the form waits.
    json->setPlainText(u"{\"program\": \"/usr/bin/true\", \"arguments\": [\"a\"]}"_s);
    QCOMPARE(program->text(), u"/usr/bin/true"_s);
    QCOMPARE(arguments->toPlainText(), u"a"_s);
    json->setPlainText(u"{ \"program\": "_s);
    QVERIFY(!program->isEnabled());

    // Another kind, other fields: a backup's numbers, written only when changed.
    json->setPlainText(u"{}"_s);
    auto *kind = dialog.findChild<QComboBox *>(u"taskKind"_s);
    QVERIFY(kind);
    kind->setCurrentIndex(kind->findData(int(TaskDefinition::Kind::Backup)));
    auto *daily = dialog.findChild<QSpinBox *>(u"setting-daily"_s);
    QVERIFY(daily && daily->isEnabled());
    QCOMPARE(daily->value(), 7);
    daily->setValue(14);
    QCOMPARE(dialog.task().settings.value(u"daily"_s).toInt(), 14);
    QCOMPARE(dialog.task().settings.value(u"weekly"_s).toInt(), 4); // the backup template's
    QVERIFY(!dialog.findChild<QLineEdit *>(u"setting-program"_s)); // the command's fields are gone
}

void TestTasksView::addRunNowHistoryRemoveUndo()
{
    m_view->saveTask(echoTask(u"say-hello"_s, u"hello from the task"_s), true);
    waitForWriter();
    QCOMPARE(listedNames(), QStringList{u"say-hello"_s});
    QCOMPARE(m_view->selectedTask()->task.name, u"say-hello"_s);
    QCOMPARE(m_view->selectedTask()->upcomingMs.size(), 7); // daily at 02:30: seven in the coming week
    QCOMPARE(audit(u"task.edited"_s).size(), 1);
    QVERIFY(audit(u"task.edited"_s).constFirst().startsWith(u"alice "_s));

    QSignalSpy wake(m_desk.get(), &TaskDesk::runRequested);
    m_view->runSelectedNow();
    waitForWriter();
    QCOMPARE(wake.size(), 1);
    QCOMPARE(audit(u"task.requested"_s).size(), 1);
    QVERIFY(m_view->selectedTask()->waitingRun.has_value());

    // The task thread's part: run what is due.
    {
        TaskEngine engine(*m_database);
        const TaskScheduler::Report report = engine.scheduler().dispatch(u"say-hello"_s);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.runs.size(), 1);
    }
    m_desk->reload(); // what the console does when the task thread says tasks changed
    waitForWriter();
    auto *runs = m_view->findChild<QTreeWidget *>(u"taskRuns"_s);
    QTRY_COMPARE(runs->topLevelItemCount(), 1);
    QTRY_COMPARE(runs->topLevelItem(0)->text(3), TaskRun::stateTitle(TaskRun::State::Succeeded));
    QTRY_VERIFY(m_view->findChild<QPlainTextEdit *>(u"taskRunLog"_s)->toPlainText().contains(u"hello from the task"_s));
    QVERIFY(m_view->tableText().contains(u"say-hello"_s));

    m_view->removeSelected();
    waitForWriter();
    QCOMPARE(listedNames(), QStringList());
    m_view->undo();
    waitForWriter();
    QCOMPARE(listedNames(), QStringList{u"say-hello"_s});
    QCOMPARE(TaskRepository(*m_database).task(u"say-hello"_s)->settings, echoTask(u"x"_s, u"hello from the task"_s).settings);
}

void TestTasksView::approvalNeedsAnotherOperator()
{
    TaskDesk bob(*m_database, *m_writer, TaskDesk::Clock(), OsIdentity{u"bob"_s, u"ops-2"_s});
    TaskDefinition task = echoTask(u"guarded"_s, u"ok"_s);
    task.needsApproval = true;
    bob.save(task);
    m_desk->reload(); // alice's view learns of bob's task as the console's would, at its next reload
    waitForWriter();
    m_view->showTask(u"guarded"_s);
    m_view->runSelectedNow();
    waitForWriter();
    const std::optional<TaskOverview> selected = m_view->selectedTask();
    QVERIFY(selected && selected->waitingRun);
    QCOMPARE(selected->waitingRun->state, TaskRun::State::WaitingApproval);

    QSignalSpy problems(m_desk.get(), &TaskDesk::problem);
    m_view->approveSelected(); // alice asked for it: not hers to approve
    waitForWriter();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().constFirst().toString().contains(u"another operator"_s),
             qPrintable(problems.constFirst().constFirst().toString()));
    QCOMPARE(TaskRepository(*m_database).run(selected->waitingRun->id)->state, TaskRun::State::WaitingApproval);

    bob.approve(selected->waitingRun->id);
    m_desk->reload();
    waitForWriter();
    QCOMPARE(TaskRepository(*m_database).run(selected->waitingRun->id)->state, TaskRun::State::Pending);
    QCOMPARE(audit(u"task.approved"_s).size(), 1);
    QVERIFY(audit(u"task.approved"_s).constFirst().startsWith(u"bob "_s));
}

void TestTasksView::blackoutWindowsEditedAuditedAndUndone()
{
    // The editor: OK only for a window that can be saved, the reasons in words.
    BlackoutWindow proposal;
    proposal.days = 0x1f;
    proposal.startMinute = 11 * 60;
    proposal.endMinute = 14 * 60;
    proposal.timeZone = u"Asia/Shanghai"_s;
    BlackoutWindowEditor editor(proposal);
    auto *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no name yet
    QCOMPARE(editor.problems().size(), 1);
    if (QLocale().language() == QLocale::English) // the pictures' run may be in Chinese
        QVERIFY2(editor.problems().constFirst().contains(u"name"_s), qPrintable(editor.problems().join(u' ')));
    editor.findChild<QLineEdit *>(u"blackoutName"_s)->setText(u"Lunch peak"_s);
    QVERIFY2(ok->isEnabled(), qPrintable(editor.problems().join(u' ')));
    if (QLocale().language() == QLocale::English)
        QCOMPARE(editor.window().describe(QLocale::c()), u"Mon Tue Wed Thu Fri, 11:00–14:00 (Asia/Shanghai)"_s);
    picture(editor, u"blackout-editor"_s);

    // The list: a save goes through the desk (audited), the listing comes back, undo takes it away.
    BlackoutWindowsDialog dialog(*m_desk, {});
    dialog.save(editor.window());
    waitForWriter();
    QCOMPARE(dialog.windows().size(), 1);
    QCOMPARE(dialog.windows().constFirst().name, u"Lunch peak"_s);
    QVERIFY(dialog.windows().constFirst().id > 0);
    QCOMPARE(TaskRepository(*m_database).blackouts().size(), 1);
    const QStringList edits = audit(u"task.edited"_s);
    QCOMPARE(edits.size(), 1);
    QVERIFY2(edits.constFirst().startsWith(u"alice "_s) && edits.constFirst().contains(u"Lunch peak"_s),
             qPrintable(edits.constFirst()));

    // Edited to evenings, then undone: back to lunch.
    BlackoutWindow evening = dialog.windows().constFirst();
    evening.name = u"Evening peak"_s;
    evening.startMinute = 19 * 60;
    evening.endMinute = 22 * 60;
    dialog.save(evening);
    waitForWriter();
    QCOMPARE(dialog.windows().constFirst().startMinute, 19 * 60);
    BlackoutWindow yearEnd;
    yearEnd.name = u"Year-end freeze"_s;
    yearEnd.dates = {QDate(2026, 12, 31), QDate(2027, 1, 1)};
    yearEnd.endMinute = 24 * 60;
    yearEnd.timeZone = u"Asia/Shanghai"_s;
    dialog.save(yearEnd);
    waitForWriter();
    picture(dialog, u"blackout-windows"_s);
    dialog.undo(); // the year-end freeze
    waitForWriter();
    dialog.undo();
    waitForWriter();
    QCOMPARE(dialog.windows().constFirst().startMinute, 11 * 60);
    QCOMPARE(dialog.windows().constFirst().name, u"Lunch peak"_s);
    // Undoing the addition removes it; the audit log holds all four changes.
    dialog.undo();
    waitForWriter();
    QVERIFY(dialog.windows().isEmpty());
    QVERIFY(TaskRepository(*m_database).blackouts().isEmpty());
    QCOMPARE(audit(u"task.edited"_s).size(), 6);
}

void TestTasksView::backupRunCanBeRestored()
{
    QVERIFY(!TaskRepository(*m_database).installDefaultsOnce(QDateTime::currentMSecsSinceEpoch()));
    m_desk->reload();
    waitForWriter();
    m_view->showTask(u"database-backup"_s);
    QCOMPARE(m_view->selectedTask()->task.kind, TaskDefinition::Kind::Backup);
    {
        TaskEngine engine(*m_database);
        QString error;
        QVERIFY(engine.scheduler().requestRun(u"database-backup"_s, u"alice"_s, &error));
        const TaskScheduler::Report report = engine.scheduler().dispatch(u"database-backup"_s);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    }
    m_desk->reload();
    waitForWriter();
    auto *runs = m_view->findChild<QTreeWidget *>(u"taskRuns"_s);
    QTRY_COMPARE(runs->topLevelItemCount(), 1);
    QAction *restore = nullptr;
    for (QAction *action : m_view->actions()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R))
            restore = action;
    }
    QVERIFY(restore);
    runs->setCurrentItem(nullptr);
    QVERIFY(!restore->isEnabled()); // no run selected
    runs->setCurrentItem(runs->topLevelItem(0));
    QVERIFY(restore->isEnabled());
    const std::optional<TaskRun> run = m_view->selectedRun();
    QVERIFY(run && QFile::exists(run->artifact));

    // Asked first: the question names the backup; only its accept button restores.
    QSignalSpy requested(m_view.get(), &TasksView::restoreRequested);
    restore->trigger();
    auto *box = m_view->findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(run->artifact), qPrintable(box->text()));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(requested.size(), 0);
    QTRY_VERIFY(!m_view->findChild<QMessageBox *>()); // closed and gone
    restore->trigger();
    QTRY_VERIFY(m_view->findChild<QMessageBox *>());
    box = m_view->findChild<QMessageBox *>();
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            button->click();
    }
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toString(), run->artifact);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    test::applyPictureSettings(app);
    TestTasksView test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_tasksview.moc"
