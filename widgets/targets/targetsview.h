#pragma once

#include "models/metrics/scraperesult.h"
#include "models/services/servicetarget.h"
#include "widgets/targets/targetchangecommand.h"
#include "widgets/targets/targeteditdialog.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace payops {

class TargetsDesk;
class TargetTableModel;

// What the console polls, edited in the window: every target with its service, URLs, interval,
// timeout, state and last error (sortable, filtered as you type). Add (Ctrl+N), edit (Ctrl+E or a
// double click), duplicate (Ctrl+D), remove (Delete), undo (Ctrl+Z) and redo (Ctrl+Shift+Z), copy the
// table (Ctrl+Shift+C), import and export file_sd. Every change is a job of the TargetsDesk, which
// announces the new list to polling and the dashboard: nothing needs a restart.
class TargetsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsView)

public:
    explicit TargetsView(TargetsDesk &desk, QWidget *parent = nullptr);

    // The interval and timeout a target added here starts with (Preferences).
    void setNewTargetDefaults(int intervalMs, int timeoutMs);
    // What polling said of a target (ScrapeWorker::scraped).
    void showScrape(const payops::ScrapeResult &result);
    [[nodiscard]] std::optional<ServiceTarget> selectedTarget() const;
    void selectTarget(const QUrl &metricsUrl);

    // Add Target…, as the toolbar's action (the first-run page asks for it).
    void startAdding();
    // The changes without their dialogs (the dialogs call these; so do tests).
    void addTarget(const ServiceTarget &target);
    void editTarget(const ServiceTarget &before, const ServiceTarget &after);
    void removeSelected();
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] QString tableText() const;

    // The dialog an action opened (tests drive it); null when none is open.
    [[nodiscard]] TargetEditDialog *openDialog() const { return m_dialog; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void importRequested();
    void exportRequested();

private:
    void buildActions();
    void onTargetsChanged(const QList<ServiceTarget> &targets);
    void openEditor(const ServiceTarget &target, bool isNew);
    void updateActions();
    void updateSummary();
    // Where a change that did not land is reported: the status bar.
    [[nodiscard]] TargetChangeCommand::ErrorSink failureSink();

    TargetsDesk &m_desk;
    TargetTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_summary;
    QTableView *m_table;
    QUndoStack *m_undo;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_copy = nullptr;
    QPointer<TargetEditDialog> m_dialog; // deleted on close; cleared by QPointer, also while the view goes
    QUrl m_wanted; // selected once the desk lists it
    int m_newIntervalMs = ServiceTarget::defaultIntervalMs;
    int m_newTimeoutMs = ServiceTarget::defaultTimeoutMs;
};

} // namespace payops
