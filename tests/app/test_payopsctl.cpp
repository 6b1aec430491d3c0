// payopsctl as an operator runs it: a separate process (no shell), real databases in temporary
// folders, a real paysim for the scrapes. Checks exit codes, JSON, files, and that bad input is
// never written to.
#include "models/consoleschema.h"
#include "models/knowledge/knowledgemarkdownexporter.h"
#include "models/knowledge/knowledgerepository.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "models/security/auditlog.h"
#include "models/services/filesdformat.h"
#include "models/storage/database.h"
#include "tests/support/paysimprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace payops;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestPayopsctl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanupTestCase();

    void helpAndVersion();
    void subcommandHelp_data();
    void subcommandHelp();
    void usageErrors_data();
    void usageErrors();

    void dbCheckNewDatabase();
    void dbCheckMissingFileCreatesNothing();
    void dbCheckGarbageFileIsUntouched();
    void dbCheckDamagedFileIsUntouched();
    void dbCheckOlderVersion();

    void targetsRoundTrip();
    void targetsBadFileChangesNothing();
    void targetsImportDryRunPreviewsAndChangesNothing();

    void scrapePaysim();
    void scrapeClosedPort();
    void scrapeNotMetrics();
    void recordPaysim();

    void kbExportMarkdown();
    void kbExportPdf();

    void alertsListAndExport();
    void alertsImportReportsEveryBadRule();
    void alertsCheckFiresOnCrash();

    void auditVerifyAndExport();
    void auditVerifyNamesTheTamperedEntry();
    void diagnoseUsageErrors();

private:
    Run ctl(const QStringList &arguments, int timeoutMs = 60'000);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString startPaysim();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PaysimProcess> m_paysim;
};

void TestPayopsctl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPayopsctl::cleanupTestCase()
{
    m_paysim.reset();
}

Run TestPayopsctl::ctl(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // English messages and numbers, and a default database inside the test's folder.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // payopsctl picks offscreen itself for the PDF
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/payopsctl/payopsctl"), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "payopsctl did not finish in time";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString TestPayopsctl::startPaysim()
{
    if (m_paysim)
        return {};
    m_paysim = std::make_unique<PaysimProcess>();
    const QString error = m_paysim->start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--speed"),
                                           QStringLiteral("10")});
    if (!error.isEmpty())
        m_paysim.reset();
    return error;
}

// ---- help, version, usage ------------------------------------------------------------------------

void TestPayopsctl::helpAndVersion()
{
    const Run help = ctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"db check", "targets import", "targets export", "scrape", "kb export", "Exit codes"})
        QVERIFY2(help.out.contains(word), help.out.constData());

    const Run version = ctl({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("payopsctl " PAYOPS_VERSION), version.out.constData());
}

void TestPayopsctl::subcommandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::newRow("db check") << QStringList{u"db"_s, u"check"_s, u"--help"_s} << u"payopsctl db check"_s;
    QTest::newRow("targets import") << QStringList{u"targets"_s, u"import"_s, u"--help"_s}
                                    << u"payopsctl targets import"_s;
    QTest::newRow("targets export") << QStringList{u"targets"_s, u"export"_s, u"-h"_s}
                                    << u"payopsctl targets export"_s;
    QTest::newRow("scrape") << QStringList{u"scrape"_s, u"--help"_s} << u"payopsctl scrape"_s;
    QTest::newRow("kb export") << QStringList{u"kb"_s, u"export"_s, u"--help"_s} << u"payopsctl kb export"_s;
    QTest::newRow("record") << QStringList{u"record"_s, u"--help"_s} << u"payopsctl record"_s;
    QTest::newRow("audit verify") << QStringList{u"audit"_s, u"verify"_s, u"--help"_s} << u"payopsctl audit verify"_s;
    QTest::newRow("audit export") << QStringList{u"audit"_s, u"export"_s, u"--help"_s} << u"payopsctl audit export"_s;
    QTest::newRow("diagnose") << QStringList{u"diagnose"_s, u"--help"_s} << u"payopsctl diagnose"_s;
    QTest::newRow("incidents report") << QStringList{u"incidents"_s, u"report"_s, u"--help"_s}
                                      << u"payopsctl incidents report"_s;
}

