#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace payops {

// One forward-only step of the schema. Database applies it inside its own transaction, after
// which `PRAGMA user_version` equals `version`. Versions of a list run 1, 2, 3, ... without gaps.
//
// `statements` run first, one SQL statement per entry (the SQLite driver runs exactly one
// statement per exec; a CREATE TRIGGER ... BEGIN ...; END counts as one). Then `apply`, if set,
// runs on the same connection inside the same transaction, for steps that need code (copying
// data, reading rows); it returns an error text, or std::nullopt on success.
// A step never opens, commits or rolls back a transaction itself, and never changes user_version.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    std::function<std::optional<QString>(QSqlDatabase &)> apply;
};

} // namespace payops
