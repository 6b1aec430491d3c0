#include "models/incidents/postmortem.h"

#include "models/alerts/alertrulerepository.h"
#include "models/incidents/incidentrepository.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/historysnapshot.h"
#include "models/metrics/serieskey.h"
#include "models/storage/database.h"
#include "models/tasks/pdflayout.h"
#include "models/tasks/reviewthresholds.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

using Id = DerivedMetricId;

constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60 * secondMs;
constexpr qint64 hourMs = 60 * minuteMs;

// Command output kept in the report: the start says what ran, the end how it ended; the middle of
// a long output rarely matters in a post-mortem (the timeline keeps it all).
constexpr int kOutputHeadLines = 15;
constexpr int kOutputTailLines = 5;
constexpr qsizetype kOutputLineChars = 200;
constexpr int kPdfOutputHeadLines = 4;
constexpr int kPdfOutputTailLines = 2;

// --- PostMortem JSON keys

const QString kRootCause = u"rootCause"_s;
const QString kImpactNote = u"impactNote"_s;
const QString kActionsTaken = u"actionsTaken"_s;
const QString kLessons = u"lessons"_s;
const QString kFollowUps = u"followUps"_s;

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

// --- Impact arithmetic

// A series as pieces of constant value: [from, to) → value.
struct Piece
{
    double from, to, value;
};

QList<Piece> piecesOf(const PostMortemReport::Series &series)
{
    QList<Piece> pieces;
    const QList<QPointF> &p = series.points;
    if (p.isEmpty())
        return pieces;
    double holdMs = double(series.bucketMs);
    if (series.bucketMs == 0) {
        // Raw samples: each holds until the next, bridging at most a few missed polls (3 × the usual
        // interval); a longer gap is time without history, not time at the last value.
        if (p.size() < 2)
            return pieces;
        QList<double> steps;
        for (qsizetype i = 1; i < p.size(); ++i)
            steps << p.at(i).x() - p.at(i - 1).x();
        std::nth_element(steps.begin(), steps.begin() + steps.size() / 2, steps.end());
        holdMs = 3.0 * std::max(1.0, steps.at(steps.size() / 2));
    }
    for (qsizetype i = 0; i < p.size(); ++i) {
        double to = p.at(i).x() + holdMs;
        if (series.bucketMs == 0 && i + 1 < p.size())
            to = std::min(to, p.at(i + 1).x());
        if (to > p.at(i).x())
            pieces.append({p.at(i).x(), to, p.at(i).y()});
    }
    return pieces;
}

std::optional<double> valueAt(const QList<Piece> &pieces, double t)
{
    auto it = std::upper_bound(pieces.cbegin(), pieces.cend(), t, [](double x, const Piece &piece) { return x < piece.from; });
    if (it == pieces.cbegin())
        return std::nullopt;
    --it;
    return t < it->to ? std::optional<double>(it->value) : std::nullopt;
}

// The largest value the series reached inside [startMs, endMs] (a roll-up bucket counts with its maximum).
std::optional<double> peakOf(const PostMortemReport::Series &series, qint64 startMs, qint64 endMs)
{
    std::optional<double> peak;
    for (qsizetype i = 0; i < series.points.size(); ++i) {
        const double x = series.points.at(i).x();
        const bool inside = series.bucketMs ? x + double(series.bucketMs) > double(startMs) && x < double(endMs)
                                            : x >= double(startMs) && x <= double(endMs);
        if (!inside)
            continue;
        const double value = i < series.maxima.size() ? series.maxima.at(i) : series.points.at(i).y();
        if (std::isfinite(value) && (!peak || value > *peak))
            peak = value;
    }
    return peak;
}

// --- Text

QString orDash(const std::optional<double> &value, Id metric, const QLocale &locale)
{
    return value ? DerivedMetricCatalog::metric(metric).format(*value, locale) : u"–"_s;
}

QString failedText(const IncidentImpact &impact, const QLocale &locale)
{
    if (!impact.failedTransactions)
        return PostMortemReport::tr("not estimated");
    return PostMortemReport::tr("about %1").arg(locale.toString(std::round(*impact.failedTransactions), 'f', 0));
}

QString servicesText(const Incident &incident)
{
    return incident.services.isEmpty() ? u"–"_s : incident.services.join(u", "_s);
}

QString orNotWritten(const QString &text)
{
    return text.trimmed().isEmpty() ? PostMortemReport::tr("(not written)") : text.trimmed();
}

