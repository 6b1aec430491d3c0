#include "widgets/incidents/wizard/notifypanel.h"

#include "models/contacts/contactrole.h"
#include "widgets/contrast.h"
#include "widgets/dashboard/servicepalette.h"
#include "widgets/linkopener.h"
#include "widgets/recordtable.h"
#include "widgets/viewaction.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

enum Column { OrderColumn, NameColumn, RoleColumn, ServiceColumn, PhoneColumn, EmailColumn, StatusColumn, ColumnCount };

// How often the reminder is looked at: a reminder due at 10 min shows by 10 min 15 s at the latest.
constexpr int kReminderTickMs = 15'000;

} // namespace

NotifyPanel::NotifyPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(new QLabel(this))
    , m_reminder(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_timer(new QTimer(this))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_table->setObjectName(u"notifyContacts"_s);
    m_empty->setObjectName(u"notifyEmpty"_s);
    m_reminder->setObjectName(u"notifyReminder"_s);
    m_problem->setObjectName(u"notifyProblem"_s);
    m_preview->setObjectName(u"notifyPreview"_s);

    m_table->setHorizontalHeaderLabels(
        {tr("Order"), tr("Name"), tr("Role"), tr("Service"), tr("Phone"), tr("E-mail"), tr("Status")});
    configureRecordTable(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NotifyPanel::onSelectionChanged);

    // Names, addresses and evidence came from files and other people: plain text everywhere.
    for (QLabel *label : {m_empty, m_reminder, m_problem}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->hide();
    }
    QFont reminderFont = m_reminder->font();
    reminderFont.setBold(true);
    if (reminderFont.pointSizeF() > 0)
        reminderFont.setPointSizeF(reminderFont.pointSizeF() * 1.25);
    m_reminder->setFont(reminderFont);
    QPalette reminderPalette = m_reminder->palette();
    reminderPalette.setColor(QPalette::WindowText,
                             Contrast::readable(ServicePalette::warningColor(), palette().color(QPalette::Window)));
    m_reminder->setPalette(reminderPalette);
    m_reminder->setFrameShape(QFrame::StyledPanel);
    m_reminder->setMargin(6);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText,
                            Contrast::readable(ServicePalette::criticalColor(), palette().color(QPalette::Window)));
    m_problem->setPalette(problemPalette);

    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Select a contact to see the message they will get."));

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions();
    toolbar->addActions({m_email, m_call, m_copy, m_reached});

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reminder);
    layout->addWidget(toolbar);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);

    m_timer->setInterval(kReminderTickMs);
    connect(m_timer, &QTimer::timeout, this, &NotifyPanel::evaluateReminder);
    m_timer->start();
    rebuildTable();
}

