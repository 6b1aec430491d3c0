#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace payops {

class IncidentWizard;
struct PostMortem;

// Step 6, follow up: root cause, impact (the duration and the failed transactions estimated from
// the metric history of the incident's window), what was done, lessons and follow-up items, kept
// with the incident; and the post-mortem report (Markdown and PDF, with the timeline and charts of
// the window), written off the GUI thread. Finishing can close the incident.
class FollowUpPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit FollowUpPage(IncidentWizard &wizard);

    void initializePage() override;
    bool validatePage() override;

    [[nodiscard]] PostMortem writeUp() const;
    // Writes incident-<id>-post-mortem.md and .pdf into `directory` (asks for one when empty).
    void writeReport(QString directory = {});
    [[nodiscard]] QString reportStatus() const;

Q_SIGNALS:
    // The report was written (or not: `error` says why).
    void reportWritten(const QString &markdownPath, const QString &pdfPath, const QString &error);

private:
    void keep();

    IncidentWizard &m_wizard;
    QLineEdit *m_rootCause;
    QLabel *m_impact;
    QPlainTextEdit *m_impactNote;
    QPlainTextEdit *m_actions;
    QPlainTextEdit *m_lessons;
    QPlainTextEdit *m_followUps;
    QPushButton *m_write;
    QLabel *m_status;
    QCheckBox *m_close;
};

} // namespace payops
