#include "widgets/incidents/wizard/wizardlauncher.h"

#include "models/incidents/incidentdesk.h"

namespace payops {

WizardLauncher::WizardLauncher(WizardContext context, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_window(window)
{
    connect(m_context.desk, &IncidentDesk::incidentLoaded, this, &WizardLauncher::onLoaded);
}

void WizardLauncher::setHistorySource(HistorySource *history)
{
    m_context.history = history;
}

void WizardLauncher::open(qint64 incidentId)
{
    if (IncidentWizard *wizard = wizardFor(incidentId)) {
        wizard->show();
        wizard->raise();
        wizard->activateWindow();
        Q_EMIT shown(wizard);
        return;
    }
    m_loading.insert(incidentId);
    m_context.desk->loadIncident(incidentId);
}

void WizardLauncher::onLoaded(const Incident &incident)
{
    if (!m_loading.remove(incident.id) || wizardFor(incident.id))
        return;
    auto *wizard = new IncidentWizard(m_context, incident, m_window);
    m_open.insert(incident.id, wizard);
    connect(wizard, &IncidentWizard::articleRequested, this, &WizardLauncher::articleRequested);
    connect(wizard, &QObject::destroyed, this, [this, id = incident.id] { m_open.remove(id); });
    if (m_snapshot)
        wizard->showSnapshot(*m_snapshot);
    wizard->show();
    wizard->continueAt(IncidentWizard::stepOf(incident.wizardStep));
    Q_EMIT shown(wizard);
}

void WizardLauncher::showSnapshot(const MetricsSnapshot &snapshot)
{
    m_snapshot = snapshot;
    for (const QPointer<IncidentWizard> &wizard : std::as_const(m_open)) {
        if (wizard)
            wizard->showSnapshot(snapshot);
    }
}

IncidentWizard *WizardLauncher::wizardFor(qint64 incidentId) const
{
    return m_open.value(incidentId);
}

} // namespace payops
