#include "permissions/ownershipkind.h"

#include "graph/ownershipclient.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::permissions {

using ie::graph::OwnershipObject;
using ie::graph::PlannedChange;

namespace {

int tierRank(ie::catalog::Tier t)
{
    return t == ie::catalog::Tier::Untiered ? 99 : int(t);
}

QString nameOf(const OwnershipObject &o)
{
    if (!o.userPrincipalName.isEmpty())
        return o.userPrincipalName;
    return o.displayName.isEmpty() ? o.id : o.displayName;
}

} // namespace

struct OwnershipKind::Pending
{
    QString principalId;
    QPointer<QObject> context;
    HeldCallback done;
    OwnershipObject self;
    QList<OwnershipObject> owned;
    QList<ie::catalog::Tier> tiers; // per owned object
    QList<QStringList> strongest; // per owned object: its tier-0/1 permissions, by name
    QList<HeldPermission> controllers;
    QStringList notes;
    int open = 0;
};

OwnershipKind::OwnershipKind(ie::graph::OwnershipClient *client,
                             QList<PermissionKind *> tierSources, QObject *parent)
    : PermissionKind(parent), m_client(client)
{
    for (PermissionKind *k : tierSources)
        m_tierSources.append(k);
}

OwnershipKind::~OwnershipKind() = default;

QString OwnershipKind::managedIdentityControl(bool userAssigned)
{
    if (userAssigned)
        return tr("A managed identity has no owners. Whoever holds Owner, Contributor, Managed "
                  "Identity Contributor or Managed Identity Operator on the identity resource "
                  "(or a scope above it) controls it, as does whoever can run code on a "
                  "resource it is assigned to.");
    return tr("A managed identity has no owners. Whoever holds Owner, Contributor or a "
              "contributor role of the resource's type (Website Contributor, Virtual Machine "
              "Contributor, …) on the resource it belongs to (or a scope above it) controls it: "
              "they can run code as it.");
}

void OwnershipKind::listHeld(const QString &principalId, QObject *context, HeldCallback done)
{
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Cancelled, QString()), {});
        return;
    }
    auto pending = std::make_shared<Pending>();
    pending->principalId = principalId;
    pending->context = context;
    pending->done = std::move(done);
    m_client->servicePrincipal(
            principalId, false, context,
            [this, pending](const Result<OwnershipObject> &self) {
                if (!self) {
                    pending->done(self.error(), {});
                    return;
                }
                pending->self = *self;
                m_client->ownedObjects(
                        pending->principalId, pending->context,
                        [this, pending](const Result<QList<OwnershipObject>> &r) {
                            if (!r) {
                                pending->done(r.error(), {});
                                return;
                            }
                            for (const OwnershipObject &o : *r) {
                                // Owned groups give their members, not a way to act as them.
                                if (o.type == "application"_L1 || o.type == "servicePrincipal"_L1)
                                    pending->owned.append(o);
                            }
                            pending->tiers = QList<ie::catalog::Tier>(
                                    pending->owned.size(), ie::catalog::Tier::Untiered);
                            pending->strongest = QList<QStringList>(pending->owned.size());
                            pending->open = int(pending->owned.size()) + 1;
                            for (int i = 0; i < pending->owned.size(); ++i)
                                tierOf(pending, i);
                            readOwners(pending);
                        });
            });
}

void OwnershipKind::step(const std::shared_ptr<Pending> &pending)
{
    if (--pending->open > 0 || !pending->context)
        return;
    QList<HeldPermission> out;
    for (int i = 0; i < pending->owned.size(); ++i) {
        const OwnershipObject &x = pending->owned.at(i);
        HeldPermission p;
        p.kind = Kind::Ownership;
        p.principalId = pending->principalId;
        p.assignmentId = x.id;
        p.roleId = x.id;
        p.roleName = x.type == "application"_L1
                ? tr("Owner of the application %1").arg(nameOf(x))
                : tr("Owner of the service principal %1").arg(nameOf(x));
        p.resourceId = x.id;
        p.resourceAppId = x.appId;
        p.source = Source::OwnedObject;
        p.sourceName = x.type;
        // At least tier 1: an owner can add a secret to it and act as it.
        const ie::catalog::Tier held = pending->tiers.at(i);
        p.tier = tierRank(held) <= int(ie::catalog::Tier::Tier1) ? held : ie::catalog::Tier::Tier1;
        p.description = pending->strongest.at(i).isEmpty()
                ? tr("Can add a secret to it and sign in as it.")
                : tr("Can add a secret to it and sign in as it, with what it holds: %1.")
                          .arg(pending->strongest.at(i).join(u", "_s));
        out.append(p);
    }
    out += pending->controllers;
    pending->done(out, pending->notes);
}

