// Composition root of the console: parses the command line, builds the objects and wires them.
#include "servicelistwindow.h"
#include "services/healthprobe.h"
#include "services/servicetarget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QThread>
#include <QTimer>
#include <QTranslator>

namespace {

void installTranslations(QApplication &app, const QString &forcedLanguage)
{
    const QLocale locale = forcedLanguage.isEmpty() ? QLocale::system() : QLocale(forcedLanguage);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("payops"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("payops"));
    QApplication::setOrganizationName(QStringLiteral("PayOps"));
    QApplication::setApplicationVersion(QStringLiteral(PAYOPS_VERSION));

    // The language must be known before any translated text (including --help) is produced.
    QString language;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PayOps Console — operations console for a payment system."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QApplication::translate("main", "Force the interface language (en or zh_CN)."), QStringLiteral("LANG"));
    const QCommandLineOption quitAfterOption(QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after SECONDS (for scripted runs)."), QStringLiteral("SECONDS"));
    parser.addOptions({langOption, quitAfterOption});
    parser.process(app);

    const QList<payops::ServiceTarget> targets = payops::ServiceTarget::paysimDefaults();
    QStringList services;
    for (const payops::ServiceTarget &target : targets)
        services.append(target.service);

    payops::ServiceListWindow window(services);

    // Health checks run on their own thread so a slow service never stalls the window.
    QThread probeThread;
    auto *probe = new payops::HealthProbe;
    probe->moveToThread(&probeThread);
    QObject::connect(&probeThread, &QThread::finished, probe, &QObject::deleteLater);
    QObject::connect(probe, &payops::HealthProbe::checked, &window, &payops::ServiceListWindow::showStatus);
    probeThread.start();

    QTimer pollTimer;
    pollTimer.setInterval(targets.value(0).intervalMs);
    QObject::connect(&pollTimer, &QTimer::timeout, probe, [probe, targets] { probe->probe(targets); });
    pollTimer.start();
    QTimer::singleShot(0, probe, [probe, targets] { probe->probe(targets); });

    if (parser.isSet(quitAfterOption))
        QTimer::singleShot(int(parser.value(quitAfterOption).toDouble() * 1000), &app, &QApplication::quit);

    window.show();
    const int exitCode = QApplication::exec();
    probeThread.quit();
    probeThread.wait();
    return exitCode;
}
