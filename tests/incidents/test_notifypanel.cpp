// The wizard's Notify panel offscreen (issue 11): the escalation order in the table, the keys of its
// actions (copy message, e-mail, call, mark reached) with the desktop observed for real — LinkOpener
// hands mailto: and tel: to the handlers this test registers with QDesktopServices, so nothing is
// launched — the clipboard, the signals the wizard records, the status column, the reminder on an
// injected clock (no sleeping), restored state and the empty directory.
#include "models/incidents/incidentnotification.h"
#include "widgets/incidents/wizard/notifypanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'780'000'000'000;
constexpr qint64 kMinute = 60'000;

ContactEntry entry(qint64 id, const QString &name, ContactRole role, const QString &service, int order,
                   const QString &phone = {}, const QString &email = {})
{
    ContactEntry e;
    e.id = id;
    e.personId = id;
    e.name = name;
    e.role = role;
    e.service = service;
    e.escalationOrder = order;
    if (!phone.isEmpty())
        e.points.append({ContactPoint::Kind::Phone, phone});
    if (!email.isEmpty())
        e.points.append({ContactPoint::Kind::Email, email});
    return e;
}

QList<ContactEntry> directory()
{
    return {
        entry(1, u"Technical Support"_s, ContactRole::TechnicalSupport, {}, 1, {}, u"support@example.com"_s),
        entry(2, u"Dora"_s, ContactRole::ServiceManager, u"payment_gateway"_s, 2, u"222"_s), // phone only
        entry(3, u"Emergency Contact"_s, ContactRole::EmergencyContact, {}, 1, {}, u"emergency@example.com"_s),
        entry(4, u"Bob"_s, ContactRole::ServiceManager, u"payment_gateway"_s, 1, u"456"_s, u"bob@example.com"_s),
        entry(5, u"Carl"_s, ContactRole::ServiceManager, u"payment_backend"_s, 1, u"789"_s),
    };
}

Incident incident(const QString &service = u"payment_gateway"_s)
{
    Incident i;
    i.id = 7;
    i.services = {service};
    i.type = u"transaction-failure"_s;
    i.openedMs = kT0;
    return i;
}

QString hhmm(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm"_s);
}

} // namespace

// Stands for the desktop: records what the console asks it to open.
class DesktopRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestNotifyPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsTheEscalationOrder();
    void copyPutsTheMessageOnTheClipboard();
    void emailAndCallOpenOnlyThroughTheDesktop();
    void markReachedUpdatesTheStatus();
    void remindsOncePerEscalationStep();
    void restoresContacted();
    void emptyDirectorySaysWhereToAddPeople();

private:
    [[nodiscard]] QTableWidget *table() const { return m_panel->findChild<QTableWidget *>(u"notifyContacts"_s); }
    [[nodiscard]] QString cell(int row, int column) const { return table()->item(row, column)->text(); }
    void press(const QKeySequence &keys);

    DesktopRecorder m_desktop;
    std::unique_ptr<NotifyPanel> m_panel;
    qint64 m_now = kT0 + 5 * kMinute;
};