void TestPayopsctl::subcommandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const Run run = ctl(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(usage.toUtf8()), run.out.constData());
    QVERIFY2(run.out.contains("Exit codes"), run.out.constData());
    QVERIFY2(run.out.contains("--help"), run.out.constData());
}

void TestPayopsctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown subcommand") << QStringList{u"frobnicate"_s};
    QTest::newRow("db without check") << QStringList{u"db"_s};
    QTest::newRow("unknown option") << QStringList{u"db"_s, u"check"_s, u"--bogus"_s};
    QTest::newRow("extra argument") << QStringList{u"db"_s, u"check"_s, u"extra"_s};
    QTest::newRow("--db without value") << QStringList{u"db"_s, u"check"_s, u"--db"_s};
    QTest::newRow("import without file") << QStringList{u"targets"_s, u"import"_s};
    QTest::newRow("export two files") << QStringList{u"targets"_s, u"export"_s, u"a.json"_s, u"b.json"_s};
    QTest::newRow("scrape without URL") << QStringList{u"scrape"_s};
    QTest::newRow("scrape no URL") << QStringList{u"scrape"_s, u"not a url"_s};
    QTest::newRow("scrape ftp") << QStringList{u"scrape"_s, u"ftp://127.0.0.1/metrics"_s};
    QTest::newRow("scrape bad timeout") << QStringList{u"scrape"_s, u"http://127.0.0.1:1/metrics"_s,
                                                       u"--timeout"_s, u"soon"_s};
    QTest::newRow("record ftp") << QStringList{u"record"_s, u"ftp://127.0.0.1/metrics"_s};
    QTest::newRow("record bad interval") << QStringList{u"record"_s, u"http://127.0.0.1:1/metrics"_s,
                                                        u"--interval"_s, u"0"_s};
    QTest::newRow("record URLs and targets") << QStringList{u"record"_s, u"http://127.0.0.1:1/metrics"_s,
                                                            u"--targets"_s, u"t.json"_s};
    QTest::newRow("kb without format") << QStringList{u"kb"_s, u"export"_s, u"out"_s};
    QTest::newRow("kb bad format") << QStringList{u"kb"_s, u"export"_s, u"--format"_s, u"doc"_s, u"out"_s};
    QTest::newRow("kb without folder") << QStringList{u"kb"_s, u"export"_s, u"--format"_s, u"md"_s};
}

void TestPayopsctl::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = ctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(!run.err.isEmpty(), "a usage error says what is wrong");
    QVERIFY(run.out.isEmpty());
    QVERIFY2(!QDir(path(QStringLiteral("data"))).exists(), "a usage error created the default database");
}

// ---- db check ------------------------------------------------------------------------------------

void TestPayopsctl::dbCheckNewDatabase()
{
    const QString db = path(QStringLiteral("new.db"));
    Run run = ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db,
                   QStringLiteral("--migrate"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject json = run.json();
    QCOMPARE(json.value(u"schemaVersion"_s).toInt(), ConsoleSchema::latestVersion());
    QCOMPARE(json.value(u"latestVersion"_s).toInt(), ConsoleSchema::latestVersion());
    QCOMPARE(json.value(u"needsMigration"_s).toBool(true), false);
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"integrity"_s).toObject().value(u"ok"_s).toBool(), true);
    QVERIFY(json.value(u"pageCount"_s).toInteger() > 0);
    QStringList areas;
    const QJsonArray areaArray = json.value(u"areas"_s).toArray();
    for (const QJsonValue &area : areaArray) {
        areas.append(area.toObject().value(u"area"_s).toString());
        QVERIFY(!area.toObject().value(u"tables"_s).toArray().isEmpty());
    }
    for (const QString &area : ConsoleSchema::areas())
        QVERIFY2(areas.contains(area), qPrintable(area));

    // A second check without --migrate reads only: same bytes, ok; the text form names the version.
    const QByteArray before = fileHash(db);
    run = ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Integrity:      ok"), run.out.constData());
    QVERIFY2(run.out.contains(QStringLiteral("Schema version: %1").arg(ConsoleSchema::latestVersion()).toUtf8()),
             run.out.constData());
    QVERIFY2(run.out.contains("kb_articles"), run.out.constData());
    QCOMPARE(fileHash(db), before);
}

