#pragma once

#include "models/incidents/playbook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace payops {

// Reads playbooks from their JSON format (resources/playbooks/playbooks.json, documented in
// resources/playbooks/README.md) and validates every field. Nothing is accepted half-way: a
// document with any error yields no playbooks and one error line per problem, each naming the
// playbook, cause and check it is about, e.g.
//   playbook "transaction-failure", cause "network", check "gateway-tcp": bad port 70000 (...)
class PlaybookLoader final
{
    Q_DECLARE_TR_FUNCTIONS(payops::PlaybookLoader)

public:
    // What references are checked against. An empty list means "not checked".
    struct Context
    {
        QStringList knownServices; // besides "affected"
        QStringList knownArticles;
    };

    struct Result
    {
        QList<Playbook> playbooks;
        QStringList errors; // translated, one per problem

        [[nodiscard]] bool ok() const { return errors.isEmpty(); }
    };

    static constexpr int FormatVersion = 1;

    explicit PlaybookLoader(Context context = {});

    // A whole document: {"format": 1, "playbooks": [...]}.
    [[nodiscard]] Result load(const QByteArray &json) const;
    [[nodiscard]] Result loadFile(const QString &path) const;
    // One playbook object (as PlaybookRepository stores it).
    [[nodiscard]] Result loadPlaybook(const QJsonObject &object) const;

    [[nodiscard]] static QJsonObject toJson(const Playbook &playbook);
    [[nodiscard]] static QByteArray toDocument(const QList<Playbook> &playbooks);

    // The playbooks shipped with the console, as a Qt resource.
    [[nodiscard]] static QString defaultsPath();

private:
    Context m_context;
};

} // namespace payops
