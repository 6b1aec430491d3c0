// bench_ingest [--seconds S] [--series N]: samples/s into the metric history through the real
// storage code (Database + HistoryStore on a real file), one commit per poll cycle of N series.
#include "tests/bench/benchoptions.h"
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "models/metrics/historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace payops;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const char *name, double fallback) { return bench::option(args, name, fallback); };
    const double seconds = option("--seconds", 5.0);
    const int seriesPerCycle = int(option("--series", 500));

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
    QList<HistorySample> cycle(seriesPerCycle);
    for (int i = 0; i < seriesPerCycle; ++i)
        cycle[i].seriesId = store.seriesId(QStringLiteral("bench_series{i=\"%1\"}").arg(i)).id;

    qint64 timestamp = 1'700'000'000'000;
    qint64 samples = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.nsecsElapsed() < qint64(seconds * 1e9)) {
        timestamp += 1000;
        for (int i = 0; i < seriesPerCycle; ++i) {
            cycle[i].timestampMs = timestamp;
            cycle[i].value = double((timestamp / 1000 + i) % 977);
        }
        if (const auto error = store.append(cycle)) {
            std::fprintf(stderr, "%s\n", qPrintable(*error));
            return 1;
        }
        samples += seriesPerCycle;
    }
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    std::printf("series_per_cycle: %d series\n", seriesPerCycle);
    std::printf("cycles: %lld cycles\n", samples / seriesPerCycle);
    std::printf("commit_per_cycle: yes\n");
    std::printf("ingest_rate: %.0f samples/s\n", double(samples) / elapsed);
    std::printf("cycle_time: %.1f us\n", elapsed / double(samples / seriesPerCycle) * 1e6);
    return 0;
}
