#include "models/services/targetrepository.h"

#include "models/services/filesdformat.h"
#include "models/services/serviceslog.h"
#include "models/storage/database.h"
#include "models/storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace payops {

namespace {

const QString kDefaultsInstalledKey = QStringLiteral("targets.defaults_installed");
constexpr int kSqliteConstraintUnique = 2067;

/* TRANSLATOR payops::TargetRepository */
QString tr(const char *text)
{
    return QCoreApplication::translate("payops::TargetRepository", text);
}

QString sqlText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString databaseFailure(const QSqlError &error)
{
    qCWarning(lcServices).noquote() << "targets: SQL failed —" << error.text();
    return tr("the targets could not be saved: %1").arg(sqlText(error));
}

QString databaseFailure(const QString &sqliteWords)
{
    qCWarning(lcServices).noquote() << "targets: SQL failed —" << sqliteWords;
    return tr("the targets could not be saved: %1").arg(sqliteWords);
}

// Why the write transaction did not begin, in the operator's words (empty when it did).
QString beginFailure(const QSqlDatabase &db, const Transaction &transaction)
{
    if (!db.isOpen())
        return tr("the database is not open: %1").arg(sqlText(db.lastError()));
    if (!transaction.isOpen())
        return databaseFailure(transaction.error());
    return {};
}

// Commits; why it failed, in the operator's words (empty when it did not).
QString commit(Transaction &transaction)
{
    const std::optional<QString> error = transaction.commit();
    return error ? databaseFailure(*error) : QString();
}

QString labelsJson(const QMap<QString, QString> &labels)
{
    QJsonObject object;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> labelsFromJson(const QString &json)
{
    QMap<QString, QString> labels;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

// The id of the service called `name`, created last in display order if it is new.
QString serviceId(QSqlDatabase &db, const QString &name, int *id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM services WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return databaseFailure(query.lastError());
    if (query.next()) {
        *id = query.value(0).toInt();
        return {};
    }
    query.prepare(QStringLiteral("INSERT INTO services(name, display_order)"
                                 " VALUES(?, (SELECT COALESCE(MAX(display_order) + 1, 0) FROM services))"));
    query.addBindValue(name);
    if (!query.exec())
        return databaseFailure(query.lastError());
    *id = query.lastInsertId().toInt();
    return {};
}

// What the audit log keeps of a target: never a password a URL may carry.
QJsonObject auditDetail(const ServiceTarget &target, int id)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("service"), target.service},
            {QStringLiteral("metrics_url"), target.metricsUrl.toString(QUrl::RemoveUserInfo)},
            {QStringLiteral("interval_ms"), target.intervalMs},
            {QStringLiteral("timeout_ms"), target.timeoutMs}};
}

QString writeError(const QSqlQuery &query, const ServiceTarget &target)
{
    if (query.lastError().nativeErrorCode().toInt() == kSqliteConstraintUnique)
        return tr("a target with the metrics URL %1 exists already").arg(target.metricsUrl.toString());
    return databaseFailure(query.lastError());
}

void bindTarget(QSqlQuery &query, int serviceId, const ServiceTarget &target)
{
    query.addBindValue(serviceId);
    query.addBindValue(target.metricsUrl.toString());
    query.addBindValue(target.healthUrl.isEmpty() ? QVariant() : QVariant(target.healthUrl.toString()));
    query.addBindValue(labelsJson(target.labels));
    query.addBindValue(target.intervalMs);
    query.addBindValue(target.timeoutMs);
}

// Inserts `target`; in merge mode a target with the same metrics URL is updated instead.
QString insertTarget(QSqlDatabase &db, const ServiceTarget &target, bool merge, int *id)
{
    int service = 0;
    if (QString error = serviceId(db, target.service, &service); !error.isEmpty())
        return error;
    QSqlQuery query(db);
    QString sql = QStringLiteral("INSERT INTO targets(service_id, metrics_url, health_url, labels_json, interval_ms,"
                                 " timeout_ms) VALUES(?, ?, ?, ?, ?, ?)");
    if (merge)
        sql += QStringLiteral(" ON CONFLICT(metrics_url) DO UPDATE SET service_id = excluded.service_id,"
                              " health_url = excluded.health_url, labels_json = excluded.labels_json,"
                              " interval_ms = excluded.interval_ms, timeout_ms = excluded.timeout_ms");
    query.prepare(sql);
    bindTarget(query, service, target);
    if (!query.exec())
        return writeError(query, target);
    if (id)
        *id = query.lastInsertId().toInt();
    return {};
}

