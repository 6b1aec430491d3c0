#include "widgets/alerts/alertsview.h"

#include "models/alerts/activealertsmodel.h"
#include "models/alerts/alertsdesk.h"
#include "models/alerts/alertrulepreview.h"
#include "models/alerts/shippedruletexts.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "widgets/alerts/alertfilterproxy.h"
#include "widgets/alerts/maintenancewindowdialog.h"
#include "widgets/alerts/ruleeditdialog.h"
#include "widgets/alerts/silencedialog.h"
#include "widgets/dashboard/servicetile.h"
#include "widgets/recordtable.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace payops {

namespace {

enum RuleColumn { RuleEnabled, RuleName, RuleMetric, RuleScope, RuleCondition, RuleFor, RuleSeverity, RuleColumns };

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setAccessibleName(accessibleName);
    configureRecordTable(table);
    table->setWordWrap(false);
    return table;
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString durationText(qint64 ms)
{
    if (ms <= 0)
        return AlertsView::tr("at once");
    return ServiceTile::ageText(ms);
}

QString matcherText(const AlertMatcher &matcher)
{
    QStringList parts;
    if (!matcher.ruleName.isEmpty())
        parts.append(AlertsView::tr("rule %1").arg(matcher.ruleName));
    if (!matcher.service.isEmpty())
        parts.append(AlertsView::tr("service %1").arg(matcher.service));
    if (matcher.severity)
        parts.append(AlertRule::severityTitle(*matcher.severity));
    return parts.isEmpty() ? AlertsView::tr("every alert") : parts.join(QStringLiteral(", "));
}

QPushButton *button(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(toolTip);
    return b;
}

} // namespace

