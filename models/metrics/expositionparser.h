#pragma once

#include "models/metrics/parseresult.h"
#include "models/metrics/stringinterner.h"

#include <QByteArrayView>

namespace payops {

// Parses the Prometheus text exposition format 0.0.4 (what /metrics serves to a client that
// does not ask for protobuf or OpenMetrics) into metric families with decoded labels.
//
// Keep one parser per scrape target and reuse it: it remembers the decoded names and label
// values of previous bodies (bounded), so steady-state parsing allocates no string per label.
// Not thread-safe; cheap to move.
class ExpositionParser
{
public:
    struct Limits
    {
        qsizetype maxBodyBytes = 16 * 1024 * 1024;
        int maxLabelsPerSample = 64;
        int maxLabelBytes = 4 * 1024; // per label name and per (decoded) label value
        qsizetype maxSamples = 1000 * 1000; // decoded samples take ~20x their text: bound the result too
        // A family costs far more than its text (a struct, an index slot, interned strings): one
        // megabyte of distinct "# HELP" lines must not become hundreds of megabytes and seconds of work.
        qsizetype maxFamilies = 20 * 1000; // node_exporter serves ~300, the largest exporters ~5000
        int maxNameBytes = 1024;           // per metric name
        int maxHelpBytes = 4 * 1024;       // per (decoded) HELP text
    };

    ExpositionParser();
    explicit ExpositionParser(const Limits &limits);

    const Limits &limits() const { return m_limits; }
    void setLimits(const Limits &limits) { m_limits = limits; }

    // Never throws; malformed input yields ParseResult::error with the 1-based line.
    ParseResult parse(QByteArrayView body);

private:
    Limits m_limits;
    StringInterner m_interner;
    qsizetype m_lastFamilyCount = 0; // to reserve the next result up front
};

} // namespace payops
