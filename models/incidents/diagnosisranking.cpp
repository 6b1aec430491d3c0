#include "models/incidents/diagnosisranking.h"

#include <QJsonArray>

#include <algorithm>

namespace payops {

QString CheckVerdict::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Confirmed:
        return QStringLiteral("confirmed");
    case Verdict::RuledOut:
        return QStringLiteral("ruled-out");
    case Verdict::Unanswered:
        return QStringLiteral("unanswered");
    }
    return {};
}

QJsonObject CheckVerdict::toJson() const
{
    static const char *const kTypes[] = {"metric", "health", "tcp", "manual"};
    QJsonObject object{{QStringLiteral("check"), checkId},
                       {QStringLiteral("type"), QString::fromLatin1(kTypes[int(type)])},
                       {QStringLiteral("verdict"), verdictName(verdict)},
                       {QStringLiteral("evidence"), evidence},
                       {QStringLiteral("elapsedMs"), elapsedMs}};
    if (measured)
        object.insert(QStringLiteral("measured"), *measured);
    return object;
}

QJsonObject CauseAssessment::toJson() const
{
    QJsonArray checkArray;
    for (const CheckVerdict &check : checks)
        checkArray.append(check.toJson());
    return QJsonObject{{QStringLiteral("playbook"), playbookId},
                       {QStringLiteral("cause"), causeId},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("scenario"), scenario},
                       {QStringLiteral("article"), article},
                       {QStringLiteral("confirmed"), confirmed},
                       {QStringLiteral("ruledOut"), ruledOut},
                       {QStringLiteral("unanswered"), unanswered},
                       {QStringLiteral("reasoning"), reasoning},
                       {QStringLiteral("checks"), checkArray}};
}

QJsonObject Diagnosis::toJson() const
{
    QJsonArray causeArray;
    for (const CauseAssessment &cause : causes)
        causeArray.append(cause.toJson());
    return QJsonObject{{QStringLiteral("service"), service},
                       {QStringLiteral("live"), live},
                       {QStringLiteral("confirmed"), anyConfirmed()},
                       {QStringLiteral("elapsedMs"), elapsedMs},
                       {QStringLiteral("causes"), causeArray}};
}

namespace {

QString evidenceList(const QList<CheckVerdict> &checks, CheckVerdict::Verdict verdict)
{
    QStringList parts;
    for (const CheckVerdict &check : checks) {
        if (check.verdict == verdict)
            parts << check.evidence;
    }
    return parts.join(QStringLiteral("; "));
}

double confirmedShare(const CauseAssessment &cause)
{
    const int answered = cause.confirmed + cause.ruledOut;
    return answered == 0 ? 0.0 : double(cause.confirmed) / answered;
}

// 0: confirmed, 1: nothing answered either way, 2: ruled out.
int band(const CauseAssessment &cause)
{
    if (cause.confirmed > 0)
        return 0;
    return cause.ruledOut == 0 ? 1 : 2;
}

} // namespace

QList<CauseAssessment> DiagnosisRanking::rank(const QList<Playbook> &playbooks,
                                              const QHash<QString, CheckVerdict> &verdicts, const QLocale &locale)
{
    QList<CauseAssessment> causes;
    for (const Playbook &playbook : playbooks) {
        for (const PlaybookCause &cause : playbook.causes) {
            CauseAssessment assessment;
            assessment.playbookId = playbook.id;
            assessment.causeId = cause.id;
            assessment.title = cause.title.text(locale);
            assessment.scenario = cause.scenario;
            assessment.article = playbook.article;
            for (const PlaybookCheck &check : cause.checks) {
                CheckVerdict verdict;
                verdict.playbookId = playbook.id;
                verdict.causeId = cause.id;
                verdict.checkId = check.id;
                verdict.type = check.type;
                verdict = verdicts.value(verdict.key(), verdict);
                if (verdict.evidence.isEmpty())
                    verdict.evidence = check.type == PlaybookCheck::Type::Manual
                        ? tr("question not answered: %1").arg(check.question.text(locale))
                        : tr("%1: no answer yet").arg(check.id);
                switch (verdict.verdict) {
                case CheckVerdict::Verdict::Confirmed:
                    ++assessment.confirmed;
                    break;
                case CheckVerdict::Verdict::RuledOut:
                    ++assessment.ruledOut;
                    break;
                case CheckVerdict::Verdict::Unanswered:
                    ++assessment.unanswered;
                    break;
                }
                assessment.checks.append(verdict);
            }
            const int total = int(assessment.checks.size());
            QStringList sentences;
            if (assessment.confirmed > 0) {
                sentences << tr("Confirmed by %1 of %2 checks: %3.")
                                 .arg(assessment.confirmed)
                                 .arg(total)
                                 .arg(evidenceList(assessment.checks, CheckVerdict::Verdict::Confirmed));
                if (assessment.ruledOut > 0)
                    sentences << tr("Against it: %1.").arg(evidenceList(assessment.checks, CheckVerdict::Verdict::RuledOut));
            } else if (assessment.ruledOut > 0) {
                sentences << tr("Ruled out by %1 of %2 checks: %3.")
                                 .arg(assessment.ruledOut)
                                 .arg(total)
                                 .arg(evidenceList(assessment.checks, CheckVerdict::Verdict::RuledOut));
            } else {
                sentences << tr("No check has answered yet; nothing speaks for or against it.");
            }
            if (assessment.unanswered > 0)
                sentences << tr("%n check(s) still open.", nullptr, assessment.unanswered);
            assessment.reasoning = sentences.join(u' ');
            causes.append(assessment);
        }
    }
    std::stable_sort(causes.begin(), causes.end(), [](const CauseAssessment &a, const CauseAssessment &b) {
        if (band(a) != band(b))
            return band(a) < band(b);
        // The balance of the evidence: what speaks for a cause minus what speaks against it.
        if (a.confirmed - a.ruledOut != b.confirmed - b.ruledOut)
            return a.confirmed - a.ruledOut > b.confirmed - b.ruledOut;
        if (a.confirmed != b.confirmed)
            return a.confirmed > b.confirmed;
        return confirmedShare(a) > confirmedShare(b);
    });
    return causes;
}

} // namespace payops
