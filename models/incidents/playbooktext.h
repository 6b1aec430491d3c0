#pragma once

#include <QLocale>
#include <QString>

namespace payops {

// A text that playbooks ship in both languages of the console: English and Simplified Chinese.
struct PlaybookText
{
    QString en;
    QString zhCN;

    // The Chinese text for a Chinese locale (when present), the English text otherwise.
    [[nodiscard]] QString text(const QLocale &locale = QLocale()) const
    {
        if (locale.language() == QLocale::Chinese && !zhCN.isEmpty())
            return zhCN;
        return en;
    }
    [[nodiscard]] bool isEmpty() const { return en.isEmpty() && zhCN.isEmpty(); }

    friend bool operator==(const PlaybookText &, const PlaybookText &) = default;
};

} // namespace payops
