// Issue 9, finding 2: an article's Markdown cannot make the console read local files. Articles that
// point images, a stylesheet or the view's source at a FIFO, /dev/zero and private files (absolute,
// relative, file: URLs, raw <img>) render at once in the browser, the editor's preview and the PDF
// export, and none of those files is opened:
//  - a writer waits on the FIFO: any reader that opens it releases the writer, which counts it (and
//    feeds the reader, so a renderer that does read cannot hang the test instead of failing it);
//  - inotify reports every open of the private files (IN_OPEN; a stat is not an open);
//  - every image the document holds is the console's "not shown" placeholder, and the text shown
//    never contains a private file's content.
// /dev/zero cannot be watched (the whole system opens it): rendering it would never end or exhaust
// memory, so "renders in bounded time" is the check there.

#include "tests/knowledge/knowledgetestdatabase.h"

#include "models/knowledge/knowledgecontent.h"
#include "models/knowledge/knowledgerepository.h"
#include "models/knowledge/knowledgewriter.h"
#include "models/storage/databasewriter.h"
#include "widgets/contacts/contacteditdialog.h"
#include "widgets/knowledge/articleeditor.h"
#include "widgets/knowledge/knowledgebrowser.h"
#include "widgets/knowledge/knowledgepdfexporter.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <atomic>
#include <thread>

#include <csignal>
#include <fcntl.h>
#include <pthread.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kBoundMs = 5000; // "at once" on a loaded 2-core machine; a read of /dev/zero never ends
const QSize kPrivateImageSize(37, 23); // what the private image would show if it were loaded
constexpr char kPrivateText[] = "PRIVATE-TEXT-7f3a9c";
constexpr char kFifoText[] = "FIFO-TEXT-51be02";

// Counts the readers that open a FIFO: a thread blocks in open(O_WRONLY) until one does.
class FifoWatch final
{
    Q_DISABLE_COPY_MOVE(FifoWatch)

public:
    explicit FifoWatch(const QString &path)
        : m_path(QFile::encodeName(path))
    {
        m_ok = ::mkfifo(m_path.constData(), 0600) == 0;
        if (m_ok)
            m_thread = std::thread([this] { run(); });
    }
    ~FifoWatch() { stop(); }

    bool ok() const { return m_ok; }
    // Releases the waiting writer and returns how many readers opened the FIFO before.
    int stop()
    {
        if (m_thread.joinable()) {
            m_stopping = true;
            const int fd = ::open(m_path.constData(), O_RDONLY | O_NONBLOCK); // releases the writer's open
            m_thread.join();
            if (fd >= 0)
                ::close(fd);
        }
        return m_opens;
    }

private:
    void run()
    {
        // A reader that closes before the text is written must not kill the test with SIGPIPE:
        // blocked on this thread, the write fails with EPIPE instead.
        sigset_t pipe;
        sigemptyset(&pipe);
        sigaddset(&pipe, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
        for (;;) {
            const int fd = ::open(m_path.constData(), O_WRONLY);
            if (m_stopping) {
                if (fd >= 0)
                    ::close(fd);
                return;
            }
            ++m_opens; // counted before the reader can finish: no race with stop()
            if (fd >= 0) {
                [[maybe_unused]] const ssize_t written = ::write(fd, kFifoText, sizeof kFifoText - 1);
                ::close(fd);
            }
        }
    }

    QByteArray m_path;
    bool m_ok = false;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_opens{0};
};

// Counts opens of files by anyone (inotify IN_OPEN): only this test knows these files.
class OpenWatch final
{
    Q_DISABLE_COPY_MOVE(OpenWatch)

public:
    explicit OpenWatch(const QStringList &paths)
        : m_fd(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        m_ok = m_fd >= 0;
        for (const QString &path : paths)
            m_ok = m_ok && ::inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN) >= 0;
    }
    ~OpenWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool ok() const { return m_ok; }
    int opens()
    {
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                return m_opens;
            for (ssize_t at = 0; at < n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                if (event->mask & IN_OPEN)
                    ++m_opens;
                at += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
    }

private:
    int m_fd = -1;
    bool m_ok = false;
    int m_opens = 0;
};

bool isPlaceholder(const QVariant &resource)
{
    // The console's placeholder is a QImage that names what it stands for (SafeDocument).
    return resource.userType() == QMetaType::QImage
           && !resource.value<QImage>().text(u"payops-not-shown"_s).isEmpty();
}

// Every image the document refers to, by name.
QStringList imageNames(const QTextDocument &document)
{
    QStringList names;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                names.append(format.toImageFormat().name());
        }
    }
    return names;
}

} // namespace

class TestArticleResources final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void browser_data() { hostileRows(); }
    void browser();
    void preview_data() { hostileRows(); }
    void preview();
    void pdfExport_data() { hostileRows(); }
    void pdfExport();
    void browserSourceIsNotLoaded_data();
    void browserSourceIsNotLoaded();
    void applicationImagesStillShow();
    void validationMessagesAreText();

