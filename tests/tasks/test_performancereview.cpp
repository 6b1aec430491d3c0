// The performance review kind over a real SQLite file: 30 days of history written through the
// history's own writer (HistoryStore: sample log, chunks, hourly roll-ups), the shipped alert rules
// imported as the console does, then PerformanceReviewTask::run as the scheduler calls it. The history
// is made so every expected figure can be worked out by hand (see prepareHistory()).
#include "models/alerts/alertrulerepository.h"
#include "models/consoleschema.h"
#include "models/metrics/historystore.h"
#include "models/metrics/serieskey.h"
#include "models/storage/database.h"
#include "models/tasks/pdfcanvas.h"
#include "models/tasks/performancereview.h"
#include "models/tasks/performancereviewreport.h"
#include "models/tasks/performancereviewtask.h"
#include "models/tasks/trendfit.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 stepMs = 5 * minuteMs;
constexpr double mib = 1024.0 * 1024.0;

// Monday 1 June 2026, 08:00 UTC: the review's "now", the default schedule's time.
const qint64 kNow = QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();
const qint64 kStart = kNow - 30 * dayMs;
// The one TPS (and CPU) spike of the 30 days: 3 days before now, 10 minutes into its hour.
const qint64 kSpikeAt = kNow - 3 * dayMs + 10 * minuteMs;

const QString kBackend = u"payment_backend"_s;
const QString kGateway = u"payment_gateway"_s;

// payment_backend's p95 rises linearly from 300 ms by 10 ms a day: 600 ms now, 800 ms (the shipped
// warning rule) 20 days from now.
double backendP95(qint64 t)
{
    return 0.3 + 0.01 * double(t - kStart) / double(dayMs);
}

// payment_gateway's p99 steps from 500 ms to 750 ms at the start of the reviewed week (+50 %).
double gatewayP99(qint64 t)
{
    return t >= kNow - 7 * dayMs ? 0.75 : 0.5;
}

} // namespace

class TestPerformanceReview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void trendFitIsLeastSquares();
    void thresholdsComeFromTheRulesElseDefaults();
    void reviewOfAPreparedMonth();
    void reportFilesAreWellFormed();
    void noHistorySaysSoAndWritesNothing();
    void missingDatabaseIsAClearFailure();
    void pdfCanvasSetsChineseInTheCjkFont();

private:
    QString dbPath() const { return m_dir->filePath(u"payops.db"_s); }
    void prepareHistory();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPerformanceReview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPerformanceReview::cleanup()
{
    m_dir.reset();
}

// 30 days at one sample every 5 minutes, written through HistoryStore as the recorder writes (one
// committed cycle per poll, checkpoints into chunks and roll-ups as they fall due; the last cycles
// stay in the sample log, which the review's reader replays).
void TestPerformanceReview::prepareHistory()
{
    Database database(ConsoleSchema::databaseOptions());
    QVERIFY(!database.open(dbPath()));
    const AlertRuleRepository::ImportResult rules = AlertRuleRepository(database).importShippedDefaultsOnce();
    QVERIFY2(rules.ok(), qPrintable(rules.error));
    QVERIFY(rules.inserted > 0);

    HistoryStore store;
    QVERIFY(!store.open(database));
    const auto id = [&store](DerivedMetricId metric, const QString &service) {
        const HistoryStore::SeriesId series = store.seriesId(SeriesKey(metric, service).toString());
        return series.id;
    };
    using Id = DerivedMetricId;
    const int bTps = id(Id::Tps, kBackend), bFail = id(Id::FailureRatio, kBackend), bP95 = id(Id::LatencyP95, kBackend),
              bP99 = id(Id::LatencyP99, kBackend), bCpu = id(Id::CpuPercent, kBackend), bMem = id(Id::MemoryBytes, kBackend);
    const int gTps = id(Id::Tps, kGateway), gFail = id(Id::FailureRatio, kGateway), gP95 = id(Id::LatencyP95, kGateway),
              gP99 = id(Id::LatencyP99, kGateway), gCpu = id(Id::CpuPercent, kGateway), gMem = id(Id::MemoryBytes, kGateway);
    const int tTps = id(Id::Tps, QString()), tFail = id(Id::FailureRatio, QString());
    for (const int series : {bTps, bFail, bP95, bP99, bCpu, bMem, gTps, gFail, gP95, gP99, gCpu, gMem, tTps, tFail})
        QVERIFY(series > 0);

    for (qint64 t = kStart; t < kNow; t += stepMs) {
        const bool spike = t == kSpikeAt;
        const QList<HistorySample> cycle{
            {bTps, t, spike ? 450.0 : 100.0},
            {bFail, t, 0.01},
            {bP95, t, backendP95(t)},
            {bP99, t, 0.9},
            {bCpu, t, spike ? 92.0 : 60.0},
            {bMem, t, 512 * mib},
            {gTps, t, 80.0},
            {gFail, t, 0.005},
            {gP95, t, 0.2},
            {gP99, t, gatewayP99(t)},
            {gCpu, t, 30.0},
            {gMem, t, 256 * mib},
            {tTps, t, spike ? 530.0 : 180.0},
            {tFail, t, 0.0078},
        };
        const std::optional<QString> error = store.append(cycle);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
    }
    QVERIFY(store.headPointCount() > 0); // some cycles are still in the sample log only
}