struct OutputLines
{
    QStringList lines;
    int leftOut = 0;      // lines between the start and the end not kept
    qsizetype gapAt = -1; // the index in `lines` before which they were
};

// The start and the end of a command's output, each line cut to a readable length.
OutputLines outputLines(const QString &output, int head, int tail)
{
    QStringList all = output.split(u'\n');
    while (!all.isEmpty() && all.constLast().trimmed().isEmpty())
        all.removeLast();
    for (QString &line : all) {
        line.remove(u'\r');
        if (line.size() > kOutputLineChars)
            line = line.left(kOutputLineChars) + u'…';
    }
    OutputLines out;
    if (all.size() <= head + tail) {
        out.lines = all;
        return out;
    }
    out.lines = all.mid(0, head);
    out.leftOut = int(all.size()) - head - tail;
    out.gapAt = head;
    out.lines << all.mid(all.size() - tail);
    return out;
}

QString leftOutText(int lines)
{
    return PostMortemReport::tr("… lines left out: %n …", nullptr, lines);
}

// "(exit code 1)" for an action's detail that has one.
QString exitText(const QJsonObject &detail)
{
    if (!detail.contains(u"exitCode"_s))
        return {};
    return PostMortemReport::tr("exit code %1").arg(detail.value(u"exitCode"_s).toInt());
}

QString mdCell(QString text)
{
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}

// A code fence longer than any run of backticks inside, so no output can close it early.
QString fenceFor(const QString &text)
{
    int longest = 0, run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), u'`');
}

// ▁▂▃▄▅▆▇█ over the points, in at most `width` columns: the shape of a chart in a Markdown file.
QString sparkline(const QList<QPointF> &points, int width = 60)
{
    if (points.isEmpty())
        return {};
    static const QString blocks = u"▁▂▃▄▅▆▇█"_s;
    const qsizetype columns = std::min<qsizetype>(width, points.size());
    QList<double> values;
    for (qsizetype c = 0; c < columns; ++c) {
        const qsizetype from = c * points.size() / columns;
        const qsizetype to = std::max(from + 1, (c + 1) * points.size() / columns);
        double peak = -std::numeric_limits<double>::infinity();
        for (qsizetype i = from; i < to; ++i)
            peak = std::max(peak, points.at(i).y());
        values << peak;
    }
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    QString line;
    for (const double v : values) {
        const double share = *hi > *lo ? (v - *lo) / (*hi - *lo) : 0.0;
        line += blocks.at(std::clamp(int(share * 7.0 + 0.5), 0, 7));
    }
    return line;
}

// --- PDF

constexpr double kMargin = 42.0;
const PdfCanvas::Color kWindow{0.99, 0.93, 0.92};



QList<QPointF> thinned(const QList<QPointF> &points, int columns)
{
    if (points.size() <= 2 * columns || columns < 1)
        return points;
    QList<QPointF> out;
    const double from = points.constFirst().x();
    const double span = std::max(1.0, points.constLast().x() - from);
    qsizetype i = 0;
    for (int c = 0; c < columns && i < points.size(); ++c) {
        const double end = from + span * double(c + 1) / double(columns);
        qsizetype lo = -1, hi = -1;
        for (; i < points.size() && (points.at(i).x() < end || c == columns - 1); ++i) {
            if (lo < 0 || points.at(i).y() < points.at(lo).y())
                lo = i;
            if (hi < 0 || points.at(i).y() > points.at(hi).y())
                hi = i;
        }
        if (lo < 0)
            continue;
        out << points.at(std::min(lo, hi));
        if (lo != hi)
            out << points.at(std::max(lo, hi));
    }
    return out;
}

