#include "widgets/dashboard/dashboardview.h"

#include "widgets/dashboard/chartseries.h"
#include "widgets/dashboard/chartunit.h"
#include "widgets/dashboard/downspan.h"
#include "widgets/dashboard/metricchart.h"
#include "widgets/dashboard/replotscheduler.h"
#include "widgets/dashboard/seriesgaps.h"
#include "widgets/dashboard/servicepalette.h"
#include "widgets/dashboard/servicetile.h"
#include "widgets/dashboard/timerangeselector.h"
#include "models/metrics/historyrecorder.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMessageBox>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace payops {

namespace {

constexpr qint64 kDefaultMemoryWindowMs = 3600 * 1000;

// What the dashboard keeps per service and for all services together.
const QStringList &perServiceMetrics()
{
    static const QStringList metrics{QStringLiteral("tps"),         QStringLiteral("failure_ratio"),
                                     QStringLiteral("latency_avg"), QStringLiteral("latency_p95"),
                                     QStringLiteral("latency_p99"), QStringLiteral("cpu_percent"),
                                     QStringLiteral("memory_bytes"), QStringLiteral("up")};
    return metrics;
}

const QStringList &totalMetrics()
{
    static const QStringList metrics{QStringLiteral("tps"), QStringLiteral("failure_ratio"),
                                     QStringLiteral("latency_avg"), QStringLiteral("latency_p95"),
                                     QStringLiteral("latency_p99")};
    return metrics;
}

const QString kUp = QStringLiteral("up");

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_services(ServicePalette::knownServices())
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_buffer(kDefaultMemoryWindowMs)
    , m_selector(new TimeRangeSelector(this))
    , m_filterButton(new QToolButton(this))
    , m_stackButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_scheduler(new ReplotScheduler(this))
{
    setFocusPolicy(Qt::ClickFocus);
    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line / 2, line / 2, line / 2, line / 2);
    layout->setSpacing(line / 2);

    m_tileRow = new QHBoxLayout;
    m_tileRow->setSpacing(line / 2);
    layout->addLayout(m_tileRow);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(line / 2);
    toolbar->addWidget(m_selector);
    toolbar->addStretch(1);
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filterButton->setToolTip(tr("The charts show one service only. Click or press Esc to show all services."));
    m_filterButton->hide();
    toolbar->addWidget(m_filterButton);
    m_stackButton->setText(tr("Stack volume"));
    m_stackButton->setToolTip(tr("Draw the services' transaction volumes on top of each other"));
    m_stackButton->setCheckable(true);
    toolbar->addWidget(m_stackButton);
    m_exportButton->setText(tr("Export chart\u2026"));
    m_exportButton->setToolTip(tr("Save the selected chart as a PNG or PDF picture or a CSV table"));
    toolbar->addWidget(m_exportButton);
    layout->addLayout(toolbar);

