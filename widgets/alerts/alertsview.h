#pragma once

#include "models/alerts/alertrule.h"
#include "models/alerts/alertstate.h"
#include "models/alerts/prometheusalerts.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace payops {

class ActiveAlertsModel;
class AlertFilterProxy;
class AlertsDesk;
struct AlertSilence;
struct MaintenanceWindow;

// The Alerts view: what is wrong now and what was, and the means to handle it.
//   Active       the alerts not inactive (ActiveAlertsModel: critical first, then by state and age)
//                with filters; Acknowledge (A), Silence (S), Playbook (P), Troubleshoot (T).
//                In Prometheus mode, Prometheus' own firing alerts below, read-only.
//   History      every transition, newest first, filtered by text
//   Silences     running silences: add, expire
//   Maintenance  recurring windows: add, remove
//   Rules        enable/disable, add, edit (validated, previewed on the last hour), remove, undo
//                (Ctrl+Z), import and export JSON
// Everything it changes goes through the AlertsDesk (the worker or the database writer): no SQL here.
class AlertsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsView)

public:
    using Clock = std::function<qint64()>;
    // A dialog shown and, when accepted, acted on; tests replace it to answer without a person.
    using CommentPrompt = std::function<std::optional<QString>(const QString &title)>;

    explicit AlertsView(AlertsDesk &desk, Clock clock = {}, QWidget *parent = nullptr);

    [[nodiscard]] ActiveAlertsModel *alertsModel() const { return m_alerts; }
    [[nodiscard]] AlertFilterProxy *filter() const { return m_filter; }
    [[nodiscard]] QTableView *alertsTable() const { return m_table; }
    [[nodiscard]] QTableView *historyTable() const { return m_historyTable; }
    [[nodiscard]] QTableView *silencesTable() const { return m_silenceTable; }
    [[nodiscard]] QTableView *windowsTable() const { return m_windowTable; }
    [[nodiscard]] QTableView *rulesTable() const { return m_ruleTable; }
    [[nodiscard]] QTableView *prometheusTable() const { return m_promTable; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QAction *undoAction() const { return m_undo; }

    // Shows the alert of that rule and service (the tray's click) in the Active tab.
    void showAlert(const QString &ruleName, const QString &service);
    // The selected alert's rule and service (empty when none).
    [[nodiscard]] std::pair<QString, QString> selectedAlert() const;

    // Actions on the selected alert / rule (also the buttons and shortcuts).
    void acknowledgeSelected(const QString &comment);
    void openPlaybookOfSelected();
    void troubleshootSelected();
    void setRuleEnabled(const QString &ruleName, bool enabled);
    void removeRule(const QString &ruleName);
    void undo();
    void setCommentPrompt(CommentPrompt prompt) { m_prompt = std::move(prompt); }

    // Prometheus' own alerts (/api/v1/alerts), read-only; `available` false hides the list (polling mode).
    void setPrometheusAlertsAvailable(bool available);
    void setPrometheusAlerts(const QList<payops::PrometheusAlert> &alerts);
    void setPrometheusAlertsError(const QString &error);

    void setServices(const QStringList &services);

Q_SIGNALS:
    void playbookRequested(const QString &playbookId);
    // "Troubleshoot" on a firing alert: the wizard for the service and incident type (the rule's playbook id).
    void troubleshootRequested(const QString &service, const QString &incidentType);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildActiveTab();
    QWidget *buildHistoryTab();
    QWidget *buildSilencesTab();
    QWidget *buildWindowsTab();
    QWidget *buildRulesTab();
    void showRules(const QList<payops::AlertRule> &rules);
    void showHistory(const QList<payops::AlertTransition> &history);
    void showSilences(const QList<payops::AlertSilence> &silences);
    void showWindows(const QList<payops::MaintenanceWindow> &windows);
    void updateActions();
    void promptAcknowledge();
    void promptSilence();
    void promptWindow();
    void editRule(const AlertRule &rule, bool isNew);
    void editSelectedRule();
    void chooseImport();
    void chooseExport();
    void rememberRules();
    [[nodiscard]] QStringList ruleNames() const;
    [[nodiscard]] std::optional<AlertRule> selectedRule() const;
    [[nodiscard]] std::optional<ActiveAlert> selectedActiveAlert() const;

    AlertsDesk &m_desk;
    Clock m_clock;
    CommentPrompt m_prompt;
    QStringList m_services;
    QList<AlertRule> m_rules;
    QList<QList<AlertRule>> m_undoStack; // the rules before each change
    QTabWidget *m_tabs = nullptr;
    ActiveAlertsModel *m_alerts = nullptr;
    AlertFilterProxy *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_severityFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_ackButton = nullptr;
    QPushButton *m_silenceButton = nullptr;
    QPushButton *m_playbookButton = nullptr;
    QPushButton *m_troubleshootButton = nullptr;
    QLabel *m_promLabel = nullptr;
    QStandardItemModel *m_promModel = nullptr;
    QTableView *m_promTable = nullptr;
    QStandardItemModel *m_historyModel = nullptr;
    QTableView *m_historyTable = nullptr;
    QLineEdit *m_historySearch = nullptr;
    QStandardItemModel *m_silenceModel = nullptr;
    QTableView *m_silenceTable = nullptr;
    QStandardItemModel *m_windowModel = nullptr;
    QTableView *m_windowTable = nullptr;
    QStandardItemModel *m_ruleModel = nullptr;
    QTableView *m_ruleTable = nullptr;
    QAction *m_undo = nullptr;
    bool m_fillingRules = false;
};

} // namespace payops