void drawChart(PdfCanvas &canvas, double x, double y, double w, double h, const PostMortemChart &chart,
               const IncidentImpact &impact, const QLocale &locale)
{
    canvas.text(x, y + 9.0, 9.0, PdfCanvas::elided(chart.title, 9.0, w, true), true, PdfLayout::ink);
    const double top = y + 16.0;
    const double left = x + 50.0;
    const double plotW = w - 52.0;
    const double plotH = h - 30.0;
    const qint64 fromMs = chart.fromMs;
    const qint64 toMs = std::max(chart.toMs, fromMs + 1);
    const auto px = [&](double t) {
        return left + plotW * std::clamp((t - double(fromMs)) / double(toMs - fromMs), 0.0, 1.0);
    };
    // The incident window, shaded: what happened before it is the baseline.
    canvas.fillRect(px(double(impact.startMs)), top, px(double(impact.endMs)) - px(double(impact.startMs)), plotH, kWindow);
    canvas.strokeRect(left, top, plotW, plotH, 0.5, PdfLayout::rule);
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (const QPointF &p : chart.points) {
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
    if (!std::isfinite(lo)) {
        canvas.text(left + 6.0, top + plotH / 2.0, 8.0, PostMortemReport::tr("no history for this window"), false, PdfLayout::muted);
        return;
    }
    if (chart.threshold)
        hi = std::max(hi, *chart.threshold);
    lo = std::min(lo, 0.0);
    if (hi <= lo)
        hi = lo + 1.0;
    hi += (hi - lo) * 0.05;
    const auto py = [&](double v) { return top + plotH - plotH * (v - lo) / (hi - lo); };
    const DerivedMetric &metric = DerivedMetricCatalog::metric(chart.metric);
    for (const double v : {lo, (lo + hi) / 2.0, hi}) {
        const QString label = metric.format(v, locale);
        canvas.text(left - 3.0 - PdfCanvas::textWidth(label, 6.5), py(v) + 2.0, 6.5, label, false, PdfLayout::muted);
        canvas.line(left, py(v), left + plotW, py(v), 0.3, PdfLayout::band);
    }
    const auto timeLabel = [](qint64 t) { return QDateTime::fromMSecsSinceEpoch(t).toString(u"HH:mm"_s); };
    const QString from = timeLabel(fromMs);
    const QString to = timeLabel(toMs);
    canvas.text(left, top + plotH + 9.0, 6.5, from, false, PdfLayout::muted);
    canvas.text(left + plotW - PdfCanvas::textWidth(to, 6.5), top + plotH + 9.0, 6.5, to, false, PdfLayout::muted);
    if (chart.threshold)
        canvas.line(left, py(*chart.threshold), left + plotW, py(*chart.threshold), 0.8, PdfLayout::red, true);
    // A gap in the history stays a gap: the line breaks where the points are far apart.
    QList<double> steps;
    for (qsizetype i = 1; i < chart.points.size(); ++i)
        steps << chart.points.at(i).x() - chart.points.at(i - 1).x();
    double gap = std::numeric_limits<double>::infinity();
    if (!steps.isEmpty()) {
        std::nth_element(steps.begin(), steps.begin() + steps.size() / 2, steps.end());
        gap = 3.0 * std::max(1.0, steps.at(steps.size() / 2));
    }
    // At most two points (the lowest and the highest) per half point of width: a day of 1 s samples
    // draws the same line in a file a thousand times smaller (and thinned points lie a column apart).
    const int columns = int(plotW * 2.0);
    const QList<QPointF> points = thinned(chart.points, columns);
    if (points.size() < chart.points.size())
        gap = std::max(gap, 3.0 * double(toMs - fromMs) / double(columns));
    QList<PdfCanvas::Point> run;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points.at(i);
        if (i > 0 && p.x() - points.at(i - 1).x() > gap) {
            canvas.polyline(run, 0.8, PdfLayout::blue);
            run.clear();
        }
        run.append({px(p.x()), py(p.y())});
    }
    if (run.size() == 1)
        canvas.fillRect(run.first().first - 1.0, run.first().second - 1.0, 2.0, 2.0, PdfLayout::blue);
    else
        canvas.polyline(run, 0.8, PdfLayout::blue);
}

// --- Gathering

PostMortemReport::Series seriesFrom(const QString &name, const HistoryRead &read)
{
    PostMortemReport::Series series;
    series.name = name;
    series.bucketMs = read.resolution == HistoryRead::Resolution::Minute ? minuteMs
                    : read.resolution == HistoryRead::Resolution::Hour   ? hourMs
                                                                          : 0;
    for (const SeriesPoint &p : read.points)
        series.points.append(QPointF(double(p.timestampMs), p.value));
    for (const RollupPoint &b : read.buckets)
        series.maxima.append(b.max);
    return series;
}

QString resolutionText(HistoryRead::Resolution resolution)
{
    switch (resolution) {
    case HistoryRead::Resolution::Raw:
        return PostMortemReport::tr("every recorded sample");
    case HistoryRead::Resolution::Minute:
        return PostMortemReport::tr("1-minute averages");
    case HistoryRead::Resolution::Hour:
        return PostMortemReport::tr("1-hour averages");
    }
    return {};
}

} // namespace

// --- PostMortem

QJsonObject PostMortem::toJson() const
{
    return {{kRootCause, rootCause},
            {kImpactNote, impactNote},
            {kActionsTaken, actionsTaken},
            {kLessons, lessons},
            {kFollowUps, QJsonArray::fromStringList(followUps)}};
}

