#pragma once

// The benchmarks' one way to read `--name value` from their command line.
#include <QStringList>

namespace payops::bench {

// The number after `name` in `arguments`, or `fallback` when `name` is absent.
inline double option(const QStringList &arguments, const char *name, double fallback)
{
    const qsizetype at = arguments.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toDouble() : fallback;
}

} // namespace payops::bench
