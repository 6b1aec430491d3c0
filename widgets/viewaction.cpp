#include "widgets/viewaction.h"

#include <QCoreApplication>
#include <QWidget>

namespace payops {

QAction *addViewAction(QWidget *view, const QString &text, const QKeySequence &keys)
{
    auto *action = new QAction(text, view);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QCoreApplication::translate("payops::ViewAction", "%1 (%2)")
                           .arg(QString(text).remove(u'&'), keys.toString(QKeySequence::NativeText)));
    view->addAction(action);
    return action;
}

} // namespace payops
