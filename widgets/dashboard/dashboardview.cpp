#include "widgets/dashboard/dashboardview.h"

#include "widgets/dashboard/chartseries.h"
#include "widgets/dashboard/chartunit.h"
#include "widgets/dashboard/metricchart.h"
#include "widgets/dashboard/replotscheduler.h"
#include "widgets/dashboard/servicepalette.h"
#include "widgets/dashboard/servicetile.h"
#include "widgets/dashboard/timerangeselector.h"
#include "models/metrics/dashboardseries.h"
#include "models/metrics/derivedmetriccatalog.h"

#include <QDateTime>
#include <QDir>
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

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_services(ServicePalette::knownServices())
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_selector(new TimeRangeSelector(this))
    , m_filterButton(new QToolButton(this))
    , m_stackButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_scheduler(new ReplotScheduler(this))
    , m_data(new DashboardSeries(this))
{
    m_data->setServices(m_services);
    connect(m_data, &DashboardSeries::historyRequested, this, &DashboardView::historyRequested);
    connect(m_data, &DashboardSeries::backfilled, this, &DashboardView::onBackfilled);
    connect(m_data, &DashboardSeries::rangeLoaded, this, &DashboardView::onRangeLoaded);
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
    made->setPointSource([this](const SeriesKey &key, qint64 fromMs, qint64 toMs) {
        return m_data->points(key, fromMs, toMs);
    });
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
        connect(tile, &ServiceTile::troubleshootRequested, this, &DashboardView::troubleshootRequested);
        m_tileRow->addWidget(tile, 1);
        m_tiles.append(tile);
    }
    applyAlertsToTiles();
}

void DashboardView::setServices(const QStringList &services)
{
    if (services == m_services)
        return;
    m_services = services;
    m_data->setServices(services);
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
    m_data->setMemoryWindowMs(windowMs);
    setTimeRange(m_range);
}

qint64 DashboardView::memoryWindowMs() const
{
    return m_data->memoryWindowMs();
}

void DashboardView::setHistorySource(HistorySource *source)
{
    m_data->setHistorySource(source);
}

bool DashboardView::isLoadingHistory() const
{
    return m_data->isLoading();
}

quint64 DashboardView::pendingHistoryRequest() const
{
    return m_data->pendingRequest();
}

