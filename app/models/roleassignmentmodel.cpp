#include "models/roleassignmentmodel.h"

#include "catalog/catalog.h"

using namespace Qt::StringLiterals;

namespace ie::models {

RoleAssignmentModel::RoleAssignmentModel(ie::catalog::Catalog *catalog, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{ }

void RoleAssignmentModel::setAssignments(const QList<ie::arm::RoleAssignment> &assignments,
                                         const QHash<QString, QString> &names)
{
    beginResetModel();
    m_rows.clear();
    for (const ie::arm::RoleAssignment &a : assignments) {
        Row r{a, names.value(a.roleDefinitionName), ie::catalog::Tier::Untiered};
        if (m_catalog) {
            if (r.name.isEmpty()) {
                if (const ie::catalog::EntryPtr e = m_catalog->azureRole(a.roleDefinitionName))
                    r.name = e->value;
            }
            r.tier = m_catalog->tierFor(ie::catalog::Kind::AzureRole, {}, a.roleDefinitionName);
        }
        if (r.name.isEmpty())
            r.name = a.roleDefinitionName;
        m_rows.append(r);
    }
    QStringList ids;
    for (const Row &r : std::as_const(m_rows))
        ids << r.a.id;
    m_lags = !m_expected.metBy(ids);
    endResetModel();
}

void RoleAssignmentModel::setViewedScope(const QString &scope)
{
    if (scope == m_viewed)
        return;
    m_viewed = scope;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Inherited), index(int(m_rows.size()) - 1, Inherited));
}

void RoleAssignmentModel::setHierarchy(const ie::arm::ScopeHierarchy &hierarchy)
{
    m_hierarchy = hierarchy;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Inherited), index(int(m_rows.size()) - 1, Inherited));
}

void RoleAssignmentModel::expect(const QSet<QString> &added, const QSet<QString> &removed)
{
    m_expected.expect(added, removed);
}

void RoleAssignmentModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_expected.clear();
    m_lags = false;
    endResetModel();
}

bool RoleAssignmentModel::covers(const QString &ancestor, const QString &scope)
{
    return scope.compare(ancestor, Qt::CaseInsensitive) == 0
            || scope.startsWith(ancestor + u'/', Qt::CaseInsensitive) || ancestor == "/"_L1;
}

QString RoleAssignmentModel::levelTitle(const QString &scope)
{
    if (scope.startsWith("/providers/Microsoft.Management/managementGroups/"_L1,
                         Qt::CaseInsensitive))
        return tr("Management group");
    const int depth = int(scope.count(u'/'));
    if (depth <= 2)
        return tr("Subscription");
    if (depth <= 4)
        return tr("Resource group");
    return tr("Resource");
}

bool RoleAssignmentModel::inherited(const Row &r) const
{
    return !m_viewed.isEmpty() && m_hierarchy.covers(r.a.scope, m_viewed)
            && r.a.scope.compare(m_viewed, Qt::CaseInsensitive) != 0;
}

int RoleAssignmentModel::inheritedAt(const QString &roleGuid, const QString &scope) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const ie::arm::RoleAssignment &a = m_rows.at(i).a;
        if (a.roleDefinitionName.compare(roleGuid, Qt::CaseInsensitive) == 0
            && a.scope.compare(scope, Qt::CaseInsensitive) != 0
            && m_hierarchy.covers(a.scope, scope))
            return i;
    }
    return -1;
}

int RoleAssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoleAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoleName:
            return r.name;
        case Scope:
            return r.a.scope;
        case Level:
            return levelTitle(r.a.scope);
        case Inherited:
            return inherited(r) ? tr("inherited") : QString();
        case Tier:
            return r.tier == ie::catalog::Tier::Untiered ? QString()
                                                         : ie::catalog::tierTitle(r.tier);
        }
        break;
    case AssignmentIdRole:
        return r.a.id;
    case RoleDefinitionRole:
        return r.a.roleDefinitionName;
    case ScopeRole:
        return r.a.scope;
    case InheritedRole:
        return inherited(r);
    case TierRole:
        return int(r.tier);
    default:
        break;
    }
    return {};
}

QVariant RoleAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoleName:
        //: Column header: an Azure RBAC role
        return tr("Azure role");
    case Scope:
        return tr("Scope");
    case Level:
        return tr("Level");
    case Inherited:
        return tr("Inherited");
    case Tier:
        return tr("Tier");
    }
    return {};
}

} // namespace ie::models
