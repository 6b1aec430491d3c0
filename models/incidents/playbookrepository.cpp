#include "models/incidents/playbookrepository.h"

#include "models/incidents/playbooklog.h"
#include "models/storage/database.h"
#include "models/storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace payops {

namespace {

QString errorText(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

PlaybookRepository::PlaybookRepository(Database &database, PlaybookLoader loader, Clock clock)
    : m_database(database)
    , m_loader(std::move(loader))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

PlaybookRepository::ListResult PlaybookRepository::select(const QString &where, const QString &value) const
{
    ListResult result;
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, document FROM playbooks ") + where + QStringLiteral(" ORDER BY position, id"));
    if (!where.isEmpty())
        query.addBindValue(value);
    if (!query.exec()) {
        result.error = QCoreApplication::translate("payops::PlaybookRepository", "Cannot read the playbooks: %1")
                           .arg(errorText(query));
        qCWarning(lcPlaybooks).noquote() << result.error;
        return result;
    }
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QJsonDocument document = QJsonDocument::fromJson(query.value(1).toString().toUtf8());
        const PlaybookLoader::Result loaded = m_loader.loadPlaybook(document.object());
        if (!loaded.ok() || loaded.playbooks.size() != 1) {
            result.error = QCoreApplication::translate("payops::PlaybookRepository", "The stored playbook \"%1\" is damaged: %2")
                               .arg(id, loaded.errors.join(QStringLiteral("; ")));
            qCWarning(lcPlaybooks).noquote() << result.error;
            continue; // the others stay usable
        }
        result.playbooks.append(loaded.playbooks.constFirst());
    }
    return result;
}

PlaybookRepository::ListResult PlaybookRepository::all() const
{
    return select({}, {});
}

PlaybookRepository::ListResult PlaybookRepository::byId(const QString &id) const
{
    return select(QStringLiteral("WHERE id = ?"), id);
}

PlaybookRepository::ListResult PlaybookRepository::forArticle(const QString &articleId) const
{
    return select(QStringLiteral("WHERE article_id = ?"), articleId);
}

PlaybookRepository::SyncResult PlaybookRepository::syncShipped(const QList<Playbook> &shipped)
{
    SyncResult result;
    QSqlDatabase db = m_database.connection();
    const qint64 now = m_clock();
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        for (int position = 0; position < shipped.size(); ++position) {
            const Playbook &playbook = shipped.at(position);
            QSqlQuery existing(db);
            existing.prepare(QStringLiteral("SELECT revision, origin FROM playbooks WHERE id = ?"));
            existing.addBindValue(playbook.id);
            if (!existing.exec())
                return errorText(existing);
            const bool found = existing.next();
            if (found && (existing.value(1).toString() != u"shipped" || existing.value(0).toInt() >= playbook.revision))
                continue;
            QSqlQuery write(db);
            write.prepare(QStringLiteral("INSERT OR REPLACE INTO playbooks"
                                         " (id, revision, article_id, title_en, title_zh_cn, position, origin, document, updated_ms)"
                                         " VALUES (?, ?, ?, ?, ?, ?, 'shipped', ?, ?)"));
            write.addBindValue(playbook.id);
            write.addBindValue(playbook.revision);
            write.addBindValue(playbook.article);
            write.addBindValue(playbook.title.en);
            write.addBindValue(playbook.title.zhCN);
            write.addBindValue(position);
            write.addBindValue(QString::fromUtf8(QJsonDocument(PlaybookLoader::toJson(playbook)).toJson(QJsonDocument::Compact)));
            write.addBindValue(now);
            if (!write.exec())
                return errorText(write);
            (found ? result.updated : result.inserted) += 1;
        }
        return std::nullopt;
    });
    if (error) {
        result.error = QCoreApplication::translate("payops::PlaybookRepository", "Cannot store the playbooks: %1").arg(*error);
        qCWarning(lcPlaybooks).noquote() << result.error;
        result.inserted = result.updated = 0;
        return result;
    }
    qCInfo(lcPlaybooks) << "playbooks synced:" << result.inserted << "inserted," << result.updated << "updated";
    return result;
}

PlaybookRepository::SyncResult PlaybookRepository::importDefaults()
{
    const PlaybookLoader::Result loaded = m_loader.loadFile(PlaybookLoader::defaultsPath());
    if (!loaded.ok()) {
        SyncResult result;
        result.error = QCoreApplication::translate("payops::PlaybookRepository", "The shipped playbooks are invalid: %1")
                           .arg(loaded.errors.join(QStringLiteral("; ")));
        qCCritical(lcPlaybooks).noquote() << result.error;
        return result;
    }
    return syncShipped(loaded.playbooks);
}

std::optional<QString> PlaybookRepository::save(const Playbook &playbook)
{
    const PlaybookLoader::Result checked = m_loader.loadPlaybook(PlaybookLoader::toJson(playbook));
    if (!checked.ok())
        return checked.errors.join(QStringLiteral("; "));
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO playbooks (id, revision, article_id, title_en, title_zh_cn, position, origin, document, updated_ms)"
        " VALUES (?, ?, ?, ?, ?, COALESCE((SELECT MAX(position) + 1 FROM playbooks), 0), 'user', ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET revision = excluded.revision, article_id = excluded.article_id,"
        " title_en = excluded.title_en, title_zh_cn = excluded.title_zh_cn, origin = 'user',"
        " document = excluded.document, updated_ms = excluded.updated_ms"));
    query.addBindValue(playbook.id);
    query.addBindValue(playbook.revision);
    query.addBindValue(playbook.article);
    query.addBindValue(playbook.title.en);
    query.addBindValue(playbook.title.zhCN);
    query.addBindValue(QString::fromUtf8(QJsonDocument(PlaybookLoader::toJson(playbook)).toJson(QJsonDocument::Compact)));
    query.addBindValue(m_clock());
    if (!query.exec()) {
        const QString error = QCoreApplication::translate("payops::PlaybookRepository", "Cannot save the playbook \"%1\": %2")
                                  .arg(playbook.id, errorText(query));
        qCWarning(lcPlaybooks).noquote() << error;
        return error;
    }
    return std::nullopt;
}

} // namespace payops
