#pragma once

#include <QColor>

namespace payops::Contrast {

// The opaque colour a translucent `foreground` shows over an opaque `background`. Drawing that
// instead is much cheaper for long lines and large areas: Qt blends a translucent fill in pieces
// handed to its global thread pool, and waits for them.
QColor over(const QColor &foreground, const QColor &background);

// WCAG 2 contrast ratio of two colours (1 to 21); a translucent foreground is first blended
// over the background, as it is drawn.
double ratio(const QColor &foreground, const QColor &background);

// `color`, lightened (on a dark background) or darkened (on a light one) just enough to reach
// `minimum` against `background` (4.5:1: WCAG AA for text). Keeps the hue: warning stays amber.
QColor readable(const QColor &color, const QColor &background, double minimum = 4.5);

} // namespace payops::Contrast
