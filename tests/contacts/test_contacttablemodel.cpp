// ContactTableModel under QAbstractItemModelTester while the directory changes, and the search
// proxy: as-you-type search in English and Chinese (names, roles, services, numbers) and sorting.
#include "models/contacts/contactdefaults.h"
#include "models/contacts/contactdirectory.h"
#include "models/contacts/contactsearchproxymodel.h"
#include "models/contacts/contacttablemodel.h"
#include "tests/contacts/contactstestdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace payops;

class TestContactTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsDirectoryUnderModelTester();
    void searches_data();
    void searches();
    void sortsByOrderAndName();

private:
    QStringList visibleNames(const QAbstractItemModel &model) const;

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<ContactDirectory> m_directory;
};

void TestContactTableModel::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    const QString error = m_db->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_directory = std::make_unique<ContactDirectory>(*m_db->database, *m_db->writer);
    QVERIFY(test::importDefaultsOnce(*m_directory, ContactDefaults::load().entries).ok());
    ContactEntry zhang;
    zhang.name = QString::fromUtf16(u"张伟");
    zhang.nameAlt = QStringLiteral("Zhang Wei");
    zhang.role = ContactRole::ServiceManager;
    zhang.service = QStringLiteral("payment_gateway");
    zhang.escalationOrder = 2;
    zhang.points = {{ContactPoint::Kind::Phone, QStringLiteral("+86 (10) 6552-9988")},
                    {ContactPoint::Kind::Email, QStringLiteral("zhang.wei@example.com")}};
    QVERIFY(test::add(*m_directory, zhang).ok());
}

void TestContactTableModel::cleanup()
{
    m_directory.reset();
    m_db.reset();
}

QStringList TestContactTableModel::visibleNames(const QAbstractItemModel &model) const
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, ContactTableModel::NameColumn).data().toString());
    return names;
}

void TestContactTableModel::followsDirectoryUnderModelTester()
{
    ContactTableModel model(*m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ContactSearchProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ContactTableModel::NameColumn);
    proxy.setSearchText(QStringLiteral("payment"));

    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), int(ContactTableModel::ColumnCount));
    const int bobRow = model.rowOf(m_directory->escalation(QStringLiteral("payment_gateway")).entries.constFirst().id);
    QCOMPARE(model.index(bobRow, ContactTableModel::PhoneColumn).data().toString(), QStringLiteral("456"));
    QCOMPARE(model.index(bobRow, ContactTableModel::RoleColumn).data().toString(), QStringLiteral("Service manager"));
    QCOMPARE(model.headerData(ContactTableModel::EmailColumn, Qt::Horizontal).toString(), QStringLiteral("E-mail"));

    ContactEntry dora;
    dora.name = QStringLiteral("Dora");
    dora.role = ContactRole::ServiceManager;
    dora.service = QStringLiteral("payment_callback");
    dora.escalationOrder = 2;
    dora.points = {{ContactPoint::Kind::Phone, QStringLiteral("222")}};
    const ContactDirectory::WriteResult added = test::add(*m_directory, dora);
    QVERIFY(added.ok());
    QCOMPARE(model.rowCount(), 9);

    ContactEntry edited = *m_directory->entry(added.id);
    edited.points = {{ContactPoint::Kind::Phone, QStringLiteral("223")}};
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(test::update(*m_directory, edited).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(model.rowOf(added.id), ContactTableModel::PhoneColumn).data().toString(), QStringLiteral("223"));

    QVERIFY(test::remove(*m_directory, added.id).ok());
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.rowOf(added.id), -1);

    QVERIFY(test::addAll(*m_directory, {dora}).ok()); // a batch resets the model
    QCOMPARE(model.rowCount(), 9);
}

void TestContactTableModel::searches_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QString zhang = QString::fromUtf16(u"张伟 (Zhang Wei)");
    QTest::newRow("empty shows all") << QString() << QStringList();
    QTest::newRow("name, any case") << QStringLiteral("bOB") << QStringList{QStringLiteral("Bob"), QStringLiteral("Bob")};
    QTest::newRow("chinese name") << QString::fromUtf16(u"张") << QStringList{zhang};
    QTest::newRow("pinyin of chinese name") << QStringLiteral("zhang") << QStringList{zhang};
    QTest::newRow("service") << QStringLiteral("callback") << QStringList{QStringLiteral("Cindy")};
    QTest::newRow("service in chinese") << QString::fromUtf16(u"支付网关") << QStringList{QStringLiteral("Bob"), zhang};
    QTest::newRow("role in english") << QStringLiteral("emergency")
                                     << QStringList{QString::fromUtf16(u"Emergency Contact (紧急联系人)")};
    QTest::newRow("role in chinese") << QString::fromUtf16(u"客服")
                                     << QStringList{QString::fromUtf16(u"Customer Service Hotline (客服热线)")};
    QTest::newRow("role key") << QStringLiteral("technical_support")
                              << QStringList{QString::fromUtf16(u"Technical Support (技术支持)")};
    QTest::newRow("extension number") << QStringLiteral("101112") << QStringList{QStringLiteral("Cindy")};
    QTest::newRow("number with separators") << QStringLiteral("456-7890")
                                            << QStringList{QString::fromUtf16(u"Customer Service Hotline (客服热线)")};
    QTest::newRow("number without separators") << QStringLiteral("65529988") << QStringList{zhang};
    QTest::newRow("e-mail") << QStringLiteral("support@") << QStringList{QString::fromUtf16(u"Technical Support (技术支持)")};
    QTest::newRow("two words narrow") << QStringLiteral("bob gateway") << QStringList{QStringLiteral("Bob")};
    QTest::newRow("no match") << QStringLiteral("nobody") << QStringList{QStringLiteral("-")};
}

void TestContactTableModel::searches()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    ContactTableModel model(*m_directory);
    ContactSearchProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(search);
    const QStringList names = visibleNames(proxy);
    if (expected.isEmpty())
        QCOMPARE(names.size(), model.rowCount());
    else if (expected == QStringList{QStringLiteral("-")})
        QVERIFY(names.isEmpty());
    else
        QCOMPARE(names, expected);
}

void TestContactTableModel::sortsByOrderAndName()
{
    ContactTableModel model(*m_directory);
    ContactSearchProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(QStringLiteral("payment_gateway"));
    proxy.sort(ContactTableModel::OrderColumn, Qt::DescendingOrder);
    QCOMPARE(visibleNames(proxy), (QStringList{QString::fromUtf16(u"张伟 (Zhang Wei)"), QStringLiteral("Bob")}));
    proxy.setSearchText(QStringLiteral("manager"));
    proxy.sort(ContactTableModel::NameColumn, Qt::AscendingOrder);
    const QStringList names = visibleNames(proxy);
    QCOMPARE(names.mid(0, 4), (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Bob"), QStringLiteral("Cindy")}));
}

QTEST_GUILESS_MAIN(TestContactTableModel)
#include "test_contacttablemodel.moc"
