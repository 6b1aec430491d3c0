// bench_startup [--days D] [--raw-hours H] [--series N] [--runs R]
//
// Times the real console from process start to its first painted frame and to the first data on the
// dashboard, with an empty database and with one holding D days of 1-minute roll-ups and H hours of
// raw samples (10 s apart) for N series, built through the real HistoryStore. paysim runs on free
// ports and the console polls it (--targets). The console logs its two moments in the category
// payops.startup; this program starts `payops` with QProcess and timestamps the lines as they come,
// so the figures include loading, exec() and painting. Each figure is the median of R runs; a run
// in which a moment never came within the deadline counts as a failure and is reported beside.
// Targets (issue 8): first frame <= 300 ms and dashboard data <= 1 s, with either database.
#include "tests/bench/benchoptions.h"
#include "models/consoleschema.h"
#include "models/metrics/historystore.h"
#include "models/storage/database.h"
#include "tests/support/paysimprocess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace payops;

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr int kDeadlineMs = 20'000;

// The names the console records, so that the dashboard's backfill reads them; fillers up to `count`.
QStringList seriesNames(int count)
{
    const QStringList services{QStringLiteral("payment_frontend"), QStringLiteral("payment_gateway"),
                               QStringLiteral("payment_backend"), QStringLiteral("payment_callback")};
    const QStringList metrics{QStringLiteral("tps"), QStringLiteral("failure_ratio"), QStringLiteral("latency_avg"),
                              QStringLiteral("latency_p95"), QStringLiteral("latency_p99"), QStringLiteral("cpu_percent"),
                              QStringLiteral("memory_bytes"), QStringLiteral("up")};
    QStringList names;
    for (const QString &metric : metrics) {
        names.append(metric);
        for (const QString &service : services)
            names.append(QStringLiteral("%1{service=\"%2\"}").arg(metric, service));
    }
    for (int i = int(names.size()); i < count; ++i)
        names.append(QStringLiteral("bench_filler{i=\"%1\"}").arg(i));
    return names.mid(0, count);
}

std::optional<QString> buildHistory(const QString &path, double days, double rawHours, int seriesCount)
{
    Database database(ConsoleSchema::databaseOptions());
    if (const auto error = database.open(path))
        return error->message;
    HistoryStore store;
    if (const auto error = store.open(database))
        return error;
    QList<HistorySample> cycle;
    for (const QString &name : seriesNames(seriesCount))
        cycle.append({store.seriesId(name).id, 0, 0.0});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 rawFrom = now - qint64(rawHours * 3600'000);
    const auto appendAt = [&](qint64 timestampMs, qint64 step) -> std::optional<QString> {
        for (qsizetype i = 0; i < cycle.size(); ++i) {
            cycle[i].timestampMs = timestampMs;
            cycle[i].value = double((step * 7 + i) % 1009) / 10.0;
        }
        return store.append(cycle);
    };
    // One sample a minute up to the raw window (what the 1-minute roll-ups summarise), then every 10 s.
    qint64 step = 0;
    for (qint64 t = now - qint64(days * 24 * 60 * kMinuteMs); t < rawFrom; t += kMinuteMs, ++step) {
        if (auto error = appendAt(t, step))
            return error;
    }
    for (qint64 t = rawFrom; t < now; t += 10'000, ++step) {
        if (auto error = appendAt(t, step))
            return error;
    }
    if (auto error = store.checkpoint())
        return error;
    return store.enforceRetention(now);
}

struct Run
{
    std::optional<double> firstFrameMs;
    std::optional<double> firstDataMs;
};

Run startConsole(const QString &database, const QString &targets, const QString &home)
{
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false\npayops.startup.info=true"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home); // the operator's settings stay out of it
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    console.setProcessEnvironment(environment);
    console.setProcessChannelMode(QProcess::SeparateChannels);
    console.setReadChannel(QProcess::StandardError); // waitForReadyRead() wakes for the log lines
    Run run;
    QElapsedTimer clock;
    clock.start();
    console.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/payops/payops"),
                  {QStringLiteral("--db"), database, QStringLiteral("--targets"), targets,
                   QStringLiteral("--window-size"), QStringLiteral("1920x1080")});
    QByteArray output;
    while (clock.elapsed() < kDeadlineMs && (!run.firstFrameMs || !run.firstDataMs)) {
        if (!console.waitForReadyRead(100) && console.state() == QProcess::NotRunning)
            break;
        output += console.readAllStandardError();
        const double now = double(clock.nsecsElapsed()) / 1e6;
        if (!run.firstFrameMs && output.contains("first frame painted"))
            run.firstFrameMs = now;
        if (!run.firstDataMs && output.contains("first data shown"))
            run.firstDataMs = now;
    }
    console.kill();
    console.waitForFinished(5000);
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const char *name, double fallback) { return bench::option(args, name, fallback); };
    const double days = option("--days", 30);
    const double rawHours = option("--raw-hours", 48);
    const int seriesCount = int(option("--series", 200));
    const int runs = std::max(1, int(option("--runs", 5)));

    QTemporaryDir dir;
    PaysimProcess paysim;
    if (const QString error = paysim.start(); !error.isEmpty()) {
        std::fprintf(stderr, "paysim: %s\n", qPrintable(error));
        return 1;
    }
    QFile targets(dir.filePath(QStringLiteral("targets.json")));
    if (!targets.open(QIODevice::WriteOnly) || targets.write(paysim.fileSd(QStringLiteral("1s"), QStringLiteral("800ms"))) < 0)
        return 1;
    targets.close();

    const QString historyDb = dir.filePath(QStringLiteral("history.db"));
    QElapsedTimer build;
    build.start();
    if (const auto error = buildHistory(historyDb, days, rawHours, seriesCount)) {
        std::fprintf(stderr, "building the history database: %s\n", qPrintable(*error));
        return 1;
    }
    std::printf("history_database: %d series, %.1f days of 1-minute roll-ups, %.1f h raw\n", seriesCount, days, rawHours);
    std::printf("history_database_size: %.1f MB\n", double(QFileInfo(historyDb).size()) / 1e6);
    std::printf("history_database_build: %.1f s\n", double(build.elapsed()) / 1000.0);

    int failures = 0;
    for (const auto &[label, database] : {std::pair{"empty_db", QString()}, std::pair{"history_db", historyDb}}) {
        QList<double> frames, data;
        for (int r = 0; r < runs; ++r) {
            // The empty database is a new file every run; the history one is the same file each time.
            const QString path = database.isEmpty() ? dir.filePath(QStringLiteral("empty-%1.db").arg(r)) : database;
            const Run run = startConsole(path, targets.fileName(), dir.filePath(QStringLiteral("home")));
            if (run.firstFrameMs)
                frames.append(*run.firstFrameMs);
            if (run.firstDataMs)
                data.append(*run.firstDataMs);
            failures += (run.firstFrameMs ? 0 : 1) + (run.firstDataMs ? 0 : 1);
        }
        std::printf("startup_first_frame_%s: %.0f ms (median of %lld runs)\n", label, median(frames), qint64(frames.size()));
        std::printf("startup_first_data_%s: %.0f ms (median of %lld runs)\n", label, median(data), qint64(data.size()));
    }
    std::printf("startup_failures: %d (runs x moments that never came within %d s)\n", failures, kDeadlineMs / 1000);
    return failures == 0 ? 0 : 1;
}
