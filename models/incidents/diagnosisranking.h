#pragma once

#include "models/incidents/diagnosis.h"
#include "models/incidents/playbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace payops {

// Weighs the causes of playbooks by the verdicts of their checks and orders them: causes that
// checks confirm first (the larger balance of confirming over contradicting checks, then the more
// confirmations, then the larger share confirming), then causes with nothing answered, then those
// ruled out; ties keep the playbooks' order. Pure: no I/O, the same answer for the same input.
class DiagnosisRanking final
{
    Q_DECLARE_TR_FUNCTIONS(payops::DiagnosisRanking)

public:
    DiagnosisRanking() = delete;

    // `verdicts` by CheckVerdict::key(); a check without one counts as unanswered.
    [[nodiscard]] static QList<CauseAssessment> rank(const QList<Playbook> &playbooks,
                                                     const QHash<QString, CheckVerdict> &verdicts,
                                                     const QLocale &locale = QLocale());
};

} // namespace payops
