#pragma once

#include "catalog/catalogentry.h"
#include "graph/approletypes.h"
#include "models/heldchange.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace ie::catalog {
class Catalog;
}

namespace ie::models {

// The app roles an identity holds, one row per appRoleAssignment: resource API, role value,
// description (from the resource's own app roles, else the catalog), tier, when, assignment id.
class HeldAppRoleModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeldAppRoleModel)
public:
    enum Column { Resource, Role, Description, Tier, Granted, AssignmentId, ColumnCount };
    Q_ENUM(Column)
    enum DataRole {
        AssignmentIdRole = Qt::UserRole + 1, // QString
        AppRoleIdRole, // QString
        ResourceIdRole, // QString
        TierRole, // int (catalog::Tier)
        ValueRole, // QString: the role's value
    };
    Q_ENUM(DataRole)

    explicit HeldAppRoleModel(ie::catalog::Catalog *catalog = nullptr, QObject *parent = nullptr);

    // `resources` by object id: names the roles; without it, the catalog does where it can.
    void setAssignments(const QList<ie::graph::AppRoleAssignment> &assignments,
                        const QHash<QString, ie::graph::ResourceApi> &resources);
    void clear();
    // The change a grant or revoke just made: until a list shows it, lags() says the list is
    // behind (Entra has not replicated it yet), not the current state.
    void expect(const QSet<QString> &added, const QSet<QString> &removed);
    bool lags() const { return m_lags; }
    const ie::graph::AppRoleAssignment &assignment(int row) const { return m_rows.at(row).a; }
    // Whether the identity holds `appRoleId` on `resourceId`.
    bool holds(const QString &resourceId, const QString &appRoleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ie::graph::AppRoleAssignment a;
        QString value;
        QString description;
        ie::catalog::Tier tier = ie::catalog::Tier::Untiered;
    };
    QPointer<ie::catalog::Catalog> m_catalog;
    QList<Row> m_rows;
    HeldExpectation m_expected;
    bool m_lags = false;
};

} // namespace ie::models
