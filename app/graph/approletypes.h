#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ie::graph {

// An app role a resource service principal exposes (Graph appRole).
struct AppRole
{
    QString id;
    QString value;
    QString displayName;
    QString description;
    QStringList allowedMemberTypes; // "Application", "User"
    bool isEnabled = true;

    bool assignableToApps() const
    {
        return isEnabled
                && (allowedMemberTypes.isEmpty()
                    || allowedMemberTypes.contains(QStringLiteral("Application")));
    }
};

// A service principal that exposes app roles: a resource API as the grant panel offers it.
struct ResourceApi
{
    QString id; // object id in this tenant (an appRoleAssignment's resourceId)
    QString appId;
    QString displayName;
    QList<AppRole> appRoles;
    QStringList scopeIds; // oauth2PermissionScopes ids: never assignable as an app role

    const AppRole *role(const QString &appRoleId) const;
};

// One appRoleAssignment as Graph returns it.
struct AppRoleAssignment
{
    QString id; // the assignment id (base64url, not a GUID)
    QString principalId;
    QString principalDisplayName;
    QString resourceId;
    QString resourceDisplayName;
    QString appRoleId;
    QString createdDateTime;
};

} // namespace ie::graph
