#include "permissions/azurerolekind.h"

#include "arm/roleassignmentclient.h"
#include "arm/roleassignmentcreatejob.h"
#include "catalog/catalog.h"

using namespace Qt::StringLiterals;

namespace ie::permissions {

using ie::graph::PlannedChange;

AzureRoleKind::AzureRoleKind(ie::arm::RoleAssignmentClient *client, ie::catalog::Catalog *catalog,
                             QObject *parent)
    : PermissionKind(parent), m_client(client), m_catalog(catalog)
{
    setWords({PlannedChange::Action::CreateRoleAssignment,
              PlannedChange::Action::DeleteRoleAssignment, u"create-role-assignment"_s,
              u"delete-role-assignment"_s, u"granted"_s, u"removed"_s, u"already-granted"_s,
              u"already-removed"_s});
}

AzureRoleKind::~AzureRoleKind() = default;

QString AzureRoleKind::roleName(const QString &guid) const
{
    const QString key = guid.toLower();
    if (const auto it = m_names.constFind(key); it != m_names.constEnd())
        return *it;
    if (m_catalog) {
        if (const ie::catalog::EntryPtr e = m_catalog->azureRole(key))
            return e->value;
    }
    return guid;
}

void AzureRoleKind::listHeld(const QString &principalId, QObject *context, HeldCallback done)
{
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Cancelled, QString()), {});
        return;
    }
    m_client->listAssignments(
            principalId, context, [this, done](const Result<ie::arm::AssignmentList> &r) {
                if (!r) {
                    done(r.error(), {});
                    return;
                }
                QList<HeldPermission> out;
                for (const ie::arm::RoleAssignment &a : r->items) {
                    HeldPermission p;
                    p.kind = Kind::AzureRole;
                    p.assignmentId = a.id;
                    p.principalId = a.principalId;
                    p.roleId = a.roleDefinitionName.toLower();
                    p.roleName = roleName(a.roleDefinitionName);
                    p.scope = a.scope;
                    p.createdDateTime = a.createdOn;
                    if (m_catalog)
                        p.tier = m_catalog->tierFor(ie::catalog::Kind::AzureRole, {}, p.roleId);
                    // Assigned at a management group: it reaches every subscription below.
                    if (ie::arm::ScopeHierarchy::isManagementGroup(a.scope)) {
                        p.source = Source::Inherited;
                        p.sourceName = a.scope;
                    }
                    out.append(p);
                }
                done(out, r->warnings);
            });
}

void AzureRoleKind::listGrantable(const QString &scope, QObject *context, GrantableCallback done)
{
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Cancelled, QString()));
        return;
    }
    m_client->listRoleDefinitions(
            scope, context, [this, done](const Result<QList<ie::arm::RoleDefinition>> &r) {
                if (!r) {
                    done(r.error());
                    return;
                }
                QList<Grantable> out;
                for (const ie::arm::RoleDefinition &d : *r) {
                    m_names.insert(d.name.toLower(), d.roleName);
                    Grantable g;
                    g.id = d.name;
                    g.name = d.roleName;
                    g.displayName = d.roleName;
                    g.description = d.description;
                    g.custom = d.custom;
                    g.keyActions = (d.actions + d.dataActions).mid(0, 6);
                    if (m_catalog)
                        g.tier = m_catalog->tierFor(ie::catalog::Kind::AzureRole, {}, d.name);
                    out.append(g);
                }
                done(out);
            });
}

PlannedChange AzureRoleKind::planGrant(const QString &principalId, const QString &principalName,
                                       const Grantable &what, const QString &scope) const
{
    PlannedChange c;
    c.action = PlannedChange::Action::CreateRoleAssignment;
    c.principalId = principalId;
    c.principalName = principalName;
    c.scope = scope;
    c.roleDefinitionGuid = what.id;
    c.roleName = what.name;
    c.tier = m_catalog ? m_catalog->tierFor(ie::catalog::Kind::AzureRole, {}, what.id) : what.tier;
    return c;
}

PlannedChange AzureRoleKind::planRevoke(const HeldPermission &held,
                                        const QString &principalName) const
{
    return revokeOf(held, principalName);
}

void AzureRoleKind::run(const QList<PlannedChange> &changes, QObject *context, OutcomeCallback each)
{
    for (const PlannedChange &c : changes) {
        if (c.action == PlannedChange::Action::DeleteRoleAssignment) {
            // ARM answers 204 for an assignment that is gone already; a 404 is another error.
            m_client->remove(c.assignmentId, context, [c, each](const Result<QString> &r) {
                each(deleteOutcome(c, r, false));
            });
            continue;
        }
        ie::arm::RoleAssignmentCreateJob *job
                = m_client->create(c.scope, c.roleDefinitionGuid, c.principalId);
        if (!m_delays.isEmpty())
            job->setDelays(m_delays);
        connect(job, &ie::arm::RoleAssignmentCreateJob::waitingForReplication, this,
                [this, c](int attempt, qint64 delayMs) {
                    Q_EMIT waitingForReplication(attempt, delayMs);
                    Q_EMIT waiting(c.principalId, delayMs);
                });
        connect(job, &ie::arm::RoleAssignmentCreateJob::countdown, this, &AzureRoleKind::countdown);
        connect(job, &ie::arm::RoleAssignmentCreateJob::finished, context, [job, c, each] {
            ChangeOutcome o;
            o.change = c;
            const auto &r = job->result();
            if (r) {
                o.status = r->status == ie::arm::CreateOutcome::Status::AlreadyExists
                        ? ChangeOutcome::Status::AlreadyDone
                        : ChangeOutcome::Status::Done;
                o.requestId = r->requestId;
                o.assignmentId = r->assignment.id;
            } else {
                o.error = r.error();
                o.requestId = r.error().requestId;
            }
            each(o);
        });
    }
}

} // namespace ie::permissions
