// Undo and redo of add, edit, delete and import through QUndoStack, and the directory view's
// search, copy and delete-with-undo without dialogs. The commands' writes are queued on the writer
// thread: the tests wait for them (drain) before looking; an undo pressed before the add's result
// arrived still removes the added row.
#include "widgets/contacts/addcontactcommand.h"
#include "models/contacts/contactdefaults.h"
#include "models/contacts/contactdirectory.h"
#include "widgets/contacts/contactdirectoryview.h"
#include "models/contacts/contactsearchproxymodel.h"
#include "models/contacts/contacttablemodel.h"
#include "widgets/contacts/editcontactcommand.h"
#include "widgets/contacts/importcontactscommand.h"
#include "widgets/contacts/removecontactcommand.h"
#include "tests/contacts/contactstestdatabase.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QSemaphore>
#include <QSignalSpy>
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
    void addThenImmediateUndoRemovesTheAddedRow();
    void importThenImmediateUndoRemovesTheImportedRows();
    void writeRefusedByTheWriterIsDropped();
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
    m_directory = std::make_unique<ContactDirectory>(*m_db->database, *m_db->writer);
    QVERIFY(test::importDefaultsOnce(*m_directory, ContactDefaults::load().entries).ok());
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
    std::optional<ContactDirectory::WriteResult> added;
    const ContactDirectory::WriteResult result =
        AddContactCommand::perform(m_stack, *m_directory, manager(QStringLiteral("Dora"), QStringLiteral("payment_gateway"), QStringLiteral("222")),
                                   {}, nullptr, [&added](const ContactDirectory::WriteResult &r) { added = r; });
    QVERIFY(result.ok());
    QCOMPARE(m_stack.count(), 1);
    QVERIFY(m_db->drain());
    QVERIFY(added && added->ok() && added->id > 0);
    const QStringList after = snapshot(*m_directory);
    QCOMPARE(after.size(), before.size() + 1);
    m_stack.undo();
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory), before);
    m_stack.redo();
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory), after); // same id again
}

void TestContactUndo::undoesEdit()
{
    const QStringList before = snapshot(*m_directory);
    ContactEntry bob = m_directory->escalation(QStringLiteral("payment_backend")).entries.constFirst();
    bob.name = QStringLiteral("Robert");
    bob.points = {{ContactPoint::Kind::Phone, QStringLiteral("7890")}};
    QVERIFY(EditContactCommand::perform(m_stack, *m_directory, bob).ok());
    QCOMPARE(m_stack.count(), 1);
    QVERIFY(m_db->drain());
    const QStringList after = snapshot(*m_directory);
    QVERIFY(after.join(u'\n').contains(QStringLiteral("Robert|payment_gateway|1|456"))); // the person was renamed
    QVERIFY(after.join(u'\n').contains(QStringLiteral("Robert|payment_backend|1|7890")));
    m_stack.undo();
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory), before);
    m_stack.redo();
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory), after);

    // Saving an unchanged entry pushes nothing.
    QVERIFY(EditContactCommand::perform(m_stack, *m_directory, *m_directory->entry(bob.id)).ok());
    QVERIFY(m_db->drain());
    QCOMPARE(m_stack.count(), 1);
}

void TestContactUndo::undoesDelete()
{
    const QStringList before = snapshot(*m_directory);
    const ContactEntry cindy = m_directory->escalation(QStringLiteral("payment_callback")).entries.constFirst();
    QVERIFY(RemoveContactCommand::perform(m_stack, *m_directory, cindy.id).ok());
    QVERIFY(m_db->drain());
    QVERIFY(!m_directory->entry(cindy.id));
    m_stack.undo();
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory), before);
    QCOMPARE(*m_directory->entry(cindy.id), cindy); // same ids and points
    m_stack.redo();
    QVERIFY(m_db->drain());
    QVERIFY(!m_directory->entry(cindy.id));
    m_stack.undo();
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory), before);
}

void TestContactUndo::undoesImport()
{
    const QStringList before = snapshot(*m_directory);
    std::optional<ContactDirectory::BatchResult> imported;
    const ContactDirectory::BatchResult result = ImportContactsCommand::perform(
        m_stack, *m_directory,
        {manager(QStringLiteral("Dora"), QStringLiteral("payment_gateway"), QStringLiteral("222")),
         manager(QString::fromUtf16(u"张伟"), QStringLiteral("payment_backend"), QStringLiteral("333"))},
        {}, nullptr, [&imported](const ContactDirectory::BatchResult &r) { imported = r; });
    QVERIFY(result.ok());
    QVERIFY(m_db->drain());
    QVERIFY(imported && imported->ok());
    QCOMPARE(imported->ids.size(), 2);
    const QStringList after = snapshot(*m_directory);
    QCOMPARE(after.size(), before.size() + 2);
    m_stack.undo();
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory), before);
    m_stack.redo();
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory), after);
}

