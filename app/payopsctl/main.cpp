// payopsctl: the console's headless tool. Wires a QCoreApplication (a QGuiApplication only for the
// subcommands that lay out text, i.e. the PDF export) to the dispatcher; the subcommands do the rest.
#include "app/payopsctl/ctldispatcher.h"
#include "app/payopsctl/ctloutput.h"
#include "models/core/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <csignal>
#include <memory>

int main(int argc, char *argv[])
{
    // A file size limit (ulimit -f) reached by the database must be a write error the history reports
    // and recovers from, not SIGXFSZ's default action of killing the process.
    std::signal(SIGXFSZ, SIG_IGN);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    payops::CtlDispatcher dispatcher;
    std::unique_ptr<QCoreApplication> app;
    if (dispatcher.needsGui(arguments)) {
        // A headless tool never shows a window: without a platform chosen, take the one that
        // needs no display (fonts and PDF output work the same there).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The console's names: the same default database file (QStandardPaths::AppDataLocation).
    QCoreApplication::setApplicationName(QStringLiteral("payops"));
    QCoreApplication::setOrganizationName(QStringLiteral("PayOps"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYOPS_VERSION));
    payops::installTranslations(*app, QLocale::system());
    // The models log for the console's log view; here each subcommand reports in words itself, so
    // their logs stay quiet unless QT_LOGGING_RULES (which takes precedence) asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("payops.*.debug=false\npayops.*.info=false\n"
                                                    "payops.*.warning=false"));

    payops::CtlOutput out;
    return dispatcher.run(QCoreApplication::arguments().mid(1), out);
}
