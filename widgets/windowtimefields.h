#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QTimeEdit;
class QWidget;

namespace payops {

// The "when" of a wall-clock window, one implementation for the maintenance window and blackout
// window dialogs: weekday boxes, a from/to time (HH:mm) and an IANA zone, added as rows of the
// dialog's own form. zoneComboBox() is the one zone picker (the task editor's too).
class WindowTimeFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowTimeFields)

public:
    explicit WindowTimeFields(QWidget *parent);

    // The weekday boxes (Monday first) as a row; `label` is text or a widget (a radio button).
    void addDaysRow(QFormLayout *form, const QString &label);
    void addDaysRow(QFormLayout *form, QWidget *label);
    // "From … to …" and "Time zone".
    void addTimeRows(QFormLayout *form);

    [[nodiscard]] quint8 days() const; // bit 0 Monday … bit 6 Sunday
    void setDays(quint8 days);
    void setDaysEnabled(bool enabled);
    [[nodiscard]] int startMinute() const;
    [[nodiscard]] int endMinute() const;
    void setMinutes(int startMinute, int endMinute); // an end of 1440 shows as 00:00
    [[nodiscard]] QString zone() const;
    void setZone(const QString &zone); // empty: the system's

    // Editable, every IANA zone id, the system's selected.
    [[nodiscard]] static QComboBox *zoneComboBox(QWidget *parent);

Q_SIGNALS:
    void changed();

private:
    QWidget *m_parent;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QComboBox *m_zone;
};

} // namespace payops
