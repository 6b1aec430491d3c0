#include "widgets/dashboard/chartexporter.h"

#include "widgets/dashboard/metricchart.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>

#include <cmath>

namespace payops {

namespace {

constexpr int kMinWidth = 1200;
constexpr int kMinHeight = 600;

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString ChartExporter::fileDialogFilter()
{
    return tr("PNG image (*.png)") + QLatin1String(";;") + tr("PDF document (*.pdf)") + QLatin1String(";;")
        + tr("CSV table (*.csv)");
}

QString ChartExporter::csv(const MetricChart &chart)
{
    const qint64 fromMs = qint64(std::floor(chart.visibleFromMs()));
    const qint64 toMs = qint64(std::ceil(chart.visibleToMs()));
    const int columns = chart.graphCount();
    // Rows by time; a series without a point at that time leaves its cell empty.
    QMap<qint64, QVector<double>> rows;
    for (int i = 0; i < columns; ++i) {
        const QList<SeriesPoint> points = chart.seriesPoints(i, fromMs, toMs);
        for (const SeriesPoint &point : points) {
            QVector<double> &row = rows[point.timestampMs];
            if (row.isEmpty())
                row.fill(qQNaN(), columns);
            row[i] = chart.unit().toDisplay(point.value);
        }
    }
    const QString unit = chart.unit().unit();
    QStringList header{QStringLiteral("time_utc"), QStringLiteral("timestamp_ms")};
    for (int i = 0; i < columns; ++i) {
        const QString name = chart.graph(i)->name();
        header.append(csvField(unit.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, unit)));
    }
    QString text = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList fields{QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC).toString(Qt::ISODateWithMs),
                           QString::number(it.key())};
        for (const double value : it.value())
            fields.append(std::isfinite(value) ? QString::number(value, 'g', 10) : QString());
        text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

std::optional<QString> ChartExporter::exportChart(MetricChart &chart, const QString &path, Format format)
{
    chart.updateRanges();
    const int width = std::max(chart.width(), kMinWidth);
    const int height = std::max(chart.height(), kMinHeight);
    bool ok = false;
    switch (format) {
    case Format::Png:
        ok = chart.savePng(path, width, height);
        break;
    case Format::Pdf:
        ok = chart.savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("PayOps Console"), chart.title());
        break;
    case Format::Csv: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.write(csv(chart).toUtf8());
        if (!file.commit())
            return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    }
    // QCustomPlot restores the widget's own size; a later replot draws it as before.
    chart.markDirty();
    if (!ok)
        return tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    return std::nullopt;
}

} // namespace payops
