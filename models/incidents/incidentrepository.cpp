#include "models/incidents/incidentrepository.h"

#include "models/incidents/playbooklog.h"
#include "models/storage/database.h"
#include "models/storage/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace payops {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

std::optional<qint64> optionalMs(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

const QString kSelect = QStringLiteral(
    "SELECT id, services, incident_type, severity, status, title, opened_by, opened_ms, acknowledged_ms,"
    " resolved_ms, closed_ms, wizard_step, wizard_state FROM incidents");

Incident incidentFrom(const QSqlQuery &query)
{
    Incident incident;
    incident.id = query.value(0).toLongLong();
    for (const QJsonValue &service : QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array())
        incident.services.append(service.toString());
    incident.type = query.value(2).toString();
    incident.severity = Incident::severityFromName(query.value(3).toString()).value_or(Incident::Severity::Critical);
    incident.status = Incident::statusFromName(query.value(4).toString()).value_or(Incident::Status::Open);
    incident.title = query.value(5).toString();
    incident.openedBy = query.value(6).toString();
    incident.openedMs = query.value(7).toLongLong();
    incident.acknowledgedMs = optionalMs(query.value(8));
    incident.resolvedMs = optionalMs(query.value(9));
    incident.closedMs = optionalMs(query.value(10));
    incident.wizardStep = query.value(11).toString();
    incident.wizardState = objectOf(query.value(12).toString());
    return incident;
}

} // namespace

IncidentRepository::IncidentRepository(Database &database, Clock clock, OsIdentity identity)
    : m_database(database)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_identity(std::move(identity))
    , m_audit(database, m_clock, m_identity)
{
}

std::optional<QString> IncidentRepository::insertEntry(QSqlDatabase &db, qint64 incidentId,
                                                       IncidentTimelineEntry::Kind kind, const QString &text,
                                                       const QJsonObject &detail, qint64 nowMs) const
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO incident_timeline (incident_id, ts_ms, actor, kind, text, detail)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(incidentId);
    insert.addBindValue(nowMs);
    insert.addBindValue(m_identity.user);
    insert.addBindValue(IncidentTimelineEntry::kindName(kind));
    insert.addBindValue(text);
    insert.addBindValue(compact(detail));
    if (!insert.exec())
        return insert.lastError().text();
    return std::nullopt;
}

IncidentRepository::OpenResult IncidentRepository::open(const NewIncident &incident)
{
    OpenResult result;
    if (incident.services.isEmpty() || incident.services.constFirst().trimmed().isEmpty()) {
        result.error = tr("Cannot open an incident without the service it is about.");
        return result;
    }
    if (incident.type.trimmed().isEmpty()) {
        result.error = tr("Cannot open an incident without its type.");
        return result;
    }
    QSqlDatabase db = m_database.connection();
    const qint64 nowMs = m_clock();
    const QString openedBy = incident.openedBy.isEmpty() ? QStringLiteral("operator:") + m_identity.user : incident.openedBy;
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        // One active incident per service and type: a second alert or operator joins it.
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT id, services FROM incidents WHERE incident_type = ?"
                                        " AND status IN ('open', 'mitigated') ORDER BY opened_ms"));
        existing.addBindValue(incident.type);
        if (!existing.exec())
            return existing.lastError().text();
        while (existing.next()) {
            const QJsonArray services = QJsonDocument::fromJson(existing.value(1).toString().toUtf8()).array();
            if (!services.isEmpty() && services.first().toString() == incident.services.constFirst()) {
                result.id = existing.value(0).toLongLong();
                result.joined = true;
                break;
            }
        }
        existing.finish();
        if (result.joined)
            return insertEntry(db, result.id, IncidentTimelineEntry::Kind::Alert,
                               tr("Joined by %1").arg(openedBy), {{QStringLiteral("openedBy"), openedBy}}, nowMs);

        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO incidents (services, incident_type, severity, status, title,"
                                      " opened_by, opened_ms) VALUES (?, ?, ?, 'open', ?, ?, ?)"));
        insert.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(incident.services)).toJson(QJsonDocument::Compact)));
        insert.addBindValue(incident.type);
        insert.addBindValue(Incident::severityName(incident.severity));
        insert.addBindValue(incident.title);
        insert.addBindValue(openedBy);
        insert.addBindValue(nowMs);
        if (!insert.exec())
            return insert.lastError().text();
        result.id = insert.lastInsertId().toLongLong();
        const QJsonObject detail{{QStringLiteral("incident"), result.id},
                                 {QStringLiteral("services"), QJsonArray::fromStringList(incident.services)},
                                 {QStringLiteral("type"), incident.type},
                                 {QStringLiteral("severity"), Incident::severityName(incident.severity)},
                                 {QStringLiteral("openedBy"), openedBy}};
        if (std::optional<QString> entryError = insertEntry(db, result.id, IncidentTimelineEntry::Kind::Opened,
                                                             tr("Opened by %1").arg(openedBy), detail, nowMs))
            return entryError;
        return m_audit.appendWithin(db, QStringLiteral("incident.open"), detail);
    });
    if (error) {
        result = {};
        result.error = tr("Cannot open the incident: %1").arg(*error);
        qCWarning(lcPlaybooks).noquote() << result.error;
    }
    return result;
}

