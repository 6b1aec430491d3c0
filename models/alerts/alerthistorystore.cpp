#include "models/alerts/alerthistorystore.h"

#include "models/alerts/alertslog.h"
#include "models/storage/database.h"
#include "models/storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

// A bound QString that is null binds SQL NULL, which '' columns refuse and `? = ''` never matches:
// empty text is bound as ''.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QVariant nullable(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant(QMetaType(QMetaType::Double));
}

double valueOf(const QVariant &value)
{
    return value.isNull() ? qQNaN() : value.toDouble();
}

} // namespace

AlertHistoryStore::AlertHistoryStore(Database &database)
    : m_database(database)
{
}

QString AlertHistoryStore::key(const QString &ruleName, const QString &service, qint64 firedAtMs)
{
    return ruleName + u'\x1f' + service + u'\x1f' + QString::number(firedAtMs);
}

std::optional<QString> AlertHistoryStore::record(const QList<AlertTransition> &transitions)
{
    if (transitions.isEmpty())
        return std::nullopt;
    QSqlDatabase db = m_database.connection();
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery event(db);
        event.prepare(u"INSERT INTO alert_events (rule_name, service, severity, from_state, to_state, at_ms, value,"
                      u" threshold, active_since_ms, fired_at_ms, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery upsert(db);
        upsert.prepare(u"INSERT OR REPLACE INTO alert_states (rule_name, service, state, active_since_ms, fired_at_ms,"
                       u" clear_since_ms, value, changed_ms) VALUES (?, ?, ?, ?, ?, 0, ?, ?)"_s);
        QSqlQuery drop(db);
        drop.prepare(u"DELETE FROM alert_states WHERE rule_name = ? AND service = ?"_s);
        QSqlQuery unack(db);
        unack.prepare(u"DELETE FROM alert_acks WHERE rule_name = ? AND service = ?"_s);
        for (const AlertTransition &t : transitions) {
            event.addBindValue(text(t.ruleName));
            event.addBindValue(text(t.service));
            event.addBindValue(AlertRule::severityKey(t.severity));
            event.addBindValue(AlertStates::key(t.from));
            event.addBindValue(AlertStates::key(t.to));
            event.addBindValue(t.atMs);
            event.addBindValue(nullable(t.value));
            event.addBindValue(nullable(t.threshold));
            event.addBindValue(t.activeSinceMs);
            event.addBindValue(t.firedAtMs);
            event.addBindValue(text(t.summary));
            if (!event.exec())
                return event.lastError().text();
            if (t.to == AlertState::Inactive) {
                drop.addBindValue(text(t.ruleName));
                drop.addBindValue(text(t.service));
                if (!drop.exec())
                    return drop.lastError().text();
            } else {
                upsert.addBindValue(text(t.ruleName));
                upsert.addBindValue(text(t.service));
                upsert.addBindValue(AlertStates::key(t.to));
                upsert.addBindValue(t.activeSinceMs);
                upsert.addBindValue(t.firedAtMs);
                upsert.addBindValue(nullable(t.value));
                upsert.addBindValue(t.atMs);
                if (!upsert.exec())
                    return upsert.lastError().text();
            }
            if (t.to == AlertState::Resolved || t.to == AlertState::Inactive) {
                unack.addBindValue(text(t.ruleName));
                unack.addBindValue(text(t.service));
                if (!unack.exec())
                    return unack.lastError().text();
            }
        }
        return std::nullopt;
    });
    if (error) {
        const QString message = tr("Cannot record the alert transitions: %1").arg(*error);
        qCWarning(lcAlerts).noquote() << message;
        return message;
    }
    return std::nullopt;
}

QList<AlertInstanceState> AlertHistoryStore::states(QString *error) const
{
    QList<AlertInstanceState> out;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT rule_name, service, state, active_since_ms, fired_at_ms, clear_since_ms, value, changed_ms"
                    u" FROM alert_states ORDER BY rule_name, service"_s)) {
        if (error)
            *error = tr("Cannot read the alert states: %1").arg(query.lastError().text());
        return out;
    }
    while (query.next()) {
        const std::optional<AlertState> state = AlertStates::fromKey(query.value(2).toString());
        if (!state || *state == AlertState::Inactive)
            continue;
        AlertInstanceState s;
        s.ruleName = query.value(0).toString();
        s.service = query.value(1).toString();
        s.state = *state;
        s.activeSinceMs = query.value(3).toLongLong();
        s.firedAtMs = query.value(4).toLongLong();
        s.clearSinceMs = query.value(5).toLongLong();
        s.value = valueOf(query.value(6));
        s.changedMs = query.value(7).toLongLong();
        out.append(s);
    }
    return out;
}

