#include "widgets/dashboard/metricchart.h"

#include "widgets/contrast.h"
#include "widgets/dashboard/chartcrosshair.h"
#include "widgets/dashboard/chartstatusoverlay.h"
#include "widgets/dashboard/decimatedseries.h"
#include "widgets/dashboard/alertannotations.h"
#include "widgets/dashboard/downtimeshading.h"
#include "widgets/dashboard/localedatetimeticker.h"
#include "widgets/dashboard/thresholdlines.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QPainter>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace payops {

namespace {

constexpr double kMinSpanSeconds = 10.0;
constexpr double kMaxSpanSeconds = 400.0 * 24 * 3600;
constexpr double kHeadroom = 1.08;

double toKey(qint64 ms)
{
    return double(ms) / 1000.0;
}

// Room for live points after a bulk set: the container keeps this vector's capacity, so the next
// quarter of its size is appended without reallocating and copying every point in one tick.
qsizetype withRoomToGrow(qsizetype size)
{
    return size + size / 4 + 64;
}

} // namespace

MetricChart::MetricChart(QWidget *parent)
    : QCustomPlot(parent)
    , m_ticker(QSharedPointer<LocaleDateTimeTicker>::create())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setPlottingHints(QCP::phFastPolylines | QCP::phCacheLabels);
    setNoAntialiasingOnDrag(true);
    // QCustomPlot fills its whole viewport with the (opaque) background: Qt need not paint the
    // parent under it first -- a full extra fill per chart per frame, measurable on a 4K wall.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    xAxis->setTicker(m_ticker);
    yAxis->setNumberFormat(QStringLiteral("g"));

    m_titleElement = new QCPTextElement(this);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_titleElement);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(2, 0, legend);
    plotLayout()->setRowStretchFactor(0, 0.001);
    plotLayout()->setRowStretchFactor(2, 0.001);
    plotLayout()->setRowSpacing(0);
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(6);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setSelectableParts(QCPLegend::spNone);

    // The selection-rect layer needs no buffer of its own here (no selection interactions).
    if (QCPLayer *overlay = layer(QStringLiteral("overlay")))
        overlay->setMode(QCPLayer::lmLogical);
    m_thresholds = std::make_unique<ThresholdLines>(this);
    m_downtime = std::make_unique<DowntimeShading>(this);
    m_alertMarks = std::make_unique<AlertAnnotations>(this);
    m_crosshair = std::make_unique<ChartCrosshair>(this, [this](double key) { return crosshairText(key); });

    m_overlay = new ChartStatusOverlay(this);
    m_followButton = new QToolButton(this);
    m_followButton->setText(tr("Paused \u2014 click to follow live"));
    m_followButton->setToolTip(tr("The chart stopped following new data because you zoomed or panned. "
                                  "Click (or press Home) to follow live data again."));
    m_followButton->setFocusPolicy(Qt::NoFocus);
    m_followButton->setCursor(Qt::PointingHandCursor);
    m_followButton->hide();
    connect(m_followButton, &QToolButton::clicked, this, &MetricChart::resetView);

    connect(xAxis, QOverload<const QCPRange &>::of(&QCPAxis::rangeChanged), this, &MetricChart::onXRangeChanged);
    connect(this, &QCustomPlot::afterLayout, this, &MetricChart::placeChildWidgets);
    applyStyle();
}

MetricChart::~MetricChart() = default;

void MetricChart::setTitle(const QString &title)
{
    m_titleElement->setText(title);
    setAccessibleName(title);
    markDirty();
}

QString MetricChart::title() const
{
    return m_titleElement->text();
}

void MetricChart::setUnit(const ChartUnit &unit)
{
    m_unit = unit;
    yAxis->setLabel(m_unit.unit());
    markDirty();
}

