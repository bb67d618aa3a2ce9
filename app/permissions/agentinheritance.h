#pragma once

#include "permissions/heldpermission.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Microsoft Entra Agent ID (docs/agents.md), Graph v1.0:
// - agentIdentity (inherits servicePrincipal; agentIdentityBlueprintId is the blueprint's appId):
//   https://learn.microsoft.com/graph/api/resources/agentidentity?view=graph-rest-1.0
// - agentIdentityBlueprint (inherits application):
//   https://learn.microsoft.com/graph/api/resources/agentidentityblueprint?view=graph-rest-1.0
// - agentIdentityBlueprintPrincipal (inherits servicePrincipal, instantiated from the blueprint):
//   https://learn.microsoft.com/graph/api/resources/agentidentityblueprintprincipal?view=graph-rest-1.0
// - inheritablePermission (per resource app: allAllowed, enumerated or no delegated scopes):
//   https://learn.microsoft.com/graph/api/resources/inheritablepermission?view=graph-rest-1.0
// What an agent inherits: the delegated scopes consented for the blueprint principal that the
// blueprint marks inheritable for their resource app
// (https://learn.microsoft.com/entra/agent-id/concept-inheritable-permissions).
namespace ie::permissions {

inline constexpr QLatin1StringView AgentIdentityType{"#microsoft.graph.agentIdentity"};
inline constexpr QLatin1StringView BlueprintType{"#microsoft.graph.agentIdentityBlueprint"};
inline constexpr QLatin1StringView BlueprintPrincipalType{"#microsoft.graph.agentIdentityBlueprintPrincipal"};

struct AgentIdentityInfo
{
    QString id;
    QString appId;
    QString displayName;
    QString blueprintAppId; // agentIdentityBlueprintId
    QString createdByAppId;
    QStringList sponsors; // display names (user principal names where no name is given)
};

struct InheritableScopes
{
    enum class Pattern { AllAllowed, Enumerated, None };
    QString resourceAppId;
    Pattern pattern = Pattern::None;
    QStringList scopes; // Enumerated only
};

struct AgentBlueprintInfo
{
    QString id; // the application's object id
    QString appId;
    QString displayName;
    QString principalId; // its blueprint principal's object id, where known
    QList<InheritableScopes> inheritable;
};

// One oauth2PermissionGrant of the blueprint principal (the client).
struct BlueprintGrant
{
    QString id;
    QString resourceId; // the resource's service principal object id
    QString resourceAppId;
    QString resourceName;
    QString consentType; // "AllPrincipals" (admin consent) or "Principal"
    QStringList scopes;
};

AgentIdentityInfo parseAgentIdentity(const QJsonObject &o);
QList<AgentIdentityInfo> parseAgentIdentities(const QJsonArray &value);
AgentBlueprintInfo parseBlueprint(const QJsonObject &o);
QList<InheritableScopes> parseInheritablePermissions(const QJsonArray &value);
// A sponsors collection (directoryObjects): the users' names.
QStringList parseSponsors(const QJsonArray &value);
// oauth2PermissionGrant objects; resourceAppId and resourceName are filled in by the caller.
QList<BlueprintGrant> parseGrants(const QJsonArray &value);

// What `agent` inherits from `blueprint`: each inheritable scope of the blueprint principal's
// admin-consented grants, as a DelegatedGrant held with Source::Blueprint (sourceName: the
// blueprint's name). A grant to one user only (consentType Principal) is not inherited by every
// agent and is left out.
QList<HeldPermission> inheritedFromBlueprint(const AgentIdentityInfo &agent,
                                             const AgentBlueprintInfo &blueprint,
                                             const QList<BlueprintGrant> &blueprintGrants);

} // namespace ie::permissions
