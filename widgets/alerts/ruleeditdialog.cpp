#include "widgets/alerts/ruleeditdialog.h"

#include "widgets/alerts/problemslabel.h"

#include "models/metrics/derivedmetriccatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace payops {

namespace {

QDoubleSpinBox *valueBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(-1e12, 1e12);
    box->setDecimals(3);
    box->setGroupSeparatorShown(true);
    return box;
}

QSpinBox *secondsBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 7 * 24 * 3600);
    box->setSingleStep(30);
    box->setSuffix(RuleEditDialog::tr(" s"));
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

RuleEditDialog::RuleEditDialog(const AlertRule &rule, bool isNew, const QStringList &services,
                               const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_original(rule)
    , m_isNew(isNew)
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(rule.name, this))
    , m_enabled(new QCheckBox(tr("&Enabled"), this))
    , m_metric(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_comparison(new QComboBox(this))
    , m_threshold(valueBox(this))
    , m_unit(new QComboBox(this))
    , m_hasClear(new QCheckBox(tr("C&lear below/above:"), this))
    , m_clear(valueBox(this))
    , m_for(secondsBox(this))
    , m_keepFiring(secondsBox(this))
    , m_severity(new QComboBox(this))
    , m_summary(new QLineEdit(rule.summary, this))
    , m_problems(new ProblemsLabel(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(isNew ? tr("Add Alert Rule") : tr("Edit Alert Rule %1").arg(rule.name));
    m_name->setReadOnly(!isNew); // the name is the alert's identity (history, silences, Prometheus)
    m_enabled->setChecked(rule.enabled);
    for (const DerivedMetric &metric : DerivedMetricCatalog::all())
        m_metric->addItem(metric.title(), metric.name());
    m_metric->setCurrentIndex(m_metric->findData(DerivedMetricCatalog::name(rule.metric)));
    for (const AlertRule::Scope scope : {AlertRule::Scope::EachService, AlertRule::Scope::Service, AlertRule::Scope::Total})
        m_scope->addItem(QString(), AlertRule::scopeKey(scope));
    nameScopes();
    m_scope->setCurrentIndex(m_scope->findData(AlertRule::scopeKey(rule.scope)));
    m_service->setEditable(true);
    m_service->addItems(services);
    m_service->setCurrentText(rule.service);
    for (const AlertRule::Comparison c : {AlertRule::Comparison::Greater, AlertRule::Comparison::GreaterOrEqual,
                                          AlertRule::Comparison::Less, AlertRule::Comparison::LessOrEqual,
                                          AlertRule::Comparison::Equal, AlertRule::Comparison::NotEqual})
        m_comparison->addItem(AlertRule::comparisonSymbol(c), AlertRule::comparisonSymbol(c));
    m_comparison->setCurrentIndex(m_comparison->findData(AlertRule::comparisonSymbol(rule.comparison)));
    fillUnits();
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(rule.unit)));
    m_threshold->setValue(rule.inUnit(rule.threshold));
    m_hasClear->setChecked(rule.clearThreshold.has_value());
    m_clear->setValue(rule.clearThreshold ? rule.inUnit(*rule.clearThreshold) : rule.inUnit(rule.threshold));
    m_for->setValue(int(rule.forMs / 1000));
    m_keepFiring->setValue(int(rule.keepFiringForMs / 1000));
    for (const AlertRule::Severity severity : {AlertRule::Severity::Warning, AlertRule::Severity::Critical})
        m_severity->addItem(AlertRule::severityTitle(severity), AlertRule::severityKey(severity));
    m_severity->setCurrentIndex(m_severity->findData(AlertRule::severityKey(rule.severity)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("&Metric:"), m_metric);
    auto *scope = new QHBoxLayout;
    scope->addWidget(m_scope);
    scope->addWidget(m_service, 1);
    form->addRow(tr("S&cope:"), scope);
    auto *condition = new QHBoxLayout;
    condition->addWidget(m_comparison);
    condition->addWidget(m_threshold, 1);
    condition->addWidget(m_unit);
    form->addRow(tr("&Condition:"), condition);
    form->addRow(m_hasClear, m_clear);
    form->addRow(tr("&Pending for:"), m_for);
    form->addRow(tr("&Keep firing for:"), m_keepFiring);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("S&ummary:"), m_summary);
    m_summary->setToolTip(tr("{service}, {value} and {threshold} are filled in"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAccessibleName(tr("Preview against the last hour"));
    m_preview->setText(tr("Trying the rule on the last hour…"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400); // typing "800" asks once, not three times
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        if (problems().isEmpty())
            Q_EMIT previewRequested(this->rule());
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        fillUnits();
        nameScopes();
        changed();
    });
    for (QComboBox *box : {m_scope, m_comparison, m_unit, m_severity})
        connect(box, &QComboBox::currentIndexChanged, this, &RuleEditDialog::changed);
    connect(m_service, &QComboBox::currentTextChanged, this, &RuleEditDialog::changed);
    connect(m_name, &QLineEdit::textChanged, this, &RuleEditDialog::changed);
    connect(m_summary, &QLineEdit::textChanged, this, &RuleEditDialog::changed);
    connect(m_enabled, &QCheckBox::toggled, this, &RuleEditDialog::changed);
    connect(m_hasClear, &QCheckBox::toggled, this, &RuleEditDialog::changed);
    for (QDoubleSpinBox *box : {m_threshold, m_clear})
        connect(box, &QDoubleSpinBox::valueChanged, this, &RuleEditDialog::changed);
    for (QSpinBox *box : {m_for, m_keepFiring})
        connect(box, &QSpinBox::valueChanged, this, &RuleEditDialog::changed);
    changed();
    resize(620, sizeHint().height());
}

void RuleEditDialog::nameScopes()
{
    // The console's own metrics (task_failed, task_overdue) are per scheduled task, not per service.
    const std::optional<DerivedMetric> metric = DerivedMetricCatalog::find(m_metric->currentData().toString());
    const bool tasks = metric && metric->origin() == DerivedMetric::Origin::Console;
    for (int i = 0; i < m_scope->count(); ++i) {
        const std::optional<AlertRule::Scope> scope = AlertRule::scopeFromKey(m_scope->itemData(i).toString());
        QString title;
        switch (scope.value_or(AlertRule::Scope::EachService)) {
        case AlertRule::Scope::EachService:
            title = tasks ? tr("each task separately") : tr("each service separately");
            break;
        case AlertRule::Scope::Service:
            title = tasks ? tr("one task") : tr("one service");
            break;
        case AlertRule::Scope::Total:
            title = tasks ? tr("all tasks together") : tr("all services together");
            break;
        }
        m_scope->setItemText(i, title);
    }
    m_service->setPlaceholderText(tasks ? tr("task name") : tr("service"));
}

void RuleEditDialog::fillUnits()
{
    const std::optional<DerivedMetric> metric = DerivedMetricCatalog::find(m_metric->currentData().toString());
    const QString current = m_unit->currentData().toString();
    const QSignalBlocker block(m_unit);
    m_unit->clear();
    if (!metric)
        return;
    for (const QString &unit : DerivedMetricCatalog::thresholdUnits(metric->id()))
        m_unit->addItem(unit.isEmpty() ? tr("(plain number)") : unit, unit);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(current)));
}

