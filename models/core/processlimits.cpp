#include "models/core/processlimits.h"

#include <QCoreApplication>

#include <sys/resource.h>

namespace payops {

QString ProcessLimits::raiseOpenFileLimit(quint64 needed)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return {};
    if (limit.rlim_cur >= needed)
        return {};
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur >= needed)
        return {};
    return QCoreApplication::translate("payops::ProcessLimits",
                                       "only %1 file descriptors are allowed but about %2 are needed; "
                                       "raise the limit (ulimit -n)")
        .arg(quint64(limit.rlim_cur))
        .arg(needed);
}

} // namespace payops
