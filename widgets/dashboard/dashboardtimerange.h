#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace payops {

// The span the dashboard shows: a preset that ends now and follows live data, or a fixed
// custom range. toString()/fromString() give a stable form for QSettings ("1h", "custom:FROM-TO").
class DashboardTimeRange
{
    Q_DECLARE_TR_FUNCTIONS(payops::DashboardTimeRange)

public:
    enum class Preset { Last5Minutes, Last15Minutes, LastHour, Last6Hours, Last24Hours, Last7Days, Last30Days, Custom };

    DashboardTimeRange() = default; // the last 15 minutes
    static DashboardTimeRange preset(Preset preset);
    // A fixed range; from and to are swapped if given the wrong way round.
    static DashboardTimeRange custom(qint64 fromMs, qint64 toMs);
    static QList<Preset> presets(); // all but Custom, shortest first

    Preset kind() const { return m_preset; }
    bool isCustom() const { return m_preset == Preset::Custom; }
    qint64 durationMs() const;
    // The range when the newest data is at nowMs (a custom range ignores nowMs).
    qint64 fromMs(qint64 nowMs) const;
    qint64 toMs(qint64 nowMs) const;

    QString label() const;        // "15 min", "24 h", or the custom range in the locale's format
    QString toString() const;     // for settings
    // A text not from toString() gives `fallback` (the last 15 minutes without one).
    static DashboardTimeRange fromString(const QString &text);
    static DashboardTimeRange fromString(const QString &text, const DashboardTimeRange &fallback);

    friend bool operator==(const DashboardTimeRange &, const DashboardTimeRange &) = default;

private:
    Preset m_preset = Preset::Last15Minutes;
    qint64 m_fromMs = 0; // custom only
    qint64 m_toMs = 0;
};

} // namespace payops
