// TargetRepository over a real SQLite file: defaults on the first run, CRUD and validation,
// file_sd import (replace, merge, a bad file that changes nothing) and export → import round trip.
#include "models/consoleschema.h"
#include "models/security/auditlog.h"
#include "models/services/filesdformat.h"
#include "models/services/targetrepository.h"
#include "models/storage/database.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

class TestTargetRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void installsPaysimDefaultsOnFirstRunOnly();
    void defaultsNotInstalledOverExistingTargets();
    void addsUpdatesRemoves();
    void rejectsInvalidTargets_data();
    void rejectsInvalidTargets();
    void rejectsDuplicateMetricsUrl();
    void importReplaces();
    void importMerges();
    void badFileChangesNothing();
    void exportImportRoundTrip();
    void importFileForCommandLine();
    void previewShowsWhatAnImportChanges();

private:
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTargetRepository::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^QSql")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(ConsoleSchema::databaseOptions());
    const std::optional<DatabaseError> error = m_db->open(m_dir->filePath(QStringLiteral("payops.db")));
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
}

void TestTargetRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestTargetRepository::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestTargetRepository::installsPaysimDefaultsOnFirstRunOnly()
{
    TargetRepository repository(*m_db);
    QCOMPARE(repository.ensureDefaults(), std::nullopt);
    const TargetRepository::Listing listing = repository.list();
    QVERIFY2(listing.ok(), qPrintable(listing.error));
    QCOMPARE(listing.targets.size(), 4);
    const QStringList expected{QStringLiteral("payment_frontend"), QStringLiteral("payment_gateway"),
                               QStringLiteral("payment_backend"), QStringLiteral("payment_callback")};
    QCOMPARE(repository.services(), expected);
    for (int i = 0; i < 4; ++i) {
        const ServiceTarget &target = listing.targets.at(i);
        QCOMPARE(target.service, expected.at(i));
        QCOMPARE(target.metricsUrl, QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(9101 + i)));
        QCOMPARE(target.healthUrl, QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(9101 + i)));
        QCOMPARE(target.intervalMs, 5000);
        QCOMPARE(target.timeoutMs, 3000);
        QVERIFY(target.id > 0);
    }

    // The operator removes everything: the next start does not bring the defaults back.
    for (const ServiceTarget &target : listing.targets)
        QCOMPARE(repository.remove(target.id), std::nullopt);
    QCOMPARE(repository.ensureDefaults(), std::nullopt);
    QVERIFY(repository.list().targets.isEmpty());
}

void TestTargetRepository::defaultsNotInstalledOverExistingTargets()
{
    TargetRepository repository(*m_db);
    QVERIFY(repository.import(FileSdFormat::parse(QByteArray(
                                  R"([{"targets": ["db1:9187"], "labels": {"service": "postgres"}}])")).targets,
                              TargetRepository::ImportMode::Replace)
                == std::nullopt);
    QCOMPARE(repository.ensureDefaults(), std::nullopt);
    QCOMPARE(repository.list().targets.size(), 1);
    QCOMPARE(repository.services(), QStringList{QStringLiteral("postgres")});
}

