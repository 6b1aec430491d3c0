#pragma once

#include <QAction>
#include <QKeySequence>
#include <QString>

class QWidget;

namespace payops {

// The one way a view makes the actions of its toolbar: the shortcut works wherever the focus is inside
// the view (not only in the focused child, and not in other views), and the tooltip names the keys.
// The caller connects triggered().
[[nodiscard]] QAction *addViewAction(QWidget *view, const QString &text, const QKeySequence &keys);

} // namespace payops
