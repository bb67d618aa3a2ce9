#include "models/identityfiltermodel.h"

#include "models/identitytreemodel.h"

#include <cstring>

namespace ie::models {

IdentityFilterModel::IdentityFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void IdentityFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        sourceModel()->disconnect(this);
    m_accept.clear();
    // Connected before the proxy's own handlers, so that the cache is right when it asks.
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &IdentityFilterModel::refresh);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { m_accept.clear(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

const IdentityTreeModel *IdentityFilterModel::tree() const
{
    return static_cast<const IdentityTreeModel *>(sourceModel());
}

void IdentityFilterModel::refresh(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const IdentityTreeModel *m = tree();
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int i = m->identityIndex(m->index(r, 0, topLeft.parent()));
        if (i >= 0 && size_t(i) < m_accept.size())
            m_accept[size_t(i)] = matches(m->identityAt(i).search, m_needles);
    }
}

void IdentityFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    // Narrowing: every old word lies within a new one, so only old matches can match.
    bool narrowing = !m_words.isEmpty();
    for (const QString &old : std::as_const(m_words)) {
        bool within = false;
        for (const QString &w : words)
            within = within || w.contains(old);
        narrowing = narrowing && within;
    }
    m_words = words;
    m_needles.clear();
    for (const QString &w : words)
        m_needles.append(w.toUtf8());
    const IdentityTreeModel *m = tree();
    const size_t n = m ? size_t(m->identityCount()) : 0;
    const size_t known = narrowing ? std::min(n, m_accept.size()) : 0;
    m_accept.resize(n);
    for (size_t i = 0; i < known; ++i) {
        if (m_accept[i])
            m_accept[i] = matches(m->identityAt(int(i)).search, m_needles);
    }
    for (size_t i = known; i < n; ++i)
        m_accept[i] = matches(m->identityAt(int(i)).search, m_needles);
    // A fresh mapping built in one pass per group: much cheaper for 100,000 rows than
    // invalidateFilter(), which signals every run of rows that comes or goes.
    invalidate();
}

bool IdentityFilterModel::matches(const QByteArray &searchText, const QList<QByteArray> &words)
{
    for (const QByteArray &w : words) {
        if (!::memmem(searchText.constData(), size_t(searchText.size()), w.constData(),
                      size_t(w.size())))
            return false;
    }
    return true;
}

bool IdentityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const IdentityTreeModel *m = tree();
    const int i = m->identityIndex(m->index(sourceRow, 0, sourceParent));
    if (i < 0)
        return false; // a group shows only through its matches (recursive filtering)
    if (size_t(i) < m_accept.size())
        return m_accept[size_t(i)];
    return matches(m->identityAt(i).search, m_needles);
}

} // namespace ie::models
