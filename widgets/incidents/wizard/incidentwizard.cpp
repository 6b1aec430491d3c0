#include "widgets/incidents/wizard/incidentwizard.h"

#include "models/core/commandrunner.h"
#include "models/core/workerthread.h"
#include "models/incidents/diagnosisrunner.h"
#include "models/incidents/incidentdesk.h"
#include "widgets/incidents/wizard/discoverpage.h"
#include "widgets/incidents/wizard/followuppage.h"
#include "widgets/incidents/wizard/locatepage.h"
#include "widgets/incidents/wizard/notifypage.h"
#include "widgets/incidents/wizard/resolvepage.h"
#include "widgets/incidents/wizard/verifypage.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>

namespace payops {

namespace {

const QStringList &stepNames()
{
    static const QStringList names{QStringLiteral("discover"), QStringLiteral("notify"), QStringLiteral("locate"),
                                   QStringLiteral("resolve"), QStringLiteral("verify"), QStringLiteral("follow-up")};
    return names;
}

} // namespace

IncidentWizard::IncidentWizard(WizardContext context, const Incident &incident, QWidget *parent)
    : QWizard(parent)
    , m_context(std::move(context))
    , m_incident(incident)
    , m_state(incident.wizardState)
    , m_diagnosisThread(std::make_unique<WorkerThread<DiagnosisRunner>>(QStringLiteral("payops-wizard-checks")))
    , m_commandThread(std::make_unique<WorkerThread<CommandRunner>>(QStringLiteral("payops-wizard-actions")))
{
    qRegisterMetaType<payops::CheckVerdict>();
    qRegisterMetaType<payops::Diagnosis>();
    qRegisterMetaType<QProcess::ProcessChannel>();
    setObjectName(QStringLiteral("incidentWizard"));
    setWindowTitle(tr("Troubleshoot #%1 — %2").arg(incident.id).arg(incident.title.isEmpty() ? incident.service() : incident.title));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setAttribute(Qt::WA_DeleteOnClose);
    if (!m_context.confirm) {
        m_context.confirm = [](QWidget *parent, const QString &question) {
            return QMessageBox::question(parent, tr("Confirm"), question) == QMessageBox::Yes;
        };
    }
    if (!m_context.askReason) {
        m_context.askReason = [](QWidget *parent, const QString &prompt) -> std::optional<QString> {
            bool ok = false;
            const QString text = QInputDialog::getMultiLineText(parent, tr("Reason"), prompt, QString(), &ok);
            return ok ? std::optional<QString>(text) : std::nullopt;
        };
    }
    if (!m_context.chooseReportDirectory) {
        m_context.chooseReportDirectory = [](QWidget *parent) {
            return QFileDialog::getExistingDirectory(parent, tr("Save the Post-Mortem In"));
        };
    }

    // The six steps in a list beside the pages: where the incident stands at a glance.
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("wizardSteps"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->ensurePolished(); // the theme sets its font
    QFont bold = m_steps->font();
    bold.setBold(true);
    int widest = 0;
    for (int step = Discover; step <= FollowUp; ++step) {
        m_steps->addItem(tr("%1. %2").arg(step + 1).arg(stepTitle(step)));
        widest = qMax(widest, QFontMetrics(bold).horizontalAdvance(QStringLiteral("▶ ") + m_steps->item(step)->text()));
    }
    m_steps->setMinimumWidth(widest + 40); // the current step is bold: room for it, no scroll bar
    setSideWidget(m_steps);

    setPage(Discover, new DiscoverPage(*this));
    setPage(Notify, new NotifyPage(*this));
    setPage(Locate, new LocatePage(*this));
    setPage(Resolve, new ResolvePage(*this));
    setPage(Verify, new VerifyPage(*this));
    setPage(FollowUp, new FollowUpPage(*this));

    connect(diagnosisRunner(), &DiagnosisRunner::finished, this, &IncidentWizard::setDiagnosis);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        updateStepList(id);
        if (id >= 0)
            save();
    });
    connect(this, &QWizard::finished, this, &IncidentWizard::save);
    if (!m_incident.acknowledgedMs)
        m_context.desk->acknowledge(m_incident.id); // the operator is on it
    resize(1280, 820);
}

