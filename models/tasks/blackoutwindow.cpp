#include "models/tasks/blackoutwindow.h"

#include <QDateTime>
#include <QTimeZone>

namespace payops {

MaintenanceWindow BlackoutWindow::weekly() const
{
    MaintenanceWindow window;
    window.name = name;
    // A dated window is a daily one whose occurrences count only when they start on a listed date.
    window.days = dates.isEmpty() ? days : quint8(0x7f);
    window.startMinute = startMinute;
    window.endMinute = endMinute;
    window.timeZone = timeZone;
    return window;
}

QStringList BlackoutWindow::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("the blackout window needs a name");
    MaintenanceWindow window = weekly();
    window.name = QStringLiteral("-"); // named above, in this window's words
    problems << window.validate();
    return problems;
}

std::optional<std::pair<qint64, qint64>> BlackoutWindow::occurrenceAt(qint64 utcMs) const
{
    const MaintenanceWindow window = weekly();
    const std::optional<std::pair<qint64, qint64>> occurrence = window.occurrenceAt(utcMs);
    if (!occurrence || dates.isEmpty())
        return occurrence;
    const QDate startDate = QDateTime::fromMSecsSinceEpoch(occurrence->first, QTimeZone(timeZone.toUtf8())).date();
    if (dates.contains(startDate))
        return occurrence;
    return std::nullopt;
}

QList<std::pair<qint64, qint64>> BlackoutWindow::occurrencesBetween(qint64 fromMs, qint64 toMs) const
{
    // Step through the range a quarter hour at a time: windows are whole minutes and at least that
    // long in practice, and a week is 672 steps.
    constexpr qint64 stepMs = 15 * 60 * 1000;
    QList<std::pair<qint64, qint64>> found;
    for (qint64 at = fromMs; at < toMs; at += stepMs) {
        const std::optional<std::pair<qint64, qint64>> occurrence = occurrenceAt(at);
        if (occurrence && (found.isEmpty() || found.constLast() != *occurrence)) {
            found.append(*occurrence);
            at = std::max(at, occurrence->second - stepMs);
        }
    }
    return found;
}

QString BlackoutWindow::describe(const QLocale &locale) const
{
    const MaintenanceWindow window = weekly();
    if (dates.isEmpty())
        return tr("%1 (%2)").arg(window.whenText(locale), timeZone);
    QStringList dateTexts;
    for (const QDate &date : dates)
        dateTexts << date.toString(Qt::ISODate);
    return tr("%1, %2 (%3)").arg(dateTexts.join(QLatin1Char(' ')), window.hoursText(), timeZone);
}

QString BlackoutWindow::datesText() const
{
    QStringList texts;
    for (const QDate &date : dates)
        texts << date.toString(Qt::ISODate);
    return texts.join(u',');
}

std::optional<QList<QDate>> BlackoutWindow::parseDates(const QString &text)
{
    QList<QDate> parsed;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QDate date = QDate::fromString(part.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        parsed.append(date);
    }
    return parsed;
}

} // namespace payops
