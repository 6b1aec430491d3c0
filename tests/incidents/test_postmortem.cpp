// The post-mortem report over a real SQLite file: an incident opened and worked through
// IncidentRepository (check, notification, action with output, resolved), a metric history written
// through HistoryStore as the recorder writes it, with a failure rate whose integral over the incident
// window is known; then PostMortemReport::gather / markdown / pdf / write, and `payopsctl incidents
// report` as a process on the same file.
#include "models/consoleschema.h"
#include "models/incidents/incidentrepository.h"
#include "models/incidents/postmortem.h"
#include "models/metrics/historystore.h"
#include "models/metrics/serieskey.h"
#include "models/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <tuple>

using namespace payops;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60 * secondMs;
constexpr qint64 dayMs = 24 * 60 * minuteMs;
constexpr qint64 stepMs = 5 * secondMs;

// On the hour, so minute roll-up buckets line up with the window.
constexpr qint64 kOpen = 1'780'002'000'000;
constexpr qint64 kResolved = kOpen + 10 * minuteMs;
constexpr qint64 kSpikeAt = kOpen + 4 * minuteMs;   // one failure-ratio sample of 35 %
constexpr qint64 kP95PeakAt = kOpen + 7 * minuteMs; // one p95 sample of 1.5 s

const QString kBackend = u"payment_backend"_s;

// 120 tx/s in the first five minutes of the incident, 80 in the last five, 100 outside.
double tpsAt(qint64 t)
{
    if (t < kOpen || t >= kResolved)
        return 100.0;
    return t < kOpen + 5 * minuteMs ? 120.0 : 80.0;
}

double failureRatioAt(qint64 t)
{
    if (t == kSpikeAt)
        return 0.35;
    return t >= kOpen && t < kResolved ? 0.2 : 0.01;
}

double p95At(qint64 t)
{
    if (t == kP95PeakAt)
        return 1.5;
    return t >= kOpen && t < kResolved ? 1.2 : 0.3;
}

// Σ tps × ratio × Δt over [kOpen, kResolved) with each 5 s sample held until the next:
// 0.2 × (120 × 300 + 80 × 300) + the spike's extra 0.15 × 120 × 5.
constexpr double kFailed = 0.2 * (120.0 * 300.0 + 80.0 * 300.0) + 0.15 * 120.0 * 5.0; // 12 090

QString ctlPath()
{
    return QStringLiteral(PAYOPS_BINARY_DIR "/app/payopsctl/payopsctl");
}

// A complete PDF: header, a cross-reference table whose offsets point at the objects, trailer.
bool wellFormedPdf(const QByteArray &bytes)
{
    if (!bytes.startsWith("%PDF-1.4") || !bytes.endsWith("%%EOF\n"))
        return false;
    const qsizetype startxref = bytes.lastIndexOf("startxref\n");
    if (startxref <= 0)
        return false;
    const qsizetype xref = bytes.mid(startxref + 10).split('\n').first().toLongLong();
    if (!bytes.mid(xref).startsWith("xref\n0 "))
        return false;
    const QList<QByteArray> lines = bytes.mid(xref).split('\n');
    const int objects = lines.at(1).split(' ').at(1).toInt();
    for (int i = 1; i < objects; ++i) {
        const qsizetype offset = lines.at(2 + i).left(10).toLongLong();
        if (!bytes.mid(offset).startsWith(QByteArray(QByteArray::number(i) + " 0 obj")))
            return false;
    }
    return objects > 5;
}

QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        return {};
    QProcess reader;
    reader.start(pdftotext, {u"-layout"_s, path, u"-"_s});
    if (!reader.waitForFinished(30000) || reader.exitCode() != 0)
        return u"<pdftotext failed>"_s;
    return QString::fromUtf8(reader.readAllStandardOutput());
}

} // namespace

class TestPostMortem final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void writeUpRoundTrips();
    void impactIsTheIntegralOverTheWindow();
    void olderIncidentReadsMinuteRollups();
    void noHistorySaysSo();
    void unknownIncidentIsAnError();
    void markdownHasEverything();
    void pdfHasTheTimelineOnAsManyPagesAsNeeded();
    void chineseTextGoesToTheCjkFont();
    void writeFailsCleanly();
    void payopsctlWritesTheReport();