std::optional<QString> IncidentRepository::addEntry(qint64 incidentId, IncidentTimelineEntry::Kind kind,
                                                    const QString &text, const QJsonObject &detail)
{
    QSqlDatabase db = m_database.connection();
    const qint64 nowMs = m_clock();
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        if (std::optional<QString> entryError = insertEntry(db, incidentId, kind, text, detail, nowMs))
            return entryError;
        if (kind != IncidentTimelineEntry::Kind::Notification && kind != IncidentTimelineEntry::Kind::Action
            && kind != IncidentTimelineEntry::Kind::Override)
            return std::nullopt;
        QJsonObject audited = detail;
        audited.insert(QStringLiteral("incident"), incidentId);
        audited.insert(QStringLiteral("text"), text);
        return m_audit.appendWithin(db, QStringLiteral("incident.") + IncidentTimelineEntry::kindName(kind), audited);
    });
    if (error)
        return tr("Cannot add to the timeline of incident %1: %2").arg(incidentId).arg(*error);
    return std::nullopt;
}

std::optional<QString> IncidentRepository::acknowledge(qint64 incidentId)
{
    QSqlDatabase db = m_database.connection();
    const qint64 nowMs = m_clock();
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE incidents SET acknowledged_ms = ? WHERE id = ? AND acknowledged_ms IS NULL"));
        update.addBindValue(nowMs);
        update.addBindValue(incidentId);
        if (!update.exec())
            return update.lastError().text();
        if (update.numRowsAffected() == 0)
            return std::nullopt; // acknowledged before (or no such incident: nothing to record)
        if (std::optional<QString> entryError = insertEntry(db, incidentId, IncidentTimelineEntry::Kind::Status,
                                                             tr("Acknowledged by %1").arg(m_identity.user), {}, nowMs))
            return entryError;
        return m_audit.appendWithin(db, QStringLiteral("incident.acknowledge"), {{QStringLiteral("incident"), incidentId}});
    });
    if (error)
        return tr("Cannot acknowledge incident %1: %2").arg(incidentId).arg(*error);
    return std::nullopt;
}

std::optional<QString> IncidentRepository::setStatus(qint64 incidentId, Incident::Status status, const QString &note)
{
    return changeStatus(incidentId, status, note, std::nullopt, {});
}

std::optional<QString> IncidentRepository::resolveWithOverride(qint64 incidentId, const QString &reason,
                                                               const QJsonObject &evidence)
{
    if (reason.trimmed().isEmpty())
        return tr("Resolving while the checks still confirm the cause needs a reason.");
    return changeStatus(incidentId, Incident::Status::Resolved, {}, reason.trimmed(), evidence);
}

