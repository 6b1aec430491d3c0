#pragma once

#include "widgets/incidents/wizard/incidentwizard.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace payops {

// Opens one troubleshooting window per incident — asking again raises the open one, so more than one
// incident can be worked at a time without two windows fighting over one — and feeds every open
// window the console's metric snapshots. A window continues its incident at the step it was left at.
class WizardLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardLauncher)

public:
    // Windows are owned by `window` (top-level dialogs over it).
    WizardLauncher(WizardContext context, QWidget *window, QObject *parent = nullptr);

    void setHistorySource(HistorySource *history);
    // Loads the incident and shows its wizard (or raises it); `shown` follows.
    void open(qint64 incidentId);
    void showSnapshot(const payops::MetricsSnapshot &snapshot);
    [[nodiscard]] IncidentWizard *wizardFor(qint64 incidentId) const;

Q_SIGNALS:
    void shown(payops::IncidentWizard *wizard);
    void articleRequested(const QString &articleId);

private:
    void onLoaded(const Incident &incident);

    WizardContext m_context;
    QPointer<QWidget> m_window;
    QHash<qint64, QPointer<IncidentWizard>> m_open;
    QSet<qint64> m_loading;
    std::optional<MetricsSnapshot> m_snapshot;
};

} // namespace payops
