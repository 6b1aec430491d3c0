#pragma once

#include "models/alerts/alertrule.h"
#include "models/alerts/alertstate.h"
#include "models/metrics/seriespoint.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace payops {

// What a rule would have done over past values: the rule editor's "would have fired 3 times, for
// 14 min in total" against the last hour of history. It replays the values through the real
// AlertEvaluator (the same pending, recovery and no-data logic that runs live), one snapshot per
// distinct timestamp, with the evaluation clock at each snapshot's time.
//
// No QObject and no thread: the caller runs it off the GUI thread (QtConcurrent) -- an hour of
// one-second history for a dozen services is tens of thousands of evaluations.
class AlertRulePreview final
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertRulePreview)

public:
    struct Result
    {
        int fired = 0;           // times it went firing
        qint64 firingMs = 0;     // time spent firing, summed over services
        int servicesFired = 0;   // distinct services (scopes) that fired
        qint64 fromMs = 0;       // the span replayed
        qint64 toMs = 0;
        int samples = 0;         // values replayed
        QList<AlertTransition> transitions;
        QString error;           // the rule does not validate, or the history could not be read

        // "Would have fired 3 times (2 services), for 14 min in total, in the last 60 min." or why not.
        [[nodiscard]] QString text() const;
    };

    // `series`: per service ("" = the total) the values of the rule's metric, oldest first, in
    // the canonical unit. `toMs`: the end of the span (still firing then counts up to it).
    [[nodiscard]] static Result run(const AlertRule &rule, const QHash<QString, QList<SeriesPoint>> &series,
                                    qint64 fromMs, qint64 toMs);
};

} // namespace payops

Q_DECLARE_METATYPE(payops::AlertRulePreview::Result)
