#include "models/catalogmodel.h"

using namespace Qt::StringLiterals;
using namespace ie::catalog;

namespace ie::models {

namespace {
// Internal ids: 0 for group rows; group index + 1 for hit rows (their parent's row).
constexpr quintptr GroupId = 0;
} // namespace

CatalogSearchModel::CatalogSearchModel(Catalog *catalog, QObject *parent)
    : QAbstractItemModel(parent), m_catalog(catalog)
{
    if (m_catalog)
        connect(m_catalog, &Catalog::changed, this, &CatalogSearchModel::refresh);
}

CatalogSearchModel::~CatalogSearchModel() = default;

void CatalogSearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void CatalogSearchModel::setLimit(int limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    refresh();
}

void CatalogSearchModel::refresh()
{
    beginResetModel();
    m_groups.clear();
    m_best = nullptr;
    m_hitCount = 0;
    if (m_catalog) {
        const QList<Hit> hits = m_catalog->search(m_query, {std::nullopt, m_limit});
        m_hitCount = int(hits.size());
        m_best = hits.isEmpty() ? nullptr : hits.first().entry;
        // Groups in the order of their best hit: the exact match leads ("Reader" the Azure role
        // before the app roles whose names only contain the word), kinds breaking ties.
        QList<Hit> byKind[KindCount];
        QList<int> order;
        for (const Hit &h : hits) {
            const int k = int(h.entry->kind);
            if (byKind[k].isEmpty())
                order.append(k);
            byKind[k].append(h);
        }
        for (const int k : std::as_const(order))
            m_groups.append({Kind(k), std::move(byKind[k])});
    }
    endResetModel();
    Q_EMIT searched(m_hitCount);
}

EntryPtr CatalogSearchModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId)
        return nullptr;
    const auto g = qsizetype(index.internalId() - 1);
    if (g >= m_groups.size() || index.row() >= m_groups[g].hits.size())
        return nullptr;
    return m_groups[g].hits[index.row()].entry;
}

QModelIndex CatalogSearchModel::indexOf(const EntryPtr &e, int column) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        for (qsizetype r = 0; r < m_groups[g].hits.size(); ++r) {
            if (m_groups[g].hits[r].entry == e)
                return createIndex(int(r), column, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex CatalogSearchModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.column() != 0)
        return {};
    const int g = parent.row();
    if (g >= m_groups.size() || row >= m_groups[g].hits.size())
        return {};
    return createIndex(row, column, quintptr(g + 1));
}

QModelIndex CatalogSearchModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int CatalogSearchModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != GroupId || parent.column() != 0)
        return 0;
    return parent.row() < m_groups.size() ? int(m_groups[parent.row()].hits.size()) : 0;
}

int CatalogSearchModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CatalogSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId) {
        if (index.row() >= m_groups.size())
            return {};
        const Group &g = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                //: A group of lookup results: kind and number of results
                return tr("%1 (%2)").arg(kindTitle(g.kind)).arg(g.hits.size());
            return {};
        case KindRole:
            return int(g.kind);
        case KindKeyRole:
            return kindKey(g.kind);
        case IsGroupRole:
            return true;
        default:
            return {};
        }
    }
    const EntryPtr e = entry(index);
    if (!e)
        return {};
    const Hit &hit = m_groups[qsizetype(index.internalId() - 1)].hits[index.row()];
    if (role == Qt::ToolTipRole && index.column() == NameColumn && e->origin == Origin::Live)
        //: Tooltip of a lookup result from the signed-in tenant's data: name, tenant id
        return tr("%1\nLive from tenant %2")
                .arg(data(index, Qt::DisplayRole).toString(), e->tenantId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: {
            QString name = e->value.isEmpty() ? e->displayName : e->value;
            if (e->liveState == LiveState::New)
                //: Marks a catalog entry the tenant has and the bundled data does not
                name += tr(" (new)");
            else if (e->liveState == LiveState::Gone)
                //: Marks a bundled catalog entry the tenant no longer has
                name += tr(" (gone)");
            return name;
        }
        case IdColumn:
            return e->id;
        case DescriptionColumn:
            return e->description.isEmpty() ? e->displayName : e->description;
        case ResourceColumn:
            return e->resourceName;
        }
        return {};
    case KindRole:
        return int(e->kind);
    case KindKeyRole:
        return kindKey(e->kind);
    case IdRole:
        return e->id;
    case ValueRole:
        return e->value;
    case DisplayNameRole:
        return e->displayName;
    case ResourceAppIdRole:
        return e->resourceAppId;
    case RankRole:
        return int(hit.rank);
    case TierRole:
        return int(e->tier);
    case TwinIdRole:
        return e->twinId;
    case IsGroupRole:
        return false;
    case LiveStateRole:
        return int(e->liveState);
    default:
        return {};
    }
}

QVariant CatalogSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("GUID");
    case DescriptionColumn:
        return tr("Description");
    case ResourceColumn:
        //: The API (resource application) a permission belongs to
        return tr("Resource API");
    }
    return {};
}

Qt::ItemFlags CatalogSearchModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CatalogSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KindKeyRole, "kindKey");
    names.insert(IdRole, "id");
    names.insert(ValueRole, "value");
    names.insert(DisplayNameRole, "displayName");
    names.insert(ResourceAppIdRole, "resourceAppId");
    names.insert(RankRole, "rank");
    names.insert(TierRole, "tier");
    names.insert(TwinIdRole, "twinId");
    names.insert(IsGroupRole, "isGroup");
    names.insert(LiveStateRole, "liveState");
    return names;
}

} // namespace ie::models
