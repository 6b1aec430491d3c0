#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace payops {

class MetricChart;

// Writes what a chart shows to a file: a PNG or PDF picture, or a CSV table of the visible
// points (one row per time, one column per series in the chart's display unit).
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(payops::ChartExporter)

public:
    enum class Format { Png, Pdf, Csv };

    ChartExporter() = delete;

    // The format a file name asks for by its suffix (png, pdf, csv), if any.
    static std::optional<Format> formatForPath(const QString &path);
    // The file dialog's filter line ("PNG image (*.png);;PDF document (*.pdf);;CSV table (*.csv)").
    static QString fileDialogFilter();

    // Writes the chart; returns an error in words on failure. Pictures are at least minSize
    // (the chart's own size if larger), so a hidden chart still exports readably.
    [[nodiscard]] static std::optional<QString> exportChart(MetricChart &chart, const QString &path, Format format);
    // The CSV text for the visible range.
    static QString csv(const MetricChart &chart);
};

} // namespace payops