private:
    QString dbPath() const { return m_dir->filePath(u"payops.db"_s); }
    IncidentRepository repository()
    {
        return IncidentRepository(*m_database, [this] { return m_now; }, OsIdentity{u"alice"_s, u"ops-1"_s});
    }
    // `expireRawAt`: then everything is checkpointed and the retention applied as at that time.
    void recordHistory(std::optional<qint64> expireRawAt = {});
    // Opens the backend incident and works it through: the timeline of a real troubleshooting.
    qint64 workedIncident(int extraNotes = 0);
    PostMortem writeUp() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_now = kOpen;
};

void TestPostMortem::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    m_database = std::make_unique<Database>(options);
    const std::optional<DatabaseError> error = m_database->open(dbPath());
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    m_now = kOpen;
}

void TestPostMortem::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

// 20 minutes before to 20 minutes after the incident at one sample every 5 s, through HistoryStore as
// the recorder writes: a checkpoint half-way moves the first part into chunks and roll-ups, the rest
// stays in the sample log that a reader replays.
void TestPostMortem::recordHistory(std::optional<qint64> expireRawAt)
{
    HistoryStore store;
    QVERIFY(!store.open(*m_database));
    const int tps = store.seriesId(SeriesKey(DerivedMetricId::Tps, kBackend).toString()).id;
    const int ratio = store.seriesId(SeriesKey(DerivedMetricId::FailureRatio, kBackend).toString()).id;
    const int p95 = store.seriesId(SeriesKey(DerivedMetricId::LatencyP95, kBackend).toString()).id;
    QVERIFY(tps > 0 && ratio > 0 && p95 > 0);
    for (qint64 t = kOpen - 20 * minuteMs; t < kResolved + 20 * minuteMs; t += stepMs) {
        const std::optional<QString> error =
            store.append({{tps, t, tpsAt(t)}, {ratio, t, failureRatioAt(t)}, {p95, t, p95At(t)}});
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        if (t == kOpen + 3 * minuteMs)
            QVERIFY(!store.checkpoint());
    }
    QVERIFY(store.headPointCount() > 0);
    if (expireRawAt) {
        QVERIFY(!store.checkpoint());
        QVERIFY(!store.enforceRetention(*expireRawAt));
    }
}

qint64 TestPostMortem::workedIncident(int extraNotes)
{
    m_now = kOpen;
    const IncidentRepository::OpenResult opened =
        repository().open({{kBackend}, u"transaction-failure"_s, Incident::Severity::Critical,
                           u"payment_backend failing transactions"_s, u"alert:FailureRatioCritical"_s});
    if (!opened.ok())
        return 0;
    const qint64 id = opened.id;
    m_now = kOpen + 1 * minuteMs;
    if (repository().acknowledge(id))
        return 0;
    m_now = kOpen + 2 * minuteMs;
    if (repository().addEntry(id, IncidentTimelineEntry::Kind::Check, u"DB pool usage 98 % over 90 % confirms pool exhaustion"_s))
        return 0;
    m_now = kOpen + 3 * minuteMs;
    if (repository().addEntry(id, IncidentTimelineEntry::Kind::Notification, u"Called Bob Chen, DBA on duty"_s))
        return 0;
    m_now = kOpen + 6 * minuteMs;
    QString output;
    for (int i = 1; i <= 100; ++i)
        output += u"restart step %1 ok\n"_s.arg(i);
    if (repository().addEntry(id, IncidentTimelineEntry::Kind::Action, u"Ran systemctl restart payment-backend"_s,
                              {{u"program"_s, u"systemctl"_s}, {u"exitCode"_s, 0}, {u"output"_s, output}}))
        return 0;
    for (int i = 0; i < extraNotes; ++i) {
        m_now = kOpen + 7 * minuteMs + i * secondMs;
        if (repository().addEntry(id, IncidentTimelineEntry::Kind::Note, u"Watching the pool, reading %1"_s.arg(i)))
            return 0;
    }
    m_now = kResolved;
    if (repository().setStatus(id, Incident::Status::Resolved, u"Failure ratio back under 1 %"_s))
        return 0;
    return id;
}

PostMortem TestPostMortem::writeUp() const
{
    PostMortem p;
    p.rootCause = u"The connection pool of payment_backend was too small for the Monday peak."_s;
    p.impactNote = u"Card payments failed for one in five customers."_s;
    p.actionsTaken = u"Restarted payment-backend with a larger pool."_s;
    p.lessons = u"Pool usage needs its own alert."_s;
    p.followUps = {u"Alert on pool usage above 80 %"_s, u"Load test the Monday peak"_s};
    return p;
}