void MetricChart::setSeries(const QList<ChartSeries> &series)
{
    bool sameKeys = series.size() == m_series.size();
    for (qsizetype i = 0; sameKeys && i < series.size(); ++i)
        sameKeys = series[i].key == m_series[i].key;
    m_series = series;
    if (!sameKeys) {
        rebuildGraphs();
    } else {
        for (int i = 0; i < graphCount(); ++i) {
            graph(i)->setName(m_series[i].label);
            styleGraph(i);
        }
        m_crosshair->syncTracers();
    }
    m_yValid = false;
    markDirty();
}

void MetricChart::rebuildGraphs()
{
    clearGraphs();
    m_data.clear();
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        m_data.push_back(std::make_unique<DecimatedSeries>());
        QCPGraph *added = addGraph();
        added->setData(m_data.back()->display());
        added->setName(m_series[i].label);
        added->setAdaptiveSampling(true);
        added->setLineStyle(QCPGraph::lsLine);
        styleGraph(int(i));
    }
    m_crosshair->syncTracers();
}

double MetricChart::lineWidth() const
{
    return std::max(1.0, std::round(m_lineWidthFactor * QFontMetricsF(font()).height() / 14.0));
}

void MetricChart::setLineWidthFactor(double factor)
{
    m_lineWidthFactor = factor;
    for (int i = 0; i < graphCount(); ++i)
        styleGraph(i);
    markDirty();
}

void MetricChart::styleGraph(int index)
{
    QCPGraph *g = graph(index);
    const ChartSeries &series = m_series[index];
    // 1 px at 1080p with a 9-10 pt font (as Grafana draws), 2 px on a wall display's doubled font,
    // whole pixels: wider strokes cost the raster engine much more than thin ones (see bench_dashboard).
    QPen pen(series.color, lineWidth(), series.style);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    g->setPen(pen);
    if (m_stacked) {
        QColor fill = series.color;
        fill.setAlpha(70);
        g->setBrush(fill);
        g->setChannelFillGraph(index > 0 ? graph(index - 1) : nullptr);
    } else {
        g->setBrush(Qt::NoBrush);
        g->setChannelFillGraph(nullptr);
    }
}

void MetricChart::setStacked(bool stacked)
{
    if (stacked == m_stacked)
        return;
    QList<QList<SeriesPoint>> raw;
    for (int i = 0; i < graphCount(); ++i)
        raw.append(seriesPoints(i));
    m_stacked = stacked;
    for (int i = 0; i < graphCount(); ++i)
        styleGraph(i);
    assignPoints(raw);
}

void MetricChart::setPointSource(PointSource source)
{
    m_source = std::move(source);
}

void MetricChart::reload()
{
    if (m_source)
        fetch(targetRange());
}

void MetricChart::appendRow(qint64 timestampMs, const QList<double> &values)
{
    const double key = toKey(timestampMs);
    const QCPRange visible = xAxis->range();
    if (key > m_heldTo)
        return; // beyond what the chart holds: the source has it when the view gets there
    if (m_source && m_liveMode && !m_follow && key > visible.upper + visible.size() / 4) {
        // Paused away from the live edge: new rows are not drawn, so not held either.
        m_heldTo = newestKey();
        return;
    }
    const bool countsForY = followsLive() || visible.contains(key);
    double cumulative = 0;
    bool changed = false;
    // Half a pixel of the value axis: a bucket's extent moving less than that changes no pixel.
    const double tolerance = 0.5 * yAxis->range().size() / std::max(axisRect()->height(), 1);
    for (int i = 0; i < graphCount(); ++i) {
        const double value = i < values.size() ? values[i] : qQNaN();
        double display = qQNaN();
        if (m_stacked) {
            if (std::isfinite(value))
                cumulative += m_unit.toDisplay(value);
            display = cumulative;
        } else if (std::isfinite(value)) {
            display = m_unit.toDisplay(value);
        }
        changed = m_data[size_t(i)]->add(key, display, tolerance) || changed;
        if (countsForY) {
            growYExtent(display);
            changed = changed || (std::isfinite(display) && !yAxis->range().contains(display)); // the axis grows
        }
    }
    trim(targetRange()); // here too: a hidden chart is not flushed, but must not grow
    if (changed)
        m_dirty = true;
}

