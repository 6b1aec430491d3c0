#include "widgets/dashboard/chartstatusoverlay.h"

#include "widgets/dashboard/servicepalette.h"

#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QVBoxLayout>

namespace payops {

ChartStatusOverlay::ChartStatusOverlay(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_progress->setRange(0, 0); // busy
    m_progress->setTextVisible(false);
    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() / 2;
    layout->setContentsMargins(2 * margin, margin, 2 * margin, margin);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    hide();
}

void ChartStatusOverlay::setLoading(bool loading)
{
    m_loading = loading;
    refresh();
}

void ChartStatusOverlay::setError(const QString &message)
{
    m_error = message;
    refresh();
}

QString ChartStatusOverlay::text() const
{
    return m_label->text();
}

void ChartStatusOverlay::refresh()
{
    if (!m_error.isEmpty())
        m_label->setText(m_error);
    else if (m_loading)
        m_label->setText(tr("Loading history\u2026"));
    else
        m_label->clear();
    m_progress->setVisible(m_loading && m_error.isEmpty());
    setVisible(m_loading || !m_error.isEmpty());
    if (isVisible()) {
        reposition();
        raise();
    }
}

void ChartStatusOverlay::reposition()
{
    if (!parentWidget())
        return;
    const QRect area = parentWidget()->rect();
    const int width = std::min(area.width() - 8, fontMetrics().averageCharWidth() * 48);
    m_label->setMinimumWidth(0);
    const int height = std::min(area.height() - 8, layout()->heightForWidth(width) > 0
                                                       ? layout()->heightForWidth(width)
                                                       : sizeHint().height());
    setGeometry(QRect(area.center().x() - width / 2, area.center().y() - height / 2, width, height));
}

void ChartStatusOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Window);
    fill.setAlpha(235);
    painter.setBrush(fill);
    painter.setPen(QPen(m_error.isEmpty() ? palette().color(QPalette::Mid) : ServicePalette::criticalColor(), 1));
    const qreal radius = fontMetrics().height() / 3.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

} // namespace payops
