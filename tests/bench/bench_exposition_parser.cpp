// bench_exposition_parser [--seconds S] [FILE...]
// Parses each file repeatedly and prints "name: value unit" lines. MB = 10^6 bytes, as in Go's
// benchmarks. Without FILE it uses the fixtures in PAYOPS_TEST_DATA_DIR/exposition.
#include "models/metrics/expositionparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace payops;

namespace {

// Walks the whole result so the work cannot be discarded and decoded labels are really touched.
qint64 consume(const ParseResult &result)
{
    qint64 acc = result.families.size();
    for (const MetricFamily &family : result.families) {
        for (const Sample &sample : family.samples) {
            acc += sample.labels.size();
            for (const Label &label : sample.labels)
                acc += label.value.size();
        }
    }
    return acc;
}

struct Run
{
    qint64 iterations = 0;
    double seconds = 0.0;
};

Run runFor(double seconds, const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    Run run;
    const qint64 budgetNs = qint64(seconds * 1e9);
    qint64 elapsed = 0;
    do {
        work();
        ++run.iterations;
        elapsed = timer.nsecsElapsed();
    } while (elapsed < budgetNs);
    run.seconds = double(elapsed) / 1e9;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    double seconds = 3.0;
    QStringList files;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds") && i + 1 < args.size()) {
            bool ok = false;
            seconds = args[++i].toDouble(&ok);
            if (!ok || seconds <= 0) {
                err << "invalid --seconds value\n";
                return 2;
            }
        } else if (args[i].startsWith(QLatin1String("--"))) {
            err << "usage: bench_exposition_parser [--seconds S] [FILE...]\n";
            return 2;
        } else {
            files << args[i];
        }
    }
    if (files.isEmpty()) {
        const QDir dir(QStringLiteral(PAYOPS_TEST_DATA_DIR "/exposition"));
        for (const QString &name : dir.entryList({QStringLiteral("*.prom")}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
    }

    volatile qint64 sink = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "cannot read " << path << ": " << file.errorString() << '\n';
            return 1;
        }
        const QByteArray body = file.readAll();

        // Steady state: one parser per target, reused across scrapes (as the scrape worker does).
        ExpositionParser parser;
        const ParseResult first = parser.parse(body);
        if (!first.ok()) {
            err << path << ": " << first.error->toString() << '\n';
            return 1;
        }
        const qint64 samples = first.sampleCount();
        const Run warm = runFor(seconds, [&] { sink = sink + consume(parser.parse(body)); });
        // Cold: a fresh parser per body, so every string is decoded and allocated again.
        const Run cold = runFor(seconds / 2, [&] {
            ExpositionParser fresh;
            sink = sink + consume(fresh.parse(body));
        });

        const auto mbps = [&](const Run &r) { return double(body.size()) * double(r.iterations) / r.seconds / 1e6; };
        out << "file: " << QFileInfo(path).fileName() << '\n'
            << "bytes: " << body.size() << " B\n"
            << "samples: " << samples << '\n'
            << "labels decoded: yes\n"
            << "throughput: " << QString::number(mbps(warm), 'f', 1) << " MB/s\n"
            << "samples_per_second: "
            << QString::number(double(samples) * double(warm.iterations) / warm.seconds, 'f', 0) << " samples/s\n"
            << "throughput_fresh_parser: " << QString::number(mbps(cold), 'f', 1) << " MB/s\n"
            << "iterations: " << warm.iterations << '\n';
        out.flush();
    }
    return sink == -1 ? 1 : 0; // never true; keeps sink observable
}
