#include "models/tasks/performancereviewtask.h"

#include "models/alerts/alertrulerepository.h"
#include "models/consoleschema.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "models/storage/database.h"
#include "models/tasks/performancereviewreport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

constexpr qsizetype maxLogChars = 256 * 1024;

std::optional<QString> writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return PerformanceReviewTask::tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(text.toUtf8());
    if (!file.commit())
        return PerformanceReviewTask::tr("Cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace

QString PerformanceReviewTask::folderOf(const QJsonObject &settings, const QString &databasePath)
{
    const QString folder = settings.value(u"folder"_s).toString();
    if (!folder.isEmpty())
        return folder;
    return QFileInfo(databasePath).absoluteDir().filePath(u"reports"_s);
}

PerformanceReviewOptions PerformanceReviewTask::optionsOf(const QJsonObject &settings, qint64 nowMs)
{
    PerformanceReviewOptions options;
    options.nowMs = nowMs;
    options.periodDays = std::clamp(settings.value(u"periodDays"_s).toInt(options.periodDays), 1, 90);
    options.trendDays = std::clamp(settings.value(u"trendDays"_s).toInt(options.trendDays), 2, 400);
    options.regressionPercent = settings.value(u"regressionPercent"_s).toDouble(options.regressionPercent);
    options.cpuCapacityPercent = settings.value(u"cpuCapacity"_s).toDouble(options.cpuCapacityPercent);
    const QJsonObject capacity = settings.value(u"capacity"_s).toObject();
    for (auto it = capacity.constBegin(); it != capacity.constEnd(); ++it) {
        const QJsonObject service = it.value().toObject();
        if (const double cpu = service.value(u"cpuPercent"_s).toDouble(); cpu > 0.0)
            options.cpuCapacity.insert(it.key(), cpu);
        if (const double memory = service.value(u"memoryBytes"_s).toDouble(); memory > 0.0)
            options.memoryCapacity.insert(it.key(), memory);
    }
    return options;
}

QString PerformanceReviewTask::baseNameAt(qint64 utcMs)
{
    return u"performance-review-%1"_s.arg(
        QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
}

QString PerformanceReviewTask::worstFinding(const PerformanceReviewResult &review)
{
    const QLocale locale;
    if (const ReviewForecast *f = review.soonestCrossing()) {
        const QString service = f->service.isEmpty() ? PerformanceReview::tr("All services") : f->service;
        const DerivedMetric &metric = DerivedMetricCatalog::metric(f->metric);
        if (*f->daysLeft <= 0.0)
            return tr("%1: %2 has crossed %3 (trend now %4).")
                .arg(service, metric.title(), metric.format(f->threshold, locale), metric.format(f->trendNow, locale));
        return tr("%1: %2 crosses %3 %4 at the current trend.")
            .arg(service, metric.title(), metric.format(f->threshold, locale),
                 PerformanceReviewReport::daysLeftText(f->daysLeft, locale));
    }
    if (!review.regressions.isEmpty()) {
        const ReviewRegression &r = review.regressions.constFirst();
        const DerivedMetric &metric = DerivedMetricCatalog::metric(r.metric);
        return tr("Largest regression: %1 %2 %3 → %4 (+%5 %).")
            .arg(r.service.isEmpty() ? PerformanceReview::tr("All services") : r.service, metric.title(),
                 metric.format(r.previous, locale), metric.format(r.current, locale),
                 locale.toString(r.changePercent, 'f', 1));
    }
    return tr("No threshold is crossed at the current trend and no metric regressed.");
}

TaskOutcome PerformanceReviewTask::run(const TaskDefinition &task, const QString &databasePath, qint64 nowMs)
{
    TaskOutcome outcome;
    // A connection of its own that can only read: the review never writes the console's file, and
    // the recorder goes on writing meanwhile (WAL).
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.readOnly = true;
    options.quickCheck = false;
    PerformanceReviewResult review;
    {
        Database database(options);
        if (const std::optional<DatabaseError> error = database.open(databasePath)) {
            outcome.summary = error->message;
            return outcome;
        }
        const AlertRuleRepository::Listing rules = AlertRuleRepository(database).list();
        if (!rules.ok())
            outcome.output += tr("The alert rules cannot be read (%1): the documented default thresholds apply.")
                                  .arg(rules.error)
                          + u'\n';
        review = PerformanceReview::compute(database, ReviewThresholds(rules.rules), optionsOf(task.settings, nowMs));
    }
    if (!review.ok()) {
        outcome.summary = review.error;
        return outcome;
    }

    const QDir folder(folderOf(task.settings, databasePath));
    if (!folder.mkpath(u"."_s)) {
        outcome.summary = tr("The report folder %1 cannot be created.").arg(folder.absolutePath());
        return outcome;
    }
    const QString base = folder.filePath(baseNameAt(nowMs));
    const QString markdown = PerformanceReviewReport::markdown(review);
    for (const auto &[path, error] : {std::pair{base + u".md"_s, writeText(base + u".md"_s, markdown)},
                                      std::pair{base + u".csv"_s, writeText(base + u".csv"_s, PerformanceReviewReport::csv(review))},
                                      std::pair{base + u".pdf"_s, PerformanceReviewReport::writePdf(review, base + u".pdf"_s)}}) {
        if (error) {
            outcome.summary = *error;
            return outcome;
        }
        outcome.output += tr("Wrote %1").arg(path) + u'\n';
    }
    outcome.output += u'\n' + markdown;
    if (outcome.output.size() > maxLogChars)
        outcome.output = outcome.output.left(maxLogChars) + u"\n…\n"_s;
    outcome.artifact = base + u".pdf"_s;
    outcome.succeeded = true;
    const auto services = std::count_if(review.services.cbegin(), review.services.cend(),
                                        [](const ServiceReview &s) { return !s.service.isEmpty(); });
    outcome.summary = tr("Performance review %1 (%n service(s)): %2", nullptr, int(services))
                          .arg(PerformanceReviewReport::periodText(review), worstFinding(review));
    return outcome;
}

} // namespace payops