void TestPerformanceReview::trendFitIsLeastSquares()
{
    // y = 2 + 0.5 x (x in days): exact.
    QList<SeriesPoint> line;
    for (int day = 0; day < 10; ++day)
        line.append({kStart + day * dayMs, 2.0 + 0.5 * day});
    const std::optional<TrendFit> fit = TrendFit::fit(line);
    QVERIFY(fit);
    QCOMPARE(fit->pointCount(), 10);
    QVERIFY(std::abs(fit->slopePerDay() - 0.5) < 1e-12);
    QVERIFY(std::abs(fit->valueAt(kStart + 20 * dayMs) - 12.0) < 1e-9);
    QVERIFY(std::abs(fit->rSquared() - 1.0) < 1e-12);
    // At day 9 the line is at 6.5: it reaches 8 three days later.
    QVERIFY(std::abs(*fit->daysUntil(8.0, kStart + 9 * dayMs) - 3.0) < 1e-9);
    QCOMPARE(*fit->daysUntil(5.0, kStart + 9 * dayMs), 0.0); // crossed already

    // Noise symmetric about a line leaves the slope alone: (0,1) (1,3) (2,3) (3,5) → slope 1.2, intercept 1.2.
    const std::optional<TrendFit> noisy = TrendFit::fit(
        {{kStart, 1.0}, {kStart + dayMs, 3.0}, {kStart + 2 * dayMs, 3.0}, {kStart + 3 * dayMs, 5.0}});
    QVERIFY(noisy);
    QVERIFY(std::abs(noisy->slopePerDay() - 1.2) < 1e-12);
    QVERIFY(std::abs(noisy->valueAt(kStart) - 1.2) < 1e-12);

    // A flat or falling line never reaches a line above it.
    const std::optional<TrendFit> flat = TrendFit::fit({{kStart, 4.0}, {kStart + dayMs, 4.0}});
    QVERIFY(flat);
    QVERIFY(!flat->daysUntil(5.0, kStart + dayMs));
    QCOMPARE(flat->rSquared(), 1.0);
    // No line through one point, or through points at one time.
    QVERIFY(!TrendFit::fit({{kStart, 1.0}}));
    QVERIFY(!TrendFit::fit({{kStart, 1.0}, {kStart, 2.0}}));
}

