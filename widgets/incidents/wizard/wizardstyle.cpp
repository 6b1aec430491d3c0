#include "widgets/incidents/wizard/wizardstyle.h"

#include "models/metrics/derivedmetriccatalog.h"
#include "widgets/contrast.h"
#include "widgets/dashboard/metricchart.h"
#include "widgets/dashboard/servicepalette.h"

#include <QCoreApplication>
#include <QLabel>

namespace payops::WizardStyle {

QColor verdictColor(CheckVerdict::Verdict verdict, const QWidget *on)
{
    const QColor base = on->palette().color(QPalette::Base);
    switch (verdict) {
    case CheckVerdict::Verdict::Confirmed: return Contrast::readable(ServicePalette::criticalColor(), base);
    case CheckVerdict::Verdict::RuledOut: return Contrast::readable(ServicePalette::upColor(), base);
    case CheckVerdict::Verdict::Unanswered: break;
    }
    return on->palette().color(QPalette::PlaceholderText);
}

QString verdictTitle(CheckVerdict::Verdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Verdict::Confirmed: return QCoreApplication::translate("payops::WizardStyle", "confirms");
    case CheckVerdict::Verdict::RuledOut: return QCoreApplication::translate("payops::WizardStyle", "rules out");
    case CheckVerdict::Verdict::Unanswered: break;
    }
    return QCoreApplication::translate("payops::WizardStyle", "open");
}

QLabel *notice(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("wizardNotice"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide(); // shown when it has something to say
    return label;
}

MetricChart *serviceChart(const QString &metric, const QString &service, QWidget *parent)
{
    auto *chart = new MetricChart(parent);
    chart->setTitle(QCoreApplication::translate("payops::WizardStyle", "%1 — %2").arg(DerivedMetricCatalog::title(metric), service));
    chart->setUnit(ChartUnit::forMetric(metric));
    chart->setSeries({ChartSeries{SeriesKey(metric, service), service, ServicePalette::serviceColor(service)}});
    chart->setMinimumHeight(220);
    return chart;
}

} // namespace payops::WizardStyle
