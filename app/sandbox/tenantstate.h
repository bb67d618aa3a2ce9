#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <random>

namespace ie::sandbox {

// One service principal as Graph shows it, plus what the sandbox needs to answer fast.
struct ServicePrincipal
{
    QJsonObject json; // the full Graph v1.0 shape
    QString id;
    QString appId;
    QString displayName;
    QString lowerName; // for startswith() and $search
    QString type; // servicePrincipalType
    QString secret; // only for the documented sandbox admin app (client credentials)
    int accessTokenVersion = 1;
    // A derived type ("#microsoft.graph.agentIdentity", "#microsoft.graph.agentIdentityBlueprint",
    // "#microsoft.graph.agentIdentityBlueprintPrincipal"), also in json; empty for the base type.
    QString odataType;
    QStringList sponsors; // Agent ID only: user object ids (docs/agents.md)
};

struct AppRoleAssignment
{
    QString id;
    QString principalId;
    QString principalType = QStringLiteral("ServicePrincipal");
    QString principalDisplayName;
    QString resourceId;
    QString resourceDisplayName;
    QString appRoleId;
    QString createdDateTime;
    QJsonObject toJson() const;
};

struct ArmResource
{
    QString id; // full ARM id
    QString name;
    QString type;
    QString kind;
    QString location;
    QString subscriptionId;
    QString resourceGroup;
    QJsonObject identity; // empty: none
    QJsonObject properties;
    QString createdAt; // systemData.createdAt (ARM's only creation time of a resource)
    QJsonObject toJson() const;
};

struct RoleDefinition
{
    QString name; // GUID
    QString roleName;
    QString description;
    QString type; // "BuiltInRole" / "CustomRole"
    QJsonArray permissions;
    QJsonArray assignableScopes;
    QJsonObject toJson(const QString &scope) const; // id under `scope` ("" or "/subscriptions/x")
};

struct RoleAssignment
{
    QString name; // GUID
    QString scope;
    QString roleDefinitionName; // GUID
    QString principalId;
    QString principalType = QStringLiteral("ServicePrincipal");
    QString createdOn;
    QJsonObject toJson() const;
};

// A management group: the tenant root group (named after the tenant id) and the groups below it.
struct ManagementGroup
{
    QString name; // the group's id in the API
    QString displayName;
    QString parent; // the parent group's name; empty for the root
    QStringList subscriptions; // subscription ids directly in this group
    QString scope() const; // "/providers/Microsoft.Management/managementGroups/{name}"
};

struct FederatedCredential
{
    QString parentId; // the user-assigned identity's ARM id, or the application's appId (Graph)
    QString name;
    QString issuer;
    QString subject;
    QStringList audiences;
    QJsonObject toJson() const; // ARM's shape
    QString id; // Graph only: the credential's object id
    QString description; // Graph only
    QJsonObject toGraphJson() const; // Graph v1.0 federatedIdentityCredential
};

// The credentials of an app registration (Graph application keyCredentials and
// passwordCredentials); the application itself is the tenant's service principal of that appId.
// https://learn.microsoft.com/graph/api/resources/keycredential?view=graph-rest-1.0
// https://learn.microsoft.com/graph/api/resources/passwordcredential?view=graph-rest-1.0
struct ApplicationCredentials
{
    QString id; // the application object's id (not its service principal's)
    QJsonArray keyCredentials; // each with "key" (base64 DER) when the sandbox knows it
    QJsonArray passwordCredentials; // never with secretText
};

// A built-in Microsoft Entra directory role (by its template id, as the `wids` claim names it) and
// the users that hold it in the tenant.
struct DirectoryRole
{
    QString templateId;
    QString displayName;
    QStringList members; // user object ids
};

// An active Microsoft Entra directory role assignment (unifiedRoleAssignment, directory provider):
// https://learn.microsoft.com/graph/api/resources/unifiedroleassignment
struct DirectoryRoleAssignment
{
    QString id; // opaque, as Entra's ("lAPpYvVpN0KRkAEhdxReE...-1")
    QString principalId; // a user or a service principal
    QString roleDefinitionId; // the template id of a built-in role
    QString directoryScopeId = QStringLiteral("/");
    QJsonObject toJson() const;
};

// Delegated permissions a client (public or confidential) has been granted on a resource API, as
// Graph's oauth2PermissionGrant: for every user (AllPrincipals, admin consent) or one (Principal).
struct DelegatedGrant
{
    QString id;
    QString clientAppId;
    QString resourceAppId;
    QString consentType = QStringLiteral("AllPrincipals");
    QString principalId; // consentType Principal only
    QStringList scopes;
};

// One owner of a directory object: an application (by its application object id) or a service
// principal, owned by a user or a service principal. Owners of an application may change it, add
// a secret to it and so act as its service principal.
// https://learn.microsoft.com/graph/api/application-list-owners
// https://learn.microsoft.com/graph/api/serviceprincipal-list-ownedobjects
struct Ownership
{
    QString objectId; // application object id, or service principal id
    bool application = false; // objectId is an application's
    QString ownerId; // a user or a service principal
};

// The whole sandbox tenant: Graph directory objects and ARM resources, kept consistent (a
// resource's identity block and its service principal's alternativeNames name each other).
// Mutations are the operations the app performs (grants); everything is in memory.
class TenantState
{
public:
    // `description` is resources/sandbox/contoso.json; `graphPermissions` and `azureRoles` the
    // bundled catalog files, from which the Microsoft Graph service principal's real app roles
    // and scopes and the built-in role definitions are taken.
    bool load(const QByteArray &description, const QByteArray &graphPermissions,
              const QByteArray &azureRoles, QString *error);
    // Adds `count` generated service principals (20 % managed identities with matching ARM
    // resources), deterministic for a seed; and `appRoleAssignments` Microsoft Graph app role
    // assignments (read-only roles) held by them, spread evenly, for benchmarks of the report.
    void grow(int count, quint64 seed, int appRoleAssignments = 0);

