#pragma once

#include "models/services/filesdformat.h"
#include "models/services/servicetarget.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace payops {

enum class TargetImportMode {
    Replace, // the imported targets are all the targets afterwards
    Merge,   // imported targets are added, or update the target with the same metrics URL
};

// What importing a file_sd file would do to the configured targets, before anything is written:
// the targets to add, to change and to remove, and the entries of the file that cannot be used,
// each with its reason. The console's Import Targets dialog and `payopsctl targets import
// --dry-run` both present this one model; TargetRepository::apply() then imports targets().
//
// Host targets (node_exporters listed without a service, FileSdFormat::Result::hostTargets) are
// attached here to the service that runs on the same host — as a target of that service, whose
// host_* metrics they then give (MetricStore) — the first such service in the file, or already
// configured when merging. A host that runs no known service keeps the job as its service.
class TargetImportPreview final
{
    Q_DECLARE_TR_FUNCTIONS(payops::TargetImportPreview)

public:
    enum class Change { Add, Update, Remove, Reject };

    struct Row
    {
        Change change = Change::Add;
        QString service; // empty for a rejected entry
        QString target;  // the metrics URL, or the rejected entry's target text
        QString detail;  // what changes, why it is rejected, or where a host target goes (translated)
    };

    TargetImportPreview() = default;
    // `current`: the configured targets; `file`: the file as FileSdFormat read it.
    static TargetImportPreview build(const QList<ServiceTarget> &current, const FileSdFormat::Result &file,
                                     TargetImportMode mode);
    // A preview of nothing, because the file or the database could not be read.
    static TargetImportPreview failed(const QString &error);

    const QString &error() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }
    TargetImportMode mode() const { return m_mode; }
    // What to import (with mode()): every usable target of the file, host targets attached.
    const QList<ServiceTarget> &targets() const { return m_targets; }
    // Added, then changed, removed and rejected, each in file (or configured) order.
    const QList<Row> &rows() const { return m_rows; }
    int count(Change change) const;
    int unchanged() const { return m_unchanged; }
    // Whether importing would change the configured targets.
    bool changesSomething() const;

    // "2 to add, 1 to change, 3 to remove, 1 rejected, 4 unchanged"
    QString summary() const;
    // "add", "change", "remove", "rejected"
    static QString changeName(Change change);

private:
    QString m_error;
    TargetImportMode m_mode = TargetImportMode::Replace;
    QList<ServiceTarget> m_targets;
    QList<Row> m_rows;
    int m_unchanged = 0;
};

} // namespace payops
