#include "widgets/contrast.h"

#include <algorithm>
#include <cmath>

namespace payops::Contrast {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

} // namespace

QColor over(const QColor &foreground, const QColor &background)
{
    const double alpha = foreground.alphaF();
    const auto mix = [alpha](double front, double back) { return front * alpha + back * (1.0 - alpha); };
    return QColor::fromRgbF(float(mix(foreground.redF(), background.redF())),
                            float(mix(foreground.greenF(), background.greenF())),
                            float(mix(foreground.blueF(), background.blueF())));
}

double ratio(const QColor &foreground, const QColor &background)
{
    const double front = luminance(over(foreground, background));
    const double back = luminance(background);
    return (std::max(front, back) + 0.05) / (std::min(front, back) + 0.05);
}

QColor readable(const QColor &color, const QColor &background, double minimum)
{
    QColor candidate = over(color, background);
    const bool lighten = luminance(background) < 0.18; // about where white and black text tie
    for (int step = 0; step < 50 && ratio(candidate, background) < minimum; ++step) {
        const float lightness = std::clamp(candidate.lightnessF() + (lighten ? 0.02f : -0.02f), 0.0f, 1.0f);
        const float hue = candidate.hslHueF(); // -1 for greys
        candidate = QColor::fromHslF(std::max(hue, 0.0f), hue < 0 ? 0.0f : candidate.hslSaturationF(), lightness);
    }
    return candidate;
}

} // namespace payops::Contrast
