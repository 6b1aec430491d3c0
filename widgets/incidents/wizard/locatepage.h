#pragma once

#include "models/incidents/diagnosis.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace payops {

class IncidentWizard;

// Step 3, locate: runs every check of the playbook's causes at once (DiagnosisRunner, on its own
// thread): metric checks against the values now, /health requests and TCP connects with their
// deadline, and the questions the operator answers here. Each check shows its verdict and its
// evidence as it arrives; then the causes are ranked by the evidence with the reasoning in words,
// each with its knowledge article. One summary of each run goes into the timeline.
class LocatePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit LocatePage(IncidentWizard &wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    // Runs every check again (F5; the verify step after a relapse).
    void runChecks();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Answers a manual question (the combo box in the tree does this): re-ranks at once.
    void answer(const QString &checkKey, std::optional<bool> yes);
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }

private:
    void onAnswered(const CheckVerdict &verdict);
    void onDiagnosed(const Diagnosis &diagnosis);
    void showDiagnosis(const Diagnosis &diagnosis);
    void showSelectedCause();
    void showVerdict(QTreeWidgetItem *item, const CheckVerdict &verdict);
    [[nodiscard]] QHash<QString, bool> answers() const;
    void keepAnswers(const QHash<QString, bool> &answers);

    IncidentWizard &m_wizard;
    QLabel *m_notice;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QTreeWidget *m_tree;
    QLabel *m_reasoning;
    QPushButton *m_article;
    QPushButton *m_rerun;
    QHash<QString, QTreeWidgetItem *> m_checkItems; // by CheckVerdict::key()
    int m_checkCount = 0;
    int m_answered = 0;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace payops
