#pragma once

#include "catalog/catalogentry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ie::permissions {

// The kinds of power an identity can hold. Each has one PermissionKind implementation.
enum class Kind {
    AppRole, // a Graph app role assignment (appRoleAssignments), on any resource API
    AzureRole, // an Azure role assignment (ARM Microsoft.Authorization/roleAssignments)
    DirectoryRole, // a Microsoft Entra directory role (roleManagement/directory)
    // A delegated permission (scope) the identity, as a client, may use on a resource API on
    // behalf of users (oauth2PermissionGrants): one HeldPermission per scope of a grant.
    DelegatedGrant,
    // Ownership and control (read only): the applications and service principals the identity
    // owns (each can be given a secret and used as itself), and who controls the identity (its
    // owners, its application's owners; a managed identity's Azure resource).
    Ownership,
};
// "app-role", "azure-role", "directory-role", "delegated-grant", "ownership": the names `report --json` and
// the docs use.
QString kindKey(Kind kind);
QString kindTitle(Kind kind); // translated: "Graph app roles", ...
QList<Kind> allKinds();

// Where a grant comes from.
enum class Source {
    Direct, // assigned to the identity itself, at the scope it names
    Inherited, // an Azure role assigned at a scope above the one looked at
    Group, // held through a group the identity is a member of
    Blueprint, // an agent identity's, inherited from its agent identity blueprint (sourceName)
    // Ownership: the identity owns the application or service principal named (sourceName is
    // its type, "application" or "servicePrincipal").
    OwnedObject,
    // Ownership: who controls the identity, named in roleName (sourceName: "servicePrincipal"
    // for its own owners, "application" for its application's, "resource" for the Azure
    // resource of a managed identity). Gives the identity nothing: untiered.
    Owner,
};
// "direct", "inherited", "group", "blueprint", "owned-object", "owner"
QString sourceKey(Source source);

// One thing an identity holds, whatever its kind.
struct HeldPermission
{
    Kind kind = Kind::AppRole;
    QString assignmentId; // Graph assignment id, full ARM id, or directory roleAssignment id
    QString principalId;
    // What is held: an app role (id and value) of a resource API, an Azure role definition (GUID
    // and name), a directory role definition (template id for built-in roles, and display name).
    QString roleId;
    QString roleName;
    QString resourceId; // app roles: the resource service principal
    QString resourceAppId;
    QString resourceName;
    // Where it applies: the ARM scope of an Azure role, "/" or "/administrativeUnits/{id}" for a
    // directory role, empty for app roles (tenant-wide on the resource).
    QString scope;
    Source source = Source::Direct;
    QString sourceName; // Inherited: the scope it is assigned at; Group: the group
    bool eligible = false; // a directory role the identity may activate (PIM), not active
    ie::catalog::Tier tier = ie::catalog::Tier::Untiered;
    QString createdDateTime;
    // What it allows in the holder's own words where the kind has them (an app role's
    // description on its resource); the card prefers the catalog's.
    QString description;
    // Delegated grants: "AllPrincipals" (admin consent, every user) or "Principal" (one user, named
    // here); and every scope of the grant this one is part of (a revoke PATCHes the rest).
    QString consentType;
    QString onBehalfOfId;
    QString onBehalfOfName;
    QStringList grantScopes;

    // Case-insensitive on the ids; delegated grants also by scope (one grant, several scopes).
    bool sameAssignment(const HeldPermission &other) const;
};

// How reading one kind went.
struct KindState
{
    bool loaded = false;
    QString error; // the kind could not be read (one line for the user)
    // A part of it could not be read, said plainly and not as an error: ARM subscriptions that
    // answered 403, eligible directory roles without a PIM licence or the right permission.
    QStringList notes;
};

// What one identity holds, across every kind.
struct IdentityPermissions
{
    QString principalId;
    QList<HeldPermission> items;
    QHash<Kind, KindState> states;

    QList<HeldPermission> ofKind(Kind kind) const;
    bool isLoaded(Kind kind) const { return states.value(kind).loaded; }
    bool isComplete() const; // every kind read (well or not)
    // The highest tier held (Tier0 before Tier1 before Untiered).
    ie::catalog::Tier highestTier() const;
    // Highest tier first, then by kind and name.
    QList<HeldPermission> sorted() const;
};

} // namespace ie::permissions
