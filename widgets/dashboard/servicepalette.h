#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace payops {

// One fixed colour per service, the same in tiles, legends and chart lines, and the colours
// of states and thresholds. Mid-saturation hues that read on light and dark backgrounds; the
// service hues avoid the green / amber / red of states so a line is never mistaken for a state.
class ServicePalette final
{
public:
    ServicePalette() = delete;

    // The knowledge base's services, in its order.
    static QStringList knownServices();
    // The service's colour; services not in the knowledge base get a stable colour by name.
    static QColor serviceColor(const QString &service);
    // The colour of "all services together" lines.
    static QColor totalColor();

    static QColor upColor();
    static QColor warningColor(); // degraded, warning threshold
    static QColor criticalColor(); // down, critical threshold, down-time shading
    static QColor staleColor();
};

} // namespace payops
