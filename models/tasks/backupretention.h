#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace payops {

// Grandfather-father-son retention: of the backups (by the time each was taken), keep the newest
// of each of the last `daily` days that have one, the newest of each of the last `weekly` ISO
// weeks, and the newest of each of the last `monthly` months — days, weeks and months in `zone`.
// A backup kept for several reasons is kept once. The knowledge base's default: 7 / 4 / 6.
struct BackupRetention
{
    int daily = 7;
    int weekly = 4;
    int monthly = 6;

    // The indices of `takenAtMs` to keep, ascending.
    [[nodiscard]] QList<int> keep(const QList<qint64> &takenAtMs, const QTimeZone &zone) const;
};

} // namespace payops
