#pragma once

#include "models/core/commandrunner.h"
#include "models/incidents/playbook.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace payops {

class IncidentWizard;

// Step 4, resolve: the solutions of the leading causes (the confirmed ones, else the first). A
// command action shows the exact program and arguments before anything runs (ActionCommand: no
// shell, placeholders per argument, hostile values refused); "confirm" actions ask once more. It
// runs on the wizard's command thread with a timeout, its output appears live and can be cancelled
// (Escape ends the whole process group); the output (capped) and the exit status go into the
// timeline. A contact action leads back to the notify step.
class ResolvePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ResolvePage(IncidentWizard &wizard);

    void initializePage() override;
    void cleanupPage() override;

    // Selects a solution by id (tests, and the list's own selection).
    bool selectSolution(const QString &solutionId);
    // Runs the selected solution's command (asking first where it must); false when nothing starts.
    bool runSelected();
    void cancelRunning();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString output() const;
    [[nodiscard]] QString commandLine() const;
    [[nodiscard]] const std::optional<CommandResult> &lastResult() const { return m_lastResult; }

Q_SIGNALS:
    void commandFinished(const payops::CommandResult &result);

private:
    void showSelected();
    void onOutput(const QByteArray &chunk, QProcess::ProcessChannel channel);
    void onFinished(const CommandResult &result);
    [[nodiscard]] const PlaybookSolution *selected() const;

    IncidentWizard &m_wizard;
    QTreeWidget *m_solutions;
    QLabel *m_description;
    QLabel *m_command;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_notify;
    QPlainTextEdit *m_output;
    QLabel *m_status;
    QList<PlaybookSolution> m_shown;
    std::optional<CommandSpec> m_spec; // the selected command, as it would run
    CommandSpec m_runningSpec;
    bool m_running = false;
    std::optional<CommandResult> m_lastResult;
};

} // namespace payops
