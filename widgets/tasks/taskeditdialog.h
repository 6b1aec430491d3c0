#pragma once

#include "models/tasks/taskdefinition.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace payops {

class TaskSettingsForm;

// Adds or edits a task. As the schedule is typed it shows the next ten run times, in the task's zone
// and in the local one, or says in words why the expression is invalid; OK is enabled only when the
// whole task is valid (TaskDefinition::validate plus well-formed settings). The kind's settings are a
// JSON object, edited as a form of the kind's fields (TaskSettingsForm) or as JSON; each follows the
// other, and the hint under them lists every key.
class TaskEditDialog final : public QDialog
{
    Q_OBJECT

public:
    // `task`: the task to edit, or a template for a new one. `existingNames`: names a new task may not
    // take. An edited task keeps its name (its history is filed under it).
    TaskEditDialog(const TaskDefinition &task, bool isNew, QStringList existingNames, QWidget *parent = nullptr);

    [[nodiscard]] TaskDefinition task() const;
    // What is wrong with the task as entered; empty when it can be saved.
    [[nodiscard]] QStringList problems() const;
    // The preview's lines ("Mon 1 Jun 02:30 (Europe/Berlin) — Mon 1 Jun 08:30 local").
    [[nodiscard]] QStringList previewLines() const;

    // How a kind's settings look when a task of it is new.
    [[nodiscard]] static QJsonObject settingsTemplate(TaskDefinition::Kind kind);

private:
    void refresh();
    void kindChanged();
    void formEdited();    // a field of the form changed: written into the JSON
    void settingsTyped(); // the JSON changed: shown in the form when it parses
    [[nodiscard]] std::optional<QJsonObject> settings(QString *error) const;

    TaskDefinition m_original;
    bool m_isNew;
    QStringList m_existingNames;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_cron;
    QComboBox *m_zone;
    QListWidget *m_preview;
    QCheckBox *m_enabled;
    QCheckBox *m_approval;
    QComboBox *m_onBlackout;
    QComboBox *m_onOverlap;
    QComboBox *m_onMissed;
    QSpinBox *m_retries;
    QSpinBox *m_backoff;
    QSpinBox *m_timeout;
    TaskSettingsForm *m_form;
    QPlainTextEdit *m_settings;
    bool m_formWriting = false; // the JSON is being rewritten from the form
    QLabel *m_settingsHint;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace payops
