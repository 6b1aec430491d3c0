#pragma once

#include "widgets/theme.h"

#include <QDateTime>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QActionGroup;

namespace payops {

// The console's window. It only composes: views are handed in by the composition root and put
// in the navigation; actions that need models are announced by signals with what the operator chose.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Adds a view to the navigation (Ctrl+1 … Ctrl+9 in the order added).
    void addView(const QString &id, const QIcon &icon, const QString &title, QWidget *view);
    void showView(const QString &id);
    [[nodiscard]] QString currentViewId() const;
    [[nodiscard]] QWidget *view(const QString &id) const;

    // Offline mode hides what needs services (target import/export, chart export).
    void setMonitoringAvailable(bool available);

    // Status bar.
    void setTargetsSummary(int up, int total);
    void setLastPoll(const QDateTime &time);
    void setDataSource(const QString &description);
    // "Polling behind: effective interval 1.6 s for 2,000 targets", beside the data source, or
    // nothing (empty) when polling keeps up.
    void setPollingWarning(const QString &warning);
    void setDatabaseFile(const QString &path);
    void showMessage(const QString &message, int timeoutMs = 8000);
    // A warning that stays in the status bar while the condition lasts ("History not saved: disk
    // full …"), unlike showMessage(), which the next message replaces. Empty text removes it.
    void setWarning(const QString &text);
    [[nodiscard]] QString warning() const;

    void setTheme(Theme::Kind kind);
    [[nodiscard]] Theme::Kind theme() const { return m_theme; }

    // While the console starts, the views' place shows `message` ("Opening the database…") and the
    // navigation waits; finishStartup() shows the views (add them first).
    void showStartupState(const QString &message);
    void finishStartup();

    // Geometry, full screen and theme between runs (before show()); restoreView() the view, once the
    // views are added.
    void restoreSettings();
    void restoreView();
    void saveSettings() const;

    // File ▸ Import Targets / Export Targets: a file chosen, then importTargetsRequested / exportTargetsRequested.
    void chooseTargetsToImport();
    void chooseTargetsExport();

Q_SIGNALS:
    void importTargetsRequested(const QString &path);
    void exportTargetsRequested(const QString &path);
    // File > Export Chart: the dashboard's export, one flow for the menu and its button.
    void exportChartRequested();
    // File ▸ Preferences (Ctrl+,): the console opens the dialog (it knows what to apply).
    void preferencesRequested();
    // File ▸ Data Source: polling or a Prometheus server.
    void dataSourceRequested();
    void themeChanged(payops::Theme::Kind kind);
    void currentViewChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fitNavigationWidth();
    void createMenus();
    void createStatusBar();
    void toggleFullScreen();
    void showShortcuts();
    void showAbout();

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_startupLabel = nullptr; // in place of the navigation and views while starting
    QLabel *m_targetsLabel = nullptr;
    QLabel *m_lastPollLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_pollingLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_warningLabel = nullptr;
    QList<QAction *> m_monitoringActions;
    QActionGroup *m_themeGroup = nullptr;
    Theme::Kind m_theme = Theme::Kind::Light;
    QStringList m_viewIds;
};

} // namespace payops