void TestTargetRepository::addsUpdatesRemoves()
{
    TargetRepository repository(*m_db);
    ServiceTarget target;
    target.service = QStringLiteral("payment_gateway");
    target.metricsUrl = QUrl(QStringLiteral("http://10.0.0.2:9102/metrics"));
    target.healthUrl = QUrl(QStringLiteral("http://10.0.0.2:9102/health"));
    target.intervalMs = 1000;
    target.timeoutMs = 900;
    target.labels.insert(QStringLiteral("env"), QStringLiteral("prod"));
    const TargetRepository::Saved saved = repository.add(target);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QVERIFY(saved.id > 0);
    target.id = saved.id;
    QCOMPARE(repository.list().targets, QList<ServiceTarget>{target});

    ServiceTarget other = target;
    other.service = QStringLiteral("payment_backend");
    other.metricsUrl = QUrl(QStringLiteral("http://10.0.0.3:9103/metrics"));
    other.healthUrl = QUrl();
    other.labels.clear();
    other.intervalMs = 3600 * 1000;
    other.timeoutMs = 3000;
    const TargetRepository::Saved savedOther = repository.add(other);
    QVERIFY2(savedOther.ok(), qPrintable(savedOther.error));
    other.id = savedOther.id;
    QCOMPARE(repository.services(), (QStringList{QStringLiteral("payment_gateway"), QStringLiteral("payment_backend")}));

    target.intervalMs = 10000;
    target.timeoutMs = 3000;
    target.labels.insert(QStringLiteral("region"), QStringLiteral("eu"));
    target.service = QStringLiteral("payment_callback"); // moves to a new service
    QCOMPARE(repository.update(target), std::nullopt);
    const QList<ServiceTarget> stored = repository.list().targets;
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0), other); // payment_backend comes before the new payment_callback
    QCOMPARE(stored.at(1), target);

    QCOMPARE(repository.remove(other.id), std::nullopt);
    QCOMPARE(repository.list().targets, QList<ServiceTarget>{target});
    QVERIFY(repository.remove(other.id).has_value()); // gone already
    ServiceTarget missing = target;
    missing.id = 4711;
    missing.metricsUrl = QUrl(QStringLiteral("http://10.0.0.9:1/metrics"));
    QVERIFY(repository.update(missing).has_value());

    // Every change is in the audit log, in the change's own transaction (the failed ones left nothing),
    // and no password a URL carries goes there.
    ServiceTarget secret = other;
    secret.metricsUrl = QUrl(QStringLiteral("http://ops:hunter2@10.0.0.4:9104/metrics"));
    QVERIFY(repository.add(secret).ok());
    QBuffer log;
    QVERIFY(log.open(QIODevice::ReadWrite));
    QVERIFY(AuditLog(*m_db).exportJsonLines(log).ok());
    QStringList actions;
    for (const QByteArray &line : log.data().split('\n')) {
        if (!line.isEmpty())
            actions.append(QJsonDocument::fromJson(line).object().value(QStringLiteral("action")).toString());
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("target.add"), QStringLiteral("target.add"), QStringLiteral("target.update"),
                                   QStringLiteral("target.remove"), QStringLiteral("target.add")}));
    QVERIFY(!log.data().contains("hunter2"));
    QVERIFY(log.data().contains("10.0.0.4:9104"));
    QVERIFY(AuditLog(*m_db).verify().ok());
}

void TestTargetRepository::rejectsInvalidTargets_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("metricsUrl");
    QTest::addColumn<QString>("healthUrl");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("reason");

    const QString m = QStringLiteral("http://h:1/metrics");
    QTest::newRow("no service") << QString() << m << QString() << 5000 << 3000 << QStringLiteral("no service");
    QTest::newRow("not http") << QStringLiteral("s") << QStringLiteral("ftp://h:1/metrics") << QString() << 5000 << 3000
                              << QStringLiteral("not an http");
    QTest::newRow("no host") << QStringLiteral("s") << QStringLiteral("/metrics") << QString() << 5000 << 3000
                             << QStringLiteral("not an http");
    QTest::newRow("bad health") << QStringLiteral("s") << m << QStringLiteral("file:///health") << 5000 << 3000
                                << QStringLiteral("health URL");
    QTest::newRow("interval too short") << QStringLiteral("s") << m << QString() << 999 << 500
                                        << QStringLiteral("between 1 s and 3600 s");
    QTest::newRow("interval too long") << QStringLiteral("s") << m << QString() << 3600001 << 3000
                                       << QStringLiteral("between 1 s and 3600 s");
    QTest::newRow("timeout = interval") << QStringLiteral("s") << m << QString() << 1000 << 1000
                                        << QStringLiteral("shorter than the interval");
    QTest::newRow("timeout zero") << QStringLiteral("s") << m << QString() << 1000 << 0
                                  << QStringLiteral("shorter than the interval");
}

