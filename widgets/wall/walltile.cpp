#include "widgets/wall/walltile.h"

#include "models/metrics/derivedmetriccatalog.h"
#include "widgets/contrast.h"
#include "widgets/dashboard/servicepalette.h"

#include <QDateTime>
#include <QPainter>
#include <QTextOption>

#include <cmath>

namespace payops {

namespace {

const QString kTps = QStringLiteral("tps");
const QString kFailureRatio = QStringLiteral("failure_ratio");
const QString kP95 = QStringLiteral("latency_p95");

} // namespace

WallTile::WallTile(const QString &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void WallTile::setScale(const WallScale &scale)
{
    m_scale = scale;
    updateGeometry();
    update();
}

void WallTile::setShowInstances(bool show)
{
    m_showInstances = show;
    updateGeometry();
    update();
}

void WallTile::updateFrom(const MetricsSnapshot &snapshot)
{
    m_snapshotMs = snapshot.timestampMs;
    const ServiceState *state = snapshot.serviceState(m_service);
    if (!state)
        return; // no news of the service in this cycle: keep what it said last; refresh() ages it
    {
        m_state = state->state;
        m_stateReason = state->reason;
        m_lastSuccessMs = state->lastSuccessMs;
        m_instancesUp = state->instancesUp;
        m_instances = state->instances;
    }
    // Only current values: a down service's last numbers are never shown as if they were now.
    m_tps = snapshot.value(kTps, m_service);
    m_failureRatio = snapshot.value(kFailureRatio, m_service);
    m_p95 = snapshot.value(kP95, m_service);
}

void WallTile::refresh(qint64 nowMs, qint64 staleAfterMs)
{
    Shown shown = Shown::Values;
    QString reason;
    const qint64 snapshotAge = m_snapshotMs > 0 ? nowMs - m_snapshotMs : -1;
    if (m_snapshotMs == 0) {
        shown = Shown::NoData;
        reason = tr("Not polled yet.");
    } else if (snapshotAge > staleAfterMs) {
        shown = Shown::NoData;
        reason = tr("No data from the poller for %1.").arg(ageText(snapshotAge));
    } else if (m_state == ServiceState::State::Down) {
        shown = Shown::Down;
        reason = m_stateReason.isEmpty() ? tr("The service does not answer.") : m_stateReason;
    } else if (m_state == ServiceState::State::Unknown) {
        shown = Shown::NoData;
        reason = tr("Not scraped yet.");
    } else if (m_lastSuccessMs > 0 && nowMs - m_lastSuccessMs > staleAfterMs) {
        shown = Shown::NoData;
        reason = tr("No successful scrape for %1.").arg(ageText(nowMs - m_lastSuccessMs));
    } else if (!m_tps && !m_failureRatio && !m_p95) {
        shown = Shown::NoData;
        reason = tr("The service answers but reports no payment metrics yet.");
    }
    if (shown == Shown::Values)
        m_troubleSinceMs = 0;
    else if (m_shown == Shown::Values || m_troubleSinceMs == 0)
        m_troubleSinceMs = nowMs;
    if (shown != m_shown || reason != m_shownReason) {
        m_shown = shown;
        m_shownReason = reason;
    }
    update();
}

QString WallTile::stateWord() const
{
    switch (m_shown) {
    case Shown::Down:
        return tr("DOWN");
    case Shown::NoData:
        return tr("NO DATA");
    case Shown::Values:
        break;
    }
    return m_state == ServiceState::State::Degraded ? tr("DEGRADED") : tr("UP");
}

QString WallTile::valueText(const QString &metric) const
{
    if (m_shown != Shown::Values)
        return QString();
    const std::optional<double> value = metric == kTps ? m_tps : metric == kFailureRatio ? m_failureRatio
                                      : metric == kP95 ? m_p95 : std::nullopt;
    return value ? DerivedMetricCatalog::format(metric, *value) : QStringLiteral("—");
}

QString WallTile::ageText(qint64 ageMs)
{
    const qint64 seconds = std::max<qint64>(0, ageMs / 1000);
    if (seconds < 120)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 7200)
        return tr("%n min", nullptr, int(seconds / 60));
    return tr("%n h", nullptr, int(seconds / 3600));
}

QColor WallTile::accentColor() const
{
    switch (m_shown) {
    case Shown::Down:
        return ServicePalette::criticalColor();
    case Shown::NoData:
        return ServicePalette::staleColor();
    case Shown::Values:
        break;
    }
    return m_state == ServiceState::State::Degraded ? ServicePalette::warningColor() : ServicePalette::upColor();
}

QSize WallTile::minimumSizeHint() const
{
    const int pad = m_scale.px(28);
    const int top = int(m_scale.stateWordPx() * 1.3) + m_scale.px(16);
    const int values = int(m_scale.labelPx() * 1.4 + m_scale.numberPx() * 1.25)
        + (m_showInstances ? int(m_scale.labelPx() * 1.6) : 0);
    const int alarm = int(m_scale.alarmWordPx() * 1.2 + m_scale.labelPx() * 4.2);
    return QSize(m_scale.px(700), 2 * pad + m_scale.px(20) + top + std::max(values, alarm));
}

QSize WallTile::sizeHint() const
{
    return minimumSizeHint();
}

void WallTile::drawText(QPainter &painter, const QRect &rect, int flags, TextRole role, int pixelSize, bool bold,
                        const QColor &color, const QString &text)
{
    QFont font = WallScale::font(pixelSize, bold);
    // A number too wide for its column shrinks, never below the wall's minimum for its role.
    const int floor = role == TextRole::Number ? m_scale.px(64) : role == TextRole::Alarm ? m_scale.px(100) : pixelSize;
    if (!(flags & Qt::TextWordWrap)) {
        while (font.pixelSize() > floor && QFontMetrics(font).horizontalAdvance(text) > rect.width())
            font.setPixelSize(font.pixelSize() - 1);
    }
    painter.setFont(font);
    painter.setPen(color);
    const QString shownText = flags & Qt::TextWordWrap
        ? text
        : QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width());
    painter.drawText(rect, flags, shownText);
    m_drawn.append(DrawnText{role, font.pixelSize(), shownText});
}