AlertRule RuleEditDialog::rule() const
{
    AlertRule rule = m_original;
    rule.name = m_name->text().trimmed();
    rule.enabled = m_enabled->isChecked();
    if (const std::optional<DerivedMetric> metric = DerivedMetricCatalog::find(m_metric->currentData().toString()))
        rule.metric = metric->id();
    rule.scope = AlertRule::scopeFromKey(m_scope->currentData().toString()).value_or(AlertRule::Scope::EachService);
    rule.service = rule.scope == AlertRule::Scope::Service ? m_service->currentText().trimmed() : QString();
    rule.comparison = AlertRule::comparisonFromSymbol(m_comparison->currentData().toString()).value_or(rule.comparison);
    rule.unit = m_unit->currentData().toString();
    rule.threshold = DerivedMetricCatalog::toCanonical(rule.metric, m_threshold->value(), rule.unit)
                         .value_or(m_threshold->value());
    rule.clearThreshold = m_hasClear->isChecked()
        ? std::optional<double>(DerivedMetricCatalog::toCanonical(rule.metric, m_clear->value(), rule.unit)
                                    .value_or(m_clear->value()))
        : std::nullopt;
    rule.forMs = qint64(m_for->value()) * 1000;
    rule.keepFiringForMs = qint64(m_keepFiring->value()) * 1000;
    rule.severity = AlertRule::severityFromKey(m_severity->currentData().toString()).value_or(rule.severity);
    rule.summary = m_summary->text().trimmed();
    return rule;
}

QStringList RuleEditDialog::problems() const
{
    const AlertRule rule = this->rule();
    QStringList problems = rule.validate();
    if (m_isNew && m_existingNames.contains(rule.name))
        problems.append(tr("a rule named %1 exists already").arg(rule.name));
    return problems;
}

void RuleEditDialog::setPreview(const QString &text)
{
    m_preview->setText(text);
}

QString RuleEditDialog::previewText() const
{
    return m_preview->text();
}

void RuleEditDialog::changed()
{
    m_service->setEnabled(m_scope->currentData().toString() == AlertRule::scopeKey(AlertRule::Scope::Service));
    m_clear->setEnabled(m_hasClear->isChecked());
    const bool usable = m_problems->showProblems(problems());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
    if (usable)
        m_previewTimer->start();
    else
        m_preview->setText(tr("Correct the rule to see what it would have done in the last hour."));
}

} // namespace payops