QList<AlertTransition> AlertHistoryStore::history(const HistoryQuery &request, QString *error) const
{
    QList<AlertTransition> out;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT rule_name, service, severity, from_state, to_state, at_ms, value, threshold,"
                  u" active_since_ms, fired_at_ms, summary FROM ("
                  u" SELECT * FROM alert_events WHERE at_ms >= ? AND (? = '' OR rule_name = ?) AND (? = '' OR service = ?)"
                  u" ORDER BY at_ms DESC, id DESC LIMIT ?) ORDER BY at_ms, id"_s);
    query.addBindValue(request.sinceMs);
    query.addBindValue(text(request.ruleName));
    query.addBindValue(text(request.ruleName));
    query.addBindValue(text(request.service));
    query.addBindValue(text(request.service));
    query.addBindValue(request.limit);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read the alert history: %1").arg(query.lastError().text());
        return out;
    }
    while (query.next()) {
        AlertTransition t;
        t.ruleName = query.value(0).toString();
        t.service = query.value(1).toString();
        t.severity = AlertRule::severityFromKey(query.value(2).toString()).value_or(AlertRule::Severity::Warning);
        t.from = AlertStates::fromKey(query.value(3).toString()).value_or(AlertState::Error);
        t.to = AlertStates::fromKey(query.value(4).toString()).value_or(AlertState::Error);
        t.atMs = query.value(5).toLongLong();
        t.value = valueOf(query.value(6));
        t.threshold = valueOf(query.value(7));
        t.activeSinceMs = query.value(8).toLongLong();
        t.firedAtMs = query.value(9).toLongLong();
        t.summary = query.value(10).toString();
        out.append(t);
    }
    return out;
}

std::optional<QString> AlertHistoryStore::acknowledge(const QString &ruleName, const QString &service, qint64 firedAtMs,
                                                      const Acknowledgement &acknowledgement)
{
    QSqlDatabase db = m_database.connection();
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO alert_acks (rule_name, service, fired_at_ms, by_user, at_ms, comment)"
                      u" VALUES (?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(text(ruleName));
        query.addBindValue(text(service));
        query.addBindValue(firedAtMs);
        query.addBindValue(text(acknowledgement.byUser));
        query.addBindValue(acknowledgement.atMs);
        query.addBindValue(text(acknowledgement.comment));
        if (!query.exec())
            return query.lastError().text();
        return std::nullopt;
    });
    if (error)
        return tr("Cannot acknowledge the alert %1: %2").arg(ruleName, *error);
    return std::nullopt;
}

QHash<QString, Acknowledgement> AlertHistoryStore::acknowledgements(QString *error) const
{
    QHash<QString, Acknowledgement> out;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT rule_name, service, fired_at_ms, by_user, at_ms, comment FROM alert_acks"_s)) {
        if (error)
            *error = tr("Cannot read the acknowledgements: %1").arg(query.lastError().text());
        return out;
    }
    while (query.next())
        out.insert(key(query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()),
                   Acknowledgement{query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString()});
    return out;
}

std::optional<QString> AlertHistoryStore::recordNotified(const QList<AlertNotification> &notifications)
{
    if (notifications.isEmpty())
        return std::nullopt;
    QSqlDatabase db = m_database.connection();
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery told(db);
        told.prepare(u"INSERT OR REPLACE INTO alert_notified (rule_name, service, fired_at_ms) VALUES (?, ?, ?)"_s);
        QSqlQuery over(db);
        over.prepare(u"DELETE FROM alert_notified WHERE rule_name = ? AND service = ?"_s);
        for (const AlertNotification &n : notifications) {
            QSqlQuery &query = n.kind == AlertNotification::Kind::Firing ? told : over;
            query.addBindValue(text(n.ruleName));
            query.addBindValue(text(n.service));
            if (n.kind == AlertNotification::Kind::Firing)
                query.addBindValue(n.firedAtMs);
            if (!query.exec())
                return query.lastError().text();
        }
        return std::nullopt;
    });
    if (error)
        return tr("Cannot remember which alerts were notified: %1").arg(*error);
    return std::nullopt;
}

QHash<QString, qint64> AlertHistoryStore::notifiedFiring(QString *error) const
{
    QHash<QString, qint64> out;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT rule_name, service, fired_at_ms FROM alert_notified"_s)) {
        if (error)
            *error = tr("Cannot read which alerts were notified: %1").arg(query.lastError().text());
        return out;
    }
    while (query.next())
        out.insert(NotificationPolicy::key(query.value(0).toString(), query.value(1).toString()),
                   query.value(2).toLongLong());
    return out;
}

} // namespace payops