void TestPostMortem::writeUpRoundTrips()
{
    const PostMortem p = writeUp();
    const PostMortem back = PostMortem::fromJson(p.toJson());
    QCOMPARE(back.rootCause, p.rootCause);
    QCOMPARE(back.impactNote, p.impactNote);
    QCOMPARE(back.actionsTaken, p.actionsTaken);
    QCOMPARE(back.lessons, p.lessons);
    QCOMPARE(back.followUps, p.followUps);
    // What a text box holds: an item a line, blank lines dropped.
    const PostMortem typed = PostMortem::fromJson({{u"followUps"_s, u"one\n\n  two  \n"_s}});
    QCOMPARE(typed.followUps, (QStringList{u"one"_s, u"two"_s}));
    QVERIFY(PostMortem::fromJson({}).isEmpty());
}

void TestPostMortem::impactIsTheIntegralOverTheWindow()
{
    recordHistory();
    const qint64 id = workedIncident();
    QVERIFY(id > 0);
    QString error;
    const std::optional<PostMortemInput> input =
        PostMortemReport::gather(*m_database, id, writeUp(), kResolved + 30 * minuteMs, &error);
    QVERIFY2(input, qPrintable(error));
    const IncidentImpact &impact = input->impact;
    QCOMPARE(impact.startMs, kOpen);
    QCOMPARE(impact.endMs, kResolved);
    QVERIFY(!impact.ongoing);
    QVERIFY(impact.failedTransactions);
    QVERIFY2(std::abs(*impact.failedTransactions - kFailed) < 0.5, qPrintable(QString::number(*impact.failedTransactions)));
    QVERIFY(impact.peakFailureRatio);
    QCOMPARE(*impact.peakFailureRatio, 0.35);
    QVERIFY(impact.peakP95Seconds);
    QCOMPARE(*impact.peakP95Seconds, 1.5);
    QVERIFY(std::abs(impact.coverage - 1.0) < 1e-9);
    QVERIFY2(impact.basis.contains(SeriesKey(DerivedMetricId::Tps, kBackend).toString())
                 && impact.basis.contains(SeriesKey(DerivedMetricId::FailureRatio, kBackend).toString())
                 && impact.basis.contains(u"every recorded sample"_s) && impact.basis.contains(u"100 %"_s),
             qPrintable(impact.basis));

    QCOMPARE(input->incident.id, id);
    QCOMPARE(input->timeline.size(), 6); // opened, acknowledged, check, notification, action, status
    QCOMPARE(input->writeUp.rootCause, writeUp().rootCause);
    QCOMPARE(input->charts.size(), 3);
    for (const PostMortemChart &chart : input->charts) {
        QCOMPARE(chart.fromMs, kOpen - 5 * minuteMs); // a margin before the window
        QCOMPARE(chart.toMs, kResolved);
        QCOMPARE(chart.points.size(), 15 * 60 / 5 + 1); // every 5 s sample from the margin to the end
        QCOMPARE(chart.points.first().x(), double(kOpen - 5 * minuteMs));
    }
    QCOMPARE(input->charts.at(0).series, SeriesKey(DerivedMetricId::Tps, kBackend).toString());
    QVERIFY(!input->charts.at(0).threshold);
    // The documented defaults without alert rules: failure ratio 2 %, p95 800 ms.
    QVERIFY(input->charts.at(1).threshold == std::optional<double>(0.02));
    QVERIFY(input->charts.at(2).threshold == std::optional<double>(0.8));

    // Part of the window without history: the estimate covers what there is and says so.
    PostMortemReport::Series tps{u"tps"_s, {{double(kOpen), 100.0}, {double(kOpen + 5000), 100.0}}, {}, 0};
    PostMortemReport::Series ratio{u"failure_ratio"_s, {{double(kOpen), 0.5}, {double(kOpen + 5000), 0.5}}, {}, 0};
    const IncidentImpact partial = PostMortemReport::impactOf(kOpen, kOpen + 60 * secondMs, tps, ratio, {}, u"raw"_s);
    QVERIFY(partial.failedTransactions);
    // The first sample holds until the second, the last for three intervals: 20 s × 50 failed/s.
    QCOMPARE(*partial.failedTransactions, 1000.0);
    QVERIFY(std::abs(partial.coverage - 20.0 / 60.0) < 1e-9);
    QVERIFY2(partial.basis.contains(u"33 %"_s) && partial.basis.contains(u"may be higher"_s), qPrintable(partial.basis));
}