    QString tenantId;
    QString tenantDisplayName;
    QString tenantDomain;
    QString tenantCreated;
    QString adminAppId;
    QString adminSecret;
    QString miResourceId; // default resource the managed-identity endpoints answer as

    QList<ServicePrincipal> servicePrincipals;
    // Agent identity blueprints: applications (json is the agentIdentityBlueprint shape), with
    // their inheritablePermissions (blueprint object id, lower case -> the collection's values).
    QList<ServicePrincipal> agentBlueprints;
    QHash<QString, QJsonArray> inheritablePermissions;
    QList<QJsonObject> users;
    QList<DirectoryRole> directoryRoles;
    QList<DirectoryRoleAssignment> directoryRoleAssignments; // members of directoryRoles, by scope
    QList<DelegatedGrant> delegatedGrants;
    QList<Ownership> owners; // seed "owners"
    QList<AppRoleAssignment> appRoleAssignments;
    QList<QJsonObject> subscriptions; // ARM subscription objects
    QList<QJsonObject> resourceGroups;
    QList<ArmResource> resources; // incl. user-assigned identities
    QList<FederatedCredential> federatedCredentials;
    // Federated identity credentials of app registrations (Graph), parentId = the app's appId.
    QList<FederatedCredential> appFederatedCredentials;
    // App registrations' certificate and password credentials, by lower-case appId.
    QHash<QString, ApplicationCredentials> applicationCredentials;
    QList<RoleDefinition> roleDefinitions;
    QList<RoleAssignment> roleAssignments;
    // The root group first. Every subscription sits in exactly one group.
    QList<ManagementGroup> managementGroups;
    // Replication delay as ARM sees it: a principal listed here (lower-case object id) is not yet
    // known to ARM, and that many more role assignment writes naming it answer PrincipalNotFound,
    // as for an identity created moments ago.
    QHash<QString, int> armReplicationLag;

