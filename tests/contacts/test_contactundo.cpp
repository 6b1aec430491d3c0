// Undo and redo of add, edit, delete and import through QUndoStack, and the directory view's
// search, copy and delete-with-undo without dialogs.
#include "contacts/addcontactcommand.h"
#include "contacts/contactdefaults.h"
#include "contacts/contactdirectory.h"
#include "contacts/contactdirectoryview.h"
#include "contacts/contactsearchproxymodel.h"
#include "contacts/contacttablemodel.h"
#include "contacts/editcontactcommand.h"
#include "contacts/importcontactscommand.h"
#include "contacts/removecontactcommand.h"
#include "contactstestdatabase.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace payops;

namespace {

QStringList snapshot(const ContactDirectory &directory)
{
    QStringList lines;
    for (const ContactEntry &entry : directory.entries().entries) {
        QStringList points;
        for (const ContactPoint &point : entry.points)
            points.append(point.value);
        lines.append(QStringLiteral("%1|%2|%3|%4|%5").arg(entry.id).arg(entry.name, entry.service).arg(entry.escalationOrder).arg(points.join(u'+')));
    }
    return lines;
}

ContactEntry manager(const QString &name, const QString &service, const QString &phone)
{
    ContactEntry entry;
    entry.name = name;
    entry.role = ContactRole::ServiceManager;
    entry.service = service;
    entry.points = {{ContactPoint::Kind::Phone, phone}};
    return entry;
}

} // namespace

class TestContactUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void undoesAdd();
    void undoesEdit();
    void undoesDelete();
    void undoesImport();
    void refusedWriteIsNotPushed();
    void viewSearchesCopiesAndDeletesWithUndo();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<ContactDirectory> m_directory;
    QUndoStack m_stack;
};

void TestContactUndo::init()
{
    m_stack.clear();
    m_db = std::make_unique<test::TestDatabase>();
    const QString error = m_db->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_directory = std::make_unique<ContactDirectory>(*m_db->database);
    QVERIFY(m_directory->importDefaultsOnce(ContactDefaults::load().entries).ok());
}

void TestContactUndo::cleanup()
{
    m_stack.clear();
    m_directory.reset();
    m_db.reset();
}

void TestContactUndo::undoesAdd()
{
    const QStringList before = snapshot(*m_directory);
    const ContactDirectory::WriteResult result =
        AddContactCommand::perform(m_stack, *m_directory, manager(QStringLiteral("Dora"), QStringLiteral("payment_gateway"), QStringLiteral("222")));
    QVERIFY(result.ok());
    QCOMPARE(m_stack.count(), 1);
    const QStringList after = snapshot(*m_directory);
    QCOMPARE(after.size(), before.size() + 1);
    m_stack.undo();
    QCOMPARE(snapshot(*m_directory), before);
    m_stack.redo();
    QCOMPARE(snapshot(*m_directory), after); // same id again
}

void TestContactUndo::undoesEdit()
{
    const QStringList before = snapshot(*m_directory);
    ContactEntry bob = m_directory->escalation(QStringLiteral("payment_backend")).entries.constFirst();
    bob.name = QStringLiteral("Robert");
    bob.points = {{ContactPoint::Kind::Phone, QStringLiteral("7890")}};
    QVERIFY(EditContactCommand::perform(m_stack, *m_directory, bob).ok());
    const QStringList after = snapshot(*m_directory);
    QVERIFY(after.join(u'\n').contains(QStringLiteral("Robert|payment_gateway|1|456"))); // the person was renamed
    QVERIFY(after.join(u'\n').contains(QStringLiteral("Robert|payment_backend|1|7890")));
    m_stack.undo();
    QCOMPARE(snapshot(*m_directory), before);
    m_stack.redo();
    QCOMPARE(snapshot(*m_directory), after);
}

void TestContactUndo::undoesDelete()
{
    const QStringList before = snapshot(*m_directory);
    const ContactEntry cindy = m_directory->escalation(QStringLiteral("payment_callback")).entries.constFirst();
    QVERIFY(RemoveContactCommand::perform(m_stack, *m_directory, cindy.id).ok());
    QVERIFY(!m_directory->entry(cindy.id));
    m_stack.undo();
    QCOMPARE(snapshot(*m_directory), before);
    QCOMPARE(*m_directory->entry(cindy.id), cindy); // same ids and points
    m_stack.redo();
    QVERIFY(!m_directory->entry(cindy.id));
    m_stack.undo();
    QCOMPARE(snapshot(*m_directory), before);
}

void TestContactUndo::undoesImport()
{
    const QStringList before = snapshot(*m_directory);
    const ContactDirectory::BatchResult result = ImportContactsCommand::perform(
        m_stack, *m_directory,
        {manager(QStringLiteral("Dora"), QStringLiteral("payment_gateway"), QStringLiteral("222")),
         manager(QString::fromUtf16(u"张伟"), QStringLiteral("payment_backend"), QStringLiteral("333"))});
    QVERIFY(result.ok());
    const QStringList after = snapshot(*m_directory);
    QCOMPARE(after.size(), before.size() + 2);
    m_stack.undo();
    QCOMPARE(snapshot(*m_directory), before);
    m_stack.redo();
    QCOMPARE(snapshot(*m_directory), after);
}

void TestContactUndo::refusedWriteIsNotPushed()
{
    const ContactDirectory::WriteResult result =
        AddContactCommand::perform(m_stack, *m_directory, manager(QStringLiteral("Bob"), QStringLiteral("payment_gateway"), QStringLiteral("1")));
    QVERIFY(!result.ok());
    QCOMPARE(m_stack.count(), 0);
}

void TestContactUndo::viewSearchesCopiesAndDeletesWithUndo()
{
    ContactDirectoryView view(*m_directory, &m_stack);
    QCOMPARE(view.proxyModel()->rowCount(), 7);
    view.setSearchText(QString::fromUtf16(u"技术"));
    QCOMPARE(view.proxyModel()->rowCount(), 1);
    view.setSearchText(QStringLiteral("gateway"));
    QCOMPARE(view.proxyModel()->rowCount(), 1);

    const ContactEntry bob = m_directory->escalation(QStringLiteral("payment_gateway")).entries.constFirst();
    view.selectEntry(bob.id);
    QCOMPARE(view.currentEntry()->id, bob.id);
    QCOMPARE(view.copyText(), QStringLiteral("456"));

    const QStringList before = snapshot(*m_directory);
    QVERIFY(view.removeCurrent());
    QCOMPARE(view.proxyModel()->rowCount(), 0);
    QVERIFY(view.undoAction()->isEnabled());
    view.undoAction()->trigger();
    QCOMPARE(snapshot(*m_directory), before);
    QCOMPARE(view.proxyModel()->rowCount(), 1);

    // Export what is shown, and read it back.
    const QByteArray csv = view.exportVisible(QStringLiteral("bob.csv"));
    ContactImportResult read = view.readImport(csv, QStringLiteral("bob.csv"));
    QCOMPARE(read.rows.size(), 1);
    QVERIFY(!read.rows.constFirst().valid()); // Bob already owns payment_gateway
    const QByteArray vcard = view.exportVisible(QStringLiteral("bob.vcf"));
    QVERIFY(vcard.startsWith("BEGIN:VCARD"));
    QCOMPARE(view.readImport(vcard, QStringLiteral("contacts.txt")).rows.size(), 1); // content sniffed
}

QTEST_MAIN(TestContactUndo)
#include "test_contactundo.moc"