void OwnershipKind::tierOf(const std::shared_ptr<Pending> &pending, int index)
{
    const OwnershipObject o = pending->owned.at(index);
    auto withSp = [this, pending, index](const QString &spId) {
        QList<PermissionKind *> sources;
        for (const QPointer<PermissionKind> &k : std::as_const(m_tierSources)) {
            if (k)
                sources.append(k);
        }
        if (spId.isEmpty() || sources.isEmpty() || !pending->context) {
            step(pending);
            return;
        }
        auto left = std::make_shared<int>(int(sources.size()));
        for (PermissionKind *k : std::as_const(sources)) {
            k->listHeld(spId, pending->context,
                        [this, pending, index, left](const Result<QList<HeldPermission>> &held,
                                                     const QStringList &) {
                            if (held) {
                                for (const HeldPermission &h : *held) {
                                    if (h.eligible || tierRank(h.tier) > 1)
                                        continue;
                                    if (tierRank(h.tier) < tierRank(pending->tiers.at(index)))
                                        pending->tiers[index] = h.tier;
                                    pending->strongest[index].append(h.roleName);
                                }
                            }
                            if (--*left == 0)
                                step(pending);
                        });
        }
    };
    if (o.type == "servicePrincipal"_L1) {
        withSp(o.id);
        return;
    }
    // An application: what its service principal in this tenant holds.
    m_client->servicePrincipal(o.appId, true, pending->context,
                               [withSp](const Result<OwnershipObject> &sp) {
                                   withSp(sp ? sp->id : QString());
                               });
}

void OwnershipKind::readOwners(const std::shared_ptr<Pending> &pending)
{
    const OwnershipObject self = pending->self;
    auto add = [pending](const QList<OwnershipObject> &owners, const QString &via) {
        for (const OwnershipObject &o : owners) {
            HeldPermission p;
            p.kind = Kind::Ownership;
            p.principalId = pending->principalId;
            p.assignmentId = o.id;
            p.roleId = o.id;
            p.roleName = o.type == "user"_L1
                    ? tr("Controlled by the user %1").arg(nameOf(o))
                    : tr("Controlled by the service principal %1").arg(nameOf(o));
            p.source = Source::Owner;
            p.sourceName = via;
            p.description = via == "application"_L1
                    ? tr("An owner of its application: can add a secret to it and sign in as "
                         "this identity.")
                    : tr("An owner of this service principal: can change it and what it "
                         "accepts.");
            pending->controllers.append(p);
        }
    };
    if (self.servicePrincipalType == "ManagedIdentity"_L1) {
        HeldPermission p;
        p.kind = Kind::Ownership;
        p.principalId = pending->principalId;
        p.source = Source::Owner;
        p.sourceName = u"resource"_s;
        // alternativeNames: "isExplicit=True" for a user-assigned identity, and its ARM id.
        bool userAssigned = false;
        for (const QString &n : self.alternativeNames) {
            if (n.compare("isExplicit=True"_L1, Qt::CaseInsensitive) == 0)
                userAssigned = true;
            else if (n.startsWith("/subscriptions/"_L1, Qt::CaseInsensitive))
                p.scope = n;
        }
        p.roleName = tr("Controlled through its Azure resource");
        p.description = managedIdentityControl(userAssigned);
        pending->controllers.append(p);
        step(pending);
        return;
    }
    m_client->servicePrincipalOwners(
            pending->principalId, pending->context,
            [this, pending, self, add](const Result<QList<OwnershipObject>> &r) {
                if (r)
                    add(*r, u"servicePrincipal"_s);
                else
                    pending->notes << tr("Its owners could not be read: %1").arg(r.error().message);
                if (self.servicePrincipalType != "Application"_L1 || self.appId.isEmpty()) {
                    step(pending);
                    return;
                }
                m_client->applicationOwners(
                        self.appId, pending->context,
                        [this, pending, add](const Result<QList<OwnershipObject>> &a) {
                            if (a)
                                add(*a, u"application"_s);
                            else if (a.error().httpStatus == 404)
                                pending->notes << tr("Its application is registered in another "
                                                     "tenant; who owns it there is not shown.");
                            else
                                pending->notes << tr("The owners of its application could not "
                                                     "be read: %1")
                                                          .arg(a.error().message);
                            step(pending);
                        });
            });
}

void OwnershipKind::listGrantable(const QString &, QObject *, GrantableCallback done)
{
    done(QList<Grantable>{});
}

PlannedChange OwnershipKind::planGrant(const QString &, const QString &, const Grantable &,
                                       const QString &) const
{
    return {};
}

PlannedChange OwnershipKind::planRevoke(const HeldPermission &, const QString &) const
{
    return {};
}

void OwnershipKind::run(const QList<PlannedChange> &changes, QObject *, OutcomeCallback each)
{
    for (const PlannedChange &c : changes) {
        ChangeOutcome o;
        o.change = c;
        o.error = ApiError::make(ApiError::Kind::InvalidInput,
                                 tr("Ownership is changed in Microsoft Entra, not here."));
        each(o);
    }
}

} // namespace ie::permissions
