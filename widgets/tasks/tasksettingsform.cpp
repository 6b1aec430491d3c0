#include "widgets/tasks/tasksettingsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace payops {

namespace {

QString translated(const char *source)
{
    return source ? TaskSettingsForm::tr(source) : QString();
}

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines = edit->toPlainText().split(u'\n');
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TaskSettingsForm::TaskSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    const int margin = fontMetrics().height() / 2; // inside the editor's tab frame
    m_layout->setContentsMargins(margin, margin, margin, margin);
}

void TaskSettingsForm::addField(const char *key, const char *label, Type type, QJsonValue defaultValue, int maximum,
                                const char *placeholder, QStringList choices)
{
    QWidget *editor = nullptr;
    switch (type) {
    case Type::Text: {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(translated(placeholder));
        connect(edit, &QLineEdit::textEdited, this, &TaskSettingsForm::edited);
        editor = edit;
        break;
    }
    case Type::Lines:
    case Type::Pairs: {
        auto *edit = new QPlainTextEdit(this);
        edit->setPlaceholderText(translated(placeholder));
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_showing)
                Q_EMIT edited();
        });
        editor = edit;
        break;
    }
    case Type::Number: {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, maximum);
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_showing)
                Q_EMIT edited();
        });
        editor = spin;
        break;
    }
    case Type::Choice: {
        auto *combo = new QComboBox(this);
        combo->addItems(choices);
        connect(combo, &QComboBox::activated, this, &TaskSettingsForm::edited);
        editor = combo;
        break;
    }
    case Type::Flag: {
        auto *box = new QCheckBox(translated(placeholder), this);
        connect(box, &QCheckBox::clicked, this, &TaskSettingsForm::edited);
        editor = box;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("setting-%1").arg(QLatin1String(key)));
    m_layout->addRow(translated(label), editor);
    m_fields.append({QString::fromLatin1(key), type, defaultValue, editor});
}

void TaskSettingsForm::setKind(TaskDefinition::Kind kind)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    switch (kind) {
    case TaskDefinition::Kind::Backup:
        addField("folder", QT_TR_NOOP("Folder:"), Type::Text, QString(), 0, QT_TR_NOOP("backups beside the database"));
        addField("daily", QT_TR_NOOP("Keep daily copies:"), Type::Number, 7, 366);
        addField("weekly", QT_TR_NOOP("Keep weekly copies:"), Type::Number, 4, 260);
        addField("monthly", QT_TR_NOOP("Keep monthly copies:"), Type::Number, 6, 120);
        break;
    case TaskDefinition::Kind::Command:
        addField("program", QT_TR_NOOP("Program:"), Type::Text, QString(), 0, QT_TR_NOOP("e.g. /usr/bin/pg_dump"));
        addField("arguments", QT_TR_NOOP("Arguments:"), Type::Lines, QJsonArray(), 0,
                 QT_TR_NOOP("one argument a line, never through a shell"));
        addField("workingDirectory", QT_TR_NOOP("Working directory:"), Type::Text, QString());
        addField("environment", QT_TR_NOOP("Environment:"), Type::Pairs, QJsonObject(), 0, QT_TR_NOOP("NAME=value, one a line"));
        addField("successFile", QT_TR_NOOP("Success file:"), Type::Text, QString(), 0,
                 QT_TR_NOOP("succeeds only when this file exists and is not empty"));
        break;
    case TaskDefinition::Kind::RollingUpdate:
        addField("service", QT_TR_NOOP("Service:"), Type::Text, QString(), 0, QT_TR_NOOP("e.g. payment_gateway"));
        addField("program", QT_TR_NOOP("Program:"), Type::Text, QString());
        addField("arguments", QT_TR_NOOP("Arguments:"), Type::Lines, QJsonArray(), 0,
                 QT_TR_NOOP("one a line; {instance} {host} {port} {url} {index} … per instance"));
        addField("settleSeconds", QT_TR_NOOP("Settle time (s):"), Type::Number, 30, 3600);
        addField("healthTimeoutSeconds", QT_TR_NOOP("Health timeout (s):"), Type::Number, 60, 3600);
        addField("commandTimeoutSeconds", QT_TR_NOOP("Command timeout (s):"), Type::Number, 300, 86400);
        addField("minSeverity", QT_TR_NOOP("Rules that count:"), Type::Choice, QStringLiteral("warning"), 0, nullptr,
                 {QStringLiteral("warning"), QStringLiteral("critical")});
        addField("dryRun", QT_TR_NOOP("Dry run:"), Type::Flag, false, 0, QT_TR_NOOP("show the plan, touch nothing"));
        break;
    case TaskDefinition::Kind::PerformanceReview:
        addField("folder", QT_TR_NOOP("Folder:"), Type::Text, QString(), 0, QT_TR_NOOP("reports beside the database"));
        addField("periodDays", QT_TR_NOOP("Period (days):"), Type::Number, 7, 90);
        addField("trendDays", QT_TR_NOOP("Trend over (days):"), Type::Number, 28, 365);
        addField("regressionPercent", QT_TR_NOOP("Regression from (%):"), Type::Number, 10, 1000);
        addField("cpuCapacity", QT_TR_NOOP("CPU capacity (%):"), Type::Number, 100, 100000);
        break;
    }
}

