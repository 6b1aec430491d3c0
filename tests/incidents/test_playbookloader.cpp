// PlaybookLoader: every validation rule (data-driven, one row per rule, each error naming its
// playbook / cause / check), the shipped playbooks.json, units and the JSON round trip.
#include "models/contacts/contactdefaults.h"
#include "models/incidents/playbookformatter.h"
#include "models/incidents/playbookloader.h"
#include "models/metrics/derivedmetriccatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace payops;

namespace {

const QStringList kServices{QStringLiteral("payment_frontend"), QStringLiteral("payment_gateway"),
                            QStringLiteral("payment_backend"), QStringLiteral("payment_callback")};

QJsonObject text(const char *en, const char16_t *zh)
{
    return QJsonObject{{QStringLiteral("en"), QLatin1String(en)}, {QStringLiteral("zh_CN"), QString::fromUtf16(zh)}};
}

// A small valid document: one playbook, one cause with one check of each type and two solutions.
QJsonObject validDocument()
{
    const QJsonArray checks{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")}, {QStringLiteral("type"), QStringLiteral("metric")},
                    {QStringLiteral("metric"), QStringLiteral("failure_ratio")}, {QStringLiteral("service"), QStringLiteral("affected")},
                    {QStringLiteral("comparison"), QStringLiteral(">")}, {QStringLiteral("threshold"), 5},
                    {QStringLiteral("unit"), QStringLiteral("%")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("h1")}, {QStringLiteral("type"), QStringLiteral("health")},
                    {QStringLiteral("service"), QStringLiteral("payment_gateway")},
                    {QStringLiteral("dependency"), QStringLiteral("database")}, {QStringLiteral("expect"), QStringLiteral("up")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("t1")}, {QStringLiteral("type"), QStringLiteral("tcp")},
                    {QStringLiteral("host"), QStringLiteral("bank.example.com")}, {QStringLiteral("port"), 443},
                    {QStringLiteral("maxLatencyMs"), 500}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("q1")}, {QStringLiteral("type"), QStringLiteral("manual")},
                    {QStringLiteral("question"), text("Was anything deployed?", u"是否有新的部署？")},
                    {QStringLiteral("yesMeans"), QStringLiteral("confirms")}},
    };
    const QJsonArray solutions{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("s1")}, {QStringLiteral("text"), text("Restart it.", u"重启服务。")},
                    {QStringLiteral("action"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("command")}, {QStringLiteral("program"), QStringLiteral("systemctl")},
                                 {QStringLiteral("arguments"), QJsonArray{QStringLiteral("restart"), QStringLiteral("{service}")}}}}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("s2")}, {QStringLiteral("text"), text("Call the owner.", u"联系负责人。")},
                    {QStringLiteral("action"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("contact")}, {QStringLiteral("role"), QStringLiteral("service_manager")},
                                 {QStringLiteral("service"), QStringLiteral("payment_gateway")}}}},
    };
    const QJsonObject cause{{QStringLiteral("id"), QStringLiteral("c1")}, {QStringLiteral("title"), text("Cause", u"原因")},
                            {QStringLiteral("checks"), checks}, {QStringLiteral("solutions"), solutions}};
    const QJsonObject playbook{{QStringLiteral("id"), QStringLiteral("p1")},
                               {QStringLiteral("article"), QStringLiteral("incident-transaction-failure")},
                               {QStringLiteral("title"), text("Title", u"标题")},
                               {QStringLiteral("summary"), text("Summary", u"摘要")},
                               {QStringLiteral("symptoms"), QJsonArray{QJsonObject{{QStringLiteral("text"), text("Symptom", u"症状")}}}},
                               {QStringLiteral("causes"), QJsonArray{cause}}};
    return QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("playbooks"), QJsonArray{playbook}}};
}

// Sets (or with an undefined value removes) the value at a '/'-separated path of objects and arrays.
QJsonValue setPath(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty()) {
            if (value.isUndefined())
                array.removeAt(index);
            else if (index >= array.size())
                array.append(value);
            else
                array[index] = value;
        } else {
            array[index] = setPath(array.at(index), path, value);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    } else {
        object.insert(key, setPath(object.value(key), path, value));
    }
    return object;
}

QByteArray mutated(const QString &path, const QJsonValue &value)
{
    const QJsonValue root = setPath(validDocument(), path.split(u'/'), value);
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
}