AlertsView::AlertsView(AlertsDesk &desk, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_tabs(new QTabWidget(this))
{
    m_prompt = [this](const QString &title) -> std::optional<QString> {
        bool ok = false;
        const QString comment = QInputDialog::getText(this, title, tr("Comment (what you are doing about it):"),
                                                      QLineEdit::Normal, QString(), &ok);
        return ok ? std::optional<QString>(comment) : std::nullopt;
    };
    m_tabs->addTab(buildActiveTab(), tr("&Active"));
    m_tabs->addTab(buildHistoryTab(), tr("&History"));
    m_tabs->addTab(buildSilencesTab(), tr("S&ilences"));
    m_tabs->addTab(buildWindowsTab(), tr("&Maintenance"));
    m_tabs->addTab(buildRulesTab(), tr("&Rules"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(&m_desk, &AlertsDesk::alertsChanged, this, [this](const QList<ActiveAlert> &alerts) {
        m_alerts->setAlerts(alerts);
        m_emptyLabel->setVisible(alerts.isEmpty());
        updateActions();
    });
    connect(&m_desk, &AlertsDesk::rulesLoaded, this, &AlertsView::showRules);
    connect(&m_desk, &AlertsDesk::historyLoaded, this, &AlertsView::showHistory);
    connect(&m_desk, &AlertsDesk::silencesChanged, this, &AlertsView::showSilences);
    connect(&m_desk, &AlertsDesk::windowsChanged, this, &AlertsView::showWindows);
    connect(&m_desk, &AlertsDesk::message, this, &AlertsView::statusMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_historyTable->parentWidget())
            m_desk.loadHistory({});
    });
    m_alerts->setAlerts(m_desk.alerts());
    showSilences(m_desk.silences());
    showWindows(m_desk.windows());
    m_desk.loadRules();
    updateActions();
}

QWidget *AlertsView::buildActiveTab()
{
    auto *page = new QWidget(this);
    m_alerts = new ActiveAlertsModel(m_clock, this);
    m_filter = new AlertFilterProxy(this);
    m_filter->setSourceModel(m_alerts);
    m_filter->setBackground(palette().color(QPalette::Base));
    m_table = makeTable(page, m_filter, tr("Active alerts"));

    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("Filter by rule, service, summary or who acknowledged"));
    m_search->setClearButtonEnabled(true);
    m_severityFilter = new QComboBox(page);
    m_severityFilter->addItem(tr("All severities"), QString());
    for (const AlertRule::Severity severity : {AlertRule::Severity::Critical, AlertRule::Severity::Warning})
        m_severityFilter->addItem(AlertRule::severityTitle(severity), AlertRule::severityKey(severity));
    m_stateFilter = new QComboBox(page);
    m_stateFilter->addItem(tr("All states"), QString());
    for (const AlertState state : {AlertState::Firing, AlertState::Pending, AlertState::NoData, AlertState::Error,
                                   AlertState::Resolved})
        m_stateFilter->addItem(AlertStates::title(state), AlertStates::key(state));
    connect(m_search, &QLineEdit::textChanged, m_filter, &AlertFilterProxy::setText);
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSeverity(m_severityFilter->currentData().toString()); });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setState(m_stateFilter->currentData().toString()); });

    m_ackButton = button(tr("&Acknowledge…"), tr("Acknowledge the selected firing alert with a comment (A)"), page);
    m_silenceButton = button(tr("&Silence…"), tr("Silence alerts like the selected one for a while (S)"), page);
    m_playbookButton = button(tr("Open &Playbook"), tr("Open the playbook that deals with this alert (P)"), page);
    m_troubleshootButton = button(tr("&Troubleshoot…"), tr("Start troubleshooting this alert's service (T)"), page);
    connect(m_ackButton, &QPushButton::clicked, this, &AlertsView::promptAcknowledge);
    connect(m_silenceButton, &QPushButton::clicked, this, &AlertsView::promptSilence);
    connect(m_playbookButton, &QPushButton::clicked, this, &AlertsView::openPlaybookOfSelected);
    connect(m_troubleshootButton, &QPushButton::clicked, this, &AlertsView::troubleshootSelected);
    // Single keys on the table, as in a mail client: the table has no type-ahead worth keeping.
    const auto shortcut = [this](const QKeySequence &key, void (AlertsView::*slot)()) {
        auto *action = new QAction(m_table);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
    };
    shortcut(QKeySequence(Qt::Key_A), &AlertsView::promptAcknowledge);
    shortcut(QKeySequence(Qt::Key_S), &AlertsView::promptSilence);
    shortcut(QKeySequence(Qt::Key_P), &AlertsView::openPlaybookOfSelected);
    shortcut(QKeySequence(Qt::Key_T), &AlertsView::troubleshootSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsView::updateActions);
    connect(m_table, &QTableView::activated, this, &AlertsView::openPlaybookOfSelected);

    m_emptyLabel = new QLabel(tr("No alerts: every rule's condition is quiet."), page);
    m_promLabel = new QLabel(tr("Prometheus' own alerts (read-only: they are managed in Prometheus)"), page);
    m_promModel = new QStandardItemModel(0, 5, this);
    m_promModel->setHorizontalHeaderLabels({tr("Alert"), tr("State"), tr("Severity"), tr("Service"), tr("Since")});
    m_promTable = makeTable(page, m_promModel, tr("Prometheus alerts (read-only)"));
    m_promTable->setMaximumHeight(m_promTable->fontMetrics().lineSpacing() * 10);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_severityFilter);
    filters->addWidget(m_stateFilter);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_ackButton, m_silenceButton, m_playbookButton, m_troubleshootButton})
        actions->addWidget(b);
    actions->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_emptyLabel);
    layout->addLayout(actions);
    layout->addWidget(m_promLabel);
    layout->addWidget(m_promTable, 1);
    setPrometheusAlertsAvailable(false);
    return page;
}

