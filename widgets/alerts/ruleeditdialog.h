#pragma once

#include "models/alerts/alertrule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace payops {

class ProblemsLabel;

// Add or edit one alert rule. Every change is validated at once (AlertRule::validate: the reasons
// under the form, OK disabled while there are any) and, a moment after typing stops, the rule is
// offered for a preview (previewRequested): the caller replays the last hour of history through it
// off the GUI thread and answers with setPreview("Would have fired 3 times, for 14 min in total").
class RuleEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditDialog)

public:
    // `existingNames`: names a new rule may not take.
    RuleEditDialog(const AlertRule &rule, bool isNew, const QStringList &services, const QStringList &existingNames,
                   QWidget *parent = nullptr);

    [[nodiscard]] AlertRule rule() const;
    [[nodiscard]] QStringList problems() const;
    void setPreview(const QString &text);
    [[nodiscard]] QString previewText() const;

Q_SIGNALS:
    void previewRequested(const payops::AlertRule &rule);

private:
    void fillUnits();
    // The scope's words for the chosen metric: services, or scheduled tasks for the console's own metrics.
    void nameScopes();
    void changed();

    AlertRule m_original;
    bool m_isNew;
    QStringList m_existingNames;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QComboBox *m_metric;
    QComboBox *m_scope;
    QComboBox *m_service;
    QComboBox *m_comparison;
    QDoubleSpinBox *m_threshold;
    QComboBox *m_unit;
    QCheckBox *m_hasClear;
    QDoubleSpinBox *m_clear;
    QSpinBox *m_for;
    QSpinBox *m_keepFiring;
    QComboBox *m_severity;
    QLineEdit *m_summary;
    ProblemsLabel *m_problems;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    QTimer *m_previewTimer;
};

} // namespace payops
