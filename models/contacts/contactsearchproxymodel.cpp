#include "models/contacts/contactsearchproxymodel.h"

#include "models/contacts/contacttablemodel.h"

#include <QRegularExpression>

namespace payops {

ContactSearchProxyModel::ContactSearchProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContactTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ContactSearchProxyModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words.clear();
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9+()\\-]*[0-9][0-9+()\\-]*$"));
    for (const QString &word : text.toCaseFolded().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (phoneLike.match(word).hasMatch()) {
            QString digits;
            for (const QChar c : word) {
                if (c.isDigit())
                    digits.append(c);
            }
            m_words.append(digits);
        } else {
            m_words.append(word);
        }
    }
    invalidateFilter();
}

bool ContactSearchProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack = sourceModel()->index(sourceRow, 0, sourceParent).data(ContactTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace payops