const QString kCheck0 = QStringLiteral("playbooks/0/causes/0/checks/0/");
const QString kCheck2 = QStringLiteral("playbooks/0/causes/0/checks/2/");
const QString kAction0 = QStringLiteral("playbooks/0/causes/0/solutions/0/action/");
const QString kAction1 = QStringLiteral("playbooks/0/causes/0/solutions/1/action/");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList knowledgeArticleIds()
{
    const QJsonObject index =
        QJsonDocument::fromJson(readFile(QStringLiteral(PAYOPS_TEST_DATA_DIR "/../../resources/knowledge/index.json"))).object();
    QStringList ids;
    for (const QJsonValue &section : index.value(QStringLiteral("sections")).toArray()) {
        for (const QJsonValue &article : section.toObject().value(QStringLiteral("articles")).toArray())
            ids.append(article.toString());
    }
    return ids;
}

} // namespace

class TestPlaybookLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDocumentLoads();
    void reportsEachProblem_data();
    void reportsEachProblem();
    void reportsEveryProblemAtOnce();
    void checksReferencesWhenKnown();
    void shippedPlaybooksValidate();
    void shippedPlaybooksReferenceContactsAndMetrics();
    void roundTripsThroughJson();
    void convertsUnits();
    void describesChecksInWords();
};

void TestPlaybookLoader::validDocumentLoads()
{
    const PlaybookLoader::Result result = PlaybookLoader().load(QJsonDocument(validDocument()).toJson());
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.playbooks.size(), 1);
    const Playbook &playbook = result.playbooks.constFirst();
    QCOMPARE(playbook.causes.constFirst().checks.size(), 4);
    const PlaybookCheck &tcp = playbook.causes.constFirst().checks.at(2);
    QCOMPARE(tcp.type, PlaybookCheck::Type::Tcp);
    QCOMPARE(tcp.host, QStringLiteral("bank.example.com"));
    QCOMPARE(tcp.port, 443);
    const PlaybookAction &command = playbook.causes.constFirst().solutions.constFirst().action;
    QCOMPARE(command.type, PlaybookAction::Type::Command);
    QCOMPARE(command.arguments, (QStringList{QStringLiteral("restart"), QStringLiteral("{service}")}));
    QVERIFY(command.confirm);
}