void TestPerformanceReview::thresholdsComeFromTheRulesElseDefaults()
{
    AlertRule warning;
    warning.name = u"P95Warning"_s;
    warning.metric = DerivedMetricId::LatencyP95;
    warning.threshold = 0.8;
    AlertRule critical = warning;
    critical.name = u"P95Critical"_s;
    critical.threshold = 2.0;
    AlertRule onlyGateway = warning;
    onlyGateway.name = u"GatewayP95"_s;
    onlyGateway.scope = AlertRule::Scope::Service;
    onlyGateway.service = kGateway;
    onlyGateway.threshold = 0.5;
    AlertRule disabled = warning;
    disabled.name = u"Off"_s;
    disabled.enabled = false;
    disabled.threshold = 0.1;
    AlertRule falling = warning;
    falling.name = u"Falling"_s;
    falling.comparison = AlertRule::Comparison::Less;
    falling.threshold = 0.05;
    const ReviewThresholds thresholds({critical, warning, onlyGateway, disabled, falling});

    // The lowest line of the enabled rising rules that cover the service: the first alert to fire.
    QCOMPARE(thresholds.lineFor(DerivedMetricId::LatencyP95, kBackend)->value, 0.8);
    QCOMPARE(thresholds.lineFor(DerivedMetricId::LatencyP95, kBackend)->source, u"rule P95Warning"_s);
    QCOMPARE(thresholds.lineFor(DerivedMetricId::LatencyP95, kGateway)->value, 0.5);
    // No rule: the documented defaults; the total row only takes rules scoped to the total.
    QCOMPARE(thresholds.lineFor(DerivedMetricId::LatencyP95, QString())->value, 0.8);
    QCOMPARE(thresholds.lineFor(DerivedMetricId::LatencyP95, QString())->source, u"default"_s);
    QCOMPARE(thresholds.lineFor(DerivedMetricId::LatencyP99, kBackend)->value, 2.0);
    QCOMPARE(thresholds.lineFor(DerivedMetricId::FailureRatio, kBackend)->value, 0.02);
    QCOMPARE(thresholds.lineFor(DerivedMetricId::CpuPercent, kBackend)->value, 80.0);
    QCOMPARE(thresholds.lineFor(DerivedMetricId::HostMemoryPercent, kBackend)->value, 85.0);
    QVERIFY(!thresholds.lineFor(DerivedMetricId::MemoryBytes, kBackend));
}

