// bench_diagnose [--runs N] [--deadline MS]: the wizard's locate step (DiagnosisRunner, every
// playbook) from its start to every automatic check answered, against the real paysim's four
// services (health documents and ports on loopback), N times per service:
//   diagnose_healthy_median/_max: four services with healthy targets (target ≤ 1 s)
//   diagnose_hanging_median/_max: the same with payment_gateway's target hanging (accepts
//     connections, never answers): target ≤ the check deadline + 200 ms
//   diagnose_checks: automatic checks per diagnosis; *_failures: runs that missed their target or
//   left an automatic check without an answer for any other reason than the hanging target.
#include "models/incidents/diagnosisrunner.h"
#include "models/incidents/playbookloader.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "tests/bench/benchoptions.h"
#include "tests/support/paysimprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>

using namespace payops;

namespace {

MetricsSnapshot snapshotOf(const QStringList &services, qint64 nowMs)
{
    MetricsSnapshot snapshot;
    snapshot.timestampMs = nowMs;
    for (const QString &service : services) {
        snapshot.services.append({service, ServiceState::State::Up, {}, nowMs, 1, 1});
        for (const DerivedMetric &metric : DerivedMetricCatalog::all())
            snapshot.values.append(MetricValue{metric.name(), service, {}, metric.id() == DerivedMetricId::Up ? 1.0 : 0.0, nowMs});
    }
    return snapshot;
}

struct Figures
{
    std::vector<double> ms;
    int failures = 0;
    int checks = 0;
};

Figures measure(const QList<Playbook> &playbooks, const QList<ServiceTarget> &targets, const QStringList &services,
                int runs, int deadlineMs, double targetMs, const QString &hangingService)
{
    Figures figures;
    for (int run = 0; run < runs; ++run) {
        for (const QString &service : services) {
            DiagnosisRequest request;
            request.service = service;
            request.playbooks = playbooks;
            request.targets = targets;
            request.snapshot = snapshotOf(services, QDateTime::currentMSecsSinceEpoch());
            request.deadlineMs = deadlineMs;
            DiagnosisRunner runner;
            QEventLoop loop;
            Diagnosis result;
            QObject::connect(&runner, &DiagnosisRunner::finished, &loop, [&](const Diagnosis &diagnosis) {
                result = diagnosis;
                loop.quit();
            });
            QElapsedTimer clock;
            clock.start();
            runner.start(request);
            loop.exec();
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            figures.ms.push_back(ms);
            bool failed = ms > targetMs;
            int checks = 0;
            for (const CauseAssessment &cause : result.causes) {
                for (const CheckVerdict &check : cause.checks) {
                    if (check.type == PlaybookCheck::Type::Manual)
                        continue;
                    ++checks;
                    const bool hanging = check.evidence.contains(hangingService) && !hangingService.isEmpty();
                    if (check.verdict == CheckVerdict::Verdict::Unanswered && check.type != PlaybookCheck::Type::Metric && !hanging)
                        failed = true;
                }
            }
            figures.checks = checks;
            figures.failures += failed ? 1 : 0;
        }
    }
    return figures;
}

void print(const char *name, const Figures &figures)
{
    std::printf("diagnose_%s_median: %.1f ms\n", name, bench::median(figures.ms));
    std::printf("diagnose_%s_max: %.1f ms\n", name, *std::max_element(figures.ms.begin(), figures.ms.end()));
    std::printf("diagnose_%s_failures: %d of %zu runs\n", name, figures.failures, figures.ms.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int runs = int(bench::option(arguments, "--runs", 5));
    const int deadlineMs = int(bench::option(arguments, "--deadline", 1000));

    PaysimProcess paysim;
    if (const QString error = paysim.start(); !error.isEmpty()) {
        std::fprintf(stderr, "paysim did not start: %s\n", qPrintable(error));
        return 1;
    }
    const PlaybookLoader::Result loaded = PlaybookLoader().loadFile(PlaybookLoader::defaultsPath());
    if (!loaded.ok()) {
        std::fprintf(stderr, "playbooks: %s\n", qPrintable(loaded.errors.join(u'\n')));
        return 1;
    }
    const QList<ServiceTarget> targets = paysim.targets(QStringLiteral("1s"), QStringLiteral("800ms"));
    const QStringList services = paysim.services();

    const Figures healthy = measure(loaded.playbooks, targets, services, runs, deadlineMs, 1000, {});
    std::printf("diagnose_checks: %d automatic checks\n", healthy.checks);
    print("healthy", healthy);

    // payment_gateway's target replaced by a port that accepts and never answers.
    QTcpServer hanging;
    hanging.listen(QHostAddress::LocalHost);
    QList<QTcpSocket *> held;
    QObject::connect(&hanging, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = hanging.nextPendingConnection())
            held.append(socket);
    });
    QList<ServiceTarget> withHanging = targets;
    for (ServiceTarget &target : withHanging) {
        if (target.service == QLatin1String("payment_gateway")) {
            target.metricsUrl.setPort(hanging.serverPort());
            target.healthUrl.setPort(hanging.serverPort());
        }
    }
    std::printf("diagnose_deadline: %d ms\n", deadlineMs);
    print("hanging", measure(loaded.playbooks, withHanging, services, runs, deadlineMs, deadlineMs + 200.0,
                             QStringLiteral("payment_gateway")));
    return 0;
}
