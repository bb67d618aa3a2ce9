#pragma once

#include "permissions/permissionkind.h"

#include <QPointer>

#include <chrono>

namespace ie::catalog {
class Catalog;
}
namespace ie::graph {
class DirectoryRoleClient;
}

namespace ie::permissions {

// Microsoft Entra directory roles as a PermissionKind: the identity's active role assignments
// (roleAssignments?$filter=principalId eq '…'&$expand=roleDefinition) and, where the tenant has
// PIM, the ones it is eligible for (roleEligibilitySchedules; a tenant without the licence, or a
// sign-in without the permission, is said in a note, not as an error). Tier marks come from the
// catalog's privilege tiers (Global Administrator, Privileged Role Administrator, Application
// Administrator, ... are tier 0). Grants are tenant-wide ("/") POSTs, retried while Entra has not
// replicated a new identity; a second identical assignment counts as done.
class DirectoryRoleKind : public PermissionKind
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryRoleKind)
public:
    DirectoryRoleKind(ie::graph::DirectoryRoleClient *client, ie::catalog::Catalog *catalog,
                      QObject *parent = nullptr);
    ~DirectoryRoleKind() override;

    Kind kind() const override { return Kind::DirectoryRole; }
    void listHeld(const QString &principalId, QObject *context, HeldCallback done) override;
    void listGrantable(const QString &scope, QObject *context, GrantableCallback done) override;
    ie::graph::PlannedChange planGrant(const QString &principalId, const QString &principalName,
                                       const Grantable &what, const QString &scope) const override;
    ie::graph::PlannedChange planRevoke(const HeldPermission &held,
                                        const QString &principalName) const override;
    void run(const QList<ie::graph::PlannedChange> &changes, QObject *context,
             OutcomeCallback each) override;

    ie::graph::DirectoryRoleClient *client() const { return m_client; }
    // Waits while Entra answers 404/400 for an identity created moments ago (1, 2, 4, 8, 15 s).
    void setReplicationDelays(const QList<std::chrono::milliseconds> &delays) { m_delays = delays; }

private:
    void assign(const ie::graph::PlannedChange &change, int attempt, QObject *context,
                const OutcomeCallback &each);
    HeldPermission toHeld(const QString &principalId, const QString &assignmentId,
                          const QString &roleId, const QString &roleName, const QString &scope,
                          bool eligible) const;

    QPointer<ie::graph::DirectoryRoleClient> m_client;
    QPointer<ie::catalog::Catalog> m_catalog;
    QList<std::chrono::milliseconds> m_delays;
};

} // namespace ie::permissions