void TestPerformanceReview::reviewOfAPreparedMonth()
{
    prepareHistory();
    if (QTest::currentTestFailed())
        return;
    Database database([] {
        DatabaseOptions options = ConsoleSchema::databaseOptions();
        options.readOnly = true;
        return options;
    }());
    QVERIFY(!database.open(dbPath()));
    const AlertRuleRepository::Listing rules = AlertRuleRepository(database).list();
    QVERIFY(rules.ok());
    PerformanceReviewOptions options;
    options.nowMs = kNow;
    options.memoryCapacity.insert(kBackend, 1024 * mib);
    const PerformanceReviewResult review = PerformanceReview::compute(database, ReviewThresholds(rules.rules), options);
    QVERIFY2(review.ok(), qPrintable(review.error));
    QCOMPARE(review.fromMs, kNow - 7 * dayMs);
    QCOMPARE(review.previousFromMs, kNow - 14 * dayMs);

    // Services by name, all services last.
    QCOMPARE(review.services.size(), 3);
    QCOMPARE(review.services.at(0).service, kBackend);
    QCOMPARE(review.services.at(1).service, kGateway);
    QCOMPARE(review.services.at(2).service, QString());
    const ServiceReview &backend = review.services.at(0);
    const ServiceReview &gateway = review.services.at(1);
    const ServiceReview &total = review.services.at(2);

    // Peaks are the highest samples (the hourly roll-ups keep each hour's max).
    QCOMPARE(*backend.tpsPeak, 450.0);
    QCOMPARE(backend.tpsPeakHourMs, kSpikeAt - 10 * minuteMs);
    QCOMPARE(*total.tpsPeak, 530.0);
    QCOMPARE(*gateway.tpsPeak, 80.0);
    // The average is the mean of the 168 hourly averages: the spike's hour averages
    // (11 × 100 + 450) / 12, the other 167 hours 100.
    const double spikeHour = (11.0 * 100.0 + 450.0) / 12.0;
    QVERIFY(std::abs(*backend.tpsAverage.current - (167.0 * 100.0 + spikeHour) / 168.0) < 1e-9);
    QVERIFY(std::abs(*backend.tpsAverage.previous - 100.0) < 1e-9);
    QVERIFY(std::abs(*backend.failureRatio.current - 0.01) < 1e-12);
    QVERIFY(std::abs(*total.failureRatio.current - 0.0078) < 1e-12);
    QCOMPARE(*backend.cpuPeak, 92.0);
    QCOMPARE(backend.cpuCapacity, 100.0);
    QCOMPARE(*backend.memoryPeak, 512 * mib);
    QCOMPARE(*backend.memoryCapacity, 1024 * mib);
    QVERIFY(!gateway.memoryCapacity);
    QVERIFY(!backend.hostMemoryPeak); // no node_exporter in this history

    // p95 week over week: the mean of each week's hourly averages. An hour's samples (:00 … :55)
    // average at :27.5, so the reviewed week averages the line at 26.5 days minus 2.5 minutes.
    const double lag = 2.5 / (24.0 * 60.0);
    QVERIFY(std::abs(*backend.p95.current - (0.3 + 0.01 * (26.5 - lag))) < 1e-9);
    QVERIFY(std::abs(*backend.p95.previous - (0.3 + 0.01 * (19.5 - lag))) < 1e-9);
    QVERIFY(std::abs(*gateway.p99.current - 0.75) < 1e-12);
    QVERIFY(std::abs(*gateway.p99.previous - 0.5) < 1e-12);

    // The trend: p95's daily peak rises 10 ms a day, and crosses the shipped warning rule's 800 ms in
    // 20 days. Tolerance 0.01 day (14 min): each daily peak is an hourly average, which sits 2.5 min
    // (0.0017 day) before the middle of its hour where the fit places it — the only inexactness.
    const ReviewForecast *p95 = backend.forecast(DerivedMetricId::LatencyP95);
    QVERIFY(p95);
    QCOMPARE(p95->threshold, 0.8);
    QCOMPARE(p95->thresholdSource, u"rule ResponseTimeP95Warning"_s);
    QCOMPARE(p95->days, 28);
    QVERIFY(std::abs(p95->slopePerDay - 0.01) < 1e-9);
    QVERIFY(std::abs(p95->trendNow - 0.6) < 1e-4);
    QVERIFY(p95->daysLeft);
    QVERIFY2(std::abs(*p95->daysLeft - 20.0) < 0.01, qPrintable(QString::number(*p95->daysLeft)));
    // The flat ones never cross; the soonest crossing of the whole review is backend's p95.
    QVERIFY(!gateway.forecast(DerivedMetricId::LatencyP95)->daysLeft);
    QVERIFY(!backend.forecast(DerivedMetricId::FailureRatio)->daysLeft);
    QCOMPARE(review.soonestCrossing(), p95);
    // Memory against its capacity only where one is given.
    QVERIFY(backend.forecast(DerivedMetricId::MemoryBytes));
    QVERIFY(!gateway.forecast(DerivedMetricId::MemoryBytes));

    // Regressions, worst first: gateway's p99 +50 %, then backend's p95 +14.1 %; nothing else moved 10 %.
    QCOMPARE(review.regressions.size(), 2);
    QCOMPARE(review.regressions.at(0).service, kGateway);
    QCOMPARE(review.regressions.at(0).metric, DerivedMetricId::LatencyP99);
    QVERIFY(std::abs(review.regressions.at(0).changePercent - 50.0) < 1e-9);
    QCOMPARE(review.regressions.at(1).service, kBackend);
    QCOMPARE(review.regressions.at(1).metric, DerivedMetricId::LatencyP95);
    QVERIFY(std::abs(review.regressions.at(1).changePercent - 0.07 / (0.495 - 0.01 * lag) * 100.0) < 1e-6);
}

