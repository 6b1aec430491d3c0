// The troubleshooting wizard driven through its six steps offscreen, against the real paysim with
// slow-db on payment_backend, over a real SQLite file, with the console's own scrape pipeline
// (ScrapeWorker → MetricsPublisher) feeding it snapshots:
//  discover shows the values now; notify lists the owners and records a copied message; locate
//  ranks the slow database first with live checks; verify started before the fix sees the relapse
//  and goes back to locate; resolve refuses to run what the operator did not confirm, then runs a
//  real command (curl clearing the scenario) with its output kept in the timeline; verify proves
//  recovery over the hold time and resolves; follow-up writes the post-mortem (Markdown and PDF with
//  the timeline) and closes the incident. The timeline, the audit chain and the kept state are read
//  back, and a new window continues at the step the incident was left at. Offline, the wizard runs
//  with the operator's answers only.
// With PAYOPS_SCREENSHOT_DIR set, each step is also saved there at 1920x1080 as
// wizard-<step>-<theme>-<lang>.png (PAYOPS_SCREENSHOT_THEME light|dark, PAYOPS_SCREENSHOT_LANG en|zh_CN):
// the README's pictures of the wizard are of this run, real data at every step.
#include "models/consoleschema.h"
#include "models/contacts/contactdefaults.h"
#include "models/contacts/contactdirectory.h"
#include "models/incidents/incidentdesk.h"
#include "models/incidents/incidentrepository.h"
#include "models/incidents/playbookloader.h"
#include "models/metrics/metricspublisher.h"
#include "models/metrics/scrapeworker.h"
#include "models/security/auditlog.h"
#include "models/storage/database.h"
#include "models/storage/databasewriter.h"
#include "tests/support/paysimprocess.h"
#include "tests/support/pictures.h"
#include "widgets/incidents/wizard/discoverpage.h"
#include "widgets/incidents/wizard/followuppage.h"
#include "widgets/incidents/wizard/incidentwizard.h"
#include "widgets/incidents/wizard/locatepage.h"
#include "widgets/incidents/wizard/notifypage.h"
#include "widgets/incidents/wizard/notifypanel.h"
#include "widgets/incidents/wizard/resolvepage.h"
#include "widgets/incidents/wizard/verifypage.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace payops;
using namespace Qt::StringLiterals;

class TestIncidentWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sixStepsAgainstPaysim();
    void offlineRunsOnAnswersOnly();

private:
    void openDatabase(const QString &name);
    qint64 openIncident(const QString &service, const QString &type);
    [[nodiscard]] Incident incident(qint64 id) const;
    [[nodiscard]] QList<IncidentTimelineEntry> timeline(qint64 id) const;
    [[nodiscard]] WizardContext context(bool live);
    void settle();
    // Saves the wizard as it is now when screenshots are asked for (see the top of the file).
    static void shoot(IncidentWizard &wizard, const QString &step);

    QTemporaryDir m_dir;
    PaysimProcess m_paysim;
    QList<Playbook> m_playbooks;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseWriter> m_writer;
    std::unique_ptr<IncidentDesk> m_desk;
    bool m_confirm = true;
    QStringList m_asked;
};

void TestIncidentWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const PlaybookLoader::Result loaded = PlaybookLoader().loadFile(PlaybookLoader::defaultsPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(u'\n')));
    m_playbooks = loaded.playbooks;
}

void TestIncidentWizard::cleanupTestCase()
{
    m_desk.reset();
    m_writer.reset();
    m_database.reset();
    m_paysim.stop();
}

void TestIncidentWizard::openDatabase(const QString &name)
{
    m_desk.reset();
    m_writer.reset();
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    m_database = std::make_unique<Database>(options);
    const std::optional<DatabaseError> error = m_database->open(m_dir.filePath(name));
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    m_writer = std::make_unique<DatabaseWriter>(*m_database);
    m_desk = std::make_unique<IncidentDesk>(*m_database, *m_writer, IncidentRepository::Clock(),
                                            OsIdentity{u"alice"_s, u"ops-1"_s});
    ContactDirectory contacts(*m_database, *m_writer);
    contacts.importDefaultsOnce(ContactDefaults::load().entries);
    settle();
}

