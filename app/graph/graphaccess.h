#pragma once

#include "core/apierror.h"

#include <QString>
#include <QStringList>

namespace ie::graph {

// What Microsoft Graph demands for the operations the app performs, from each reference page's
// "Permissions" section, and the explanation of a 403 that names what the signed-in identity
// lacks. On a delegated (user) token Graph allows what both the client's delegated scopes (scp)
// and the user's directory roles allow; an app-only token needs the application permissions
// (roles).
enum class GraphOperation {
    ReadServicePrincipals, // GET /servicePrincipals (any member user may)
    ReadAppRoleAssignments, // GET .../appRoleAssignments, .../appRoleAssignedTo
    GrantAppRole, // POST .../appRoleAssignments, .../appRoleAssignedTo
    RevokeAppRole, // DELETE .../appRoleAssignedTo/{id}
    // GET /roleManagement/directory/roleAssignments, roleDefinitions, roleEligibilitySchedules
    // (https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments)
    ReadDirectoryRoles,
    // POST/DELETE /roleManagement/directory/roleAssignments
    // (https://learn.microsoft.com/graph/api/rbacapplication-post-roleassignments)
    WriteDirectoryRoles,
    // GET /servicePrincipals/{id}/oauth2PermissionGrants, /oauth2PermissionGrants/{id}
    // (https://learn.microsoft.com/graph/api/serviceprincipal-list-oauth2permissiongrants)
    ReadDelegatedGrants,
    // PATCH/DELETE /oauth2PermissionGrants/{id}
    // (https://learn.microsoft.com/graph/api/oauth2permissiongrant-update)
    WriteDelegatedGrants,
    // GET /servicePrincipals/{id}/ownedObjects, .../owners, /applications/{id}/owners
    // (https://learn.microsoft.com/graph/api/serviceprincipal-list-ownedobjects)
    ReadOwnership,
};

struct GraphRequirement
{
    QStringList anyOf; // one of these permissions
    QStringList andOneOf; // and one of these (empty: nothing more)
    QStringList directoryRoles; // delegated: the user holds one (display names; empty: any member)
};

// `tierZeroResource`: the app roles are Microsoft Graph's (or Azure AD Graph's) own, which only
// Privileged Role Administrator (or Global Administrator) may grant or revoke for a user.
GraphRequirement requirementFor(GraphOperation operation, bool tierZeroResource = false);

// Template ids of the built-in Entra roles named in the requirements (what `wids` holds).
QString directoryRoleTemplateId(const QString &displayName);

// For a 403 from Graph: one sentence that names who was signed in and the missing permission or
// directory role, or `error.message` unchanged when the request's caller is unknown. Translated.
QString explainGraphDenied(const ApiError &error, GraphOperation operation,
                           bool tierZeroResource = false);

// Whether `appId` is Microsoft Graph or Azure AD Graph.
bool isTierZeroResourceApp(const QString &appId);

} // namespace ie::graph