void TaskSettingsForm::show(const Field &field, const QJsonValue &value)
{
    switch (field.type) {
    case Type::Text:
        static_cast<QLineEdit *>(field.editor)->setText(value.toString());
        break;
    case Type::Lines: {
        QStringList lines;
        for (const QJsonValue &item : value.toArray())
            lines << item.toString();
        static_cast<QPlainTextEdit *>(field.editor)->setPlainText(lines.join(u'\n'));
        break;
    }
    case Type::Pairs: {
        QStringList lines;
        const QJsonObject pairs = value.toObject();
        for (auto it = pairs.begin(); it != pairs.end(); ++it)
            lines << it.key() + u'=' + it.value().toString();
        static_cast<QPlainTextEdit *>(field.editor)->setPlainText(lines.join(u'\n'));
        break;
    }
    case Type::Number:
        static_cast<QSpinBox *>(field.editor)->setValue(value.toInt());
        break;
    case Type::Choice:
        static_cast<QComboBox *>(field.editor)->setCurrentText(value.toString());
        break;
    case Type::Flag:
        static_cast<QCheckBox *>(field.editor)->setChecked(value.toBool());
        break;
    }
}

void TaskSettingsForm::setSettings(const QJsonObject &settings)
{
    m_showing = true;
    for (const Field &field : std::as_const(m_fields)) {
        field.editor->blockSignals(true);
        show(field, settings.contains(field.key) ? settings.value(field.key) : field.defaultValue);
        field.editor->blockSignals(false);
    }
    m_showing = false;
}

QJsonValue TaskSettingsForm::valueOf(const Field &field) const
{
    switch (field.type) {
    case Type::Text:
        return static_cast<QLineEdit *>(field.editor)->text().trimmed();
    case Type::Lines:
        return QJsonArray::fromStringList(linesOf(static_cast<QPlainTextEdit *>(field.editor)));
    case Type::Pairs: {
        QJsonObject pairs;
        for (const QString &line : linesOf(static_cast<QPlainTextEdit *>(field.editor))) {
            const qsizetype equals = line.indexOf(u'=');
            if (equals > 0)
                pairs.insert(line.left(equals).trimmed(), line.mid(equals + 1));
        }
        return pairs;
    }
    case Type::Number:
        return static_cast<QSpinBox *>(field.editor)->value();
    case Type::Choice:
        return static_cast<QComboBox *>(field.editor)->currentText();
    case Type::Flag:
        return static_cast<QCheckBox *>(field.editor)->isChecked();
    }
    return {};
}

QJsonObject TaskSettingsForm::apply(QJsonObject settings) const
{
    for (const Field &field : m_fields) {
        const QJsonValue value = valueOf(field);
        if (settings.contains(field.key) || value != field.defaultValue)
            settings.insert(field.key, value);
    }
    return settings;
}

} // namespace payops
