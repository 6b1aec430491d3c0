#include "widgets/alerts/alertmatcherfields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

#include <algorithm>

namespace payops {

namespace {

QComboBox *anyOrOneOf(QWidget *parent, const QStringList &values)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(AlertMatcherFields::tr("(any)"), QString());
    for (const QString &value : values)
        box->addItem(value, value);
    return box;
}

QString chosen(const QComboBox *box)
{
    const QString text = box->currentText().trimmed();
    // "(any)" as shown, or cleared: no condition on this field.
    return text.isEmpty() || text == box->itemText(0) ? QString() : text;
}

void choose(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
    else
        box->setEditText(value);
}

} // namespace

AlertMatcherFields::AlertMatcherFields(QFormLayout *form, QWidget *parent, const QStringList &rules,
                                       const QStringList &services)
    : m_rule(anyOrOneOf(parent, rules))
    , m_service(anyOrOneOf(parent, services))
    , m_severity(new QComboBox(parent))
{
    m_severity->addItem(tr("(any)"), QString());
    for (const AlertRule::Severity severity : {AlertRule::Severity::Critical, AlertRule::Severity::Warning})
        m_severity->addItem(AlertRule::severityTitle(severity), AlertRule::severityKey(severity));
    form->addRow(tr("&Rule:"), m_rule);
    form->addRow(tr("S&ervice:"), m_service);
    form->addRow(tr("Se&verity:"), m_severity);
}

void AlertMatcherFields::setMatcher(const AlertMatcher &matcher)
{
    choose(m_rule, matcher.ruleName);
    choose(m_service, matcher.service);
    m_severity->setCurrentIndex(
        matcher.severity ? std::max(0, m_severity->findData(AlertRule::severityKey(*matcher.severity))) : 0);
}

AlertMatcher AlertMatcherFields::matcher() const
{
    AlertMatcher matcher;
    matcher.ruleName = chosen(m_rule);
    matcher.service = chosen(m_service);
    matcher.severity = AlertRule::severityFromKey(m_severity->currentData().toString());
    return matcher;
}

} // namespace payops
