#include "permissions/permissionkind.h"

using namespace Qt::StringLiterals;

namespace ie::permissions {

ChangeRunner::~ChangeRunner() = default;
PermissionKind::~PermissionKind() = default;

bool PermissionKind::handles(const ie::graph::PlannedChange &change) const
{
    return m_words && (change.action == m_words->grant || change.action == m_words->revoke);
}

bool PermissionKind::canRevoke(const HeldPermission &held) const
{
    return m_words && held.kind == kind() && held.source != Source::Group && !held.eligible
            && !held.assignmentId.isEmpty();
}

QString PermissionKind::auditAction(const ie::graph::PlannedChange &change) const
{
    if (!m_words)
        return {};
    return change.isGrant() ? m_words->grantAction : m_words->revokeAction;
}

ie::graph::PlannedChange PermissionKind::revokeOf(const HeldPermission &held,
                                                  const QString &principalName) const
{
    ie::graph::PlannedChange c;
    if (m_words)
        c.action = m_words->revoke;
    c.principalId = held.principalId;
    c.principalName = principalName;
    c.assignmentId = held.assignmentId;
    c.tier = held.tier;
    c.roleDefinitionGuid = held.roleId;
    c.roleName = held.roleName;
    c.scope = held.scope;
    return c;
}

ChangeOutcome PermissionKind::deleteOutcome(const ie::graph::PlannedChange &change,
                                            const Result<QString> &r, bool goneIsDone)
{
    ChangeOutcome o;
    o.change = change;
    if (r) {
        o.status = ChangeOutcome::Status::Done;
        o.requestId = *r;
    } else if (goneIsDone && r.error().httpStatus == 404) {
        o.status = ChangeOutcome::Status::AlreadyDone; // gone already: what the revoke was for
        o.requestId = r.error().requestId;
    } else {
        o.error = r.error();
        o.requestId = r.error().requestId;
    }
    return o;
}

QString PermissionKind::auditResult(const ChangeOutcome &o) const
{
    const Words w = m_words.value_or(Words{});
    switch (o.status) {
    case ChangeOutcome::Status::Done:
        return o.change.isGrant() ? w.granted : w.revoked;
    case ChangeOutcome::Status::AlreadyDone:
        return o.change.isGrant() ? w.alreadyGranted : w.alreadyRevoked;
    case ChangeOutcome::Status::Cancelled:
        return u"cancelled"_s;
    case ChangeOutcome::Status::Failed:
        break;
    }
    return u"failed: "_s + (o.error ? o.error->code : QString());
}

} // namespace ie::permissions
