#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace payops {

// How a chart shows one derived metric: values arrive in the metric's canonical unit
// (DerivedMetricCatalog: seconds, 0..1 ratios, bytes) and are plotted in the unit an operator
// reads (ms, %, MiB). `scale` converts canonical -> plotted; `unit` labels the value axis.
class ChartUnit
{
    Q_DECLARE_TR_FUNCTIONS(payops::ChartUnit)

public:
    ChartUnit() = default;
    ChartUnit(QString metric, double scale, QString unit);

    // The display unit for a metric of the catalog; an unknown name plots as is without unit.
    static ChartUnit forMetric(const QString &metric);

    const QString &metric() const { return m_metric; }
    double scale() const { return m_scale; }
    const QString &unit() const { return m_unit; }

    double toDisplay(double canonical) const { return canonical * m_scale; }
    double toCanonical(double display) const { return m_scale == 0 ? display : display / m_scale; }
    // A plotted value with its unit, formatted as the catalog formats the metric ("245 ms").
    QString formatDisplay(double display, const QLocale &locale = QLocale()) const;
    // A plotted value with the axis unit and no rescaling, for tables and labels ("1,250 ms").
    QString formatAxisValue(double display, const QLocale &locale = QLocale()) const;

private:
    QString m_metric;
    double m_scale = 1.0;
    QString m_unit;
};

} // namespace payops