QWidget *AlertsView::buildHistoryTab()
{
    auto *page = new QWidget(this);
    m_historyModel = new QStandardItemModel(0, 7, this);
    m_historyModel->setHorizontalHeaderLabels(
        {tr("Time"), tr("Rule"), tr("Service"), tr("Severity"), tr("From"), tr("To"), tr("Value")});
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_historyModel);
    m_historyTable = makeTable(page, proxy, tr("Alert history"));
    m_historyTable->setSortingEnabled(true);
    m_historySearch = new QLineEdit(page);
    filterAsYouType(proxy, m_historySearch, tr("Filter the history"));
    auto *refresh = button(tr("Re&fresh"), tr("Read the history again"), page);
    connect(refresh, &QPushButton::clicked, this, [this] { m_desk.loadHistory({}); });
    auto *top = new QHBoxLayout;
    top->addWidget(m_historySearch, 1);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_historyTable);
    return page;
}

QWidget *AlertsView::buildSilencesTab()
{
    auto *page = new QWidget(this);
    m_silenceModel = new QStandardItemModel(0, 5, this);
    m_silenceModel->setHorizontalHeaderLabels({tr("Matches"), tr("From"), tr("Until"), tr("By"), tr("Reason")});
    m_silenceTable = makeTable(page, m_silenceModel, tr("Silences"));
    auto *add = button(tr("&New Silence…"), tr("Silence matching alerts for a while"), page);
    auto *expire = button(tr("&Expire"), tr("End the selected silence now"), page);
    connect(add, &QPushButton::clicked, this, &AlertsView::promptSilence);
    connect(expire, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_silenceTable->currentIndex();
        if (index.isValid())
            m_desk.expireSilence(m_silenceModel->item(index.row(), 0)->data().toLongLong());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(expire);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_silenceTable);
    layout->addLayout(buttons);
    return page;
}

QWidget *AlertsView::buildWindowsTab()
{
    auto *page = new QWidget(this);
    m_windowModel = new QStandardItemModel(0, 5, this);
    m_windowModel->setHorizontalHeaderLabels({tr("Name"), tr("When"), tr("Time zone"), tr("Matches"), tr("Reason")});
    m_windowTable = makeTable(page, m_windowModel, tr("Maintenance windows"));
    auto *add = button(tr("&New Window…"), tr("A recurring time in which matching alerts are recorded, not notified"),
                       page);
    auto *remove = button(tr("&Remove"), tr("Remove the selected maintenance window"), page);
    connect(add, &QPushButton::clicked, this, &AlertsView::promptWindow);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_windowTable->currentIndex();
        if (index.isValid())
            m_desk.removeWindow(m_windowModel->item(index.row(), 0)->data().toLongLong());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_windowTable);
    layout->addLayout(buttons);
    return page;
}

QWidget *AlertsView::buildRulesTab()
{
    auto *page = new QWidget(this);
    m_ruleModel = new QStandardItemModel(0, RuleColumns, this);
    m_ruleModel->setHorizontalHeaderLabels(
        {tr("On"), tr("Rule"), tr("Metric"), tr("Scope"), tr("Condition"), tr("For"), tr("Severity")});
    m_ruleTable = makeTable(page, m_ruleModel, tr("Alert rules"));
    connect(m_ruleModel, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_fillingRules || item->column() != RuleEnabled)
            return;
        setRuleEnabled(m_ruleModel->item(item->row(), RuleName)->text(), item->checkState() == Qt::Checked);
    });
    connect(m_ruleTable, &QTableView::activated, this, &AlertsView::editSelectedRule);
    auto *add = button(tr("A&dd…"), tr("A new rule"), page);
    auto *edit = button(tr("&Edit…"), tr("Edit the selected rule (Enter)"), page);
    auto *remove = button(tr("Re&move"), tr("Remove the selected rule (undo brings it back)"), page);
    auto *undo = button(tr("&Undo"), tr("Undo the last change to the rules (Ctrl+Z)"), page);
    auto *import = button(tr("&Import…"), tr("Add rules from a JSON file (same names are replaced)"), page);
    auto *exportButton = button(tr("E&xport…"), tr("Write the rules to a JSON file"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        AlertRule rule;
        rule.name = QStringLiteral("NewRule");
        rule.metric = DerivedMetricId::FailureRatio;
        rule.threshold = 0.02;
        rule.unit = QStringLiteral("%");
        rule.forMs = 5 * 60'000;
        rule.summary = tr("{service}: {value} (threshold {threshold})");
        editRule(rule, true);
    });
    connect(edit, &QPushButton::clicked, this, &AlertsView::editSelectedRule);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const std::optional<AlertRule> rule = selectedRule())
            removeRule(rule->name);
    });
    m_undo = new QAction(tr("Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo->setEnabled(false);
    page->addAction(m_undo);
    connect(m_undo, &QAction::triggered, this, &AlertsView::undo);
    connect(undo, &QPushButton::clicked, this, &AlertsView::undo);
    connect(m_undo, &QAction::enabledChanged, undo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    connect(import, &QPushButton::clicked, this, &AlertsView::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &AlertsView::chooseExport);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, edit, remove, undo})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(import);
    buttons->addWidget(exportButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_ruleTable);
    layout->addLayout(buttons);
    return page;
}

