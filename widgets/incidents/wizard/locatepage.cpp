#include "widgets/incidents/wizard/locatepage.h"

#include "models/incidents/diagnosisranking.h"
#include "models/incidents/diagnosisrunner.h"
#include "widgets/incidents/wizard/incidentwizard.h"
#include "widgets/incidents/wizard/wizardstyle.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace payops {

namespace {

enum Column { What, Verdict, Evidence };
constexpr int keyRole = Qt::UserRole;   // a check item's CheckVerdict::key()
constexpr int causeRole = Qt::UserRole + 1; // a cause item's index in the diagnosis

QString checkTitle(const PlaybookCheck &check)
{
    switch (check.type) {
    case PlaybookCheck::Type::Metric: return LocatePage::tr("%1 (metric)").arg(check.metric);
    case PlaybookCheck::Type::Health:
        return check.dependency.isEmpty() ? LocatePage::tr("health") : LocatePage::tr("health of %1").arg(check.dependency);
    case PlaybookCheck::Type::Tcp: return LocatePage::tr("TCP connect");
    case PlaybookCheck::Type::Manual: return check.question.text();
    }
    return check.id;
}

} // namespace

LocatePage::LocatePage(IncidentWizard &wizard)
    : m_wizard(wizard)
    , m_notice(WizardStyle::notice(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_reasoning(new QLabel(this))
    , m_article(new QPushButton(tr("Read the &Article"), this))
    , m_rerun(new QPushButton(tr("Run the Checks &Again"), this))
{
    setTitle(tr("3. Locate"));
    setSubTitle(tr("Every check of every cause runs at once; the causes are ranked by what the checks found."));
    m_tree->setObjectName(QStringLiteral("locateCauses"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Cause / check"), tr("Verdict"), tr("Evidence")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(What, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(Verdict, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(What, 420);
    m_reasoning->setWordWrap(true);
    m_reasoning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_article->setEnabled(false);
    m_rerun->setToolTip(tr("Run every check again (F5)"));
    auto *rerunKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(rerunKey, &QShortcut::activated, this, &LocatePage::runChecks);

    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_progressText, 2);
    progress->addWidget(m_rerun);
    auto *below = new QHBoxLayout;
    below->addWidget(m_reasoning, 1);
    below->addWidget(m_article, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(progress);
    layout->addWidget(m_tree, 1);
    layout->addLayout(below);

    connect(m_rerun, &QPushButton::clicked, this, &LocatePage::runChecks);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &LocatePage::showSelectedCause);
    connect(m_article, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_tree->currentItem()) {
            const QTreeWidgetItem *cause = item->parent() ? item->parent() : item;
            const int index = cause->data(What, causeRole).toInt();
            if (m_wizard.diagnosis() && index < m_wizard.diagnosis()->causes.size())
                Q_EMIT m_wizard.articleRequested(m_wizard.diagnosis()->causes.at(index).article);
        }
    });
    connect(wizard.diagnosisRunner(), &DiagnosisRunner::checkAnswered, this, &LocatePage::onAnswered);
    connect(&wizard, &IncidentWizard::diagnosed, this, &LocatePage::onDiagnosed);
}

void LocatePage::initializePage()
{
    if (!m_wizard.context().live) {
        m_notice->setText(tr("Offline: live checks are unavailable. Answer the questions; the causes are ranked by your answers."));
        m_notice->show();
    }
    runChecks();
}

bool LocatePage::isComplete() const
{
    return m_finished;
}

void LocatePage::runChecks()
{
    const Playbook *playbook = m_wizard.playbook();
    if (!playbook)
        return;
    DiagnosisRequest request;
    request.service = m_wizard.incident().service();
    request.playbooks = {*playbook};
    request.targets = m_wizard.context().targets;
    request.snapshot = m_wizard.latestSnapshot();
    request.live = m_wizard.context().live;
    request.answers = answers();
    request.deadlineMs = m_wizard.context().checkDeadlineMs;

    // Every check in the playbook's order, waiting, so that the page shows what is coming.
    m_tree->clear();
    m_checkItems.clear();
    m_checkCount = 0;
    m_answered = 0;
    for (const PlaybookCause &cause : playbook->causes) {
        auto *causeItem = new QTreeWidgetItem(m_tree, {cause.title.text(), QString(), QString()});
        for (const PlaybookCheck &check : cause.checks) {
            auto *item = new QTreeWidgetItem(causeItem, {checkTitle(check), tr("checking…"), QString()});
            item->setData(What, keyRole, QString(playbook->id + u'/' + cause.id + u'/' + check.id));
            m_checkItems.insert(item->data(What, keyRole).toString(), item);
            ++m_checkCount;
        }
        causeItem->setExpanded(true);
    }
    m_progress->setRange(0, qMax(1, m_checkCount));
    m_progress->setValue(0);
    m_progressText->setText(tr("Checking…"));
    m_running = true;
    m_finished = false;
    Q_EMIT completeChanged();
    m_clock.start();
    DiagnosisRunner *runner = m_wizard.diagnosisRunner();
    QMetaObject::invokeMethod(runner, [runner, request] { runner->start(request); });
}

void LocatePage::onAnswered(const CheckVerdict &verdict)
{
    QTreeWidgetItem *item = m_checkItems.value(verdict.key());
    if (!item)
        return;
    showVerdict(item, verdict);
    m_progress->setValue(++m_answered);
    m_progressText->setText(tr("%1 of %2 checks answered in %3 s")
                                .arg(m_answered)
                                .arg(m_checkCount)
                                .arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)));
}