void WallTile::paintEvent(QPaintEvent *)
{
    m_drawn.clear();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QPalette pal = palette();
    const QColor panel = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor caption = Contrast::readable(pal.color(QPalette::PlaceholderText), panel, 7.0);
    const QColor accent = Contrast::readable(accentColor(), panel, 4.5);

    const int gap = m_scale.px(10);
    const QRect frame = rect().adjusted(gap, gap, -gap, -gap);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_shown == Shown::Values ? panel : panel.lighter(125));
    painter.drawRoundedRect(frame, m_scale.px(16), m_scale.px(16));
    painter.setBrush(accentColor());
    const int bar = m_scale.px(18);
    painter.drawRoundedRect(QRect(frame.left(), frame.top(), bar, frame.height()), m_scale.px(8), m_scale.px(8));
    if (m_shown == Shown::Down) { // a down service is outlined too: seen even in peripheral vision
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(ServicePalette::criticalColor(), m_scale.px(8)));
        painter.drawRoundedRect(frame.adjusted(m_scale.px(4), m_scale.px(4), -m_scale.px(4), -m_scale.px(4)),
                                m_scale.px(14), m_scale.px(14));
    }

    const int pad = m_scale.px(28);
    const QRect inner = frame.adjusted(bar + pad, pad, -pad, -pad);
    const int topHeight = int(m_scale.stateWordPx() * 1.3);
    const QString word = stateWord();
    // Rounded up, with a pixel to spare: elidedText() measured the integer advance as too narrow ("DEGRAD…").
    const int wordWidth =
        int(std::ceil(QFontMetricsF(WallScale::font(m_scale.stateWordPx(), true)).horizontalAdvance(word))) + 2;
    if (m_shown == Shown::Values)
        drawText(painter, QRect(inner.right() - wordWidth, inner.top(), wordWidth, topHeight),
                 Qt::AlignRight | Qt::AlignVCenter, TextRole::Heading, m_scale.stateWordPx(), true, accent, word);
    const int nameWidth = m_shown == Shown::Values ? inner.width() - wordWidth - m_scale.px(24) : inner.width();
    drawText(painter, QRect(inner.left(), inner.top(), nameWidth, topHeight), Qt::AlignLeft | Qt::AlignVCenter,
             TextRole::Heading, m_scale.namePx(), true, text, m_service);

    int y = inner.top() + topHeight + m_scale.px(16);
    if (m_shown == Shown::Values) {
        const QList<std::pair<QString, QString>> cells = {{tr("TPS"), kTps},
                                                          {tr("Failures"), kFailureRatio},
                                                          {tr("Response p95"), kP95}};
        const int column = inner.width() / int(cells.size());
        const int captionHeight = int(m_scale.labelPx() * 1.4);
        for (int i = 0; i < cells.size(); ++i) {
            const int x = inner.left() + i * column;
            drawText(painter, QRect(x, y, column - m_scale.px(16), captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     TextRole::Label, m_scale.labelPx(), false, caption, cells.at(i).first);
            drawText(painter, QRect(x, y + captionHeight, column - m_scale.px(16), int(m_scale.numberPx() * 1.25)),
                     Qt::AlignLeft | Qt::AlignVCenter, TextRole::Number, m_scale.numberPx(), true, text,
                     valueText(cells.at(i).second));
        }
        y += captionHeight + int(m_scale.numberPx() * 1.25);
        if (m_showInstances)
            drawText(painter, QRect(inner.left(), y + m_scale.px(8), inner.width(), int(m_scale.labelPx() * 1.4)),
                     Qt::AlignLeft | Qt::AlignVCenter, TextRole::Label, m_scale.labelPx(), false, caption,
                     tr("Instances up: %1 of %2").arg(m_instancesUp).arg(m_instances));
        return;
    }
    const int alarmHeight = int(m_scale.alarmWordPx() * 1.2);
    drawText(painter, QRect(inner.left(), y, inner.width(), alarmHeight), Qt::AlignLeft | Qt::AlignVCenter,
             TextRole::Alarm, m_scale.alarmWordPx(), true, accent, word);
    y += alarmHeight;
    const int reasonHeight = int(m_scale.labelPx() * 2.7);
    drawText(painter, QRect(inner.left(), y, inner.width(), reasonHeight),
             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, TextRole::Label, m_scale.labelPx(), false, text,
             m_shownReason);
    y += reasonHeight;
    if (m_troubleSinceMs > 0)
        drawText(painter, QRect(inner.left(), y, inner.width(), int(m_scale.labelPx() * 1.4)),
                 Qt::AlignLeft | Qt::AlignVCenter, TextRole::Label, m_scale.labelPx(), false, caption,
                 tr("since %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_troubleSinceMs).time(),
                                                       QStringLiteral("HH:mm:ss"))));
}

} // namespace payops
