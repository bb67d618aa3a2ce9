#include "permissions/delegatedgrantkind.h"

#include "catalog/catalog.h"
#include "graph/delegatedgrantclient.h"

#include <QHash>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::permissions {

using ie::graph::DelegatedPermissionGrant;
using ie::graph::DirectoryObjectName;
using ie::graph::PlannedChange;

DelegatedGrantKind::DelegatedGrantKind(ie::graph::DelegatedGrantClient *client,
                                       ie::catalog::Catalog *catalog, QObject *parent)
    : PermissionKind(parent), m_client(client), m_catalog(catalog)
{
    setWords({PlannedChange::Action::RemoveDelegatedScope,
              PlannedChange::Action::RemoveDelegatedScope, u"grant-delegated-scope"_s,
              u"revoke-delegated-scope"_s, u"granted"_s, u"revoked"_s, u"already-held"_s,
              u"already-revoked"_s});
}

DelegatedGrantKind::~DelegatedGrantKind() = default;

void DelegatedGrantKind::listHeld(const QString &principalId, QObject *context, HeldCallback done)
{
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Cancelled, QString()), {});
        return;
    }
    QPointer<QObject> guard(context);
    m_client->listGrants(principalId, context, [this, principalId, guard, done](
                                                       const Result<QList<DelegatedPermissionGrant>>
                                                               &r) {
        if (!r) {
            done(r.error(), {});
            return;
        }
        // The names of the resources and of the users of per-user grants, each asked once.
        struct Pending
        {
            QList<DelegatedPermissionGrant> grants;
            QHash<QString, DirectoryObjectName> names; // lower-case object id
            QStringList unnamed;
            int open = 0;
        };
        auto pending = std::make_shared<Pending>();
        pending->grants = *r;
        QSet<QString> resources;
        QSet<QString> users;
        for (const DelegatedPermissionGrant &g : *r) {
            resources.insert(g.resourceId.toLower());
            if (!g.principalId.isEmpty())
                users.insert(g.principalId.toLower());
        }
        auto finish = [this, principalId, pending, done] {
            QList<HeldPermission> out;
            for (const DelegatedPermissionGrant &g : std::as_const(pending->grants)) {
                const DirectoryObjectName resource = pending->names.value(g.resourceId.toLower());
                const DirectoryObjectName user = pending->names.value(g.principalId.toLower());
                for (const QString &value : g.scopes) {
                    HeldPermission p;
                    p.kind = Kind::DelegatedGrant;
                    p.principalId = principalId;
                    p.assignmentId = g.id;
                    p.roleName = value;
                    p.roleId = value;
                    p.resourceId = g.resourceId;
                    p.resourceAppId = resource.appId;
                    p.resourceName = resource.displayName.isEmpty() ? g.resourceId
                                                                    : resource.displayName;
                    p.consentType = g.consentType;
                    p.scope = g.consentType == "Principal"_L1 ? g.principalId : QString();
                    p.onBehalfOfId = g.principalId;
                    p.onBehalfOfName = user.userPrincipalName.isEmpty() ? user.displayName
                                                                        : user.userPrincipalName;
                    p.grantScopes = g.scopes;
                    if (m_catalog && !resource.appId.isEmpty()) {
                        if (const ie::catalog::EntryPtr e = m_catalog->permissionByValue(
                                    ie::catalog::Kind::Scope, resource.appId, value)) {
                            p.roleId = e->id;
                            p.tier = m_catalog->tierFor(ie::catalog::Kind::Scope, resource.appId,
                                                        e->id);
                        }
                    }
                    out.append(p);
                }
            }
            QStringList notes;
            if (!pending->unnamed.isEmpty())
                notes << tr("Some resources or users of delegated grants could not be named "
                            "(shown by object id): %1")
                                 .arg(pending->unnamed.join(u", "_s));
            done(out, notes);
        };
        if (!guard || (resources.isEmpty() && users.isEmpty())) {
            finish();
            return;
        }
        pending->open = int(resources.size() + users.size());
        auto ask = [this, pending, finish, guard](const QString &id, bool user) {
            m_client->nameOf(id, user, guard,
                             [pending, finish, id](const Result<DirectoryObjectName> &n) {
                                 if (n)
                                     pending->names.insert(id, *n);
                                 else
                                     pending->unnamed << id;
                                 if (--pending->open == 0)
                                     finish();
                             });
        };
        for (const QString &id : std::as_const(resources))
            ask(id, false);
        for (const QString &id : std::as_const(users))
            ask(id, true);
    });
}