void TestPerformanceReview::reportFilesAreWellFormed()
{
    prepareHistory();
    if (QTest::currentTestFailed())
        return;
    TaskDefinition task;
    task.name = u"performance-review"_s;
    task.kind = TaskDefinition::Kind::PerformanceReview;
    task.settings = QJsonObject{
        {u"capacity"_s, QJsonObject{{kBackend, QJsonObject{{u"memoryBytes"_s, 1024 * mib}}}}}};
    const TaskOutcome outcome = PerformanceReviewTask::run(task, dbPath(), kNow);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
    // The summary names the worst finding.
    QVERIFY2(outcome.summary.contains(kBackend) && outcome.summary.contains(u"95th percentile response time"_s)
                 && outcome.summary.contains(u"in 20.0 days"_s),
             qPrintable(outcome.summary));

    const QString folder = m_dir->filePath(u"reports"_s); // the default: beside the database
    const QString base = folder + u"/performance-review-20260601T080000Z"_s;
    QCOMPARE(outcome.artifact, base + u".pdf"_s);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);

    // Markdown: the per-service table, a row per service, the forecast and the regressions.
    QFile md(base + u".md"_s);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(md.readAll());
    QVERIFY(markdown.startsWith(u"# Performance review"_s));
    QVERIFY(markdown.contains(u"| Service | TPS peak | TPS average |"_s));
    QVERIFY(markdown.contains(u"|---|---:|"_s));
    QVERIFY(markdown.contains(u"| payment_backend | 450 tx/s |"_s) || markdown.contains(u"| payment_backend | 450"_s));
    QVERIFY(markdown.contains(u"| payment_gateway |"_s));
    QVERIFY(markdown.contains(u"| All services |"_s));
    QVERIFY(markdown.contains(u"in 20.0 days"_s));
    QVERIFY(markdown.indexOf(u"| payment_gateway | 99th percentile"_s) < markdown.indexOf(u"| payment_backend | 95th percentile response time | 495"_s));
    QVERIFY(outcome.output.contains(markdown)); // the run's log holds the report

    // CSV: a header and nine fields on every row, numbers parse, the peaks are there.
    QFile csv(base + u".csv"_s);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"service,metric,figure,value,previous,change_percent,threshold,per_day,days_left"_s);
    QVERIFY(lines.size() > 20);
    bool sawPeak = false, sawTrend = false, sawRegression = false;
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(u',');
        QCOMPARE(fields.size(), 9);
        for (int i = 3; i < 9; ++i) {
            bool ok = true;
            if (!fields.at(i).isEmpty())
                fields.at(i).toDouble(&ok);
            QVERIFY2(ok, qPrintable(line));
        }
        if (fields.mid(0, 3) == QStringList{kBackend, u"tps"_s, u"peak"_s}) {
            sawPeak = true;
            QCOMPARE(fields.at(3).toDouble(), 450.0);
        }
        if (fields.mid(0, 3) == QStringList{kBackend, u"latency_p95"_s, u"trend"_s}) {
            sawTrend = true;
            QCOMPARE(fields.at(6).toDouble(), 0.8);
            QVERIFY(std::abs(fields.at(8).toDouble() - 20.0) < 0.01);
        }
        if (fields.mid(0, 3) == QStringList{kGateway, u"latency_p99"_s, u"regression"_s}) {
            sawRegression = true;
            QVERIFY(std::abs(fields.at(5).toDouble() - 50.0) < 1e-6);
        }
    }
    QVERIFY(sawPeak && sawTrend && sawRegression);

    // PDF: a complete file (header, cross-reference table whose offsets point at the objects,
    // trailer); pages for the tables and the charts.
    QFile pdf(outcome.artifact);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.size() > 1000);
    QVERIFY(bytes.startsWith("%PDF-1.4"));
    QVERIFY(bytes.endsWith("%%EOF\n"));
    const qsizetype startxref = bytes.lastIndexOf("startxref\n");
    QVERIFY(startxref > 0);
    const qsizetype xref = bytes.mid(startxref + 10).split('\n').first().toLongLong();
    QVERIFY(bytes.mid(xref).startsWith("xref\n0 "));
    const QList<QByteArray> xrefLines = bytes.mid(xref).split('\n');
    const int objects = xrefLines.at(1).split(' ').at(1).toInt();
    QVERIFY(objects > 5);
    for (int i = 1; i < objects; ++i) {
        const qsizetype offset = xrefLines.at(2 + i).left(10).toLongLong();
        QVERIFY2(bytes.mid(offset).startsWith(QByteArray(QByteArray::number(i) + " 0 obj")), qPrintable(QString::number(i)));
    }
    QVERIFY(bytes.count("/Type /Page ") >= 2);
    QVERIFY(bytes.contains("(payment_backend: p95 response time, trend and threshold) Tj"));
    // Where poppler is installed, it reads the text back.
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (!pdftotext.isEmpty()) {
        QProcess reader;
        reader.start(pdftotext, {outcome.artifact, u"-"_s});
        QVERIFY(reader.waitForFinished(30000));
        QCOMPARE(reader.exitCode(), 0);
        const QString text = QString::fromUtf8(reader.readAllStandardOutput());
        QVERIFY2(text.contains(u"Performance review"_s) && text.contains(kGateway), qPrintable(text.left(400)));
    }
}