void TestPostMortem::olderIncidentReadsMinuteRollups()
{
    recordHistory(kResolved + 3 * dayMs);
    const qint64 id = workedIncident();
    QVERIFY(id > 0);
    QString error;
    // Three days later the raw samples are past their retention: the minute roll-ups answer.
    const std::optional<PostMortemInput> input =
        PostMortemReport::gather(*m_database, id, writeUp(), kResolved + 3 * dayMs, &error);
    QVERIFY2(input, qPrintable(error));
    QVERIFY2(input->impact.basis.contains(u"1-minute averages"_s), qPrintable(input->impact.basis));
    QVERIFY(input->impact.failedTransactions);
    // tps is constant within each minute, so the product of the averages is exact here.
    QVERIFY2(std::abs(*input->impact.failedTransactions - kFailed) < 0.5,
             qPrintable(QString::number(*input->impact.failedTransactions)));
    QVERIFY(input->impact.peakFailureRatio == std::optional<double>(0.35)); // the bucket's maximum, not its average
    QCOMPARE(input->charts.at(0).points.size(), 16); // the buckets from the margin to the one starting at the end
}

void TestPostMortem::noHistorySaysSo()
{
    const qint64 id = workedIncident();
    QVERIFY(id > 0);
    QString error;
    const std::optional<PostMortemInput> input =
        PostMortemReport::gather(*m_database, id, writeUp(), kResolved + 30 * minuteMs, &error);
    QVERIFY2(input, qPrintable(error));
    QVERIFY(!input->impact.failedTransactions);
    QVERIFY(!input->impact.peakFailureRatio);
    QVERIFY(!input->impact.peakP95Seconds);
    QVERIFY2(input->impact.basis.startsWith(u"No metric history covers the incident window"_s)
                 && input->impact.basis.contains(SeriesKey(DerivedMetricId::Tps, kBackend).toString()),
             qPrintable(input->impact.basis));
    for (const PostMortemChart &chart : input->charts)
        QVERIFY(chart.points.isEmpty());
    const QString md = PostMortemReport::markdown(*input);
    QVERIFY(md.contains(u"Failed transactions (estimated): not estimated"_s));
    QVERIFY(md.contains(u"no history for this window"_s));
    QVERIFY(wellFormedPdf(PostMortemReport::pdf(*input)));

    // Still open: the window runs to "now" and says so.
    m_now = kOpen;
    const IncidentRepository::OpenResult open =
        repository().open({{u"payment_gateway"_s}, u"long-response-time"_s, Incident::Severity::Warning, u"slow"_s, {}});
    QVERIFY(open.ok());
    const std::optional<PostMortemInput> ongoing =
        PostMortemReport::gather(*m_database, open.id, {}, kOpen + 90 * minuteMs, &error);
    QVERIFY(ongoing);
    QVERIFY(ongoing->impact.ongoing);
    QCOMPARE(ongoing->impact.endMs, kOpen + 90 * minuteMs);
    QVERIFY(PostMortemReport::markdown(*ongoing).contains(u"1 h 30 min so far"_s));
}

void TestPostMortem::unknownIncidentIsAnError()
{
    QString error;
    QVERIFY(!PostMortemReport::gather(*m_database, 4242, {}, kOpen, &error));
    QCOMPARE(error, u"There is no incident 4242."_s);
}