void TestTargetRepository::rejectsInvalidTargets()
{
    QFETCH(QString, service);
    QFETCH(QString, metricsUrl);
    QFETCH(QString, healthUrl);
    QFETCH(int, intervalMs);
    QFETCH(int, timeoutMs);
    QFETCH(QString, reason);
    ServiceTarget target;
    target.service = service;
    target.metricsUrl = QUrl(metricsUrl);
    target.healthUrl = QUrl(healthUrl);
    target.intervalMs = intervalMs;
    target.timeoutMs = timeoutMs;
    TargetRepository repository(*m_db);
    const TargetRepository::Saved saved = repository.add(target);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error.contains(reason), qPrintable(saved.error));
    QVERIFY(repository.list().targets.isEmpty());
    QVERIFY(repository.services().isEmpty()); // nothing half-written
}

void TestTargetRepository::rejectsDuplicateMetricsUrl()
{
    TargetRepository repository(*m_db);
    const ServiceTarget target = ServiceTarget::paysimDefaults().constFirst();
    QVERIFY(repository.add(target).ok());
    ServiceTarget again = target;
    again.service = QStringLiteral("another");
    const TargetRepository::Saved saved = repository.add(again);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error.contains(QStringLiteral("exists already")), qPrintable(saved.error));
    QCOMPARE(repository.services(), QStringList{target.service}); // "another" was rolled back
}

void TestTargetRepository::importReplaces()
{
    TargetRepository repository(*m_db);
    QCOMPARE(repository.ensureDefaults(), std::nullopt);
    const FileSdFormat::Result parsed = FileSdFormat::parse(QByteArray(
        R"([{"targets": ["127.0.0.1:9202", "127.0.0.1:9203"], "labels": {"service": "payment_gateway"}},
            {"targets": ["127.0.0.1:9100"], "labels": {"service": "node", "__health_path__": ""}}])"));
    QVERIFY(parsed.ok());
    QCOMPARE(repository.import(parsed.targets, TargetRepository::ImportMode::Replace), std::nullopt);
    const QList<ServiceTarget> stored = repository.list().targets;
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(0).metricsUrl.port(), 9202);
    QCOMPARE(stored.at(1).metricsUrl.port(), 9203);
    QCOMPARE(stored.at(2).service, QStringLiteral("node"));
    QVERIFY(stored.at(2).healthUrl.isEmpty());
}

void TestTargetRepository::importMerges()
{
    TargetRepository repository(*m_db);
    QCOMPARE(repository.ensureDefaults(), std::nullopt);
    const FileSdFormat::Result parsed = FileSdFormat::parse(QByteArray(
        R"([{"targets": ["127.0.0.1:9102"], "labels": {"service": "payment_gateway", "__scrape_interval__": "1s",
            "__scrape_timeout__": "500ms"}},
            {"targets": ["127.0.0.1:9100"], "labels": {"service": "node"}}])"));
    QVERIFY(parsed.ok());
    QCOMPARE(repository.import(parsed.targets, TargetRepository::ImportMode::Merge), std::nullopt);
    const QList<ServiceTarget> stored = repository.list().targets;
    QCOMPARE(stored.size(), 5);
    QCOMPARE(stored.at(1).metricsUrl.port(), 9102);
    QCOMPARE(stored.at(1).intervalMs, 1000); // updated in place
    QCOMPARE(stored.at(1).timeoutMs, 500);
    QCOMPARE(stored.at(4).service, QStringLiteral("node"));
}

