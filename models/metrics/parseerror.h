#pragma once

#include <QString>

namespace payops {

// Why a metrics body was rejected. line is 1-based; 0 means the body as a whole (e.g. too large).
struct ParseError
{
    int line = 0;
    QString message; // translated, says what is wrong

    // "malformed metrics at line 17: label value not quoted"
    QString toString() const;
};

} // namespace payops
