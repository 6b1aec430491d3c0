#include "models/knowledge/knowledgecontent.h"

#include "models/knowledge/knowledgelog.h"
#include "models/knowledge/markdowntext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace payops {

QString KnowledgeContent::hash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

KnowledgeContent::LoadResult KnowledgeContent::load(const QString &root)
{
    LoadResult result;
    QFile indexFile(root + QStringLiteral("/index.json"));
    if (!indexFile.open(QIODevice::ReadOnly)) {
        result.error = tr("The knowledge base index %1 could not be read: %2")
                           .arg(indexFile.fileName(), indexFile.errorString());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(indexFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = tr("The knowledge base index %1 is not valid JSON: %2")
                           .arg(indexFile.fileName(), parseError.errorString());
        return result;
    }
    const QJsonObject index = document.object();
    const QJsonArray languages = index.value(QLatin1String("languages")).toArray();
    for (const QJsonValue &language : languages)
        result.bundle.languages.append(language.toString());
    if (result.bundle.languages.isEmpty()) {
        result.error = tr("The knowledge base index %1 lists no languages.").arg(indexFile.fileName());
        return result;
    }

    const QJsonArray sections = index.value(QLatin1String("sections")).toArray();
    int sectionPosition = 0;
    for (const QJsonValue &sectionValue : sections) {
        const QJsonObject sectionObject = sectionValue.toObject();
        ShippedSection section;
        section.id = sectionObject.value(QLatin1String("id")).toString();
        section.position = sectionPosition++;
        if (section.id.isEmpty()) {
            result.error = tr("A section of the knowledge base index %1 has no id.").arg(indexFile.fileName());
            return result;
        }
        const QJsonObject titles = sectionObject.value(QLatin1String("title")).toObject();
        for (const QString &language : std::as_const(result.bundle.languages))
            section.titles.insert(language, titles.value(language).toString(section.id));

        const QJsonArray articles = sectionObject.value(QLatin1String("articles")).toArray();
        int articlePosition = 0;
        for (const QJsonValue &articleValue : articles) {
            const QString articleId = articleValue.toString();
            const int position = articlePosition++;
            for (const QString &language : std::as_const(result.bundle.languages)) {
                QFile file(root + u'/' + language + u'/' + articleId + QStringLiteral(".md"));
                if (!file.open(QIODevice::ReadOnly)) {
                    qCWarning(lcKnowledge).noquote()
                        << "shipped article missing:" << file.fileName() << file.errorString();
                    continue;
                }
                ShippedArticle article;
                article.id = articleId;
                article.language = language;
                article.sectionId = section.id;
                article.position = position;
                article.body = QString::fromUtf8(file.readAll());
                article.title = MarkdownText::title(article.body);
                if (article.title.isEmpty())
                    article.title = articleId;
                article.hash = hash(article.body);
                result.bundle.articles.append(article);
            }
        }
        result.bundle.sections.append(section);
    }
    return result;
}

} // namespace payops
