#pragma once

// The README's pictures of dialogs and windows that only a test brings into their state: with
// PAYOPS_SCREENSHOT_DIR set, a test saves them there as <name>-<theme>-<lang>.png, in the theme
// (PAYOPS_SCREENSHOT_THEME light|dark) and language (PAYOPS_SCREENSHOT_LANG en|zh_CN) asked for.
#include "models/core/translations.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QTest>
#include <QWidget>

namespace payops::test {

// In main(), before the tests run: the language and theme of the pictures.
inline void applyPictureSettings(QApplication &app)
{
    const QString language = qEnvironmentVariable("PAYOPS_SCREENSHOT_LANG");
    if (!language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
        installTranslations(app, QLocale(language));
    }
    Theme::apply(app, Theme::fromName(qEnvironmentVariable("PAYOPS_SCREENSHOT_THEME")));
}

// Saves the widget when pictures are asked for; true when saved or not asked for.
[[nodiscard]] inline bool savePicture(QWidget &widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("PAYOPS_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return true;
    widget.show();
    QTest::qWait(300); // a replot and a layout pass
    const QString theme = qEnvironmentVariable("PAYOPS_SCREENSHOT_THEME", QStringLiteral("light"));
    const QString language = qEnvironmentVariable("PAYOPS_SCREENSHOT_LANG", QStringLiteral("en")).section(u'_', 0, 0);
    QDir().mkpath(directory);
    return widget.grab().save(QDir(directory).filePath(QStringLiteral("%1-%2-%3.png").arg(name, theme, language)));
}

} // namespace payops::test
