#pragma once

#include <QFont>

#include <algorithm>
#include <cmath>

namespace payops {

// The wall display's sizes, in pixels, scaled to the screen's height: designed for 3840x2160 read
// from five metres (labels 32 px, the tiles' main numbers 88 px — above the 28 / 64 px minimum the
// wall must keep there), halved on a 1920x1080 wall, and so on.
struct WallScale
{
    double unit = 1.0; // screen height / 2160

    static WallScale forHeight(int height) { return WallScale{std::max(0.25, height / 2160.0)}; }

    int px(double at4k) const { return std::max(1, int(std::lround(at4k * unit))); }
    int labelPx() const { return px(32); }       // captions, reasons, axis labels
    int namePx() const { return px(48); }        // service names
    int stateWordPx() const { return px(64); }   // UP / DEGRADED
    int numberPx() const { return px(88); }      // TPS, failure %, p95
    int alarmWordPx() const { return px(150); }  // DOWN / NO DATA
    int headerPx() const { return px(44); }      // clock, "data as of"
    int marginPx() const { return px(24); }

    static QFont font(int pixelSize, bool bold = false)
    {
        QFont font;
        font.setPixelSize(pixelSize);
        font.setBold(bold);
        return font;
    }
};

} // namespace payops