void TestPayopsctl::dbCheckMissingFileCreatesNothing()
{
    const QString db = path(QStringLiteral("missing.db"));
    const Run run = ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("does not exist"), run.err.constData());
    QVERIFY(!QFile::exists(db));
}

void TestPayopsctl::dbCheckGarbageFileIsUntouched()
{
    const QString db = path(QStringLiteral("garbage.db"));
    QVERIFY(writeFile(db, QByteArray("this is not a database\n").repeated(100)));
    const QByteArray before = fileHash(db);
    for (const bool migrate : {false, true}) {
        QStringList arguments{QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db,
                              QStringLiteral("--json")};
        if (migrate)
            arguments.append(QStringLiteral("--migrate"));
        const Run run = ctl(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("is not a PayOps database"), run.err.constData());
        QCOMPARE(fileHash(db), before);
    }
}

void TestPayopsctl::dbCheckDamagedFileIsUntouched()
{
    const QString db = path(QStringLiteral("damaged.db"));
    QCOMPARE(ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--migrate")})
                 .exitCode,
             0);
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 3 * 4096);
        QVERIFY(file.seek(2 * 4096)); // the third page: a table's root, not the header
        QVERIFY(file.write(QByteArray(4096, '\xA5')) == 4096);
    }
    const QByteArray before = fileHash(db);
    const Run run = ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("damaged"), run.err.constData());
    QCOMPARE(fileHash(db), before);
}

void TestPayopsctl::dbCheckOlderVersion()
{
    const QString db = path(QStringLiteral("old.db"));
    {
        DatabaseOptions options = ConsoleSchema::databaseOptions();
        options.targetVersion = 3;
        Database old(options);
        QVERIFY(!old.open(db));
    }
    const QByteArray before = fileHash(db);

    Run run = ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QJsonObject json = run.json();
    QCOMPARE(json.value(u"schemaVersion"_s).toInt(), 3);
    QCOMPARE(json.value(u"needsMigration"_s).toBool(), true);
    QCOMPARE(json.value(u"integrity"_s).toObject().value(u"ok"_s).toBool(), true);
    QVERIFY2(run.err.contains("needs updating"), run.err.constData());
    QVERIFY2(run.err.contains("--migrate"), run.err.constData());
    QCOMPARE(fileHash(db), before);

    run = ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--migrate"),
               QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    json = run.json();
    QCOMPARE(json.value(u"schemaVersion"_s).toInt(), ConsoleSchema::latestVersion());
    QCOMPARE(json.value(u"needsMigration"_s).toBool(true), false);
}

// ---- targets -------------------------------------------------------------------------------------

