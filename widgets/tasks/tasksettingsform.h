#pragma once

#include "models/tasks/taskdefinition.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QFormLayout;

namespace payops {

// A task kind's settings as a form: one field for each key the kind reads (text, a list one item a
// line, KEY=VALUE lines, a number, a choice, yes/no), read from and written into the settings
// object. Keys the form does not show (a rolling update's placeholders in "environment", a review's
// per-service "capacity") stay as they are: the editor's JSON tab shows the whole object. A field
// writes its key when the object had it or its value differs from the kind's default, so an
// untouched form adds nothing.
class TaskSettingsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskSettingsForm)

public:
    explicit TaskSettingsForm(QWidget *parent = nullptr);

    // Rebuilds the fields for the kind.
    void setKind(TaskDefinition::Kind kind);
    // Shows the values of `settings` (defaults for missing keys) without emitting edited().
    void setSettings(const QJsonObject &settings);
    // `settings` with the fields' values written in.
    [[nodiscard]] QJsonObject apply(QJsonObject settings) const;

Q_SIGNALS:
    // The operator changed a field.
    void edited();

private:
    enum class Type { Text, Lines, Pairs, Number, Choice, Flag };
    struct Field
    {
        QString key;
        Type type;
        QJsonValue defaultValue;
        QWidget *editor;
    };

    void addField(const char *key, const char *label, Type type, QJsonValue defaultValue, int maximum = 0,
                  const char *placeholder = nullptr, QStringList choices = {});
    [[nodiscard]] QJsonValue valueOf(const Field &field) const;
    void show(const Field &field, const QJsonValue &value);

    QFormLayout *m_layout;
    QList<Field> m_fields;
    bool m_showing = false;
};

} // namespace payops