void TestPlaybookLoader::reportsEachProblem_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected");

    const auto undefined = QJsonValue(QJsonValue::Undefined);
    QTest::newRow("not json") << QByteArray("{\"format\": 1,") << QStringLiteral("not valid JSON");
    QTest::newRow("unsupported format") << mutated(QStringLiteral("format"), 2) << QStringLiteral("unsupported format 2");
    QTest::newRow("unknown metric name")
        << mutated(kCheck0 + u"metric", QStringLiteral("latency_p42"))
        << QStringLiteral("playbook \"p1\", cause \"c1\", check \"m1\": unknown metric name \"latency_p42\"");
    QTest::newRow("bad comparison") << mutated(kCheck0 + u"comparison", QStringLiteral("=="))
                                    << QStringLiteral("check \"m1\": bad comparison \"==\"");
    QTest::newRow("threshold not a number") << mutated(kCheck0 + u"threshold", QStringLiteral("five"))
                                            << QStringLiteral("check \"m1\": threshold must be a number");
    QTest::newRow("unit does not fit metric") << mutated(kCheck0 + u"unit", QStringLiteral("ms"))
                                              << QStringLiteral("unit \"ms\" does not fit metric \"failure_ratio\"");
    QTest::newRow("missing unit") << mutated(kCheck0 + u"unit", undefined)
                                  << QStringLiteral("check \"m1\": missing field \"unit\"");
    QTest::newRow("unknown field") << mutated(kCheck0 + u"treshold", 3)
                                   << QStringLiteral("check \"m1\": unknown field \"treshold\"");
    QTest::newRow("missing field") << mutated(QStringLiteral("playbooks/0/causes/0/title"), undefined)
                                   << QStringLiteral("playbook \"p1\", cause \"c1\": missing field \"title\"");
    QTest::newRow("missing translation") << mutated(QStringLiteral("playbooks/0/title/zh_CN"), undefined)
                                         << QStringLiteral("playbook \"p1\": missing field \"title.zh_CN\"");
    QTest::newRow("unknown check type") << mutated(kCheck0 + u"type", QStringLiteral("ping"))
                                        << QStringLiteral("check \"m1\": unknown check type \"ping\"");
    QTest::newRow("bad port") << mutated(kCheck2 + u"port", 70000) << QStringLiteral("check \"t1\": bad port 70000");
    QTest::newRow("port zero") << mutated(kCheck2 + u"port", 0) << QStringLiteral("check \"t1\": bad port 0");
    QTest::newRow("port as text") << mutated(kCheck2 + u"port", QStringLiteral("https"))
                                  << QStringLiteral("check \"t1\": bad port \"https\"");
    QTest::newRow("tcp with service and host") << mutated(kCheck2 + u"service", QStringLiteral("payment_gateway"))
                                               << QStringLiteral("check \"t1\": give either \"service\" or \"host\"");
    QTest::newRow("tcp latency") << mutated(kCheck2 + u"maxLatencyMs", -5) << QStringLiteral("check \"t1\": bad maxLatencyMs -5");
    QTest::newRow("bad expected status") << mutated(QStringLiteral("playbooks/0/causes/0/checks/1/expect"), QStringLiteral("green"))
                                         << QStringLiteral("check \"h1\": bad expected status \"green\"");
    QTest::newRow("bad yesMeans") << mutated(QStringLiteral("playbooks/0/causes/0/checks/3/yesMeans"), QStringLiteral("maybe"))
                                  << QStringLiteral("check \"q1\": bad yesMeans \"maybe\"");
    QTest::newRow("duplicate check id") << mutated(QStringLiteral("playbooks/0/causes/0/checks/1/id"), QStringLiteral("m1"))
                                        << QStringLiteral("duplicate check id \"m1\"");
    {
        QJsonObject document = validDocument();
        QJsonArray playbooks = document.value(QStringLiteral("playbooks")).toArray();
        QJsonObject playbook = playbooks.at(0).toObject();
        QJsonArray causes = playbook.value(QStringLiteral("causes")).toArray();
        QJsonObject second = causes.at(0).toObject();
        QJsonArray checks;
        for (const QJsonValue &check : second.value(QStringLiteral("checks")).toArray()) {
            QJsonObject renamed = check.toObject();
            renamed.insert(QStringLiteral("id"), QString(renamed.value(QStringLiteral("id")).toString() + QStringLiteral("-b")));
            checks.append(renamed);
        }
        second.insert(QStringLiteral("checks"), checks);
        second.insert(QStringLiteral("solutions"), QJsonArray{});
        causes.append(second);
        playbook.insert(QStringLiteral("causes"), causes);
        playbooks[0] = playbook;
        document.insert(QStringLiteral("playbooks"), playbooks);
        QTest::newRow("duplicate cause id") << QJsonDocument(document).toJson() << QStringLiteral("duplicate cause id \"c1\"");
        QTest::newRow("empty solutions") << QJsonDocument(document).toJson()
                                         << QStringLiteral("cause \"c1\": field \"solutions\" is an empty list");
        playbooks.append(validDocument().value(QStringLiteral("playbooks")).toArray().at(0));
        document.insert(QStringLiteral("playbooks"), QJsonArray{playbooks.at(1), playbooks.at(1)});
        QTest::newRow("duplicate playbook id") << QJsonDocument(document).toJson()
                                               << QStringLiteral("playbook \"p1\": duplicate playbook id");
    }
    QTest::newRow("bad id") << mutated(QStringLiteral("playbooks/0/id"), QStringLiteral("Transaction Failure"))
                            << QStringLiteral("bad id \"Transaction Failure\"");
    QTest::newRow("no causes") << mutated(QStringLiteral("playbooks/0/causes"), QJsonArray{})
                               << QStringLiteral("playbook \"p1\": field \"causes\" is an empty list");
    QTest::newRow("unknown action type") << mutated(kAction0 + u"type", QStringLiteral("email"))
                                         << QStringLiteral("solution \"s1\", action: unknown action type \"email\"");
    QTest::newRow("shell string") << mutated(kAction0 + u"program", QStringLiteral("systemctl restart gateway"))
                                  << QStringLiteral("solution \"s1\", action: program \"systemctl restart gateway\" is a shell string");
    QTest::newRow("shell program") << mutated(kAction0 + u"program", QStringLiteral("/bin/bash"))
                                   << QStringLiteral("program \"/bin/bash\" runs a shell");
    QTest::newRow("argument not text") << mutated(kAction0 + u"arguments", QJsonArray{QStringLiteral("restart"), 5})
                                       << QStringLiteral("argument 5 must be a text");
    QTest::newRow("unknown placeholder") << mutated(kAction0 + u"arguments", QJsonArray{QStringLiteral("{hostname}")})
                                         << QStringLiteral("unknown placeholder {hostname}");
    QTest::newRow("unknown contact role") << mutated(kAction1 + u"role", QStringLiteral("cto"))
                                          << QStringLiteral("solution \"s2\", action: unknown contact role \"cto\"");
    QTest::newRow("service manager without service") << mutated(kAction1 + u"service", undefined)
                                                     << QStringLiteral("solution \"s2\", action: missing field \"service\"");
    QTest::newRow("bad indicator") << mutated(QStringLiteral("playbooks/0/symptoms/0/indicator"),
                                              QJsonObject{{QStringLiteral("type"), QStringLiteral("manual")}})
                                   << QStringLiteral("symptom #1, indicator: an indicator must be a metric check");
}

