#include "widgets/incidents/wizard/followuppage.h"

#include "models/incidents/incidentdesk.h"
#include "models/incidents/incidenttablemodel.h"
#include "models/incidents/postmortem.h"
#include "widgets/incidents/wizard/incidentwizard.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace payops {

FollowUpPage::FollowUpPage(IncidentWizard &wizard)
    : m_wizard(wizard)
    , m_rootCause(new QLineEdit(this))
    , m_impact(new QLabel(this))
    , m_impactNote(new QPlainTextEdit(this))
    , m_actions(new QPlainTextEdit(this))
    , m_lessons(new QPlainTextEdit(this))
    , m_followUps(new QPlainTextEdit(this))
    , m_write(new QPushButton(tr("&Write the Post-Mortem…"), this))
    , m_status(new QLabel(this))
    , m_close(new QCheckBox(tr("&Close the incident when finished"), this))
{
    setTitle(tr("6. Follow up"));
    setSubTitle(tr("What caused it, what it cost, what was done and what must change. The post-mortem is written from this."));
    setFinalPage(true);
    m_rootCause->setObjectName(QStringLiteral("followUpRootCause"));
    m_impact->setWordWrap(true);
    m_impact->setText(tr("Estimating the impact from the metric history…"));
    m_followUps->setPlaceholderText(tr("One follow-up item a line"));
    m_lessons->setPlaceholderText(tr("What went well, what did not, what to change"));
    m_impactNote->setPlaceholderText(tr("Who noticed, which customers, which merchants"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_write->setToolTip(tr("Write the report as Markdown and PDF (Ctrl+S)"));
    for (QPlainTextEdit *edit : {m_impactNote, m_actions, m_lessons, m_followUps}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(60);
    }
    auto *writeKey = new QShortcut(QKeySequence::Save, this);
    connect(writeKey, &QShortcut::activated, this, [this] { writeReport(); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Root cause:"), m_rootCause);
    form->addRow(tr("Impact:"), m_impact);
    form->addRow(tr("Impact &notes:"), m_impactNote);
    form->addRow(tr("&Actions taken:"), m_actions);
    form->addRow(tr("&Lessons:"), m_lessons);
    form->addRow(tr("&Follow-up items:"), m_followUps);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_write);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_close);

    connect(m_write, &QPushButton::clicked, this, [this] { writeReport(); });
}

void FollowUpPage::initializePage()
{
    const PostMortem stored = PostMortem::fromJson(m_wizard.stepState(IncidentWizard::FollowUp));
    QString rootCause = stored.rootCause;
    if (rootCause.isEmpty() && m_wizard.diagnosis() && m_wizard.diagnosis()->anyConfirmed())
        rootCause = m_wizard.diagnosis()->causes.constFirst().title;
    m_rootCause->setText(rootCause);
    m_impactNote->setPlainText(stored.impactNote);
    QString actions = stored.actionsTaken;
    if (actions.isEmpty()) {
        QStringList done;
        for (const QJsonValue &value : m_wizard.stepState(IncidentWizard::Resolve).value(QStringLiteral("actions")).toArray())
            done << value.toString();
        actions = done.join(u'\n');
    }
    m_actions->setPlainText(actions);
    m_lessons->setPlainText(stored.lessons);
    m_followUps->setPlainText(stored.followUps.join(u'\n'));
    const Incident::Status status = m_wizard.incident().status;
    m_close->setEnabled(status == Incident::Status::Resolved);
    m_close->setChecked(status == Incident::Status::Resolved);
    m_wizard.context().desk->estimateImpact(m_wizard.incident().id, this, [this](const IncidentImpact &impact) {
        const QString duration = IncidentTableModel::durationText(impact.endMs - impact.startMs);
        m_impact->setText(impact.failedTransactions
                              ? tr("%1 long; about %2 failed transactions (%3)")
                                    .arg(duration, QLocale().toString(*impact.failedTransactions, 'f', 0), impact.basis)
                              : tr("%1 long; failed transactions unknown (%2)").arg(duration, impact.basis));
    });
}

bool FollowUpPage::validatePage()
{
    keep();
    if (m_close->isChecked() && m_close->isEnabled())
        m_wizard.setStatus(Incident::Status::Closed, tr("Closed after the follow-up: %1").arg(m_rootCause->text().trimmed()));
    return true;
}

PostMortem FollowUpPage::writeUp() const
{
    PostMortem writeUp;
    writeUp.rootCause = m_rootCause->text().trimmed();
    writeUp.impactNote = m_impactNote->toPlainText().trimmed();
    writeUp.actionsTaken = m_actions->toPlainText().trimmed();
    writeUp.lessons = m_lessons->toPlainText().trimmed();
    for (const QString &line : m_followUps->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            writeUp.followUps << line.trimmed();
    }
    return writeUp;
}

void FollowUpPage::writeReport(QString directory)
{
    if (directory.isEmpty())
        directory = m_wizard.context().chooseReportDirectory(this);
    if (directory.isEmpty())
        return;
    keep();
    const QString base = QDir(directory).filePath(QStringLiteral("incident-%1-post-mortem").arg(m_wizard.incident().id));
    const QString markdown = base + QStringLiteral(".md");
    const QString pdf = base + QStringLiteral(".pdf");
    m_write->setEnabled(false);
    m_status->setText(tr("Writing the post-mortem…"));
    m_wizard.context().desk->writePostMortem(m_wizard.incident().id, writeUp(), markdown, pdf, this,
                                             [this, markdown, pdf](const std::optional<QString> &error) {
        m_write->setEnabled(true);
        if (error) {
            m_status->setText(tr("The post-mortem was not written: %1").arg(*error));
            Q_EMIT reportWritten(markdown, pdf, *error);
            return;
        }
        m_status->setText(tr("Written: %1 and %2").arg(QDir::toNativeSeparators(markdown), QDir::toNativeSeparators(pdf)));
        m_wizard.record(IncidentTimelineEntry::Kind::Note, tr("Post-mortem written to %1").arg(QDir::toNativeSeparators(pdf)),
                        {{QStringLiteral("markdown"), markdown}, {QStringLiteral("pdf"), pdf}});
        Q_EMIT reportWritten(markdown, pdf, QString());
    });
}

QString FollowUpPage::reportStatus() const
{
    return m_status->text();
}

void FollowUpPage::keep()
{
    m_wizard.setStepState(IncidentWizard::FollowUp, writeUp().toJson());
}

} // namespace payops
