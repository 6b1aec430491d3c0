#pragma once

#include "models/incidents/diagnosis.h"

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace payops {

class MetricChart;

// What the wizard's pages share in how they look: one way to show a verdict, a notice and a chart
// of one metric of one service.
namespace WizardStyle {

// A verdict's colour, readable on the palette's base (confirmed: critical red; ruled out: green).
[[nodiscard]] QColor verdictColor(CheckVerdict::Verdict verdict, const QWidget *on);
[[nodiscard]] QString verdictTitle(CheckVerdict::Verdict verdict);
// A line of text that must not be missed (offline, refused, relapsed): wraps, bold, framed.
[[nodiscard]] QLabel *notice(QWidget *parent);
// A chart of `metric` of `service` with the metric's unit, title and the given threshold line.
[[nodiscard]] MetricChart *serviceChart(const QString &metric, const QString &service, QWidget *parent);

} // namespace WizardStyle

} // namespace payops
