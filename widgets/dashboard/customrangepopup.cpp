#include "widgets/dashboard/customrangepopup.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace payops {

CustomRangePopup::CustomRangePopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_problem(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    const QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &CustomRangePopup::validate);
    }
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomRangePopup::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomRangePopup::hide);

    auto *form = new QFormLayout;
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setRange(now - 3600 * 1000, now);
}

void CustomRangePopup::setRange(qint64 fromMs, qint64 toMs)
{
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
    validate();
}

qint64 CustomRangePopup::fromMs() const
{
    return m_from->dateTime().toMSecsSinceEpoch();
}

qint64 CustomRangePopup::toMs() const
{
    return m_to->dateTime().toMSecsSinceEpoch();
}

void CustomRangePopup::validate()
{
    const bool ok = fromMs() < toMs();
    m_problem->setText(ok ? QString() : tr("The start must be before the end."));
    m_problem->setVisible(!ok);
    m_apply->setEnabled(ok);
}

bool CustomRangePopup::apply()
{
    if (fromMs() >= toMs())
        return false;
    hide();
    Q_EMIT applied(fromMs(), toMs());
    return true;
}

void CustomRangePopup::popup(QWidget *anchor)
{
    adjustSize();
    QPoint at = anchor ? anchor->mapToGlobal(QPoint(0, anchor->height())) : QPoint();
    if (const QScreen *screen = anchor ? anchor->screen() : nullptr) {
        const QRect available = screen->availableGeometry();
        at.setX(std::min(at.x(), available.right() - width()));
        at.setY(std::min(at.y(), available.bottom() - height()));
    }
    move(at);
    show();
    m_from->setFocus();
}

} // namespace payops
