#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace payops {

// Search as you type over a ContactTableModel: every word of the search must occur in the row's
// SearchTextRole (name in both scripts, role and service in both languages, numbers, addresses).
// A word that looks like a number ("123-456", "(123) 456") also matches by its digits only.
// Sorting is locale-aware on SortRole (numbers sort as numbers).
class ContactSearchProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactSearchProxyModel)

public:
    explicit ContactSearchProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_text; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace payops
