#include "models/tasks/performancereviewreport.h"

#include "models/metrics/derivedmetriccatalog.h"
#include "models/tasks/pdflayout.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

using Id = DerivedMetricId;

QString fmt(Id id, const std::optional<double> &value, const QLocale &locale)
{
    return value ? DerivedMetricCatalog::metric(id).format(*value, locale) : u"–"_s;
}

QString percentText(double percent, const QLocale &locale)
{
    return (percent >= 0 ? u"+"_s : QString()) + locale.toString(percent, 'f', 1) + u" %"_s;
}

// "412 ms → 478 ms (+16.0 %)", or the one value there is.
QString weekText(Id id, const WeekOverWeek &w, const QLocale &locale)
{
    if (!w.previous)
        return fmt(id, w.current, locale);
    QString text = fmt(id, w.previous, locale) + u" → "_s + fmt(id, w.current, locale);
    if (const std::optional<double> change = w.changePercent())
        text += u" ("_s + percentText(*change, locale) + u')';
    return text;
}

QString ofCapacity(Id id, const std::optional<double> &peak, const std::optional<double> &capacity, const QLocale &locale)
{
    if (!peak)
        return u"–"_s;
    if (!capacity || *capacity <= 0.0)
        return fmt(id, peak, locale);
    return PerformanceReviewReport::tr("%1 of %2 (%3 %)")
        .arg(fmt(id, peak, locale), fmt(id, capacity, locale), locale.toString(*peak / *capacity * 100.0, 'f', 0));
}

QString memoryText(const ServiceReview &s, const QLocale &locale)
{
    QString text = ofCapacity(Id::MemoryBytes, s.memoryPeak, s.memoryCapacity, locale);
    if (s.hostMemoryPeak)
        text += u"; "_s + PerformanceReviewReport::tr("host %1").arg(fmt(Id::HostMemoryPercent, s.hostMemoryPeak, locale));
    return text;
}

QString perDayText(const ReviewForecast &f, const QLocale &locale)
{
    const QString magnitude = DerivedMetricCatalog::metric(f.metric).format(std::abs(f.slopePerDay), locale);
    return PerformanceReviewReport::tr("%1%2 per day").arg(f.slopePerDay < 0 ? u"−"_s : u"+"_s, magnitude);
}

QString mdCell(QString text)
{
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}

QString mdRow(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &cell : cells)
        escaped << mdCell(cell);
    return u"| "_s + escaped.join(u" | "_s) + u" |\n"_s;
}