void TestIncidentWizard::shoot(IncidentWizard &wizard, const QString &step)
{
    if (qEnvironmentVariableIsEmpty("PAYOPS_SCREENSHOT_DIR"))
        return;
    wizard.resize(1920, 1080);
    QVERIFY(test::savePicture(wizard, u"wizard-%1"_s.arg(step)));
}

void TestIncidentWizard::settle()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_writer->pendingJobs(), 0, 10'000);
}

qint64 TestIncidentWizard::openIncident(const QString &service, const QString &type)
{
    IncidentRepository repository(*m_database, {}, OsIdentity{u"alice"_s, u"ops-1"_s});
    IncidentRepository::NewIncident incident;
    incident.services = {service};
    incident.type = type;
    incident.title = u"Payments slow on %1"_s.arg(service);
    return repository.open(incident).id;
}

Incident TestIncidentWizard::incident(qint64 id) const
{
    return *IncidentRepository(*m_database).byId(id);
}

QList<IncidentTimelineEntry> TestIncidentWizard::timeline(qint64 id) const
{
    return IncidentRepository(*m_database).timeline(id).entries;
}

WizardContext TestIncidentWizard::context(bool live)
{
    WizardContext context;
    context.desk = m_desk.get();
    context.playbooks = m_playbooks;
    context.live = live;
    context.checkDeadlineMs = 1000;
    context.recoveryHoldMs = 10'000;
    context.confirm = [this](QWidget *, const QString &question) {
        m_asked << question;
        return m_confirm;
    };
    context.askReason = [](QWidget *, const QString &) { return std::optional<QString>(u"failed over by hand"_s); };
    context.chooseReportDirectory = [this](QWidget *) { return m_dir.path(); };
    return context;
}

