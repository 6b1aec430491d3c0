#pragma once

#include "models/metrics/metricfamily.h"
#include "models/metrics/parseerror.h"

#include <QList>

#include <optional>

namespace payops {

// Outcome of ExpositionParser::parse(). All or nothing: on error, families is empty.
struct ParseResult
{
    QList<MetricFamily> families; // in order of first appearance
    std::optional<ParseError> error;

    bool ok() const { return !error.has_value(); }
    qsizetype sampleCount() const
    {
        qsizetype n = 0;
        for (const MetricFamily &family : families)
            n += family.samples.size();
        return n;
    }
};

} // namespace payops
