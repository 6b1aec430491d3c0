#include "models/metrics/stringinterner.h"

#include <QTest>

using namespace payops;

class TestStringInterner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesUtf8_data();
    void decodesUtf8();
    void sharesRepeatedStrings();
    void rejectsInvalidUtf8();
    void staysBoundedWhenFull();
    void growsPastInitialTable();
};

void TestStringInterner::decodesUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("") << QString();
    QTest::newRow("ascii") << QByteArray("node_cpu_seconds_total") << QStringLiteral("node_cpu_seconds_total");
    QTest::newRow("short") << QByteArray("le") << QStringLiteral("le");
    QTest::newRow("exactly eight") << QByteArray("quantile") << QStringLiteral("quantile");
    QTest::newRow("multi-byte") << QByteArray("M\xc3\xbcnchen \xe2\x82\xac") << QStringLiteral("München €");
    QTest::newRow("embedded nul") << QByteArray("a\0b", 3) << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
}

void TestStringInterner::decodesUtf8()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    StringInterner interner;
    QCOMPARE(interner.intern(input).value_or(QStringLiteral("<invalid>")), expected);
    QCOMPARE(interner.intern(input).value_or(QStringLiteral("<invalid>")), expected); // from the table
    QCOMPARE(interner.size(), 1);
}

void TestStringInterner::sharesRepeatedStrings()
{
    StringInterner interner;
    const QString a = *interner.intern("idle");
    const QString b = *interner.intern(QByteArray("idle")); // a different buffer, same bytes
    QCOMPARE(a.constData(), b.constData());
    QVERIFY(interner.intern("user")->constData() != a.constData());
    QCOMPARE(interner.size(), 2);
}

void TestStringInterner::rejectsInvalidUtf8()
{
    StringInterner interner;
    QVERIFY(!interner.intern("\xff").has_value());
    QVERIFY(!interner.intern("\xc3").has_value()); // truncated sequence
    QVERIFY(!interner.intern("\xed\xa0\x80").has_value()); // surrogate
    QCOMPARE(interner.size(), 0);
}

void TestStringInterner::staysBoundedWhenFull()
{
    StringInterner interner(/*maxEntries=*/2);
    QVERIFY(interner.intern("a"));
    QVERIFY(interner.intern("b"));
    QCOMPARE(*interner.intern("c"), QStringLiteral("c")); // still decoded, not remembered
    QCOMPARE(interner.size(), 2);
    interner.trimIfFull();
    QCOMPARE(interner.size(), 0);
    QCOMPARE(*interner.intern("a"), QStringLiteral("a"));

    StringInterner small(/*maxEntries=*/100, /*maxBytes=*/4);
    QVERIFY(small.intern("abcd"));
    QCOMPARE(*small.intern("ef"), QStringLiteral("ef"));
    QCOMPARE(small.size(), 1);
}

void TestStringInterner::growsPastInitialTable()
{
    StringInterner interner;
    for (int i = 0; i < 5000; ++i)
        QCOMPARE(*interner.intern(QByteArray::number(i)), QString::number(i));
    QCOMPARE(interner.size(), 5000);
    for (int i = 0; i < 5000; ++i)
        QCOMPARE(*interner.intern(QByteArray::number(i)), QString::number(i));
    QCOMPARE(interner.size(), 5000);
}

QTEST_GUILESS_MAIN(TestStringInterner)
#include "test_stringinterner.moc"