IncidentWizard::~IncidentWizard() = default;

QString IncidentWizard::stepName(int step)
{
    return stepNames().value(step);
}

int IncidentWizard::stepOf(const QString &name)
{
    return qMax(0, int(stepNames().indexOf(name)));
}

QString IncidentWizard::stepTitle(int step)
{
    switch (step) {
    case Discover: return tr("Discover and report");
    case Notify: return tr("Notify");
    case Locate: return tr("Locate");
    case Resolve: return tr("Resolve");
    case Verify: return tr("Verify");
    case FollowUp: return tr("Follow up");
    }
    return {};
}

const Playbook *IncidentWizard::playbook() const
{
    const QString id = m_state.value(QStringLiteral("playbook")).toString(m_incident.type);
    for (const Playbook &candidate : m_context.playbooks) {
        if (candidate.id == id)
            return &candidate;
    }
    return m_context.playbooks.isEmpty() ? nullptr : &m_context.playbooks.constFirst();
}

void IncidentWizard::setPlaybook(const QString &playbookId)
{
    if (playbook() && playbook()->id == playbookId)
        return;
    m_state.insert(QStringLiteral("playbook"), playbookId);
    save();
    m_diagnosis.reset(); // it weighed another playbook's causes
    Q_EMIT playbookChanged();
}

QString IncidentWizard::playbookTitle() const
{
    const Playbook *chosen = playbook();
    return chosen ? chosen->title.text() : m_incident.type;
}

QJsonObject IncidentWizard::stepState(int step) const
{
    return m_state.value(stepName(step)).toObject();
}

void IncidentWizard::setStepState(int step, const QJsonObject &state)
{
    m_state.insert(stepName(step), state);
    save();
}

void IncidentWizard::setDiagnosis(const Diagnosis &diagnosis)
{
    m_diagnosis = diagnosis;
    Q_EMIT diagnosed(diagnosis);
}

void IncidentWizard::record(IncidentTimelineEntry::Kind kind, const QString &text, const QJsonObject &detail)
{
    m_context.desk->record(m_incident.id, kind, text, detail);
}

void IncidentWizard::setStatus(Incident::Status status, const QString &note)
{
    if (!Incident::canMove(m_incident.status, status))
        return;
    m_incident.status = status;
    m_context.desk->setStatus(m_incident.id, status, note);
}

void IncidentWizard::resolveWithOverride(const QString &reason, const QJsonObject &evidence)
{
    m_incident.status = Incident::Status::Resolved;
    m_context.desk->resolveWithOverride(m_incident.id, reason, evidence);
}

DiagnosisRunner *IncidentWizard::diagnosisRunner() const
{
    return m_diagnosisThread->worker();
}

CommandRunner *IncidentWizard::commandRunner() const
{
    return m_commandThread->worker();
}

void IncidentWizard::returnTo(int step)
{
    while (currentId() > step && currentId() > Discover)
        back();
}

void IncidentWizard::continueAt(int step)
{
    while (currentId() >= 0 && currentId() < step)
        next();
}

bool IncidentWizard::ask(const QString &question)
{
    return m_context.confirm(this, question);
}

std::optional<QString> IncidentWizard::askReason(const QString &prompt)
{
    return m_context.askReason(this, prompt);
}

void IncidentWizard::showSnapshot(const MetricsSnapshot &snapshot)
{
    m_snapshot = snapshot;
    Q_EMIT snapshotArrived(snapshot);
}

void IncidentWizard::save()
{
    m_context.desk->saveWizard(m_incident.id, stepName(currentId()), m_state);
}

void IncidentWizard::updateStepList(int current)
{
    for (int step = 0; step < m_steps->count(); ++step) {
        QListWidgetItem *item = m_steps->item(step);
        QFont font = item->font();
        font.setBold(step == current);
        item->setFont(font);
        item->setText((step < current ? QStringLiteral("✓ ") : step == current ? QStringLiteral("▶ ") : QStringLiteral("   "))
                      + tr("%1. %2").arg(step + 1).arg(stepTitle(step)));
    }
}

} // namespace payops