PostMortem PostMortem::fromJson(const QJsonObject &json)
{
    PostMortem p;
    p.rootCause = json.value(kRootCause).toString();
    p.impactNote = json.value(kImpactNote).toString();
    p.actionsTaken = json.value(kActionsTaken).toString();
    p.lessons = json.value(kLessons).toString();
    const QJsonValue followUps = json.value(kFollowUps);
    if (followUps.isString()) {
        p.followUps = nonEmptyLines(followUps.toString());
    } else {
        for (const QJsonValue &item : followUps.toArray())
            p.followUps << nonEmptyLines(item.toString());
    }
    return p;
}

bool PostMortem::isEmpty() const
{
    return rootCause.trimmed().isEmpty() && impactNote.trimmed().isEmpty() && actionsTaken.trimmed().isEmpty()
        && lessons.trimmed().isEmpty() && followUps.isEmpty();
}

// --- PostMortemReport

QString PostMortemReport::timeText(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(u"yyyy-MM-dd HH:mm:ss"_s)
         + (offset < 0 ? u" -"_s : u" +"_s)
         + u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString PostMortemReport::durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / secondMs;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    if (seconds < 24 * 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60, 2, 10, QChar(u'0'));
    return tr("%1 d %2 h").arg(seconds / (24 * 3600)).arg(seconds % (24 * 3600) / 3600);
}

QString PostMortemReport::baseName(qint64 incidentId)
{
    return u"incident-%1-postmortem"_s.arg(incidentId);
}

