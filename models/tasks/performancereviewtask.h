#pragma once

#include "models/tasks/performancereview.h"
#include "models/tasks/taskexecutor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace payops {

// The performance review kind: reads the console's metric history and alert rules (its own read-only
// connection, like the backup kind), computes the review (PerformanceReview) and writes it as
// Markdown, CSV and PDF (PerformanceReviewReport) into a folder, named by the run's UTC time
// ("performance-review-20260601T080000Z.md|.csv|.pdf"). The run's artifact is the PDF; its summary
// names the worst finding (the threshold crossed soonest, else the largest regression).
//
// Settings (TaskDefinition::settings), all optional:
//   "folder"             default "reports" beside the database
//   "periodDays"        7: the week reviewed, against the one before
//   "trendDays"         28: the window of the trend fit
//   "regressionPercent" 10: a worsening from this much on is a regression
//   "cpuCapacity"       100 (percent; 100 % = one core, the line the CPU alert rules assume)
//   "capacity"           {"payment_backend": {"cpuPercent": 200, "memoryBytes": 2147483648}, …}
// A run with no history in the weeks reviewed fails with that said and writes no file.
class PerformanceReviewTask final
{
    Q_DECLARE_TR_FUNCTIONS(payops::PerformanceReviewTask)

public:
    PerformanceReviewTask() = delete;

    [[nodiscard]] static QString folderOf(const QJsonObject &settings, const QString &databasePath);
    [[nodiscard]] static PerformanceReviewOptions optionsOf(const QJsonObject &settings, qint64 nowMs);
    // "performance-review-20260601T080000Z" (no extension).
    [[nodiscard]] static QString baseNameAt(qint64 utcMs);
    // The worst finding in one sentence.
    [[nodiscard]] static QString worstFinding(const PerformanceReviewResult &review);

    [[nodiscard]] static TaskOutcome run(const TaskDefinition &task, const QString &databasePath, qint64 nowMs);
};

} // namespace payops