void MetricChart::setSeriesData(const QList<QList<SeriesPoint>> &perSeries)
{
    m_heldFrom = -qInf();
    m_heldTo = qInf();
    assignPoints(perSeries);
}

void MetricChart::assignPoints(const QList<QList<SeriesPoint>> &perSeries)
{
    const int count = graphCount();
    if (!m_stacked) {
        for (int i = 0; i < count; ++i) {
            QVector<QCPGraphData> data;
            if (i < perSeries.size()) {
                data.reserve(withRoomToGrow(perSeries[i].size()));
                for (const SeriesPoint &point : perSeries[i]) {
                    data.append(QCPGraphData(toKey(point.timestampMs),
                                             std::isfinite(point.value) ? m_unit.toDisplay(point.value) : qQNaN()));
                }
            }
            const bool sorted = std::is_sorted(data.cbegin(), data.cend(), qcpLessThanSortKey<QCPGraphData>);
            m_data[size_t(i)]->set(data, sorted);
        }
    } else {
        // Stacking needs the same keys in every series: the union of all times, each series
        // holding its last value until its next point (0 before its first).
        QList<qint64> times;
        for (const QList<SeriesPoint> &points : perSeries) {
            for (const SeriesPoint &point : points)
                times.append(point.timestampMs);
        }
        std::sort(times.begin(), times.end());
        times.erase(std::unique(times.begin(), times.end()), times.end());
        std::vector<QVector<QCPGraphData>> data(size_t(std::max(count, 0)));
        std::vector<qsizetype> cursor(data.size(), 0);
        std::vector<double> held(data.size(), 0.0);
        for (auto &vector : data)
            vector.reserve(withRoomToGrow(times.size()));
        for (const qint64 time : times) {
            double cumulative = 0;
            for (int i = 0; i < count; ++i) {
                if (i < perSeries.size()) {
                    const QList<SeriesPoint> &points = perSeries[i];
                    qsizetype &at = cursor[size_t(i)];
                    while (at < points.size() && points[at].timestampMs <= time) {
                        held[size_t(i)] = std::isfinite(points[at].value) ? points[at].value : 0.0;
                        ++at;
                    }
                }
                cumulative += m_unit.toDisplay(held[size_t(i)]);
                data[size_t(i)].append(QCPGraphData(toKey(time), cumulative));
            }
        }
        for (int i = 0; i < count; ++i)
            m_data[size_t(i)]->set(data[size_t(i)], true);
    }
    m_yValid = false;
    m_dirty = true;
}

void MetricChart::clearData()
{
    for (const auto &series : m_data)
        series->clear();
    m_heldFrom = -qInf();
    m_heldTo = qInf();
    m_yValid = false;
    m_dirty = true;
}

int MetricChart::pointCount(int series) const
{
    return series >= 0 && size_t(series) < m_data.size() ? m_data[size_t(series)]->raw()->size() : 0;
}

QList<SeriesPoint> MetricChart::seriesPoints(int series, qint64 fromMs, qint64 toMs) const
{
    QList<SeriesPoint> points;
    if (series < 0 || size_t(series) >= m_data.size())
        return points;
    const QSharedPointer<QCPGraphDataContainer> data = m_data[size_t(series)]->raw();
    const QSharedPointer<QCPGraphDataContainer> below =
        m_stacked && series > 0 ? m_data[size_t(series) - 1]->raw() : QSharedPointer<QCPGraphDataContainer>();
    const double fromKey = fromMs == std::numeric_limits<qint64>::min() ? -qInf() : toKey(fromMs);
    const double toKeyValue = toMs == std::numeric_limits<qint64>::max() ? qInf() : toKey(toMs);
    const auto begin = data->findBegin(fromKey, false);
    const auto end = data->findEnd(toKeyValue, false);
    points.reserve(end - begin);
    for (auto it = begin; it != end; ++it) {
        double value = it->value;
        if (below) {
            // Stacked graphs share their keys (see setSeriesData / appendRow).
            const int index = int(it - data->constBegin());
            if (index < below->size())
                value -= below->at(index)->value;
        }
        points.append({qint64(std::llround(it->key * 1000.0)), m_unit.toCanonical(value)});
    }
    return points;
}

