#include "widgets/incidents/wizard/resolvepage.h"

#include "models/incidents/actioncommand.h"
#include "widgets/incidents/wizard/incidentwizard.h"
#include "widgets/incidents/wizard/wizardstyle.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace payops {

namespace {

constexpr int solutionRole = Qt::UserRole; // index into m_shown

QString actionSummary(const PlaybookAction &action)
{
    switch (action.type) {
    case PlaybookAction::Type::Command: return ResolvePage::tr("runs %1").arg(action.program);
    case PlaybookAction::Type::Contact: return ResolvePage::tr("reach %1").arg(ContactRoles::displayName(action.role));
    case PlaybookAction::Type::None: break;
    }
    return ResolvePage::tr("by hand");
}

} // namespace

ResolvePage::ResolvePage(IncidentWizard &wizard)
    : m_wizard(wizard)
    , m_solutions(new QTreeWidget(this))
    , m_description(new QLabel(this))
    , m_command(new QLabel(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("&Cancel Command"), this))
    , m_notify(new QPushButton(tr("Go to &Notify"), this))
    , m_output(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("4. Resolve"));
    setSubTitle(tr("The solutions of the leading causes. A command shows exactly what runs before it runs."));
    m_solutions->setObjectName(QStringLiteral("resolveSolutions"));
    m_solutions->setHeaderLabels({tr("Solution"), tr("Action")});
    m_solutions->setRootIsDecorated(true);
    m_solutions->header()->setStretchLastSection(false);
    m_solutions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_solutions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_description->setWordWrap(true);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setObjectName(QStringLiteral("resolveOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMaximumBlockCount(20'000);
    m_output->setPlaceholderText(tr("The command's output appears here as it runs."));
    m_status->setWordWrap(true);
    m_run->setToolTip(tr("Run the command shown (Ctrl+Return)"));
    m_cancel->setToolTip(tr("End the command and everything it started (Ctrl+Break)"));
    m_cancel->setEnabled(false);
    m_run->setEnabled(false);
    m_notify->hide();
    auto *runKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(runKey, &QShortcut::activated, this, &ResolvePage::runSelected);
    auto *cancelKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Pause), this);
    connect(cancelKey, &QShortcut::activated, this, &ResolvePage::cancelRunning);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_notify);
    buttons->addStretch(1);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_description);
    detailsLayout->addWidget(m_command);
    detailsLayout->addLayout(buttons);
    detailsLayout->addWidget(m_output, 1);
    detailsLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_solutions);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);

    connect(m_solutions, &QTreeWidget::currentItemChanged, this, &ResolvePage::showSelected);
    connect(m_run, &QPushButton::clicked, this, &ResolvePage::runSelected);
    connect(m_cancel, &QPushButton::clicked, this, &ResolvePage::cancelRunning);
    connect(m_notify, &QPushButton::clicked, this, [this] { m_wizard.returnTo(IncidentWizard::Notify); });
    connect(&wizard, &IncidentWizard::diagnosed, this, [this] {
        if (m_wizard.currentPage() == this && !m_running)
            initializePage(); // continued at this step: the causes arrived after the page was shown
    });
    connect(wizard.commandRunner(), &CommandRunner::outputReceived, this, &ResolvePage::onOutput);
    connect(wizard.commandRunner(), &CommandRunner::finished, this, &ResolvePage::onFinished);
}

void ResolvePage::initializePage()
{
    m_solutions->clear();
    m_shown.clear();
    const Playbook *playbook = m_wizard.playbook();
    const std::optional<Diagnosis> &diagnosis = m_wizard.diagnosis();
    if (!playbook)
        return;
    // The confirmed causes' solutions; with nothing confirmed, the best-ranked cause's.
    QList<const CauseAssessment *> leading;
    if (diagnosis) {
        for (const CauseAssessment &cause : diagnosis->causes) {
            if (cause.isConfirmed() || leading.isEmpty())
                leading << &cause;
            if (!cause.isConfirmed())
                break;
        }
    }
    for (const CauseAssessment *cause : std::as_const(leading)) {
        const PlaybookCause *definition = playbook->cause(cause->causeId);
        if (!definition)
            continue;
        auto *causeItem = new QTreeWidgetItem(m_solutions, {cause->title, cause->isConfirmed() ? tr("confirmed") : tr("most likely")});
        for (const PlaybookSolution &solution : definition->solutions) {
            auto *item = new QTreeWidgetItem(causeItem, {solution.text.text(), actionSummary(solution.action)});
            item->setData(0, solutionRole, int(m_shown.size()));
            item->setToolTip(0, solution.text.text());
            m_shown << solution;
        }
        causeItem->setExpanded(true);
    }
    if (m_solutions->topLevelItemCount() == 0)
        m_description->setText(tr("Run the checks of step 3 first: the solutions follow from the causes they confirm."));
    else if (QTreeWidgetItem *first = m_solutions->topLevelItem(0)->child(0))
        m_solutions->setCurrentItem(first);
}

void ResolvePage::cleanupPage()
{
    // Going back leaves a running command running: its output still goes into the timeline.
}

