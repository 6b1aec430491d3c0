#include "widgets/knowledge/safedocument.h"

#include "models/knowledge/knowledgelog.h"

#include <QColor>
#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

// ":/path" when `url` names one of the application's own resources, otherwise empty.
QString applicationResource(const QUrl &url)
{
    if (url.scheme() == u"qrc")
        return u':' + url.path();
    if (url.scheme().isEmpty() && url.path().startsWith(u":/"))
        return url.path();
    return {};
}

QByteArray readApplicationResource(const QString &path)
{
    QFile file(path);
    if (file.size() > SafeDocument::kMaxResourceBytes || !file.open(QIODevice::ReadOnly))
        return {};
    return file.read(SafeDocument::kMaxResourceBytes);
}

QString shortName(const QUrl &url)
{
    QString name = url.toDisplayString();
    if (name.isEmpty())
        name = u"?"_s;
    constexpr qsizetype maxLength = 60;
    return name.size() > maxLength ? u'…' + name.right(maxLength - 1) : name;
}

} // namespace

SafeDocument::SafeDocument(QObject *parent)
    : QTextDocument(parent)
{
}

QVariant SafeDocument::loadResource(int type, const QUrl &name)
{
    // Never QTextDocument::loadResource: it opens local files (and asks the parent, which for a
    // QTextBrowser opens them too). Kept as the document's resource, so it is decided once.
    const QVariant resource = loadSafely(type, name);
    addResource(type, name, resource);
    return resource;
}

QVariant SafeDocument::loadSafely(int type, const QUrl &url)
{
    const QString path = applicationResource(url);
    const QByteArray data = path.isEmpty() ? QByteArray() : readApplicationResource(path);
    if (path.isEmpty())
        qCInfo(lcKnowledge).noquote() << "not loaded (outside the application):" << url.toDisplayString();
    if (type == QTextDocument::ImageResource) {
        QImage image = QImage::fromData(data);
        return image.isNull() ? placeholder(shortName(url)) : image;
    }
    if (!data.isEmpty())
        return QString::fromUtf8(data);
    if (type == QTextDocument::HtmlResource)
        return u"<p><i>%1</i></p>"_s.arg(tr("page not shown: %1").arg(shortName(url)).toHtmlEscaped());
    if (type == QTextDocument::MarkdownResource)
        return tr("page not shown: %1").arg(shortName(url));
    return QString(); // a style sheet: none
}

QImage SafeDocument::placeholder(const QString &name)
{
    const QString text = tr("image not shown: %1").arg(name);
    const QFont font;
    const QFontMetrics metrics(font);
    QImage image(QSize(metrics.horizontalAdvance(text) + 16, metrics.height() + 10), QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xee, 0xee, 0xee));
    QPainter painter(&image);
    painter.setPen(QColor(0x99, 0x99, 0x99));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.setFont(font);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(image.rect(), Qt::AlignCenter, text);
    painter.end();
    image.setText(u"payops-not-shown"_s, name.isEmpty() ? u"?"_s : name);
    return image;
}

} // namespace payops
