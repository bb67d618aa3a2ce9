#pragma once

#include "models/heldchange.h"
#include "permissions/heldpermission.h"

#include <QAbstractTableModel>

namespace ie::models {

// What an identity holds of one kind (or of every kind), one row per grant, from the permissions
// layer's value type: role, where it applies, how it is held (active, eligible; direct,
// inherited, through a group), tier, since when, assignment id. For the grant panel of kinds
// without a model of their own (directory roles) and for the card.
class HeldPermissionModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeldPermissionModel)
public:
    enum Column { Role, Scope, How, Tier, Since, AssignmentId, ColumnCount };
    Q_ENUM(Column)
    enum DataRole {
        AssignmentIdRole = Qt::UserRole + 1, // QString
        RoleIdRole, // QString
        TierRole, // int (catalog::Tier)
        EligibleRole, // bool
    };
    Q_ENUM(DataRole)

    explicit HeldPermissionModel(QObject *parent = nullptr);
    ~HeldPermissionModel() override;

    void setPermissions(const QList<ie::permissions::HeldPermission> &items);
    void clear();
    const ie::permissions::HeldPermission &permission(int row) const { return m_rows.at(row); }
    // Whether an active grant of `roleId` is listed.
    bool holds(const QString &roleId) const;
    // The change a plan just made: until a list shows it, lags() says the list is behind.
    void expect(const QSet<QString> &added, const QSet<QString> &removed);
    bool lags() const { return m_lags; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Active, direct", "Eligible (PIM)", "Inherited from …", "Through group …".
    static QString howText(const ie::permissions::HeldPermission &p);

private:
    QList<ie::permissions::HeldPermission> m_rows;
    HeldExpectation m_expected;
    bool m_lags = false;
};

} // namespace ie::models
