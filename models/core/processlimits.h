#pragma once

#include <QString>

namespace payops {

// Thousands of listening ports (paysim) or kept-alive scrape connections (the console) need more
// descriptors than the usual soft limit of 1024.
class ProcessLimits
{
public:
    // Raises the soft open-files limit towards the hard limit. Returns a warning in words when
    // `needed` descriptors remain out of reach; empty otherwise.
    static QString raiseOpenFileLimit(quint64 needed);
};

} // namespace payops
