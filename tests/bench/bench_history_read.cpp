// bench_history_read [--hours H] [--series N] [--reads R]: builds a history of N series x H hours
// at 1 s through the real storage code, then times reading one series' whole range (raw).
#include "tests/bench/benchoptions.h"
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "models/metrics/historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace payops;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const char *name, double fallback) { return bench::option(args, name, fallback); };
    const double hours = option("--hours", 24);
    const int seriesCount = int(option("--series", 200));
    const int reads = int(option("--reads", 20));
    const qint64 points = qint64(hours * 3600);

    QTemporaryDir dir;
    Database database(ConsoleSchema::databaseOptions());
    if (const auto error = database.open(dir.filePath(QStringLiteral("bench.db")))) {
        std::fprintf(stderr, "%s\n", qPrintable(error->message));
        return 1;
    }
    HistoryStore store;
    if (const auto error = store.open(database)) {
        std::fprintf(stderr, "%s\n", qPrintable(*error));
        return 1;
    }
    QList<HistorySample> cycle(seriesCount);
    for (int i = 0; i < seriesCount; ++i)
        cycle[i].seriesId = store.seriesId(QStringLiteral("bench_series{i=\"%1\"}").arg(i)).id;
    const qint64 start = 1'700'000'000'000;
    QElapsedTimer build;
    build.start();
    for (qint64 s = 0; s < points; ++s) {
        for (int i = 0; i < seriesCount; ++i) {
            cycle[i].timestampMs = start + s * 1000;
            cycle[i].value = double((s * 7 + i) % 1009) / 10.0;
        }
        if (const auto error = store.append(cycle)) {
            std::fprintf(stderr, "%s\n", qPrintable(*error));
            return 1;
        }
    }
    if (const auto error = store.checkpoint()) {
        std::fprintf(stderr, "%s\n", qPrintable(*error));
        return 1;
    }
    const double buildSeconds = double(build.nsecsElapsed()) / 1e9;

    QList<double> timings;
    const QString target = QStringLiteral("bench_series{i=\"%1\"}").arg(seriesCount / 2);
    qsizetype got = 0;
    for (int r = 0; r < reads; ++r) {
        QElapsedTimer clock;
        clock.start();
        const HistoryRead read = store.read(database.connection(), target, start, start + points * 1000,
                                            HistoryRead::Resolution::Raw);
        timings.append(double(clock.nsecsElapsed()) / 1e6);
        if (read.error) {
            std::fprintf(stderr, "%s\n", qPrintable(*read.error));
            return 1;
        }
        got = read.points.size();
    }
    std::sort(timings.begin(), timings.end());
    std::printf("database: %d series x %.1f h at 1 s\n", seriesCount, hours);
    std::printf("build_rate: %.0f samples/s\n", double(points * seriesCount) / buildSeconds);
    std::printf("points_read: %lld points\n", qint64(got));
    std::printf("read_median: %.2f ms\n", timings.at(timings.size() / 2));
    std::printf("read_best: %.2f ms\n", timings.constFirst());
    std::printf("read_rate: %.1f Mpoints/s\n", double(got) / timings.at(timings.size() / 2) / 1e3);
    return points == got ? 0 : 1;
}
