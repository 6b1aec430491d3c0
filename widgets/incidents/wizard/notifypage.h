#pragma once

#include <QWizardPage>

namespace payops {

class IncidentWizard;
class NotifyPanel;

// Step 2, notify: the affected service's owners in escalation order and the emergency contact
// (NotifyPanel). Every e-mail, call, copied message and "reached" goes into the timeline; who was
// notified when is kept with the incident, so the escalation reminder survives closing the window.
class NotifyPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit NotifyPage(IncidentWizard &wizard);

    void initializePage() override;
    [[nodiscard]] NotifyPanel *panel() const { return m_panel; }

private:
    void keepContacted();

    IncidentWizard &m_wizard;
    NotifyPanel *m_panel;
};

} // namespace payops