void TestNotifyPanel::init()
{
    m_desktop.opened.clear();
    QDesktopServices::setUrlHandler(u"mailto"_s, &m_desktop, "open");
    QDesktopServices::setUrlHandler(u"tel"_s, &m_desktop, "open");
    m_now = kT0 + 5 * kMinute;
    m_panel = std::make_unique<NotifyPanel>();
    m_panel->setClock([this] { return m_now; });
    m_panel->setIncident(incident(), u"Transaction failure"_s, {u"failure ratio 7.2 % (critical above 5 %)"_s});
    m_panel->setContacts(directory());
    m_panel->resize(1100, 700);
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestNotifyPanel::cleanup()
{
    m_panel.reset();
    QDesktopServices::unsetUrlHandler(u"mailto"_s);
    QDesktopServices::unsetUrlHandler(u"tel"_s);
}

void TestNotifyPanel::press(const QKeySequence &keys)
{
    table()->setFocus();
    QTest::keySequence(table(), keys);
}

void TestNotifyPanel::listsTheEscalationOrder()
{
    QTableWidget *contacts = table();
    QVERIFY(contacts && contacts->isVisible());
    QCOMPARE(contacts->rowCount(), 3); // Bob, Dora, the emergency contact; not support, not Carl
    QCOMPARE(cell(0, 0), u"1"_s);
    QCOMPARE(cell(0, 1), u"Bob"_s);
    QCOMPARE(cell(0, 2), u"Service manager"_s);
    QCOMPARE(cell(0, 3), u"payment_gateway"_s);
    QCOMPARE(cell(0, 4), u"456"_s);
    QCOMPARE(cell(0, 5), u"bob@example.com"_s);
    QCOMPARE(cell(0, 6), u"not notified"_s);
    QCOMPARE(cell(1, 1), u"Dora"_s);
    QCOMPARE(cell(2, 1), u"Emergency Contact"_s);
    QCOMPARE(cell(2, 2), u"Emergency contact"_s);
    QCOMPARE(cell(2, 3), u"all services"_s);
    QVERIFY(!m_panel->findChild<QLabel *>(u"notifyEmpty"_s)->isVisible());
    // The first in the order is selected and its message previewed.
    QCOMPARE(m_panel->selectedContact()->id, qint64(4));
    const QString preview = m_panel->findChild<QPlainTextEdit *>(u"notifyPreview"_s)->toPlainText();
    QVERIFY2(preview.startsWith(u"Subject: [PayOps] Critical Transaction failure: payment_gateway\n\nHello Bob,"_s),
             qPrintable(preview));
    QVERIFY(preview.contains(u"  - failure ratio 7.2 % (critical above 5 %)"_s));
}

void TestNotifyPanel::copyPutsTheMessageOnTheClipboard()
{
    QSignalSpy notified(m_panel.get(), &NotifyPanel::notified);
    QApplication::clipboard()->clear();
    m_panel->selectContact(2); // Dora
    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified[0][0].toLongLong(), qint64(2));
    QCOMPARE(notified[0][1].toString(), u"clipboard"_s);
    QCOMPARE(notified[0][2].toString(), u"Copied the message for Dora (Service manager) to the clipboard."_s);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"Subject: [PayOps] Critical Transaction failure: payment_gateway\n\nHello Dora,"_s),
             qPrintable(copied));
    QCOMPARE(copied, m_panel->selectedMessage()->clipboardText);
    QCOMPARE(cell(1, 6), u"notified %1"_s.arg(hhmm(m_now)));
    QCOMPARE(m_panel->contacted(), (QList<EscalationReminder::Contacted>{{2, m_now, false, 0}}));
    QVERIFY(m_desktop.opened.isEmpty());
}

void TestNotifyPanel::emailAndCallOpenOnlyThroughTheDesktop()
{
    QSignalSpy notified(m_panel.get(), &NotifyPanel::notified);
    QSignalSpy problems(m_panel.get(), &NotifyPanel::problem);
    m_panel->selectContact(4); // Bob: phone and e-mail
    press(QKeySequence(Qt::CTRL | Qt::Key_M));
    QCOMPARE(m_desktop.opened.size(), 1);
    const QUrl mail = m_desktop.opened.takeFirst();
    QCOMPARE(mail.scheme(), u"mailto"_s);
    QCOMPARE(mail.path(), u"bob@example.com"_s);
    QCOMPARE(QUrlQuery(mail).queryItemValue(u"subject"_s, QUrl::FullyDecoded),
             u"[PayOps] Critical Transaction failure: payment_gateway"_s);
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified[0][1].toString(), u"email"_s);
    QCOMPARE(notified[0][2].toString(), u"Notified Bob (Service manager) by e-mail to bob@example.com: "
                                        u"[PayOps] Critical Transaction failure: payment_gateway"_s);

    m_now += kMinute;
    press(QKeySequence(Qt::CTRL | Qt::Key_T));
    QCOMPARE(m_desktop.opened, (QList<QUrl>{QUrl(u"tel:456"_s)}));
    m_desktop.opened.clear();
    QCOMPARE(notified.size(), 2);
    QCOMPARE(notified[1][1].toString(), u"phone"_s);
    QCOMPARE(notified[1][2].toString(), u"Called Bob (Service manager) at 456."_s);
    // Notified twice: one row, the latest time.
    QCOMPARE(m_panel->contacted(), (QList<EscalationReminder::Contacted>{{4, m_now, false, 0}}));

    // The emergency contact has no phone: Call is disabled, and asked anyway it says why and opens nothing.
    m_panel->selectContact(3);
    auto actions = m_panel->actions();
    const auto callAction = std::find_if(actions.begin(), actions.end(), [](QAction *a) { return a->text() == u"C&all"_s; });
    QVERIFY(callAction != actions.end());
    QVERIFY(!(*callAction)->isEnabled());
    m_panel->callSelected();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0][0].toString().contains(u"Emergency Contact has no phone number"_s),
             qPrintable(problems[0][0].toString()));
    QVERIFY(m_panel->findChild<QLabel *>(u"notifyProblem"_s)->isVisible());
    QVERIFY(m_desktop.opened.isEmpty());
    QCOMPARE(notified.size(), 2);
}