void AlertsView::setServices(const QStringList &services)
{
    m_services = services;
    m_desk.setServices(services);
}

void AlertsView::showRules(const QList<AlertRule> &rules)
{
    m_rules = rules;
    m_fillingRules = true;
    const QString selected = selectedRule() ? selectedRule()->name : QString();
    m_ruleModel->removeRows(0, m_ruleModel->rowCount());
    for (const AlertRule &rule : rules) {
        auto *enabled = new QStandardItem;
        enabled->setCheckable(true);
        enabled->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
        enabled->setToolTip(tr("Enabled: the rule is evaluated"));
        QString scope = rule.scope == AlertRule::Scope::EachService ? tr("each service")
            : rule.scope == AlertRule::Scope::Service              ? rule.service
                                                                    : tr("all services");
        QString condition = AlertRule::comparisonSymbol(rule.comparison) + u' ' + rule.thresholdText(rule.threshold);
        if (rule.clearThreshold)
            condition += tr(" (clears at %1)").arg(rule.thresholdText(*rule.clearThreshold));
        QString forText = durationText(rule.forMs);
        if (rule.keepFiringForMs > 0)
            forText += tr(", keeps firing %1").arg(durationText(rule.keepFiringForMs));
        QList<QStandardItem *> row{enabled,
                                   new QStandardItem(rule.name),
                                   new QStandardItem(DerivedMetricCatalog::metric(rule.metric).title()),
                                   new QStandardItem(scope),
                                   new QStandardItem(condition),
                                   new QStandardItem(forText),
                                   new QStandardItem(AlertRule::severityTitle(rule.severity))};
        for (QStandardItem *item : row) {
            item->setEditable(false);
            item->setToolTip(ShippedRuleTexts::translated(rule.summary));
        }
        m_ruleModel->appendRow(row);
        if (rule.name == selected)
            m_ruleTable->setCurrentIndex(m_ruleModel->index(m_ruleModel->rowCount() - 1, RuleName));
    }
    m_fillingRules = false;
}

void AlertsView::showHistory(const QList<AlertTransition> &history)
{
    m_historyModel->removeRows(0, m_historyModel->rowCount());
    for (auto it = history.crbegin(); it != history.crend(); ++it) { // newest first
        const AlertTransition &t = *it;
        const AlertRule *rule = nullptr;
        for (const AlertRule &r : m_rules) {
            if (r.name == t.ruleName)
                rule = &r;
        }
        auto *time = new QStandardItem(timeText(t.atMs));
        time->setData(t.atMs, Qt::UserRole);
        const QString value = rule ? DerivedMetricCatalog::metric(rule->metric).format(t.value, QLocale())
                                   : QLocale().toString(t.value);
        m_historyModel->appendRow({time, new QStandardItem(t.ruleName),
                                   new QStandardItem(t.service.isEmpty() ? tr("all services") : t.service),
                                   new QStandardItem(AlertRule::severityTitle(t.severity)),
                                   new QStandardItem(AlertStates::title(t.from)), new QStandardItem(AlertStates::title(t.to)),
                                   new QStandardItem(std::isfinite(t.value) ? value : QString())});
    }
}

