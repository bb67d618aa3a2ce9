#pragma once

#include "arm/rbactypes.h"
#include "arm/scopehierarchy.h"
#include "catalog/catalogentry.h"
#include "models/heldchange.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace ie::catalog {
class Catalog;
}

namespace ie::models {

// An identity's Azure role assignments: role, scope, scope level, whether it is inherited at the
// scope being viewed, tier.
class RoleAssignmentModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleAssignmentModel)
public:
    enum Column { RoleName, Scope, Level, Inherited, Tier, ColumnCount };
    Q_ENUM(Column)
    enum DataRole {
        AssignmentIdRole = Qt::UserRole + 1, // QString: full ARM id
        RoleDefinitionRole, // QString: GUID
        ScopeRole, // QString
        InheritedRole, // bool
        TierRole, // int (catalog::Tier)
    };
    Q_ENUM(DataRole)

    explicit RoleAssignmentModel(ie::catalog::Catalog *catalog = nullptr,
                                 QObject *parent = nullptr);

    // `names`: role definition GUID -> role name (the tenant's custom roles); the catalog names
    // built-in ones.
    void setAssignments(const QList<ie::arm::RoleAssignment> &assignments,
                        const QHash<QString, QString> &names = {});
    void setViewedScope(const QString &scope);
    // Which management groups hold which subscriptions: an assignment at a group is inherited at
    // every subscription (and everything in it) below the group.
    void setHierarchy(const ie::arm::ScopeHierarchy &hierarchy);
    const ie::arm::ScopeHierarchy &hierarchy() const { return m_hierarchy; }
    QString viewedScope() const { return m_viewed; }
    void clear();
    // The change an assignment or removal just made: until a list shows it, lags() says the list
    // is behind (ARM has not replicated it yet), not the current state.
    void expect(const QSet<QString> &added, const QSet<QString> &removed);
    bool lags() const { return m_lags; }
    const ie::arm::RoleAssignment &assignment(int row) const { return m_rows.at(row).a; }
    QString roleNameAt(int row) const { return m_rows.at(row).name; }
    // The row of an assignment of the role `roleGuid` made above `scope` (management groups
    // through the hierarchy), so inherited there; -1 when there is none.
    int inheritedAt(const QString &roleGuid, const QString &scope) const;

    // "Subscription", "Resource group", "Resource", "Management group": translated.
    static QString levelTitle(const QString &scope);
    // `scope` lies at or below `ancestor` (ARM ids compare case-insensitively).
    static bool covers(const QString &ancestor, const QString &scope);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ie::arm::RoleAssignment a;
        QString name;
        ie::catalog::Tier tier = ie::catalog::Tier::Untiered;
    };
    bool inherited(const Row &r) const;

    QPointer<ie::catalog::Catalog> m_catalog;
    QList<Row> m_rows;
    HeldExpectation m_expected;
    bool m_lags = false;
    QString m_viewed;
    ie::arm::ScopeHierarchy m_hierarchy;
};

} // namespace ie::models
