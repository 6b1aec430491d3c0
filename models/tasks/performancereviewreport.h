#pragma once

#include "models/tasks/performancereview.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace payops {

// The performance review as files: Markdown (the per-service table, the forecasts, the regressions:
// readable in the run's log and in any Markdown viewer), CSV (one figure per row in canonical units —
// seconds, ratios 0..1, percent, bytes — for spreadsheets) and PDF (the same tables, and per service
// a chart of TPS and one of p95 with its trend and threshold, drawn with PdfCanvas).
class PerformanceReviewReport final
{
    Q_DECLARE_TR_FUNCTIONS(payops::PerformanceReviewReport)

public:
    PerformanceReviewReport() = delete;

    [[nodiscard]] static QString markdown(const PerformanceReviewResult &review, const QLocale &locale = QLocale());
    // Columns: service,metric,figure,value,previous,change_percent,threshold,days_left
    [[nodiscard]] static QString csv(const PerformanceReviewResult &review);
    [[nodiscard]] static std::optional<QString> writePdf(const PerformanceReviewResult &review, const QString &path,
                                                         const QLocale &locale = QLocale());

    // "in 20.0 days", "crossed already", "not at this trend", "more than a year".
    [[nodiscard]] static QString daysLeftText(const std::optional<double> &daysLeft, const QLocale &locale = QLocale());
    // "2026-05-25 08:00 – 2026-06-01 08:00 UTC"
    [[nodiscard]] static QString periodText(const PerformanceReviewResult &review);
};

} // namespace payops