void TestPlaybookLoader::reportsEachProblem()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);
    const PlaybookLoader::Result result = PlaybookLoader().load(document);
    QVERIFY(!result.ok());
    QVERIFY(result.playbooks.isEmpty()); // nothing half-accepted
    bool found = false;
    for (const QString &error : result.errors)
        found = found || error.contains(expected);
    QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, result.errors.join(u'\n'))));
}

void TestPlaybookLoader::reportsEveryProblemAtOnce()
{
    QByteArray document = mutated(kCheck0 + u"metric", QStringLiteral("nope"));
    QJsonObject root = QJsonDocument::fromJson(document).object();
    root = setPath(root, QString(kCheck2 + u"port").split(u'/'), 0).toObject();
    const PlaybookLoader::Result result = PlaybookLoader().load(QJsonDocument(root).toJson());
    QCOMPARE(result.errors.size(), 2);
}

void TestPlaybookLoader::checksReferencesWhenKnown()
{
    PlaybookLoader::Context context;
    context.knownServices = kServices;
    context.knownArticles = {QStringLiteral("incident-transaction-failure")};
    QVERIFY(PlaybookLoader(context).load(QJsonDocument(validDocument()).toJson()).ok());

    const PlaybookLoader::Result service =
        PlaybookLoader(context).load(mutated(QStringLiteral("playbooks/0/causes/0/checks/1/service"), QStringLiteral("payment_gatewy")));
    QVERIFY(service.errors.join(u'\n').contains(QStringLiteral("check \"h1\": unknown service \"payment_gatewy\"")));

    const PlaybookLoader::Result article =
        PlaybookLoader(context).load(mutated(QStringLiteral("playbooks/0/article"), QStringLiteral("incident-typo")));
    QVERIFY(article.errors.join(u'\n').contains(QStringLiteral("playbook \"p1\": unknown knowledge article \"incident-typo\"")));
}

void TestPlaybookLoader::shippedPlaybooksValidate()
{
    PlaybookLoader::Context context;
    context.knownServices = kServices;
    context.knownArticles = knowledgeArticleIds();
    if (context.knownArticles.isEmpty())
        qWarning("resources/knowledge/index.json not found: article ids not checked");
    const PlaybookLoader::Result result = PlaybookLoader(context).loadFile(PlaybookLoader::defaultsPath());
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QStringList ids;
    for (const Playbook &playbook : result.playbooks)
        ids.append(playbook.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("transaction-failure"), QStringLiteral("long-response-time"),
                               QStringLiteral("system-downtime"), QStringLiteral("security-issues")}));
    // The knowledge base's causes, in its order.
    QCOMPARE(result.playbooks.at(0).causes.size(), 2);
    QCOMPARE(result.playbooks.at(1).causes.size(), 3);
    QCOMPARE(result.playbooks.at(2).causes.size(), 3);
    QCOMPARE(result.playbooks.at(3).causes.size(), 3);
    for (const Playbook &playbook : result.playbooks) {
        QVERIFY(!playbook.title.zhCN.isEmpty());
        QVERIFY(playbook.article.startsWith(QStringLiteral("incident-")));
        for (const PlaybookCause &cause : playbook.causes) {
            QVERIFY2(!cause.checks.isEmpty() && !cause.solutions.isEmpty(), qPrintable(cause.id));
        }
    }
}

void TestPlaybookLoader::shippedPlaybooksReferenceContactsAndMetrics()
{
    const PlaybookLoader::Result result = PlaybookLoader().loadFile(PlaybookLoader::defaultsPath());
    QVERIFY(result.ok());
    const ContactDefaults::Result contacts = ContactDefaults::load();
    QVERIFY2(contacts.ok(), qPrintable(contacts.errors.join(u'\n')));
    QSet<QString> rolesAndServices;
    QSet<ContactRole> roles;
    for (const ContactEntry &entry : contacts.entries) {
        rolesAndServices.insert(ContactRoles::key(entry.role) + u'/' + entry.service);
        roles.insert(entry.role);
    }
    int metricChecks = 0;
    int contactActions = 0;
    for (const Playbook &playbook : result.playbooks) {
        for (const PlaybookCause &cause : playbook.causes) {
            for (const PlaybookCheck &check : cause.checks) {
                if (check.type == PlaybookCheck::Type::Metric) {
                    ++metricChecks;
                    QVERIFY2(DerivedMetricCatalog::contains(check.metric), qPrintable(check.metric));
                }
            }
            for (const PlaybookSolution &solution : cause.solutions) {
                if (solution.action.type != PlaybookAction::Type::Contact)
                    continue;
                ++contactActions;
                QVERIFY2(roles.contains(solution.action.role), qPrintable(solution.id));
                if (!solution.action.service.isEmpty() && solution.action.service != u"affected") {
                    const QString key = ContactRoles::key(solution.action.role) + u'/' + solution.action.service;
                    QVERIFY2(rolesAndServices.contains(key), qPrintable(key));
                }
            }
        }
    }
    QVERIFY(metricChecks >= 15);
    QVERIFY(contactActions >= 8);
}

