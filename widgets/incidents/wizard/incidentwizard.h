#pragma once

#include "models/incidents/diagnosis.h"
#include "models/incidents/incident.h"
#include "models/incidents/playbook.h"
#include "models/metrics/metricssnapshot.h"
#include "models/services/servicetarget.h"

#include <QJsonObject>
#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

class QListWidget;

namespace payops {

class CommandRunner;
class DiagnosisRunner;
class HistorySource;
class IncidentDesk;
template<typename Worker>
class WorkerThread;

// What every troubleshooting wizard is given by the console.
struct WizardContext
{
    IncidentDesk *desk = nullptr;
    QList<Playbook> playbooks;
    QList<ServiceTarget> targets;
    HistorySource *history = nullptr; // the metric history; none offline
    bool live = true;                 // false (--kb): manual checks only
    int checkDeadlineMs = 2000;       // for each health request and TCP connect
    qint64 recoveryHoldMs = 5 * 60'000;
    // The questions the wizard puts to the operator, replaceable (tests answer them).
    std::function<bool(QWidget *parent, const QString &question)> confirm;                    // default: a message box
    std::function<std::optional<QString>(QWidget *parent, const QString &prompt)> askReason;  // default: an input dialog
    std::function<QString(QWidget *parent)> chooseReportDirectory;                            // default: a folder dialog
};

// The six-step emergency process for one incident (issue 11): discover and report, notify, locate,
// resolve, verify, follow up — one page class per step. Where it stands and what the steps hold
// are saved in the incident (IncidentDesk::saveWizard) at every step, so that closing the window
// loses nothing and opening it again continues there. What happens is written to the incident's
// timeline as it happens. The checks (DiagnosisRunner) and the commands (CommandRunner) run on
// threads of their own; this window only shows what they answer.
class IncidentWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentWizard)

public:
    enum Step { Discover, Notify, Locate, Resolve, Verify, FollowUp };

    IncidentWizard(WizardContext context, const Incident &incident, QWidget *parent = nullptr);
    ~IncidentWizard() override;

    [[nodiscard]] static QString stepName(int step); // as stored: "discover", …, "follow-up"
    [[nodiscard]] static int stepOf(const QString &name);
    [[nodiscard]] static QString stepTitle(int step);

    [[nodiscard]] const WizardContext &context() const { return m_context; }
    [[nodiscard]] const Incident &incident() const { return m_incident; }
    [[nodiscard]] const std::optional<MetricsSnapshot> &latestSnapshot() const { return m_snapshot; }
    // The playbook the operator works with (step 1); its causes are weighed in step 3.
    [[nodiscard]] const Playbook *playbook() const;
    void setPlaybook(const QString &playbookId);
    [[nodiscard]] QString playbookTitle() const;

    // What the steps keep, saved with the incident: state()["locate"], …
    [[nodiscard]] QJsonObject stepState(int step) const;
    void setStepState(int step, const QJsonObject &state);

    // The last diagnosis (step 3), for resolve and verify.
    [[nodiscard]] const std::optional<Diagnosis> &diagnosis() const { return m_diagnosis; }
    void setDiagnosis(const Diagnosis &diagnosis);

    // A timeline entry for this incident (checks, notifications, actions, notes).
    void record(IncidentTimelineEntry::Kind kind, const QString &text, const QJsonObject &detail = {});
    // The incident's status changed here: kept locally and stored.
    void setStatus(Incident::Status status, const QString &note);
    void resolveWithOverride(const QString &reason, const QJsonObject &evidence);

    [[nodiscard]] DiagnosisRunner *diagnosisRunner() const;
    [[nodiscard]] CommandRunner *commandRunner() const;

    // Back to a step (verify relapsed → locate; resolve's contact actions → notify).
    void returnTo(int step);
    // Forward to the step the incident was left at (each page on the way initialises as usual).
    void continueAt(int step);

    [[nodiscard]] bool ask(const QString &question);
    [[nodiscard]] std::optional<QString> askReason(const QString &prompt);

public Q_SLOTS:
    // Every metric snapshot the console receives, while the window is open.
    void showSnapshot(const payops::MetricsSnapshot &snapshot);

Q_SIGNALS:
    void snapshotArrived(const payops::MetricsSnapshot &snapshot);
    void playbookChanged();
    void diagnosed(const payops::Diagnosis &diagnosis);
    // Verify saw a watched value go back over its threshold: the wizard is back at locate.
    void relapsed(const QString &why);
    // A knowledge article the operator wants to read (the console shows it in the knowledge base).
    void articleRequested(const QString &articleId);

private:
    void save();
    void updateStepList(int current);

    WizardContext m_context;
    Incident m_incident;
    QJsonObject m_state;
    std::optional<MetricsSnapshot> m_snapshot;
    std::optional<Diagnosis> m_diagnosis;
    std::unique_ptr<WorkerThread<DiagnosisRunner>> m_diagnosisThread;
    std::unique_ptr<WorkerThread<CommandRunner>> m_commandThread;
    QListWidget *m_steps = nullptr;
};

} // namespace payops
