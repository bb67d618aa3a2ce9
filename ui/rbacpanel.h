#pragma once

#include "arm/rbactypes.h"
#include "grantpanel.h"

#include <QHash>
#include <QPointer>

class QLineEdit;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ie::arm {
class RoleAssignmentClient;
}
namespace ie::models {
class RoleAssignmentModel;
}
namespace ie::permissions {
class AzureRoleKind;
}

namespace ie::ui {

// Azure RBAC of the selected identity, in the grant panel shape: its role assignments across the
// readable subscriptions (inherited ones marked at the scope being viewed), a scope picker loaded
// level by level, a role picker with descriptions, key actions and tier flags, a reviewed create
// with the deterministic name (waiting visibly while Azure does not know a new identity yet), and
// removal after confirmation.
class RbacPanel : public GrantPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacPanel)
public:
    RbacPanel(ie::permissions::AzureRoleKind *kind, ie::catalog::Catalog *catalog,
              ie::AuditLog *audit, QWidget *parent = nullptr);
    ~RbacPanel() override;

    ie::models::RoleAssignmentModel *model() const { return m_model; }
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
    void reviewCreate();
    void reviewRemove();

protected:
    ie::graph::GrantPlan newPlan() const override;
    void readHeld(const QString &principalId) override;
    void expectChange(const ie::models::HeldChange &change) override;
    void addToChange(ie::models::HeldChange &change,
                     const ie::permissions::ChangeOutcome &outcome) const override;
    QString changeLabel(const ie::graph::PlannedChange &change) const override;
    void clearPick() override;
    void identityChanged() override;
    QString waitingText(qint64 delayMs) const override;

private:
    void loadChildren(QTreeWidgetItem *parent);
    void scopeChanged();
    void loadRoles(const QString &scope);
    void fillRoles();
    void showRoleInfo();
    // The scope's name as the picker shows it (its last id segment when not loaded).
    QString scopeName(const QString &scope) const;
    // Why assigning the picked role at the picked scope adds nothing: the identity holds it
    // above (empty otherwise).
    QString inheritedNote() const;

    QPointer<ie::permissions::AzureRoleKind> m_kind;
    QPointer<ie::arm::RoleAssignmentClient> m_client;
    ie::models::RoleAssignmentModel *m_model;
    QList<ie::arm::RoleDefinition> m_roleDefs;
    QString m_rolesScope; // the subscription the role list was read for
    QString m_pendingRole; // a preselected role GUID not in the list yet

    QLineEdit *m_scopeFilter;
    QTreeWidget *m_scopes;
    QLineEdit *m_roleFilter;
    QListWidget *m_roles;
    QLabel *m_roleInfo;
};

} // namespace ie::ui
