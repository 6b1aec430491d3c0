// Standing guard for issue 9's findings 2 and 3: the rules of docs/architecture.md ("Text and links
// the console did not write") checked on the sources, so that a new view cannot quietly bring the
// bugs back:
//  - QDesktopServices::openUrl is called only by LinkOpener (which asks SafeLinks first);
//  - no view constructs a plain QTextBrowser or QTextEdit to show text: SafeTextBrowser does;
//  - Markdown is rendered only by ArticleRenderer (into a SafeDocument), and the other documents
//    that render text are SafeDocuments;
//  - the Prometheus client never follows redirects to another origin;
//  - and one thread rule: one-off jobs run on jobPool(), never on Qt's global pool, which Qt's
//    painting waits for (test_jobpool).
// The behaviour itself is tested by test_articleresources, test_linkrefusal, test_safelinks and
// test_prometheussource; this test keeps every place on that behaviour.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestUntrustedTextRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rules_data();
    void rules();

private:
    QMap<QString, QString> m_sources; // path from the repository root -> text
};

void TestUntrustedTextRules::initTestCase()
{
    const QString root = QStringLiteral(PAYOPS_TEST_DATA_DIR "/../..");
    for (const QString &folder : {u"app"_s, u"models"_s, u"widgets"_s}) {
        QDirIterator it(root + u'/' + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            m_sources.insert(QDir(root).relativeFilePath(path), QString::fromUtf8(file.readAll()));
        }
    }
    QVERIFY(m_sources.size() > 100);
    QVERIFY(m_sources.contains(u"widgets/linkopener.cpp"_s));
}

void TestUntrustedTextRules::rules_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("allowedIn");
    QTest::newRow("openUrl only through LinkOpener")
        << uR"(QDesktopServices\s*::\s*openUrl)"_s << QStringList{u"widgets/linkopener.h"_s, u"widgets/linkopener.cpp"_s};
    QTest::newRow("no plain QTextBrowser")
        << uR"(new\s+QTextBrowser\b|\bQTextBrowser\s+\w+\s*[({;])"_s << QStringList{};
    QTest::newRow("no QTextEdit for display")
        << uR"(new\s+QTextEdit\b|\bQTextEdit\s+\w+\s*[({;])"_s << QStringList{};
    QTest::newRow("no plain QTextDocument")
        << uR"(make_unique<QTextDocument>|new\s+QTextDocument\b|^\s*QTextDocument\s+\w+\s*[({;])"_s << QStringList{};
    QTest::newRow("Markdown only through ArticleRenderer")
        << uR"((->|\.)setMarkdown\s*\(\s*\w+\s*,\s*QTextDocument::)"_s
        << QStringList{u"widgets/knowledge/articlerenderer.cpp"_s};
    QTest::newRow("Prometheus redirects stay on the origin")
        << uR"(NoLessSafeRedirectPolicy|ManualRedirectPolicy|UserVerifiedRedirectPolicy)"_s
        // Scrapes and the health checks (the diagnosis', the rolling update's) send no credentials.
        << QStringList{u"models/metrics/scrapeworker.cpp"_s, u"models/metrics/healthrequest.cpp"_s,
                       u"models/incidents/diagnosisrunner.cpp"_s};
    QTest::newRow("one-off jobs on jobPool()")
        << uR"(QtConcurrent\s*::\s*\w+\s*\((?!\s*(payops::)?jobPool\(\))|QThreadPool\s*::\s*globalInstance)"_s << QStringList{};
}

void TestUntrustedTextRules::rules()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, allowedIn);
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    QVERIFY(re.isValid());
    QStringList offenders;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        if (!allowedIn.contains(it.key()) && re.match(it.value()).hasMatch())
            offenders.append(it.key());
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestUntrustedTextRules)
#include "test_untrustedtextrules.moc"