void TestTargetRepository::badFileChangesNothing()
{
    TargetRepository repository(*m_db);
    QCOMPARE(repository.ensureDefaults(), std::nullopt);
    const QList<ServiceTarget> before = repository.list().targets;
    // No entry is usable: nothing at all may be written (the configuration is never emptied).
    const QString path = writeFile(QStringLiteral("bad.json"), QByteArray(
        R"([{"targets": ["127.0.0.1:70000"], "labels": {"service": "payment_gateway"}},
            {"targets": ["127.0.0.1:9301"], "labels": {"team": "payments"}}])"));
    for (const TargetRepository::ImportMode mode : {TargetRepository::ImportMode::Replace, TargetRepository::ImportMode::Merge}) {
        const TargetRepository::Listing result = repository.importFile(path, mode);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("no usable target")), qPrintable(result.error));
        QCOMPARE(repository.list().targets, before);
        QCOMPARE(repository.services().size(), 4);
    }
    // One entry usable, one not: the usable one goes in, the other is reported with its reason.
    const TargetRepository::Listing mixed = repository.importFile(
        writeFile(QStringLiteral("mixed.json"), QByteArray(
            R"([{"targets": ["127.0.0.1:9301"], "labels": {"service": "new_service"}},
                {"targets": ["127.0.0.1:70000"], "labels": {"service": "payment_gateway"}}])")),
        TargetRepository::ImportMode::Merge);
    QVERIFY2(mixed.ok(), qPrintable(mixed.error));
    QCOMPARE(mixed.targets.size(), before.size() + 1);
    QCOMPARE(mixed.rejected,
             QStringList{QStringLiteral("entry 2: the port 70000 is out of range (1 to 65535) (target \"127.0.0.1:70000\")")});
    QVERIFY(repository.remove(mixed.targets.constLast().id) == std::nullopt);
    // A list that fails in the database half-way (a metrics URL taken twice) is rolled back too.
    QList<ServiceTarget> clash = ServiceTarget::paysimDefaults(QStringLiteral("10.1.1.1"));
    clash.append(clash.constFirst());
    QVERIFY(repository.import(clash, TargetRepository::ImportMode::Replace).has_value());
    QCOMPARE(repository.list().targets, before);
    // Not JSON at all.
    const TargetRepository::Listing notJson = repository.importFile(writeFile(QStringLiteral("x.json"), "not json"));
    QVERIFY2(notJson.error.contains(QStringLiteral("not valid JSON")), qPrintable(notJson.error));
    QCOMPARE(repository.list().targets, before);
}

void TestTargetRepository::exportImportRoundTrip()
{
    TargetRepository repository(*m_db);
    QCOMPARE(repository.ensureDefaults(), std::nullopt);
    ServiceTarget node;
    node.service = QStringLiteral("node");
    node.metricsUrl = QUrl(QStringLiteral("https://host.example:9100/metrics"));
    node.intervalMs = 15000;
    node.timeoutMs = 10000;
    node.labels.insert(QStringLiteral("env"), QStringLiteral("prod"));
    QVERIFY(repository.add(node).ok());
    const QList<ServiceTarget> before = repository.list().targets;

    const QString path = m_dir->filePath(QStringLiteral("export.json"));
    QCOMPARE(repository.exportFile(path), std::nullopt);

    // Into a fresh database: the same targets, services and order come back.
    Database other(ConsoleSchema::databaseOptions());
    QVERIFY(!other.open(m_dir->filePath(QStringLiteral("other.db"))));
    TargetRepository second(other);
    const TargetRepository::Listing imported = second.importFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.targets.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        ServiceTarget expected = before.at(i);
        expected.id = imported.targets.at(i).id; // row ids are the new file's
        QCOMPARE(imported.targets.at(i), expected);
    }
    QCOMPARE(second.services(), repository.services());
}

