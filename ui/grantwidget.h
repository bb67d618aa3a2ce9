#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

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
class AppRoleClient;
}
namespace ie::models {
class AuditModel;
struct HeldChange;
} // namespace ie::models
namespace ie::net {
class HttpClient;
}
namespace ie::permissions {
class AppRoleKind;
class AzureRoleKind;
class DirectoryRoleKind;
class PermissionStore;
struct HeldPermission;
} // namespace ie::permissions

namespace ie::ui {

class AppRolesPanel;
class GrantPanel;
class DirectoryRolesPanel;
class RbacPanel;

// The Grant area: the app-roles panel, the Azure RBAC panel and the audit record (with CSV and
// JSON export), all acting on the identity given to setIdentity().
class GrantWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantWidget)
public:
    GrantWidget(ie::net::HttpClient *client, ie::catalog::Catalog *catalog, ie::AuditLog *audit,
                QWidget *parent = nullptr);
    ~GrantWidget() override;

    AppRolesPanel *appRoles() const { return m_appRoles; }
    QTabWidget *tabs() const { return m_tabs; }
    RbacPanel *rbac() const { return m_rbac; }
    DirectoryRolesPanel *directoryRoles() const { return m_directoryRoles; }
    ie::models::AuditModel *auditModel() const { return m_auditModel; }
    ie::graph::AppRoleClient *appRoleClient() const { return m_roleClient; }
    // What each identity holds, read through the kinds the panels change (one store for the
    // window: the details pane reads it too).
    ie::permissions::PermissionStore *permissionStore() const { return m_store; }
    // Writes the whole audit record to `path` as CSV or JSON; false with `error` set on failure.
    bool exportAudit(const QString &path, bool csv, QString *error = nullptr) const;

public Q_SLOTS:
    void setIdentity(const QString &objectId, const QString &displayName);
    // Who is signed in to which tenant: the audit record names the principal and shows this
    // tenant's records only; a sandbox tenant's only of this run (the sandbox and its grants end
    // with the process). `principal` is stored as given: pass "sandbox admin app" untranslated.
    void setSignedIn(const QString &principal, const QString &tenantId, bool sandbox = false);
    // Revoke from the card: the panel of `held`'s kind reviews it (the same review and plan job
    // as its own remove action). False when no panel can (another identity, not revocable).
    bool reviewRevoke(const ie::permissions::HeldPermission &held);
    // "Grant to…" from the lookup: shows the panel of this kind ("app-role", "tenant-app-role",
    // "azure-role", as catalog::kindKey() names them) with the role preselected.
    void preselectRole(const QString &kind, const QString &resourceAppId, const QString &id);

Q_SIGNALS:
    void mintTokenRequested(const QString &objectId);
    // A grant, revoke, assignment or removal ran: every view of what the identity holds
    // follows (IdentitiesWidget::followHeldChange()).
    void heldChanged(const ie::models::HeldChange &change);

private:
    void chooseExport(bool csv);

    ie::graph::AppRoleClient *m_roleClient;
    ie::arm::RoleAssignmentClient *m_rbacClient;
    ie::permissions::AppRoleKind *m_appRoleKind;
    ie::permissions::AzureRoleKind *m_azureRoleKind;
    ie::permissions::DirectoryRoleKind *m_directoryRoleKind;
    ie::permissions::PermissionStore *m_store;
    QPointer<ie::AuditLog> m_audit;
    ie::models::AuditModel *m_auditModel;
    QTabWidget *m_tabs;
    AppRolesPanel *m_appRoles;
    RbacPanel *m_rbac;
    DirectoryRolesPanel *m_directoryRoles;
    QTableView *m_auditView;
    QLabel *m_auditNote;
};

} // namespace ie::ui