void LocatePage::onDiagnosed(const Diagnosis &diagnosis)
{
    const bool fromRun = m_running;
    m_running = false;
    m_finished = true;
    // The tree is rebuilt later: this may come from a combo box in it, which must not die in its own signal.
    QTimer::singleShot(0, this, [this, diagnosis] { showDiagnosis(diagnosis); });
    Q_EMIT completeChanged();

    int confirmed = 0, ruledOut = 0, open = 0;
    for (const CauseAssessment &cause : diagnosis.causes) {
        confirmed += cause.confirmed;
        ruledOut += cause.ruledOut;
        open += cause.unanswered;
    }
    const QString leading = diagnosis.anyConfirmed() ? diagnosis.causes.constFirst().title : tr("none confirmed");
    m_progressText->setText(tr("%1 confirm, %2 rule out, %3 open — leading cause: %4")
                                .arg(confirmed)
                                .arg(ruledOut)
                                .arg(open)
                                .arg(leading));
    if (fromRun) {
        m_wizard.record(IncidentTimelineEntry::Kind::Check,
                        tr("Checks run: %1 confirm, %2 rule out, %3 open; leading cause: %4")
                            .arg(confirmed)
                            .arg(ruledOut)
                            .arg(open)
                            .arg(leading),
                        diagnosis.toJson());
    }
}

