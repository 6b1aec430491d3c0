#include "models/alerts/alertsilencestore.h"

#include "models/storage/database.h"
#include "models/storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

// A bound QString that is null binds SQL NULL, which '' columns refuse and `? = ''` never matches:
// empty text is bound as ''.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString severityText(const AlertMatcher &matcher)
{
    return matcher.severity ? AlertRule::severityKey(*matcher.severity) : QString();
}

AlertMatcher matcherOf(const QSqlQuery &query, int first)
{
    AlertMatcher matcher;
    matcher.ruleName = query.value(first).toString();
    matcher.service = query.value(first + 1).toString();
    matcher.severity = AlertRule::severityFromKey(query.value(first + 2).toString());
    return matcher;
}

} // namespace

AlertSilenceStore::AlertSilenceStore(Database &database)
    : m_database(database)
{
}

QStringList AlertSilenceStore::validate(const AlertSilence &silence)
{
    QStringList problems;
    if (silence.reason.trimmed().isEmpty())
        problems.append(tr("a silence needs a reason"));
    if (silence.endsMs <= silence.startsMs)
        problems.append(tr("a silence must end after it starts"));
    if (silence.matcher.isEmpty())
        problems.append(tr("a silence must name a rule, a service or a severity (it would silence everything)"));
    return problems;
}

std::optional<QString> AlertSilenceStore::addSilence(AlertSilence &silence)
{
    if (const QStringList problems = validate(silence); !problems.isEmpty())
        return tr("The silence cannot be saved: %1").arg(problems.join(u"; "_s));
    QSqlDatabase db = m_database.connection();
    qint64 id = 0;
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO alert_silences (rule_name, service, severity, starts_ms, ends_ms, reason, created_by,"
                      u" created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(text(silence.matcher.ruleName));
        query.addBindValue(text(silence.matcher.service));
        query.addBindValue(text(severityText(silence.matcher)));
        query.addBindValue(silence.startsMs);
        query.addBindValue(silence.endsMs);
        query.addBindValue(text(silence.reason));
        query.addBindValue(text(silence.createdBy));
        query.addBindValue(silence.createdMs);
        if (!query.exec())
            return query.lastError().text();
        id = query.lastInsertId().toLongLong();
        return std::nullopt;
    });
    if (error)
        return tr("The silence cannot be saved: %1").arg(*error);
    silence.id = id;
    return std::nullopt;
}

std::optional<QString> AlertSilenceStore::expireSilence(qint64 id, qint64 nowMs)
{
    QSqlDatabase db = m_database.connection();
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery query(db);
        query.prepare(u"UPDATE alert_silences SET ends_ms = max(starts_ms, ?) WHERE id = ? AND ends_ms > ?"_s);
        query.addBindValue(nowMs);
        query.addBindValue(id);
        query.addBindValue(nowMs);
        if (!query.exec())
            return query.lastError().text();
        if (query.numRowsAffected() == 0)
            return tr("there is no running silence with id %1").arg(id);
        return std::nullopt;
    });
    if (error)
        return tr("The silence cannot be expired: %1").arg(*error);
    return std::nullopt;
}

QList<AlertSilence> AlertSilenceStore::silences(qint64 nowMs, bool includeExpired, QString *error) const
{
    QList<AlertSilence> out;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, rule_name, service, severity, starts_ms, ends_ms, reason, created_by, created_ms"
                  u" FROM alert_silences WHERE ? OR ends_ms > ? ORDER BY starts_ms, id"_s);
    query.addBindValue(includeExpired ? 1 : 0);
    query.addBindValue(nowMs);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read the silences: %1").arg(query.lastError().text());
        return out;
    }
    while (query.next()) {
        AlertSilence silence;
        silence.id = query.value(0).toLongLong();
        silence.matcher = matcherOf(query, 1);
        silence.startsMs = query.value(4).toLongLong();
        silence.endsMs = query.value(5).toLongLong();
        silence.reason = query.value(6).toString();
        silence.createdBy = query.value(7).toString();
        silence.createdMs = query.value(8).toLongLong();
        out.append(silence);
    }
    return out;
}

std::optional<QString> AlertSilenceStore::addWindow(MaintenanceWindow &window)
{
    if (const QStringList problems = window.validate(); !problems.isEmpty())
        return tr("The maintenance window cannot be saved: %1").arg(problems.join(u"; "_s));
    QSqlDatabase db = m_database.connection();
    qint64 id = 0;
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO alert_maintenance (name, days, start_minute, end_minute, time_zone, rule_name,"
                      u" service, severity, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(text(window.name));
        query.addBindValue(int(window.days));
        query.addBindValue(window.startMinute);
        query.addBindValue(window.endMinute);
        query.addBindValue(text(window.timeZone));
        query.addBindValue(text(window.matcher.ruleName));
        query.addBindValue(text(window.matcher.service));
        query.addBindValue(text(severityText(window.matcher)));
        query.addBindValue(text(window.reason));
        if (!query.exec())
            return query.lastError().text();
        id = query.lastInsertId().toLongLong();
        return std::nullopt;
    });
    if (error)
        return tr("The maintenance window cannot be saved: %1").arg(*error);
    window.id = id;
    return std::nullopt;
}

std::optional<QString> AlertSilenceStore::removeWindow(qint64 id)
{
    QSqlDatabase db = m_database.connection();
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM alert_maintenance WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return query.lastError().text();
        if (query.numRowsAffected() == 0)
            return tr("there is no maintenance window with id %1").arg(id);
        return std::nullopt;
    });
    if (error)
        return tr("The maintenance window cannot be removed: %1").arg(*error);
    return std::nullopt;
}

QList<MaintenanceWindow> AlertSilenceStore::windows(QString *error) const
{
    QList<MaintenanceWindow> out;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, days, start_minute, end_minute, time_zone, rule_name, service, severity, reason"
                    u" FROM alert_maintenance ORDER BY id"_s)) {
        if (error)
            *error = tr("Cannot read the maintenance windows: %1").arg(query.lastError().text());
        return out;
    }
    while (query.next()) {
        MaintenanceWindow window;
        window.id = query.value(0).toLongLong();
        window.name = query.value(1).toString();
        window.days = quint8(query.value(2).toInt());
        window.startMinute = query.value(3).toInt();
        window.endMinute = query.value(4).toInt();
        window.timeZone = query.value(5).toString();
        window.matcher = matcherOf(query, 6);
        window.reason = query.value(9).toString();
        out.append(window);
    }
    return out;
}

} // namespace payops