IncidentImpact PostMortemReport::impactOf(qint64 startMs, qint64 endMs, const Series &tps, const Series &failureRatio,
                                          const Series &p95, const QString &resolutionText)
{
    IncidentImpact impact;
    impact.startMs = startMs;
    impact.endMs = std::max(startMs, endMs);
    impact.peakFailureRatio = peakOf(failureRatio, impact.startMs, impact.endMs);
    impact.peakP95Seconds = peakOf(p95, impact.startMs, impact.endMs);

    // ∫ tps(t) × failure_ratio(t) dt over the window, piece by piece where both are known.
    const QList<Piece> tpsPieces = piecesOf(tps);
    const QList<Piece> ratioPieces = piecesOf(failureRatio);
    QList<double> cuts{double(impact.startMs), double(impact.endMs)};
    for (const QList<Piece> *pieces : {&tpsPieces, &ratioPieces}) {
        for (const Piece &piece : *pieces) {
            for (const double t : {piece.from, piece.to}) {
                if (t > double(impact.startMs) && t < double(impact.endMs))
                    cuts << t;
            }
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    double failed = 0.0;
    double coveredMs = 0.0;
    for (qsizetype i = 1; i < cuts.size(); ++i) {
        const double mid = (cuts.at(i - 1) + cuts.at(i)) / 2.0;
        const std::optional<double> rate = valueAt(tpsPieces, mid);
        const std::optional<double> ratio = valueAt(ratioPieces, mid);
        if (!rate || !ratio || !std::isfinite(*rate) || !std::isfinite(*ratio))
            continue;
        const double dt = cuts.at(i) - cuts.at(i - 1);
        failed += std::max(0.0, *rate) * std::clamp(*ratio, 0.0, 1.0) * dt / double(secondMs);
        coveredMs += dt;
    }
    const qint64 window = impact.endMs - impact.startMs;
    impact.coverage = window > 0 ? coveredMs / double(window) : 0.0;
    const QString from = timeText(impact.startMs);
    const QString to = timeText(impact.endMs);
    if (coveredMs <= 0.0) {
        impact.basis = tr("No metric history covers the incident window (%1 and %2 hold nothing from %3 to %4): the "
                          "failed transactions are not estimated.")
                           .arg(tps.name, failureRatio.name, from, to);
        return impact;
    }
    impact.failedTransactions = failed;
    impact.basis = tr("Estimated as %1 × %2 summed over time (%3) from %4 to %5; the history covers %6 % of the window.")
                       .arg(tps.name, failureRatio.name, resolutionText, from, to,
                            QLocale().toString(impact.coverage * 100.0, 'f', 0));
    if (impact.coverage < 0.995)
        impact.basis += u' ' + tr("Time without history counts no failed transactions: the real number may be higher.");
    return impact;
}

std::optional<PostMortemInput> PostMortemReport::gather(Database &database, qint64 incidentId, const PostMortem &writeUp,
                                                        qint64 nowMs, QString *error)
{
    const IncidentRepository incidents(database);
    QString readError;
    const std::optional<Incident> incident = incidents.byId(incidentId, &readError);
    if (!incident) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    const IncidentRepository::TimelineResult timeline = incidents.timeline(incidentId);
    if (!timeline.ok()) {
        if (error)
            *error = timeline.error;
        return std::nullopt;
    }

    PostMortemInput input;
    input.incident = *incident;
    input.timeline = timeline.entries;
    input.writeUp = writeUp;
    input.generatedMs = nowMs;
    const qint64 startMs = incident->openedMs;
    const qint64 endMs = std::max(startMs, incident->resolvedMs.value_or(nowMs));
    // The charts start before the incident: what normal looked like is half of what they show.
    const qint64 marginMs = std::clamp<qint64>((endMs - startMs) / 4, 5 * minuteMs, hourMs);
    const qint64 chartFromMs = startMs - marginMs;
    const QString service = incident->service();
    const auto failNoHistory = [&](const QString &why) {
        input.impact.startMs = startMs;
        input.impact.endMs = endMs;
        input.impact.basis = why;
        input.impact.ongoing = !incident->resolvedMs;
    };
    if (service.isEmpty()) {
        failNoHistory(tr("The incident names no service, so there is no metric history to estimate from."));
        return input;
    }

    std::optional<HistorySnapshot> history(std::in_place, database);
    struct Read
    {
        Id metric;
        QString name;
        HistoryRead history;
    };
    QList<Read> reads{{Id::Tps, SeriesKey(Id::Tps, service).toString(), {}},
                      {Id::FailureRatio, SeriesKey(Id::FailureRatio, service).toString(), {}},
                      {Id::LatencyP95, SeriesKey(Id::LatencyP95, service).toString(), {}}};
    // The finest resolution that still holds the window: raw samples until the retention removes
    // them (not for windows longer than it: too many points), then the minute, then the hour roll-ups.
    const HistoryOptions retention;
    QList<HistoryRead::Resolution> resolutions;
    if (endMs - chartFromMs <= retention.rawRetentionMs)
        resolutions << HistoryRead::Resolution::Raw;
    if (endMs - chartFromMs <= 31 * 24 * hourMs)
        resolutions << HistoryRead::Resolution::Minute;
    resolutions << HistoryRead::Resolution::Hour;
    std::optional<QString> historyError = history->error();
    std::optional<IncidentImpact> best;
    QList<Read> bestReads;
    bool bestHasPoints = false;
    for (const HistoryRead::Resolution resolution : std::as_const(resolutions)) {
        if (historyError)
            break;
        for (Read &read : reads) {
            read.history = history->read(read.name, chartFromMs, endMs, resolution);
            if (read.history.error) {
                historyError = read.history.error;
                break;
            }
        }
        if (historyError)
            break;
        const IncidentImpact impact =
            impactOf(startMs, endMs, seriesFrom(reads.at(0).name, reads.at(0).history),
                     seriesFrom(reads.at(1).name, reads.at(1).history), seriesFrom(reads.at(2).name, reads.at(2).history),
                     resolutionText(resolution));
        // Coverage decides; without any, a resolution that has some points (p95 alone) still draws a chart.
        const bool anyPoints =
            std::any_of(reads.cbegin(), reads.cend(), [](const Read &r) { return !r.history.points.isEmpty(); });
        if (!best || impact.coverage > best->coverage + 1e-9 || (best->coverage <= 0.0 && !bestHasPoints && anyPoints)) {
            best = impact;
            bestReads = reads;
            bestHasPoints = anyPoints;
        }
        if (impact.coverage >= 0.99)
            break;
    }
    // The lines the charts show: the alert rules' (or the documented defaults), as the review draws them.
    const AlertRuleRepository::Listing rules = AlertRuleRepository(database).list();
    const ReviewThresholds thresholds(rules.ok() ? rules.rules : QList<AlertRule>());
    history.reset(); // ends the read: nothing below reads the history
    if (historyError || !best) {
        failNoHistory(tr("The metric history cannot be read: %1").arg(historyError.value_or(QString())));
        return input;
    }
    reads = bestReads;
    input.impact = *best;
    input.impact.ongoing = !incident->resolvedMs;
    for (const Read &read : reads) {
        const DerivedMetric &metric = DerivedMetricCatalog::metric(read.metric);
        PostMortemChart chart;
        chart.title = tr("%1: %2").arg(service, metric.title());
        chart.unit = metric.unit();
        chart.metric = read.metric;
        chart.series = read.name;
        chart.fromMs = chartFromMs;
        chart.toMs = endMs;
        for (const SeriesPoint &p : read.history.points)
            chart.points.append(QPointF(double(p.timestampMs), p.value));
        if (read.metric != Id::Tps) {
            if (const std::optional<ReviewThresholds::Line> line = thresholds.lineFor(read.metric, service))
                chart.threshold = line->value;
        }
        input.charts.append(chart);
    }
    return input;
}

QString PostMortemReport::markdown(const PostMortemInput &input, const QLocale &locale)
{
    const Incident &incident = input.incident;
    const IncidentImpact &impact = input.impact;
    QString md = u"# "_s + tr("Post-mortem: %1").arg(incident.title) + u"\n\n"_s;
    md += tr("Incident %1 · %2 · %3 · %4 · generated %5")
              .arg(QString::number(incident.id), servicesText(incident), incident.type,
                   Incident::severityTitle(incident.severity), timeText(input.generatedMs))
        + u"\n\n"_s;

    md += u"| | |\n|---|---|\n"_s;
    const auto fact = [&md](const QString &label, const QString &value) {
        md += u"| "_s + mdCell(label) + u" | "_s + mdCell(value) + u" |\n"_s;
    };
    fact(tr("Status"), Incident::statusTitle(incident.status));
    fact(tr("Opened"), timeText(incident.openedMs) + u" ("_s + incident.openedBy + u')');
    fact(tr("Acknowledged"), incident.acknowledgedMs ? timeText(*incident.acknowledgedMs) : u"–"_s);
    fact(tr("Resolved"), incident.resolvedMs ? timeText(*incident.resolvedMs) : tr("not yet"));
    fact(tr("Duration"), impact.ongoing ? tr("%1 so far").arg(durationText(impact.durationMs()))
                                        : durationText(impact.durationMs()));
    if (const std::optional<qint64> ack = incident.timeToAcknowledgeMs())
        fact(tr("Time to acknowledge"), durationText(*ack));

    md += u"\n## "_s + tr("Impact") + u"\n\n"_s;
    md += u"- "_s + tr("Failed transactions (estimated): %1").arg(failedText(impact, locale)) + u'\n';
    md += u"- "_s + tr("Peak failure ratio: %1").arg(orDash(impact.peakFailureRatio, Id::FailureRatio, locale)) + u'\n';
    md += u"- "_s + tr("Peak p95 response time: %1").arg(orDash(impact.peakP95Seconds, Id::LatencyP95, locale)) + u'\n';
    md += u"\n*"_s + impact.basis + u"*\n"_s;
    if (!input.writeUp.impactNote.trimmed().isEmpty())
        md += u'\n' + input.writeUp.impactNote.trimmed() + u'\n';

    const auto section = [&md](const QString &title, const QString &text) {
        md += u"\n## "_s + title + u"\n\n"_s + orNotWritten(text) + u'\n';
    };
    section(tr("Root cause"), input.writeUp.rootCause);
    section(tr("What was done"), input.writeUp.actionsTaken);
    section(tr("Lessons"), input.writeUp.lessons);
    md += u"\n## "_s + tr("Follow-up items") + u"\n\n"_s;
    if (input.writeUp.followUps.isEmpty())
        md += tr("(none)") + u'\n';
    for (const QString &item : input.writeUp.followUps)
        md += u"- [ ] "_s + item + u'\n';

    md += u"\n## "_s + tr("Timeline") + u"\n\n"_s;
    if (input.timeline.isEmpty())
        md += tr("(no entries)") + u'\n';
    for (const IncidentTimelineEntry &entry : input.timeline) {
        QString text = entry.text.trimmed();
        text.replace(u'\n', u"\n  "_s);
        md += u"- **"_s + timeText(entry.timestampMs) + u"** · "_s + entry.actor + u" · "_s
            + IncidentTimelineEntry::kindTitle(entry.kind) + u" — "_s + text;
        if (const QString exitNote = exitText(entry.detail); !exitNote.isEmpty())
            md += u" ("_s + exitNote + u')';
        md += u'\n';
        const QString output = entry.detail.value(u"output"_s).toString();
        if (!output.trimmed().isEmpty()) {
            const OutputLines lines = outputLines(output, kOutputHeadLines, kOutputTailLines);
            QString block;
            for (qsizetype i = 0; i < lines.lines.size(); ++i) {
                if (i == lines.gapAt)
                    block += u"  "_s + leftOutText(lines.leftOut) + u'\n';
                block += u"  "_s + lines.lines.at(i) + u'\n';
            }
            const QString fence = fenceFor(block);
            md += u"\n  "_s + fence + u'\n' + block + u"  "_s + fence + u"\n\n"_s;
        }
    }

    md += u"\n## "_s + tr("Charts of the incident window") + u"\n\n"_s;
    if (!input.charts.isEmpty())
        md += tr("From %1 (before the incident) to %2; the PDF draws them.")
                  .arg(timeText(input.charts.constFirst().fromMs), timeText(input.charts.constFirst().toMs))
            + u"\n\n"_s;
    for (const PostMortemChart &chart : input.charts) {
        md += u"**"_s + chart.title + u"** (`"_s + chart.series + u"`)"_s;
        if (chart.points.isEmpty()) {
            md += u": "_s + tr("no history for this window") + u"\n\n"_s;
            continue;
        }
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (const QPointF &p : chart.points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        const DerivedMetric &metric = DerivedMetricCatalog::metric(chart.metric);
        md += u": "_s + tr("from %1 to %2, samples: %n", nullptr, int(chart.points.size()))
                             .arg(metric.format(lo, locale), metric.format(hi, locale));
        if (chart.threshold)
            md += u"; "_s + tr("threshold %1").arg(metric.format(*chart.threshold, locale));
        md += u"\n\n    "_s + sparkline(chart.points) + u"\n\n"_s;
    }
    return md;
}

QByteArray PostMortemReport::pdf(const PostMortemInput &input, const QLocale &locale)
{
    const Incident &incident = input.incident;
    const IncidentImpact &impact = input.impact;
    PdfCanvas canvas; // A4 portrait
    PdfLayout page(canvas, kMargin);
    page.heading(tr("Post-mortem: %1").arg(incident.title), 16.0);
    page.paragraph(tr("Incident %1 · %2 · %3 · %4 · generated %5")
                       .arg(QString::number(incident.id), servicesText(incident), incident.type,
                            Incident::severityTitle(incident.severity), timeText(input.generatedMs)),
                   8.5, PdfLayout::muted);
    page.advance(4.0);
    QList<std::pair<QString, QString>> facts{
        {tr("Status"), Incident::statusTitle(incident.status)},
        {tr("Opened"), timeText(incident.openedMs) + u" ("_s + incident.openedBy + u')'},
        {tr("Acknowledged"), incident.acknowledgedMs ? timeText(*incident.acknowledgedMs) : u"–"_s},
        {tr("Resolved"), incident.resolvedMs ? timeText(*incident.resolvedMs) : tr("not yet")},
        {tr("Duration"), impact.ongoing ? tr("%1 so far").arg(durationText(impact.durationMs()))
                                        : durationText(impact.durationMs())},
    };
    if (const std::optional<qint64> ack = incident.timeToAcknowledgeMs())
        facts.append({tr("Time to acknowledge"), durationText(*ack)});
    page.facts(facts);

    page.heading(tr("Impact"), 12.0);
    page.facts({{tr("Failed transactions"), failedText(impact, locale)},
                {tr("Peak failure ratio"), orDash(impact.peakFailureRatio, Id::FailureRatio, locale)},
                {tr("Peak p95 response time"), orDash(impact.peakP95Seconds, Id::LatencyP95, locale)}});
    page.paragraph(impact.basis, 8.0, PdfLayout::muted);
    if (!input.writeUp.impactNote.trimmed().isEmpty())
        page.paragraph(input.writeUp.impactNote.trimmed());

    for (const auto &[title, text] : {std::pair{tr("Root cause"), input.writeUp.rootCause},
                                      std::pair{tr("What was done"), input.writeUp.actionsTaken},
                                      std::pair{tr("Lessons"), input.writeUp.lessons}}) {
        page.heading(title, 12.0);
        page.paragraph(orNotWritten(text), 9.5, text.trimmed().isEmpty() ? PdfLayout::muted : PdfLayout::ink);
    }
    page.heading(tr("Follow-up items"), 12.0);
    if (input.writeUp.followUps.isEmpty())
        page.paragraph(tr("(none)"), 9.5, PdfLayout::muted);
    for (const QString &item : input.writeUp.followUps)
        page.paragraph(u"•  "_s + item, 9.5, PdfLayout::ink, 6.0);

    // Charts before the timeline: they are the picture of the incident; the timeline may run for pages.
    const double chartH = 120.0;
    page.need(chartH + 60.0);
    page.heading(tr("Charts of the incident window"), 12.0);
    if (!input.charts.isEmpty())
        page.paragraph(tr("From %1 to %2; the shaded part is the incident.")
                           .arg(timeText(input.charts.constFirst().fromMs), timeText(input.charts.constFirst().toMs)),
                       8.0, PdfLayout::muted);
    for (const PostMortemChart &chart : input.charts) {
        page.need(chartH + 8.0);
        drawChart(canvas, kMargin, page.y() + 4.0, page.width(), chartH, chart, impact, locale);
        page.advance(chartH + 8.0);
    }

    page.heading(tr("Timeline"), 12.0);
    if (input.timeline.isEmpty())
        page.paragraph(tr("(no entries)"), 9.5, PdfLayout::muted);
    const double size = 8.0;
    const double timeW = 118.0, actorW = 62.0, kindW = 62.0;
    const double textX = kMargin + timeW + actorW + kindW;
    const double textW = page.width() - timeW - actorW - kindW;
    for (const IncidentTimelineEntry &entry : input.timeline) {
        QString text = entry.text.trimmed();
        if (const QString exitNote = exitText(entry.detail); !exitNote.isEmpty())
            text += u" ("_s + exitNote + u')';
        const QStringList lines = PdfLayout::wrapped(text, size, textW);
        const double rowH = size * 1.35;
        page.need(rowH * double(std::max<qsizetype>(1, lines.size())) + 2.0);
        page.advance(rowH);
        canvas.text(kMargin, page.y(), size, timeText(entry.timestampMs), false, PdfLayout::muted);
        canvas.text(kMargin + timeW, page.y(), size, PdfCanvas::elided(entry.actor, size, actorW - 4.0), false, PdfLayout::ink);
        canvas.text(kMargin + timeW + actorW, page.y(), size,
                    PdfCanvas::elided(IncidentTimelineEntry::kindTitle(entry.kind), size, kindW - 4.0, true), true, PdfLayout::ink);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                page.need(rowH);
                page.advance(rowH);
            }
            canvas.text(textX, page.y(), size, lines.at(i), false, PdfLayout::ink);
        }
        const QString output = entry.detail.value(u"output"_s).toString();
        if (!output.trimmed().isEmpty()) {
            const OutputLines out = outputLines(output, kPdfOutputHeadLines, kPdfOutputTailLines);
            QStringList shown = out.lines;
            if (out.gapAt >= 0)
                shown.insert(out.gapAt, leftOutText(out.leftOut));
            for (const QString &line : std::as_const(shown)) {
                page.need(rowH);
                page.advance(size * 1.2);
                canvas.text(textX + 8.0, page.y(), 7.0, PdfCanvas::elided(line, 7.0, textW - 8.0), false, PdfLayout::muted);
            }
        }
        page.advance(2.0);
        canvas.line(kMargin, page.y(), kMargin + page.width(), page.y(), 0.3, PdfLayout::band);
    }
    return canvas.toPdf();
}

std::optional<QString> PostMortemReport::write(const PostMortemInput &input, const QString &markdownPath,
                                               const QString &pdfPath, const QLocale &locale)
{
    // Both files are opened and filled before either is committed: a folder that cannot be written
    // fails before anything changes, and no reader ever sees half a file.
    struct Output
    {
        QString path;
        QByteArray bytes;
        std::unique_ptr<QSaveFile> file;
    };
    QList<Output *> outputs;
    Output markdownOut{markdownPath, {}, nullptr};
    Output pdfOut{pdfPath, {}, nullptr};
    if (!markdownPath.isEmpty()) {
        markdownOut.bytes = markdown(input, locale).toUtf8();
        outputs << &markdownOut;
    }
    if (!pdfPath.isEmpty()) {
        pdfOut.bytes = pdf(input, locale);
        outputs << &pdfOut;
    }
    for (Output *out : outputs) {
        out->file = std::make_unique<QSaveFile>(out->path);
        if (!out->file->open(QIODevice::WriteOnly))
            return tr("Cannot write %1: %2").arg(out->path, out->file->errorString());
        if (out->file->write(out->bytes) != out->bytes.size())
            return tr("Cannot write %1: %2").arg(out->path, out->file->errorString());
    }
    for (Output *out : outputs) {
        if (!out->file->commit())
            return tr("Cannot write %1: %2").arg(out->path, out->file->errorString());
    }
    return std::nullopt;
}

} // namespace payops