void TestPostMortem::markdownHasEverything()
{
    recordHistory();
    const qint64 id = workedIncident();
    QVERIFY(id > 0);
    QString error;
    const std::optional<PostMortemInput> input =
        PostMortemReport::gather(*m_database, id, writeUp(), kResolved + 30 * minuteMs, &error);
    QVERIFY2(input, qPrintable(error));
    const QString md = PostMortemReport::markdown(*input);
    QVERIFY(md.startsWith(u"# Post-mortem: payment_backend failing transactions\n"_s));
    const PostMortem p = writeUp();
    for (const QString &text : {p.rootCause, p.impactNote, p.actionsTaken, p.lessons})
        QVERIFY2(md.contains(text), qPrintable(text));
    for (const QString &item : p.followUps)
        QVERIFY2(md.contains(u"- [ ] "_s + item + u'\n'), qPrintable(item));
    for (const IncidentTimelineEntry &entry : input->timeline) {
        const QString line = u"- **"_s + PostMortemReport::timeText(entry.timestampMs) + u"** · alice · "_s
                           + IncidentTimelineEntry::kindTitle(entry.kind) + u" — "_s + entry.text;
        QVERIFY2(md.contains(line), qPrintable(line));
    }
    QVERIFY(md.contains(u"(exit code 0)"_s));
    // The action's 100 lines of output: the first 15 and the last 5, and how many were left out.
    QVERIFY(md.contains(u"restart step 15 ok\n"_s));
    QVERIFY(!md.contains(u"restart step 16 ok\n"_s));
    QVERIFY(md.contains(u"… lines left out: 80 …"_s));
    QVERIFY(md.contains(u"restart step 100 ok\n"_s));
    QVERIFY(md.contains(u"Failed transactions (estimated): about %1"_s.arg(QLocale().toString(12090.0, 'f', 0))));
    QVERIFY(md.contains(u"Peak failure ratio: 35"_s));
    QVERIFY(md.contains(u"Duration | 10 min 00 s"_s));
    QVERIFY(md.contains(u"Time to acknowledge | 1 min 00 s"_s));
    // Local time with the UTC offset.
    const QRegularExpression stamp(u"\\*\\*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d\\*\\*"_s);
    QVERIFY(stamp.match(md).hasMatch());
    QVERIFY(md.contains(u"threshold 2"_s));
}

void TestPostMortem::pdfHasTheTimelineOnAsManyPagesAsNeeded()
{
    recordHistory();
    const qint64 id = workedIncident(80);
    QVERIFY(id > 0);
    QString error;
    const std::optional<PostMortemInput> input =
        PostMortemReport::gather(*m_database, id, writeUp(), kResolved + 30 * minuteMs, &error);
    QVERIFY2(input, qPrintable(error));
    QCOMPARE(input->timeline.size(), 86);
    const QByteArray bytes = PostMortemReport::pdf(*input);
    QVERIFY(wellFormedPdf(bytes));
    // 86 timeline rows, the write-up and three charts do not fit on two A4 pages.
    QVERIFY2(bytes.count("/Type /Page ") >= 3, qPrintable(QString::number(bytes.count("/Type /Page "))));
    QVERIFY(bytes.contains("(Timeline) Tj"));
    QVERIFY(bytes.contains("(Ran systemctl restart payment-backend \\(exit code 0\\)) Tj"));
    QVERIFY(bytes.contains("(Watching the pool, reading 79) Tj"));
    QVERIFY(bytes.contains("(restart step 100 ok) Tj"));
    QVERIFY(bytes.contains("(payment_backend: 95th percentile response time) Tj"));
    QVERIFY(!bytes.contains("STSong-Light"));
    // A small incident fits on fewer pages: pages follow the content.
    PostMortemInput small = *input;
    small.timeline = small.timeline.mid(0, 3);
    QVERIFY(PostMortemReport::pdf(small).count("/Type /Page ") < bytes.count("/Type /Page "));

    const QString path = m_dir->filePath(u"report.pdf"_s);
    QVERIFY(!PostMortemReport::write(*input, {}, path));
    const QString text = pdfText(path);
    if (!text.isEmpty()) { // where poppler is installed, it reads the text back
        for (const QString &expected : {u"Post-mortem: payment_backend failing transactions"_s, u"Root cause"_s,
                                        u"Called Bob Chen, DBA on duty"_s, u"Failure ratio back under 1 %"_s,
                                        u"Watching the pool, reading 42"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text.left(800)));
    }
}

void TestPostMortem::chineseTextGoesToTheCjkFont()
{
    const qint64 id = workedIncident();
    QVERIFY(id > 0);
    PostMortem p = writeUp();
    p.rootCause = u"连接池太小"_s;
    QString error;
    const std::optional<PostMortemInput> input = PostMortemReport::gather(*m_database, id, p, kResolved, &error);
    QVERIFY2(input, qPrintable(error));
    QVERIFY(PostMortemReport::markdown(*input).contains(u"连接池太小"_s));
    const QByteArray bytes = PostMortemReport::pdf(*input);
    QVERIFY(bytes.contains("/BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"));
    QVERIFY(bytes.contains("<8fde63a56c60592a5c0f> Tj")); // 连 接 池 太 小 as UCS-2
}

