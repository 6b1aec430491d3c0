// The Incidents view offscreen over a real SQLite file: active incidents first, the filters, the
// selected incident's timeline, and acknowledge / resolve / note written through the writer and
// audited (the audit_log rows are read back).
#include "models/consoleschema.h"
#include "models/incidents/incidentdesk.h"
#include "models/incidents/incidentrepository.h"
#include "models/incidents/incidenttablemodel.h"
#include "models/storage/database.h"
#include "models/storage/databasewriter.h"
#include "widgets/incidents/incidentsview.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <atomic>
#include <memory>

using namespace payops;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kT0 = 1'780'000'000'000;
}

class TestIncidentsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsActiveFirstAndFilters();
    void timelineAndActionsAreWrittenAndAudited();

private:
    qint64 open(const QString &service, const QString &type, qint64 atMs);
    QStringList servicesInViewOrder() const;
    QStringList auditActions(qint64 incidentId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseWriter> m_writer;
    std::unique_ptr<IncidentDesk> m_desk;
    std::unique_ptr<IncidentsView> m_view;
    std::shared_ptr<std::atomic<qint64>> m_now = std::make_shared<std::atomic<qint64>>(kT0);
    qint64 m_backend = 0, m_gateway = 0, m_resolved = 0;
};

qint64 TestIncidentsView::open(const QString &service, const QString &type, qint64 atMs)
{
    *m_now = atMs;
    IncidentRepository repository(*m_database, [now = m_now] { return now->load(); }, OsIdentity{u"alice"_s, u"ops-1"_s});
    IncidentRepository::NewIncident incident;
    incident.services = {service};
    incident.type = type;
    incident.title = u"Trouble on %1"_s.arg(service);
    return repository.open(incident).id;
}

void TestIncidentsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    m_database = std::make_unique<Database>(options);
    const std::optional<DatabaseError> error = m_database->open(m_dir->filePath(u"payops.db"_s));
    QVERIFY2(!error, error ? qPrintable(error->message) : "");

    m_resolved = open(u"payment_db"_s, u"system-downtime"_s, kT0);
    m_backend = open(u"payment_backend"_s, u"long-response-time"_s, kT0 + 60'000);
    m_gateway = open(u"payment_gateway"_s, u"transaction-failure"_s, kT0 + 120'000);
    *m_now = kT0 + 180'000;
    IncidentRepository repository(*m_database, [now = m_now] { return now->load(); }, OsIdentity{u"alice"_s, u"ops-1"_s});
    QVERIFY(!repository.setStatus(m_resolved, Incident::Status::Resolved, u"failed over"_s));

    m_writer = std::make_unique<DatabaseWriter>(*m_database);
    m_desk = std::make_unique<IncidentDesk>(*m_database, *m_writer, [now = m_now] { return now->load(); },
                                            OsIdentity{u"bob"_s, u"ops-2"_s});
    m_view = std::make_unique<IncidentsView>(*m_desk);
    m_view->setServices({u"payment_backend"_s, u"payment_db"_s, u"payment_gateway"_s});
    m_view->setTypes({{u"long-response-time"_s, u"Long response time"_s}, {u"system-downtime"_s, u"System downtime"_s},
                      {u"transaction-failure"_s, u"Transaction failure"_s}});
    m_view->resize(1400, 900);
    m_view->show();
    auto *table = m_view->findChild<QTableView *>(u"incidentTable"_s);
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 20000);
}

void TestIncidentsView::cleanup()
{
    m_view.reset();
    m_desk.reset();
    m_writer.reset();
    m_database.reset();
    m_dir.reset();
}

QStringList TestIncidentsView::servicesInViewOrder() const
{
    const QAbstractItemModel *model = m_view->findChild<QTableView *>(u"incidentTable"_s)->model();
    QStringList services;
    for (int row = 0; row < model->rowCount(); ++row)
        services << model->index(row, IncidentTableModel::Service).data().toString();
    return services;
}

QStringList TestIncidentsView::auditActions(qint64 incidentId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT action FROM audit_log WHERE json_extract(detail, '$.incident') = ? ORDER BY id"_s);
    query.addBindValue(incidentId);
    if (!query.exec())
        return {u"<query failed>"_s};
    QStringList actions;
    while (query.next())
        actions << query.value(0).toString();
    return actions;
}

