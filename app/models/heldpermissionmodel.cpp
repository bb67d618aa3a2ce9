#include "models/heldpermissionmodel.h"

using namespace Qt::StringLiterals;

namespace ie::models {

using ie::permissions::HeldPermission;
using ie::permissions::Source;

HeldPermissionModel::HeldPermissionModel(QObject *parent) : QAbstractTableModel(parent) { }

HeldPermissionModel::~HeldPermissionModel() = default;

void HeldPermissionModel::setPermissions(const QList<HeldPermission> &items)
{
    beginResetModel();
    m_rows = items;
    endResetModel();
    QStringList ids;
    for (const HeldPermission &p : items)
        ids.append(p.assignmentId.toLower());
    m_lags = !m_expected.metBy(ids);
}

void HeldPermissionModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_expected.clear();
    m_lags = false;
}

bool HeldPermissionModel::holds(const QString &roleId) const
{
    for (const HeldPermission &p : m_rows) {
        if (!p.eligible && p.roleId.compare(roleId, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void HeldPermissionModel::expect(const QSet<QString> &added, const QSet<QString> &removed)
{
    m_expected.expect(added, removed);
}

int HeldPermissionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeldPermissionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString HeldPermissionModel::howText(const HeldPermission &p)
{
    QString how = p.eligible ? tr("Eligible (activate in PIM)") : tr("Active");
    switch (p.source) {
    case Source::Direct:
        break;
    case Source::Inherited:
        how = tr("%1, inherited from %2").arg(how, p.sourceName);
        break;
    case Source::Group:
        how = tr("%1, through the group %2").arg(how, p.sourceName);
        break;
    case Source::Blueprint:
        how = tr("%1, inherited from blueprint %2").arg(how, p.sourceName);
        break;
    case Source::OwnedObject:
        how = tr("Owner");
        break;
    case Source::Owner:
        how = tr("Controls it");
        break;
    }
    return how;
}

QVariant HeldPermissionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HeldPermission &p = m_rows.at(index.row());
    switch (role) {
    case AssignmentIdRole:
        return p.assignmentId;
    case RoleIdRole:
        return p.roleId;
    case TierRole:
        return int(p.tier);
    case EligibleRole:
        return p.eligible;
    case Qt::ToolTipRole:
        return p.roleId;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Role:
        return p.roleName;
    case Scope:
        //: Where a directory role applies: "/" is the whole tenant
        return p.scope == "/"_L1 ? tr("Whole tenant (/)") : p.scope;
    case How:
        return howText(p);
    case Tier:
        return p.tier == ie::catalog::Tier::Untiered ? QString() : ie::catalog::tierTitle(p.tier);
    case Since:
        return p.createdDateTime;
    case AssignmentId:
        return p.assignmentId;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HeldPermissionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Role:
        return tr("Role");
    case Scope:
        return tr("Scope");
    case How:
        return tr("How");
    case Tier:
        return tr("Tier");
    case Since:
        return tr("Since");
    case AssignmentId:
        return tr("Assignment id");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ie::models