void TestContactUndo::refusedWriteIsNotPushed()
{
    const ContactDirectory::WriteResult result =
        AddContactCommand::perform(m_stack, *m_directory, manager(QStringLiteral("Bob"), QStringLiteral("payment_gateway"), QStringLiteral("1")));
    QVERIFY(!result.ok());
    QCOMPARE(m_stack.count(), 0);
    const ContactDirectory::BatchResult batch = ImportContactsCommand::perform(
        m_stack, *m_directory, {manager(QStringLiteral("Cindy"), QStringLiteral("payment_callback"), QStringLiteral("2"))});
    QVERIFY(!batch.ok());
    QCOMPARE(m_stack.count(), 0);
    QVERIFY(m_db->drain());
}

void TestContactUndo::addThenImmediateUndoRemovesTheAddedRow()
{
    const QStringList before = snapshot(*m_directory);
    QSignalSpy added(m_directory.get(), &ContactDirectory::entryAdded);
    QSignalSpy removed(m_directory.get(), &ContactDirectory::entryRemoved);
    ContactTableModel model(*m_directory);
    const int rows = model.rowCount();
    std::optional<ContactDirectory::WriteResult> addResult;
    QStringList errors;

    // Ctrl+N then Ctrl+Z at once: the undo is queued before the add's result (and its new id) arrived.
    QVERIFY(AddContactCommand::perform(m_stack, *m_directory,
                                       manager(QStringLiteral("Dora"), QStringLiteral("payment_gateway"), QStringLiteral("222")),
                                       [&errors](const QString &error) { errors.append(error); }, nullptr,
                                       [&addResult](const ContactDirectory::WriteResult &r) { addResult = r; })
                .ok());
    m_stack.undo();
    QVERIFY(!addResult.has_value());
    QCOMPARE(m_stack.index(), 0);

    QVERIFY(m_db->drain());
    QVERIFY(addResult && addResult->ok());
    const qint64 id = addResult->id;
    QVERIFY(id > 0);
    QVERIFY(!m_directory->entry(id));                       // the undo removed the row the add created
    QCOMPARE(snapshot(*m_directory), before);               // and nothing else
    QCOMPARE(added.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().constFirst().toLongLong(), id);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.rowOf(id), -1);
    QVERIFY(errors.isEmpty());

    // Redo puts it back with the same id, and undo/redo keep working.
    m_stack.redo();
    QVERIFY(m_db->drain());
    QVERIFY(m_directory->entry(id));
    QCOMPARE(model.rowCount(), rows + 1);
    QVERIFY(model.rowOf(id) >= 0);
    m_stack.undo();
    m_stack.redo();
    m_stack.undo();
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory), before);
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(errors.isEmpty());
}

void TestContactUndo::importThenImmediateUndoRemovesTheImportedRows()
{
    const QStringList before = snapshot(*m_directory);
    ContactTableModel model(*m_directory);
    QVERIFY(ImportContactsCommand::perform(m_stack, *m_directory,
                                           {manager(QStringLiteral("Dora"), QStringLiteral("payment_gateway"), QStringLiteral("222")),
                                            manager(QStringLiteral("Gina"), QStringLiteral("payment_backend"), QStringLiteral("333"))})
                .ok());
    m_stack.undo();
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory), before);
    QCOMPARE(model.rowCount(), before.size());
    m_stack.redo();
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory).size(), before.size() + 2);
    QCOMPARE(model.rowCount(), before.size() + 2);
}

void TestContactUndo::writeRefusedByTheWriterIsDropped()
{
    // Hold the writer thread, so that both adds pass the immediate check before either is written.
    auto hold = std::make_shared<QSemaphore>();
    QSemaphoreReleaser release(*hold); // also on an early return, so that the writer can stop
    m_db->writer->submit([hold](QSqlDatabase &) { hold->acquire(); });
    const QStringList before = snapshot(*m_directory);
    QStringList errors;
    std::optional<ContactDirectory::WriteResult> second;
    const ContactEntry dora = manager(QStringLiteral("Dora"), QStringLiteral("payment_gateway"), QStringLiteral("222"));
    QVERIFY(AddContactCommand::perform(m_stack, *m_directory, dora).ok());
    QVERIFY(AddContactCommand::perform(m_stack, *m_directory, dora, [&errors](const QString &error) { errors.append(error); },
                                       nullptr, [&second](const ContactDirectory::WriteResult &r) { second = r; })
                .ok());
    QCOMPARE(m_stack.count(), 2);
    release = QSemaphoreReleaser(); // let the writer go
    QVERIFY(m_db->drain());

    // The writer refused the second (a duplicate by then): reported, and gone from the stack.
    QVERIFY(second && !second->ok());
    QVERIFY(second->message().contains(QStringLiteral("already listed for payment_gateway")));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(snapshot(*m_directory).size(), before.size() + 1);
    m_stack.undo(); // undoes the first add
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory), before);
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
    QTRY_COMPARE(view.proxyModel()->rowCount(), 0);
    QVERIFY(view.undoAction()->isEnabled());
    view.undoAction()->trigger();
    QTRY_COMPARE(view.proxyModel()->rowCount(), 1);
    QVERIFY(m_db->drain());
    QCOMPARE(snapshot(*m_directory), before);

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
