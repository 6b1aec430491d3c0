#include "widgets/dashboard/servicetile.h"

#include "widgets/dashboard/servicepalette.h"
#include "widgets/contrast.h"
#include "widgets/dashboard/sparkline.h"
#include "models/metrics/derivedmetriccatalog.h"

#include <QDateTime>
#include <QGridLayout>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace payops {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

ServiceTile::ServiceTile(const QString &service, QWidget *parent)
    : QFrame(parent)
    , m_service(service)
    , m_name(new QLabel(service, this))
    , m_stateLabel(new QLabel(this))
    , m_ageLabel(new QLabel(this))
    , m_instancesCaption(new QLabel(tr("Instances"), this))
    , m_instances(new QLabel(QStringLiteral("\u2014"), this))
    , m_sparkline(new Sparkline(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Service %1").arg(service));
    m_name->setTextFormat(Qt::PlainText);
    m_stateLabel->setTextFormat(Qt::RichText);
    m_stateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ageLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ageLabel->hide();
    m_sparkline->setColor(ServicePalette::serviceColor(service));
    m_sparkline->setToolTip(tr("Transactions per second, last 15 minutes"));

    const struct
    {
        DerivedMetricId metric;
        QString caption;
    } cells[] = {
        {DerivedMetricId::Tps, tr("Transactions")},
        {DerivedMetricId::FailureRatio, tr("Failures")},
        {DerivedMetricId::LatencyP95, tr("Response p95")},
        {DerivedMetricId::CpuPercent, tr("CPU")},
        {DerivedMetricId::MemoryBytes, tr("Memory")},
    };
    for (const auto &cell : cells) {
        Cell made{DerivedMetricCatalog::name(cell.metric), new QLabel(cell.caption, this),
                  new QLabel(QStringLiteral("\u2014"), this), std::nullopt};
        made.value->setTextFormat(Qt::PlainText);
        m_cells.append(made);
    }

    auto *grid = new QGridLayout(this);
    const int line = fontMetrics().height();
    grid->setContentsMargins(int(line * 1.0), int(line * 0.5), int(line * 0.7), int(line * 0.5));
    grid->setHorizontalSpacing(line);
    grid->setVerticalSpacing(line / 8);
    grid->addWidget(m_name, 0, 0, 1, 2);
    auto *stateBox = new QHBoxLayout;
    stateBox->setSpacing(line / 2);
    stateBox->addStretch(1);
    stateBox->addWidget(m_ageLabel);
    stateBox->addWidget(m_stateLabel);
    grid->addLayout(stateBox, 0, 2);
    grid->setRowMinimumHeight(1, line / 3);
    for (int i = 0; i < m_cells.size(); ++i) {
        const int row = 2 + (i / 3) * 2;
        const int column = i % 3;
        grid->addWidget(m_cells[i].caption, row, column);
        grid->addWidget(m_cells[i].value, row + 1, column);
    }
    grid->addWidget(m_instancesCaption, 4, 2);
    grid->addWidget(m_instances, 5, 2);
    grid->setRowMinimumHeight(6, line / 3);
    grid->addWidget(m_sparkline, 7, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    applyFonts();
    refreshStateLabel();
    refreshToolTip(nullptr, 0);
}

void ServiceTile::applyFonts()
{
    QFont nameFont = font();
    nameFont.setBold(true);
    if (font().pointSizeF() > 0)
        nameFont.setPointSizeF(font().pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    QFont stateFont = font();
    stateFont.setBold(true);
    m_stateLabel->setFont(stateFont);
    QFont valueFont = font();
    valueFont.setBold(true);
    if (font().pointSizeF() > 0)
        valueFont.setPointSizeF(font().pointSizeF() * 1.25);
    QFont captionFont = font();
    if (font().pointSizeF() > 0)
        captionFont.setPointSizeF(font().pointSizeF() * 0.9);
    for (const Cell &cell : std::as_const(m_cells)) {
        cell.value->setFont(valueFont);
        cell.caption->setFont(captionFont);
    }
    m_instances->setFont(valueFont);
    m_instancesCaption->setFont(captionFont);
    m_ageLabel->setFont(captionFont);
    applyCaptionColor();
}

void ServiceTile::applyCaptionColor()
{
    // Muted, but readable on the tile's fill in every state and theme (WCAG AA).
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, Contrast::readable(palette().color(QPalette::PlaceholderText), fillColor()));
    for (const Cell &cell : std::as_const(m_cells))
        cell.caption->setPalette(muted);
    m_instancesCaption->setPalette(muted);
    m_ageLabel->setPalette(muted);
}

QColor ServiceTile::fillColor() const
{
    const QColor base = palette().color(QPalette::Base);
    if (m_state == ServiceState::State::Down || m_alertSeverity == AlertRule::Severity::Critical)
        return blend(base, ServicePalette::criticalColor(), 0.16);
    if (m_state == ServiceState::State::Degraded || m_alertSeverity == AlertRule::Severity::Warning)
        return blend(base, ServicePalette::warningColor(), 0.14);
    return base;
}

QString ServiceTile::ageText(qint64 ageMs)
{
    const QLocale locale;
    const qint64 seconds = std::max<qint64>(0, ageMs / 1000);
    if (seconds < 120)
        return tr("%1 s").arg(locale.toString(seconds));
    if (seconds < 2 * 3600)
        return tr("%1 min").arg(locale.toString(seconds / 60));
    return tr("%1 h").arg(locale.toString(seconds / 3600));
}

QColor ServiceTile::stateColor(ServiceState::State state)
{
    switch (state) {
    case ServiceState::State::Up:
        return ServicePalette::upColor();
    case ServiceState::State::Degraded:
        return ServicePalette::warningColor();
    case ServiceState::State::Down:
        return ServicePalette::criticalColor();
    case ServiceState::State::Unknown:
        break;
    }
    return ServicePalette::staleColor();
}

QString ServiceTile::stateName(ServiceState::State state)
{
    switch (state) {
    case ServiceState::State::Up:
        return tr("Up");
    case ServiceState::State::Degraded:
        return tr("Degraded");
    case ServiceState::State::Down:
        return tr("Down");
    case ServiceState::State::Unknown:
        break;
    }
    return tr("Unknown");
}

QString ServiceTile::stateText() const
{
    QString text = healthText();
    if (m_alertSeverity)
        text = tr("%1, %n alert(s) firing", nullptr, int(m_alertSummaries.size())).arg(text);
    return text;
}

QString ServiceTile::healthText() const
{
    if (!m_stale)
        return stateName(m_state);
    const QString stale = tr("stale %1").arg(ageText(m_staleAgeMs));
    if (m_state == ServiceState::State::Up || m_state == ServiceState::State::Unknown)
        return stale;
    return tr("%1, %2").arg(stateName(m_state), stale);
}

QString ServiceTile::valueText(const QString &metric) const
{
    for (const Cell &cell : m_cells) {
        if (cell.metric == metric)
            return cell.value->text();
    }
    return {};
}

std::optional<double> ServiceTile::currentValue(const QString &metric) const
{
    for (const Cell &cell : m_cells) {
        if (cell.metric == metric)
            return cell.current;
    }
    return std::nullopt;
}

void ServiceTile::updateFrom(const MetricsSnapshot &snapshot)
{
    const ServiceState *state = snapshot.serviceState(m_service);
    m_state = state ? state->state : ServiceState::State::Unknown;
    m_reason = state ? state->reason : QString();

    // Current values, else the ones from the last successful scrape with their age.
    bool anyCurrent = false;
    bool anyStale = false;
    qint64 staleSinceMs = snapshot.timestampMs;
    for (Cell &cell : m_cells) {
        cell.current = snapshot.value(cell.metric, m_service);
        if (const std::optional<double> current = cell.current) {
            cell.value->setText(DerivedMetricCatalog::format(cell.metric, *current));
            anyCurrent = true;
        } else if (const std::optional<MetricValue> stale = snapshot.staleValue(cell.metric, m_service)) {
            cell.value->setText(DerivedMetricCatalog::format(cell.metric, stale->value));
            staleSinceMs = std::min(staleSinceMs, stale->timestampMs);
            anyStale = true;
        } else if (m_state == ServiceState::State::Down || !state) {
            cell.value->setText(QStringLiteral("\u2014"));
        } else if (cell.value->text() != QStringLiteral("\u2014")) {
            anyStale = true; // kept from an earlier cycle
            staleSinceMs = std::min(staleSinceMs, m_freshAtMs);
        }
    }
    if (anyCurrent && !anyStale)
        m_freshAtMs = snapshot.timestampMs;
    m_stale = anyStale && !anyCurrent;
    m_staleAgeMs = m_stale ? snapshot.timestampMs - staleSinceMs : 0;
    for (const Cell &cell : std::as_const(m_cells))
        cell.value->setEnabled(!m_stale);

    if (state && state->instances > 0) {
        const QLocale locale;
        m_instances->setText(tr("%1 of %2").arg(locale.toString(state->instancesUp), locale.toString(state->instances)));
    } else {
        m_instances->setText(QStringLiteral("\u2014"));
    }

    const std::optional<double> tps = snapshot.value(DerivedMetricCatalog::name(DerivedMetricId::Tps), m_service);
    m_sparkline->append(snapshot.timestampMs, tps ? *tps : qQNaN());
    m_sparkline->setDimmed(m_stale || m_state == ServiceState::State::Down);

    refreshStateLabel();
    refreshToolTip(state, snapshot.timestampMs);
    update();
}

void ServiceTile::setFiringAlerts(std::optional<AlertRule::Severity> worst, const QStringList &summaries)
{
    if (worst == m_alertSeverity && summaries == m_alertSummaries)
        return;
    m_alertSeverity = worst;
    m_alertSummaries = summaries;
    refreshStateLabel();
    composeToolTip();
    update();
}

void ServiceTile::setTpsHistory(const QList<SeriesPoint> &points)
{
    m_sparkline->setPoints(points);
}

void ServiceTile::refreshStateLabel()
{
    QColor color = m_stale && m_state != ServiceState::State::Down && m_state != ServiceState::State::Degraded
        ? ServicePalette::staleColor()
        : stateColor(m_state);
    QString text = stateName(m_state);
    if (m_alertSeverity) {
        // A firing alert is as loud as the health document, whichever is worse.
        if (*m_alertSeverity == AlertRule::Severity::Critical && m_state != ServiceState::State::Down)
            color = ServicePalette::criticalColor();
        else if (m_state == ServiceState::State::Up || m_state == ServiceState::State::Unknown)
            color = ServicePalette::warningColor();
        text = tr("%1 \u00b7 %2 alert").arg(text, AlertRule::severityTitle(*m_alertSeverity).toLower());
    }
    m_stateLabel->setText(QStringLiteral("<span style=\"color:%1\">\u25cf</span>&nbsp;%2")
                              .arg(color.name(), text.toHtmlEscaped()));
    m_ageLabel->setText(tr("stale %1").arg(ageText(m_staleAgeMs)));
    m_ageLabel->setVisible(m_stale);
    m_stateLabel->setAccessibleName(stateText());
    applyCaptionColor();
}

void ServiceTile::refreshToolTip(const ServiceState *state, qint64 nowMs)
{
    QStringList lines;
    lines.append(tr("%1: %2").arg(m_service, stateText()));
    if (!m_reason.isEmpty())
        lines.append(m_reason);
    if (state && state->lastSuccessMs > 0) {
        lines.append(tr("Last successful scrape: %1 (%2 ago)")
                         .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(state->lastSuccessMs).time(),
                                                 QLocale::LongFormat),
                              ageText(nowMs - state->lastSuccessMs)));
    } else if (state) {
        lines.append(tr("No successful scrape yet"));
    } else {
        lines.append(tr("Not in the latest poll cycle"));
    }
    if (m_stale)
        lines.append(tr("The values shown are %1 old.").arg(ageText(m_staleAgeMs)));
    m_toolTipBody = lines.join(QLatin1Char('\n'));
    composeToolTip();
}

