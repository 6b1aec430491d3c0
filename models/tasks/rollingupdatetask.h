#pragma once

#include "models/alerts/alertrule.h"
#include "models/services/servicetarget.h"
#include "models/tasks/taskexecutor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <variant>

namespace payops {

// The rolling update kind: a service's instances (its scrape targets, in the order they were
// added) updated one at a time. For each instance: its /health must be up; the update command runs
// for it (CommandRunner: no shell, its own process group, a timeout); then its /health must come
// back up within the health timeout, and for the settle time it must stay up while its metrics,
// scraped at the start and the end of the settle time (ScrapeSession: the code of payopsctl scrape,
// so rates cover the whole settle time), stay on the quiet side of every alert rule for the service.
// The first failure stops the run: the instances after it are not touched, and the run fails with
// a summary naming the instance and why (the scheduler's failed run is what raises the alert).
//
// Settings: "service" (required), "program" (required), "arguments" (array of strings with
// placeholders), "workingDirectory", "environment" (object of strings), "settleSeconds" (default
// 30, 1..3600), "healthTimeoutSeconds" (default 60, 1..3600), "commandTimeoutSeconds" (default 300,
// 1..86400), "minSeverity" ("warning", the default: every rule; "critical": critical rules only),
// "dryRun" (true: the run succeeds with the plan as its output and touches nothing).
// Placeholders, per instance: {service}, {instance} (host:port), {host}, {port}, {url} (metrics
// URL), {health_url}, {index} (0, 1, … in order), {number} (1, 2, …), {label_NAME} for each of the
// target's labels with a lower-case name, plus {task}, {run}, {date}, {time}, {utc} as in the
// command kind.
class RollingUpdateTask final
{
    Q_DECLARE_TR_FUNCTIONS(payops::RollingUpdateTask)

public:
    struct Settings
    {
        QString service;
        QString program;
        QStringList arguments;
        QString workingDirectory;
        QMap<QString, QString> environment;
        int settleSeconds = 30;
        int healthTimeoutSeconds = 60;
        int commandTimeoutSeconds = 300;
        AlertRule::Severity minSeverity = AlertRule::Severity::Warning;
        bool dryRun = false;
    };

    RollingUpdateTask() = delete;

    // The settings, or what is wrong with them in operator words.
    [[nodiscard]] static std::variant<Settings, QStringList> settings(const QJsonObject &settings);
    // What is wrong with the settings (empty when they can be saved): TaskDefinition::validate's part.
    [[nodiscard]] static QStringList validate(const QJsonObject &settings);
    [[nodiscard]] static QHash<QString, QString> placeholders(const TaskDefinition &task, const TaskRun &run, qint64 nowMs,
                                                              const ServiceTarget &instance, int index);
    // The rules an instance's metrics are checked against: enabled, of this service (or of each
    // service), at least `minSeverity`. Rules over all services together say nothing of one instance.
    [[nodiscard]] static QList<AlertRule> rulesFor(const QList<AlertRule> &rules, const QString &service,
                                                   AlertRule::Severity minSeverity);

    // Runs it to the end on the calling thread (local event loops: the scheduler's thread, never
    // the GUI's). Reads the instances and rules from the database file at `databasePath`.
    [[nodiscard]] static TaskOutcome run(const TaskDefinition &task, const TaskRun &run, const QString &databasePath,
                                         qint64 nowMs);
};

} // namespace payops