void TestPayopsctl::targetsRoundTrip()
{
    const QString db = path(QStringLiteral("targets.db"));
    const QString in = path(QStringLiteral("in.json"));
    QVERIFY(writeFile(in, R"([
        {"targets": ["127.0.0.1:9101", "127.0.0.1:9201"], "labels": {"service": "payment_frontend", "zone": "a"}},
        {"targets": ["10.0.0.7:9102"], "labels": {"service": "payment_gateway", "__scrape_interval__": "10s",
                                                   "__scrape_timeout__": "2s", "__health_path__": ""}}
    ])"));
    const FileSdFormat::Result expected = FileSdFormat::readFile(in);
    QVERIFY(expected.ok());

    Run run = ctl({QStringLiteral("targets"), QStringLiteral("import"), in, QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Imported 3 target"), run.out.constData());

    const QString out = path(QStringLiteral("out.json"));
    run = ctl({QStringLiteral("targets"), QStringLiteral("export"), QStringLiteral("--db"), db, out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const FileSdFormat::Result exported = FileSdFormat::readFile(out);
    QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error->toString()));
    QCOMPARE(exported.targets, expected.targets);

    run = ctl({QStringLiteral("targets"), QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const FileSdFormat::Result printed = FileSdFormat::parse(run.out);
    QVERIFY(printed.ok());
    QCOMPARE(printed.targets, expected.targets);
}

void TestPayopsctl::targetsBadFileChangesNothing()
{
    const QString db = path(QStringLiteral("targets.db"));
    const QString good = path(QStringLiteral("good.json"));
    QVERIFY(writeFile(good, R"([{"targets": ["127.0.0.1:9101"], "labels": {"service": "payment_frontend"}}])"));
    QCOMPARE(ctl({QStringLiteral("targets"), QStringLiteral("import"), good, QStringLiteral("--db"), db}).exitCode, 0);
    const Run before = ctl({QStringLiteral("targets"), QStringLiteral("export"), QStringLiteral("--db"), db});
    QCOMPARE(before.exitCode, 0);

    const QString bad = path(QStringLiteral("bad.json"));
    QVERIFY(writeFile(bad, R"([{"targets": ["127.0.0.1:99999"], "labels": {"service": "payment_gateway"}}])"));
    Run run = ctl({QStringLiteral("targets"), QStringLiteral("import"), bad, QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("99999"), run.out.constData()); // the preview says why the entry is unusable
    QVERIFY2(run.err.contains("no usable target"), run.err.constData());
    const QString missing = path(QStringLiteral("nowhere.json"));
    run = ctl({QStringLiteral("targets"), QStringLiteral("import"), missing, QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());

    const Run after = ctl({QStringLiteral("targets"), QStringLiteral("export"), QStringLiteral("--db"), db});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, before.out);
}

void TestPayopsctl::targetsImportDryRunPreviewsAndChangesNothing()
{
    const QString db = path(QStringLiteral("targets.db"));
    const QString good = path(QStringLiteral("good.json"));
    QVERIFY(writeFile(good, R"([{"targets": ["10.0.0.1:9101"], "labels": {"service": "payment_frontend"}},
                                {"targets": ["10.0.0.1:9103"], "labels": {"service": "payment_backend"}}])"));
    QCOMPARE(ctl({QStringLiteral("targets"), QStringLiteral("import"), good, QStringLiteral("--db"), db}).exitCode, 0);
    const QByteArray before = fileHash(db);
    QVERIFY(!before.isEmpty());

    // A file written for Prometheus: jobs, a node_exporter, and one entry that cannot be used.
    const QString prometheus = path(QStringLiteral("prometheus.json"));
    QVERIFY(writeFile(prometheus, R"([
        {"targets": ["10.0.0.1:9101"], "labels": {"service": "payment_frontend", "__scrape_interval__": "15s"}},
        {"targets": ["10.0.0.7:8080"], "labels": {"job": "risk"}},
        {"targets": ["10.0.0.1:9100"], "labels": {"job": "node"}},
        {"targets": ["10.0.0.2:9100"], "labels": {"env": "prod"}}
    ])"));
    Run run = ctl({QStringLiteral("targets"), QStringLiteral("import"), prometheus, QStringLiteral("--db"), db,
                   QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 1); // an entry was rejected
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    const QStringList expected{
        u"  add       risk              http://10.0.0.7:8080/metrics"_s,
        u"  add       payment_frontend  http://10.0.0.1:9100/metrics  node_exporter on 10.0.0.1: the host metrics of "
        "payment_frontend"_s,
        u"  change    payment_frontend  http://10.0.0.1:9101/metrics  interval 5s → 15s"_s,
        u"  remove    payment_backend   http://10.0.0.1:9103/metrics  not in the file"_s,
        u"  rejected"_s + QString(50, u' ') + u"entry 4: the entry has neither a \"service\" nor a \"job\" label"_s,
        u"2 to add, 1 to change, 1 to remove, 1 rejected, 0 unchanged"_s,
        u"Dry run: nothing was changed."_s,
    };
    QCOMPARE(lines, expected);
    QCOMPARE(fileHash(db), before); // not a byte written

    // The same preview as data.
    run = ctl({QStringLiteral("targets"), QStringLiteral("import"), prometheus, QStringLiteral("--db"), db,
               QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--merge")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(u"mode"_s).toString(), u"merge"_s);
    QCOMPARE(json.value(u"removed"_s).toInt(), 0); // merging removes nothing
    QCOMPARE(json.value(u"rejected"_s).toInt(), 1);
    const QJsonArray rows = json.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(3).toObject().value(u"change"_s).toString(), u"reject"_s);
    QCOMPARE(fileHash(db), before);

    // A dry run against no database creates none.
    const QString none = path(QStringLiteral("none.db"));
    run = ctl({QStringLiteral("targets"), QStringLiteral("import"), good, QStringLiteral("--db"), none,
               QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("2 to add"), run.out.constData());
    QVERIFY(!QFile::exists(none));

    // Without --dry-run the usable targets go in and the rejected entry is reported.
    run = ctl({QStringLiteral("targets"), QStringLiteral("import"), prometheus, QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("Imported 3 target(s)"), run.out.constData());
    QVERIFY2(run.err.contains("1 entry(s)") || run.err.contains("1 entry"), run.err.constData());
    run = ctl({QStringLiteral("targets"), QStringLiteral("export"), QStringLiteral("--db"), db});
    const FileSdFormat::Result exported = FileSdFormat::parse(run.out);
    QCOMPARE(exported.targets.size(), 3);
}

// ---- scrape --------------------------------------------------------------------------------------

void TestPayopsctl::scrapePaysim()
{
    const QString error = startPaysim();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString url = QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_paysim->port(QStringLiteral("payment_gateway")));

    Run run = ctl({QStringLiteral("scrape"), url, QStringLiteral("--json")});
    const QJsonObject json = run.json();
    QCOMPARE(json.value(u"up"_s).toBool(), true);
    QCOMPARE(json.value(u"scrapes"_s).toInt(), 2);
    // paysim's noise sometimes degrades a dependency for a moment: "ok" exits 0, "degraded" exits 1
    // and says so; anything else is wrong.
    const QString health = json.value(u"health"_s).toObject().value(u"status"_s).toString();
    if (health == u"ok") {
        QVERIFY2(run.exitCode == 0, run.err.constData());
    } else {
        QCOMPARE(health, u"degraded"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("reports its health as"), run.err.constData());
    }
    QHash<QString, QJsonObject> metrics;
    const QJsonArray array = json.value(u"metrics"_s).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject metric = value.toObject();
        if (!metric.contains(u"peer"_s))
            metrics.insert(metric.value(u"metric"_s).toString(), metric);
    }
    QVERIFY2(metrics.contains(u"tps"_s), run.out.constData());
    QVERIFY(metrics.value(u"tps"_s).value(u"value"_s).toDouble() > 0.0);
    QCOMPARE(metrics.value(u"tps"_s).value(u"unit"_s).toString(), u"tx/s"_s);
    QVERIFY(metrics.contains(u"latency_p95"_s));
    const double p95 = metrics.value(u"latency_p95"_s).value(u"value"_s).toDouble();
    QVERIFY2(p95 > 0.0 && p95 < 60.0, qPrintable(QString::number(p95)));
    const double failures = metrics.value(u"failure_ratio"_s).value(u"value"_s).toDouble(-1);
    QVERIFY(failures >= 0.0 && failures <= 1.0);
    QVERIFY(metrics.value(u"memory_bytes"_s).value(u"value"_s).toDouble() > 0.0);

    // Text: the catalog's titles, values with units, and the two-scrape note.
    run = ctl({QStringLiteral("scrape"), url, QStringLiteral("--interval"), QStringLiteral("0.5"),
               QStringLiteral("--no-health")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains(DerivedMetricCatalog::title(u"tps").toUtf8()), run.out.constData());
    QVERIFY2(run.out.contains("tx/s"), run.out.constData());
    QVERIFY2(run.out.contains("twice"), run.out.constData());
}

void TestPayopsctl::recordPaysim()
{
    const QString error = startPaysim();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString db = path(QStringLiteral("recorded.db"));
    const Run run = ctl({QStringLiteral("record"), QStringLiteral("--db"), db, QStringLiteral("--for"), QStringLiteral("2"),
                         QStringLiteral("--interval"), QStringLiteral("0.2"),
                         QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_paysim->port(QStringLiteral("payment_gateway")))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Every cycle shown live is acknowledged as written, and the history holds the acknowledged ones.
    int live = 0, written = 0;
    for (const QByteArray &line : run.out.split('\n')) {
        live += line.startsWith("live ") ? 1 : 0;
        written += line.startsWith("written ") ? 1 : 0;
    }
    QVERIFY2(live >= 5 && written == live, run.out.constData());
    const Run check = ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(check.exitCode, 0);
}

void TestPayopsctl::scrapeClosedPort()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    const Run run = ctl({QStringLiteral("scrape"), QStringLiteral("http://127.0.0.1:%1/metrics").arg(port),
                         QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("connection refused"), run.err.constData());
}

void TestPayopsctl::scrapeNotMetrics()
{
    const QString error = startPaysim();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The health document (JSON) where metrics are expected: the parser's error, with its line.
    const QString url = QStringLiteral("http://127.0.0.1:%1/health").arg(m_paysim->port(QStringLiteral("payment_backend")));
    Run run = ctl({QStringLiteral("scrape"), url, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("malformed metrics"), run.err.constData());
    QCOMPARE(run.json().value(u"up"_s).toBool(true), false);

    // A path paysim does not serve: the HTTP status in words.
    run = ctl({QStringLiteral("scrape"), QStringLiteral("http://127.0.0.1:%1/nothing-here")
                                             .arg(m_paysim->port(QStringLiteral("payment_backend")))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("HTTP 404"), run.err.constData());
}

// ---- kb export -----------------------------------------------------------------------------------

void TestPayopsctl::kbExportMarkdown()
{
    const QString db = path(QStringLiteral("kb.db"));
    const QString folder = path(QStringLiteral("md"));
    const Run run = ctl({QStringLiteral("kb"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"),
                         folder, QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("was empty"), run.err.constData()); // the shipped knowledge base was imported

    Database database(ConsoleSchema::databaseOptions());
    QVERIFY(!database.open(db));
    const QList<Article> articles = KnowledgeRepository(database).fullArticles(QStringLiteral("en"));
    QVERIFY(!articles.isEmpty());
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files).size(), articles.size());
    QFile first(QDir(folder).filePath(KnowledgeMarkdownExporter::fileNameFor(articles.constFirst())));
    QVERIFY(first.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(first.readAll()).contains(articles.constFirst().title));
}

void TestPayopsctl::kbExportPdf()
{
    const QString db = path(QStringLiteral("kb.db"));
    const QString folder = path(QStringLiteral("pdf"));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const Run run = ctl({QStringLiteral("kb"), QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("pdf"), folder, QStringLiteral("--db"), db, QStringLiteral("--lang"), language},
                            120'000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile pdf(QDir(folder).filePath(QStringLiteral("payops-knowledge-base-%1.pdf").arg(language)));
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(pdf.fileName()));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 10'000);
    }
    const Run run = ctl({QStringLiteral("kb"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                         folder, QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no articles"), run.err.constData());
}

// ---- alerts --------------------------------------------------------------------------------------

void TestPayopsctl::alertsListAndExport()
{
    const QString db = path(u"alerts.db"_s);
    Run run = ctl({u"alerts"_s, u"list"_s, u"--db"_s, db, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray rules = run.json().value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 12); // the knowledge base's 10 and the scheduled tasks' 2, imported on first use
    QCOMPARE(rules[0].toObject().value(u"name"_s).toString(), u"FailureRatioWarning"_s);
    run = ctl({u"alerts"_s, u"list"_s, u"--db"_s, db});
    QVERIFY2(run.exitCode == 0 && run.out.contains("ServiceDown") && run.out.contains("latency_p95 > 800 ms for 5m"),
             run.out.constData());

    run = ctl({u"alerts"_s, u"export"_s, u"--format"_s, u"json"_s, u"--db"_s, db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"rules"_s).toArray().size(), 12);

    const QString yaml = path(u"rules.yml"_s);
    run = ctl({u"alerts"_s, u"export"_s, u"--format"_s, u"prometheus"_s, u"--db"_s, db, yaml});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (!promtool.isEmpty()) {
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(promtool, {u"check"_s, u"rules"_s, yaml});
        QVERIFY(check.waitForFinished(60'000));
        const QByteArray said = check.readAll();
        // The task rules watch the console's own metrics: Prometheus has no expression for them.
        QVERIFY2(check.exitCode() == 0 && said.contains("SUCCESS: 10 rules found"), said.constData());
    }
    run = ctl({u"alerts"_s, u"export"_s, u"--format"_s, u"yaml"_s, u"--db"_s, db});
    QCOMPARE(run.exitCode, 2);
    run = ctl({u"alerts"_s, u"history"_s, u"--db"_s, db, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(u"events"_s).toArray().size(), 0);
}

void TestPayopsctl::alertsImportReportsEveryBadRule()
{
    const QString db = path(u"alerts.db"_s);
    const QString file = path(u"rules.json"_s);
    QVERIFY(writeFile(file, R"({"format": 1, "rules": [
        {"name": "Fine", "metric": "tps", "comparison": "<", "threshold": 1, "severity": "warning", "summary": "low"},
        {"name": "Typo", "metric": "tsp", "comparison": "<", "threshold": 1, "severity": "warning", "summary": "x"},
        {"name": "Wrong", "metric": "tps", "comparison": "<", "threshold": 1, "severity": "urgent", "summary": "x"}]})"));
    Run run = ctl({u"alerts"_s, u"import"_s, u"--db"_s, db, file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("rule #2 (Typo)") && run.err.contains("\"tsp\""), run.err.constData());
    QVERIFY2(run.err.contains("rule #3 (Wrong)") && run.err.contains("urgent"), run.err.constData());
    QVERIFY2(run.err.contains("Nothing was imported"), run.err.constData());
    QVERIFY(writeFile(file, R"({"format": 1, "rules": [
        {"name": "Fine", "metric": "tps", "comparison": "<", "threshold": 1, "severity": "warning", "summary": "low"}]})"));
    run = ctl({u"alerts"_s, u"import"_s, u"--db"_s, db, file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = ctl({u"alerts"_s, u"list"_s, u"--db"_s, db, u"--json"_s});
    QCOMPARE(run.json().value(u"rules"_s).toArray().size(), 13);
}

void TestPayopsctl::alertsCheckFiresOnCrash()
{
    const QString error = startPaysim();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString targets = path(u"targets.json"_s);
    QVERIFY(writeFile(targets, m_paysim->fileSd(u"1s"_s, u"800ms"_s)));
    const QString rules = path(u"rules.json"_s);
    QVERIFY(writeFile(rules, R"({"format": 1, "rules": [
        {"name": "ServiceDown", "metric": "up", "comparison": "==", "threshold": 0, "unit": "bool", "for": "2s",
         "severity": "critical", "summary": "{service} is down"}]})"));
    const QStringList check{u"alerts"_s, u"check"_s, u"--for"_s, u"5"_s, u"--targets"_s, targets, u"--rules"_s, rules};
    // All up: nothing fires.
    Run run = ctl(check);
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    // The gateway crashed: down, firing after its 2 s, printed as JSON lines; exit 1.
    QCOMPARE(m_paysim->control("PUT", u"/scenario/crash?service=payment_gateway"_s), 200);
    run = ctl(check);
    QCOMPARE(m_paysim->control("DELETE", u"/scenario"_s), 200);
    QVERIFY2(run.exitCode == 1, QByteArray(run.out + run.err).constData());
    QStringList seen;
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject t = QJsonDocument::fromJson(line).object();
        QVERIFY2(!t.isEmpty(), line.constData());
        seen.append(t.value(u"service"_s).toString() + u':' + t.value(u"to"_s).toString());
    }
    QCOMPARE(seen, (QStringList{u"payment_gateway:pending"_s, u"payment_gateway:firing"_s}));
    QVERIFY2(run.err.contains("1 alerts fired"), run.err.constData());
}

void TestPayopsctl::auditVerifyAndExport()
{
    const QString db = path(u"audit.db"_s);
    {
        Database database(ConsoleSchema::databaseOptions());
        QVERIFY(!database.open(db));
        const AuditLog audit(database);
        QVERIFY(!audit.append(u"test.one"_s, {{u"n"_s, 1}}));
        QVERIFY(!audit.append(u"test.two"_s, {{u"n"_s, 2}}));
    }
    Run run = ctl({u"audit"_s, u"verify"_s, u"--db"_s, db, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"entries"_s).toInt(), 2);
    QVERIFY(run.json().value(u"ok"_s).toBool());

    run = ctl({u"audit"_s, u"export"_s, u"--db"_s, db});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"action"_s).toString(), u"test.two"_s);
    const QString file = path(u"audit.jsonl"_s);
    run = ctl({u"audit"_s, u"export"_s, u"--db"_s, db, file});
    QCOMPARE(run.exitCode, 0);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll().trimmed(), lines.join('\n'));
}

void TestPayopsctl::auditVerifyNamesTheTamperedEntry()
{
    const QString db = path(u"tampered.db"_s);
    {
        Database database(ConsoleSchema::databaseOptions());
        QVERIFY(!database.open(db));
        const AuditLog audit(database);
        for (int i = 1; i <= 4; ++i)
            QVERIFY(!audit.append(u"test.step"_s, {{u"n"_s, i}}));
        // Someone with the file drops the append-only triggers and edits entry 3.
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"DROP TRIGGER audit_log_no_update"_s));
        QVERIFY(query.exec(u"UPDATE audit_log SET detail = '{\"n\":30}' WHERE id = 3"_s));
    }
    Run run = ctl({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("entry 3"), run.err.constData());
    run = ctl({u"audit"_s, u"verify"_s, u"--db"_s, db, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().value(u"firstBadId"_s).toInt(), 3);
}

void TestPayopsctl::diagnoseUsageErrors()
{
    Run run = ctl({u"diagnose"_s});
    QCOMPARE(run.exitCode, 2);
    run = ctl({u"diagnose"_s, u"payment_backend"_s, u"--db"_s, path(u"d.db"_s), u"--type"_s, u"no-such-type"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("long-response-time"), run.err.constData());
    run = ctl({u"diagnose"_s, u"payment_backend"_s, u"--deadline"_s, u"zero"_s});
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestPayopsctl)
#include "test_payopsctl.moc"
