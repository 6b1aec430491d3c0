#include "models/contacts/contacttablemodel.h"

#include "models/contacts/contactdirectory.h"

namespace payops {

ContactTableModel::ContactTableModel(ContactDirectory &directory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{
    connect(&m_directory, &ContactDirectory::entryAdded, this, &ContactTableModel::onAdded);
    connect(&m_directory, &ContactDirectory::entryChanged, this, &ContactTableModel::onChanged);
    connect(&m_directory, &ContactDirectory::entryRemoved, this, &ContactTableModel::onRemoved);
    connect(&m_directory, &ContactDirectory::directoryReset, this, &ContactTableModel::reload);
    reload();
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactEntry &entry = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return entry.id;
    case PersonIdRole:
        return entry.personId;
    case SearchTextRole:
        return m_searchTexts.at(index.row());
    case ContactRoleKeyRole:
        return ContactRoles::key(entry.role);
    case SortRole:
        if (index.column() == OrderColumn)
            return entry.escalationOrder;
        if (index.column() == RoleColumn)
            return int(entry.role);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !entry.nameAlt.isEmpty())
            return entry.nameAlt;
        if (index.column() == ServiceColumn && !entry.service.isEmpty())
            return ContactRoles::serviceSearchAlias(entry.service);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OrderColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return entry.nameAlt.isEmpty() ? entry.name : tr("%1 (%2)").arg(entry.name, entry.nameAlt);
    case RoleColumn:
        return ContactRoles::displayName(entry.role);
    case ServiceColumn:
        return entry.service.isEmpty() ? tr("All services") : entry.service;
    case OrderColumn:
        return entry.escalationOrder;
    case PhoneColumn:
        return entry.values(ContactPoint::Kind::Phone).join(QStringLiteral(", "));
    case EmailColumn:
        return entry.values(ContactPoint::Kind::Email).join(QStringLiteral(", "));
    case ChatColumn:
        return entry.values(ContactPoint::Kind::Chat).join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case ServiceColumn:
        return tr("Service");
    case OrderColumn:
        return tr("Order");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("E-mail");
    case ChatColumn:
        return tr("Chat");
    default:
        return {};
    }
}

ContactEntry ContactTableModel::entryAt(int row) const
{
    return m_entries.value(row);
}

int ContactTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

QString ContactTableModel::searchText(const ContactEntry &entry)
{
    QStringList words{entry.name, entry.nameAlt, entry.organization, entry.service,
                      ContactRoles::serviceSearchAlias(entry.service), entry.notes};
    words.append(ContactRoles::searchTerms(entry.role));
    if (entry.service.isEmpty())
        words.append(tr("All services"));
    for (const ContactPoint &point : entry.points) {
        words.append(point.value);
        if (point.kind == ContactPoint::Kind::Phone) {
            QString digits;
            for (const QChar c : point.value) {
                if (c.isDigit())
                    digits.append(c);
            }
            words.append(digits);
        }
    }
    words.removeAll(QString());
    return words.join(u'\n').toCaseFolded();
}

void ContactTableModel::reload()
{
    beginResetModel();
    const ContactDirectory::ListResult result = m_directory.entries();
    m_lastError = result.error;
    m_entries = result.entries;
    m_searchTexts.clear();
    for (const ContactEntry &entry : std::as_const(m_entries))
        m_searchTexts.append(searchText(entry));
    endResetModel();
}

void ContactTableModel::onAdded(qint64 id)
{
    const std::optional<ContactEntry> entry = m_directory.entry(id);
    if (!entry || rowOf(id) >= 0)
        return;
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(*entry);
    m_searchTexts.append(searchText(*entry));
    endInsertRows();
}

void ContactTableModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const std::optional<ContactEntry> entry = m_directory.entry(id);
    if (!entry) {
        onRemoved(id);
        return;
    }
    m_entries[row] = *entry;
    m_searchTexts[row] = searchText(*entry);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContactTableModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    m_searchTexts.removeAt(row);
    endRemoveRows();
}

} // namespace payops
