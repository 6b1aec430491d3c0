// The console's entry point: language, options, then the composition root.
#include "console.h"
#include "consoleoptions.h"

#include <QApplication>
#include <QLibraryInfo>
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
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("payops"));
    QApplication::setOrganizationName(QStringLiteral("PayOps"));
    QApplication::setApplicationVersion(QStringLiteral(PAYOPS_VERSION));
    installTranslations(app, payops::ConsoleOptions::languageFromArguments(QApplication::arguments()));

    const std::optional<payops::ConsoleOptions> options = payops::ConsoleOptions::parse(app);
    if (!options)
        return 2;
    payops::Console console(*options);
    if (!console.start())
        return 1;
    return QApplication::exec();
}