double MetricChart::newestKey() const
{
    double newest = -qInf();
    for (const auto &series : m_data) {
        const QSharedPointer<QCPGraphDataContainer> &data = series->raw();
        if (!data->isEmpty())
            newest = std::max(newest, (data->constEnd() - 1)->key);
    }
    return newest;
}

void MetricChart::holdRange(const QCPRange &visible)
{
    if (m_source && (visible.lower < m_heldFrom || visible.upper > m_heldTo))
        fetch(visible);
    else
        trim(visible);
}

void MetricChart::fetch(const QCPRange &visible)
{
    const double margin = visible.size() / 4;
    const double from = visible.lower - margin;
    // At the live edge the chart holds everything after `from`: appended rows continue it.
    const bool open = followsLive() || m_liveEdgeMs == 0 || visible.upper + margin >= toKey(m_liveEdgeMs);
    const double to = open ? qInf() : visible.upper + margin;
    const qint64 fromMs = qint64(std::floor(from * 1000.0));
    const qint64 toMs = open ? std::numeric_limits<qint64>::max() : qint64(std::ceil(to * 1000.0));
    QList<QList<SeriesPoint>> perSeries;
    perSeries.reserve(m_series.size());
    for (const ChartSeries &series : std::as_const(m_series))
        perSeries.append(m_source(series.key, fromMs, toMs));
    assignPoints(perSeries);
    m_heldFrom = from;
    m_heldTo = to;
    m_dirty = true;
}

void MetricChart::trim(const QCPRange &visible)
{
    // Without a source, a paused chart keeps what it has: nothing could bring it back.
    if (!m_source && !followsLive())
        return;
    // Amortised: once half a width lies before the view, all but a quarter of one goes.
    const double margin = visible.size() / 4;
    bool trimmed = false;
    for (const auto &series : m_data) {
        const QSharedPointer<QCPGraphDataContainer> &data = series->raw();
        if (!data->isEmpty() && data->constBegin()->key < visible.lower - 2 * margin) {
            series->removeBefore(visible.lower - margin);
            trimmed = true;
        }
    }
    if (trimmed)
        m_heldFrom = std::max(m_heldFrom, visible.lower - margin);
}

void MetricChart::setLiveWindow(qint64 widthMs)
{
    m_liveMode = true;
    m_windowMs = std::max<qint64>(widthMs, 1000);
    const bool wasFollowing = m_follow;
    m_follow = true;
    updateFollowButton();
    m_yValid = false;
    m_dirty = true;
    if (!wasFollowing)
        Q_EMIT followLiveChanged(true);
}

void MetricChart::setFixedRange(qint64 fromMs, qint64 toMs)
{
    m_liveMode = false;
    m_fixedRange = QCPRange(toKey(fromMs), toKey(toMs));
    m_windowMs = toMs - fromMs;
    setXRange(m_fixedRange);
    updateFollowButton();
    m_yValid = false;
    m_dirty = true;
}

void MetricChart::setLiveEdge(qint64 nowMs)
{
    m_liveEdgeMs = nowMs;
    if (followsLive() && liveUpper() != xAxis->range().upper)
        m_dirty = true;
}

double MetricChart::liveUpper() const
{
    const double edge = m_liveEdgeMs > 0 ? toKey(m_liveEdgeMs) : newestKey();
    const double bucket = wantedBucket(toKey(m_windowMs)); // the window's, not the range shown before
    if (!std::isfinite(edge) || bucket <= 0)
        return edge;
    return std::ceil(edge / bucket) * bucket;
}