void DashboardView::setThresholds(const DashboardThresholds &thresholds)
{
    m_thresholds = thresholds;
    for (const ChartSlot &slot : std::as_const(m_charts)) {
        const DashboardThresholds::Levels levels = m_thresholds.levels(DerivedMetricCatalog::name(metricFor(slot.id)));
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
    return m_data->lastSnapshotMs() > 0 ? m_data->lastSnapshotMs() : m_clock();
}

bool DashboardView::needsHistory() const
{
    return m_range.isCustom() || m_range.durationMs() > m_data->memoryWindowMs();
}

QList<SeriesKey> DashboardView::historySeries() const
{
    return m_data->trackedSeries();
}

void DashboardView::setTimeRange(const DashboardTimeRange &range)
{
    m_range = range;
    m_selector->setRange(range);
    m_data->showMemory();

    const qint64 now = nowMs();
    const bool history = needsHistory();
    for (MetricChart *chart : charts()) {
        if (range.isCustom())
            chart->setFixedRange(range.fromMs(now), range.toMs(now));
        else
            chart->setLiveWindow(range.durationMs());
        chart->setError(QString());
    }

    for (MetricChart *chart : charts())
        chart->setLoading(history);
    if (history)
        m_data->requestRange(range.fromMs(now), range.toMs(now), !range.isCustom());
    rebuildCharts();
    Q_EMIT timeRangeChanged(m_range);
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

DerivedMetricId DashboardView::metricFor(Chart id)
{
    switch (id) {
    case Chart::Volume: return DerivedMetricId::Tps;
    case Chart::ResponseTime: return DerivedMetricId::LatencyP95;
    case Chart::FailureRatio: return DerivedMetricId::FailureRatio;
    case Chart::Cpu: return DerivedMetricId::CpuPercent;
    case Chart::Memory: return DerivedMetricId::MemoryBytes;
    }
    return DerivedMetricId::Tps;
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
        series.append({SeriesKey(DerivedMetricId::LatencyAvg, m_filter), tr("average"), average, Qt::DotLine});
        series.append({SeriesKey(DerivedMetricId::LatencyP95, m_filter), tr("p95"), color, Qt::SolidLine});
        series.append({SeriesKey(DerivedMetricId::LatencyP99, m_filter), tr("p99"), worst, Qt::DashLine});
        return series;
    }
    const DerivedMetricId metric = metricFor(id);
    for (const QString &service : visibleServices())
        series.append({SeriesKey(metric, service), service, ServicePalette::serviceColor(service)});
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
    const QString &metric = DerivedMetricCatalog::name(metricFor(id));
    chart->setUnit(ChartUnit::forMetric(metric));
    chart->setSeries(seriesFor(id));
    if (id == Chart::Volume)
        chart->setStacked(m_volumeStacked);
    const DashboardThresholds::Levels levels = m_thresholds.levels(metric);
    chart->setThresholds(levels.warning, levels.critical);
}

QList<DownSpan> DashboardView::downSpans(qint64 endMs) const
{
    return m_data->downSpans(visibleServices(), endMs);
}

void DashboardView::rebuildCharts()
{
    const qint64 now = nowMs();
    const QList<DownSpan> spans = downSpans(m_range.isCustom() ? m_range.toMs(now) : now);
    for (const ChartSlot &slot : std::as_const(m_charts)) {
        configureChart(slot.id, slot.chart);
        if (!m_range.isCustom())
            slot.chart->setLiveEdge(now);
        slot.chart->reload();
        slot.chart->setDownSpans(spans);
        slot.chart->markDirty();
    }
    applyAlertSpans(now);
}

void DashboardView::setActiveAlerts(const QList<ActiveAlert> &alerts)
{
    m_activeAlerts = alerts;
    applyAlertsToTiles();
}

void DashboardView::applyAlertsToTiles()
{
    for (ServiceTile *tile : std::as_const(m_tiles)) {
        std::optional<AlertRule::Severity> worst;
        QStringList summaries;
        for (const ActiveAlert &alert : std::as_const(m_activeAlerts)) {
            if (alert.state.state != AlertState::Firing || alert.state.service != tile->service())
                continue;
            if (!worst || alert.rule.severity == AlertRule::Severity::Critical)
                worst = alert.rule.severity;
            summaries.append(alert.rule.expand(alert.rule.summary, alert.state.service, alert.state.value));
        }
        tile->setFiringAlerts(worst, summaries);
    }
}

void DashboardView::setAlertSpans(const QList<AlertSpan> &spans)
{
    m_alertSpans = spans;
    const qint64 now = nowMs();
    applyAlertSpans(m_range.isCustom() ? m_range.toMs(now) : now);
}

void DashboardView::applyAlertSpans(qint64 nowMs)
{
    const QStringList services = visibleServices();
    for (const ChartSlot &slot : std::as_const(m_charts)) {
        const QString metric = DerivedMetricCatalog::name(metricFor(slot.id));
        QList<AlertSpan> mine;
        for (const AlertSpan &span : std::as_const(m_alertSpans)) {
            if (span.metric == metric && (span.service.isEmpty() || services.contains(span.service)))
                mine.append(span);
        }
        slot.chart->setAlertSpans(mine, nowMs);
    }
}

void DashboardView::applySnapshot(const MetricsSnapshot &snapshot)
{
    const qint64 at = snapshot.timestampMs;
    if (m_data->append(snapshot)) {
        m_services = m_data->services();
        buildTiles();
    }
    for (ServiceTile *tile : std::as_const(m_tiles))
        tile->updateFrom(snapshot);

    if (m_range.isCustom())
        return; // a fixed range in the past does not move
    const QList<DownSpan> spans = downSpans(at);
    for (const ChartSlot &slot : std::as_const(m_charts)) {
        QList<double> row;
        row.reserve(slot.chart->series().size());
        for (const ChartSeries &series : slot.chart->series())
            row.append(m_data->latest(series.key));
        slot.chart->appendRow(at, row);
        slot.chart->setLiveEdge(at);
        slot.chart->setDownSpans(spans);
    }
    if (!m_alertSpans.isEmpty())
        applyAlertSpans(at);
}

void DashboardView::backfillFromHistory()
{
    m_data->backfill(nowMs());
}

void DashboardView::onBackfilled()
{
    // The tiles' sparklines show the same recent past as the charts.
    for (ServiceTile *tile : std::as_const(m_tiles))
        tile->setTpsHistory(m_data->memoryPoints(SeriesKey(DerivedMetricId::Tps, tile->service()),
                                                 std::numeric_limits<qint64>::min()));
    rebuildCharts();
}

void DashboardView::historyLoaded(quint64 requestId, const QList<SeriesKey> &series, const QList<HistoryRead> &reads)
{
    m_data->historyLoaded(requestId, series, reads);
}

void DashboardView::onRangeLoaded(const QStringList &errors)
{
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
    else
        Q_EMIT notice(tr("Chart written to %1").arg(QDir::toNativeSeparators(path)));
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

void DashboardView::setCover(QWidget *cover)
{
    m_cover = cover;
    if (!cover)
        return;
    cover->setParent(this);
    cover->setGeometry(rect());
    cover->raise();
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_cover)
        m_cover->setGeometry(rect());
}

} // namespace payops
