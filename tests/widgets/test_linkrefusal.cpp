// Issue 9, finding 3, in the views: a link whose scheme is not allowed (file:, smb:, javascript:,
// data:, http:, a desktop's custom handler) is never handed to the desktop, and the operator is told
// why; allowed links (mailto:, tel:, https:, xmpp:) still open. The desktop is observed for real:
// QDesktopServices hands each scheme to the handler this test registers, so the test sees exactly
// which URLs the console asked the desktop to open.
#include "tests/contacts/contactstestdatabase.h"

#include "models/contacts/contactdefaults.h"
#include "models/knowledge/knowledgecontent.h"
#include "models/knowledge/knowledgerepository.h"
#include "widgets/contacts/contactdirectoryview.h"
#include "widgets/knowledge/knowledgebrowser.h"
#include "widgets/playbooks/playbookview.h"

#include <QDesktopServices>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kHostile{
    u"file:///home/operator/.local/share/applications/x.desktop"_s,
    u"smb://attacker.example/share/payload"_s,
    u"javascript:alert(1)"_s,
    u"data:text/html,<script>alert(1)</script>"_s,
    u"http://plain.example/"_s,
    u"x-custom-handler://run?cmd=rm"_s,
};
const QStringList kAllowed{
    u"mailto:support@example.com"_s,
    u"tel:+86-10-1234"_s,
    u"https://status.example.com/"_s,
    u"xmpp:alice@chat.example.com"_s,
};

QString schemeOf(const QString &url)
{
    return url.section(u':', 0, 0);
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

class TestLinkRefusal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void contactLinks();
    void contactImportRefusesHostileChat();
    void playbookLinks();
    void articleLinks();

private:
    // Clicks every link on `browser` and checks which ones reached the desktop; `explained` returns
    // the explanation the operator sees after each refusal.
    void clickAll(QTextBrowser *browser, const std::function<QString()> &explained);

    DesktopRecorder m_desktop;
    QStringList m_schemes;
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestLinkRefusal::init()
{
    m_desktop.opened.clear();
    for (const QString &url : kHostile + kAllowed)
        m_schemes.append(schemeOf(url));
    m_schemes.removeDuplicates();
    for (const QString &scheme : std::as_const(m_schemes))
        QDesktopServices::setUrlHandler(scheme, &m_desktop, "open");
    m_db = std::make_unique<test::TestDatabase>();
    const QString error = m_db->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLinkRefusal::cleanup()
{
    for (const QString &scheme : std::as_const(m_schemes))
        QDesktopServices::unsetUrlHandler(scheme);
    m_schemes.clear();
    m_db.reset();
}

void TestLinkRefusal::clickAll(QTextBrowser *browser, const std::function<QString()> &explained)
{
    for (const QString &hostile : kHostile) {
        Q_EMIT browser->anchorClicked(QUrl(hostile));
        QVERIFY2(m_desktop.opened.isEmpty(), qPrintable(hostile));
        const QString why = explained();
        QVERIFY2(why.contains(u"\"%1:\""_s.arg(schemeOf(hostile))), qPrintable(hostile + u" -> "_s + why));
    }
    for (const QString &allowed : kAllowed) {
        Q_EMIT browser->anchorClicked(QUrl(allowed));
        QCOMPARE(m_desktop.opened.size(), 1);
        QCOMPARE(m_desktop.opened.takeFirst(), QUrl(allowed));
    }
}

void TestLinkRefusal::contactLinks()
{
    ContactDirectory directory(*m_db->database, *m_db->writer);
    ContactDirectoryView view(directory);
    QSignalSpy messages(&view, &ContactDirectoryView::statusMessage);
    auto *details = view.findChild<QTextBrowser *>();
    QVERIFY(details);
    clickAll(details, [&messages] { return messages.isEmpty() ? QString() : messages.takeLast().at(0).toString(); });
}

void TestLinkRefusal::contactImportRefusesHostileChat()
{
    ContactDirectory directory(*m_db->database, *m_db->writer);
    ContactDirectoryView view(directory);
    const QByteArray csv = "name,name_alt,role,service,escalation_order,phone,email,chat,organization,notes\n"
                           "Mallory,,technical_support,,1,123,,file:///home/alice/x.desktop,,\n"
                           "Eve,,technical_support,,2,124,,smb://attacker.example/share,,\n"
                           "Trent,,technical_support,,3,125,\"trent@example.com?bcc=all@example.com\",,,\n"
                           "Alice,,technical_support,,4,126,alice@example.com,xmpp:alice@chat.example.com,,\n";
    const ContactImportResult read = view.readImport(csv, u"contacts.csv"_s);
    QCOMPARE(read.rows.size(), 4);
    for (int row = 0; row < 3; ++row)
        QVERIFY2(!read.rows.at(row).valid(), qPrintable(read.rows.at(row).entry.name));
    QVERIFY(read.rows.at(0).errors.join(u' ').contains(u"\"file:\""_s));
    QVERIFY(read.rows.at(1).errors.join(u' ').contains(u"\"smb:\""_s));
    QVERIFY(read.rows.at(3).valid());
}

void TestLinkRefusal::playbookLinks()
{
    PlaybookView view;
    QSignalSpy messages(&view, &PlaybookView::statusMessage);
    auto *browser = view.findChild<QTextBrowser *>();
    QVERIFY(browser);
    clickAll(browser, [&messages] { return messages.isEmpty() ? QString() : messages.takeLast().at(0).toString(); });
}

void TestLinkRefusal::articleLinks()
{
    KnowledgeRepository repository(*m_db->database);
    const KnowledgeContent::LoadResult content = KnowledgeContent::load();
    QVERIFY(content.ok());
    QVERIFY(repository.importDefaults(content.bundle).ok());
    KnowledgeBrowser browser(repository, *m_db->writer);
    browser.setLanguage(u"en"_s);
    auto *info = browser.findChild<QLabel *>(u"articleInfo"_s);
    QVERIFY(info);
    const QString opened = browser.currentArticleId();
    clickAll(browser.articleView(), [info] { return info->text(); });
    QCOMPARE(browser.currentArticleId(), opened); // nothing navigated
}

QTEST_MAIN(TestLinkRefusal)
#include "test_linkrefusal.moc"