private:
    void hostileRows();
    QString article(const QString &pattern) const;
    void startWatching();
    void checkNothingWasRead(const QTextDocument &document, const QString &shownText);

    QTemporaryDir m_files;
    QString m_previousDirectory;
    std::unique_ptr<test::KnowledgeTestDatabase> m_db;
    std::unique_ptr<KnowledgeRepository> m_repository;
    std::unique_ptr<DatabaseWriter> m_writer;
    std::unique_ptr<FifoWatch> m_fifo;
    std::unique_ptr<OpenWatch> m_opens;
    QElapsedTimer m_clock;
};

void TestArticleResources::initTestCase()
{
    QVERIFY(m_files.isValid());
    QImage image(kPrivateImageSize, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(m_files.filePath(u"private.png"_s)));
    QFile text(m_files.filePath(u"private.txt"_s));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("<p>") + kPrivateText + "</p>\n");
    text.close();
    QFile css(m_files.filePath(u"private.css"_s));
    QVERIFY(css.open(QIODevice::WriteOnly));
    css.write("p { color: #123456 }\n");
    css.close();
    // Relative names resolve against the working directory when nothing else is known.
    m_previousDirectory = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_files.path()));
}

void TestArticleResources::cleanupTestCase()
{
    QDir::setCurrent(m_previousDirectory);
}

void TestArticleResources::init()
{
    m_db = std::make_unique<test::KnowledgeTestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
    m_repository = std::make_unique<KnowledgeRepository>(*m_db->database);
    const KnowledgeContent::LoadResult content = KnowledgeContent::load();
    QVERIFY(content.ok());
    QVERIFY(m_repository->importDefaults(content.bundle).ok());
    m_writer = std::make_unique<DatabaseWriter>(*m_db->database);
}

void TestArticleResources::cleanup()
{
    if (m_fifo)
        m_fifo->stop();
    m_fifo.reset();
    m_opens.reset();
    QFile::remove(m_files.filePath(u"pipe"_s));
    m_writer.reset();
    m_repository.reset();
    m_db.reset();
}

void TestArticleResources::hostileRows()
{
    QTest::addColumn<QString>("pattern"); // %1: the folder of the FIFO and the private files
    QTest::newRow("fifo") << u"![pipe](%1/pipe)"_s;
    QTest::newRow("fifo-file-url") << u"![pipe](file://%1/pipe)"_s;
    QTest::newRow("dev-zero") << u"![zero](/dev/zero)"_s;
    QTest::newRow("private-absolute") << u"![secret](%1/private.png)"_s;
    QTest::newRow("private-relative") << u"![secret](private.png)"_s;
    QTest::newRow("private-file-url") << u"![secret](file://%1/private.png)"_s;
    QTest::newRow("raw-img") << u"<img src=\"%1/private.png\"> and <img src=\"%1/pipe\">"_s;
    QTest::newRow("raw-img-closed") << u"<img src=\"%1/private.png\"/> and <img src=\"%1/pipe\" />"_s;
    QTest::newRow("raw-html-block") << u"<table><tr><td><img src=\"%1/private.png\"></td></tr></table>"_s;
    QTest::newRow("raw-img-dev-zero") << u"<p><img src=\"/dev/zero\" width=\"10\" height=\"10\"></p>"_s;
    QTest::newRow("raw-stylesheet") << u"<link rel=\"stylesheet\" href=\"%1/private.css\">\n\ntext"_s;
    QTest::newRow("everything") << u"![pipe](%1/pipe) ![zero](/dev/zero) ![secret](private.png)\n\n"
                                   u"<img src=\"file://%1/private.png\">"_s;
}

QString TestArticleResources::article(const QString &pattern) const
{
    return u"# Hostile\n\nBefore.\n\n"_s + pattern.arg(m_files.path()) + u"\n\nAfter.\n"_s;
}

void TestArticleResources::startWatching()
{
    m_fifo = std::make_unique<FifoWatch>(m_files.filePath(u"pipe"_s));
    QVERIFY(m_fifo->ok());
    m_opens = std::make_unique<OpenWatch>(QStringList{m_files.filePath(u"private.png"_s),
                                                      m_files.filePath(u"private.txt"_s),
                                                      m_files.filePath(u"private.css"_s)});
    QVERIFY(m_opens->ok());
    m_clock.start();
}

void TestArticleResources::checkNothingWasRead(const QTextDocument &document, const QString &shownText)
{
    const qint64 elapsed = m_clock.elapsed();
    QVERIFY2(elapsed < kBoundMs, qPrintable(u"rendering took %1 ms"_s.arg(elapsed)));
    QCOMPARE(m_fifo->stop(), 0);   // no reader ever opened the FIFO
    QCOMPARE(m_opens->opens(), 0); // nor the private files
    QVERIFY(!shownText.contains(QLatin1String(kPrivateText)));
    QVERIFY(!shownText.contains(QLatin1String(kFifoText)));
    for (const QString &name : imageNames(document)) {
        const QVariant resource = document.resource(QTextDocument::ImageResource, QUrl(name));
        QVERIFY2(isPlaceholder(resource), qPrintable(name));
    }
}