bool ResolvePage::selectSolution(const QString &solutionId)
{
    for (int top = 0; top < m_solutions->topLevelItemCount(); ++top) {
        QTreeWidgetItem *cause = m_solutions->topLevelItem(top);
        for (int child = 0; child < cause->childCount(); ++child) {
            QTreeWidgetItem *item = cause->child(child);
            if (m_shown.value(item->data(0, solutionRole).toInt()).id == solutionId) {
                m_solutions->setCurrentItem(item);
                return true;
            }
        }
    }
    return false;
}

const PlaybookSolution *ResolvePage::selected() const
{
    const QTreeWidgetItem *item = m_solutions->currentItem();
    if (!item || !item->data(0, solutionRole).isValid())
        return nullptr;
    const int index = item->data(0, solutionRole).toInt();
    return index < m_shown.size() ? &m_shown.at(index) : nullptr;
}

void ResolvePage::showSelected()
{
    m_spec.reset();
    m_notify->hide();
    m_command->clear();
    const PlaybookSolution *solution = selected();
    if (!solution) {
        m_description->clear();
        m_run->setEnabled(false);
        return;
    }
    m_description->setText(solution->text.text());
    if (solution->action.type == PlaybookAction::Type::Command) {
        const std::variant<CommandSpec, QString> prepared
            = ActionCommand::prepare(solution->action, m_wizard.incident().service(), m_wizard.context().targets);
        if (const QString *refusal = std::get_if<QString>(&prepared)) {
            m_command->setText(tr("Will not run: %1").arg(*refusal));
        } else {
            m_spec = std::get<CommandSpec>(prepared);
            m_command->setText(tr("Runs: %1%2").arg(ActionCommand::shown(*m_spec),
                                                   solution->action.confirm ? tr("  (asks before it runs)") : QString()));
        }
    } else if (solution->action.type == PlaybookAction::Type::Contact) {
        m_command->setText(tr("Reach: %1").arg(ContactRoles::displayName(solution->action.role)));
        m_notify->show();
    }
    m_run->setEnabled(m_spec.has_value() && !m_running);
}

bool ResolvePage::runSelected()
{
    const PlaybookSolution *solution = selected();
    if (!solution || !m_spec || m_running)
        return false;
    const QString line = ActionCommand::shown(*m_spec);
    if (solution->action.confirm && !m_wizard.ask(tr("Run this command now?\n\n%1").arg(line)))
        return false;
    m_running = true;
    m_runningSpec = *m_spec;
    m_output->clear();
    m_output->appendPlainText(QStringLiteral("$ ") + line);
    m_output->appendPlainText(QString()); // the output starts on a line of its own
    m_status->setText(tr("Running… (Ctrl+Break ends it)"));
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    CommandRunner *runner = m_wizard.commandRunner();
    QMetaObject::invokeMethod(runner, [runner, spec = *m_spec] { runner->start(spec); });
    return true;
}

void ResolvePage::cancelRunning()
{
    if (!m_running)
        return;
    CommandRunner *runner = m_wizard.commandRunner();
    QMetaObject::invokeMethod(runner, [runner] { runner->cancel(); });
}

QString ResolvePage::output() const
{
    return m_output->toPlainText();
}

QString ResolvePage::commandLine() const
{
    return m_command->text();
}

void ResolvePage::onOutput(const QByteArray &chunk, QProcess::ProcessChannel)
{
    QScrollBar *bar = m_output->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_output->moveCursor(QTextCursor::End);
    m_output->insertPlainText(QString::fromUtf8(chunk));
    if (atEnd)
        bar->setValue(bar->maximum());
}

void ResolvePage::onFinished(const CommandResult &result)
{
    m_running = false;
    m_lastResult = result;
    m_cancel->setEnabled(false);
    m_run->setEnabled(m_spec.has_value());
    m_status->setText(result.describe());
    const QString line = ActionCommand::shown(m_runningSpec);
    QByteArray output = result.standardOutput + result.standardError;
    const bool cut = output.size() > ActionCommand::timelineOutputCap || result.outputTruncated;
    output.truncate(ActionCommand::timelineOutputCap);
    m_wizard.record(IncidentTimelineEntry::Kind::Action, tr("Ran %1: %2").arg(line, result.describe()),
                    {{QStringLiteral("program"), m_runningSpec.program},
                     {QStringLiteral("arguments"), QJsonArray::fromStringList(m_runningSpec.arguments)},
                     {QStringLiteral("exitCode"), result.exitCode},
                     {QStringLiteral("succeeded"), result.succeeded()},
                     {QStringLiteral("durationMs"), result.durationMs},
                     {QStringLiteral("output"), QString::fromUtf8(output)},
                     {QStringLiteral("outputTruncated"), cut}});
    // What was done, for the follow-up's "actions taken".
    QJsonObject state = m_wizard.stepState(IncidentWizard::Resolve);
    QJsonArray done = state.value(QStringLiteral("actions")).toArray();
    done.append(tr("%1 — %2").arg(line, result.describe()));
    state.insert(QStringLiteral("actions"), done);
    m_wizard.setStepState(IncidentWizard::Resolve, state);
    Q_EMIT commandFinished(result);
}

} // namespace payops