void DelegatedGrantKind::listGrantable(const QString &, QObject *, GrantableCallback done)
{
    done(QList<Grantable>{});
}

PlannedChange DelegatedGrantKind::planGrant(const QString &, const QString &, const Grantable &,
                                            const QString &) const
{
    return {};
}

PlannedChange DelegatedGrantKind::planRevoke(const HeldPermission &held,
                                             const QString &principalName) const
{
    PlannedChange c = revokeOf(held, principalName);
    c.resourceId = held.resourceId;
    c.resourceAppId = held.resourceAppId;
    c.resourceName = held.resourceName;
    c.grantScopes = held.grantScopes;
    c.consentType = held.consentType;
    c.onBehalfOfName = held.onBehalfOfName;
    c.scope = held.consentType == "Principal"_L1 ? held.onBehalfOfId : QString();
    return c;
}

void DelegatedGrantKind::revokeFromGrant(const QString &grantId,
                                         const QList<PlannedChange> &changes, QObject *context,
                                         const OutcomeCallback &each)
{
    QPointer<QObject> guard(context);
    // Read the grant as it is now: what to PATCH is its scopes of now, less those removed.
    m_client->get(grantId, context, [this, grantId, changes, guard,
                                     each](const Result<DelegatedPermissionGrant> &r) {
        auto outcome = [](const PlannedChange &c, ChangeOutcome::Status status,
                          const QString &requestId, const std::optional<ApiError> &error) {
            ChangeOutcome o;
            o.change = c;
            o.status = status;
            o.requestId = requestId;
            o.error = error;
            return o;
        };
        if (!r) {
            const bool gone = r.error().httpStatus == 404;
            for (const PlannedChange &c : changes)
                each(outcome(c,
                             gone ? ChangeOutcome::Status::AlreadyDone
                                  : ChangeOutcome::Status::Failed,
                             r.error().requestId,
                             gone ? std::nullopt : std::optional<ApiError>(r.error())));
            return;
        }
        QStringList left = r->scopes;
        QList<PlannedChange> removing;
        for (const PlannedChange &c : changes) {
            if (left.contains(c.roleName)) {
                left.removeAll(c.roleName);
                removing.append(c);
            } else {
                each(outcome(c, ChangeOutcome::Status::AlreadyDone, {}, std::nullopt));
            }
        }
        if (removing.isEmpty() || !guard)
            return;
        auto answered = [removing, each, outcome](const Result<QString> &w) {
            for (const PlannedChange &c : removing) {
                if (w)
                    each(outcome(c, ChangeOutcome::Status::Done, *w, std::nullopt));
                else if (w.error().httpStatus == 404)
                    each(outcome(c, ChangeOutcome::Status::AlreadyDone, w.error().requestId,
                                 std::nullopt));
                else
                    each(outcome(c, ChangeOutcome::Status::Failed, w.error().requestId,
                                 w.error()));
            }
        };
        if (left.isEmpty())
            m_client->remove(grantId, guard, answered);
        else
            m_client->updateScopes(grantId, left, guard, answered);
    });
}

void DelegatedGrantKind::run(const QList<PlannedChange> &changes, QObject *context,
                             OutcomeCallback each)
{
    // All removals of one grant become one write.
    QList<QPair<QString, QList<PlannedChange>>> byGrant;
    for (const PlannedChange &c : changes) {
        if (c.action != PlannedChange::Action::RemoveDelegatedScope || !m_client) {
            ChangeOutcome o;
            o.change = c;
            o.error = ApiError::make(ApiError::Kind::InvalidInput,
                                     tr("Delegated permission grants can only be revoked here."));
            each(o);
            continue;
        }
        auto it = std::find_if(byGrant.begin(), byGrant.end(), [&c](const auto &g) {
            return g.first.compare(c.assignmentId, Qt::CaseInsensitive) == 0;
        });
        if (it == byGrant.end())
            byGrant.append({c.assignmentId, {c}});
        else
            it->second.append(c);
    }
    for (const auto &g : std::as_const(byGrant))
        revokeFromGrant(g.first, g.second, context, each);
}

} // namespace ie::permissions