void TestPlaybookLoader::roundTripsThroughJson()
{
    const PlaybookLoader::Result shipped = PlaybookLoader().loadFile(PlaybookLoader::defaultsPath());
    QVERIFY(shipped.ok());
    const PlaybookLoader::Result again = PlaybookLoader().load(PlaybookLoader::toDocument(shipped.playbooks));
    QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
    QCOMPARE(again.playbooks, shipped.playbooks);
}

void TestPlaybookLoader::convertsUnits()
{
    using Id = DerivedMetricId;
    QCOMPARE(DerivedMetricCatalog::toCanonical(Id::LatencyP95, 800, u"ms").value(), 0.8);
    QCOMPARE(DerivedMetricCatalog::toCanonical(Id::FailureRatio, 5, u"%").value(), 0.05);
    QCOMPARE(DerivedMetricCatalog::toCanonical(Id::Tps, 60, u"/min").value(), 1.0);
    QCOMPARE(DerivedMetricCatalog::toCanonical(Id::MemoryBytes, 2, u"GiB").value(), 2.0 * 1024 * 1024 * 1024);
    QCOMPARE(DerivedMetricCatalog::toCanonical(Id::Up, 1, u"bool").value(), 1.0);
    QVERIFY(!DerivedMetricCatalog::toCanonical(Id::CpuPercent, 5, u"ms"));
    QVERIFY(!DerivedMetricCatalog::toCanonical(Id::FailureRatio, 1, u"bool"));
    // Every metric's first threshold unit is its canonical one.
    for (const DerivedMetric &metric : DerivedMetricCatalog::all()) {
        const QStringList units = DerivedMetricCatalog::thresholdUnits(metric.id());
        QVERIFY2(!units.isEmpty(), metric.nameLatin1());
        QCOMPARE(DerivedMetricCatalog::toCanonical(metric.id(), 3.0, units.constFirst()).value(), 3.0);
    }

    const PlaybookLoader::Result result = PlaybookLoader().load(QJsonDocument(validDocument()).toJson());
    const PlaybookCheck &check = result.playbooks.constFirst().causes.constFirst().checks.constFirst();
    QCOMPARE(check.canonicalThreshold, 0.05);
    QVERIFY(check.confirmedBy(0.06));
    QVERIFY(!check.confirmedBy(0.05));
    QCOMPARE(check.windowSeconds, 300);
}

void TestPlaybookLoader::describesChecksInWords()
{
    const PlaybookLoader::Result result = PlaybookLoader().load(QJsonDocument(validDocument()).toJson());
    const QList<PlaybookCheck> &checks = result.playbooks.constFirst().causes.constFirst().checks;
    const QLocale english(QLocale::English);
    QCOMPARE(PlaybookFormatter::describeCheck(checks.at(0), english),
             QStringLiteral("Failure ratio of the affected service above 5% over the last 5 min"));
    QVERIFY(PlaybookFormatter::describeCheck(checks.at(1), english).contains(QStringLiteral("\"database\"")));
    QCOMPARE(PlaybookFormatter::describeCheck(checks.at(2), english),
             QStringLiteral("A TCP connection to bank.example.com:443 fails or takes longer than 500 ms"));
    QCOMPARE(PlaybookFormatter::describeCheck(checks.at(3), QLocale(QLocale::Chinese, QLocale::China)),
             QString::fromUtf16(u"是否有新的部署？"));
    const PlaybookAction &command = result.playbooks.constFirst().causes.constFirst().solutions.at(0).action;
    QCOMPARE(PlaybookFormatter::commandLine(command), QStringLiteral("systemctl restart {service}"));
}

QTEST_GUILESS_MAIN(TestPlaybookLoader)
#include "test_playbookloader.moc"
