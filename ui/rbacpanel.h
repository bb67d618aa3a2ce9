#pragma once

#include "arm/rbactypes.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace ie {
class AuditLog;
}
namespace ie::arm {
class RoleAssignmentClient;
}
namespace ie::catalog {
class Catalog;
}
namespace ie::graph {
class GrantPlan;
struct PlannedChange;
}
namespace ie::models {
class RoleAssignmentModel;
struct HeldChange;
}

namespace ie::ui {

// Azure RBAC of the selected identity: its role assignments across the readable subscriptions
// (inherited ones marked at the scope being viewed), a scope picker loaded level by level, a role
// picker with descriptions, key actions and tier flags, a reviewed create with the deterministic
// name (waiting visibly while Azure does not know a new identity yet), and removal after
// confirmation.
class RbacPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacPanel)
public:
    RbacPanel(ie::arm::RoleAssignmentClient *client, ie::catalog::Catalog *catalog,
              ie::AuditLog *audit, QWidget *parent = nullptr);
    ~RbacPanel() override;

    ie::models::RoleAssignmentModel *model() const { return m_model; }
    bool isBusy() const { return m_busy > 0; }
    // Selects (loading the levels on the way) the scope with this ARM id; false when the picker
    // has not loaded it yet.
    bool selectScope(const QString &scope);
    bool selectRole(const QString &roleName);
    QString selectedScope() const;
    // "Grant to…" from the lookup: makes the role with this GUID the current one, now or as soon
    // as the role list is read (for the first subscription when no scope is picked yet).
    void preselectRole(const QString &roleDefinitionGuid);
    QString currentRoleGuid() const;

public Q_SLOTS:
    void setIdentity(const QString &objectId, const QString &displayName);
    void setSignedIn(const QString &principal, const QString &tenantId);
    void refresh();
    void reviewCreate();
    void reviewRemove();

Q_SIGNALS:
    void changed();
    // An assignment was made or removed: what the identity holds changed (the details follow).
    void heldChanged(const ie::models::HeldChange &change);

private:
    void loadChildren(QTreeWidgetItem *parent);
    void scopeChanged();
    void loadRoles(const QString &scope);
    void fillRoles();
    void showRoleInfo();
    void runCreate(const ie::graph::GrantPlan &plan);
    void runRemove(const ie::graph::GrantPlan &plan);
    // Appends the record of `change` having run (its identity, a tier-0 confirmation).
    void audit(const QString &action, const ie::graph::PlannedChange &change,
               const QString &result, const QString &requestId);
    // `step` 0: only brings the actions up to date.
    void followChange(const ie::models::HeldChange &change);
    void showLag();
    void setBusy(bool busy, int step = 1);
    // The scope's name as the picker shows it (its last id segment when not loaded).
    QString scopeName(const QString &scope) const;
    // Why assigning the picked role at the picked scope adds nothing: the identity holds it
    // above (empty otherwise).
    QString inheritedNote() const;
    // The picked role and held rows belong to one identity and one plan: dropped when the
    // identity changes and after a plan ran.
    void clearPick();

    QPointer<ie::arm::RoleAssignmentClient> m_client;
    QPointer<ie::catalog::Catalog> m_catalog;
    QPointer<ie::AuditLog> m_audit;
    ie::models::RoleAssignmentModel *m_model;
    QList<ie::arm::RoleDefinition> m_roleDefs;
    QString m_rolesScope; // the subscription the role list was read for
    QString m_pendingRole; // a preselected role GUID not in the list yet
    QString m_principalId;
    QString m_principalName;
    QString m_signedIn;
    QString m_tenantId;
    int m_busy = 0;

    QLabel *m_title;
    QGroupBox *m_heldBox;
    int m_lagAttempt = 0; // waits used up while the list lags a change
    QTableView *m_held;
    QPushButton *m_refresh;
    QPushButton *m_remove;
    QLineEdit *m_scopeFilter;
    QTreeWidget *m_scopes;
    QLineEdit *m_roleFilter;
    QListWidget *m_roles;
    QLabel *m_roleInfo;
    QPushButton *m_create;
    QLabel *m_countdown;
    QLabel *m_result;
    QLabel *m_notice;
};

} // namespace ie::ui