    const ServicePrincipal *spById(const QString &id) const;
    const ServicePrincipal *spByAppId(const QString &appId) const;
    // The app registration's credentials (null for an app of another tenant or a managed identity).
    ApplicationCredentials *applicationCredentialsOf(const QString &appId);
    // The appId of the application whose object id is `objectId` (empty: none).
    QString appIdOfApplication(const QString &objectId) const;
    // Whether `ownerId` owns the application (object id) or service principal `objectId`.
    bool isOwner(const QString &ownerId, const QString &objectId) const;
    const ServicePrincipal *agentBlueprintById(const QString &id) const;
    // By appId or by one of its servicePrincipalNames (a token audience / scope resource).
    const ServicePrincipal *spByResource(const QString &resource) const;
    const ArmResource *resourceById(const QString &id) const;
    const RoleDefinition *roleDefinitionByName(const QString &guidOrRoleName) const;
    const ManagementGroup *managementGroup(const QString &name) const;
    // The group a subscription ("/subscriptions/x" or below) or group scope sits in directly.
    const ManagementGroup *parentGroupOf(const QString &scope) const;
    // Whether a role assigned at `outer` applies at `inner`: the same scope, a path prefix, or a
    // management group above the subscription or group of `inner`.
    bool scopeCovers(const QString &outer, const QString &inner) const;
    // A user by object id or userPrincipalName (case-insensitive), or null.
    const QJsonObject *user(const QString &idOrUpn) const;
    // The template ids of the directory roles `userId` holds, and their display names.
    QStringList directoryRoleIdsOf(const QString &userId) const;
    const DirectoryRole *directoryRole(const QString &templateId) const;
    // Assigns a directory role tenant-wide ("/"): returns the new assignment, or the existing one
    // in `*existing` (and nothing new). Keeps DirectoryRole::members in step.
    DirectoryRoleAssignment addDirectoryRoleAssignment(const QString &principalId,
                                                       const QString &templateId,
                                                       const QString &directoryScopeId,
                                                       bool *existing = nullptr);
    bool removeDirectoryRoleAssignment(const QString &assignmentId);
    QString directoryRoleName(const QString &templateId) const;
    // Whether `userId` holds one of the directory roles named (display names or template ids).
    bool holdsDirectoryRole(const QString &userId, const QStringList &roles) const;
    // The delegated scopes `clientAppId` may use on the resource `resourceAppId` for `userId`
    // (admin consent for everyone plus the user's own consent), or none.
    QStringList delegatedScopes(const QString &clientAppId, const QString &resourceAppId,
                                const QString &userId) const;
    // The app role values `principalId` holds on the resource service principal `resourceSpId`.
    QStringList rolesOf(const QString &principalId, const QString &resourceSpId) const;

    // Grants (used by the grant routes). Each returns an error code as Graph/ARM would, or empty.
    QString addAppRoleAssignment(const QString &principalId, const QString &resourceId,
                                 const QString &appRoleId, AppRoleAssignment *created);
    bool removeAppRoleAssignment(const QString &principalId, const QString &assignmentId);

    void reindex();
    // The resources of one subscription, in `resources` order (ARM lists pages of one
    // subscription: an index keeps a page from scanning every subscription's resources).
    const QList<int> &resourcesIn(const QString &subscriptionId) const;

private:
    void growAppRoleAssignments(int generated, int count, std::mt19937_64 &rng);
    QHash<QString, int> m_spById;
    QHash<QString, int> m_spByAppId;
    QHash<QString, int> m_spByName; // lower-cased servicePrincipalNames
    QHash<QString, int> m_resourceById; // lower-cased ARM id
    QHash<QString, QList<int>> m_resourcesBySubscription; // lower-cased subscription id
};

QString newGuid();

} // namespace ie::sandbox
