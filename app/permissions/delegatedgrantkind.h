#pragma once

#include "permissions/permissionkind.h"

#include <QPointer>

namespace ie::catalog {
class Catalog;
}
namespace ie::graph {
class DelegatedGrantClient;
}

namespace ie::permissions {

// Delegated permission grants (oauth2PermissionGrants) where the identity is the client, as a
// PermissionKind: one HeldPermission per scope of each grant, the resource and the scope named
// through the catalog (tier marks from its privilege tiers), the consent type and, for a grant of
// one user (Principal), that user by name.
//
// Read and revoke only: a revoke of some scopes PATCHes the grant with the scopes left, of all of
// them DELETEs the grant. Before writing, the grant is read again, so a scope someone removed
// meanwhile counts as done and the PATCH keeps scopes added since. New grants are not offered
// here (listGrantable() is empty): consent belongs to the consent flow or the Entra admin
// centre, where the user sees what the client asks for.
class DelegatedGrantKind : public PermissionKind
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelegatedGrantKind)
public:
    DelegatedGrantKind(ie::graph::DelegatedGrantClient *client, ie::catalog::Catalog *catalog,
                       QObject *parent = nullptr);
    ~DelegatedGrantKind() override;

    Kind kind() const override { return Kind::DelegatedGrant; }
    void listHeld(const QString &principalId, QObject *context, HeldCallback done) override;
    // Nothing: this kind grants nothing (see the class comment).
    void listGrantable(const QString &scope, QObject *context, GrantableCallback done) override;
    // Not offered (nothing is grantable): an empty change that no kind handles, so a plan
    // holding it fails at once rather than sending anything.
    ie::graph::PlannedChange planGrant(const QString &principalId, const QString &principalName,
                                       const Grantable &what, const QString &scope) const override;
    ie::graph::PlannedChange planRevoke(const HeldPermission &held,
                                        const QString &principalName) const override;
    void run(const QList<ie::graph::PlannedChange> &changes, QObject *context,
             OutcomeCallback each) override;

    ie::graph::DelegatedGrantClient *client() const { return m_client; }

private:
    void revokeFromGrant(const QString &grantId, const QList<ie::graph::PlannedChange> &changes,
                         QObject *context, const OutcomeCallback &each);

    QPointer<ie::graph::DelegatedGrantClient> m_client;
    QPointer<ie::catalog::Catalog> m_catalog;
};

} // namespace ie::permissions
