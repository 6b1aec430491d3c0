#include "widgets/dashboard/dashboardtimerange.h"

#include <QDateTime>
#include <QLocale>

#include <utility>

namespace payops {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

struct PresetInfo
{
    DashboardTimeRange::Preset preset;
    const char *key;
    qint64 durationMs;
};

constexpr PresetInfo kPresets[] = {
    {DashboardTimeRange::Preset::Last5Minutes, "5m", 5 * minuteMs},
    {DashboardTimeRange::Preset::Last15Minutes, "15m", 15 * minuteMs},
    {DashboardTimeRange::Preset::LastHour, "1h", hourMs},
    {DashboardTimeRange::Preset::Last6Hours, "6h", 6 * hourMs},
    {DashboardTimeRange::Preset::Last24Hours, "24h", dayMs},
    {DashboardTimeRange::Preset::Last7Days, "7d", 7 * dayMs},
    {DashboardTimeRange::Preset::Last30Days, "30d", 30 * dayMs},
};

const PresetInfo *infoFor(DashboardTimeRange::Preset preset)
{
    for (const PresetInfo &info : kPresets) {
        if (info.preset == preset)
            return &info;
    }
    return nullptr;
}

} // namespace

DashboardTimeRange DashboardTimeRange::preset(Preset preset)
{
    DashboardTimeRange range;
    range.m_preset = preset == Preset::Custom ? Preset::Last15Minutes : preset;
    return range;
}

DashboardTimeRange DashboardTimeRange::custom(qint64 fromMs, qint64 toMs)
{
    DashboardTimeRange range;
    range.m_preset = Preset::Custom;
    range.m_fromMs = std::min(fromMs, toMs);
    range.m_toMs = std::max(fromMs, toMs);
    return range;
}

QList<DashboardTimeRange::Preset> DashboardTimeRange::presets()
{
    QList<Preset> all;
    for (const PresetInfo &info : kPresets)
        all.append(info.preset);
    return all;
}

qint64 DashboardTimeRange::durationMs() const
{
    if (isCustom())
        return m_toMs - m_fromMs;
    const PresetInfo *info = infoFor(m_preset);
    return info ? info->durationMs : 15 * minuteMs;
}

qint64 DashboardTimeRange::fromMs(qint64 nowMs) const
{
    return isCustom() ? m_fromMs : nowMs - durationMs();
}

qint64 DashboardTimeRange::toMs(qint64 nowMs) const
{
    return isCustom() ? m_toMs : nowMs;
}

QString DashboardTimeRange::label() const
{
    const QLocale locale;
    switch (m_preset) {
    case Preset::Last5Minutes:
        return tr("%1 min").arg(locale.toString(5));
    case Preset::Last15Minutes:
        return tr("%1 min").arg(locale.toString(15));
    case Preset::LastHour:
        return tr("%1 h").arg(locale.toString(1));
    case Preset::Last6Hours:
        return tr("%1 h").arg(locale.toString(6));
    case Preset::Last24Hours:
        return tr("%1 h").arg(locale.toString(24));
    case Preset::Last7Days:
        return tr("%1 d").arg(locale.toString(7));
    case Preset::Last30Days:
        return tr("%1 d").arg(locale.toString(30));
    case Preset::Custom:
        break;
    }
    return tr("%1 to %2")
        .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_fromMs), QLocale::ShortFormat),
             locale.toString(QDateTime::fromMSecsSinceEpoch(m_toMs), QLocale::ShortFormat));
}

QString DashboardTimeRange::toString() const
{
    if (isCustom())
        return QStringLiteral("custom:%1-%2").arg(m_fromMs).arg(m_toMs);
    const PresetInfo *info = infoFor(m_preset);
    return info ? QString::fromLatin1(info->key) : QStringLiteral("15m");
}

DashboardTimeRange DashboardTimeRange::fromString(const QString &text)
{
    return fromString(text, DashboardTimeRange());
}

DashboardTimeRange DashboardTimeRange::fromString(const QString &text, const DashboardTimeRange &fallback)
{
    for (const PresetInfo &info : kPresets) {
        if (text == QLatin1String(info.key))
            return preset(info.preset);
    }
    if (text.startsWith(QLatin1String("custom:"))) {
        const QStringList parts = text.mid(7).split(QLatin1Char('-'));
        if (parts.size() == 2) {
            bool fromOk = false;
            bool toOk = false;
            const qint64 from = parts[0].toLongLong(&fromOk);
            const qint64 to = parts[1].toLongLong(&toOk);
            if (fromOk && toOk && from != to)
                return custom(from, to);
        }
    }
    return fallback;
}

} // namespace payops
