#pragma once

#include <QHash>
#include <QString>

namespace ie::arm {

// Which Azure scope lies above which. Below a subscription the ARM ids say it themselves (a
// resource group's id starts with its subscription's); above it they do not: a subscription sits
// in a management group, that group in another, up to the tenant root group, and only ARM's
// management group API tells which. This holds those links, as read from
// GET /providers/Microsoft.Management/managementGroups/{id}?$expand=children.
class ScopeHierarchy
{
public:
    static constexpr auto ManagementGroupPrefix
            = "/providers/Microsoft.Management/managementGroups/";

    // "/providers/Microsoft.Management/managementGroups/{name}".
    static QString managementGroupScope(const QString &name);
    static bool isManagementGroup(const QString &scope);
    // The group's name (its id in the API), or empty when `scope` is no management group.
    static QString managementGroupName(const QString &scope);
    // "/subscriptions/{id}" of a scope at or below a subscription, or empty.
    static QString subscriptionOf(const QString &scope);

    // `child` (a subscription or management group scope) sits directly in the group `parent`.
    void setParent(const QString &child, const QString &parent);
    // The management group directly above a subscription or group, or empty when unknown.
    QString parentOf(const QString &scope) const;
    bool isEmpty() const { return m_parent.isEmpty(); }
    void merge(const ScopeHierarchy &other);

    // Whether a role assigned at `ancestor` applies at `scope`: the same scope, a path prefix
    // ("/subscriptions/x" covers ".../resourceGroups/y"), the root "/", or a management group
    // above the subscription (or group) of `scope`.
    bool covers(const QString &ancestor, const QString &scope) const;

private:
    QHash<QString, QString> m_parent; // lower-case child scope -> parent group scope
};

} // namespace ie::arm
