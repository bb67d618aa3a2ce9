#pragma once

#include "graph/approletypes.h"
#include "permissions/permissionkind.h"

#include <QHash>
#include <QPointer>

namespace ie::catalog {
class Catalog;
}
namespace ie::graph {
class AppRoleClient;
}

namespace ie::permissions {

// Graph app roles (appRoleAssignments of the identity's service principal) as a PermissionKind.
// Held roles are named from the resource's own app roles (each resource API read once and kept),
// else from the catalog. Grants of several roles of one resource go out as Graph $batch requests
// of 20 (AppRoleClient::grant()), retried while Entra has not replicated a new identity.
class AppRoleKind : public PermissionKind
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppRoleKind)
public:
    AppRoleKind(ie::graph::AppRoleClient *client, ie::catalog::Catalog *catalog,
                QObject *parent = nullptr);
    ~AppRoleKind() override;

    Kind kind() const override { return Kind::AppRole; }
    void listHeld(const QString &principalId, QObject *context, HeldCallback done) override;
    // Every app role applications can hold, of every resource API of the tenant (`scope` unused).
    void listGrantable(const QString &scope, QObject *context, GrantableCallback done) override;
    ie::graph::PlannedChange planGrant(const QString &principalId, const QString &principalName,
                                       const Grantable &what, const QString &scope) const override;
    ie::graph::PlannedChange planRevoke(const HeldPermission &held,
                                        const QString &principalName) const override;
    void run(const QList<ie::graph::PlannedChange> &changes, QObject *context,
             OutcomeCallback each) override;

    ie::graph::AppRoleClient *client() const { return m_client; }
    // The resource APIs read so far, by object id.
    const QHash<QString, ie::graph::ResourceApi> &resources() const { return m_resources; }
    void rememberResources(const QList<ie::graph::ResourceApi> &apis);
    // Names an assignment as listHeld() does.
    HeldPermission toHeld(const ie::graph::AppRoleAssignment &a) const;

private:
    // Reads the resource APIs in `ids` not known yet, then calls `then`.
    void resolveResources(const QSet<QString> &ids, QObject *context,
                          const std::function<void()> &then);

    QPointer<ie::graph::AppRoleClient> m_client;
    QPointer<ie::catalog::Catalog> m_catalog;
    QHash<QString, ie::graph::ResourceApi> m_resources;
};

} // namespace ie::permissions