void TestIncidentsView::listsActiveFirstAndFilters()
{
    // Open first (newest first), the resolved one last.
    QCOMPARE(servicesInViewOrder(), (QStringList{u"payment_gateway"_s, u"payment_backend"_s, u"payment_db"_s}));
    const QAbstractItemModel *model = m_view->findChild<QTableView *>(u"incidentTable"_s)->model();
    QCOMPARE(model->index(2, IncidentTableModel::TimeToResolve).data().toString(), IncidentTableModel::durationText(180'000));
    QCOMPARE(model->index(0, IncidentTableModel::TimeToResolve).data().toString(), IncidentTableModel::tr("not yet"));

    auto *status = m_view->findChild<QComboBox *>(u"incidentStatusFilter"_s);
    status->setCurrentIndex(status->findData(int(IncidentFilterProxy::StatusFilter::Active)));
    QCOMPARE(servicesInViewOrder(), (QStringList{u"payment_gateway"_s, u"payment_backend"_s}));
    status->setCurrentIndex(status->findData(int(IncidentFilterProxy::StatusFilter::Resolved)));
    QCOMPARE(servicesInViewOrder(), (QStringList{u"payment_db"_s}));
    status->setCurrentIndex(0);

    auto *service = m_view->findChild<QComboBox *>(u"incidentServiceFilter"_s);
    service->setCurrentIndex(service->findData(u"payment_backend"_s));
    QCOMPARE(servicesInViewOrder(), (QStringList{u"payment_backend"_s}));
    service->setCurrentIndex(0);

    auto *type = m_view->findChild<QComboBox *>(u"incidentTypeFilter"_s);
    type->setCurrentIndex(type->findData(u"transaction-failure"_s));
    QCOMPARE(servicesInViewOrder(), (QStringList{u"payment_gateway"_s}));
    type->setCurrentIndex(0);

    m_view->findChild<QLineEdit *>(u"incidentSearch"_s)->setText(u"DB"_s);
    QCOMPARE(servicesInViewOrder(), (QStringList{u"payment_db"_s}));
    m_view->findChild<QLineEdit *>(u"incidentSearch"_s)->clear();

    // Sorting by opened-at ascending puts the oldest first.
    m_view->findChild<QTableView *>(u"incidentTable"_s)->sortByColumn(IncidentTableModel::OpenedAt, Qt::AscendingOrder);
    QCOMPARE(servicesInViewOrder(), (QStringList{u"payment_db"_s, u"payment_backend"_s, u"payment_gateway"_s}));
}

void TestIncidentsView::timelineAndActionsAreWrittenAndAudited()
{
    auto *timeline = m_view->findChild<QTreeWidget *>(u"incidentTimeline"_s);
    m_view->showIncident(m_backend);
    QCOMPARE(m_view->selectedIncidentId(), m_backend);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->topLevelItemCount(), 1, 20000);
    QCOMPARE(timeline->topLevelItem(0)->text(1), u"alice"_s);

    *m_now = kT0 + 300'000;
    m_view->acknowledgeSelected();
    QTRY_COMPARE_WITH_TIMEOUT(timeline->topLevelItemCount(), 2, 20000);
    QVERIFY(timeline->topLevelItem(1)->text(3).contains(u"bob"_s));
    *m_now = kT0 + 600'000;
    m_view->setSelectedStatus(Incident::Status::Resolved, u"restarted the pool"_s);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->topLevelItemCount(), 3, 20000);
    QVERIFY(timeline->topLevelItem(2)->text(3).contains(u"restarted the pool"_s));
    m_view->addNoteToSelected(u"pool size raised to 40"_s);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->topLevelItemCount(), 4, 20000);
    QCOMPARE(timeline->topLevelItem(3)->text(1), u"bob"_s);

    // Still selected after the reloads; the list shows the measured times.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->selectedIncidentId(), m_backend, 20000);
    const QAbstractItemModel *model = m_view->findChild<QTableView *>(u"incidentTable"_s)->model();
    const QStringList order = servicesInViewOrder();
    const int row = int(order.indexOf(u"payment_backend"_s));
    QCOMPARE(model->index(row, IncidentTableModel::TimeToAcknowledge).data().toString(), IncidentTableModel::durationText(240'000));
    QCOMPARE(model->index(row, IncidentTableModel::TimeToResolve).data().toString(), IncidentTableModel::durationText(540'000));
    QCOMPARE(model->index(row, IncidentTableModel::Status).data().toString(), Incident::statusTitle(Incident::Status::Resolved));

    QCOMPARE(auditActions(m_backend), (QStringList{u"incident.open"_s, u"incident.acknowledge"_s, u"incident.status"_s}));
    QSqlQuery actor(m_database->connection());
    QVERIFY(actor.exec(u"SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1"_s) && actor.next());
    QCOMPARE(actor.value(0).toString(), u"bob"_s);

    const QString text = m_view->timelineText();
    QVERIFY2(text.contains(u"restarted the pool"_s) && text.contains(u"pool size raised to 40"_s), qPrintable(text));
    QCOMPARE(text.count(u'\n'), 4); // the heading and four entries
}

QTEST_MAIN(TestIncidentsView)
#include "test_incidentsview.moc"
