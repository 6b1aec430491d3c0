#pragma once

#include <QObject>

class QWidget;

namespace payops {

// Tells, in the logging category "payops.startup" (info, off by default), when the window painted
// its first frame and when the first data reached the dashboard. bench_startup enables it
// (QT_LOGGING_RULES="payops.startup.info=true") and times the lines from outside the process, so
// the figures include everything from exec() to pixels.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    // Watches `window` (a top-level widget) for its first painted frame.
    explicit StartupProbe(QWidget *window, QObject *parent = nullptr);

    // Call when data is shown; the first call is logged.
    void dataShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    bool m_framePainted = false;
    bool m_dataShown = false;
};

} // namespace payops