void LocatePage::showDiagnosis(const Diagnosis &diagnosis)
{
    m_tree->clear();
    m_checkItems.clear();
    const Playbook *playbook = m_wizard.playbook();
    for (int index = 0; index < diagnosis.causes.size(); ++index) {
        const CauseAssessment &cause = diagnosis.causes.at(index);
        auto *causeItem = new QTreeWidgetItem(m_tree, {tr("%1. %2").arg(index + 1).arg(cause.title), QString(), cause.reasoning});
        causeItem->setData(What, causeRole, index);
        const CheckVerdict::Verdict overall = cause.isConfirmed() ? CheckVerdict::Verdict::Confirmed
            : cause.ruledOut > 0 && cause.unanswered == 0         ? CheckVerdict::Verdict::RuledOut
                                                                  : CheckVerdict::Verdict::Unanswered;
        causeItem->setText(Verdict, overall == CheckVerdict::Verdict::Confirmed ? tr("confirmed")
                                    : overall == CheckVerdict::Verdict::RuledOut ? tr("ruled out")
                                                                                 : tr("open"));
        causeItem->setForeground(Verdict, WizardStyle::verdictColor(overall, m_tree));
        QFont bold = causeItem->font(What);
        bold.setBold(true);
        causeItem->setFont(What, bold);
        const PlaybookCause *definition = playbook ? playbook->cause(cause.causeId) : nullptr;
        for (const CheckVerdict &verdict : cause.checks) {
            const PlaybookCheck *check = nullptr;
            if (definition) {
                for (const PlaybookCheck &candidate : definition->checks) {
                    if (candidate.id == verdict.checkId)
                        check = &candidate;
                }
            }
            auto *item = new QTreeWidgetItem(causeItem, {check ? checkTitle(*check) : verdict.checkId, QString(), QString()});
            item->setData(What, keyRole, verdict.key());
            m_checkItems.insert(verdict.key(), item);
            showVerdict(item, verdict);
            if (check && check->type == PlaybookCheck::Type::Manual) {
                auto *choice = new QComboBox(m_tree);
                choice->addItem(tr("not answered"));
                choice->addItem(tr("yes"), true);
                choice->addItem(tr("no"), false);
                const QHash<QString, bool> given = answers();
                if (given.contains(verdict.key()))
                    choice->setCurrentIndex(given.value(verdict.key()) ? 1 : 2);
                m_tree->setItemWidget(item, Verdict, choice);
                connect(choice, &QComboBox::currentIndexChanged, this, [this, key = verdict.key(), choice](int index) {
                    answer(key, index == 0 ? std::nullopt : std::optional<bool>(choice->itemData(index).toBool()));
                });
            }
        }
        causeItem->setExpanded(true);
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void LocatePage::answer(const QString &checkKey, std::optional<bool> yes)
{
    QHash<QString, bool> given = answers();
    if (yes)
        given.insert(checkKey, *yes);
    else
        given.remove(checkKey);
    keepAnswers(given);
    const Playbook *playbook = m_wizard.playbook();
    if (!playbook || !m_wizard.diagnosis())
        return;
    // Re-rank with the new answer at once; the automatic checks keep what they found.
    QHash<QString, CheckVerdict> verdicts;
    for (const CauseAssessment &cause : m_wizard.diagnosis()->causes) {
        for (const CheckVerdict &verdict : cause.checks)
            verdicts.insert(verdict.key(), verdict);
    }
    QString question;
    for (const PlaybookCause &cause : playbook->causes) {
        for (const PlaybookCheck &check : cause.checks) {
            const QString key = playbook->id + u'/' + cause.id + u'/' + check.id;
            if (key != checkKey)
                continue;
            CheckVerdict verdict = DiagnosisRunner::evaluateManual(check, yes);
            verdict.playbookId = playbook->id;
            verdict.causeId = cause.id;
            verdict.checkId = check.id;
            verdicts.insert(key, verdict);
            question = check.question.text();
        }
    }
    Diagnosis diagnosis = *m_wizard.diagnosis();
    diagnosis.causes = DiagnosisRanking::rank({*playbook}, verdicts);
    m_wizard.record(IncidentTimelineEntry::Kind::Check,
                    yes ? tr("Answered \"%1\": %2").arg(question, *yes ? tr("yes") : tr("no"))
                        : tr("Withdrew the answer to \"%1\"").arg(question),
                    {{QStringLiteral("check"), checkKey}});
    m_wizard.setDiagnosis(diagnosis);
}

void LocatePage::showVerdict(QTreeWidgetItem *item, const CheckVerdict &verdict)
{
    item->setText(Verdict, WizardStyle::verdictTitle(verdict.verdict));
    item->setForeground(Verdict, WizardStyle::verdictColor(verdict.verdict, m_tree));
    item->setText(Evidence, verdict.evidence);
    item->setToolTip(Evidence, verdict.evidence);
}

void LocatePage::showSelectedCause()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QTreeWidgetItem *cause = item && item->parent() ? item->parent() : item;
    const std::optional<Diagnosis> &diagnosis = m_wizard.diagnosis();
    if (!cause || !diagnosis || !cause->data(What, causeRole).isValid()) {
        m_reasoning->clear();
        m_article->setEnabled(false);
        return;
    }
    const CauseAssessment &assessment = diagnosis->causes.value(cause->data(What, causeRole).toInt());
    m_reasoning->setText(assessment.reasoning);
    m_article->setEnabled(!assessment.article.isEmpty());
}

QHash<QString, bool> LocatePage::answers() const
{
    QHash<QString, bool> given;
    const QJsonObject stored = m_wizard.stepState(IncidentWizard::Locate).value(QStringLiteral("answers")).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        given.insert(it.key(), it.value().toBool());
    return given;
}

void LocatePage::keepAnswers(const QHash<QString, bool> &answers)
{
    QJsonObject stored;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        stored.insert(it.key(), it.value());
    QJsonObject state = m_wizard.stepState(IncidentWizard::Locate);
    state.insert(QStringLiteral("answers"), stored);
    m_wizard.setStepState(IncidentWizard::Locate, state);
}

} // namespace payops
