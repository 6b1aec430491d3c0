#include "widgets/dashboard/servicepalette.h"

#include <QHash>

#include <array>

namespace payops {

QStringList ServicePalette::knownServices()
{
    return {QStringLiteral("payment_frontend"), QStringLiteral("payment_gateway"), QStringLiteral("payment_backend"),
            QStringLiteral("payment_callback")};
}

QColor ServicePalette::serviceColor(const QString &service)
{
    static const std::array<QColor, 4> known = {
        QColor(0x2f, 0x7e, 0xd8), // frontend: blue
        QColor(0x8e, 0x5c, 0xd9), // gateway: purple
        QColor(0x0f, 0xa3, 0xb1), // backend: teal
        QColor(0xd9, 0x48, 0x9b), // callback: magenta
    };
    static const std::array<QColor, 6> others = {
        QColor(0x6f, 0x8f, 0x1f), QColor(0xa0, 0x6a, 0x3c), QColor(0x4b, 0x6c, 0xc1),
        QColor(0xb3, 0x5c, 0xc0), QColor(0x2a, 0x9d, 0x8f), QColor(0x8d, 0x6e, 0x63),
    };
    const qsizetype index = knownServices().indexOf(service);
    if (index >= 0)
        return known[size_t(index)];
    return others[qHash(service) % others.size()];
}

QColor ServicePalette::totalColor()
{
    return QColor(0x6c, 0x7a, 0x89);
}

QColor ServicePalette::upColor()
{
    return QColor(0x2c, 0xa0, 0x2c);
}

QColor ServicePalette::warningColor()
{
    return QColor(0xe6, 0x9f, 0x00);
}

QColor ServicePalette::criticalColor()
{
    return QColor(0xd6, 0x27, 0x28);
}

QColor ServicePalette::staleColor()
{
    return QColor(0x8a, 0x8a, 0x8a);
}

} // namespace payops