void ServiceTile::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    composeToolTip();
    update();
}

void ServiceTile::composeToolTip()
{
    const QString hint = m_selected ? tr("Click to show all services in the charts")
                                    : tr("Click to show only this service in the charts");
    QString alerts;
    for (const QString &summary : m_alertSummaries)
        alerts += tr("Firing: %1").arg(summary) + QLatin1Char('\n');
    setToolTip(m_toolTipBody + QLatin1Char('\n') + alerts + hint);
}

void ServiceTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const double line = fontMetrics().height();
    const QRectF area = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const double radius = line / 3.0;

    painter.setPen(Qt::NoPen);
    painter.setBrush(fillColor());
    painter.drawRoundedRect(area, radius, radius);

    // The service's colour, as in the charts.
    const QRectF accent(area.left(), area.top(), line * 0.35, area.height());
    QPainterPath clip;
    clip.addRoundedRect(area, radius, radius);
    painter.save();
    painter.setClipPath(clip);
    painter.fillRect(accent, ServicePalette::serviceColor(m_service));
    painter.restore();

    QPen border(pal.color(QPalette::Mid), 1);
    if (m_selected)
        border = QPen(pal.color(QPalette::Highlight), std::max(2.0, line / 6.0));
    else if (m_state == ServiceState::State::Down || m_alertSeverity == AlertRule::Severity::Critical)
        border = QPen(ServicePalette::criticalColor(), std::max(1.5, line / 10.0));
    if (hasFocus()) {
        border.setColor(pal.color(QPalette::Highlight));
        border.setStyle(m_selected ? Qt::SolidLine : Qt::DashLine);
        border.setWidthF(std::max(border.widthF(), 1.5));
    }
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(area, radius, radius);
}

void ServiceTile::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    QFrame::mousePressEvent(event);
}

void ServiceTile::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click = m_pressed && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint());
    m_pressed = false;
    QFrame::mouseReleaseEvent(event);
    if (click)
        Q_EMIT activated(m_service);
}

void ServiceTile::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("&Troubleshoot %1…").arg(m_service), this, [this] { Q_EMIT troubleshootRequested(m_service); });
    menu.exec(event->globalPos());
}

void ServiceTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_T && event->modifiers() == Qt::ControlModifier) {
        Q_EMIT troubleshootRequested(m_service);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT activated(m_service);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void ServiceTile::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void ServiceTile::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void ServiceTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        applyFonts();
}

} // namespace payops