    auto *grid = new QGridLayout;
    grid->setSpacing(line / 2);
    // Volume and response time on top, the three resource charts below.
    grid->addWidget(makeChart(Chart::Volume), 0, 0, 1, 3);
    grid->addWidget(makeChart(Chart::ResponseTime), 0, 3, 1, 3);
    grid->addWidget(makeChart(Chart::FailureRatio), 1, 0, 1, 2);
    grid->addWidget(makeChart(Chart::Cpu), 1, 2, 1, 2);
    grid->addWidget(makeChart(Chart::Memory), 1, 4, 1, 2);
    for (int column = 0; column < 6; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    layout->addLayout(grid, 1);
    m_current = chart(Chart::Volume);

    connect(m_selector, &TimeRangeSelector::rangeChosen, this, &DashboardView::onRangeChosen);
    connect(m_filterButton, &QToolButton::clicked, this, &DashboardView::clearServiceFilter);
    connect(m_stackButton, &QToolButton::toggled, this, &DashboardView::setVolumeStacked);
    connect(m_exportButton, &QToolButton::clicked, this, &DashboardView::exportCurrentChartInteractively);

    buildTiles();
    setTimeRange(m_range);
    m_scheduler->start();
}

DashboardView::~DashboardView() = default;

MetricChart *DashboardView::makeChart(Chart id)
{
    auto *made = new MetricChart(this);
    const int line = fontMetrics().height();
    made->setMinimumSize(line * 22, line * 14);
    m_charts.append({id, made});
    m_scheduler->addChart(made);
    connect(made, &MetricChart::activated, this, [this, made] { setCurrentChart(made); });
    connect(made, &MetricChart::userRangeChanged, this,
            [this, made](double fromMs, double toMs) { onChartRangeChanged(made, fromMs, toMs); });
    connect(made, &MetricChart::followLiveChanged, this,
            [this, made](bool following) { onChartFollowChanged(made, following); });
    return made;
}

void DashboardView::buildTiles()
{
    for (ServiceTile *tile : std::as_const(m_tiles))
        delete tile;
    m_tiles.clear();
    for (const QString &service : std::as_const(m_services)) {
        auto *tile = new ServiceTile(service, this);
        tile->setSelected(service == m_filter);
        connect(tile, &ServiceTile::activated, this, &DashboardView::onTileActivated);
        m_tileRow->addWidget(tile, 1);
        m_tiles.append(tile);
    }
}

void DashboardView::setServices(const QStringList &services)
{
    if (services == m_services)
        return;
    m_services = services;
    buildTiles();
    if (!m_filter.isEmpty() && !m_services.contains(m_filter))
        m_filter.clear();
    rebuildCharts();
}

void DashboardView::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

void DashboardView::setMemoryWindowMs(qint64 windowMs)
{
    m_buffer.setRetentionMs(std::max<qint64>(windowMs, 60 * 1000));
    m_buffer.trim(nowMs());
    setTimeRange(m_range);
}

void DashboardView::setThresholds(const DashboardThresholds &thresholds)
{
    m_thresholds = thresholds;
    for (const ChartSlot &slot : std::as_const(m_charts)) {
        const DashboardThresholds::Levels levels = m_thresholds.levels(metricFor(slot.id));
        slot.chart->setThresholds(levels.warning, levels.critical);
    }
}

MetricChart *DashboardView::chart(Chart which) const
{
    for (const ChartSlot &slot : m_charts) {
        if (slot.id == which)
            return slot.chart;
    }
    return nullptr;
}

QList<MetricChart *> DashboardView::charts() const
{
    QList<MetricChart *> all;
    for (const ChartSlot &slot : m_charts)
        all.append(slot.chart);
    return all;
}

void DashboardView::setCurrentChart(MetricChart *chart)
{
    if (chart && charts().contains(chart))
        m_current = chart;
}

ServiceTile *DashboardView::tile(const QString &service) const
{
    for (ServiceTile *tile : m_tiles) {
        if (tile->service() == service)
            return tile;
    }
    return nullptr;
}

qint64 DashboardView::nowMs() const
{
    return m_lastSnapshotMs > 0 ? m_lastSnapshotMs : m_clock();
}

bool DashboardView::usesHistory() const
{
    return m_range.isCustom() || m_range.durationMs() > m_buffer.retentionMs();
}

QStringList DashboardView::historySeries() const
{
    QStringList series;
    for (const QString &service : m_services) {
        for (const QString &metric : perServiceMetrics())
            series.append(HistoryRecorder::seriesName(metric, service));
    }
    for (const QString &metric : totalMetrics())
        series.append(HistoryRecorder::seriesName(metric));
    return series;
}

void DashboardView::setTimeRange(const DashboardTimeRange &range)
{
    m_range = range;
    m_selector->setRange(range);
    m_history.clear();
    m_pendingRequest = 0;

    const qint64 now = nowMs();
    // History roll-up buckets start up to an hour before the range: keep them.
    const qint64 margin = usesHistory() ? 3600 * 1000 : 0;
    const qint64 retention = std::max(range.durationMs(), m_buffer.retentionMs()) + margin;
    for (MetricChart *chart : charts()) {
        chart->setRetentionMs(retention);
        if (range.isCustom())
            chart->setFixedRange(range.fromMs(now), range.toMs(now));
        else
            chart->setLiveWindow(range.durationMs());
        chart->setError(QString());
    }

    const bool history = usesHistory();
    if (history)
        m_pendingRequest = ++m_nextRequestId;
    for (MetricChart *chart : charts())
        chart->setLoading(history);
    rebuildCharts();
    Q_EMIT timeRangeChanged(m_range);
    if (history)
        Q_EMIT historyRequested(m_pendingRequest, historySeries(), range.fromMs(now), range.toMs(now));
}

void DashboardView::onRangeChosen(const DashboardTimeRange &range)
{
    setTimeRange(range);
}

void DashboardView::setServiceFilter(const QString &service)
{
    if (service == m_filter)
        return;
    m_filter = service;
    for (ServiceTile *tile : std::as_const(m_tiles))
        tile->setSelected(tile->service() == m_filter);
    updateFilterButton();
    rebuildCharts();
    Q_EMIT serviceFilterChanged(m_filter);
}

void DashboardView::updateFilterButton()
{
    m_filterButton->setVisible(!m_filter.isEmpty());
    m_filterButton->setText(tr("Only %1 \u2715").arg(m_filter));
}

void DashboardView::onTileActivated(const QString &service)
{
    setServiceFilter(service == m_filter ? QString() : service);
}

void DashboardView::setVolumeStacked(bool stacked)
{
    m_volumeStacked = stacked;
    if (m_stackButton->isChecked() != stacked)
        m_stackButton->setChecked(stacked);
    if (MetricChart *volume = chart(Chart::Volume))
        volume->setStacked(stacked);
}

QStringList DashboardView::visibleServices() const
{
    return m_filter.isEmpty() ? m_services : QStringList{m_filter};
}

QString DashboardView::metricFor(Chart id) const
{
    switch (id) {
    case Chart::Volume:
        return QStringLiteral("tps");
    case Chart::ResponseTime:
        return QStringLiteral("latency_p95");
    case Chart::FailureRatio:
        return QStringLiteral("failure_ratio");
    case Chart::Cpu:
        return QStringLiteral("cpu_percent");
    case Chart::Memory:
        return QStringLiteral("memory_bytes");
    }
    return {};
}

QList<ChartSeries> DashboardView::seriesFor(Chart id) const
{
    QList<ChartSeries> series;
    if (id == Chart::ResponseTime) {
        const QColor color = m_filter.isEmpty() ? ServicePalette::totalColor() : ServicePalette::serviceColor(m_filter);
        // One hue (the service's), three dash patterns and three lightnesses: the worst
        // percentile with the most contrast to the background, the average with the least.
        const bool darkTheme = palette().color(QPalette::Base).lightnessF() < 0.5f;
        const auto shade = [&color](float delta) {
            return QColor::fromHslF(color.hslHueF(), color.hslSaturationF(),
                                    std::clamp(color.lightnessF() + delta, 0.2f, 0.85f));
        };
        const QColor average = shade(darkTheme ? -0.12f : 0.2f);
        const QColor worst = shade(darkTheme ? 0.18f : -0.18f);
        series.append({HistoryRecorder::seriesName(QStringLiteral("latency_avg"), m_filter), tr("average"), average,
                       Qt::DotLine});
        series.append({HistoryRecorder::seriesName(QStringLiteral("latency_p95"), m_filter), tr("p95"), color,
                       Qt::SolidLine});
        series.append({HistoryRecorder::seriesName(QStringLiteral("latency_p99"), m_filter), tr("p99"), worst,
                       Qt::DashLine});
        return series;
    }
    const QString metric = metricFor(id);
    for (const QString &service : visibleServices())
        series.append({HistoryRecorder::seriesName(metric, service), service, ServicePalette::serviceColor(service)});
    return series;
}

void DashboardView::configureChart(Chart id, MetricChart *chart)
{
    const QString scope = m_filter.isEmpty() ? tr("all services") : m_filter;
    switch (id) {
    case Chart::Volume:
        chart->setTitle(tr("Transaction volume"));
        break;
    case Chart::ResponseTime:
        chart->setTitle(tr("Response time \u2014 %1").arg(scope));
        break;
    case Chart::FailureRatio:
        chart->setTitle(tr("Failure ratio"));
        break;
    case Chart::Cpu:
        chart->setTitle(tr("Process CPU"));
        break;
    case Chart::Memory:
        chart->setTitle(tr("Resident memory"));
        break;
    }
    const QString metric = metricFor(id);
    chart->setUnit(ChartUnit::forMetric(metric));
    chart->setSeries(seriesFor(id));
    if (id == Chart::Volume)
        chart->setStacked(m_volumeStacked);
    const DashboardThresholds::Levels levels = m_thresholds.levels(metric);
    chart->setThresholds(levels.warning, levels.critical);
}

QList<SeriesPoint> DashboardView::pointsFor(const QString &key) const
{
    if (!usesHistory())
        return SeriesGaps::broken(m_buffer.points(key));
    const qint64 now = nowMs();
    const qint64 from = m_range.fromMs(now);
    const qint64 to = m_range.isCustom() ? m_range.toMs(now) : std::numeric_limits<qint64>::max();
    // The history as answered (a roll-up's first bucket may start a little before `from`),
    // then the newer snapshots from memory.
    QList<SeriesPoint> points = m_history.points(key, std::numeric_limits<qint64>::min(), to);
    const qint64 after = points.isEmpty() ? from - 1 : points.constLast().timestampMs;
    points.append(m_buffer.points(key, after + 1, to));
    return SeriesGaps::broken(points);
}

QList<DownSpan> DashboardView::downSpans(qint64 endMs) const
{
    QList<DownSpan> spans;
    for (const QString &service : visibleServices())
        spans.append(DownSpan::fromUpSeries(service, pointsFor(HistoryRecorder::seriesName(kUp, service)), endMs));
    return spans;
}

void DashboardView::rebuildCharts()
{
    const qint64 now = nowMs();
    const QList<DownSpan> spans = downSpans(m_range.isCustom() ? m_range.toMs(now) : now);
    for (const ChartSlot &slot : std::as_const(m_charts)) {
        configureChart(slot.id, slot.chart);
        QList<QList<SeriesPoint>> data;
        for (const ChartSeries &series : slot.chart->series())
            data.append(pointsFor(series.key));
        slot.chart->setSeriesData(data);
        slot.chart->setDownSpans(spans);
        if (!m_range.isCustom())
            slot.chart->setLiveEdge(now);
        slot.chart->markDirty();
    }
}

void DashboardView::applySnapshot(const MetricsSnapshot &snapshot)
{
    const qint64 at = snapshot.timestampMs;
    m_lastSnapshotMs = std::max(m_lastSnapshotMs, at);

    bool servicesAdded = false;
    for (const ServiceState &state : snapshot.services) {
        if (!m_services.contains(state.service)) {
            m_services.append(state.service);
            servicesAdded = true;
        }
    }
    if (servicesAdded)
        buildTiles();
    for (ServiceTile *tile : std::as_const(m_tiles))
        tile->updateFrom(snapshot);

    // The values this dashboard keeps, by history series name.
    QHash<QString, double> current;
    current.reserve(snapshot.values.size());
    for (const MetricValue &value : snapshot.values) {
        if (!value.peer.isEmpty())
            continue;
        const QStringList &tracked = value.service.isEmpty() ? totalMetrics() : perServiceMetrics();
        if (tracked.contains(value.metric))
            current.insert(HistoryRecorder::seriesName(value.metric, value.service), value.value);
    }
    for (const ServiceState &state : snapshot.services) {
        const QString key = HistoryRecorder::seriesName(kUp, state.service);
        if (!current.contains(key) && state.state != ServiceState::State::Unknown)
            current.insert(key, state.state == ServiceState::State::Down ? 0.0 : 1.0);
    }
    for (const QString &key : historySeries()) {
        const auto found = current.constFind(key);
        if (found != current.cend())
            m_buffer.append(key, at, found.value());
        else if (m_buffer.contains(key))
            m_buffer.append(key, at, qQNaN()); // a gap: no value this cycle
    }
    m_buffer.trim(at);

    if (m_range.isCustom())
        return; // a fixed range in the past does not move
    const QList<DownSpan> spans = downSpans(at);
    for (const ChartSlot &slot : std::as_const(m_charts)) {
        QList<double> row;
        row.reserve(slot.chart->series().size());
        for (const ChartSeries &series : slot.chart->series())
            row.append(current.value(series.key, qQNaN()));
        slot.chart->appendRow(at, row);
        slot.chart->setLiveEdge(at);
        slot.chart->setDownSpans(spans);
    }
}

void DashboardView::backfillFromHistory()
{
    m_backfillRequest = ++m_nextRequestId;
    const qint64 now = nowMs();
    Q_EMIT historyRequested(m_backfillRequest, historySeries(), now - m_buffer.retentionMs(), now);
}

void DashboardView::applyBackfill(const QStringList &series, const QList<HistoryRead> &reads)
{
    for (qsizetype i = 0; i < series.size() && i < reads.size(); ++i) {
        if (reads[i].error || reads[i].points.isEmpty())
            continue;
        // The live points that arrived meanwhile are newer than anything recorded before: keep them.
        QList<SeriesPoint> points = reads[i].points;
        const qint64 newest = points.constLast().timestampMs;
        for (const SeriesPoint &point : m_buffer.points(series[i], newest + 1))
            points.append(point);
        m_buffer.set(series[i], std::move(points));
    }
    // The tiles' sparklines show the same recent past as the charts.
    for (ServiceTile *tile : std::as_const(m_tiles))
        tile->setTpsHistory(m_buffer.points(HistoryRecorder::seriesName(QStringLiteral("tps"), tile->service())));
    rebuildCharts();
}

void DashboardView::historyLoaded(quint64 requestId, const QStringList &series, const QList<HistoryRead> &reads)
{
    if (requestId != 0 && requestId == m_backfillRequest) {
        m_backfillRequest = 0;
        applyBackfill(series, reads);
        return;
    }
    if (requestId == 0 || requestId != m_pendingRequest)
        return; // an answer to a range no longer shown
    m_pendingRequest = 0;
    QStringList errors;
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (i >= reads.size())
            break;
        const HistoryRead &read = reads[i];
        if (read.error) {
            if (!errors.contains(*read.error))
                errors.append(*read.error);
            continue;
        }
        const bool isUp = series[i].startsWith(kUp + QLatin1Char('{'));
        if (isUp && !read.buckets.isEmpty()) {
            // A roll-up bucket with any scrape down counts as down: its minimum.
            QList<SeriesPoint> points;
            points.reserve(read.buckets.size());
            for (const RollupPoint &bucket : read.buckets)
                points.append({bucket.bucketMs, bucket.min});
            m_history.set(series[i], points);
        } else {
            m_history.set(series[i], read.points);
        }
    }
    const QString error = errors.isEmpty()
        ? QString()
        : tr("The history could not be loaded: %1").arg(errors.join(QStringLiteral("; ")));
    for (MetricChart *chart : charts()) {
        chart->setLoading(false);
        chart->setError(error);
    }
    rebuildCharts();
}

