#pragma once

#include "permissions/permissionkind.h"

#include <QPointer>

namespace ie::graph {
class OwnershipClient;
struct OwnershipObject;
}

namespace ie::permissions {

// Ownership and control, as a read-only PermissionKind.
//
// What the identity owns (GET /servicePrincipals/{id}/ownedObjects): each application or service
// principal is one HeldPermission (source OwnedObject). An owner can add a secret to what it owns
// and sign in as it, so owning it is worth what its service principal holds: the tier is the
// highest tier the `tierSources` kinds read for that service principal (an application's is
// found by its appId), and at least tier 1 when that holds nothing tiered or cannot be read.
//
// Who controls the identity (source Owner, untiered: it gives the identity nothing): its owners
// (GET /servicePrincipals/{id}/owners) and, for an application-backed service principal, the
// owners of its application (GET /applications(appId='…')/owners; an application registered in
// another tenant has its owners there, which a note says). A managed identity has no owners: the
// row says so and names the Azure roles that control it through its resource.
//
// Nothing is granted or revoked here (canRevoke() is false): owners are changed in Entra.
class OwnershipKind : public PermissionKind
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnershipKind)
public:
    // `tierSources` (not owned; Graph app roles, directory roles) tell what an owned object's
    // service principal holds.
    OwnershipKind(ie::graph::OwnershipClient *client, QList<PermissionKind *> tierSources,
                  QObject *parent = nullptr);
    ~OwnershipKind() override;

    Kind kind() const override { return Kind::Ownership; }
    void listHeld(const QString &principalId, QObject *context, HeldCallback done) override;
    void listGrantable(const QString &scope, QObject *context, GrantableCallback done) override;
    // Not offered: empty changes that no kind handles.
    ie::graph::PlannedChange planGrant(const QString &principalId, const QString &principalName,
                                       const Grantable &what, const QString &scope) const override;
    ie::graph::PlannedChange planRevoke(const HeldPermission &held,
                                        const QString &principalName) const override;
    bool canRevoke(const HeldPermission &) const override { return false; }
    void run(const QList<ie::graph::PlannedChange> &changes, QObject *context,
             OutcomeCallback each) override;

    // The Azure roles that control a managed identity, in one line (a user-assigned one through
    // its identity resource, a system-assigned one through the resource it belongs to).
    static QString managedIdentityControl(bool userAssigned);

private:
    struct Pending;
    void readOwners(const std::shared_ptr<Pending> &pending);
    void tierOf(const std::shared_ptr<Pending> &pending, int index);
    // One read done; after the last, the answer.
    void step(const std::shared_ptr<Pending> &pending);

    QPointer<ie::graph::OwnershipClient> m_client;
    QList<QPointer<PermissionKind>> m_tierSources;
};

} // namespace ie::permissions