void NotifyPanel::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &keys, auto slot) {
        QAction *action = addViewAction(this, text, keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_email = make(tr("&E-mail"), QKeySequence(Qt::CTRL | Qt::Key_M), &NotifyPanel::emailSelected);
    m_call = make(tr("C&all"), QKeySequence(Qt::CTRL | Qt::Key_T), &NotifyPanel::callSelected);
    m_copy = make(tr("&Copy Message"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &NotifyPanel::copySelected);
    m_reached = make(tr("Mark &Reached"), QKeySequence(Qt::CTRL | Qt::Key_R), &NotifyPanel::markSelectedReached);
}

void NotifyPanel::setIncident(const Incident &incident, const QString &typeTitle, const QStringList &evidenceLines)
{
    m_incident = incident;
    m_typeTitle = typeTitle;
    m_evidence = evidenceLines;
    rebuildTable(); // the service decides who is in the order
}

void NotifyPanel::setContacts(const QList<ContactEntry> &directory)
{
    m_directory = directory;
    rebuildTable();
}

void NotifyPanel::setContacted(const QList<EscalationReminder::Contacted> &contacted)
{
    m_contacted = contacted;
    m_remindedStep.reset();
    updateStatusCells();
    evaluateReminder();
}

QList<EscalationReminder::Contacted> NotifyPanel::contacted() const
{
    return m_contacted;
}

void NotifyPanel::setRemindAfterMinutes(int minutes)
{
    setRemindAfterMs(qint64(qMax(1, minutes)) * 60'000);
}

void NotifyPanel::setRemindAfterMs(qint64 ms)
{
    m_remindAfterMs = qMax<qint64>(1, ms);
    evaluateReminder();
}

void NotifyPanel::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
    updateStatusCells();
    evaluateReminder();
}

void NotifyPanel::rebuildTable()
{
    const std::optional<ContactEntry> selected = selectedContact();
    const QString service = m_incident ? m_incident->service() : QString();
    m_order = EscalationList::forIncident(m_directory, service);

    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_order.size()));
    for (int row = 0; row < m_order.size(); ++row) {
        const ContactEntry &contact = m_order.at(row);
        const auto set = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
        };
        set(OrderColumn, QString::number(row + 1));
        m_table->item(row, OrderColumn)->setData(Qt::UserRole, contact.id);
        set(NameColumn, IncidentNotification::displayName(contact));
        set(RoleColumn, ContactRoles::displayName(contact.role));
        set(ServiceColumn, contact.service.isEmpty() ? tr("all services") : contact.service);
        set(PhoneColumn, contact.values(ContactPoint::Kind::Phone).join(u", "_s));
        set(EmailColumn, contact.values(ContactPoint::Kind::Email).join(u", "_s));
        set(StatusColumn, statusText(contact.id));
    }

    const bool empty = m_order.isEmpty();
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    m_preview->setVisible(!empty);
    if (empty) {
        m_empty->setText(service.isEmpty()
                             ? tr("Nobody is in the contact directory to notify: there is no emergency contact. Add one "
                                  "in the Contacts view.")
                             : tr("Nobody is in the contact directory for %1, and there is no emergency contact. Add the "
                                  "service's owners and an emergency contact in the Contacts view.")
                                   .arg(service));
    }
    if (selected)
        selectContact(selected->id);
    if (!selectedContact() && !empty)
        m_table->selectRow(0);
    onSelectionChanged();
    evaluateReminder();
}

void NotifyPanel::updateStatusCells()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem *item = m_table->item(row, StatusColumn)) {
            item->setText(statusText(m_order.at(row).id));
            item->setToolTip(item->text());
        }
    }
    onSelectionChanged(); // "Mark reached" follows the status
}

QString NotifyPanel::statusText(qint64 contactId) const
{
    const int index = indexOfContacted(contactId);
    if (index < 0)
        return tr("not notified");
    const EscalationReminder::Contacted &one = m_contacted.at(index);
    if (one.reached)
        return tr("reached %1").arg(timeText(one.reachedMs ? one.reachedMs : one.notifiedMs));
    return tr("notified %1").arg(timeText(one.notifiedMs));
}

QString NotifyPanel::timeText(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm"_s);
}

int NotifyPanel::indexOfContacted(qint64 contactId) const
{
    for (int i = 0; i < m_contacted.size(); ++i) {
        if (m_contacted.at(i).contactId == contactId)
            return i;
    }
    return -1;
}

void NotifyPanel::selectContact(qint64 contactId)
{
    for (int row = 0; row < m_order.size(); ++row) {
        if (m_order.at(row).id == contactId) {
            m_table->selectRow(row);
            return;
        }
    }
}

std::optional<ContactEntry> NotifyPanel::selectedContact() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_order.size())
        return std::nullopt;
    return m_order.at(rows.constFirst().row());
}

std::optional<IncidentNotification::Message> NotifyPanel::selectedMessage() const
{
    const std::optional<ContactEntry> contact = selectedContact();
    if (!contact || !m_incident)
        return std::nullopt;
    return IncidentNotification::compose(*m_incident, m_typeTitle, *contact, m_evidence);
}

void NotifyPanel::onSelectionChanged()
{
    const std::optional<ContactEntry> contact = selectedContact();
    const std::optional<IncidentNotification::Message> message = selectedMessage();
    m_preview->setPlainText(message ? message->clipboardText : QString());
    m_email->setEnabled(message && !message->mailLinks.isEmpty());
    m_call->setEnabled(message && !message->phoneLinks.isEmpty());
    m_copy->setEnabled(message.has_value());
    const int index = contact ? indexOfContacted(contact->id) : -1;
    m_reached->setEnabled(contact && (index < 0 || !m_contacted.at(index).reached));
}

