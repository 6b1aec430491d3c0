// The Alerts view over the real engine: a real SQLite file, the DatabaseWriter, the AlertWorker on
// its own thread with an injected clock, snapshots fed as the console feeds them. Offscreen.
#include "models/alerts/activealertsmodel.h"
#include "models/alerts/alertrulerepository.h"
#include "models/alerts/alertsdesk.h"
#include "models/alerts/alertworker.h"
#include "models/consoleschema.h"
#include "models/core/workerthread.h"
#include "models/metrics/historyfilereader.h"
#include "models/metrics/historystore.h"
#include "models/metrics/serieskey.h"
#include "models/storage/database.h"
#include "models/storage/databasewriter.h"
#include "widgets/alerts/alertfilterproxy.h"
#include "widgets/alerts/alertnotifier.h"
#include "widgets/alerts/alertsview.h"
#include "widgets/alerts/ruleeditdialog.h"
#include "widgets/alerts/silencedialog.h"
#include "widgets/dashboard/dashboardthresholds.h"

#include "alertsnapshots.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace payops;
using namespace alerttest;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kBackend = u"payment_backend"_s;
const QString kGateway = u"payment_gateway"_s;

// A healthy cycle for both services, with the backend's p95 and the gateway's `up` as given.
MetricsSnapshot cycle(qint64 at, double backendP95, bool gatewayUp = true)
{
    SnapshotBuilder builder(at);
    builder.up(kBackend).value(u"latency_p95"_s, kBackend, backendP95).value(u"failure_ratio"_s, kBackend, 0.001);
    if (gatewayUp)
        builder.up(kGateway).value(u"latency_p95"_s, kGateway, 0.1);
    else
        builder.down(kGateway);
    return builder;
}

} // namespace

class TestAlertsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsAlertsBySeverityWithFilters();
    void acknowledgesAsTheOsUser();
    void silencesFromTheSelectedAlert();
    void rulesDisableAndUndo();
    void ruleEditorValidatesAndPreviews();
    void previewReplaysRecordedHistory();
    void troubleshootAndPlaybookSignals();
    void historyListsTransitions();
    void notifierWithoutTrayOrAudio();
    void thresholdLinesComeFromTheRules();

private:
    void feed(const MetricsSnapshot &snapshot);
    void fireBoth(); // backend p95 critical (> 2 s for 5 min) and gateway down (1 min)

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseWriter> m_writer;
    std::unique_ptr<WorkerThread<AlertWorker>> m_worker;
    std::unique_ptr<AlertsDesk> m_desk;
    std::unique_ptr<AlertsView> m_view;
    std::shared_ptr<std::atomic<qint64>> m_now = std::make_shared<std::atomic<qint64>>(kT0);
};

void TestAlertsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    m_database = std::make_unique<Database>(options);
    QVERIFY(!m_database->open(m_dir->filePath(u"payops.db"_s)));
    QVERIFY(AlertRuleRepository(*m_database).importShippedDefaultsOnce().ok());
    m_database->releaseConnection();
    m_now->store(kT0);
    m_writer = std::make_unique<DatabaseWriter>(*m_database);
    auto now = m_now;
    m_worker = std::make_unique<WorkerThread<AlertWorker>>(u"payops-alerts"_s, *m_database,
                                                           AlertWorker::Clock([now] { return now->load(); }),
                                                           AlertEvaluator::Options{}, u"nadia"_s);
    m_desk = std::make_unique<AlertsDesk>(*m_database, *m_writer);
    m_desk->attachWorker(m_worker->worker());
    QMetaObject::invokeMethod(m_worker->worker(), &AlertWorker::start);
    m_view = std::make_unique<AlertsView>(*m_desk, [now] { return now->load(); });
    m_view->setServices({kBackend, kGateway});
    m_view->resize(1400, 800);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->rulesTable()->model()->rowCount(), 12, 20'000); // 10 on services, 2 on tasks
}

void TestAlertsView::cleanup()
{
    m_view.reset();
    m_desk.reset();
    m_worker.reset();
    m_writer.reset();
    m_database.reset();
    m_dir.reset();
}

void TestAlertsView::feed(const MetricsSnapshot &snapshot)
{
    m_now->store(snapshot.timestampMs);
    QMetaObject::invokeMethod(m_worker->worker(), [worker = m_worker->worker(), snapshot] { worker->evaluate(snapshot); });
}

void TestAlertsView::fireBoth()
{
    // 6 minutes: p95 3 s on the backend all along (critical after 5 min), gateway down from minute 2.
    for (int s = 0; s <= 6 * 60; s += 15)
        feed(cycle(kT0 + s * 1000, 3.0, s < 120));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->alertsModel()->firingCount() >= 3, 20'000);
}

