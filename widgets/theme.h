#pragma once

#include <QObject>
#include <QString>

class QApplication;

namespace payops {

// Light and dark looks: a Fusion palette plus a small stylesheet from resources/themes.
class Theme final
{
    Q_GADGET

public:
    enum class Kind { Light, Dark };
    Q_ENUM(Kind)

    Theme() = delete;

    static void apply(QApplication &app, Kind kind);
    static QString name(Kind kind);              // "light" / "dark", as stored in settings
    static Kind fromName(const QString &name);   // unknown names give Light
};

} // namespace payops
