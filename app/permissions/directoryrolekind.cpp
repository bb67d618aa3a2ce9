#include "permissions/directoryrolekind.h"

#include "catalog/catalog.h"
#include "graph/approleclient.h"
#include "graph/directoryroleclient.h"

#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ie::permissions {

using ie::graph::PlannedChange;

DirectoryRoleKind::DirectoryRoleKind(ie::graph::DirectoryRoleClient *client,
                                     ie::catalog::Catalog *catalog, QObject *parent)
    : PermissionKind(parent), m_client(client), m_catalog(catalog), m_delays({1s, 2s, 4s, 8s, 15s})
{
    setWords({PlannedChange::Action::AssignDirectoryRole,
              PlannedChange::Action::RemoveDirectoryRole, u"assign-directory-role"_s,
              u"remove-directory-role"_s, u"assigned"_s, u"removed"_s, u"already-assigned"_s,
              u"already-removed"_s});
}

DirectoryRoleKind::~DirectoryRoleKind() = default;

HeldPermission DirectoryRoleKind::toHeld(const QString &principalId, const QString &assignmentId,
                                         const QString &roleId, const QString &roleName,
                                         const QString &scope, bool eligible) const
{
    HeldPermission p;
    p.kind = Kind::DirectoryRole;
    p.principalId = principalId;
    p.assignmentId = assignmentId;
    p.roleId = roleId.toLower();
    p.roleName = roleName;
    p.scope = scope.isEmpty() ? u"/"_s : scope;
    p.eligible = eligible;
    if (m_catalog) {
        if (p.roleName.isEmpty()) {
            if (const ie::catalog::EntryPtr e = m_catalog->directoryRole(p.roleId))
                p.roleName = e->value.isEmpty() ? e->displayName : e->value;
        }
        p.tier = m_catalog->tierFor(ie::catalog::Kind::DirectoryRole, {}, p.roleId);
    }
    if (p.roleName.isEmpty())
        p.roleName = roleId;
    return p;
}

void DirectoryRoleKind::listHeld(const QString &principalId, QObject *context, HeldCallback done)
{
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Cancelled, QString()), {});
        return;
    }
    // Active and eligible in parallel; the answer waits for both.
    struct Pending
    {
        std::optional<Result<QList<ie::graph::DirectoryRoleAssignment>>> active;
        std::optional<Result<QList<ie::graph::DirectoryRoleAssignment>>> eligible;
    };
    auto pending = std::make_shared<Pending>();
    auto finish = [this, pending, principalId, done] {
        if (!pending->active || !pending->eligible)
            return;
        if (!*pending->active) {
            done(pending->active->error(), {});
            return;
        }
        QList<HeldPermission> out;
        for (const auto &a : **pending->active)
            out.append(toHeld(principalId, a.id, a.roleDefinitionId, a.definition.displayName,
                              a.directoryScopeId, false));
        QStringList notes;
        if (*pending->eligible) {
            for (const auto &a : **pending->eligible)
                out.append(toHeld(principalId, a.id, a.roleDefinitionId, a.definition.displayName,
                                  a.directoryScopeId, true));
        } else if (ie::graph::DirectoryRoleClient::isNoPimLicence(pending->eligible->error())) {
            notes << tr("Eligible directory roles are not shown: the tenant has no Microsoft Entra "
                        "ID P2 (or ID Governance) licence, so nobody can be eligible for a role "
                        "(Privileged Identity Management is off).");
        } else if (pending->eligible->error().httpStatus == 403) {
            notes << tr("Eligible directory roles are not shown: reading them needs "
                        "RoleEligibilitySchedule.Read.Directory or RoleManagement.Read.Directory "
                        "(%1).")
                             .arg(pending->eligible->error().userMessage());
        } else {
            notes << tr("Eligible directory roles could not be read: %1")
                             .arg(pending->eligible->error().userMessage());
        }
        done(out, notes);
    };
    m_client->listAssignments(principalId, context, [pending, finish](const auto &r) {
        pending->active = r;
        finish();
    });
    m_client->listEligible(principalId, context, [pending, finish](const auto &r) {
        pending->eligible = r;
        finish();
    });
}

