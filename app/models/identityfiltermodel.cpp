#include "models/identityfiltermodel.h"

#include "models/identitytreemodel.h"

namespace ie::models {

IdentityFilterModel::IdentityFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void IdentityFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool IdentityFilterModel::matches(const QString &searchText, const QStringList &words)
{
    for (const QString &w : words) {
        if (!searchText.contains(w))
            return false;
    }
    return true;
}

bool IdentityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(IdentityTreeModel::IsGroupRole).toBool())
        return m_words.isEmpty(); // with a filter, a group shows only through its matches
    if (m_words.isEmpty())
        return true;
    const auto *model = static_cast<const IdentityTreeModel *>(sourceModel());
    const Identity *identity = model->identity(i);
    return identity && matches(identity->search, m_words);
}

} // namespace ie::models