void TestPostMortem::writeFailsCleanly()
{
    const qint64 id = workedIncident();
    QVERIFY(id > 0);
    QString error;
    const std::optional<PostMortemInput> input = PostMortemReport::gather(*m_database, id, writeUp(), kResolved, &error);
    QVERIFY2(input, qPrintable(error));

    QDir(m_dir->path()).mkdir(u"locked"_s);
    const QString locked = m_dir->filePath(u"locked"_s);
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
    QString folder = locked;
    {
        // root writes through permissions: then a folder that is a file is what cannot be written.
        QFile probe(QDir(locked).filePath(u"probe"_s));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            folder = m_dir->filePath(u"a-file"_s);
            QFile file(folder);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
    }
    const QString markdownPath = m_dir->filePath(u"report.md"_s);
    const QString pdfPath = QDir(folder).filePath(u"report.pdf"_s);
    const std::optional<QString> failed = PostMortemReport::write(*input, markdownPath, pdfPath);
    QVERIFY(failed);
    QVERIFY2(failed->startsWith(u"Cannot write "_s + pdfPath + u": "_s) && failed->size() > pdfPath.size() + 16,
             qPrintable(*failed));
    // Nothing half-written, and nothing written at all: the Markdown waits for the PDF.
    QVERIFY(!QFile::exists(markdownPath));
    QVERIFY(!QFile::exists(pdfPath));
    QCOMPARE(QDir(locked).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // Both paths good: both files, complete.
    QVERIFY(!PostMortemReport::write(*input, markdownPath, m_dir->filePath(u"report.pdf"_s)));
    QFile md(markdownPath);
    QVERIFY(md.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(md.readAll()), PostMortemReport::markdown(*input));
    QFile pdf(m_dir->filePath(u"report.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(wellFormedPdf(pdf.readAll()));
}

void TestPostMortem::payopsctlWritesTheReport()
{
    recordHistory();
    const qint64 id = workedIncident();
    QVERIFY(id > 0);
    // The wizard's follow-up step keeps the write-up in the incident.
    QVERIFY(!repository().saveWizard(id, u"follow-up"_s, {{u"follow-up"_s, writeUp().toJson()}}));
    m_database.reset(); // the console is not running: payopsctl has the file to itself

    const auto ctl = [this](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LC_ALL"_s, u"en_US.UTF-8"_s);
        environment.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
        process.setProcessEnvironment(environment);
        process.start(ctlPath(), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
        return std::tuple{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                          QString::fromUtf8(process.readAllStandardOutput()),
                          QString::fromUtf8(process.readAllStandardError())};
    };
    const QString md = m_dir->filePath(u"out.md"_s);
    const QString pdf = m_dir->filePath(u"out.pdf"_s);
    const auto [code, out, err] = ctl({u"incidents"_s, u"report"_s, QString::number(id), u"--markdown"_s, md,
                                      u"--pdf"_s, pdf, u"--db"_s, dbPath()});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(u"Wrote "_s + md) && out.contains(u"Wrote "_s + pdf), qPrintable(out));
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(mdFile.readAll());
    QVERIFY(text.contains(writeUp().rootCause)); // from the incident's wizard state
    QVERIFY(text.contains(u"- [ ] Load test the Monday peak"_s));
    QVERIFY(text.contains(u"Called Bob Chen, DBA on duty"_s));
    QVERIFY2(text.contains(u"Failed transactions (estimated): about 12,090"_s), qPrintable(text.left(1500)));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(wellFormedPdf(pdfFile.readAll()));

    const QString other = m_dir->filePath(u"other.md"_s);
    const auto [unknownCode, unknownOut, unknownErr] =
        ctl({u"incidents"_s, u"report"_s, u"999"_s, u"--markdown"_s, other, u"--db"_s, dbPath()});
    QCOMPARE(unknownCode, 1);
    QVERIFY2(unknownErr.contains(u"There is no incident 999."_s), qPrintable(unknownErr));
    QVERIFY(!QFile::exists(other));

    const auto [badCode, badOut, badErr] = ctl({u"incidents"_s, u"report"_s, QString::number(id), u"--markdown"_s,
                                                m_dir->filePath(u"missing-folder/x.md"_s), u"--db"_s, dbPath()});
    QCOMPARE(badCode, 1);
    QVERIFY2(badErr.contains(u"Cannot write "_s), qPrintable(badErr));

    const auto [usageCode, usageOut, usageErr] = ctl({u"incidents"_s, u"report"_s, QString::number(id), u"--db"_s, dbPath()});
    QCOMPARE(usageCode, 2);
    QVERIFY2(usageErr.contains(u"--markdown"_s), qPrintable(usageErr));
}

QTEST_GUILESS_MAIN(TestPostMortem)
#include "test_postmortem.moc"