void TestAlertsView::showsAlertsBySeverityWithFilters()
{
    fireBoth();
    ActiveAlertsModel *model = m_view->alertsModel();
    // Critical first: ServiceDown and ResponseTimeP95Critical, then the warning.
    QCOMPARE(model->data(model->index(0, ActiveAlertsModel::SeverityColumn), ActiveAlertsModel::SeverityKeyRole).toString(),
             u"critical"_s);
    int lastCritical = -1, firstWarning = model->rowCount();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString severity = model->data(model->index(row, 0), ActiveAlertsModel::SeverityKeyRole).toString();
        if (severity == u"critical"_s)
            lastCritical = row;
        else
            firstWarning = std::min(firstWarning, row);
    }
    QVERIFY(lastCritical < firstWarning);

    // State in words and in colour: a firing critical row's state is coloured, readably.
    QAbstractItemModel *shown = m_view->alertsTable()->model();
    const QModelIndex state = shown->index(0, ActiveAlertsModel::StateColumn);
    QCOMPARE(shown->data(state).toString(), AlertStates::title(AlertState::Firing));
    QVERIFY(shown->data(state, Qt::ForegroundRole).value<QColor>().isValid());

    // Filters: severity, then text.
    AlertFilterProxy *filter = m_view->filter();
    filter->setSeverity(u"warning"_s);
    QVERIFY(shown->rowCount() >= 1);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, 0).data(ActiveAlertsModel::SeverityKeyRole).toString(), u"warning"_s);
    filter->setSeverity({});
    filter->setText(u"ServiceDown"_s);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(ActiveAlertsModel::ServiceRole).toString(), kGateway);
    filter->setText(u"no such thing"_s);
    QCOMPARE(shown->rowCount(), 0);
}

void TestAlertsView::acknowledgesAsTheOsUser()
{
    fireBoth();
    m_view->filter()->setText(u"ServiceDown"_s);
    m_view->alertsTable()->setCurrentIndex(m_view->alertsTable()->model()->index(0, 0));
    // The A key on the table asks for a comment (a prompt the test answers) and acknowledges.
    m_view->setCommentPrompt([](const QString &) { return std::optional<QString>(u"restarting the gateway"_s); });
    m_view->alertsTable()->setFocus();
    QTest::keyClick(m_view->alertsTable(), Qt::Key_A);
    ActiveAlertsModel *model = m_view->alertsModel();
    const auto ackOf = [model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->data(model->index(row, 0), ActiveAlertsModel::RuleNameRole).toString() == u"ServiceDown"_s)
                return model->data(model->index(row, ActiveAlertsModel::AcknowledgedColumn)).toString();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(ackOf(), u"nadia"_s, 20'000);
    // It is stored: a second engine on the same file sees it.
    QTRY_VERIFY_WITH_TIMEOUT(!AlertHistoryStore(*m_database).acknowledgements().isEmpty(), 10'000);
    const Acknowledgement ack = AlertHistoryStore(*m_database).acknowledgements().values().constFirst();
    QCOMPARE(ack.comment, u"restarting the gateway"_s);
    m_database->releaseConnection();
}

void TestAlertsView::silencesFromTheSelectedAlert()
{
    fireBoth();
    SilenceDialog dialog({u"ServiceDown"_s}, {kGateway}, m_now->load());
    QVERIFY(!dialog.problems().isEmpty()); // no matcher, no reason
    dialog.setMatcher(AlertMatcher{u"ServiceDown"_s, kGateway, std::nullopt});
    QVERIFY(!dialog.problems().isEmpty()); // still no reason
    dialog.setReason(u"gateway migration"_s);
    dialog.setDurationMinutes(120);
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u"; "_s)));
    const AlertSilence silence = dialog.silence();
    QCOMPARE(silence.endsMs - silence.startsMs, 120 * 60'000LL);
    m_desk->addSilence(silence);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->silencesTable()->model()->rowCount(), 1, 20'000);
    QCOMPARE(m_view->silencesTable()->model()->index(0, 3).data().toString(), u"nadia"_s);
    // The silenced alert says why it is quiet.
    feed(cycle(m_now->load() + 15'000, 3.0, false));
    ActiveAlertsModel *model = m_view->alertsModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        [model] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->data(model->index(row, 0), ActiveAlertsModel::RuleNameRole).toString() == u"ServiceDown"_s)
                    return !model->data(model->index(row, 0), ActiveAlertsModel::HeldRole).toString().isEmpty();
            }
            return false;
        }(),
        20'000);
    // Expire it.
    m_view->silencesTable()->setCurrentIndex(m_view->silencesTable()->model()->index(0, 0));
    m_desk->expireSilence(m_desk->silences().constFirst().id);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->silencesTable()->model()->rowCount(), 0, 20'000);
}

