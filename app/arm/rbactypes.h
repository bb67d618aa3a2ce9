#pragma once

#include <QString>
#include <QStringList>

namespace ie::arm {

// One Azure role assignment (Microsoft.Authorization/roleAssignments) as ARM returns it.
struct RoleAssignment
{
    QString id; // full ARM id: {scope}/providers/Microsoft.Authorization/roleAssignments/{name}
    QString name; // GUID
    QString scope;
    QString roleDefinitionId; // full id as ARM gives it
    QString roleDefinitionName; // its GUID
    QString principalId;
    QString principalType;
    QString createdOn;
};

// One role definition (built-in or the tenant's custom role).
struct RoleDefinition
{
    QString id;
    QString name; // GUID
    QString roleName;
    QString description;
    bool custom = false;
    QStringList actions;
    QStringList dataActions;
};

// A node of the scope picker: a subscription, a resource group, a resource or a management group.
struct ScopeNode
{
    enum class Level { Subscription, ResourceGroup, Resource, ManagementGroup };
    Level level = Level::Subscription;
    QString id; // the ARM id, which is the scope
    QString name;
    QString type; // resources: "Microsoft.KeyVault/vaults"
};

} // namespace ie::arm
