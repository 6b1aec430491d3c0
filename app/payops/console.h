#pragma once

#include "app/payops/consoleoptions.h"

#include "models/core/workerthread.h"
#include "models/metrics/metricspublisher.h"
#include "models/metrics/prometheussource.h"
#include "models/services/servicetarget.h"
#include "models/metrics/historyrecorder.h"

#include <QObject>

#include <memory>

class QTemporaryDir;

namespace payops {

class ContactDirectory;
class DashboardView;
class DatabaseWriter;
class Database;
class KnowledgeImporter;
class KnowledgeRepository;
class MainWindow;
class ScrapeThread;
class ServicesView;
class TargetRepository;

// The composition root: builds the models, threads and views the options ask for and wires them.
class Console final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Console)

public:
    explicit Console(ConsoleOptions options, QObject *parent = nullptr);
    ~Console() override;

    // Opens the database and shows the window; false when the operator chose to quit instead.
    bool start();
    [[nodiscard]] MainWindow *window() const { return m_window.get(); }

private:
    bool openDatabase();
    void buildOfflineViews();
    void startMonitoring();
    void startPolling(HistoryRecorder *history, const QList<ServiceTarget> &targets);
    void startPrometheusSource();
    template<typename Source>
    void showAndRecord(Source *source, HistoryRecorder *history);
    void showSnapshot(const payops::MetricsSnapshot &snapshot);
    void showProblem(const QString &message);
    void importTargets(const QString &path);
    void exportTargets(const QString &path);
    void takeScreenshotWhenReady();
    void saveScreenshot();

    ConsoleOptions m_options;
    std::unique_ptr<QTemporaryDir> m_fallbackDir; // when the real database cannot be used
    std::unique_ptr<Database> m_database;
    std::unique_ptr<KnowledgeRepository> m_knowledge;
    std::unique_ptr<TargetRepository> m_targets;
    std::unique_ptr<MainWindow> m_window;
    ContactDirectory *m_contacts = nullptr;        // child of this
    DatabaseWriter *m_writer = nullptr;            // child of the window
    KnowledgeImporter *m_knowledgeImporter = nullptr; // child of this
    ServicesView *m_servicesView = nullptr;        // owned by the window
    DashboardView *m_dashboard = nullptr;          // owned by the window
    std::unique_ptr<WorkerThread<HistoryRecorder>> m_history;
    std::unique_ptr<WorkerThread<MetricsPublisher>> m_metrics;
    std::unique_ptr<ScrapeThread> m_scrape;
    std::unique_ptr<WorkerThread<PrometheusSource>> m_prometheus; // instead of m_scrape + m_metrics (--prometheus)
    bool m_screenshotTaken = false;
};

} // namespace payops