void MetricChart::setFollowLive(bool follow)
{
    if (!m_liveMode || follow == m_follow)
        return;
    m_follow = follow;
    updateFollowButton();
    if (m_follow) {
        m_yValid = false;
        m_dirty = true;
        flush();
    }
    Q_EMIT followLiveChanged(m_follow);
}

void MetricChart::resetView()
{
    if (m_liveMode) {
        setFollowLive(true);
        return;
    }
    setXRange(m_fixedRange);
    m_yValid = false;
    m_dirty = true;
    flush();
}

void MetricChart::zoomBy(double factor)
{
    const QCPRange range = xAxis->range();
    const double center = range.center();
    const double half = range.size() * factor / 2.0;
    xAxis->setRange(center - half, center + half); // onXRangeChanged treats it as the operator's
    replot(rpQueuedReplot);
}

void MetricChart::panBy(double fraction)
{
    xAxis->moveRange(xAxis->range().size() * fraction);
    replot(rpQueuedReplot);
}

void MetricChart::showRange(double fromMs, double toMs)
{
    setXRange(QCPRange(fromMs / 1000.0, toMs / 1000.0));
    if (m_liveMode && m_follow) {
        m_follow = false;
        updateFollowButton();
        Q_EMIT followLiveChanged(false);
    }
    holdRange(xAxis->range());
    applyBucket();
    scanYExtent();
    applyYRange();
    replot(rpQueuedReplot);
}

double MetricChart::visibleFromMs() const
{
    return xAxis->range().lower * 1000.0;
}

double MetricChart::visibleToMs() const
{
    return xAxis->range().upper * 1000.0;
}

void MetricChart::setXRange(const QCPRange &range)
{
    m_settingRange = true;
    xAxis->setRange(range);
    m_settingRange = false;
}

void MetricChart::onXRangeChanged(const QCPRange &range)
{
    if (m_settingRange)
        return;
    // The operator zoomed or panned.
    QCPRange clamped = range;
    if (clamped.size() < kMinSpanSeconds || clamped.size() > kMaxSpanSeconds) {
        const double half = std::clamp(clamped.size(), kMinSpanSeconds, kMaxSpanSeconds) / 2.0;
        clamped = QCPRange(range.center() - half, range.center() + half);
        setXRange(clamped);
    }
    if (m_liveMode && m_follow) {
        m_follow = false;
        updateFollowButton();
        Q_EMIT followLiveChanged(false);
    }
    holdRange(clamped);
    applyBucket();
    scanYExtent();
    applyYRange();
    Q_EMIT userRangeChanged(clamped.lower * 1000.0, clamped.upper * 1000.0);
}

void MetricChart::scanYExtent()
{
    const QCPRange range = xAxis->range();
    bool found = false;
    double low = 0;
    double high = 0;
    for (int i = 0; i < graphCount(); ++i) {
        const QCPGraph *g = graph(i);
        if (!g->visible())
            continue;
        const QSharedPointer<QCPGraphDataContainer> data = g->data();
        const auto end = data->findEnd(range.upper, false);
        for (auto it = data->findBegin(range.lower, false); it != end; ++it) {
            const double value = it->value;
            if (std::isnan(value))
                continue;
            if (!found) {
                low = high = value;
                found = true;
            } else {
                low = std::min(low, value);
                high = std::max(high, value);
            }
        }
    }
    m_yMin = found ? low : 0;
    m_yMax = found ? high : 0;
    m_yValid = true;
    m_yHasData = found;
    m_yScannedLower = range.lower;
}

void MetricChart::growYExtent(double displayValue)
{
    if (!m_yValid || !std::isfinite(displayValue))
        return;
    if (!m_yHasData) {
        m_yMin = m_yMax = displayValue;
        m_yHasData = true;
        return;
    }
    m_yMin = std::min(m_yMin, displayValue);
    m_yMax = std::max(m_yMax, displayValue);
}