void DashboardView::onChartRangeChanged(MetricChart *source, double fromMs, double toMs)
{
    if (m_syncingCharts)
        return;
    m_syncingCharts = true;
    for (MetricChart *chart : charts()) {
        if (chart != source)
            chart->showRange(fromMs, toMs);
    }
    m_syncingCharts = false;
}

void DashboardView::onChartFollowChanged(MetricChart *source, bool following)
{
    if (m_syncingCharts)
        return;
    m_syncingCharts = true;
    for (MetricChart *chart : charts()) {
        if (chart != source)
            chart->setFollowLive(following);
    }
    m_syncingCharts = false;
}

void DashboardView::flushCharts()
{
    for (MetricChart *chart : charts())
        chart->flush();
}

std::optional<QString> DashboardView::exportChart(const QString &path, ChartExporter::Format format)
{
    if (!m_current)
        return tr("There is no chart to export.");
    return ChartExporter::exportChart(*m_current, path, format);
}

std::optional<QString> DashboardView::exportChart(const QString &path)
{
    const std::optional<ChartExporter::Format> format = ChartExporter::formatForPath(path);
    if (!format)
        return tr("Choose a file name ending in .png, .pdf or .csv.");
    return exportChart(path, *format);
}

void DashboardView::exportCurrentChartInteractively()
{
    if (!m_current)
        return;
    QString suggested = m_current->title();
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), suggested + QStringLiteral(".png"),
                                                ChartExporter::fileDialogFilter(), &filter);
    if (path.isEmpty())
        return;
    if (!ChartExporter::formatForPath(path)) {
        const QString suffix = filter.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf")
            : filter.contains(QLatin1String("*.csv"))                  ? QStringLiteral(".csv")
                                                                       : QStringLiteral(".png");
        path += suffix;
    }
    if (const std::optional<QString> error = exportChart(path))
        QMessageBox::warning(this, tr("Export chart"), *error);
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_charts.isEmpty())
        rebuildCharts(); // line shades depend on the theme
}

void DashboardView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !m_filter.isEmpty()) {
        clearServiceFilter();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace payops