QString mdHeader(const QStringList &cells)
{
    QString rule = u"|"_s;
    for (qsizetype i = 0; i < cells.size(); ++i)
        rule += i == 0 ? u"---|"_s : u"---:|"_s;
    return mdRow(cells) + rule + u'\n';
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csvNumber(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? QString::number(*value, 'g', 10) : QString();
}

QStringList serviceHeader()
{
    return {PerformanceReviewReport::tr("Service"), PerformanceReviewReport::tr("TPS peak"),
            PerformanceReviewReport::tr("TPS average"), PerformanceReviewReport::tr("Failure ratio"),
            PerformanceReviewReport::tr("p95 (last week → this week)"), PerformanceReviewReport::tr("p99 (last week → this week)"),
            PerformanceReviewReport::tr("CPU peak / capacity"), PerformanceReviewReport::tr("Memory peak / capacity")};
}

QStringList serviceRow(const ServiceReview &s, const QLocale &locale)
{
    return {s.title(), fmt(Id::Tps, s.tpsPeak, locale), weekText(Id::Tps, s.tpsAverage, locale),
            weekText(Id::FailureRatio, s.failureRatio, locale), weekText(Id::LatencyP95, s.p95, locale),
            weekText(Id::LatencyP99, s.p99, locale), ofCapacity(Id::CpuPercent, s.cpuPeak, s.cpuCapacity, locale),
            memoryText(s, locale)};
}

QStringList forecastHeader()
{
    return {PerformanceReviewReport::tr("Service"), PerformanceReviewReport::tr("Metric"),
            PerformanceReviewReport::tr("Daily peak now (trend)"), PerformanceReviewReport::tr("Threshold"),
            PerformanceReviewReport::tr("Trend"), PerformanceReviewReport::tr("Days left")};
}

QList<const ReviewForecast *> forecastsBySoonest(const PerformanceReviewResult &review)
{
    QList<const ReviewForecast *> all;
    for (const ServiceReview &s : review.services)
        for (const ReviewForecast &f : s.forecasts)
            all.append(&f);
    std::stable_sort(all.begin(), all.end(), [](const ReviewForecast *a, const ReviewForecast *b) {
        const double da = a->daysLeft.value_or(std::numeric_limits<double>::infinity());
        const double db = b->daysLeft.value_or(std::numeric_limits<double>::infinity());
        return da < db;
    });
    return all;
}

QString serviceTitle(const QString &service)
{
    return service.isEmpty() ? PerformanceReview::tr("All services") : service;
}

QStringList forecastRow(const ReviewForecast &f, const QLocale &locale)
{
    return {serviceTitle(f.service), DerivedMetricCatalog::metric(f.metric).title(),
            fmt(f.metric, f.trendNow, locale),
            fmt(f.metric, f.threshold, locale) + u" ("_s + f.thresholdSource + u')', perDayText(f, locale),
            PerformanceReviewReport::daysLeftText(f.daysLeft, locale)};
}

QStringList regressionHeader()
{
    return {PerformanceReviewReport::tr("Service"), PerformanceReviewReport::tr("Metric"),
            PerformanceReviewReport::tr("Last week"), PerformanceReviewReport::tr("This week"),
            PerformanceReviewReport::tr("Change")};
}

QStringList regressionRow(const ReviewRegression &r, const QLocale &locale)
{
    return {serviceTitle(r.service), DerivedMetricCatalog::metric(r.metric).title(), fmt(r.metric, r.previous, locale),
            fmt(r.metric, r.current, locale), percentText(r.changePercent, locale)};
}

// --- PDF

constexpr double kMargin = 36.0;
const PdfCanvas::Color kOrange{0.9, 0.55, 0.1};


struct ChartLine
{
    QList<SeriesPoint> points;
    PdfCanvas::Color color;
    bool dashed = false;
};

void drawChart(PdfCanvas &canvas, double x, double y, double w, double h, const QString &title, Id metric,
               qint64 fromMs, qint64 toMs, const QList<ChartLine> &lines, const QLocale &locale)
{
    canvas.text(x, y + 8.0, 8.0, PdfCanvas::elided(title, 8.0, w), true, PdfLayout::ink);
    const double top = y + 14.0;
    const double left = x + 44.0;
    const double plotW = w - 46.0;
    const double plotH = h - 30.0;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (const ChartLine &l : lines) {
        for (const SeriesPoint &p : l.points) {
            lo = std::min(lo, p.value);
            hi = std::max(hi, p.value);
        }
    }
    canvas.strokeRect(left, top, plotW, plotH, 0.5, PdfLayout::rule);
    if (!std::isfinite(lo)) {
        canvas.text(left + 6.0, top + plotH / 2.0, 7.0, PerformanceReviewReport::tr("no data"), false, PdfLayout::muted);
        return;
    }
    lo = std::min(lo, 0.0);
    if (hi <= lo)
        hi = lo + 1.0;
    hi += (hi - lo) * 0.05;
    const auto px = [&](qint64 t) { return left + plotW * double(t - fromMs) / double(std::max<qint64>(1, toMs - fromMs)); };
    const auto py = [&](double v) { return top + plotH - plotH * (v - lo) / (hi - lo); };
    const DerivedMetric &m = DerivedMetricCatalog::metric(metric);
    for (const double v : {lo, (lo + hi) / 2.0, hi}) {
        const QString label = m.format(v, locale);
        canvas.text(left - 3.0 - PdfCanvas::textWidth(label, 6.0), py(v) + 2.0, 6.0, label, false, PdfLayout::muted);
        canvas.line(left, py(v), left + plotW, py(v), 0.3, PdfLayout::band);
    }
    const auto dateLabel = [&](qint64 t) {
        return QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(u"MM-dd"_s);
    };
    canvas.text(left, top + plotH + 9.0, 6.0, dateLabel(fromMs), false, PdfLayout::muted);
    const QString end = dateLabel(toMs);
    canvas.text(left + plotW - PdfCanvas::textWidth(end, 6.0), top + plotH + 9.0, 6.0, end, false, PdfLayout::muted);
    for (const ChartLine &l : lines) {
        QList<PdfCanvas::Point> points;
        points.reserve(l.points.size());
        for (const SeriesPoint &p : l.points)
            points.append({px(std::clamp(p.timestampMs, fromMs, toMs)), py(p.value)});
        canvas.polyline(points, l.dashed ? 0.8 : 0.7, l.color, l.dashed);
    }
}

} // namespace