void TestAlertsView::rulesDisableAndUndo()
{
    QAbstractItemModel *rules = m_view->rulesTable()->model();
    int row = -1;
    for (int r = 0; r < rules->rowCount(); ++r) {
        if (rules->index(r, 1).data().toString() == u"ProcessCpuWarning"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(rules->index(row, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    m_view->setRuleEnabled(u"ProcessCpuWarning"_s, false);
    const auto enabledInDatabase = [this] {
        for (const AlertRule &rule : AlertRuleRepository(*m_database).list().rules) {
            if (rule.name == u"ProcessCpuWarning"_s)
                return rule.enabled;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!enabledInDatabase(), 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(rules->index(row, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked), 20'000);
    // Removing one and undoing twice brings both back as they were.
    m_view->removeRule(u"HostMemoryWarning"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rules->rowCount(), 11, 20'000);
    QVERIFY(m_view->undoAction()->isEnabled());
    m_view->undo();
    QTRY_COMPARE_WITH_TIMEOUT(rules->rowCount(), 12, 20'000);
    m_view->undo();
    QTRY_VERIFY_WITH_TIMEOUT(enabledInDatabase(), 20'000);
    QVERIFY(!m_view->undoAction()->isEnabled());
    m_database->releaseConnection();
}

void TestAlertsView::ruleEditorValidatesAndPreviews()
{
    AlertRule rule = m_desk->rules().constFirst();
    RuleEditDialog dialog(rule, false, {kBackend}, {}, nullptr);
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u"; "_s)));
    QCOMPARE(dialog.rule().threshold, rule.threshold);
    // A new rule may not reuse a name.
    RuleEditDialog duplicate(rule, true, {kBackend}, {rule.name}, nullptr);
    QVERIFY(!duplicate.problems().isEmpty());

    // The scope speaks of services, and of scheduled tasks for a rule on a task metric.
    const auto eachWord = [](const RuleEditDialog &editor) {
        for (const QComboBox *box : editor.findChildren<QComboBox *>()) {
            const int each = box->findData(AlertRule::scopeKey(AlertRule::Scope::EachService));
            if (each >= 0)
                return box->itemText(each);
        }
        return QString();
    };
    QCOMPARE(eachWord(dialog), RuleEditDialog::tr("each service separately"));
    AlertRule taskRule = rule;
    taskRule.metric = DerivedMetricId::TaskFailed;
    const RuleEditDialog taskEditor(taskRule, false, {kBackend}, {}, nullptr);
    QCOMPARE(eachWord(taskEditor), RuleEditDialog::tr("each task separately"));

    // The preview of a rule on the history: without a history source, it says so in words.
    QSignalSpy ready(m_desk.get(), &AlertsDesk::previewReady);
    m_desk->previewRule(rule, m_now->load());
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10'000);
    QVERIFY(!ready.at(0).at(0).value<AlertRulePreview::Result>().error.isEmpty());
}

void TestAlertsView::previewReplaysRecordedHistory()
{
    // An hour recorded in the real history file: the backend's p95 at 1 s for 12 minutes (40 to 28
    // minutes ago), 0.3 s otherwise; the gateway's at 0.1 s throughout. One sample every 10 s.
    {
        HistoryStore store;
        QVERIFY(!store.open(*m_database));
        const int backend = store.seriesId(SeriesKey(DerivedMetricId::LatencyP95, kBackend).toString()).id;
        const int gateway = store.seriesId(SeriesKey(DerivedMetricId::LatencyP95, kGateway).toString()).id;
        QVERIFY(backend > 0 && gateway > 0);
        for (qint64 t = kT0 - 60 * 60'000; t <= kT0; t += 10'000) {
            const bool slow = t >= kT0 - 40 * 60'000 && t < kT0 - 28 * 60'000;
            QVERIFY(!store.append({{backend, t, slow ? 1.0 : 0.3}, {gateway, t, 0.1}}));
        }
    }
    m_database->releaseConnection();
    WorkerThread<HistoryFileReader> history(u"history"_s, *m_database);
    m_desk->setHistorySource(history.worker());
    m_desk->setServices({kBackend, kGateway});
    const QList<AlertRule> rules = m_desk->rules();
    const auto p95Warning = std::find_if(rules.cbegin(), rules.cend(), [](const AlertRule &rule) {
        return rule.metric == DerivedMetricId::LatencyP95 && rule.severity == AlertRule::Severity::Warning;
    });
    QVERIFY(p95Warning != rules.cend());

    // The shipped rule (> 800 ms for 5 min, clears below 700 ms after 1 min more): fired 35 minutes
    // ago, once, on the backend only, and resolved 27 minutes ago -- 8 minutes firing.
    QSignalSpy ready(m_desk.get(), &AlertsDesk::previewReady);
    m_desk->previewRule(*p95Warning, kT0);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10'000);
    const auto result = ready.at(0).at(0).value<AlertRulePreview::Result>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.fired, 1);
    QCOMPARE(result.servicesFired, 1);
    QCOMPARE(result.samples, 2 * 361);
    QVERIFY2(std::abs(result.firingMs - 8 * 60'000) <= 10'000, qPrintable(QString::number(result.firingMs)));
    m_desk->setHistorySource(nullptr); // before the reader goes
}

void TestAlertsView::troubleshootAndPlaybookSignals()
{
    fireBoth();
    QSignalSpy troubleshoot(m_view.get(), &AlertsView::troubleshootRequested);
    QSignalSpy playbook(m_view.get(), &AlertsView::playbookRequested);
    m_view->showAlert(u"ResponseTimeP95Critical"_s, kBackend);
    QCOMPARE(m_view->selectedAlert(), std::make_pair(u"ResponseTimeP95Critical"_s, kBackend));
    QTest::keyClick(m_view->alertsTable(), Qt::Key_T);
    QCOMPARE(troubleshoot.size(), 1);
    QCOMPARE(troubleshoot.at(0).at(0).toString(), kBackend);
    QCOMPARE(troubleshoot.at(0).at(1).toString(), u"long-response-time"_s);
    QTest::keyClick(m_view->alertsTable(), Qt::Key_P);
    QCOMPARE(playbook.size(), 1);
    QCOMPARE(playbook.at(0).at(0).toString(), u"long-response-time"_s);
}

void TestAlertsView::historyListsTransitions()
{
    fireBoth();
    m_view->tabs()->setCurrentIndex(1); // History: read when shown
    QTRY_VERIFY_WITH_TIMEOUT(m_view->historyTable()->model()->rowCount() >= 4, 20'000);
    // Newest first.
    QAbstractItemModel *history = m_view->historyTable()->model();
    QVERIFY(history->index(0, 0).data().toString() >= history->index(history->rowCount() - 1, 0).data().toString());
}

void TestAlertsView::notifierWithoutTrayOrAudio()
{
    // No tray and no audio device here (offscreen): notifications still come, sounds are "played"
    // (asked of QSoundEffect), critical repeats until acknowledged, and muting stops it.
    AlertNotifier notifier(*m_desk, [this] { return m_now->load(); }, false);
    notifier.setRepeatInterval(50);
    QVERIFY(!notifier.hasTray());
    fireBoth();
    QTRY_VERIFY_WITH_TIMEOUT(notifier.soundsPlayed().contains(u"critical"_s), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(notifier.worstSeverity() == AlertRule::Severity::Critical, 20'000);
    QVERIFY(notifier.trayToolTip().contains(u"firing"_s));
    const qsizetype before = notifier.soundsPlayed().size();
    QTRY_VERIFY_WITH_TIMEOUT(notifier.soundsPlayed().size() > before + 1, 10'000); // repeating
    notifier.muteFor(60'000);
    QVERIFY(notifier.isMuted());
    QTest::qWait(200);
    const qsizetype muted = notifier.soundsPlayed().size();
    QTest::qWait(200);
    QCOMPARE(notifier.soundsPlayed().size(), muted);
    // The icon exists for every severity (a tray that appears later gets it).
    QVERIFY(!AlertNotifier::iconFor(AlertRule::Severity::Critical, 3).isNull());
}

void TestAlertsView::thresholdLinesComeFromTheRules()
{
    // The shipped rules draw the knowledge base's lines...
    const DashboardThresholds defaults = DashboardThresholds::defaults();
    QCOMPARE(defaults.levels(u"latency_p95"_s).warning, 0.8);
    QCOMPARE(defaults.levels(u"latency_p95"_s).critical, 2.0);
    QCOMPARE(defaults.levels(u"failure_ratio"_s).critical, 0.05);
    QCOMPARE(defaults.levels(u"cpu_percent"_s).warning, 80.0);
    // ...and an edited rule moves its line; a disabled one takes it away.
    QList<AlertRule> rules = m_desk->rules();
    for (AlertRule &rule : rules) {
        if (rule.name == u"ResponseTimeP95Warning"_s)
            rule.threshold = 0.5;
        if (rule.name == u"ProcessCpuWarning"_s)
            rule.enabled = false;
    }
    const DashboardThresholds fromRules = DashboardThresholds::fromRules(rules);
    QCOMPARE(fromRules.levels(u"latency_p95"_s).warning, 0.5);
    QVERIFY(!fromRules.levels(u"cpu_percent"_s).warning);
    QCOMPARE(fromRules.levels(u"cpu_percent"_s).critical, 95.0);
}

QTEST_MAIN(TestAlertsView)
#include "test_alertsview.moc"
