// PlaybookView renders a shipped playbook: summary, checks in words, commands, contacts resolved
// through the directory, the article link (which the view reports), and Chinese text in zh_CN.
#include "models/incidents/playbookloader.h"
#include "widgets/playbooks/playbookview.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace payops;

class TestPlaybookView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersPlaybook();
    void rendersChinese();
    void reportsArticleLink();

private:
    static Playbook shipped(const QString &id);
};

Playbook TestPlaybookView::shipped(const QString &id)
{
    const PlaybookLoader::Result result = PlaybookLoader().loadFile(PlaybookLoader::defaultsPath());
    for (const Playbook &playbook : result.playbooks) {
        if (playbook.id == id)
            return playbook;
    }
    return {};
}

void TestPlaybookView::rendersPlaybook()
{
    const Playbook playbook = shipped(QStringLiteral("transaction-failure"));
    QVERIFY(!playbook.id.isEmpty());
    const auto resolver = [](ContactRole role, const QString &service) {
        QList<ContactEntry> people;
        if (role == ContactRole::ServiceManager && service == u"payment_gateway") {
            ContactEntry bob;
            bob.name = QStringLiteral("Bob");
            bob.points = {{ContactPoint::Kind::Phone, QStringLiteral("456")}};
            people.append(bob);
        }
        return people;
    };
    const QString html = PlaybookView::toHtml(playbook, QLocale(QLocale::English), resolver);
    QVERIFY(html.contains(QStringLiteral("<h1>Transaction failure</h1>")));
    QVERIFY(html.contains(QStringLiteral("payops-article:incident-transaction-failure")));
    QVERIFY(html.contains(QStringLiteral("Network delay or interruption")));
    QVERIFY(html.contains(QStringLiteral("A TCP connection to payment_gateway fails or takes longer than 200 ms")));
    QVERIFY(html.contains(QStringLiteral("payment_gateway is down (up = 0)")));
    QVERIFY(html.contains(QStringLiteral("<code>systemctl restart payment_gateway</code>")));
    QVERIFY(html.contains(QStringLiteral("Bob — <a href=\"tel:456\">456</a>")));
}

void TestPlaybookView::rendersChinese()
{
    const QString html = PlaybookView::toHtml(shipped(QStringLiteral("security-issues")), QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(html.contains(QString::fromUtf16(u"<h1>安全问题</h1>")));
    QVERIFY(html.contains(QString::fromUtf16(u"立即冻结异常账户并通知用户。")));
}

void TestPlaybookView::reportsArticleLink()
{
    PlaybookView view;
    view.setPlaybook(shipped(QStringLiteral("system-downtime")));
    QVERIFY(view.html().contains(QStringLiteral("System downtime")));
    QSignalSpy spy(&view, &PlaybookView::articleRequested);
    auto *browser = view.findChild<QTextBrowser *>();
    QVERIFY(browser);
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("payops-article:incident-system-downtime")));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("incident-system-downtime"));
}

QTEST_MAIN(TestPlaybookView)
#include "test_playbookview.moc"
