// Tests of payops::SettingsStore: get, set, overwrite, remove, from another thread.
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "models/storage/settingsstore.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using payops::Database;
using payops::SettingsStore;

class TestSettingsStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void setGetOverwriteRemove();
    void survivesReopen();
    void worksFromAnotherThread();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsStore::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^QSql")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettingsStore::cleanup()
{
    m_dir.reset();
}

void TestSettingsStore::setGetOverwriteRemove()
{
    Database db(payops::ConsoleSchema::databaseOptions());
    QVERIFY(!db.open(m_dir->filePath(QStringLiteral("settings.db"))));
    SettingsStore store(db);

    QCOMPARE(store.value(QStringLiteral("wall/page_seconds")), std::nullopt);
    QCOMPARE(store.value(QStringLiteral("wall/page_seconds"), QStringLiteral("20")), QStringLiteral("20"));
    QCOMPARE(store.setValue(QStringLiteral("wall/page_seconds"), QStringLiteral("30")), std::nullopt);
    QCOMPARE(store.value(QStringLiteral("wall/page_seconds")), std::optional<QString>(QStringLiteral("30")));
    QCOMPARE(store.setValue(QStringLiteral("wall/page_seconds"), QStringLiteral("45")), std::nullopt);
    QCOMPARE(store.value(QStringLiteral("wall/page_seconds"), QStringLiteral("20")), QStringLiteral("45"));
    QCOMPARE(store.setValue(QStringLiteral("empty"), QString()), std::nullopt);
    QCOMPARE(store.value(QStringLiteral("empty")), std::optional<QString>(QString()));
    QCOMPARE(store.remove(QStringLiteral("wall/page_seconds")), std::nullopt);
    QCOMPARE(store.value(QStringLiteral("wall/page_seconds")), std::nullopt);
    QCOMPARE(store.remove(QStringLiteral("never-set")), std::nullopt);
}

void TestSettingsStore::survivesReopen()
{
    const QString path = m_dir->filePath(QStringLiteral("settings.db"));
    {
        Database db(payops::ConsoleSchema::databaseOptions());
        QVERIFY(!db.open(path));
        SettingsStore store(db);
        QCOMPARE(store.setValue(QStringLiteral("language"), QStringLiteral("zh_CN")), std::nullopt);
    }
    Database db(payops::ConsoleSchema::databaseOptions());
    QVERIFY(!db.open(path));
    QCOMPARE(SettingsStore(db).value(QStringLiteral("language"), QString()), QStringLiteral("zh_CN"));
}

void TestSettingsStore::worksFromAnotherThread()
{
    Database db(payops::ConsoleSchema::databaseOptions());
    QVERIFY(!db.open(m_dir->filePath(QStringLiteral("settings.db"))));
    SettingsStore store(db);
    std::optional<QString> error = QStringLiteral("not run");
    std::unique_ptr<QThread> thread(QThread::create([&] {
        error = store.setValue(QStringLiteral("from"), QStringLiteral("worker"));
    }));
    thread->start();
    QVERIFY(thread->wait());
    QCOMPARE(error, std::nullopt);
    QCOMPARE(store.value(QStringLiteral("from"), QString()), QStringLiteral("worker"));
}

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "test_settingsstore.moc"
