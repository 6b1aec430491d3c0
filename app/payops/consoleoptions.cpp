#include "app/payops/consoleoptions.h"

#include "models/tasks/databasemove.h"

#include "widgets/wall/wallwindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace payops {

QString ConsoleOptions::languageFromArguments(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
}

QStringList ConsoleOptions::argumentsToRestore(const QStringList &arguments, const QString &backup)
{
    return argumentsWith(arguments, QStringLiteral("--restore-backup"), backup);
}

QStringList ConsoleOptions::argumentsWith(QStringList arguments, const QString &option, const QString &value)
{
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments.at(i) == option)
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        else if (arguments.at(i).startsWith(option + u'='))
            arguments.removeAt(i);
        else
            ++i;
    }
    return arguments << option << value;
}

QString ConsoleOptions::databaseFile() const
{
    if (!databasePath.isEmpty())
        return databasePath;
    const QString moved = QSettings().value(DatabaseMove::settingsKey()).toString();
    if (!moved.isEmpty())
        return moved;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("payops.db"));
}

std::optional<PrometheusSourceConfig> ConsoleOptions::prometheusSource(const DataSourceChoice &saved) const
{
    if (prometheusUrl.isValid()) {
        PrometheusSourceConfig config = saved.prometheus.value_or(PrometheusSourceConfig());
        config.baseUrl = prometheusUrl;
        config.tokenFile = prometheusTokenFile;
        config.caFile = prometheusCaFile;
        config.allowInsecureToken = prometheusAllowInsecureToken;
        return config;
    }
    if (offline)
        return std::nullopt;
    return saved.prometheus;
}

