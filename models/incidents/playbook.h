#pragma once

#include "models/incidents/playbookaction.h"
#include "models/incidents/playbookcheck.h"
#include "models/incidents/playbooktext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace payops {

// A structured version of one incident type of the knowledge base: what it looks like, what can
// cause it, how to confirm each cause and what to do about it. Loaded and validated by
// PlaybookLoader, stored by PlaybookRepository, run step by step by the troubleshooting wizard.

struct PlaybookSymptom
{
    PlaybookText text;
    // Optional: a metric check (type Metric) whose truth shows the symptom, so that a wizard
    // can suggest this playbook from the current values.
    std::optional<PlaybookCheck> indicator;

    friend bool operator==(const PlaybookSymptom &, const PlaybookSymptom &) = default;
};

struct PlaybookSolution
{
    QString id;
    PlaybookText text;
    PlaybookAction action; // type None when no action fits

    friend bool operator==(const PlaybookSolution &, const PlaybookSolution &) = default;
};

struct PlaybookCause
{
    QString id;
    PlaybookText title;
    PlaybookText description;
    QString scenario; // optional: the paysim scenario that reproduces it
    QList<PlaybookCheck> checks;
    QList<PlaybookSolution> solutions;

    friend bool operator==(const PlaybookCause &, const PlaybookCause &) = default;
};

struct Playbook
{
    QString id;
    int revision = 1;           // shipped playbooks with a higher revision replace stored ones
    QString article;            // the knowledge article it belongs to
    QStringList relatedArticles;
    PlaybookText title;
    PlaybookText summary;
    QList<PlaybookSymptom> symptoms;
    QList<PlaybookCause> causes;

    [[nodiscard]] const PlaybookCause *cause(const QString &causeId) const
    {
        for (const PlaybookCause &candidate : causes) {
            if (candidate.id == causeId)
                return &candidate;
        }
        return nullptr;
    }

    friend bool operator==(const Playbook &, const Playbook &) = default;
};

} // namespace payops
