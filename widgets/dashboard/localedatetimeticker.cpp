#include "widgets/dashboard/localedatetimeticker.h"

#include <QDateTime>

namespace payops {

namespace {

constexpr double minute = 60.0;
constexpr double day = 24 * 60 * minute;

// The locale's long time format without its time zone ("HH:mm:ss").
QString timeWithSeconds(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.remove(QLatin1Char('t'));
    return format.trimmed();
}

} // namespace

LocaleDateTimeTicker::LocaleDateTimeTicker()
{
    setTickCount(6);
}

double LocaleDateTimeTicker::getTickStep(const QCPRange &range)
{
    m_step = QCPAxisTickerDateTime::getTickStep(range);
    m_span = range.size();
    return m_step;
}

QString LocaleDateTimeTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    return labelFor(tick, m_step, m_span, locale);
}

QString LocaleDateTimeTicker::labelFor(double keySeconds, double stepSeconds, double spanSeconds, const QLocale &locale)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(keySeconds * 1000.0));
    if (stepSeconds >= day && at.time() == QTime(0, 0))
        return locale.toString(at.date(), QLocale::ShortFormat);
    const QString time = stepSeconds < minute ? locale.toString(at.time(), timeWithSeconds(locale))
                                           : locale.toString(at.time(), QLocale::ShortFormat);
    if (spanSeconds > day)
        return locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char('\n') + time;
    return time;
}

} // namespace payops
