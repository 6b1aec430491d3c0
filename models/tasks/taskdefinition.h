#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace payops {

// A scheduled duty as the operator defines it: what runs (kind + settings), when (cron in an IANA
// zone) and how the scheduler treats it when the moment is awkward (blackout, overlap, missed).
struct TaskDefinition
{
    Q_DECLARE_TR_FUNCTIONS(payops::TaskDefinition)

public:
    enum class Kind { Backup, Command, RollingUpdate, PerformanceReview };
    enum class OnBlackout { Wait, Skip };  // a run due inside a blackout window waits for its end, or is skipped
    enum class OnOverlap { Skip, Queue };  // a run due while the previous one runs is skipped, or waits
    enum class OnMissed { RunOnce, Skip }; // fire times missed while nothing ran: once at the next start, or none

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Command;
    QString cron = QStringLiteral("@daily");
    QString timeZone = QStringLiteral("UTC");
    bool enabled = true;
    OnBlackout onBlackout = OnBlackout::Wait;
    OnOverlap onOverlap = OnOverlap::Skip;
    OnMissed onMissed = OnMissed::RunOnce;
    bool needsApproval = false;
    int maxRetries = 0;           // further attempts after a failed one
    int retryBackoffSeconds = 60; // before the first retry; doubles for each further one
    int timeoutSeconds = 3600;
    QJsonObject settings; // the kind's own settings (program and arguments, backup folder, ...)
    QString owner;        // who created or last edited it: the requester of its scheduled runs
    qint64 updatedMs = 0;
    qint64 nextDueMs = 0; // the first fire time not handled yet; 0 = not planned yet

    // What is wrong with the definition, in operator words; empty when it can be saved.
    [[nodiscard]] QStringList validate() const;

    [[nodiscard]] static QString kindKey(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromKey(const QString &key);
    [[nodiscard]] static QString kindTitle(Kind kind);

    friend bool operator==(const TaskDefinition &, const TaskDefinition &) = default;
};

} // namespace payops