QString PerformanceReviewReport::daysLeftText(const std::optional<double> &daysLeft, const QLocale &locale)
{
    if (!daysLeft)
        return tr("not at this trend");
    if (*daysLeft <= 0.0)
        return tr("crossed already");
    if (*daysLeft > 365.0)
        return tr("more than a year");
    return tr("in %1 days").arg(locale.toString(*daysLeft, 'f', 1));
}

QString PerformanceReviewReport::periodText(const PerformanceReviewResult &review)
{
    const auto at = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s);
    };
    return tr("%1 – %2 UTC").arg(at(review.fromMs), at(review.toMs));
}

QString PerformanceReviewReport::markdown(const PerformanceReviewResult &review, const QLocale &locale)
{
    QString md = u"# "_s + tr("Performance review") + u"\n\n"_s;
    md += tr("Period: %1, compared with the week before. Trend: the daily peak hour over the last %n day(s), "
             "fitted by least squares.", nullptr, int((review.toMs - review.trendFromMs) / (24 * 3600 * 1000)))
              .arg(periodText(review))
          + u"\n\n"_s;
    if (!review.ok())
        return md + review.error + u'\n';

    md += u"## "_s + tr("Per service") + u"\n\n"_s + mdHeader(serviceHeader());
    for (const ServiceReview &s : review.services)
        md += mdRow(serviceRow(s, locale));

    md += u"\n## "_s + tr("Days left before a threshold is crossed") + u"\n\n"_s;
    const QList<const ReviewForecast *> forecasts = forecastsBySoonest(review);
    if (forecasts.isEmpty()) {
        md += tr("Not enough history for a trend (at least a week of daily peaks is needed).") + u"\n"_s;
    } else {
        md += mdHeader(forecastHeader());
        for (const ReviewForecast *f : forecasts)
            md += mdRow(forecastRow(*f, locale));
    }

    md += u"\n## "_s + tr("Largest regressions (week over week)") + u"\n\n"_s;
    if (review.regressions.isEmpty()) {
        md += tr("No metric got worse than the week before by the regression threshold.") + u"\n"_s;
    } else {
        md += mdHeader(regressionHeader());
        for (const ReviewRegression &r : review.regressions)
            md += mdRow(regressionRow(r, locale));
    }
    return md;
}

QString PerformanceReviewReport::csv(const PerformanceReviewResult &review)
{
    QString out = u"service,metric,figure,value,previous,change_percent,threshold,per_day,days_left\n"_s;
    const auto row = [&out](const QString &service, Id metric, const QString &figure, const std::optional<double> &value,
                            const std::optional<double> &previous = {}, const std::optional<double> &change = {},
                            const std::optional<double> &threshold = {}, const std::optional<double> &perDay = {},
                            const std::optional<double> &daysLeft = {}) {
        out += QStringList{csvField(service.isEmpty() ? u"all"_s : service), DerivedMetricCatalog::name(metric), figure,
                           csvNumber(value), csvNumber(previous), csvNumber(change), csvNumber(threshold),
                           csvNumber(perDay), csvNumber(daysLeft)}
                   .join(u',')
               + u'\n';
    };
    for (const ServiceReview &s : review.services) {
        row(s.service, Id::Tps, u"peak"_s, s.tpsPeak);
        row(s.service, Id::Tps, u"average"_s, s.tpsAverage.current, s.tpsAverage.previous, s.tpsAverage.changePercent());
        row(s.service, Id::FailureRatio, u"week_mean"_s, s.failureRatio.current, s.failureRatio.previous,
            s.failureRatio.changePercent());
        row(s.service, Id::LatencyP95, u"week_mean"_s, s.p95.current, s.p95.previous, s.p95.changePercent());
        row(s.service, Id::LatencyP99, u"week_mean"_s, s.p99.current, s.p99.previous, s.p99.changePercent());
        row(s.service, Id::CpuPercent, u"peak"_s, s.cpuPeak, {}, {}, s.cpuCapacity);
        row(s.service, Id::MemoryBytes, u"peak"_s, s.memoryPeak, {}, {}, s.memoryCapacity);
        if (s.hostMemoryPeak)
            row(s.service, Id::HostMemoryPercent, u"peak"_s, s.hostMemoryPeak, {}, {}, 100.0);
        for (const ReviewForecast &f : s.forecasts)
            row(s.service, f.metric, u"trend"_s, f.trendNow, {}, {}, f.threshold, f.slopePerDay, f.daysLeft);
    }
    for (const ReviewRegression &r : review.regressions)
        row(r.service, r.metric, u"regression"_s, r.current, r.previous, r.changePercent);
    return out;
}

