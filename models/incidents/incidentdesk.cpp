#include "models/incidents/incidentdesk.h"

#include "models/contacts/contactdirectory.h"
#include "models/storage/databasewriter.h"

#include <QDateTime>
#include <QJsonObject>

namespace payops {

IncidentDesk::IncidentDesk(Database &database, DatabaseWriter &writer, IncidentRepository::Clock clock,
                           OsIdentity identity, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_writer(writer)
    , m_clock(clock ? std::move(clock) : IncidentRepository::Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_identity(std::move(identity))
{
}

void IncidentDesk::setRules(const QList<AlertRule> &rules)
{
    m_playbookByRule.clear();
    for (const AlertRule &rule : rules) {
        if (!rule.playbookId.isEmpty())
            m_playbookByRule.insert(rule.name, rule.playbookId);
    }
}

void IncidentDesk::reload()
{
    Database *database = &m_database;
    m_writer.submit(
        this,
        [database, clock = m_clock, identity = m_identity](QSqlDatabase &) {
            return std::make_pair(IncidentRepository(*database, clock, identity).list(), clock());
        },
        [this](const std::pair<IncidentRepository::ListResult, qint64> &result) {
            if (!result.first.ok())
                Q_EMIT problem(result.first.error);
            else
                Q_EMIT listed(result.first.incidents, result.second);
        });
}

void IncidentDesk::loadTimeline(qint64 incidentId)
{
    Database *database = &m_database;
    m_writer.submit(
        this,
        [database, clock = m_clock, identity = m_identity, incidentId](QSqlDatabase &) {
            return IncidentRepository(*database, clock, identity).timeline(incidentId);
        },
        [this, incidentId](const IncidentRepository::TimelineResult &result) {
            if (!result.ok())
                Q_EMIT problem(result.error);
            else
                Q_EMIT timelineLoaded(incidentId, result.entries);
        });
}

void IncidentDesk::open(const IncidentRepository::NewIncident &incident,
                        std::function<void(const IncidentRepository::OpenResult &)> done)
{
    Database *database = &m_database;
    m_writer.submit(
        this,
        [database, clock = m_clock, identity = m_identity, incident](QSqlDatabase &) {
            return IncidentRepository(*database, clock, identity).open(incident);
        },
        [this, done = std::move(done)](const IncidentRepository::OpenResult &result) {
            if (!result.ok()) {
                Q_EMIT problem(result.error);
            } else {
                Q_EMIT opened(result);
                Q_EMIT changed(result.id);
            }
            if (done)
                done(result);
        });
    reload();
}

void IncidentDesk::write(qint64 incidentId, std::function<std::optional<QString>(IncidentRepository &)> write)
{
    Database *database = &m_database;
    m_writer.submit(
        this,
        [database, clock = m_clock, identity = m_identity, write = std::move(write)](QSqlDatabase &) {
            IncidentRepository repository(*database, clock, identity);
            return write(repository);
        },
        [this, incidentId](const std::optional<QString> &error) {
            if (error)
                Q_EMIT problem(*error);
            else
                Q_EMIT changed(incidentId);
        });
    reload();
}

void IncidentDesk::acknowledge(qint64 incidentId)
{
    write(incidentId, [incidentId](IncidentRepository &repository) { return repository.acknowledge(incidentId); });
}

void IncidentDesk::setStatus(qint64 incidentId, Incident::Status status, const QString &note)
{
    write(incidentId, [incidentId, status, note](IncidentRepository &repository) {
        return repository.setStatus(incidentId, status, note);
    });
}

void IncidentDesk::addNote(qint64 incidentId, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        Q_EMIT problem(tr("A note needs some text."));
        return;
    }
    write(incidentId, [incidentId, text = text.trimmed()](IncidentRepository &repository) {
        return repository.addEntry(incidentId, IncidentTimelineEntry::Kind::Note, text);
    });
}

void IncidentDesk::record(qint64 incidentId, IncidentTimelineEntry::Kind kind, const QString &text, const QJsonObject &detail)
{
    write(incidentId, [incidentId, kind, text, detail](IncidentRepository &repository) {
        return repository.addEntry(incidentId, kind, text, detail);
    });
}

void IncidentDesk::saveWizard(qint64 incidentId, const QString &step, const QJsonObject &state)
{
    write(incidentId, [incidentId, step, state](IncidentRepository &repository) {
        return repository.saveWizard(incidentId, step, state);
    });
}

void IncidentDesk::resolveWithOverride(qint64 incidentId, const QString &reason, const QJsonObject &evidence)
{
    if (reason.trimmed().isEmpty()) {
        Q_EMIT problem(tr("Resolving while the checks still confirm the cause needs a reason."));
        return;
    }
    write(incidentId, [incidentId, reason = reason.trimmed(), evidence](IncidentRepository &repository) {
        return repository.resolveWithOverride(incidentId, reason, evidence);
    });
}

void IncidentDesk::loadIncident(qint64 incidentId)
{
    Database *database = &m_database;
    m_writer.submit(
        this,
        [database, clock = m_clock, identity = m_identity, incidentId](QSqlDatabase &) {
            QString error;
            std::optional<Incident> incident = IncidentRepository(*database, clock, identity).byId(incidentId, &error);
            return std::make_pair(incident, error);
        },
        [this](const std::pair<std::optional<Incident>, QString> &result) {
            if (result.first)
                Q_EMIT incidentLoaded(*result.first);
            else
                Q_EMIT problem(result.second);
        });
}

void IncidentDesk::loadContacts()
{
    Database *database = &m_database;
    m_writer.submit(
        this, [database](QSqlDatabase &) { return ContactDirectory::readEntries(*database); },
        [this](const ContactDirectory::ListResult &result) {
            if (!result.ok())
                Q_EMIT problem(result.error);
            else
                Q_EMIT contactsLoaded(result.entries);
        });
}

void IncidentDesk::estimateImpact(qint64 incidentId, QObject *context, std::function<void(const IncidentImpact &)> done)
{
    Database *database = &m_database;
    m_writer.submit(
        context,
        [database, clock = m_clock, incidentId](QSqlDatabase &) {
            QString error;
            const std::optional<PostMortemInput> input = PostMortemReport::gather(*database, incidentId, {}, clock(), &error);
            return std::make_pair(input ? std::optional<IncidentImpact>(input->impact) : std::nullopt, error);
        },
        [this, done = std::move(done)](const std::pair<std::optional<IncidentImpact>, QString> &result) {
            if (result.first)
                done(*result.first);
            else
                Q_EMIT problem(result.second);
        });
}

void IncidentDesk::writePostMortem(qint64 incidentId, const PostMortem &writeUp, const QString &markdownPath,
                                   const QString &pdfPath, QObject *context,
                                   std::function<void(const std::optional<QString> &)> done)
{
    Database *database = &m_database;
    m_writer.submit(
        context,
        [database, clock = m_clock, incidentId, writeUp, markdownPath, pdfPath](QSqlDatabase &) -> std::optional<QString> {
            QString error;
            const std::optional<PostMortemInput> input = PostMortemReport::gather(*database, incidentId, writeUp, clock(), &error);
            if (!input)
                return error;
            return PostMortemReport::write(*input, markdownPath, pdfPath);
        },
        std::move(done));
}

void IncidentDesk::recordTransitions(const QList<AlertTransition> &transitions)
{
    Database *database = &m_database;
    m_writer.submit(
        this,
        [database, clock = m_clock, identity = m_identity, transitions, rules = m_playbookByRule](QSqlDatabase &) {
            IncidentRepository repository(*database, clock, identity);
            return recordAlertTransitions(repository, transitions, rules);
        },
        [this](const AlertOutcome &outcome) {
            for (const QString &error : outcome.errors)
                Q_EMIT problem(error);
            for (qint64 id : outcome.touched)
                Q_EMIT changed(id);
        });
    reload();
}

IncidentDesk::AlertOutcome IncidentDesk::recordAlertTransitions(IncidentRepository &repository,
                                                               const QList<AlertTransition> &transitions,
                                                               const QHash<QString, QString> &playbookByRule)
{
    AlertOutcome outcome;
    for (const AlertTransition &transition : transitions) {
        if (transition.severity != AlertRule::Severity::Critical)
            continue; // a warning is not an incident
        const QString type = playbookByRule.value(transition.ruleName);
        if (type.isEmpty())
            continue; // no playbook: nothing says what kind of incident it would be
        const QJsonObject detail{{QStringLiteral("rule"), transition.ruleName},
                                 {QStringLiteral("service"), transition.service},
                                 {QStringLiteral("value"), qIsNaN(transition.value) ? QJsonValue() : QJsonValue(transition.value)},
                                 {QStringLiteral("threshold"), qIsNaN(transition.threshold) ? QJsonValue() : QJsonValue(transition.threshold)}};
        qint64 incidentId = 0;
        QString text;
        if (transition.to == AlertState::Firing) {
            IncidentRepository::NewIncident incident;
            incident.services = {transition.service};
            incident.type = type;
            incident.severity = Incident::Severity::Critical;
            incident.title = transition.summary.isEmpty() ? transition.ruleName : transition.summary;
            incident.openedBy = QStringLiteral("alert:") + transition.ruleName;
            const IncidentRepository::OpenResult opened = repository.open(incident);
            if (!opened.ok()) {
                outcome.errors << opened.error;
                continue;
            }
            (opened.joined ? outcome.joined : outcome.opened) << opened.id;
            incidentId = opened.id;
            text = tr("Alert %1 firing: %2").arg(transition.ruleName, incident.title);
        } else if (transition.to == AlertState::Resolved) {
            // The resolve goes to the active incident of the same service and type, if there is one.
            IncidentRepository::Filter filter;
            filter.activeOnly = true;
            filter.service = transition.service;
            filter.type = type;
            const IncidentRepository::ListResult active = repository.list(filter);
            if (!active.ok()) {
                outcome.errors << active.error;
                continue;
            }
            for (const Incident &incident : active.incidents) {
                if (incident.service() == transition.service)
                    incidentId = incident.id;
            }
            if (incidentId == 0)
                continue;
            text = tr("Alert %1 resolved").arg(transition.ruleName);
        } else {
            continue;
        }
        if (std::optional<QString> error = repository.addEntry(incidentId, IncidentTimelineEntry::Kind::Alert, text, detail))
            outcome.errors << *error;
        else if (!outcome.touched.contains(incidentId))
            outcome.touched << incidentId;
    }
    return outcome;
}

} // namespace payops
