#include "models/tasks/backupretention.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace payops {

QList<int> BackupRetention::keep(const QList<qint64> &takenAtMs, const QTimeZone &zone) const
{
    QList<int> newestFirst(takenAtMs.size());
    for (int i = 0; i < takenAtMs.size(); ++i)
        newestFirst[i] = i;
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [&](int a, int b) { return takenAtMs.at(a) > takenAtMs.at(b); });

    QSet<int> kept;
    // For one period kind: walk newest to oldest, keep the first backup of each new period until
    // `count` periods have one.
    const auto keepNewestPer = [&](int count, const std::function<qint64(const QDate &)> &periodOf) {
        QSet<qint64> periods;
        for (const int index : newestFirst) {
            if (periods.size() >= count)
                break;
            const qint64 period = periodOf(QDateTime::fromMSecsSinceEpoch(takenAtMs.at(index), zone).date());
            if (!periods.contains(period)) {
                periods.insert(period);
                kept.insert(index);
            }
        }
    };
    keepNewestPer(daily, [](const QDate &date) { return date.toJulianDay(); });
    keepNewestPer(weekly, [](const QDate &date) {
        int year = 0;
        const int week = date.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(monthly, [](const QDate &date) { return qint64(date.year()) * 100 + date.month(); });

    QList<int> result(kept.cbegin(), kept.cend());
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace payops