void TestNotifyPanel::markReachedUpdatesTheStatus()
{
    QSignalSpy reached(m_panel.get(), &NotifyPanel::reached);
    m_panel->selectContact(4);
    m_panel->copySelected();
    m_now += 2 * kMinute;
    press(QKeySequence(Qt::CTRL | Qt::Key_R));
    QCOMPARE(reached.size(), 1);
    QCOMPARE(reached[0][0].toLongLong(), qint64(4));
    QCOMPARE(reached[0][1].toString(), u"Bob (Service manager) was reached."_s);
    QCOMPARE(cell(0, 6), u"reached %1"_s.arg(hhmm(m_now)));
    QCOMPARE(m_panel->contacted(), (QList<EscalationReminder::Contacted>{{4, m_now - 2 * kMinute, true, m_now}}));
    // Once reached, again does nothing.
    press(QKeySequence(Qt::CTRL | Qt::Key_R));
    QCOMPARE(reached.size(), 1);
    // Someone reached without a notification (they called in) is recorded too.
    m_panel->selectContact(3);
    m_panel->markSelectedReached();
    QCOMPARE(reached.size(), 2);
    QCOMPARE(cell(2, 6), u"reached %1"_s.arg(hhmm(m_now)));
}

void TestNotifyPanel::remindsOncePerEscalationStep()
{
    auto *line = m_panel->findChild<QLabel *>(u"notifyReminder"_s);
    auto *timer = m_panel->findChild<QTimer *>();
    QVERIFY(timer && timer->isActive() && timer->interval() <= 15'000);
    QSignalSpy reminders(m_panel.get(), &NotifyPanel::reminder);
    m_panel->setRemindAfterMinutes(3);
    m_panel->selectContact(4);
    m_panel->copySelected(); // Bob at m_now
    const qint64 bobAt = m_now;

    m_now = bobAt + 3 * kMinute - 1;
    m_panel->evaluateReminder();
    QVERIFY(reminders.isEmpty());
    QVERIFY(!line->isVisible());

    m_now = bobAt + 3 * kMinute;
    m_panel->evaluateReminder();
    QCOMPARE(reminders.size(), 1);
    const QString text = reminders[0][0].toString();
    QCOMPARE(text, u"Nobody has been reached 3 min after the last notification: escalate to Dora (Service manager)."_s);
    QVERIFY(line->isVisible());
    QCOMPARE(line->text(), text);
    // The timer's later looks keep the line but do not fire again for the same step.
    m_now += kMinute;
    m_panel->evaluateReminder();
    QCOMPARE(reminders.size(), 1);
    QVERIFY(line->isVisible());

    // Escalated to Dora: the line goes, and comes back (once) 3 minutes after her notification naming the next.
    m_panel->selectContact(2);
    m_panel->callSelected();
    QVERIFY(!line->isVisible());
    m_now += 3 * kMinute;
    m_panel->evaluateReminder();
    QCOMPARE(reminders.size(), 2);
    QVERIFY2(reminders[1][0].toString().contains(u"escalate to Emergency Contact (Emergency contact)"_s),
             qPrintable(reminders[1][0].toString()));

    // Someone reached: no reminder.
    m_panel->markSelectedReached();
    QVERIFY(!line->isVisible());
    m_now += 30 * kMinute;
    m_panel->evaluateReminder();
    QCOMPARE(reminders.size(), 2);
}

void TestNotifyPanel::restoresContacted()
{
    QSignalSpy reminders(m_panel.get(), &NotifyPanel::reminder);
    const QList<EscalationReminder::Contacted> saved{{4, kT0, false, 0}, {2, kT0 + kMinute, false, 0}};
    m_panel->setContacted(saved); // 4 minutes since Dora, the default is 10
    QCOMPARE(m_panel->contacted(), saved);
    QCOMPARE(cell(0, 6), u"notified %1"_s.arg(hhmm(kT0)));
    QCOMPARE(cell(1, 6), u"notified %1"_s.arg(hhmm(kT0 + kMinute)));
    QCOMPARE(cell(2, 6), u"not notified"_s);
    QVERIFY(reminders.isEmpty());
    m_now = kT0 + 11 * kMinute;
    m_panel->evaluateReminder();
    QCOMPARE(reminders.size(), 1);
    QVERIFY(reminders[0][0].toString().contains(u"Emergency Contact"_s));
}

void TestNotifyPanel::emptyDirectorySaysWhereToAddPeople()
{
    m_panel->setContacts({directory()[4]}); // only Carl, for another service
    auto *empty = m_panel->findChild<QLabel *>(u"notifyEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(!table()->isVisible());
    QVERIFY2(empty->text().contains(u"payment_gateway"_s) && empty->text().contains(u"Contacts view"_s),
             qPrintable(empty->text()));
    QVERIFY(!m_panel->selectedContact());
    QSignalSpy notified(m_panel.get(), &NotifyPanel::notified);
    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_panel->copySelected();
    QVERIFY(notified.isEmpty());
    // The directory fills in: the table comes back.
    m_panel->setContacts(directory());
    QVERIFY(!empty->isVisible());
    QCOMPARE(table()->rowCount(), 3);
}

QTEST_MAIN(TestNotifyPanel)
#include "test_notifypanel.moc"
