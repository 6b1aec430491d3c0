#include "widgets/windowtimefields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QTimeZone>

namespace payops {

namespace {

QTime timeOf(int minute)
{
    return QTime(0, 0).addSecs((minute % 1440) * 60);
}

int minuteOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

WindowTimeFields::WindowTimeFields(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_start(new QTimeEdit(parent))
    , m_end(new QTimeEdit(parent))
    , m_zone(zoneComboBox(parent))
{
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), parent);
        m_days.append(box);
        connect(box, &QCheckBox::toggled, this, &WindowTimeFields::changed);
    }
    for (QTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        connect(edit, &QTimeEdit::timeChanged, this, &WindowTimeFields::changed);
    }
    connect(m_zone, &QComboBox::currentTextChanged, this, &WindowTimeFields::changed);
}

QComboBox *WindowTimeFields::zoneComboBox(QWidget *parent)
{
    auto *zone = new QComboBox(parent);
    zone->setEditable(true);
    zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zone->addItem(QString::fromLatin1(id));
    zone->setCurrentText(QString::fromLatin1(QTimeZone::systemTimeZoneId()));
    return zone;
}

void WindowTimeFields::addDaysRow(QFormLayout *form, const QString &label)
{
    addDaysRow(form, new QLabel(label, m_parent));
}

void WindowTimeFields::addDaysRow(QFormLayout *form, QWidget *label)
{
    auto *row = new QHBoxLayout;
    for (QCheckBox *box : std::as_const(m_days))
        row->addWidget(box);
    row->addStretch();
    form->addRow(label, row);
}

void WindowTimeFields::addTimeRows(QFormLayout *form)
{
    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), m_parent));
    times->addWidget(m_end);
    times->addStretch();
    auto *fromLabel = new QLabel(tr("&From:"), m_parent); // a row of a layout has no buddy of its own
    fromLabel->setBuddy(m_start);
    form->addRow(fromLabel, times);
    form->addRow(tr("&Time zone:"), m_zone);
}

quint8 WindowTimeFields::days() const
{
    quint8 days = 0;
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days[i]->isChecked())
            days |= quint8(1u << i);
    }
    return days;
}

void WindowTimeFields::setDays(quint8 days)
{
    for (int i = 0; i < m_days.size(); ++i)
        m_days[i]->setChecked(days & (1u << i));
}

void WindowTimeFields::setDaysEnabled(bool enabled)
{
    for (QCheckBox *box : std::as_const(m_days))
        box->setEnabled(enabled);
}

int WindowTimeFields::startMinute() const
{
    return minuteOf(m_start->time());
}

int WindowTimeFields::endMinute() const
{
    return minuteOf(m_end->time());
}

void WindowTimeFields::setMinutes(int startMinute, int endMinute)
{
    m_start->setTime(timeOf(startMinute));
    m_end->setTime(timeOf(endMinute));
}

QString WindowTimeFields::zone() const
{
    return m_zone->currentText().trimmed();
}

void WindowTimeFields::setZone(const QString &zone)
{
    m_zone->setCurrentText(zone.isEmpty() ? QString::fromLatin1(QTimeZone::systemTimeZoneId()) : zone);
}

} // namespace payops
