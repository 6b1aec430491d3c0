#pragma once

// The benchmarks' one way to read `--name value` from their command line, and their median.
#include <QStringList>

#include <algorithm>
#include <vector>

namespace payops::bench {

// The number after `name` in `arguments`, or `fallback` when `name` is absent.
inline double option(const QStringList &arguments, const char *name, double fallback)
{
    const qsizetype at = arguments.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toDouble() : fallback;
}

// The median of `values` (0 for none).
inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace payops::bench
