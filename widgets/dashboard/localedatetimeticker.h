#pragma once

#include "widgets/dashboard/qcustomplotinclude.h"

namespace payops {

// Date-time ticks labelled in the application's locale (QDateTime::toString(format) would print
// English month names): the time for ranges within a day (with seconds when ticks are that
// close), the date and time for longer ranges, the date alone for whole-day ticks.
// Keys are seconds since the epoch, as QCPAxisTickerDateTime expects.
class LocaleDateTimeTicker final : public QCPAxisTickerDateTime
{
public:
    LocaleDateTimeTicker();

    // The label a tick gets when the ticks are `stepSeconds` apart over a span of `spanSeconds`.
    static QString labelFor(double keySeconds, double stepSeconds, double spanSeconds, const QLocale &locale);

protected:
    double getTickStep(const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    double m_step = 0;
    double m_span = 0;
};

} // namespace payops
