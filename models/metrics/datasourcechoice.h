#pragma once

#include "models/metrics/prometheussourceconfig.h"

#include <optional>

class QSettings;

namespace payops {

// Where the console's live metrics come from, as chosen in File ▸ Data Source and kept in QSettings:
// polling the configured targets directly, or a Prometheus server (its configuration as JSON, the
// token as a file path — never the token itself). `payops --prometheus URL` overrides it for one run.
struct DataSourceChoice
{
    std::optional<PrometheusSourceConfig> prometheus; // none: poll the targets directly

    [[nodiscard]] static DataSourceChoice load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const DataSourceChoice &, const DataSourceChoice &) = default;
};

} // namespace payops
