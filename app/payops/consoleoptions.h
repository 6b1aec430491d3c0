#pragma once

#include "models/metrics/datasourcechoice.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCoreApplication;

namespace payops {

// What the command line asked for. `payops --help` lists every option.
struct ConsoleOptions
{
    QString databasePath;   // --db; empty: the default file in the application data folder
    QString restoreBackup;  // --restore-backup: a verified backup copied into the database before it opens
    QString targetsFile;    // --targets: a Prometheus file_sd JSON file to import and poll
    QString screenshotPath; // --screenshot: save a grab of the window once data is in, then quit
    double quitAfterSeconds = 0; // --quit-after
    QString language;       // --lang
    QString theme;          // --theme light|dark
    QString view;           // --view: the view to open
    QSize windowSize;       // --window-size WxH (screenshots default to 1920x1080)
    bool offline = false;   // --kb: knowledge base, playbooks and contacts only, nothing polled
    QUrl prometheusUrl;     // --prometheus: take the metrics from this Prometheus server instead of polling
    QString prometheusTokenFile; // --prometheus-token-file: bearer token file (mode 0600)
    QString prometheusCaFile;    // --prometheus-ca-file: CA certificates to verify its TLS certificate with
    bool prometheusAllowInsecureToken = false; // --prometheus-allow-insecure-token: the token over plain http
    bool wall = false;          // --wall: the NOC wall display (WallConsole), read-only
    QString wallScreen;         // --screen N|NAME: the monitor of the wall (remembered)
    QStringList wallPages;      // --pages: the wall's pages in rotation order (empty: the default)
    int wallRotateSeconds = 20; // --rotate SECONDS: how long each page shows

    // Parses the application's arguments; on a bad value prints why and returns std::nullopt.
    static std::optional<ConsoleOptions> parse(const QCoreApplication &app);
    // --lang must be known before the parser (and its translated help) exists.
    static QString languageFromArguments(const QStringList &arguments);
    // The arguments (without the program) to start the console again with so that it restores
    // `backup` first (main(), after Tasks ▸ Restore This Backup…): the same options, an earlier
    // --restore-backup replaced.
    static QStringList argumentsToRestore(const QStringList &arguments, const QString &backup);
    // `arguments` with `option VALUE` instead of any earlier `option`, in either form (--db PATH, --db=PATH).
    static QStringList argumentsWith(QStringList arguments, const QString &option, const QString &value);

    // The database file: --db, else where File ▸ Preferences last moved it, else payops.db in the
    // application's data folder.
    [[nodiscard]] QString databaseFile() const;

    // The Prometheus server to read instead of polling: --prometheus (its token and CA options over
    // the saved queries) for this run, else the one chosen in File ▸ Data Source (`saved`); none
    // when offline or when polling was chosen.
    [[nodiscard]] std::optional<PrometheusSourceConfig> prometheusSource(const DataSourceChoice &saved) const;
};

} // namespace payops