void TestIncidentWizard::sixStepsAgainstPaysim()
{
    const QString started = m_paysim.start({u"--seed"_s, u"11"_s});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QCOMPARE(m_paysim.control("PUT", u"/scenario/slow-db?service=payment_backend"_s), 200);
    openDatabase(u"live.db"_s);
    const qint64 id = openIncident(u"payment_backend"_s, u"long-response-time"_s);

    // The fix, as this site would script it: a real program, the service filled in per argument.
    for (Playbook &playbook : m_playbooks) {
        if (playbook.id != u"long-response-time")
            continue;
        for (PlaybookCause &cause : playbook.causes) {
            if (cause.id != u"slow-database")
                continue;
            PlaybookSolution clear;
            clear.id = u"clear-scenario"_s;
            clear.text.en = u"Take the database off its slow path"_s;
            clear.action.type = PlaybookAction::Type::Command;
            clear.action.program = u"curl"_s;
            clear.action.arguments = {u"-sSf"_s, u"-X"_s, u"DELETE"_s, u"-H"_s, u"Content-Type: application/json"_s,
                                      u"-H"_s, u"X-Service: {service}"_s,
                                      m_paysim.controlUrl(u"/scenario"_s).toString()};
            clear.action.confirm = true;
            cause.solutions.prepend(clear);
        }
    }

    // The console's pipeline: scrapes into the publisher, a snapshot a second into the wizard.
    ScrapeWorker::Options options;
    options.tickMs = 20;
    options.checkHealth = false;
    ScrapeWorker scraper(ScrapeWorker::Clock(&QDateTime::currentMSecsSinceEpoch), options);
    // Rates over 5 s instead of the console's minute: the fix shows in the values within seconds.
    MetricStore::Config rates;
    rates.rateWindowMs = 5000;
    MetricsPublisher publisher(rates);
    connect(&scraper, &ScrapeWorker::scraped, &publisher, &MetricsPublisher::ingest);
    const QList<ServiceTarget> targets = m_paysim.targets(u"1s"_s, u"800ms"_s);
    scraper.start();
    scraper.setTargets(targets);
    publisher.start();

    WizardContext live = context(true);
    live.targets = targets;
    IncidentWizard wizard(live, incident(id));
    connect(&publisher, &MetricsPublisher::published, &wizard, &IncidentWizard::showSnapshot);
    QSignalSpy relapsed(&wizard, &IncidentWizard::relapsed);
    wizard.resize(1600, 1000);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(IncidentWizard::Discover));

    // 1. Discover: the values now, once two scrapes made rates.
    auto *discover = qobject_cast<DiscoverPage *>(wizard.page(IncidentWizard::Discover));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.latestSnapshot()
                                 && wizard.latestSnapshot()->value(u"db_latency_p95"_s, u"payment_backend"_s).value_or(0) > 0.1,
                             20'000);
    QTRY_VERIFY(!discover->evidenceLines().isEmpty());
    shoot(wizard, u"1-discover"_s);

    // 2. Notify: the owners in order; the copied message is recorded.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(IncidentWizard::Notify));
    NotifyPanel *panel = qobject_cast<NotifyPage *>(wizard.page(IncidentWizard::Notify))->panel();
    QTRY_VERIFY(!panel->order().isEmpty());
    panel->selectContact(panel->order().first().id);
    panel->copySelected();
    shoot(wizard, u"2-notify"_s);

    // 3. Locate: the slow database ranked first, from live evidence.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(IncidentWizard::Locate));
    auto *locate = qobject_cast<LocatePage *>(wizard.page(IncidentWizard::Locate));
    QTRY_VERIFY_WITH_TIMEOUT(locate->isComplete(), 5000);
    QVERIFY(wizard.diagnosis()->anyConfirmed());
    QCOMPARE(wizard.diagnosis()->causes.first().causeId, u"slow-database"_s);
    shoot(wizard, u"3-locate"_s);

    // 4 → 5 before the fix: verify waits the hold time for the database to recover, then goes back to locate.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(IncidentWizard::Resolve));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(IncidentWizard::Verify));
    QTRY_COMPARE_WITH_TIMEOUT(relapsed.size(), 1, 15'000);
    QCOMPARE(wizard.currentId(), int(IncidentWizard::Locate));
    QVERIFY(relapsed.first().first().toString().contains(u"db_latency_p95"_s));
    QTRY_VERIFY_WITH_TIMEOUT(locate->isComplete(), 5000);

    // 4. Resolve: shown exactly, asked first; not run when the operator says no.
    wizard.next();
    auto *resolve = qobject_cast<ResolvePage *>(wizard.page(IncidentWizard::Resolve));
    QVERIFY(resolve->selectSolution(u"clear-scenario"_s));
    QVERIFY2(resolve->commandLine().contains(u"curl -sSf -X DELETE -H 'Content-Type: application/json' -H 'X-Service: payment_backend' http://"_s),
             qPrintable(resolve->commandLine()));
    m_confirm = false;
    QVERIFY(!resolve->runSelected());
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(!resolve->isRunning());
    m_confirm = true;
    QSignalSpy ran(resolve, &ResolvePage::commandFinished);
    QVERIFY(resolve->runSelected());
    QVERIFY(ran.wait(15'000));
    QVERIFY2(resolve->lastResult()->succeeded(), qPrintable(resolve->lastResult()->describe()));
    QVERIFY(resolve->output().startsWith(u"$ curl"_s));
    shoot(wizard, u"4-resolve"_s);

    // 5. Verify: the database back to normal for the hold time resolves the incident.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(IncidentWizard::Verify));
    auto *verify = qobject_cast<VerifyPage *>(wizard.page(IncidentWizard::Verify));
    QTRY_VERIFY_WITH_TIMEOUT(verify->isCountingDown(), 15'000);
    QTest::qWait(2500);
    shoot(wizard, u"5-verify"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(verify->isResolved(), qPrintable(verify->countdownText()), 40'000);
    QCOMPARE(relapsed.size(), 1);
    settle();
    QCOMPARE(incident(id).status, Incident::Status::Resolved);

    // 6. Follow up: the post-mortem from the timeline; finishing closes the incident.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(IncidentWizard::FollowUp));
    auto *followUp = qobject_cast<FollowUpPage *>(wizard.page(IncidentWizard::FollowUp));
    QSignalSpy written(followUp, &FollowUpPage::reportWritten);
    followUp->writeReport();
    QVERIFY(written.wait(20'000));
    QCOMPARE(written.first().at(2).toString(), QString());
    QFile markdown(written.first().at(0).toString());
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(markdown.readAll());
    QVERIFY2(text.contains(u"curl -sSf -X DELETE"_s), qPrintable(text.left(2000))); // the action, as it ran
    QVERIFY(text.contains(wizard.diagnosis()->causes.first().title));            // the root cause
    QFile pdf(written.first().at(1).toString());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    shoot(wizard, u"6-follow-up"_s);
    wizard.next(); // Finish: validatePage() keeps the write-up and closes
    QVERIFY(followUp->validatePage());
    settle();

    const Incident finished = incident(id);
    QCOMPARE(finished.status, Incident::Status::Closed);
    QVERIFY(finished.acknowledgedMs.has_value());
    QCOMPARE(finished.wizardStep, u"follow-up"_s);
    QCOMPARE(finished.wizardState.value(u"follow-up"_s).toObject().value(u"rootCause"_s).toString(),
             wizard.diagnosis()->causes.first().title); // prefilled from the leading cause
    QSet<IncidentTimelineEntry::Kind> kinds;
    bool actionOutputKept = false;
    for (const IncidentTimelineEntry &entry : timeline(id)) {
        kinds.insert(entry.kind);
        if (entry.kind == IncidentTimelineEntry::Kind::Action)
            actionOutputKept = entry.detail.value(u"program"_s).toString() == u"curl" && entry.detail.value(u"succeeded"_s).toBool();
    }
    for (IncidentTimelineEntry::Kind kind : {IncidentTimelineEntry::Kind::Notification, IncidentTimelineEntry::Kind::Check,
                                             IncidentTimelineEntry::Kind::Action, IncidentTimelineEntry::Kind::Status})
        QVERIFY2(kinds.contains(kind), qPrintable(IncidentTimelineEntry::kindName(kind)));
    QVERIFY(actionOutputKept);
    QVERIFY(AuditLog(*m_database).verify().ok());

    // A new window continues where the incident was left.
    IncidentWizard again(context(true), finished);
    again.show();
    again.continueAt(IncidentWizard::stepOf(finished.wizardStep));
    QCOMPARE(again.currentId(), int(IncidentWizard::FollowUp));
    scraper.stop();
}

void TestIncidentWizard::offlineRunsOnAnswersOnly()
{
    openDatabase(u"offline.db"_s);
    const qint64 id = openIncident(u"payment_backend"_s, u"long-response-time"_s);
    IncidentWizard wizard(context(false), incident(id));
    wizard.show();
    wizard.next();
    wizard.next();
    auto *locate = qobject_cast<LocatePage *>(wizard.page(IncidentWizard::Locate));
    QCOMPARE(wizard.currentId(), int(IncidentWizard::Locate));
    QTRY_VERIFY(locate->isComplete());
    QVERIFY(!wizard.diagnosis()->live);
    QVERIFY(!wizard.diagnosis()->anyConfirmed()); // nothing automatic counts offline
    const QList<QLabel *> labels = locate->findChildren<QLabel *>(u"wizardNotice"_s);
    QVERIFY(!labels.isEmpty() && labels.first()->isVisible());
    QVERIFY(labels.first()->text().contains(u"Offline"_s));

    // An answer confirming a cause ranks it first at once.
    const Playbook *playbook = wizard.playbook();
    QString key, causeId;
    for (const PlaybookCause &cause : playbook->causes) {
        for (const PlaybookCheck &check : cause.checks) {
            if (check.type == PlaybookCheck::Type::Manual && key.isEmpty() && cause.id != playbook->causes.first().id) {
                key = playbook->id + u'/' + cause.id + u'/' + check.id;
                causeId = cause.id;
                locate->answer(key, check.yesConfirms);
            }
        }
    }
    QVERIFY2(!key.isEmpty(), "the playbook has a manual question on a cause other than its first");
    QVERIFY(wizard.diagnosis()->anyConfirmed());
    QCOMPARE(wizard.diagnosis()->causes.first().causeId, causeId);
    settle();
    QCOMPARE(incident(id).wizardState.value(u"locate"_s).toObject().value(u"answers"_s).toObject().value(key).isBool(), true);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::applyPictureSettings(app);
    TestIncidentWizard test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_incidentwizard.moc"
