#include "app/payops/startupprobe.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QTimer>
#include <QWidget>

namespace payops {

namespace {
Q_LOGGING_CATEGORY(lcStartup, "payops.startup", QtWarningMsg)
} // namespace

StartupProbe::StartupProbe(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_window->installEventFilter(this);
}

void StartupProbe::dataShown()
{
    if (m_dataShown)
        return;
    m_dataShown = true;
    qCInfo(lcStartup) << "first data shown";
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // A top-level widget paints its whole tree while it handles UpdateRequest: the frame is on
    // screen once that returns, i.e. at the next turn of the event loop.
    if (watched == m_window && event->type() == QEvent::UpdateRequest && !m_framePainted) {
        m_framePainted = true;
        m_window->removeEventFilter(this);
        QTimer::singleShot(0, this, [] { qCInfo(lcStartup) << "first frame painted"; });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace payops