QString markConfigured(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, '1')"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(kDefaultsInstalledKey);
    if (!query.exec())
        return databaseFailure(query.lastError());
    return {};
}

QString validateAll(const QList<ServiceTarget> &targets)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const ServiceTarget &target = targets.at(i);
        if (const QString error = target.validate(); !error.isEmpty())
            return tr("target %1 (%2): %3").arg(i + 1).arg(target.metricsUrl.toString(), error);
        const QString key = target.metricsUrl.toString();
        if (seen.contains(key))
            return tr("target %1 (%2): listed twice").arg(i + 1).arg(key);
        seen.insert(key, i);
    }
    return {};
}

std::optional<QString> asOptional(const QString &error)
{
    return error.isEmpty() ? std::nullopt : std::optional<QString>(error);
}

} // namespace

TargetRepository::TargetRepository(Database &database)
    : m_database(database)
    , m_audit(database)
{
}

TargetRepository::Listing TargetRepository::list() const
{
    Listing listing;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT t.id, s.name, t.metrics_url, t.health_url, t.labels_json, t.interval_ms,"
                                   " t.timeout_ms FROM targets t JOIN services s ON s.id = t.service_id"
                                   " ORDER BY s.display_order, s.id, t.id"))) {
        listing.error = tr("the targets could not be read: %1").arg(sqlText(query.lastError()));
        qCWarning(lcServices).noquote() << listing.error;
        return listing;
    }
    while (query.next()) {
        ServiceTarget target;
        target.id = query.value(0).toInt();
        target.service = query.value(1).toString();
        target.metricsUrl = QUrl(query.value(2).toString());
        target.healthUrl = query.value(3).isNull() ? QUrl() : QUrl(query.value(3).toString());
        target.labels = labelsFromJson(query.value(4).toString());
        target.intervalMs = query.value(5).toInt();
        target.timeoutMs = query.value(6).toInt();
        listing.targets.append(target);
    }
    return listing;
}

QStringList TargetRepository::services() const
{
    QStringList names;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM services ORDER BY display_order, id"))) {
        qCWarning(lcServices).noquote() << "reading services failed —" << query.lastError().text();
        return names;
    }
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

TargetRepository::Saved TargetRepository::add(const ServiceTarget &target)
{
    Saved saved;
    if (saved.error = target.validate(); !saved.error.isEmpty())
        return saved;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (saved.error = beginFailure(db, transaction); !saved.error.isEmpty())
        return saved;
    if (saved.error = insertTarget(db, target, false, &saved.id); !saved.error.isEmpty())
        return saved;
    if (saved.error = markConfigured(db); !saved.error.isEmpty())
        return saved;
    if (const std::optional<QString> error = m_audit.appendWithin(db, QStringLiteral("target.add"), auditDetail(target, saved.id)))
        return Saved{0, databaseFailure(*error)};
    saved.error = commit(transaction);
    if (saved.ok())
        qCInfo(lcServices).noquote() << "added target" << target.metricsUrl.toString() << "of" << target.service;
    return saved;
}

std::optional<QString> TargetRepository::update(const ServiceTarget &target)
{
    if (const QString error = target.validate(); !error.isEmpty())
        return error;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (const QString error = beginFailure(db, transaction); !error.isEmpty())
        return error;
    int service = 0;
    if (const QString error = serviceId(db, target.service, &service); !error.isEmpty())
        return error;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE targets SET service_id = ?, metrics_url = ?, health_url = ?, labels_json = ?,"
                                 " interval_ms = ?, timeout_ms = ? WHERE id = ?"));
    bindTarget(query, service, target);
    query.addBindValue(target.id);
    if (!query.exec())
        return writeError(query, target);
    if (query.numRowsAffected() != 1)
        return tr("there is no target %1 to change").arg(target.id);
    if (const std::optional<QString> error = m_audit.appendWithin(db, QStringLiteral("target.update"), auditDetail(target, target.id)))
        return databaseFailure(*error);
    return asOptional(commit(transaction));
}

