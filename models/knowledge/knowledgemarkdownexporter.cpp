#include "models/knowledge/knowledgemarkdownexporter.h"

#include "models/knowledge/knowledgelog.h"

#include <QDir>
#include <QSaveFile>

namespace payops {

QString KnowledgeMarkdownExporter::fileNameFor(const Article &article)
{
    QString name = article.id;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            c = u'-';
    }
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(QStringLiteral("article"));
    return name + QStringLiteral(".md");
}

KnowledgeMarkdownExporter::Result KnowledgeMarkdownExporter::exportTo(const QString &folder,
                                                                      const QList<Article> &articles)
{
    Result result;
    if (articles.isEmpty()) {
        result.error = tr("There is nothing to export.");
        return result;
    }
    const QDir dir(folder);
    if (!QDir().mkpath(dir.absolutePath())) {
        result.error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir.absolutePath()));
        return result;
    }
    for (const Article &article : articles) {
        const QString path = dir.absoluteFilePath(fileNameFor(article));
        QSaveFile file(path);
        QByteArray text = article.body.toUtf8();
        if (!text.endsWith('\n'))
            text.append('\n');
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            result.error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return result;
        }
        result.files.append(path);
    }
    qCInfo(lcKnowledge).noquote() << "exported" << articles.size() << "articles as Markdown to" << dir.absolutePath();
    return result;
}

} // namespace payops