void TestArticleResources::browser()
{
    QFETCH(QString, pattern);
    const QString body = article(pattern);
    QVERIFY(m_repository->save(u"daily-system-updates"_s, u"en"_s, body, u"Mallory"_s).ok());
    startWatching();
    KnowledgeBrowser browser(*m_repository, *m_writer);
    browser.setLanguage(u"en"_s);
    browser.resize(1000, 700);
    browser.show();
    QVERIFY(browser.openArticle(u"daily-system-updates"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QTextBrowser *view = browser.articleView();
    view->document()->documentLayout()->documentSize(); // laid out: every image asked for
    view->grab();                                        // and painted
    QVERIFY(view->toPlainText().startsWith(u"Hostile"_s));
    checkNothingWasRead(*view->document(), view->toPlainText());
}

void TestArticleResources::preview()
{
    QFETCH(QString, pattern);
    KnowledgeWriter writer(*m_repository, *m_writer);
    ArticleEditor editor(*m_repository, writer, u"daily-system-updates"_s, u"en"_s);
    editor.resize(1000, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    startWatching();
    editor.setMarkdown(article(pattern));
    editor.updatePreview();
    auto *preview = editor.findChild<QTextBrowser *>(u"markdownPreview"_s);
    QVERIFY(preview);
    preview->document()->documentLayout()->documentSize();
    preview->grab();
    QVERIFY(preview->toPlainText().startsWith(u"Hostile"_s));
    checkNothingWasRead(*preview->document(), preview->toPlainText());
}

void TestArticleResources::pdfExport()
{
    QFETCH(QString, pattern);
    Article hostile;
    hostile.id = u"hostile"_s;
    hostile.title = u"Hostile"_s;
    hostile.sectionId = u"daily"_s;
    hostile.body = article(pattern);
    startWatching();
    const QString path = m_db->dir.filePath(u"hostile.pdf"_s);
    const std::optional<QString> error = KnowledgePdfExporter::exportToPdf(path, u"T"_s, {hostile, hostile},
                                                                           {{u"daily"_s, u"Daily"_s}});
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    const std::unique_ptr<QTextDocument> document = KnowledgePdfExporter::buildDocument(u"T"_s, {hostile});
    document->documentLayout()->documentSize();
    checkNothingWasRead(*document, document->toPlainText());
}

void TestArticleResources::browserSourceIsNotLoaded_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("private") << u"private.txt"_s;
    QTest::newRow("fifo") << u"pipe"_s;
}

void TestArticleResources::browserSourceIsNotLoaded()
{
    // QTextBrowser::setSource reads files itself (and through its search paths): the view must not.
    QFETCH(QString, file);
    KnowledgeBrowser browser(*m_repository, *m_writer);
    browser.setLanguage(u"en"_s);
    startWatching();
    QTextBrowser *view = browser.articleView();
    view->setSearchPaths({m_files.path()});
    view->setSource(QUrl::fromLocalFile(m_files.filePath(file)));
    view->setSource(QUrl(file)); // relative: search paths, working directory
    checkNothingWasRead(*view->document(), view->toPlainText());
}

void TestArticleResources::applicationImagesStillShow()
{
    // The application's own resources remain usable: the icon is drawn, not replaced.
    KnowledgeBrowser browser(*m_repository, *m_writer);
    QVERIFY(m_repository->save(u"daily-system-updates"_s, u"en"_s, u"# Icons\n\n![app](qrc:/icons/app.svg)\n"_s,
                               u"Alice"_s)
                .ok());
    browser.setLanguage(u"en"_s);
    QVERIFY(browser.openArticle(u"daily-system-updates"_s));
    QTextDocument *document = browser.articleView()->document();
    document->documentLayout()->documentSize();
    const QVariant icon = document->resource(QTextDocument::ImageResource, QUrl(u"qrc:/icons/app.svg"_s));
    QVERIFY(!isPlaceholder(icon));
    QVERIFY(!icon.value<QImage>().isNull() || !icon.value<QPixmap>().isNull());
}

void TestArticleResources::validationMessagesAreText()
{
    // A message that quotes what was typed or imported is shown as text: a QLabel would otherwise
    // take "<img src=…>" at the start of a line for rich text and load the image.
    ContactEntry entry;
    entry.name = u"Mallory"_s;
    entry.role = ContactRole::TechnicalSupport;
    entry.points = {{ContactPoint::Kind::Email, u"<img src=\"%1/pipe\">"_s.arg(m_files.path())},
                    {ContactPoint::Kind::Phone, u"<img src=\"%1/private.png\">"_s.arg(m_files.path())}};
    ContactEditDialog dialog(entry, {}, {});
    dialog.resize(600, 500);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    startWatching();
    QVERIFY(!dialog.validateInput());
    dialog.grab();
    QCOMPARE(m_fifo->stop(), 0);
    QCOMPARE(m_opens->opens(), 0);
    bool shown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u"is not an e-mail address"_s)) {
            shown = true;
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }
    QVERIFY(shown);
}

QTEST_MAIN(TestArticleResources)
#include "test_articleresources.moc"
