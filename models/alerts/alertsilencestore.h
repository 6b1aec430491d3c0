#pragma once

#include "models/alerts/alertmatcher.h"
#include "models/alerts/maintenancewindow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace payops {

class Database;

// Silences and maintenance windows in SQLite (AlertSchema: alert_silences, alert_maintenance), on
// the calling thread's own connection; every write in one Transaction.
class AlertSilenceStore final
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertSilenceStore)

public:
    explicit AlertSilenceStore(Database &database);

    // Validates and stores a silence; sets silence.id.
    [[nodiscard]] std::optional<QString> addSilence(AlertSilence &silence);
    // Ends a silence now (it stays listed as expired).
    [[nodiscard]] std::optional<QString> expireSilence(qint64 id, qint64 nowMs);
    // Silences that have not ended by `nowMs` (all of them with includeExpired).
    [[nodiscard]] QList<AlertSilence> silences(qint64 nowMs, bool includeExpired = false, QString *error = nullptr) const;

    [[nodiscard]] std::optional<QString> addWindow(MaintenanceWindow &window);
    [[nodiscard]] std::optional<QString> removeWindow(qint64 id);
    [[nodiscard]] QList<MaintenanceWindow> windows(QString *error = nullptr) const;

    // What is wrong with a silence, in operator words; empty when it can be used.
    [[nodiscard]] static QStringList validate(const AlertSilence &silence);

private:
    Database &m_database;
};

} // namespace payops
