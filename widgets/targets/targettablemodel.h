#pragma once

#include "models/metrics/scraperesult.h"
#include "models/services/servicetarget.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace payops {

// The configured targets as the Targets view lists them, with what polling last said of each: its
// state and, when its scrape failed, why. Qt::UserRole holds the sort key (intervals as numbers).
class TargetTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Service, MetricsUrl, HealthUrl, Interval, Timeout, State, LastError, ColumnCount };

    explicit TargetTableModel(QObject *parent = nullptr);

    void setTargets(const QList<ServiceTarget> &targets);
    // A scrape of one of the targets (ScrapeWorker::scraped): its state and error columns.
    void showScrape(const payops::ScrapeResult &result);

    [[nodiscard]] const QList<ServiceTarget> &targets() const { return m_targets; }
    [[nodiscard]] const ServiceTarget &targetAt(int row) const { return m_targets.at(row); }
    [[nodiscard]] int rowOf(const QUrl &metricsUrl) const;
    // Targets whose last scrape succeeded.
    [[nodiscard]] int upCount() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "5 s", "1.5 s", "800 ms"
    [[nodiscard]] static QString millisecondsText(int ms);

private:
    struct LastScrape
    {
        bool up = false;
        double durationSeconds = 0.0;
        QString error;
    };

    [[nodiscard]] QVariant display(const ServiceTarget &target, int column) const;

    QList<ServiceTarget> m_targets;
    QHash<QString, LastScrape> m_scrapes; // by metrics URL: a target edited in place keeps its state
    QHash<int, int> m_rowOfId; // a scrape names its target by id: its row without a scan (one a scrape)
};

} // namespace payops