std::optional<QString> PerformanceReviewReport::writePdf(const PerformanceReviewResult &review, const QString &path,
                                                         const QLocale &locale)
{
    PdfCanvas canvas(842.0, 595.0); // A4 landscape: eight columns of week-over-week figures fit
    PdfLayout page(canvas, kMargin);
    page.heading(tr("Performance review"), 18.0);
    page.paragraph(tr("Period: %1, compared with the week before.").arg(periodText(review)), 9.0, PdfLayout::muted);
    if (!review.ok()) {
        page.paragraph(review.error, 10.0, PdfLayout::ink);
        return canvas.save(path);
    }

    page.heading(tr("Per service"), 12.0);
    QList<QStringList> rows;
    for (const ServiceReview &s : review.services)
        rows << serviceRow(s, locale);
    page.table(serviceHeader(), rows, {0.12, 0.07, 0.14, 0.13, 0.15, 0.15, 0.11, 0.13}, 1, 6.5);

    page.heading(tr("Days left before a threshold is crossed"), 12.0);
    const QList<const ReviewForecast *> forecasts = forecastsBySoonest(review);
    if (forecasts.isEmpty()) {
        page.paragraph(tr("Not enough history for a trend (at least a week of daily peaks is needed)."), 9.0, PdfLayout::muted);
    } else {
        rows.clear();
        for (const ReviewForecast *f : forecasts)
            rows << forecastRow(*f, locale);
        page.table(forecastHeader(), rows, {0.16, 0.22, 0.14, 0.22, 0.12, 0.14}, 2);
    }

    page.heading(tr("Largest regressions (week over week)"), 12.0);
    if (review.regressions.isEmpty()) {
        page.paragraph(tr("No metric got worse than the week before by the regression threshold."), 9.0, PdfLayout::muted);
    } else {
        rows.clear();
        for (const ReviewRegression &r : review.regressions)
            rows << regressionRow(r, locale);
        page.table(regressionHeader(), rows, {0.2, 0.32, 0.16, 0.16, 0.16}, 2);
    }

    // Per service: TPS, and p95 with its fitted trend and the line it is forecast against.
    const double chartH = 130.0;
    page.need(chartH + 50.0); // the heading stays with its first charts
    page.heading(tr("Charts (hourly averages over the trend window)"), 12.0);
    const double chartW = (page.width() - 16.0) / 2.0;
    for (const ServiceReview &s : review.services) {
        page.need(chartH + 18.0);
        const double y = page.y() + 4.0;
        drawChart(canvas, kMargin, y, chartW, chartH, tr("%1: transactions per second").arg(s.title()), Id::Tps,
                  review.trendFromMs, review.toMs, {{s.tpsHourly, PdfLayout::blue, false}}, locale);
        if (s.p95Hourly.isEmpty()) { // the all-services row has no quantile of its own
            page.advance(chartH + 14.0);
            continue;
        }
        QList<ChartLine> p95Lines{{s.p95Hourly, PdfLayout::blue, false}};
        if (const ReviewForecast *f = s.forecast(Id::LatencyP95)) {
            const double fromValue = f->trendNow - f->slopePerDay * double(review.toMs - review.trendFromMs) / (24.0 * 3600 * 1000);
            p95Lines.append({{{review.trendFromMs, fromValue}, {review.toMs, f->trendNow}}, kOrange, false});
            p95Lines.append({{{review.trendFromMs, f->threshold}, {review.toMs, f->threshold}}, PdfLayout::red, true});
        }
        drawChart(canvas, kMargin + chartW + 16.0, y, chartW, chartH,
                  tr("%1: p95 response time, trend and threshold").arg(s.title()), Id::LatencyP95, review.trendFromMs,
                  review.toMs, p95Lines, locale);
        page.advance(chartH + 14.0);
    }
    return canvas.save(path);
}

} // namespace payops