std::optional<QString> IncidentRepository::changeStatus(qint64 incidentId, Incident::Status status, const QString &note,
                                                        const std::optional<QString> &overrideReason,
                                                        const QJsonObject &evidence)
{
    QSqlDatabase db = m_database.connection();
    const qint64 nowMs = m_clock();
    QString refusal;
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery current(db);
        current.prepare(QStringLiteral("SELECT status FROM incidents WHERE id = ?"));
        current.addBindValue(incidentId);
        if (!current.exec())
            return current.lastError().text();
        if (!current.next()) {
            refusal = tr("There is no incident %1.").arg(incidentId);
            return refusal;
        }
        const Incident::Status from = Incident::statusFromName(current.value(0).toString()).value_or(Incident::Status::Open);
        current.finish();
        if (!Incident::canMove(from, status)) {
            refusal = from == status ? tr("Incident %1 is already %2.").arg(incidentId).arg(Incident::statusTitle(status).toLower())
                                     : tr("Incident %1 is closed; a closed incident does not change.").arg(incidentId);
            return refusal;
        }
        QSqlQuery update(db);
        QString sql = QStringLiteral("UPDATE incidents SET status = ?");
        if (status == Incident::Status::Resolved)
            sql += QStringLiteral(", resolved_ms = :now");
        else if (status == Incident::Status::Closed)
            sql += QStringLiteral(", closed_ms = :now, resolved_ms = coalesce(resolved_ms, :now)");
        else
            sql += QStringLiteral(", resolved_ms = NULL"); // reopened: not resolved any more
        sql.replace(QStringLiteral(":now"), QString::number(nowMs));
        update.prepare(sql + QStringLiteral(" WHERE id = ?"));
        update.addBindValue(Incident::statusName(status));
        update.addBindValue(incidentId);
        if (!update.exec())
            return update.lastError().text();
        QJsonObject detail{{QStringLiteral("incident"), incidentId},
                           {QStringLiteral("from"), Incident::statusName(from)},
                           {QStringLiteral("to"), Incident::statusName(status)}};
        if (!note.isEmpty())
            detail.insert(QStringLiteral("note"), note);
        QString text = tr("Status: %1 → %2").arg(Incident::statusTitle(from), Incident::statusTitle(status));
        if (!note.isEmpty())
            text += QStringLiteral(" — ") + note;
        if (overrideReason) {
            detail.insert(QStringLiteral("overrideReason"), *overrideReason);
            detail.insert(QStringLiteral("evidence"), evidence);
            if (std::optional<QString> entryError = insertEntry(
                    db, incidentId, IncidentTimelineEntry::Kind::Override,
                    tr("Resolved although the checks still confirm the cause. Reason: %1").arg(*overrideReason), detail, nowMs))
                return entryError;
        }
        if (std::optional<QString> entryError = insertEntry(db, incidentId, IncidentTimelineEntry::Kind::Status, text, detail, nowMs))
            return entryError;
        return m_audit.appendWithin(db, overrideReason ? QStringLiteral("incident.override") : QStringLiteral("incident.status"),
                                    detail);
    });
    if (!error)
        return std::nullopt;
    if (!refusal.isEmpty())
        return refusal;
    return tr("Cannot change the status of incident %1: %2").arg(incidentId).arg(*error);
}

std::optional<QString> IncidentRepository::saveWizard(qint64 incidentId, const QString &step, const QJsonObject &state)
{
    QSqlDatabase db = m_database.connection();
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE incidents SET wizard_step = ?, wizard_state = ? WHERE id = ?"));
        update.addBindValue(step);
        update.addBindValue(compact(state));
        update.addBindValue(incidentId);
        if (!update.exec())
            return update.lastError().text();
        return std::nullopt;
    });
    if (error)
        return tr("Cannot save where the wizard of incident %1 stands: %2").arg(incidentId).arg(*error);
    return std::nullopt;
}

IncidentRepository::ListResult IncidentRepository::list(const Filter &filter) const
{
    ListResult result;
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    QStringList where;
    if (filter.activeOnly)
        where << QStringLiteral("status IN ('open', 'mitigated')");
    if (!filter.type.isEmpty())
        where << QStringLiteral("incident_type = :type");
    QString sql = kSelect;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'mitigated' THEN 1 ELSE 2 END, opened_ms DESC, id DESC");
    query.prepare(sql);
    if (!filter.type.isEmpty())
        query.bindValue(QStringLiteral(":type"), filter.type);
    if (!query.exec()) {
        result.error = tr("Cannot read the incidents: %1").arg(query.lastError().text());
        return result;
    }
    while (query.next()) {
        Incident incident = incidentFrom(query);
        if (!filter.service.isEmpty() && !incident.services.contains(filter.service))
            continue;
        if (!filter.text.isEmpty() && !incident.title.contains(filter.text, Qt::CaseInsensitive)
            && !incident.services.join(u' ').contains(filter.text, Qt::CaseInsensitive))
            continue;
        result.incidents.append(incident);
    }
    return result;
}

std::optional<Incident> IncidentRepository::byId(qint64 incidentId, QString *error) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(incidentId);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read incident %1: %2").arg(incidentId).arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = tr("There is no incident %1.").arg(incidentId);
        return std::nullopt;
    }
    return incidentFrom(query);
}

IncidentRepository::TimelineResult IncidentRepository::timeline(qint64 incidentId) const
{
    TimelineResult result;
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, ts_ms, actor, kind, text, detail FROM incident_timeline"
                                 " WHERE incident_id = ? ORDER BY ts_ms, id"));
    query.addBindValue(incidentId);
    if (!query.exec()) {
        result.error = tr("Cannot read the timeline of incident %1: %2").arg(incidentId).arg(query.lastError().text());
        return result;
    }
    while (query.next()) {
        IncidentTimelineEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.incidentId = incidentId;
        entry.timestampMs = query.value(1).toLongLong();
        entry.actor = query.value(2).toString();
        entry.kind = IncidentTimelineEntry::kindFromName(query.value(3).toString()).value_or(IncidentTimelineEntry::Kind::Note);
        entry.text = query.value(4).toString();
        entry.detail = objectOf(query.value(5).toString());
        result.entries.append(entry);
    }
    return result;
}

} // namespace payops
