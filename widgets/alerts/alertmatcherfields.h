#pragma once

#include "models/alerts/alertmatcher.h"

#include <QCoreApplication>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QWidget;

namespace payops {

// The three matcher fields a silence and a maintenance window share (rule, service, severity, each
// "any" by default), added to a form. Rule and service are editable lists of the known ones.
class AlertMatcherFields final
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertMatcherFields)

public:
    AlertMatcherFields(QFormLayout *form, QWidget *parent, const QStringList &rules, const QStringList &services);

    void setMatcher(const AlertMatcher &matcher);
    [[nodiscard]] AlertMatcher matcher() const;
    [[nodiscard]] QComboBox *ruleBox() const { return m_rule; }
    [[nodiscard]] QComboBox *serviceBox() const { return m_service; }
    [[nodiscard]] QComboBox *severityBox() const { return m_severity; }

private:
    QComboBox *m_rule;
    QComboBox *m_service;
    QComboBox *m_severity;
};

} // namespace payops
