#include "models/heldapprolemodel.h"

#include "catalog/catalog.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ie::models {

HeldAppRoleModel::HeldAppRoleModel(ie::catalog::Catalog *catalog, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{ }

void HeldAppRoleModel::setAssignments(const QList<ie::graph::AppRoleAssignment> &assignments,
                                      const QHash<QString, ie::graph::ResourceApi> &resources)
{
    beginResetModel();
    m_rows.clear();
    for (const ie::graph::AppRoleAssignment &a : assignments) {
        Row r{a, {}, {}, ie::catalog::Tier::Untiered};
        const auto it = resources.constFind(a.resourceId);
        QString appId;
        if (it != resources.constEnd()) {
            appId = it->appId;
            if (const ie::graph::AppRole *role = it->role(a.appRoleId)) {
                r.value = role->value;
                r.description = role->description;
            }
        }
        if (m_catalog && !appId.isEmpty()) {
            if (const ie::catalog::EntryPtr e = m_catalog->appRole(appId, a.appRoleId)) {
                if (r.value.isEmpty())
                    r.value = e->value;
                if (r.description.isEmpty())
                    r.description = e->description;
            }
            r.tier = m_catalog->tierFor(ie::catalog::Kind::AppRole, appId, a.appRoleId);
        }
        if (r.value.isEmpty())
            r.value = a.appRoleId;
        m_rows.append(r);
    }
    QStringList ids;
    for (const Row &r : std::as_const(m_rows))
        ids << r.a.id;
    m_lags = !m_expected.metBy(ids);
    endResetModel();
}

void HeldAppRoleModel::expect(const QSet<QString> &added, const QSet<QString> &removed)
{
    m_expected.expect(added, removed);
}

void HeldAppRoleModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_expected.clear();
    m_lags = false;
    endResetModel();
}

bool HeldAppRoleModel::holds(const QString &resourceId, const QString &appRoleId) const
{
    for (const Row &r : m_rows) {
        if (r.a.resourceId.compare(resourceId, Qt::CaseInsensitive) == 0
            && r.a.appRoleId.compare(appRoleId, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int HeldAppRoleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeldAppRoleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeldAppRoleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Resource:
            return r.a.resourceDisplayName;
        case Role:
            return r.value;
        case Description:
            return r.description;
        case Tier:
            return r.tier == ie::catalog::Tier::Untiered ? QString()
                                                         : ie::catalog::tierTitle(r.tier);
        case Granted: {
            const QDateTime t = QDateTime::fromString(r.a.createdDateTime, Qt::ISODateWithMs);
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                               : r.a.createdDateTime;
        }
        case AssignmentId:
            return r.a.id;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == Description || index.column() == Role ? r.description : QVariant();
    case AssignmentIdRole:
        return r.a.id;
    case AppRoleIdRole:
        return r.a.appRoleId;
    case ResourceIdRole:
        return r.a.resourceId;
    case TierRole:
        return int(r.tier);
    case ValueRole:
        return r.value;
    default:
        break;
    }
    return {};
}

QVariant HeldAppRoleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Resource:
        return tr("Resource API");
    case Role:
        //: Column header: a Graph app role (application permission)
        return tr("App role");
    case Description:
        return tr("Description");
    case Tier:
        return tr("Tier");
    case Granted:
        return tr("Granted");
    case AssignmentId:
        return tr("Assignment id");
    }
    return {};
}

} // namespace ie::models
