#include "models/needmodel.h"

#include "catalog/catalog.h"

#include <QRegularExpression>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace ie::catalog;

namespace ie::models {

NeedModel::NeedModel(Catalog *catalog, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog),
      m_handover(std::make_shared<WorkerHandover<NeedModel>>(this))
{
    if (m_catalog)
        connect(m_catalog, &Catalog::changed, this, &NeedModel::rebuildIndex);
    rebuildIndex();
}

NeedModel::~NeedModel()
{
    m_handover->detach();
}

void NeedModel::rebuildIndex()
{
    if (!m_catalog || !m_catalog->isLoaded())
        return;
    // The entries are immutable and shared: the worker reads its own copy of the list.
    const quint64 generation = ++m_generation;
    m_handover->setGeneration(generation);
    QThreadPool::globalInstance()->start(
            [handover = m_handover, entries = m_catalog->entries(), generation] {
                if (handover->stale(generation))
                    return;
                auto index = std::make_shared<const ActionIndex>(entries);
                handover->post([index, generation](NeedModel *self) {
                    if (self->m_generation != generation)
                        return; // overtaken by another change of the catalog
                    const bool wasReady = self->isReady();
                    self->m_index = index;
                    self->refresh();
                    if (!wasReady)
                        Q_EMIT self->readyChanged(true);
                });
            });
}

QList<ActionQuery> NeedModel::parseQueries(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QList<ActionQuery> out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        out.append(ActionQuery::parse(part));
    return out;
}

void NeedModel::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    m_query = text;
    refresh();
}

void NeedModel::refresh()
{
    beginResetModel();
    m_result = {};
    m_rows.clear();
    if (m_index) {
        const QList<ActionQuery> queries = parseQueries(m_query);
        if (!queries.isEmpty()) {
            m_result = m_index->cover(queries);
            if (queries.size() == 1) {
                // One operation: every role that grants it (none for an unknown one: Owner's
                // "*" would match any half-typed word).
                const ActionResolution &r = m_result.actions.first();
                if (r.status == ActionStatus::Resolved)
                    m_rows = r.roles;
            } else {
                m_rows = m_result.covering;
            }
        }
    }
    endResetModel();
    Q_EMIT resolved();
}

EntryPtr NeedModel::role(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).role : nullptr;
}

int NeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NeedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoleGrant &g = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoleColumn:
            return g.conditional ? tr("%1 (under an ABAC condition)").arg(g.role->value)
                                 : g.role->value;
        case OperationsColumn:
            return g.operations;
        case TierColumn:
            return g.role->tier == Tier::Untiered ? QString() : tierTitle(g.role->tier);
        case MatchedByColumn:
            return g.matchedBy;
        case IdColumn:
            return g.role->id;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RoleColumn)
            return g.role->description;
        if (index.column() == OperationsColumn)
            return tr("Grants %n of the known operations in all.", nullptr, g.operations);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OperationsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RoleIdRole:
        return g.role->id;
    case RoleNameRole:
        return g.role->value;
    case OperationsRole:
        return g.operations;
    case TierRole:
        return int(g.role->tier);
    case ConditionalRole:
        return g.conditional;
    case MatchedByRole:
        return g.matchedBy;
    }
    return {};
}

QVariant NeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoleColumn:
        //: An Azure RBAC role, not a Graph app role
        return tr("Azure role");
    case OperationsColumn:
        //: Column: how many operations a role grants in all
        return tr("Operations");
    case TierColumn:
        return tr("Tier");
    case MatchedByColumn:
        //: Column: the role's action pattern that grants the operation
        return tr("Granted by");
    case IdColumn:
        return tr("GUID");
    }
    return {};
}

QHash<int, QByteArray> NeedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RoleIdRole, "roleId");
    names.insert(RoleNameRole, "roleName");
    names.insert(OperationsRole, "operations");
    names.insert(TierRole, "tier");
    names.insert(ConditionalRole, "conditional");
    names.insert(MatchedByRole, "matchedBy");
    return names;
}

} // namespace ie::models
