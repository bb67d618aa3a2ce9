#include "permissions/approlekind.h"

#include "catalog/catalog.h"
#include "graph/approleclient.h"

#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::permissions {

using ie::graph::PlannedChange;

AppRoleKind::AppRoleKind(ie::graph::AppRoleClient *client, ie::catalog::Catalog *catalog,
                         QObject *parent)
    : PermissionKind(parent), m_client(client), m_catalog(catalog)
{
    setWords({PlannedChange::Action::GrantAppRole, PlannedChange::Action::RevokeAppRole,
              u"grant-app-role"_s, u"revoke-app-role"_s});
    if (m_client)
        connect(m_client, &ie::graph::AppRoleClient::waitingForEntra, this,
                &PermissionKind::waiting);
}

AppRoleKind::~AppRoleKind() = default;

void AppRoleKind::rememberResources(const QList<ie::graph::ResourceApi> &apis)
{
    for (const ie::graph::ResourceApi &api : apis)
        m_resources.insert(api.id, api);
}

HeldPermission AppRoleKind::toHeld(const ie::graph::AppRoleAssignment &a) const
{
    HeldPermission p;
    p.kind = Kind::AppRole;
    p.assignmentId = a.id;
    p.principalId = a.principalId;
    p.roleId = a.appRoleId;
    p.resourceId = a.resourceId;
    p.resourceName = a.resourceDisplayName;
    p.createdDateTime = a.createdDateTime;
    const auto api = m_resources.constFind(a.resourceId);
    if (api != m_resources.constEnd()) {
        p.resourceAppId = api->appId;
        if (p.resourceName.isEmpty())
            p.resourceName = api->displayName;
        if (const ie::graph::AppRole *role = api->role(a.appRoleId)) {
            p.roleName = role->value.isEmpty() ? role->displayName : role->value;
            p.description = role->description;
        }
    }
    if (m_catalog && !p.resourceAppId.isEmpty()) {
        if (p.roleName.isEmpty()) {
            if (const ie::catalog::EntryPtr e = m_catalog->appRole(p.resourceAppId, a.appRoleId))
                p.roleName = e->value;
        }
        p.tier = m_catalog->tierFor(ie::catalog::Kind::AppRole, p.resourceAppId, a.appRoleId);
    }
    // The default app role (all zeros) is "access to the app" without any named permission.
    if (p.roleName.isEmpty())
        p.roleName = a.appRoleId;
    return p;
}

void AppRoleKind::resolveResources(const QSet<QString> &ids, QObject *context,
                                   const std::function<void()> &then)
{
    QSet<QString> missing;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !m_resources.contains(id))
            missing.insert(id);
    }
    if (missing.isEmpty() || !m_client) {
        then();
        return;
    }
    auto pending = std::make_shared<int>(int(missing.size()));
    QPointer<QObject> guard(context);
    for (const QString &id : std::as_const(missing)) {
        // GET /servicePrincipals/{id}?$select=...: its own app roles name what is held on it.
        m_client->getResource(
                id, this, [this, pending, guard, then](const Result<ie::graph::ResourceApi> &r) {
                    if (r.ok() && !r->id.isEmpty())
                        m_resources.insert(r->id, *r);
                    // else the role shows by its id (and the resource by its name)
                    if (--*pending == 0 && guard)
                        then();
                });
    }
}

void AppRoleKind::listHeld(const QString &principalId, QObject *context, HeldCallback done)
{
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Cancelled, QString()), {});
        return;
    }
    m_client->listAssignments(
            principalId, context,
            [this, context, done](const Result<QList<ie::graph::AppRoleAssignment>> &r) {
                if (!r) {
                    done(r.error(), {});
                    return;
                }
                const QList<ie::graph::AppRoleAssignment> assignments = *r;
                QSet<QString> ids;
                for (const auto &a : assignments)
                    ids.insert(a.resourceId);
                resolveResources(ids, context, [this, assignments, done] {
                    QList<HeldPermission> out;
                    for (const auto &a : assignments)
                        out.append(toHeld(a));
                    done(out, {});
                });
            });
}

