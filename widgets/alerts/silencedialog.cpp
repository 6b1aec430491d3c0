#include "widgets/alerts/silencedialog.h"

#include "widgets/alerts/problemslabel.h"

#include "models/alerts/alertsilencestore.h"
#include "widgets/alerts/alertmatcherfields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace payops {

SilenceDialog::SilenceDialog(const QStringList &rules, const QStringList &services, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_nowMs(nowMs)
    , m_duration(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_problems(new ProblemsLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Silence Alerts"));
    auto *form = new QFormLayout;
    m_matcher = std::make_unique<AlertMatcherFields>(form, this, rules, services);
    for (const int minutes : {15, 30, 60, 120, 240, 480, 1440})
        m_duration->addItem(minutes < 60 ? tr("%n minute(s)", nullptr, minutes) : tr("%n hour(s)", nullptr, minutes / 60),
                            minutes);
    m_duration->setCurrentIndex(2); // an hour: long enough for most work, short enough not to be forgotten
    form->addRow(tr("&For:"), m_duration);
    m_reason->setPlaceholderText(tr("Why, so that the next person knows (e.g. \"gateway migration, ticket 4711\")"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Silence"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &SilenceDialog::revalidate);
    for (QComboBox *box : {m_matcher->ruleBox(), m_matcher->serviceBox()})
        connect(box, &QComboBox::currentTextChanged, this, &SilenceDialog::revalidate);
    revalidate();
    resize(520, sizeHint().height());
}

SilenceDialog::~SilenceDialog() = default;

void SilenceDialog::setMatcher(const AlertMatcher &matcher)
{
    m_matcher->setMatcher(matcher);
    revalidate();
}

void SilenceDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void SilenceDialog::setDurationMinutes(int minutes)
{
    int index = m_duration->findData(minutes);
    if (index < 0) {
        m_duration->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
        index = m_duration->count() - 1;
    }
    m_duration->setCurrentIndex(index);
}

AlertSilence SilenceDialog::silence() const
{
    AlertSilence silence;
    silence.matcher = m_matcher->matcher();
    silence.startsMs = m_nowMs;
    silence.endsMs = m_nowMs + qint64(m_duration->currentData().toInt()) * 60'000;
    silence.reason = m_reason->toPlainText().trimmed();
    return silence;
}

QStringList SilenceDialog::problems() const
{
    return AlertSilenceStore::validate(silence());
}

void SilenceDialog::revalidate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems->showProblems(problems()));
}

} // namespace payops