std::optional<ConsoleOptions> ConsoleOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ConsoleOptions", "PayOps Console — operations console for a payment system."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("ConsoleOptions", "Use the database file PATH."), QStringLiteral("PATH"));
    const QCommandLineOption targets(QStringLiteral("targets"),
                                     QCoreApplication::translate("ConsoleOptions", "Import the targets of a Prometheus file_sd JSON FILE and poll them."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("ConsoleOptions", "Save a picture of the window to PATH once the first data is in, then quit."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"), QCoreApplication::translate("ConsoleOptions", "Quit after SECONDS."),
                                       QStringLiteral("SECONDS"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("ConsoleOptions", "Interface language: en or zh_CN (default: the system's)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption theme(QStringLiteral("theme"), QCoreApplication::translate("ConsoleOptions", "Colour theme: light or dark (default: the last one used)."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QCoreApplication::translate("ConsoleOptions", "Open the view NAME: dashboard, services, alerts, incidents, tasks, knowledge, playbooks or contacts."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
                                        QCoreApplication::translate("ConsoleOptions", "Window size in pixels, e.g. 1920x1080 (for screenshots)."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption kb(QStringLiteral("kb"),
                                QCoreApplication::translate("ConsoleOptions", "Offline mode: the knowledge base, playbooks and contacts only; nothing is polled."));
    const QCommandLineOption prometheus(QStringLiteral("prometheus"),
                                        QCoreApplication::translate("ConsoleOptions", "Take the metrics and their history from the Prometheus server at URL instead of polling the services."),
                                        QStringLiteral("URL"));
    const QCommandLineOption prometheusToken(QStringLiteral("prometheus-token-file"),
                                             QCoreApplication::translate("ConsoleOptions", "Send the bearer token in FILE to Prometheus (the file must be private: mode 0600)."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption prometheusCa(QStringLiteral("prometheus-ca-file"),
                                          QCoreApplication::translate("ConsoleOptions", "Verify Prometheus' TLS certificate with the CA certificates in FILE instead of the system's."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption prometheusInsecure(QStringLiteral("prometheus-allow-insecure-token"),
                                                QCoreApplication::translate("ConsoleOptions", "Send the bearer token even over plain http:// (insecure: anyone on the way can read it)."));
    parser.addOptions({db, targets, screenshot, quitAfter, lang, theme, view, windowSize, kb, prometheus, prometheusToken, prometheusCa,
                       prometheusInsecure});
    const QCommandLineOption wall(QStringLiteral("wall"),
                                  QCoreApplication::translate("ConsoleOptions", "Wall display: full screen, read-only, rotating pages; leave with Ctrl+Shift+Q twice."));
    const QCommandLineOption wallScreen(QStringLiteral("screen"),
                                        QCoreApplication::translate("ConsoleOptions", "The wall's monitor, by number (0, 1, …) or name (remembered)."),
                                        QStringLiteral("N|NAME"));
    const QCommandLineOption wallPages(QStringLiteral("pages"),
                                       QCoreApplication::translate("ConsoleOptions", "The wall's pages in rotation order, comma-separated: dashboard,services,alerts,incidents."),
                                       QStringLiteral("LIST"));
    const QCommandLineOption wallRotate(QStringLiteral("rotate"),
                                        QCoreApplication::translate("ConsoleOptions", "Show each wall page for SECONDS (default 20)."),
                                        QStringLiteral("SECONDS"));
    parser.addOptions({wall, wallScreen, wallPages, wallRotate});
    const QCommandLineOption restoreBackup(QStringLiteral("restore-backup"),
                                           QCoreApplication::translate("ConsoleOptions", "Before opening the database, replace its content with the verified backup FILE (the current content is kept beside it). Tasks ▸ Restore This Backup… starts the console again with it."),
                                           QStringLiteral("FILE"));
    parser.addOption(restoreBackup);
    parser.process(app);

    ConsoleOptions options;
    options.databasePath = parser.value(db);
    options.restoreBackup = parser.value(restoreBackup);
    options.targetsFile = parser.value(targets);
    options.screenshotPath = parser.value(screenshot);
    options.language = parser.value(lang);
    options.theme = parser.value(theme);
    options.view = parser.value(view);
    options.offline = parser.isSet(kb);
    options.prometheusTokenFile = parser.value(prometheusToken);
    options.prometheusCaFile = parser.value(prometheusCa);
    options.prometheusAllowInsecureToken = parser.isSet(prometheusInsecure);
    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return std::nullopt;
    };
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        options.quitAfterSeconds = parser.value(quitAfter).toDouble(&ok);
        if (!ok || options.quitAfterSeconds <= 0)
            return fail(QCoreApplication::translate("ConsoleOptions", "--quit-after needs a number of seconds above zero, not \"%1\".").arg(parser.value(quitAfter)));
    }
    if (!options.language.isEmpty() && options.language != QLatin1String("en") && options.language != QLatin1String("zh_CN"))
        return fail(QCoreApplication::translate("ConsoleOptions", "--lang takes en or zh_CN, not \"%1\".").arg(options.language));
    if (!options.theme.isEmpty() && options.theme != QLatin1String("light") && options.theme != QLatin1String("dark"))
        return fail(QCoreApplication::translate("ConsoleOptions", "--theme takes light or dark, not \"%1\".").arg(options.theme));
    if (parser.isSet(prometheus)) {
        options.prometheusUrl = QUrl(parser.value(prometheus), QUrl::StrictMode);
        const QString scheme = options.prometheusUrl.scheme();
        if (!options.prometheusUrl.isValid() || options.prometheusUrl.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return fail(QCoreApplication::translate("ConsoleOptions", "--prometheus takes an http or https URL, e.g. https://prometheus.example:9090, not \"%1\".").arg(parser.value(prometheus)));
        if (!options.prometheusTokenFile.isEmpty() && scheme == QLatin1String("http") && !options.prometheusAllowInsecureToken)
            return fail(QCoreApplication::translate("ConsoleOptions", "--prometheus-token-file with a plain http:// URL would send the token unencrypted: use an https:// URL, or add --prometheus-allow-insecure-token to accept the risk."));
    } else if (parser.isSet(prometheusToken) || parser.isSet(prometheusCa) || parser.isSet(prometheusInsecure)) {
        return fail(QCoreApplication::translate("ConsoleOptions", "--prometheus-token-file, --prometheus-ca-file and --prometheus-allow-insecure-token need --prometheus URL."));
    }
    options.wall = parser.isSet(wall);
    if (options.wall && !options.restoreBackup.isEmpty())
        return fail(QCoreApplication::translate("ConsoleOptions", "--restore-backup is not for a wall display: it only reads the database."));
    if (!options.wall && (parser.isSet(wallScreen) || parser.isSet(wallPages) || parser.isSet(wallRotate)))
        return fail(QCoreApplication::translate("ConsoleOptions", "--screen, --pages and --rotate need --wall."));
    options.wallScreen = parser.value(wallScreen);
    if (parser.isSet(wallPages)) {
        const QStringList available = WallConfig::availablePages();
        for (const QString &page : parser.value(wallPages).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = page.trimmed();
            if (!available.contains(name))
                return fail(QCoreApplication::translate("ConsoleOptions", "--pages: the wall has no page \"%1\"; it shows %2.")
                                .arg(name, available.join(QStringLiteral(", "))));
            options.wallPages.append(name);
        }
        if (options.wallPages.isEmpty())
            return fail(QCoreApplication::translate("ConsoleOptions", "--pages needs at least one page: %1.").arg(available.join(QStringLiteral(", "))));
    }
    if (parser.isSet(wallRotate)) {
        bool ok = false;
        options.wallRotateSeconds = parser.value(wallRotate).toInt(&ok);
        if (!ok || options.wallRotateSeconds < 5)
            return fail(QCoreApplication::translate("ConsoleOptions", "--rotate needs a whole number of seconds, 5 or more, not \"%1\".").arg(parser.value(wallRotate)));
    }
    if (options.wall && options.offline)
        return fail(QCoreApplication::translate("ConsoleOptions", "--wall shows live data: it cannot be combined with --kb."));
    if (options.wall && options.prometheusUrl.isValid())
        return fail(QCoreApplication::translate("ConsoleOptions", "--wall polls the targets itself; --prometheus is not supported on a wall yet."));
    if (parser.isSet(windowSize)) {
        const QStringList parts = parser.value(windowSize).split(QLatin1Char('x'));
        options.windowSize = parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize();
        if (options.windowSize.width() < 320 || options.windowSize.height() < 240)
            return fail(QCoreApplication::translate("ConsoleOptions", "--window-size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080, not \"%1\".")
                            .arg(parser.value(windowSize)));
    } else if (!options.screenshotPath.isEmpty()) {
        options.windowSize = QSize(1920, 1080);
    }
    return options;
}

} // namespace payops