void MetricChart::applyYRange()
{
    double lower = std::min(0.0, m_yMin);
    double upper = m_yHasData ? m_yMax : 0.0;
    // Show a threshold when the data comes close to it: an operator sees the headroom shrink.
    for (const std::optional<double> level : {m_thresholds->warning(), m_thresholds->critical()}) {
        if (level && (upper >= 0.6 * *level || !m_yHasData))
            upper = std::max(upper, *level);
    }
    if (upper <= lower)
        upper = lower + 1.0;
    upper *= kHeadroom;
    if (lower < 0)
        lower *= kHeadroom;
    yAxis->setRange(lower, upper);
}

void MetricChart::updateAntialiasing()
{
    const double columns = lineColumns();
    const QCPRange range = xAxis->range();
    for (int i = 0; i < graphCount(); ++i) {
        const QSharedPointer<QCPGraphDataContainer> data = graph(i)->data();
        const auto visible = data->findEnd(range.upper, false) - data->findBegin(range.lower, false);
        // Dense graphs are drawn as their buckets' extremes: antialiasing them costs much, shows little.
        const bool sparse = double(visible) < 2.0 * columns;
        graph(i)->setAntialiased(sparse);
        graph(i)->setAntialiasedFill(sparse);
    }
}

double MetricChart::lineColumns() const
{
    // A line w pixels wide shows no detail finer than its width: a wall's thick lines need
    // fewer buckets, and every drawn point costs.
    return std::max(axisRect()->width(), 100) / std::max(1.0, lineWidth());
}

double MetricChart::wantedBucket(double span) const
{
    const double perColumn = span / lineColumns();
    if (!(perColumn > 0) || !std::isfinite(perColumn))
        return 0;
    return std::exp2(std::floor(std::log2(perColumn)));
}

void MetricChart::applyBucket()
{
    const double bucket = wantedBucket(xAxis->range().size());
    for (size_t i = 0; i < m_data.size(); ++i) {
        if (m_data[i]->setBucket(bucket))
            graph(int(i))->setData(m_data[i]->display());
    }
}

QCPRange MetricChart::targetRange() const
{
    if (followsLive()) {
        const double edge = liveUpper();
        if (std::isfinite(edge))
            return QCPRange(edge - toKey(m_windowMs), edge);
    }
    return xAxis->range();
}

void MetricChart::updateRanges()
{
    if (followsLive()) {
        const QCPRange target = targetRange();
        setXRange(target);
        // Values leaving the window on the left may lower the extent: rescan now and then.
        if (m_yValid && target.lower - m_yScannedLower > target.size() / 50.0)
            m_yValid = false;
    }
    holdRange(xAxis->range());
    applyBucket();
    if (!m_yValid)
        scanYExtent();
    applyYRange();
    m_thresholds->arrange();
    fitLegend();
    updateAntialiasing();
}

void MetricChart::fitLegend()
{
    // As many entries a row as fit whole: a legend row that does not fit cuts names short.
    const QFontMetrics metrics(legend->font());
    int widest = 0;
    for (const ChartSeries &series : std::as_const(m_series))
        widest = std::max(widest, metrics.horizontalAdvance(series.label));
    const int entry = legend->iconSize().width() + legend->iconTextPadding() + widest + legend->columnSpacing()
        + metrics.height() / 2;
    const int room = width() - legend->margins().left() - legend->margins().right() + legend->columnSpacing();
    const int columns = std::clamp(entry > 0 ? room / entry : 1, 1, std::max<int>(1, int(m_series.size())));
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(legend->fillOrder(), true); // the wrap applies only when rearranged
    }
}

void MetricChart::flush(QCustomPlot::RefreshPriority priority)
{
    if (!m_dirty)
        return;
    updateRanges();
    replot(priority);
    m_dirty = false;
}

void MetricChart::setThresholds(std::optional<double> warning, std::optional<double> critical)
{
    m_thresholds->setLevels(warning, critical, m_unit);
    markDirty();
}

void MetricChart::setDownSpans(const QList<DownSpan> &spans)
{
    if (m_downtime->setSpans(spans))
        markDirty();
}

