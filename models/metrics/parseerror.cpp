#include "models/metrics/parseerror.h"

#include "models/metrics/scrapeerrortext.h"

#include <QCoreApplication>

namespace payops {

QString ParseError::toString() const
{
    // The parser quotes input already escaped; this covers every other word that reaches a log or a view.
    const QString message = ScrapeErrorText::printable(this->message);
    if (line <= 0)
        return QCoreApplication::translate("ExpositionParser", "malformed metrics: %1").arg(message);
    return QCoreApplication::translate("ExpositionParser", "malformed metrics at line %1: %2")
        .arg(line)
        .arg(message);
}

} // namespace payops