void AlertsView::showSilences(const QList<AlertSilence> &silences)
{
    m_silenceModel->removeRows(0, m_silenceModel->rowCount());
    for (const AlertSilence &silence : silences) {
        auto *matches = new QStandardItem(matcherText(silence.matcher));
        matches->setData(silence.id);
        m_silenceModel->appendRow({matches, new QStandardItem(timeText(silence.startsMs)),
                                   new QStandardItem(timeText(silence.endsMs)), new QStandardItem(silence.createdBy),
                                   new QStandardItem(silence.reason)});
    }
}

void AlertsView::showWindows(const QList<MaintenanceWindow> &windows)
{
    m_windowModel->removeRows(0, m_windowModel->rowCount());
    for (const MaintenanceWindow &window : windows) {
        auto *name = new QStandardItem(window.name);
        name->setData(window.id);
        m_windowModel->appendRow({name, new QStandardItem(window.whenText()),
                                  new QStandardItem(window.timeZone), new QStandardItem(matcherText(window.matcher)),
                                  new QStandardItem(window.reason)});
    }
}

std::optional<ActiveAlert> AlertsView::selectedActiveAlert() const
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    if (!index.isValid() || index.row() >= m_alerts->rowCount())
        return std::nullopt;
    return m_alerts->alertAt(index.row());
}

std::pair<QString, QString> AlertsView::selectedAlert() const
{
    const std::optional<ActiveAlert> alert = selectedActiveAlert();
    return alert ? std::make_pair(alert->rule.name, alert->state.service) : std::make_pair(QString(), QString());
}

void AlertsView::showAlert(const QString &ruleName, const QString &service)
{
    m_tabs->setCurrentIndex(0);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ActiveAlertsModel::RuleNameRole).toString() == ruleName
            && index.data(ActiveAlertsModel::ServiceRole).toString() == service) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            break;
        }
    }
    m_table->setFocus();
}

void AlertsView::updateActions()
{
    const std::optional<ActiveAlert> alert = selectedActiveAlert();
    const bool firing = alert && alert->state.state == AlertState::Firing;
    m_ackButton->setEnabled(firing && !alert->acknowledgement);
    m_playbookButton->setEnabled(alert && !alert->rule.playbookId.isEmpty());
    m_troubleshootButton->setEnabled(firing);
}

void AlertsView::promptAcknowledge()
{
    const std::optional<ActiveAlert> alert = selectedActiveAlert();
    if (!alert || alert->state.state != AlertState::Firing) {
        Q_EMIT statusMessage(tr("Select a firing alert to acknowledge."));
        return;
    }
    const std::optional<QString> comment = m_prompt(tr("Acknowledge %1").arg(alert->rule.name));
    if (comment)
        acknowledgeSelected(*comment);
}

void AlertsView::acknowledgeSelected(const QString &comment)
{
    if (const std::optional<ActiveAlert> alert = selectedActiveAlert())
        m_desk.acknowledge(alert->rule.name, alert->state.service, comment.trimmed());
}

void AlertsView::promptSilence()
{
    auto *dialog = new SilenceDialog(ruleNames(), m_services, m_clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const std::optional<ActiveAlert> alert = selectedActiveAlert(); alert && m_tabs->currentIndex() == 0)
        dialog->setMatcher(AlertMatcher{alert->rule.name, alert->state.service, std::nullopt});
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_desk.addSilence(dialog->silence()); });
    dialog->open();
}

void AlertsView::promptWindow()
{
    auto *dialog = new MaintenanceWindowDialog(ruleNames(), m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_desk.addWindow(dialog->window()); });
    dialog->open();
}

void AlertsView::openPlaybookOfSelected()
{
    const std::optional<ActiveAlert> alert = selectedActiveAlert();
    if (!alert || alert->rule.playbookId.isEmpty()) {
        Q_EMIT statusMessage(tr("This alert's rule names no playbook."));
        return;
    }
    Q_EMIT playbookRequested(alert->rule.playbookId);
}

