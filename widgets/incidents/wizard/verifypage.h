#pragma once

#include "models/incidents/recoverywatch.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace payops {

class IncidentWizard;
class MetricChart;

// Step 5, verify: proves recovery. The metric checks that confirmed the cause are watched live
// (RecoveryWatch) with a chart and a countdown: once they are back in their normal range and stay
// there for the hold time the incident is resolved, with the proof in the timeline. A relapse, or
// values not back within the hold time, goes back to step 3 and runs the checks again. Without a metric to watch, the checks are run again:
// the incident resolves when none confirms the cause. Resolving anyway needs a reason (recorded
// and audited).
class VerifyPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit VerifyPage(IncidentWizard &wizard);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    void setHoldSeconds(int seconds);
    void checkAgain();
    void resolveAnyway();
    [[nodiscard]] QString countdownText() const;
    [[nodiscard]] bool isResolved() const { return m_resolved; }
    // Every watched value is back in range and the countdown runs.
    [[nodiscard]] bool isCountingDown() const { return m_watch && m_watch->state() == RecoveryWatch::State::Watching; }

private:
    void onSnapshot(const MetricsSnapshot &snapshot);
    void onDiagnosed(const Diagnosis &diagnosis);
    void showReading(const RecoveryWatch::Reading &reading);
    void resolved(const QString &note);

    IncidentWizard &m_wizard;
    QLabel *m_notice;
    QSpinBox *m_hold;
    QLabel *m_countdown;
    QProgressBar *m_progress;
    QTreeWidget *m_values;
    QWidget *m_chartHolder;
    MetricChart *m_chart = nullptr;
    QPushButton *m_recheck;
    QPushButton *m_override;
    std::optional<RecoveryWatch> m_watch;
    bool m_active = false;         // the page is shown
    bool m_awaitingRecheck = false;
    bool m_resolved = false;
};

} // namespace payops
