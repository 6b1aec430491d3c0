#pragma once

#include "models/services/servicetarget.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace payops {

// Prometheus' file-based service discovery format (file_sd_configs), the way targets are
// imported and exported:
//   [{"targets": ["127.0.0.1:9101", …], "labels": {"service": "payment_frontend", …}}, …]
// Files written for Prometheus are read as they are: an entry without a "service" label is the
// service named by its "job" label; an entry of node_exporters (job "node" or "node_exporter", no
// "service") lists host targets, to be attached to the services on the same host
// (TargetImportPreview does), without a health document unless __health_path__ says so.
// Labels with a meaning here: "service", "job", "__scheme__" (http or https, default http),
// "__metrics_path__" (default /metrics), "__health_path__" (ours; default /health, "" for none),
// "__scrape_interval__" and "__scrape_timeout__" (Prometheus durations such as "5s", "500ms",
// "1m"; default 5 s and 3 s). Other labels are kept with the target; other "__…" labels are
// dropped, as Prometheus drops them after relabelling.
class FileSdFormat final
{
public:
    struct Error
    {
        int entry = 0;  // 1-based index of the offending entry; 0: the file as a whole
        QString target; // the offending target string, if one is at fault
        QString reason; // translated

        // "entry 2, target \"localhost:99999\": the port 99999 is out of range (1 to 65535)"
        QString toString() const;
    };

    struct Result
    {
        QList<ServiceTarget> targets;     // usable service targets, in file order
        QList<ServiceTarget> hostTargets; // usable node_exporter targets without a service (service = the job)
        QList<Error> rejected;            // entries and targets that cannot be used, each with its reason
        std::optional<Error> error;       // the file as a whole cannot be read: nothing in it is used

        bool ok() const { return !error.has_value(); }
    };

    // Entry by entry: an unusable entry or target is rejected with its reason and the rest is read;
    // only a file that is not a JSON array of objects is refused as a whole.
    static Result parse(const QByteArray &json);
    // Whether a job label names node_exporter ("node", "node_exporter").
    static bool isNodeExporterJob(const QString &job);
    static Result readFile(const QString &path);

    // Groups targets that share every label into one entry, in the order of first appearance.
    // A health URL on another host or port than the metrics URL cannot be expressed: only its
    // path is written.
    static QByteArray serialize(const QList<ServiceTarget> &targets);

    // Prometheus durations: "1h", "5m", "30s", "500ms", "1m30s". std::nullopt if not one.
    static std::optional<qint64> parseDurationMs(const QString &text);
    static QString formatDuration(qint64 ms);
};

} // namespace payops
