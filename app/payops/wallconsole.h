#pragma once

#include "app/payops/consoleoptions.h"
#include "models/core/workerthread.h"
#include "models/metrics/historyfilereader.h"
#include "models/metrics/pollingpipeline.h"
#include "models/metrics/prometheussource.h"
#include "models/services/servicetarget.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace payops {

class Database;
class WallAlertFocus;
class WallWindow;

// The composition root of a wall display (payops --wall): polls the targets and shows them on a
// WallWindow, full screen on the chosen monitor. A wall only reads: it opens the console's database
// read-only (for its targets), never records history, imports nothing and runs no scheduled task,
// so any number of walls can run beside the one console that records. When the database cannot be
// opened the wall shows live data of `--targets` (or paysim's default targets), says so in its
// banner, and tries the database again with a growing back-off (5 s up to 5 min).
// Alerts drive the wall's focus (WallAlertFocus: the rules, states, acknowledgements and owners read
// from the same database read-only, every minute); a down service focuses itself as well.
// With --prometheus (or Prometheus chosen in File ▸ Data Source) the wall reads Prometheus instead
// of polling, and shows the services Prometheus knows. The charts start with their window's past:
// from Prometheus, or from the database's history (read as a snapshot, written by the console).
class WallConsole final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallConsole)

public:
    explicit WallConsole(ConsoleOptions options, QObject *parent = nullptr);
    ~WallConsole() override;

    void start();
    [[nodiscard]] WallWindow *window() const { return m_window.get(); }

private:
    struct TargetsRead
    {
        QList<ServiceTarget> targets;
        QString error; // in words: why the database could not be read
    };

    void readTargetsFromDatabase();
    void onTargetsRead();
    void poll(const QList<ServiceTarget> &targets);
    void readFromPrometheus(const PrometheusSourceConfig &config);
    void onPrometheusPublished(const payops::MetricsSnapshot &snapshot);
    // Loads the charts' window from `source` (the charts keep what they show live).
    void backfillCharts(HistorySource *source);
    void onHistoryLoaded(quint64 requestId, const QList<payops::SeriesKey> &series,
                         const QList<payops::HistoryRead> &reads);
    void placeOnScreen();
    void saveScreenshot();

    ConsoleOptions m_options;
    std::unique_ptr<WallWindow> m_window;
    std::unique_ptr<WallAlertFocus> m_alerts;
    std::unique_ptr<Database> m_database;
    QFutureWatcher<TargetsRead> m_read;
    QTimer m_retry;
    int m_retryMs = 5000;
    bool m_databaseUnavailableShown = false;
    std::unique_ptr<PollingPipeline> m_polling;
    std::unique_ptr<WorkerThread<HistoryFileReader>> m_historyFile;
    std::unique_ptr<WorkerThread<PrometheusSource>> m_prometheus;
    bool m_prometheusFailed = false;        // its last cycle reported a failure (shown in the banner)
    bool m_prometheusFailedThisCycle = false;
    QStringList m_services;                 // shown, in order (Prometheus: as they appear)
    quint64 m_backfillRequest = 0;
};

} // namespace payops
