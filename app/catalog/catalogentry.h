#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ie::catalog {

// What a GUID is. The order is the order of the groups in the lookup results.
enum class Kind {
    AppRole, // an application permission of a Microsoft resource API (Graph, Exchange, ...)
    Scope, // a delegated permission (oauth2PermissionScope)
    AzureRole, // an Azure RBAC role definition (built-in or the tenant's custom role)
    DirectoryRole, // a Microsoft Entra built-in directory role (template id)
    App, // a Microsoft first-party application (appId)
    TenantAppRole, // an app role exposed by one of the signed-in tenant's own service principals
    KnownGuid, // a label from the Entra docs' list of well-known GUIDs; the last resort
};
constexpr int KindCount = 7;

// "app-role", "scope", "azure-role", "directory-role", "app", "tenant-app-role", "known-guid":
// the names the command line and the JSON output use.
QString kindKey(Kind kind);
std::optional<Kind> kindFromKey(const QString &key);
// "Application permission", "Delegated permission", ...: translated group titles.
QString kindTitle(Kind kind);

// An attack-path tier from privilege-tiers.json: 0 is the most dangerous. Untiered is "not in the
// tier data", which does not mean safe.
enum class Tier { Untiered = -1, Tier0 = 0, Tier1 = 1, Tier2 = 2, Tier3 = 3 };
QString tierTitle(Tier tier);

// Where an entry came from and how the tenant's live data changed it.
enum class Origin {
    Bundled, // shipped in resources/catalog
    Live, // from the signed-in tenant
};
enum class LiveState {
    Unknown, // no live data for this resource (yet)
    Confirmed, // bundled, and the tenant has it too
    New, // the tenant has it, the bundle does not
    Gone, // the bundle has it, the tenant's resource no longer does
};

// One permission block of an Azure role definition as ARM evaluates it: an action is granted when
// some block's actions match it and the same block's notActions do not (a notAction of one block
// takes nothing from another).
struct RolePermission
{
    QStringList actions;
    QStringList notActions;
    QStringList dataActions;
    QStringList notDataActions;
    QString condition; // an ABAC condition on this block, or empty
};

struct Entry
{
    Kind kind = Kind::KnownGuid;
    QString id; // lower-case GUID: appRoleId, scope id, role definition name, template id, appId
    // The machine name: permission value ("User.Read.All"), role name ("Key Vault Secrets User"),
    // directory role or app display name. Empty for app roles without a value.
    QString value;
    QString displayName; // the human title (admin-consent title for scopes)
    QString description;
    // App roles, scopes and tenant app roles only: the resource's appId and name. Permissions are
    // identified by (resourceAppId, id), never by id alone.
    QString resourceAppId;
    QString resourceName;

    // Scopes: "Admin" or "User"; user-consent texts.
    QString consentType;
    QString userConsentDisplayName;
    QString userConsentDescription;
    bool isEnabled = true;
    std::optional<int> privilegeLevel; // Microsoft's own 1..5 rating, when known

    // Azure roles: every block's lists run together (for display), and the blocks themselves (for
    // evaluation, see RolePermission; empty for entries that name only the flat lists).
    QStringList actions;
    QStringList notActions;
    QStringList dataActions;
    QStringList notDataActions;
    QString condition;
    bool customRole = false;
    QList<RolePermission> permissions;

    QStringList formerNames;
    QString status; // directory roles: current/hidden/deprecated; azure roles: removed
    QString note;
    QStringList identifierUris; // apps: servicePrincipalNames (the "aud" forms)

    Tier tier = Tier::Untiered;
    QString tierPathType; // Direct / Indirect for tier 0

    Origin origin = Origin::Bundled;
    LiveState liveState = LiveState::Unknown;
    QString sourceFile; // "graph-permissions.json", ... for bundled entries
    QString tenantId; // for live entries
    QDateTime fetchedAt; // for live entries

    // Same value on the same resource as the other kind (app role <-> scope): the classic mistake.
    QString twinId;
};

using EntryPtr = std::shared_ptr<const Entry>;

} // namespace ie::catalog