void DirectoryRoleKind::listGrantable(const QString &, QObject *context, GrantableCallback done)
{
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Cancelled, QString()));
        return;
    }
    m_client->listDefinitions(
            context, [this, done](const Result<QList<ie::graph::DirectoryRoleDefinition>> &r) {
                if (!r) {
                    done(r.error());
                    return;
                }
                QList<Grantable> out;
                for (const ie::graph::DirectoryRoleDefinition &d : *r) {
                    Grantable g;
                    g.id = (d.templateId.isEmpty() ? d.id : d.templateId).toLower();
                    g.name = d.displayName;
                    g.displayName = d.displayName;
                    g.description = d.description;
                    g.custom = !d.isBuiltIn;
                    if (m_catalog)
                        g.tier = m_catalog->tierFor(ie::catalog::Kind::DirectoryRole, {}, g.id);
                    out.append(g);
                }
                std::stable_sort(out.begin(), out.end(),
                                 [](const Grantable &a, const Grantable &b) {
                                     return a.name.localeAwareCompare(b.name) < 0;
                                 });
                done(out);
            });
}

PlannedChange DirectoryRoleKind::planGrant(const QString &principalId, const QString &principalName,
                                           const Grantable &what, const QString &scope) const
{
    PlannedChange c;
    c.action = PlannedChange::Action::AssignDirectoryRole;
    c.principalId = principalId;
    c.principalName = principalName;
    c.roleDefinitionGuid = what.id;
    c.roleName = what.name;
    c.scope = scope.isEmpty() ? u"/"_s : scope;
    c.tier = m_catalog ? m_catalog->tierFor(ie::catalog::Kind::DirectoryRole, {}, what.id)
                       : what.tier;
    return c;
}

PlannedChange DirectoryRoleKind::planRevoke(const HeldPermission &held,
                                            const QString &principalName) const
{
    return revokeOf(held, principalName);
}

void DirectoryRoleKind::assign(const PlannedChange &c, int attempt, QObject *context,
                               const OutcomeCallback &each)
{
    QPointer<QObject> guard(context);
    m_client->create(c.principalId, c.roleDefinitionGuid, c.scope, context,
                     [this, c, attempt, guard,
                      each](const Result<QPair<ie::graph::DirectoryRoleAssignment, QString>> &r) {
                         ChangeOutcome o;
                         o.change = c;
                         if (r) {
                             o.status = ChangeOutcome::Status::Done;
                             o.assignmentId = r->first.id;
                             o.requestId = r->second;
                             each(o);
                             return;
                         }
                         const ApiError &e = r.error();
                         if (ie::graph::DirectoryRoleClient::isAlreadyAssigned(e)) {
                             o.status = ChangeOutcome::Status::AlreadyDone;
                             o.requestId = e.requestId;
                             each(o);
                             return;
                         }
                         // A principal Entra has not replicated yet: 404 Request_ResourceNotFound,
                         // or 400 "not a valid reference". Wait and try again, as for app roles.
                         if (ie::graph::AppRoleClient::isReplicationDelay(e)
                             && attempt < m_delays.size()) {
                             const auto delay = m_delays.at(attempt);
                             Q_EMIT waiting(c.principalId, delay.count());
                             QTimer::singleShot(delay, this, [this, c, attempt, guard, each] {
                                 if (guard)
                                     assign(c, attempt + 1, guard, each);
                             });
                             return;
                         }
                         o.error = e;
                         o.requestId = e.requestId;
                         each(o);
                     });
}

void DirectoryRoleKind::run(const QList<PlannedChange> &changes, QObject *context,
                            OutcomeCallback each)
{
    for (const PlannedChange &c : changes) {
        if (c.action == PlannedChange::Action::AssignDirectoryRole) {
            assign(c, 0, context, each);
            continue;
        }
        m_client->remove(c.assignmentId, context,
                         [c, each](const Result<QString> &r) { each(deleteOutcome(c, r, true)); });
    }
}

} // namespace ie::permissions