std::optional<QString> TargetRepository::remove(int targetId)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (const QString error = beginFailure(db, transaction); !error.isEmpty())
        return error;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT s.name, t.metrics_url FROM targets t JOIN services s ON s.id = t.service_id"
                                 " WHERE t.id = ?"));
    query.addBindValue(targetId);
    if (!query.exec())
        return databaseFailure(query.lastError());
    if (!query.next())
        return tr("there is no target %1 to remove").arg(targetId);
    const QJsonObject detail{{QStringLiteral("id"), targetId}, {QStringLiteral("service"), query.value(0).toString()},
                             {QStringLiteral("metrics_url"), QUrl(query.value(1).toString()).toString(QUrl::RemoveUserInfo)}};
    query.finish();
    query.prepare(QStringLiteral("DELETE FROM targets WHERE id = ?"));
    query.addBindValue(targetId);
    if (!query.exec())
        return databaseFailure(query.lastError());
    if (const std::optional<QString> error = m_audit.appendWithin(db, QStringLiteral("target.remove"), detail))
        return databaseFailure(*error);
    return asOptional(commit(transaction));
}

std::optional<QString> TargetRepository::ensureDefaults()
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (const QString error = beginFailure(db, transaction); !error.isEmpty())
        return error;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM settings WHERE key = ?), (SELECT COUNT(*) FROM targets)"));
    query.addBindValue(kDefaultsInstalledKey);
    if (!query.exec() || !query.next())
        return databaseFailure(query.lastError());
    const bool configured = query.value(0).toInt() > 0;
    const bool hasTargets = query.value(1).toInt() > 0;
    query.finish();
    if (configured)
        return std::nullopt;
    if (!hasTargets) {
        for (const ServiceTarget &target : ServiceTarget::paysimDefaults()) {
            if (const QString error = insertTarget(db, target, false, nullptr); !error.isEmpty())
                return error;
        }
        qCInfo(lcServices) << "first run: configured paysim's four services on 127.0.0.1:9101-9104";
    }
    if (const QString error = markConfigured(db); !error.isEmpty())
        return error;
    return asOptional(commit(transaction));
}

std::optional<QString> TargetRepository::import(const QList<ServiceTarget> &targets, ImportMode mode)
{
    if (const QString error = validateAll(targets); !error.isEmpty())
        return error;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (const QString error = beginFailure(db, transaction); !error.isEmpty())
        return error;
    if (mode == ImportMode::Replace) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("DELETE FROM targets")))
            return databaseFailure(query.lastError());
    }
    for (const ServiceTarget &target : targets) {
        if (const QString error = insertTarget(db, target, mode == ImportMode::Merge, nullptr);
            !error.isEmpty())
            return error;
    }
    if (const QString error = markConfigured(db); !error.isEmpty())
        return error;
    if (const QString error = commit(transaction); !error.isEmpty())
        return error;
    qCInfo(lcServices) << "imported" << targets.size() << "targets"
                       << (mode == ImportMode::Replace ? "(replacing)" : "(merging)");
    return std::nullopt;
}

TargetImportPreview TargetRepository::previewFile(const QString &path, ImportMode mode) const
{
    const FileSdFormat::Result parsed = FileSdFormat::readFile(path);
    if (!parsed.ok())
        return TargetImportPreview::failed(parsed.error->toString());
    const Listing current = list();
    if (!current.ok())
        return TargetImportPreview::failed(current.error);
    return TargetImportPreview::build(current.targets, parsed, mode);
}

std::optional<QString> TargetRepository::apply(const TargetImportPreview &preview)
{
    if (!preview.ok())
        return preview.error();
    if (preview.targets().isEmpty())
        return preview.count(TargetImportPreview::Change::Reject) > 0 ? tr("it lists no usable target")
                                                                      : tr("it lists no targets");
    return import(preview.targets(), preview.mode());
}

TargetRepository::Listing TargetRepository::importFile(const QString &path, ImportMode mode)
{
    Listing listing;
    const TargetImportPreview preview = previewFile(path, mode);
    if (const std::optional<QString> error = apply(preview)) {
        listing.error = tr("The targets file %1 was not imported: %2").arg(path, *error);
        qCWarning(lcServices).noquote() << listing.error;
        return listing;
    }
    listing = list();
    for (const TargetImportPreview::Row &row : preview.rows()) {
        if (row.change == TargetImportPreview::Change::Reject)
            listing.rejected.append(row.target.isEmpty() ? row.detail : tr("%1 (target \"%2\")").arg(row.detail, row.target));
    }
    return listing;
}

std::optional<QString> TargetRepository::exportFile(const QString &path) const
{
    const Listing listing = list();
    if (!listing.ok())
        return listing.error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(FileSdFormat::serialize(listing.targets)) < 0 || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

QStringList TargetRepository::servicesOf(const QList<ServiceTarget> &targets)
{
    QStringList services;
    for (const ServiceTarget &target : targets) {
        if (!services.contains(target.service))
            services.append(target.service);
    }
    return services;
}

} // namespace payops
