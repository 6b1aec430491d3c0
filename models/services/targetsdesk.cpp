#include "models/services/targetsdesk.h"

#include "models/services/targetrepository.h"
#include "models/storage/databasewriter.h"

#include <QPointer>

namespace payops {

struct TargetsDesk::Outcome
{
    QString error; // the change's; the listing is read either way
    TargetRepository::Listing listing;
};

namespace {

// The stored row of `target`'s metrics URL, or the reason there is none.
std::optional<int> storedId(const TargetRepository &repository, const ServiceTarget &target, QString *error)
{
    const TargetRepository::Listing listing = repository.list();
    if (!listing.ok()) {
        *error = listing.error;
        return std::nullopt;
    }
    for (const ServiceTarget &stored : listing.targets) {
        if (stored.metricsUrl == target.metricsUrl)
            return stored.id;
    }
    *error = TargetsDesk::tr("the target %1 is no longer configured").arg(target.metricsUrl.toDisplayString());
    return std::nullopt;
}

} // namespace

TargetsDesk::TargetsDesk(Database &database, DatabaseWriter &writer, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_writer(writer)
{
    qRegisterMetaType<QList<ServiceTarget>>();
}

void TargetsDesk::reload()
{
    submit([](Database &) { return std::optional<QString>(); }, nullptr, {});
}

void TargetsDesk::change(const std::optional<ServiceTarget> &from, const std::optional<ServiceTarget> &to,
                         QObject *context, Done done)
{
    submit(
        [from, to](Database &database) -> std::optional<QString> {
            TargetRepository repository(database);
            if (!from)
                return to ? repository.add(*to).error : QString();
            QString error;
            const std::optional<int> id = storedId(repository, *from, &error);
            if (!id)
                return error;
            if (!to)
                return repository.remove(*id);
            ServiceTarget changed = *to;
            changed.id = *id;
            return repository.update(changed);
        },
        context, std::move(done));
}

void TargetsDesk::merge(const QList<ServiceTarget> &targets, QObject *context, Done done)
{
    submit([targets](Database &database) { return TargetRepository(database).import(targets, TargetImportMode::Merge); },
           context, std::move(done));
}

void TargetsDesk::applyImport(const TargetImportPreview &preview, QObject *context, Done done)
{
    submit([preview](Database &database) { return TargetRepository(database).apply(preview); }, context,
           std::move(done));
}

void TargetsDesk::submit(std::function<std::optional<QString>(Database &)> job, QObject *context, Done done)
{
    Database *database = &m_database;
    const bool hasContext = context != nullptr;
    m_writer.submit(
        this,
        [database, job = std::move(job)](QSqlDatabase &) {
            Outcome outcome;
            if (const std::optional<QString> error = job(*database); error && !error->isEmpty())
                outcome.error = *error;
            outcome.listing = TargetRepository(*database).list();
            return outcome;
        },
        [this, context = QPointer<QObject>(context), hasContext, done = std::move(done)](const Outcome &outcome) {
            take(outcome);
            if (done && (!hasContext || context))
                done(outcome.error.isEmpty() && !outcome.listing.ok() ? outcome.listing.error : outcome.error);
        });
}

void TargetsDesk::take(const Outcome &outcome)
{
    if (!outcome.listing.ok() || (m_loaded && outcome.listing.targets == m_targets))
        return;
    m_loaded = true;
    m_targets = outcome.listing.targets;
    Q_EMIT targetsChanged(m_targets, TargetRepository::servicesOf(m_targets));
}

} // namespace payops
