#pragma once

#include "catalog/catalogentry.h"

#include <QList>
#include <QString>

namespace ie::catalog {

// Whom to grant to, and where. Empty fields become placeholders ("<principal-object-id>") or,
// for the resource service principal, a lookup by appId inside the snippet itself.
struct SnippetTarget
{
    QString principalObjectId; // the managed identity's service principal object id
    // Its display name: the snippets' comments name it ("to the identity vm-batch-01").
    QString principalName;
    QString resourceObjectId; // the resource service principal's object id in this tenant
    QString scope; // RBAC scope: "/subscriptions/<id>/resourceGroups/<rg>"
    QString graphUrl = QStringLiteral("https://graph.microsoft.com"); // the cloud's Graph
    QString armUrl = QStringLiteral("https://management.azure.com"); // the cloud's ARM
    // RBAC: the role assignment's name (a GUID); empty: the snippet makes a new one.
    QString assignmentName;
};

struct Snippet
{
    QString id; // "curl", "az-rest", "powershell", "bicep", "terraform", "az-role", ...
    QString title; // translated: "Graph REST (curl)"
    QString language; // "bash", "powershell", "bicep", "hcl"
    QString text;
};

// Ready-to-run snippets that grant `entry` to the target: app roles through an
// appRoleAssignment (curl, az rest, Graph PowerShell, Bicep, Terraform), Azure roles through a
// role assignment (az, Bicep, Terraform), directory roles through a unifiedRoleAssignment.
// Delegated permissions and apps have none: they are not granted to an identity this way.
QList<Snippet> snippetsFor(const Entry &entry, const SnippetTarget &target = {});

// Snippets that take a grant back: the app role assignment `assignmentId` (Graph), or the role
// assignment with the full ARM id `assignmentId` (Azure roles): curl, az, PowerShell, and for
// Bicep and Terraform the note that the resource is to be removed from the configuration.
QList<Snippet> revokeSnippetsFor(const Entry &entry, const SnippetTarget &target,
                                 const QString &assignmentId);

// Snippets that take scopes back from the delegated permission grant `grantId` (an
// oAuth2PermissionGrant of the client `target.principalObjectId` on the resource
// `target.resourceObjectId`): with `scopesLeft` a PATCH of the grant's `scope` to them, without
// any a DELETE of the grant. curl, az rest, Microsoft Graph PowerShell (Update-/Remove-
// MgOauth2PermissionGrant), Bicep (Microsoft.Graph/oauth2PermissionGrants) and Terraform
// (azuread_service_principal_delegated_permission_grant). `userObjectId`: the user of a grant
// with consentType Principal, empty for AllPrincipals.
// https://learn.microsoft.com/graph/api/oauth2permissiongrant-update
// https://learn.microsoft.com/graph/api/oauth2permissiongrant-delete
QList<Snippet> delegatedGrantRevokeSnippets(const SnippetTarget &target, const QString &grantId,
                                            const QStringList &removed,
                                            const QStringList &scopesLeft,
                                            const QString &userObjectId);

} // namespace ie::catalog