void MetricChart::setAlertSpans(const QList<AlertSpan> &spans, qint64 nowMs)
{
    if (m_alertMarks->setSpans(spans, nowMs))
        markDirty();
}

const QList<DownSpan> &MetricChart::downSpans() const
{
    return m_downtime->spans();
}

int MetricChart::shadedSpanCount() const
{
    return m_downtime->visibleRectCount();
}

void MetricChart::setLoading(bool loading)
{
    m_overlay->setLoading(loading);
}

bool MetricChart::isLoading() const
{
    return m_overlay->isLoading();
}

void MetricChart::setError(const QString &message)
{
    m_overlay->setError(message);
}

QString MetricChart::errorText() const
{
    return m_overlay->error();
}

QString MetricChart::valuesAt(qint64 timestampMs) const
{
    return crosshairText(toKey(timestampMs));
}

QString MetricChart::crosshairText(double key) const
{
    const QLocale locale;
    const qint64 ms = qint64(std::llround(key * 1000.0));
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    QStringList lines;
    lines.append(locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                 + LocaleDateTimeTicker::labelFor(key, 1.0, 0.0, locale));
    for (int i = 0; i < graphCount(); ++i) {
        const QCPGraph *g = graph(i);
        const QSharedPointer<QCPGraphDataContainer> data = m_data[size_t(i)]->raw();
        if (!g->visible() || data->isEmpty())
            continue;
        auto it = data->findBegin(key, false);
        if (it == data->constEnd() || (it != data->constBegin() && key - (it - 1)->key < it->key - key))
            --it;
        double value = it->value;
        if (m_stacked && i > 0) {
            const int index = int(it - data->constBegin());
            const QSharedPointer<QCPGraphDataContainer> below = m_data[size_t(i) - 1]->raw();
            if (index < below->size())
                value -= below->at(index)->value;
        }
        lines.append(tr("%1: %2").arg(g->name(), m_unit.formatDisplay(value, locale)));
    }
    const QString down = m_downtime->describe(ms);
    if (!down.isEmpty())
        lines.append(down);
    if (const QString firing = m_alertMarks->describe(ms); !firing.isEmpty())
        lines.append(firing);
    return lines.join(QLatin1Char('\n'));
}

void MetricChart::updateFollowButton()
{
    m_followButton->setVisible(m_liveMode && !m_follow);
    if (m_followButton->isVisible()) {
        placeChildWidgets();
        m_followButton->raise();
    }
}

void MetricChart::placeChildWidgets()
{
    m_overlay->reposition();
    // In the title row, right-aligned: never over the data.
    const QRect title = m_titleElement->outerRect();
    const QRect area = axisRect()->rect();
    const QSize hint = m_followButton->sizeHint();
    const int margin = fontMetrics().height() / 3;
    const int top = std::max(0, title.top() + (title.height() - hint.height()) / 2);
    m_followButton->setGeometry(
        QRect(QPoint(std::max(area.left(), width() - hint.width() - margin), top), hint));
}

void MetricChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.8);
        return;
    case Qt::Key_Minus:
        zoomBy(1.25);
        return;
    case Qt::Key_Left:
        panBy(-0.1);
        return;
    case Qt::Key_Right:
        panBy(0.1);
        return;
    case Qt::Key_Home:
        resetView();
        return;
    default:
        break;
    }
    QCustomPlot::keyPressEvent(event);
}

void MetricChart::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton)
        m_crosshair->showAt(event->position());
    else
        m_crosshair->hide();
}

void MetricChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    resetView();
}

void MetricChart::leaveEvent(QEvent *event)
{
    m_crosshair->hide();
    QCustomPlot::leaveEvent(event);
}

void MetricChart::focusInEvent(QFocusEvent *event)
{
    QCustomPlot::focusInEvent(event);
    Q_EMIT activated();
    update();
}

