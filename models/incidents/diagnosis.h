#pragma once

#include "models/incidents/playbookcheck.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace payops {

// What one check of one cause answered, with its evidence in words ("db_latency_p95 = 420 ms, above
// 100 ms", "database: degraded, expected up", "connected in 3 ms").
struct CheckVerdict
{
    enum class Verdict { Confirmed, RuledOut, Unanswered };

    QString playbookId;
    QString causeId;
    QString checkId;
    PlaybookCheck::Type type = PlaybookCheck::Type::Manual;
    Verdict verdict = Verdict::Unanswered;
    QString evidence;              // translated
    std::optional<double> measured; // the metric value (canonical unit) or the connect latency (ms)
    qint64 elapsedMs = 0;          // from the start of the diagnosis to this answer

    [[nodiscard]] QString key() const { return playbookId + u'/' + causeId + u'/' + checkId; }
    [[nodiscard]] static QString verdictName(Verdict verdict);
    [[nodiscard]] QJsonObject toJson() const;
};

// One cause weighed by its checks: how many confirm it, rule it out or are still open, and why
// it stands where it does, in words.
struct CauseAssessment
{
    QString playbookId;
    QString causeId;
    QString title;    // in the operator's language
    QString scenario; // the paysim scenario that reproduces it, if any
    QString article;  // the playbook's knowledge article
    int confirmed = 0;
    int ruledOut = 0;
    int unanswered = 0;
    QList<CheckVerdict> checks;
    QString reasoning; // translated

    [[nodiscard]] bool isConfirmed() const { return confirmed > 0; }
    [[nodiscard]] QJsonObject toJson() const;
};

// The ranked causes: the best supported first.
struct Diagnosis
{
    QString service;
    QList<CauseAssessment> causes;
    qint64 elapsedMs = 0; // from the start to the last automatic answer
    bool live = true;     // false: offline, only the operator's answers count

    [[nodiscard]] bool anyConfirmed() const { return !causes.isEmpty() && causes.constFirst().isConfirmed(); }
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace payops

Q_DECLARE_METATYPE(payops::CheckVerdict)
Q_DECLARE_METATYPE(payops::Diagnosis)
