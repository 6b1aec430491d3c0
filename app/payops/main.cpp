// The console's entry point: language, options, then the composition root.
#include "app/payops/console.h"
#include "app/payops/consoleoptions.h"
#include "app/payops/wallconsole.h"
#include "models/core/jobpool.h"
#include "models/core/preferences.h"
#include "models/core/translations.h"
#include "models/tasks/databasemove.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QProcess>
#include <QSettings>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {

void installTranslations(QCoreApplication &app, const QString &forcedLanguage)
{
    const QLocale locale = forcedLanguage.isEmpty() ? QLocale::system() : QLocale(forcedLanguage);
    QLocale::setDefault(locale);
    payops::installTranslations(app, locale);
}

// --help and --version only print: they must work without a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// Qt's own answer to a missing display is an abort with a platform-plugin message; say instead what
// the console needs and what works without one. QT_QPA_PLATFORM, when set, is the operator's choice.
bool hasGraphicalSession()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

// File ▸ Preferences ▸ Move To…, once the console has closed the file: the copy proven, with a window
// that says what happens meanwhile; the new place kept for the next starts.
bool moveDatabase(const QString &from, const QString &to)
{
    QProgressDialog progress(QCoreApplication::translate("payops::main", "Moving the database to %1…").arg(to), QString(),
                             0, 0);
    progress.setWindowTitle(QCoreApplication::translate("payops::main", "PayOps Console"));
    progress.setMinimumDuration(0);
    progress.show();
    QFutureWatcher<payops::DatabaseMove::Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(payops::jobPool(), [from, to] { return payops::DatabaseMove::run(from, to); }));
    loop.exec();
    progress.close();
    const payops::DatabaseMove::Result result = watcher.result();
    if (!result.ok()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("payops::main", "Move the Database"),
                              QCoreApplication::translate("payops::main", "%1\nThe console starts again from %2.")
                                  .arg(result.error, from));
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        return false;
    }
    QSettings().setValue(payops::DatabaseMove::settingsKey(), to);
    if (!result.cleanupError.isEmpty())
        QMessageBox::warning(nullptr, QCoreApplication::translate("payops::main", "Move the Database"), result.cleanupError);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // A file size limit (ulimit -f) reached by the database must be a write error the history reports
    // and recovers from, not SIGXFSZ's default action of killing the process.
    std::signal(SIGXFSZ, SIG_IGN);
    const bool graphical = hasGraphicalSession();
    const std::unique_ptr<QCoreApplication> app = onlyPrints(argc, argv) || !graphical
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("payops"));
    QCoreApplication::setOrganizationName(QStringLiteral("PayOps"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYOPS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.payops.Console")); // resources/desktop: icon and name on Wayland
    // --lang wins; else the language chosen in Preferences; else the system's.
    QString language = payops::ConsoleOptions::languageFromArguments(QCoreApplication::arguments());
    if (language.isEmpty())
        language = payops::Preferences::load(QSettings()).language;
    installTranslations(*app, language);

    const std::optional<payops::ConsoleOptions> options = payops::ConsoleOptions::parse(*app);
    if (!options)
        return 2;
    if (!graphical) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "payops::main",
                       "payops needs a graphical session (no DISPLAY or WAYLAND_DISPLAY is set). Without one, use "
                       "payopsctl, or take a picture with QT_QPA_PLATFORM=offscreen payops --screenshot FILE.\n")),
                   stderr);
        return 1;
    }
    if (options->wall) { // a wall display only reads: no history, no tasks, no imports
        payops::WallConsole wall(*options);
        wall.start();
        return QCoreApplication::exec();
    }
    QString restore;
    QString move;
    QString database;
    int status = 0;
    {
        payops::Console console(*options);
        console.start();
        status = QCoreApplication::exec();
        restore = console.pendingRestore();
        move = console.pendingMove();
        database = options->databaseFile();
    } // the database is closed here
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!move.isEmpty()) {
        if (!moveDatabase(database, move))
            return 1;
        arguments = payops::ConsoleOptions::argumentsWith(arguments, QStringLiteral("--db"), move);
    } else if (!restore.isEmpty()) {
        // Started again with the same options, to restore before anything opens the database.
        arguments = payops::ConsoleOptions::argumentsToRestore(arguments, restore);
    } else {
        return status;
    }
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
        std::fputs(qPrintable(QCoreApplication::translate("payops::main", "The console could not start again; start "
                                                                          "it with: payops %1\n")
                                  .arg(arguments.join(u' '))),
                   stderr);
        return 1;
    }
    return status;
}
