#include "models/services/targetimportpreview.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace payops {

namespace {

QString hostOf(const ServiceTarget &target)
{
    return target.metricsUrl.host().toLower();
}

// "service a → b; interval 5s → 10s": how `to` differs from `from`, in words.
QString differences(const ServiceTarget &from, const ServiceTarget &to)
{
    QStringList parts;
    const auto change = [&parts](const QString &what, const QString &before, const QString &after) {
        if (before != after)
            parts.append(QStringLiteral("%1 %2 → %3").arg(what, before, after));
    };
    const auto none = [](const QString &text) {
        return text.isEmpty() ? TargetImportPreview::tr("none") : text;
    };
    const auto labels = [](const QMap<QString, QString> &map) {
        QStringList pairs;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            pairs.append(it.key() + u'=' + it.value());
        return pairs.join(u',');
    };
    change(TargetImportPreview::tr("service"), from.service, to.service);
    change(TargetImportPreview::tr("health URL"), none(from.healthUrl.toString()), none(to.healthUrl.toString()));
    change(TargetImportPreview::tr("interval"), FileSdFormat::formatDuration(from.intervalMs),
           FileSdFormat::formatDuration(to.intervalMs));
    change(TargetImportPreview::tr("timeout"), FileSdFormat::formatDuration(from.timeoutMs),
           FileSdFormat::formatDuration(to.timeoutMs));
    change(TargetImportPreview::tr("labels"), none(labels(from.labels)), none(labels(to.labels)));
    return parts.join(QStringLiteral("; "));
}

bool sameSettings(ServiceTarget a, ServiceTarget b)
{
    a.id = b.id = 0;
    return a == b;
}

} // namespace

TargetImportPreview TargetImportPreview::failed(const QString &error)
{
    TargetImportPreview preview;
    preview.m_error = error;
    return preview;
}

TargetImportPreview TargetImportPreview::build(const QList<ServiceTarget> &current, const FileSdFormat::Result &file,
                                               TargetImportMode mode)
{
    if (!file.ok())
        return failed(file.error->toString());
    TargetImportPreview preview;
    preview.m_mode = mode;

    // The services of each host: the file's, then (when merging) those configured already.
    QHash<QString, QStringList> servicesOn;
    const auto addHost = [&servicesOn](const ServiceTarget &target) {
        QStringList &services = servicesOn[hostOf(target)];
        if (!services.contains(target.service))
            services.append(target.service);
    };
    for (const ServiceTarget &target : file.targets)
        addHost(target);
    if (mode == TargetImportMode::Merge) {
        for (const ServiceTarget &target : current)
            addHost(target);
    }

    preview.m_targets = file.targets;
    QHash<QString, QString> hostNotes; // metrics URL -> where the host target goes
    for (ServiceTarget target : file.hostTargets) {
        const QString host = hostOf(target);
        const QStringList services = servicesOn.value(host);
        const QString url = target.metricsUrl.toString();
        if (services.isEmpty()) {
            hostNotes.insert(url, tr("node_exporter on %1, where no known service runs: kept as the service \"%2\"").arg(host, target.service));
        } else {
            target.service = services.constFirst();
            hostNotes.insert(url, tr("node_exporter on %1: the host metrics of %2").arg(host, services.join(QStringLiteral(", "))));
        }
        preview.m_targets.append(target);
    }

    QHash<QString, const ServiceTarget *> configured;
    for (const ServiceTarget &target : current)
        configured.insert(target.metricsUrl.toString(), &target);
    QList<Row> updates;
    QSet<QString> imported;
    for (const ServiceTarget &target : std::as_const(preview.m_targets)) {
        const QString url = target.metricsUrl.toString();
        imported.insert(url);
        const ServiceTarget *before = configured.value(url);
        const QString note = hostNotes.value(url);
        if (!before) {
            preview.m_rows.append({Change::Add, target.service, url, note});
        } else if (!sameSettings(*before, target)) {
            const QString what = differences(*before, target);
            updates.append({Change::Update, target.service, url, note.isEmpty() ? what : what + QStringLiteral("; ") + note});
        } else {
            ++preview.m_unchanged;
        }
    }
    preview.m_rows.append(updates);
    if (mode == TargetImportMode::Replace) {
        for (const ServiceTarget &target : current) {
            if (!imported.contains(target.metricsUrl.toString()))
                preview.m_rows.append({Change::Remove, target.service, target.metricsUrl.toString(),
                                       tr("not in the file")});
        }
    }
    for (const FileSdFormat::Error &rejected : file.rejected) {
        preview.m_rows.append({Change::Reject, QString(), rejected.target,
                               tr("entry %1: %2").arg(rejected.entry).arg(rejected.reason)});
    }
    return preview;
}

int TargetImportPreview::count(Change change) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [change](const Row &row) { return row.change == change; }));
}

bool TargetImportPreview::changesSomething() const
{
    return ok() && std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.change != Change::Reject; });
}

QString TargetImportPreview::summary() const
{
    if (!ok())
        return m_error;
    return tr("%1 to add, %2 to change, %3 to remove, %4 rejected, %5 unchanged")
        .arg(count(Change::Add))
        .arg(count(Change::Update))
        .arg(count(Change::Remove))
        .arg(count(Change::Reject))
        .arg(m_unchanged);
}

QString TargetImportPreview::changeName(Change change)
{
    switch (change) {
    case Change::Add: return tr("add");
    case Change::Update: return tr("change");
    case Change::Remove: return tr("remove");
    case Change::Reject: return tr("rejected");
    }
    return {};
}

} // namespace payops