void AlertsView::troubleshootSelected()
{
    const std::optional<ActiveAlert> alert = selectedActiveAlert();
    if (!alert || alert->state.state != AlertState::Firing) {
        Q_EMIT statusMessage(tr("Select a firing alert to troubleshoot."));
        return;
    }
    Q_EMIT troubleshootRequested(alert->state.service, alert->rule.playbookId);
}

QStringList AlertsView::ruleNames() const
{
    QStringList names;
    for (const AlertRule &rule : m_rules)
        names.append(rule.name);
    return names;
}

std::optional<AlertRule> AlertsView::selectedRule() const
{
    const QModelIndex index = m_ruleTable->currentIndex();
    if (!index.isValid() || index.row() >= m_rules.size())
        return std::nullopt;
    return m_rules.at(index.row());
}

void AlertsView::rememberRules()
{
    m_undoStack.append(m_rules);
    m_undo->setEnabled(true);
}

void AlertsView::setRuleEnabled(const QString &ruleName, bool enabled)
{
    for (AlertRule rule : m_rules) {
        if (rule.name == ruleName && rule.enabled != enabled) {
            rememberRules();
            rule.enabled = enabled;
            m_desk.saveRule(rule);
        }
    }
}

void AlertsView::removeRule(const QString &ruleName)
{
    rememberRules();
    m_desk.removeRule(ruleName);
}

void AlertsView::undo()
{
    if (m_undoStack.isEmpty())
        return;
    m_desk.restoreRules(m_undoStack.takeLast());
    m_undo->setEnabled(!m_undoStack.isEmpty());
}

void AlertsView::editSelectedRule()
{
    if (const std::optional<AlertRule> rule = selectedRule())
        editRule(*rule, false);
}

void AlertsView::editRule(const AlertRule &rule, bool isNew)
{
    auto *dialog = new RuleEditDialog(rule, isNew, m_services, ruleNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RuleEditDialog::previewRequested, this,
            [this](const AlertRule &candidate) { m_desk.previewRule(candidate, m_clock()); });
    connect(&m_desk, &AlertsDesk::previewReady, dialog,
            [dialog](const AlertRulePreview::Result &result) { dialog->setPreview(result.text()); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        rememberRules();
        m_desk.saveRule(dialog->rule());
    });
    dialog->open();
}

void AlertsView::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Alert Rules"), QString(),
                                                      tr("Alert rules (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberRules();
    m_desk.importRules(path);
}

void AlertsView::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Alert Rules"), QStringLiteral("alert-rules.json"),
                                                      tr("Alert rules (*.json)"));
    if (!path.isEmpty())
        m_desk.exportRules(path, m_rules);
}

void AlertsView::setPrometheusAlertsAvailable(bool available)
{
    m_promLabel->setVisible(available);
    m_promTable->setVisible(available);
}

void AlertsView::setPrometheusAlertsError(const QString &error)
{
    setPrometheusAlertsAvailable(true);
    m_promLabel->setText(tr("Prometheus' own alerts could not be read: %1").arg(error));
}

void AlertsView::setPrometheusAlerts(const QList<PrometheusAlert> &alerts)
{
    setPrometheusAlertsAvailable(true);
    m_promModel->removeRows(0, m_promModel->rowCount());
    for (const PrometheusAlert &alert : alerts) {
        m_promModel->appendRow({new QStandardItem(alert.name), new QStandardItem(alert.state),
                                new QStandardItem(alert.severity), new QStandardItem(alert.service),
                                new QStandardItem(timeText(alert.activeAtMs))});
    }
    m_promLabel->setText(alerts.isEmpty()
                             ? tr("Prometheus' own alerts (read-only): none pending or firing")
                             : tr("Prometheus' own alerts (read-only: they are managed in Prometheus)"));
}

void AlertsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_filter)
        m_filter->setBackground(palette().color(QPalette::Base));
    QWidget::changeEvent(event);
}

} // namespace payops
