// Option parsing, the port scheme and the start-up port lines, without starting anything.
#include "app/paysim/commandline.h"
#include "app/paysim/portmap.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace payops::sim;

class TestPaysimCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void portScheme();
    void portOfOverridesOneService();
    void scenariosAndSeed();
    void controlBindIsIndependentOfBind();
    void startTime();
    void errors_data();
    void errors();
    void helpAndListing();
    void portMapCollapsesRanges();
};

namespace {

CommandLineResult parse(QStringList args)
{
    args.prepend(u"paysim"_s);
    return CommandLine::parse(args);
}

} // namespace

void TestPaysimCommandLine::defaults()
{
    const CommandLineResult r = parse({});
    QCOMPARE(r.action, CommandLineResult::Action::Run);
    QCOMPARE(r.options.bind, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(r.options.controlPort, 9099);
    QCOMPARE(r.options.controlBind, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(r.options.portFor(ServiceKind::Frontend, 0), 9101);
    QCOMPARE(r.options.portFor(ServiceKind::Gateway, 0), 9102);
    QCOMPARE(r.options.portFor(ServiceKind::Backend, 0), 9103);
    QCOMPARE(r.options.portFor(ServiceKind::Callback, 0), 9104);
    QVERIFY(!r.options.seed.has_value());
    QCOMPARE(r.options.speed, 1.0);
}

void TestPaysimCommandLine::portScheme()
{
    const CommandLineResult r = parse({u"--instances"_s, u"500"_s, u"--base-port"_s, u"20000"_s});
    QCOMPARE(r.action, CommandLineResult::Action::Run);
    QCOMPARE(r.options.portFor(ServiceKind::Frontend, 0), 20000);
    QCOMPARE(r.options.portFor(ServiceKind::Frontend, 499), 20499);
    QCOMPARE(r.options.portFor(ServiceKind::Gateway, 0), 20500);
    QCOMPARE(r.options.portFor(ServiceKind::Callback, 499), 21999);

    const CommandLineResult free = parse({u"--base-port"_s, u"0"_s, u"--control-port"_s, u"0"_s});
    QCOMPARE(free.action, CommandLineResult::Action::Run);
    QCOMPARE(free.options.portFor(ServiceKind::Backend, 0), 0);
    QCOMPARE(free.options.controlPort, 0);
}

void TestPaysimCommandLine::portOfOverridesOneService()
{
    const CommandLineResult r = parse({u"--port-of"_s, u"payment_gateway=9300"_s, u"--port-of"_s, u"callback=9400"_s,
                                       u"--instances"_s, u"3"_s});
    QCOMPARE(r.action, CommandLineResult::Action::Run);
    QCOMPARE(r.options.portFor(ServiceKind::Frontend, 1), 9102);
    QCOMPARE(r.options.portFor(ServiceKind::Gateway, 2), 9302);
    QCOMPARE(r.options.portFor(ServiceKind::Callback, 0), 9400);
}

void TestPaysimCommandLine::scenariosAndSeed()
{
    const CommandLineResult r = parse({u"--scenario"_s, u"slow-db"_s, u"--scenario"_s, u"crash-hang:payment_backend"_s,
                                       u"--seed"_s, u"42"_s, u"--speed"_s, u"60"_s, u"--bind"_s, u"::1"_s});
    QCOMPARE(r.action, CommandLineResult::Action::Run);
    QCOMPARE(r.options.scenarios.size(), 2);
    QCOMPARE(r.options.scenarios.at(0).name, u"slow-db"_s);
    QVERIFY(r.options.scenarios.at(0).service.isEmpty());
    QCOMPARE(r.options.scenarios.at(1).name, u"crash-hang"_s);
    QCOMPARE(r.options.scenarios.at(1).service, u"payment_backend"_s);
    QCOMPARE(r.options.seed, std::optional<quint64>(42));
    QCOMPARE(r.options.speed, 60.0);
    QCOMPARE(r.options.bind, QHostAddress(QHostAddress::LocalHostIPv6));
}

void TestPaysimCommandLine::controlBindIsIndependentOfBind()
{
    // Serving the metrics to the network does not open the scenario switch to it.
    const CommandLineResult wide = parse({u"--bind"_s, u"0.0.0.0"_s});
    QCOMPARE(wide.action, CommandLineResult::Action::Run);
    QCOMPARE(wide.options.bind, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(wide.options.controlBind, QHostAddress(QHostAddress::LocalHost));
    const CommandLineResult v6 = parse({u"--control-bind"_s, u"::1"_s});
    QCOMPARE(v6.options.controlBind, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(v6.options.bind, QHostAddress(QHostAddress::LocalHost));
}

void TestPaysimCommandLine::startTime()
{
    QCOMPARE(parse({u"--start-time"_s, u"1714557600"_s}).options.startMs, std::optional<qint64>(1714557600000));
    QCOMPARE(parse({u"--start-time"_s, u"2024-05-01T10:00:00Z"_s}).options.startMs,
             std::optional<qint64>(1714557600000));
}

void TestPaysimCommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("scenario") << QStringList{u"--scenario"_s, u"meteor"_s};
    QTest::newRow("scenario service") << QStringList{u"--scenario"_s, u"ddos:nowhere"_s};
    QTest::newRow("port") << QStringList{u"--base-port"_s, u"-1"_s};
    QTest::newRow("range past 65535") << QStringList{u"--base-port"_s, u"65000"_s, u"--instances"_s, u"500"_s};
    QTest::newRow("control in range") << QStringList{u"--control-port"_s, u"9103"_s};
    QTest::newRow("port-of overlap") << QStringList{u"--port-of"_s, u"payment_backend=9101"_s};
    QTest::newRow("port-of syntax") << QStringList{u"--port-of"_s, u"9101"_s};
    QTest::newRow("instances") << QStringList{u"--instances"_s, u"0"_s};
    QTest::newRow("seed") << QStringList{u"--seed"_s, u"abc"_s};
    QTest::newRow("speed") << QStringList{u"--speed"_s, u"-2"_s};
    QTest::newRow("speed too high") << QStringList{u"--speed"_s, u"100000"_s};
    QTest::newRow("start-time") << QStringList{u"--start-time"_s, u"yesterday"_s};
    QTest::newRow("bind") << QStringList{u"--bind"_s, u"localhost.example"_s};
    QTest::newRow("control-bind") << QStringList{u"--control-bind"_s, u"localhost"_s};
    QTest::newRow("positional") << QStringList{u"extra"_s};
}

void TestPaysimCommandLine::errors()
{
    QFETCH(QStringList, arguments);
    const CommandLineResult r = parse(arguments);
    QCOMPARE(r.action, CommandLineResult::Action::Error);
    QVERIFY(!r.text.isEmpty());
}

void TestPaysimCommandLine::helpAndListing()
{
    QCOMPARE(parse({u"--help"_s}).action, CommandLineResult::Action::Help);
    QVERIFY(parse({u"--help"_s}).text.contains(u"crash-hang"_s));
    const CommandLineResult list = parse({u"--list-scenarios"_s});
    QCOMPARE(list.action, CommandLineResult::Action::ListScenarios);
    QCOMPARE(list.text.count(u'\n'), 9);
}

void TestPaysimCommandLine::portMapCollapsesRanges()
{
    using E = ServiceServer::Endpoint;
    const QList<E> endpoints = {{ServiceKind::Frontend, 0, 9101}, {ServiceKind::Frontend, 1, 9102},
                                {ServiceKind::Gateway, 0, 9103},  {ServiceKind::Gateway, 1, 9104},
                                {ServiceKind::Backend, 0, 40001}, {ServiceKind::Backend, 1, 38000}};
    const QStringList lines = PortMap::lines(QHostAddress(QHostAddress::AnyIPv4), endpoints,
                                             QHostAddress(QHostAddress::LocalHost), 9100);
    const QStringList expected = {u"listening payment_frontend 0.0.0.0:9101-9102 /metrics /health"_s,
                                  u"listening payment_gateway 0.0.0.0:9103-9104 /metrics /health"_s,
                                  u"listening payment_backend 0.0.0.0:40001 /metrics /health"_s,
                                  u"listening payment_backend 0.0.0.0:38000 /metrics /health"_s,
                                  u"control 127.0.0.1:9100"_s};
    QCOMPARE(lines, expected);
}

QTEST_GUILESS_MAIN(TestPaysimCommandLine)
#include "test_paysim_commandline.moc"
