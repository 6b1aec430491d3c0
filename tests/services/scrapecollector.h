#pragma once

// Test helper: keeps every result a ScrapeWorker reports, received queued on the test's thread
// (QSignalSpy must not be fed from another thread).
#include "models/metrics/scrapeworker.h"

#include <QObject>

#include <optional>

class ScrapeCollector final : public QObject
{
public:
    explicit ScrapeCollector(payops::ScrapeWorker *worker, QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(worker, &payops::ScrapeWorker::scraped, this, &ScrapeCollector::addScrape, Qt::QueuedConnection);
        connect(worker, &payops::ScrapeWorker::healthChecked, this, &ScrapeCollector::addHealth,
                Qt::QueuedConnection);
    }

    QList<payops::ScrapeResult> scrapes;
    QList<payops::HealthStatus> health;

    QList<payops::ScrapeResult> scrapesOf(const QString &instance, qint64 sinceMs = 0) const
    {
        QList<payops::ScrapeResult> result;
        for (const payops::ScrapeResult &scrape : scrapes) {
            if (scrape.instance == instance && scrape.timestampMs >= sinceMs)
                result.append(scrape);
        }
        return result;
    }
    QList<payops::HealthStatus> healthOf(const QString &address, qint64 sinceMs = 0) const
    {
        QList<payops::HealthStatus> result;
        for (const payops::HealthStatus &status : health) {
            if (status.address == address && status.timestampMs >= sinceMs)
                result.append(status);
        }
        return result;
    }
    std::optional<payops::ScrapeResult> firstOf(const QString &instance, qint64 sinceMs = 0) const
    {
        const QList<payops::ScrapeResult> all = scrapesOf(instance, sinceMs);
        return all.isEmpty() ? std::nullopt : std::optional<payops::ScrapeResult>(all.constFirst());
    }

private:
    void addScrape(const payops::ScrapeResult &result) { scrapes.append(result); }
    void addHealth(const payops::HealthStatus &status) { health.append(status); }
};

inline bool hasFamily(const payops::ScrapeResult &result, const QString &name)
{
    for (const payops::MetricFamily &family : result.families) {
        if (family.name == name)
            return true;
    }
    return false;
}
