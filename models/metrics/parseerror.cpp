#include "models/metrics/parseerror.h"

#include <QCoreApplication>

namespace payops {

QString ParseError::toString() const
{
    if (line <= 0)
        return QCoreApplication::translate("ExpositionParser", "malformed metrics: %1").arg(message);
    return QCoreApplication::translate("ExpositionParser", "malformed metrics at line %1: %2")
        .arg(line)
        .arg(message);
}

} // namespace payops
