#pragma once

#include <QString>

#include <optional>

namespace payops {

class Database;

// Get and set rows of the `settings` table (key -> text value), on the calling thread's own
// connection, so one store may be used from any thread. Values are plain text; callers encode.
class SettingsStore final
{
public:
    explicit SettingsStore(Database &database);

    // The value of `key`; std::nullopt when there is none (or it could not be read — logged).
    [[nodiscard]] std::optional<QString> value(const QString &key) const;
    [[nodiscard]] QString value(const QString &key, const QString &fallback) const;
    // Inserts or replaces. Returns an error text, or std::nullopt on success.
    [[nodiscard]] std::optional<QString> setValue(const QString &key, const QString &value);
    // Deletes `key` (nothing to do if absent). Returns an error text, or std::nullopt on success.
    [[nodiscard]] std::optional<QString> remove(const QString &key);

private:
    Database &m_database;
};

} // namespace payops
