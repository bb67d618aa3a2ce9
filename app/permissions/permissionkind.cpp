#include "permissions/permissionkind.h"

using namespace Qt::StringLiterals;

namespace ie::permissions {

PermissionKind::~PermissionKind() = default;

QString PermissionKind::auditResult(const ChangeOutcome &o) const
{
    switch (o.status) {
    case ChangeOutcome::Status::Done:
        return o.change.isGrant() ? u"granted"_s : u"revoked"_s;
    case ChangeOutcome::Status::AlreadyDone:
        return o.change.isGrant() ? u"already-held"_s : u"already-revoked"_s;
    case ChangeOutcome::Status::Cancelled:
        return u"cancelled"_s;
    case ChangeOutcome::Status::Failed:
        break;
    }
    return u"failed: "_s + (o.error ? o.error->code : QString());
}

} // namespace ie::permissions
