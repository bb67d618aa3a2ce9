#pragma once

#include "permissions/permissionkind.h"

#include <QPointer>

#include <chrono>

namespace ie::arm {
class RoleAssignmentClient;
}
namespace ie::catalog {
class Catalog;
}

namespace ie::permissions {

// Azure role assignments (ARM) as a PermissionKind: the identity's assignments across the
// subscriptions and management groups the signed-in user can read (the ones that could not be
// read are named in the notes), the role definitions assignable at a scope, create (PUT with a
// deterministic name, retried while ARM does not know a new identity: PrincipalNotFound) and
// delete.
class AzureRoleKind : public PermissionKind
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AzureRoleKind)
public:
    AzureRoleKind(ie::arm::RoleAssignmentClient *client, ie::catalog::Catalog *catalog,
                  QObject *parent = nullptr);
    ~AzureRoleKind() override;

    Kind kind() const override { return Kind::AzureRole; }
    void listHeld(const QString &principalId, QObject *context, HeldCallback done) override;
    // The role definitions assignable at `scope` (a subscription or a management group).
    void listGrantable(const QString &scope, QObject *context, GrantableCallback done) override;
    ie::graph::PlannedChange planGrant(const QString &principalId, const QString &principalName,
                                       const Grantable &what, const QString &scope) const override;
    ie::graph::PlannedChange planRevoke(const HeldPermission &held,
                                        const QString &principalName) const override;
    void run(const QList<ie::graph::PlannedChange> &changes, QObject *context,
             OutcomeCallback each) override;

    ie::arm::RoleAssignmentClient *client() const { return m_client; }
    // The waits of a create while ARM does not know the identity (RoleAssignmentCreateJob's
    // default when empty). Tests make them short.
    void setCreateDelays(const QList<std::chrono::milliseconds> &delays) { m_delays = delays; }
    // A role name for a definition GUID: from the definitions listed so far, else the catalog.
    QString roleName(const QString &roleDefinitionGuid) const;

Q_SIGNALS:
    // A create waits for ARM to know the identity: attempt `attempt` in `delayMs`.
    void waitingForReplication(int attempt, qint64 delayMs);
    void countdown(qint64 remainingMs);

private:
    QPointer<ie::arm::RoleAssignmentClient> m_client;
    QPointer<ie::catalog::Catalog> m_catalog;
    QList<std::chrono::milliseconds> m_delays;
    QHash<QString, QString> m_names; // role definition GUID -> name, from listGrantable()
};

} // namespace ie::permissions
