#pragma once

#include "models/services/servicetarget.h"
#include "models/services/targetimportpreview.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace payops {

class Database;
class DatabaseWriter;

// The configured scrape targets as the window edits them: every read and write is a job on the
// DatabaseWriter (TargetRepository there), and after every change that lands the whole list is read
// again and announced, so polling, the dashboard and the Targets view follow without a restart.
//
// A change names the target it replaces by its metrics URL (unique among targets), not by its row id:
// an undo queued right after an add finds the row the add created, because the writer runs jobs in
// order, even before the add's result has reached this thread.
class TargetsDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsDesk)

public:
    // The reason a change did not happen (translated); empty when it did.
    using Done = std::function<void(const QString &error)>;

    TargetsDesk(Database &database, DatabaseWriter &writer, QObject *parent = nullptr);

    // The targets as last read (by service display order, then creation).
    [[nodiscard]] const QList<ServiceTarget> &targets() const { return m_targets; }

    void reload();
    // `from` → `to`: an add (no `from`), a removal (no `to`) or an edit. `done` runs on this thread
    // with the outcome, unless `context` was destroyed meanwhile.
    void change(const std::optional<ServiceTarget> &from, const std::optional<ServiceTarget> &to, QObject *context,
                Done done);
    // Adds `targets`, or updates the ones with the same metrics URL (the bundled simulator's, say).
    void merge(const QList<ServiceTarget> &targets, QObject *context, Done done);
    // Imports what a file_sd preview shows (TargetRepository::apply).
    void applyImport(const TargetImportPreview &preview, QObject *context, Done done);

Q_SIGNALS:
    // The list changed (or was read for the first time). `services`: the services it covers, in
    // display order (TargetRepository::servicesOf).
    void targetsChanged(const QList<payops::ServiceTarget> &targets, const QStringList &services);

private:
    struct Outcome;
    void submit(std::function<std::optional<QString>(Database &)> job, QObject *context, Done done);
    void take(const Outcome &outcome);

    Database &m_database;
    DatabaseWriter &m_writer;
    QList<ServiceTarget> m_targets;
    bool m_loaded = false; // the first listing is announced even when empty
};

} // namespace payops