void NotifyPanel::emailSelected()
{
    const std::optional<ContactEntry> contact = selectedContact();
    const std::optional<IncidentNotification::Message> message = selectedMessage();
    if (!contact || !message)
        return;
    if (message->mailLinks.isEmpty()) {
        showProblem(tr("%1 has no e-mail address that can be opened as a link: copy the message instead.")
                        .arg(IncidentNotification::displayName(*contact)));
        return;
    }
    const QUrl url = message->mailLinks.constFirst();
    if (const std::optional<QString> problem = LinkOpener::open(url)) {
        showProblem(*problem);
        return;
    }
    recordNotified(*contact, u"email"_s,
                   tr("Notified %1 (%2) by e-mail to %3: %4")
                       .arg(IncidentNotification::displayName(*contact), ContactRoles::displayName(contact->role),
                            url.path(QUrl::FullyDecoded), message->subject));
}

void NotifyPanel::callSelected()
{
    const std::optional<ContactEntry> contact = selectedContact();
    const std::optional<IncidentNotification::Message> message = selectedMessage();
    if (!contact || !message)
        return;
    if (message->phoneLinks.isEmpty()) {
        showProblem(tr("%1 has no phone number that can be called from here.").arg(IncidentNotification::displayName(*contact)));
        return;
    }
    const QUrl url = message->phoneLinks.constFirst();
    if (const std::optional<QString> problem = LinkOpener::open(url)) {
        showProblem(*problem);
        return;
    }
    recordNotified(*contact, u"phone"_s,
                   tr("Called %1 (%2) at %3.")
                       .arg(IncidentNotification::displayName(*contact), ContactRoles::displayName(contact->role),
                            url.path()));
}

void NotifyPanel::copySelected()
{
    const std::optional<ContactEntry> contact = selectedContact();
    const std::optional<IncidentNotification::Message> message = selectedMessage();
    if (!contact || !message)
        return;
    QApplication::clipboard()->setText(message->clipboardText);
    recordNotified(*contact, u"clipboard"_s,
                   tr("Copied the message for %1 (%2) to the clipboard.")
                       .arg(IncidentNotification::displayName(*contact), ContactRoles::displayName(contact->role)));
}

void NotifyPanel::markSelectedReached()
{
    const std::optional<ContactEntry> contact = selectedContact();
    if (!contact)
        return;
    const qint64 now = m_clock();
    const int index = indexOfContacted(contact->id);
    if (index >= 0 && m_contacted.at(index).reached)
        return;
    if (index >= 0) {
        m_contacted[index].reached = true;
        m_contacted[index].reachedMs = now;
    } else { // they called in, or were reached another way
        m_contacted.append(EscalationReminder::Contacted{contact->id, now, true, now});
    }
    m_problem->hide();
    updateStatusCells();
    evaluateReminder();
    Q_EMIT reached(contact->id, tr("%1 (%2) was reached.")
                                    .arg(IncidentNotification::displayName(*contact),
                                         ContactRoles::displayName(contact->role)));
}

void NotifyPanel::recordNotified(const ContactEntry &contact, const QString &channel, const QString &text)
{
    const qint64 now = m_clock();
    const int index = indexOfContacted(contact.id);
    if (index >= 0)
        m_contacted[index].notifiedMs = now; // notified again: the reminder counts from now
    else
        m_contacted.append(EscalationReminder::Contacted{contact.id, now, false, 0});
    m_problem->hide();
    updateStatusCells();
    evaluateReminder();
    Q_EMIT notified(contact.id, channel, text);
}

void NotifyPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
    Q_EMIT problem(text);
}

void NotifyPanel::evaluateReminder()
{
    const EscalationReminder::Advice advice = EscalationReminder::advise(m_order, m_contacted, m_clock(), m_remindAfterMs);
    if (!advice.remind) {
        m_reminder->hide();
        m_reminder->clear();
        return;
    }
    m_reminder->setText(advice.text);
    m_reminder->show();
    const std::pair<qint64, qint64> step{advice.sinceMs, advice.nextContactId.value_or(-1)};
    if (m_remindedStep == step)
        return; // said once for this step; the line stays
    m_remindedStep = step;
    Q_EMIT reminder(advice.text);
}

} // namespace payops