void TestPerformanceReview::noHistorySaysSoAndWritesNothing()
{
    {
        Database database(ConsoleSchema::databaseOptions());
        QVERIFY(!database.open(dbPath()));
    }
    TaskDefinition task;
    task.kind = TaskDefinition::Kind::PerformanceReview;
    const TaskOutcome outcome = PerformanceReviewTask::run(task, dbPath(), kNow);
    QVERIFY(!outcome.succeeded);
    QVERIFY2(outcome.summary.contains(u"There is no metric history for the last 28 day"_s), qPrintable(outcome.summary));
    QVERIFY(outcome.artifact.isEmpty());
    QVERIFY(!QDir(m_dir->filePath(u"reports"_s)).exists());

    // The report of an empty review says the same, without tables (what a caller gets who writes it anyway).
    PerformanceReviewResult empty;
    empty.error = outcome.summary;
    QVERIFY(PerformanceReviewReport::markdown(empty).contains(outcome.summary));
    QVERIFY(!PerformanceReviewReport::writePdf(empty, m_dir->filePath(u"empty.pdf"_s)));
}

void TestPerformanceReview::missingDatabaseIsAClearFailure()
{
    TaskDefinition task;
    task.kind = TaskDefinition::Kind::PerformanceReview;
    const TaskOutcome outcome = PerformanceReviewTask::run(task, m_dir->filePath(u"nothing.db"_s), kNow);
    QVERIFY(!outcome.succeeded);
    QVERIFY(!outcome.summary.isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(u"nothing.db"_s))); // read-only: never created
}

// The report's strings are translated: a Chinese string goes to Adobe's predefined STSong-Light as UCS-2,
// Latin text stays in Helvetica, and the file is only as complex as what it uses.
void TestPerformanceReview::pdfCanvasSetsChineseInTheCjkFont()
{
    PdfCanvas latin;
    latin.text(10, 20, 10, u"p95 (last week → this week)"_s);
    const QByteArray latinPdf = latin.toPdf();
    QVERIFY(latinPdf.contains("(p95 \\(last week -> this week\\)) Tj"));
    QVERIFY(!latinPdf.contains("STSong-Light"));

    PdfCanvas chinese;
    chinese.text(10, 20, 10, u"性能评审"_s);
    const QByteArray pdf = chinese.toPdf();
    QVERIFY(pdf.contains("/F3 10 Tf"));
    QVERIFY(pdf.contains("<602780fd8bc45ba1> Tj")); // 性 能 评 审 as UCS-2
    QVERIFY(pdf.contains("/BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"));
    QCOMPARE(PdfCanvas::textWidth(u"性能"_s, 10), 20.0);
    QVERIFY(std::abs(PdfCanvas::textWidth(u"Hi"_s, 10) - 7.22 - 2.22) < 1e-9); // Helvetica: H 722, i 222
    const QString path = m_dir->filePath(u"zh.pdf"_s);
    QVERIFY(!chinese.save(path));
    QVERIFY(QFileInfo(path).size() > 0);
}

QTEST_GUILESS_MAIN(TestPerformanceReview)
#include "test_performancereview.moc"
