#pragma once

#include "grantpanel.h"
#include "permissions/permissionkind.h"

#include <QPointer>

class QLineEdit;
class QListWidget;

namespace ie::models {
class HeldPermissionModel;
}
namespace ie::permissions {
class DirectoryRoleKind;
}

namespace ie::ui {

// Microsoft Entra directory roles of the selected identity, in the grant panel shape: the roles
// it holds (active, and eligible where the tenant has PIM; a missing licence or permission is
// said under the list), the built-in roles with tier marks and descriptions, a reviewed
// tenant-wide assignment (tier-0 roles such as Global Administrator or Privileged Role
// Administrator need the second confirmation), and removal after confirmation.
class DirectoryRolesPanel : public GrantPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryRolesPanel)
public:
    DirectoryRolesPanel(ie::permissions::DirectoryRoleKind *kind, ie::catalog::Catalog *catalog,
                        ie::AuditLog *audit, QWidget *parent = nullptr);
    ~DirectoryRolesPanel() override;

    ie::models::HeldPermissionModel *heldModel() const { return m_model; }
    // Makes the role with this display name current; false when it is not listed.
    bool selectRole(const QString &displayName);
    // "Grant to…" from the lookup: the role with this template id, now or once the list is in.
    void preselectRole(const QString &templateId);
    QString currentRoleId() const;

public Q_SLOTS:
    void reviewAssign();
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
    void loadRoles();
    void fillRoles();
    void showRoleInfo();
    const ie::permissions::Grantable *grantable(const QString &id) const;

    QPointer<ie::permissions::DirectoryRoleKind> m_kind;
    ie::models::HeldPermissionModel *m_model;
    QList<ie::permissions::Grantable> m_roles;
    bool m_rolesLoading = false;
    QString m_pendingRole;

    QLabel *m_notes;
    QLineEdit *m_roleFilter;
    QListWidget *m_roleList;
    QLabel *m_roleInfo;
};

} // namespace ie::ui