void MetricChart::focusOutEvent(QFocusEvent *event)
{
    QCustomPlot::focusOutEvent(event);
    update();
}

void MetricChart::paintEvent(QPaintEvent *event)
{
    QCustomPlot::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void MetricChart::resizeEvent(QResizeEvent *event)
{
    if (event->size().isEmpty()) {
        // Not laid out yet (a page not shown): QCustomPlot would replot into an empty buffer, with warnings.
        QWidget::resizeEvent(event);
        return;
    }
    QCustomPlot::resizeEvent(event);
    placeChildWidgets();
    markDirty(); // the decimation follows the width
}

void MetricChart::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::LocaleChange:
        applyStyle();
        markDirty();
        break;
    default:
        break;
    }
}

void MetricChart::applyStyle()
{
    const QPalette pal = palette();
    const QFont base = font();
    const QFontMetricsF metrics(base);
    const double lineScale = std::max(1.0, metrics.height() / 16.0);
    const QColor text = pal.color(QPalette::Text);
    // Opaque shades of the text colour: translucent lines across a 4K chart cost several times more.
    const auto shade = [&text, background = pal.color(QPalette::Base)](double alpha) {
        QColor translucent = text;
        translucent.setAlphaF(float(alpha));
        return Contrast::over(translucent, background);
    };
    const QColor axisColor = shade(0.55);
    const QColor gridColor = shade(0.14);

    setBackground(pal.brush(QPalette::Base));
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setBasePen(QPen(axisColor, lineScale));
        axis->setTickPen(QPen(axisColor, lineScale));
        axis->setSubTickPen(QPen(axisColor, lineScale));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setTickLabelFont(base);
        axis->setLabelFont(base);
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(int(metrics.height() / 3));
        axis->setSubTickLengthIn(0);
        axis->setSubTickLengthOut(int(metrics.height() / 6));
        axis->setLabelPadding(int(metrics.height() / 4));
        axis->grid()->setPen(QPen(gridColor, lineScale, Qt::SolidLine));
        axis->grid()->setZeroLinePen(QPen(axisColor, lineScale));
    }
    xAxis->grid()->setVisible(true);
    const QString zone = QDateTime::currentDateTime().timeZoneAbbreviation();
    xAxis->setLabel(tr("Time (%1)").arg(zone));

    QFont titleFont = base;
    titleFont.setBold(true);
    // A tenth larger than the rest, in whatever unit the chart's font is given (the wall sets pixels).
    if (base.pixelSize() > 0)
        titleFont.setPixelSize(int(base.pixelSize() * 1.1));
    else
        titleFont.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.1 : 11);
    m_titleElement->setFont(titleFont);
    m_titleElement->setTextColor(pal.color(QPalette::WindowText));
    m_titleElement->setMargins(QMargins(0, int(metrics.height() / 3), 0, 0));
    // Room for the "Paused" button beside the title.
    m_followButton->setFont(base);
    m_titleElement->setMinimumSize(0, m_followButton->sizeHint().height() + int(metrics.height() / 3));

    legend->setFont(base);
    legend->setTextColor(text);
    legend->setIconSize(QSize(int(metrics.height() * 1.6), int(metrics.height() * 0.7)));
    legend->setColumnSpacing(int(metrics.height()));
    legend->setMargins(QMargins(int(metrics.height() / 2), 0, int(metrics.height() / 2), int(metrics.height() / 4)));

    QFont small = base;
    if (base.pointSizeF() > 0)
        small.setPointSizeF(base.pointSizeF() * 0.9);
    m_thresholds->setStyle(small, 1.4 * lineScale, pal.color(QPalette::Base));
    m_alertMarks->setStyle(small, 1.2 * lineScale, pal.color(QPalette::Base));
    m_crosshair->setStyle(base, text, pal.color(QPalette::Base), axisColor);
    for (int i = 0; i < graphCount(); ++i)
        styleGraph(i);
    m_crosshair->syncTracers();
    placeChildWidgets();
}

} // namespace payops