void AppRoleKind::listGrantable(const QString &, QObject *context, GrantableCallback done)
{
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Cancelled, QString()));
        return;
    }
    m_client->listResourceApis(
            context, [this, done](const Result<QList<ie::graph::ResourceApi>> &r) {
                if (!r) {
                    done(r.error());
                    return;
                }
                rememberResources(*r);
                QList<Grantable> out;
                for (const ie::graph::ResourceApi &api : *r) {
                    for (const ie::graph::AppRole &role : api.appRoles) {
                        if (!role.assignableToApps())
                            continue;
                        Grantable g;
                        g.id = role.id;
                        g.name = role.value;
                        g.displayName = role.displayName;
                        g.description = role.description;
                        g.resourceId = api.id;
                        g.resourceAppId = api.appId;
                        g.resourceName = api.displayName;
                        if (m_catalog)
                            g.tier = m_catalog->tierFor(ie::catalog::Kind::AppRole, api.appId,
                                                        role.id);
                        out.append(g);
                    }
                }
                done(out);
            });
}

PlannedChange AppRoleKind::planGrant(const QString &principalId, const QString &principalName,
                                     const Grantable &what, const QString &) const
{
    PlannedChange c;
    c.action = PlannedChange::Action::GrantAppRole;
    c.principalId = principalId;
    c.principalName = principalName;
    c.resourceId = what.resourceId;
    c.resourceAppId = what.resourceAppId;
    c.resourceName = what.resourceName;
    c.appRoleId = what.id;
    c.appRoleValue = what.name;
    c.tier = m_catalog ? m_catalog->tierFor(ie::catalog::Kind::AppRole, what.resourceAppId, what.id)
                       : what.tier;
    return c;
}

PlannedChange AppRoleKind::planRevoke(const HeldPermission &held,
                                      const QString &principalName) const
{
    PlannedChange c = revokeOf(held, principalName);
    c.roleDefinitionGuid.clear();
    c.roleName.clear();
    c.resourceId = held.resourceId;
    c.resourceAppId = held.resourceAppId;
    c.resourceName = held.resourceName;
    c.appRoleId = held.roleId;
    c.appRoleValue = held.roleName;
    return c;
}

void AppRoleKind::run(const QList<PlannedChange> &changes, QObject *context, OutcomeCallback each)
{
    // Grants: one call per identity and resource (batched by the client); revokes one by one.
    QHash<QString, QList<PlannedChange>> grants; // principal + resource -> its changes
    QStringList order;
    for (const PlannedChange &c : changes) {
        if (c.action == PlannedChange::Action::GrantAppRole) {
            const QString key = c.principalId + u'|' + c.resourceId;
            if (!grants.contains(key))
                order.append(key);
            grants[key].append(c);
            continue;
        }
        m_client->revoke(c.principalId, c.assignmentId, context,
                         [c, each](const Result<QString> &r) { each(deleteOutcome(c, r, true)); });
    }
    for (const QString &key : std::as_const(order)) {
        const QList<PlannedChange> group = grants.value(key);
        const PlannedChange &first = group.constFirst();
        QStringList ids;
        for (const PlannedChange &c : group)
            ids.append(c.appRoleId);
        auto send = [this, group, ids, context, each, first] {
            ie::graph::ResourceApi api = m_resources.value(first.resourceId);
            if (api.id.isEmpty()) {
                for (const PlannedChange &c : group) {
                    ChangeOutcome o;
                    o.change = c;
                    o.error = ApiError::make(ApiError::Kind::NotFound,
                                             tr("The resource API %1 is not in this tenant.")
                                                     .arg(first.resourceName));
                    each(o);
                }
                return;
            }
            m_client->grant(first.principalId, api, ids, context,
                            [group, each](const Result<QList<ie::graph::GrantOutcome>> &r) {
                                for (qsizetype i = 0; i < group.size(); ++i) {
                                    ChangeOutcome o;
                                    o.change = group.at(i);
                                    if (!r) {
                                        o.error = r.error();
                                        o.requestId = r.error().requestId;
                                        each(o);
                                        continue;
                                    }
                                    const ie::graph::GrantOutcome g = r->value(i);
                                    o.requestId = g.requestId;
                                    o.assignmentId = g.assignmentId;
                                    switch (g.status) {
                                    case ie::graph::GrantOutcome::Status::Granted:
                                        o.status = ChangeOutcome::Status::Done;
                                        break;
                                    case ie::graph::GrantOutcome::Status::AlreadyHeld:
                                        o.status = ChangeOutcome::Status::AlreadyDone;
                                        break;
                                    case ie::graph::GrantOutcome::Status::Failed:
                                        o.status = ChangeOutcome::Status::Failed;
                                        o.error = g.error;
                                        break;
                                    }
                                    each(o);
                                }
                            });
        };
        resolveResources({first.resourceId}, context, send);
    }
}

} // namespace ie::permissions