void TestTargetRepository::previewShowsWhatAnImportChanges()
{
    TargetRepository repository(*m_db);
    QCOMPARE(repository.ensureDefaults(), std::nullopt); // paysim's four services on 127.0.0.1:9101-9104
    const QList<ServiceTarget> before = repository.list().targets;
    const QString path = writeFile(QStringLiteral("prometheus.json"), QByteArray(R"([
        {"targets": ["127.0.0.1:9101"], "labels": {"service": "payment_frontend", "__scrape_interval__": "10s"}},
        {"targets": ["127.0.0.1:9102"], "labels": {"service": "payment_gateway"}},
        {"targets": ["10.0.0.8:8080"], "labels": {"job": "risk"}},
        {"targets": ["127.0.0.1:9100", "10.0.0.9:9100"], "labels": {"job": "node"}},
        {"targets": ["nowhere"], "labels": {"service": "payment_backend"}}
    ])"));

    const TargetImportPreview preview = repository.previewFile(path, TargetRepository::ImportMode::Replace);
    QVERIFY2(preview.ok(), qPrintable(preview.error()));
    QCOMPARE(repository.list().targets, before); // a preview writes nothing
    QStringList rows;
    for (const TargetImportPreview::Row &row : preview.rows())
        rows.append(TargetImportPreview::changeName(row.change) + u'|' + row.service + u'|' + row.target + u'|' + row.detail);
    const QStringList expected{
        QStringLiteral("add|risk|http://10.0.0.8:8080/metrics|"),
        // The node_exporter beside the paysim services gives their host metrics; the other has none to serve.
        QStringLiteral("add|payment_frontend|http://127.0.0.1:9100/metrics|node_exporter on 127.0.0.1: the host metrics "
                       "of payment_frontend, payment_gateway"),
        QStringLiteral("add|node|http://10.0.0.9:9100/metrics|node_exporter on 10.0.0.9, where no known service runs: "
                       "kept as the service \"node\""),
        QStringLiteral("change|payment_frontend|http://127.0.0.1:9101/metrics|interval 5s → 10s"),
        QStringLiteral("remove|payment_backend|http://127.0.0.1:9103/metrics|not in the file"),
        QStringLiteral("remove|payment_callback|http://127.0.0.1:9104/metrics|not in the file"),
        QStringLiteral("rejected||nowhere|entry 5: no port (expected host:port)"),
    };
    QCOMPARE(rows, expected);
    QCOMPARE(preview.unchanged(), 1);
    QCOMPARE(preview.summary(), QStringLiteral("3 to add, 1 to change, 2 to remove, 1 rejected, 1 unchanged"));

    QCOMPARE(repository.apply(preview), std::nullopt);
    QStringList stored;
    for (const ServiceTarget &target : repository.list().targets)
        stored.append(target.service + u' ' + target.instance() + (target.healthUrl.isEmpty() ? u" no-health"_s : QString()));
    QCOMPARE(stored, (QStringList{u"payment_frontend 127.0.0.1:9101"_s, u"payment_frontend 127.0.0.1:9100 no-health"_s,
                                  u"payment_gateway 127.0.0.1:9102"_s, u"risk 10.0.0.8:8080"_s,
                                  u"node 10.0.0.9:9100 no-health"_s}));

    // The same file again: nothing left to change.
    const TargetImportPreview again = repository.previewFile(path, TargetRepository::ImportMode::Replace);
    QVERIFY(!again.changesSomething());
    QCOMPARE(again.count(TargetImportPreview::Change::Reject), 1);
}

void TestTargetRepository::importFileForCommandLine()
{
    TargetRepository repository(*m_db);
    const QString path = writeFile(QStringLiteral("targets.json"), QByteArray(
        R"([{"targets": ["127.0.0.1:9101"], "labels": {"service": "payment_frontend"}}])"));
    const TargetRepository::Listing listing = repository.importFile(path);
    QVERIFY2(listing.ok(), qPrintable(listing.error));
    QCOMPARE(listing.targets.size(), 1);
    QVERIFY(listing.targets.constFirst().id > 0);
    // Imported before the first run's defaults: they are not added afterwards.
    QCOMPARE(repository.ensureDefaults(), std::nullopt);
    QCOMPARE(repository.list().targets.size(), 1);
    // An empty list is refused rather than wiping the configuration.
    QVERIFY(!repository.importFile(writeFile(QStringLiteral("empty.json"), "[]")).ok());
    QCOMPARE(repository.list().targets.size(), 1);
}

QTEST_GUILESS_MAIN(TestTargetRepository)
#include "test_targetrepository.moc"
