#include "widgets/incidents/wizard/notifypage.h"

#include "models/incidents/incidentdesk.h"
#include "widgets/incidents/wizard/discoverpage.h"
#include "widgets/incidents/wizard/incidentwizard.h"
#include "widgets/incidents/wizard/notifypanel.h"

#include <QJsonArray>
#include <QVBoxLayout>

namespace payops {

NotifyPage::NotifyPage(IncidentWizard &wizard)
    : m_wizard(wizard)
    , m_panel(new NotifyPanel(this))
{
    setTitle(tr("2. Notify"));
    setSubTitle(tr("Reach the service's owners in escalation order, and the emergency contact. Mark who you reached."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);

    IncidentDesk *desk = wizard.context().desk;
    connect(desk, &IncidentDesk::contactsLoaded, this, [this](const QList<ContactEntry> &contacts) {
        m_panel->setContacts(contacts);
    });
    connect(m_panel, &NotifyPanel::notified, this, [this](qint64 contactId, const QString &channel, const QString &text) {
        m_wizard.record(IncidentTimelineEntry::Kind::Notification, text,
                        {{QStringLiteral("contact"), contactId}, {QStringLiteral("channel"), channel}});
        keepContacted();
    });
    connect(m_panel, &NotifyPanel::reached, this, [this](qint64 contactId, const QString &text) {
        m_wizard.record(IncidentTimelineEntry::Kind::Notification, text,
                        {{QStringLiteral("contact"), contactId}, {QStringLiteral("reached"), true}});
        keepContacted();
    });
    connect(m_panel, &NotifyPanel::reminder, this, [this](const QString &text) {
        m_wizard.record(IncidentTimelineEntry::Kind::Note, text, {{QStringLiteral("reminder"), true}});
    });
}

void NotifyPage::initializePage()
{
    const auto *discover = qobject_cast<DiscoverPage *>(m_wizard.page(IncidentWizard::Discover));
    m_panel->setIncident(m_wizard.incident(), m_wizard.playbookTitle(), discover ? discover->evidenceLines() : QStringList());
    QList<EscalationReminder::Contacted> contacted;
    for (const QJsonValue &value : m_wizard.stepState(IncidentWizard::Notify).value(QStringLiteral("contacted")).toArray()) {
        const QJsonObject entry = value.toObject();
        contacted.append({entry.value(QStringLiteral("contact")).toInteger(), entry.value(QStringLiteral("notifiedMs")).toInteger(),
                          entry.value(QStringLiteral("reached")).toBool()});
    }
    m_panel->setContacted(contacted);
    m_wizard.context().desk->loadContacts();
}

void NotifyPage::keepContacted()
{
    QJsonArray contacted;
    for (const EscalationReminder::Contacted &entry : m_panel->contacted()) {
        contacted.append(QJsonObject{{QStringLiteral("contact"), entry.contactId},
                                     {QStringLiteral("notifiedMs"), entry.notifiedMs},
                                     {QStringLiteral("reached"), entry.reached}});
    }
    m_wizard.setStepState(IncidentWizard::Notify, {{QStringLiteral("contacted"), contacted}});
}

} // namespace payops
