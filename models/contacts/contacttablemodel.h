#pragma once

#include "models/contacts/contactentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace payops {

class ContactDirectory;

// The contact directory as a table, one row per assignment, kept up to date from the directory's
// signals (row inserts, changes and removals; a reset after an import). Sort and search through
// ContactSearchProxyModel: SortRole gives numbers as numbers, SearchTextRole every word a row can
// be found by, in both languages.
class ContactTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactTableModel)

public:
    enum Column { NameColumn, RoleColumn, ServiceColumn, OrderColumn, PhoneColumn, EmailColumn, ChatColumn, ColumnCount };

    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64 assignment id
        PersonIdRole,
        SearchTextRole,                 // case-folded words and digits a search matches against
        SortRole,
        ContactRoleKeyRole,             // "service_manager"
    };

    explicit ContactTableModel(ContactDirectory &directory, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] ContactEntry entryAt(int row) const;
    [[nodiscard]] int rowOf(qint64 id) const;
    // The last error reading the directory (empty when fine), for a status line.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    // Reads the whole directory again.
    void reload();

    [[nodiscard]] static QString searchText(const ContactEntry &entry);

private:
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);

    ContactDirectory &m_directory;
    QList<ContactEntry> m_entries;
    QList<QString> m_searchTexts;
    QString m_lastError;
};

} // namespace payops
