#pragma once

#include "arm/rbactypes.h"
#include "arm/scopehierarchy.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace ie::net {
class HttpClient;
}

namespace ie::arm {

class RoleAssignmentCreateJob;

// What an identity holds across the subscriptions the signed-in user can read; `warnings` names
// the subscriptions that could not be read (the rest is still right).
struct AssignmentList
{
    QList<RoleAssignment> items; // each once, also when several lists returned it
    QStringList warnings;
    // Which management group holds which subscription or group, for the inherited column.
    ScopeHierarchy hierarchy;
    QStringList forbidden; // the subscriptions among them that answered 403
};

// Azure RBAC through ARM: list an identity's role assignments, the role definitions assignable at
// a scope, the scope tree (subscriptions, resource groups, resources), create and delete role
// assignments. Callbacks are bound to `context`.
class RoleAssignmentClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleAssignmentClient)
public:
    static constexpr auto ApiVersion = "2022-04-01";
    static constexpr auto ManagementGroupsApiVersion = "2020-05-01";

    explicit RoleAssignmentClient(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~RoleAssignmentClient() override;

    void listAssignments(const QString &principalId, QObject *context,
                         std::function<void(const Result<AssignmentList> &)> callback);
    // Every role assignment at or below `scope` (a subscription), for all principals.
    void listAllAssignments(const QString &scope, QObject *context,
                            std::function<void(const Result<QList<RoleAssignment>> &)> callback);
    void listRoleDefinitions(const QString &scope, QObject *context,
                             std::function<void(const Result<QList<RoleDefinition>> &)> callback);
    // The children of `parent` in the scope picker: for an empty parent the subscriptions, then
    // the management groups the user can read (a user who can read none just sees none); for a
    // management group its child groups and subscriptions ($expand=children); resource groups of
    // a subscription, resources of a resource group. listAssignments() reads the assignments at
    // the management groups too, and the subscription lists name those inherited from above.
    void listScopes(const QString &parent, QObject *context,
                    std::function<void(const Result<QList<ScopeNode>> &)> callback);

    // PUT {scope}/providers/Microsoft.Authorization/roleAssignments/{assignmentName(...)}, retried
    // while ARM does not know the principal yet. The job is started and deletes itself after
    // finished().
    RoleAssignmentCreateJob *create(const QString &scope, const QString &roleDefinitionGuid,
                                    const QString &principalId);
    // DELETE of a role assignment by its full id.
    void remove(const QString &assignmentId, QObject *context,
                std::function<void(const Result<QString> &)> callback);

    // What ARM template and Bicep guid(a, b, ...) returns: a name-based (v5, SHA-1) UUID in the
    // namespace 11fb06fb-712d-4ddd-98c7-e71bbd588830 of the arguments joined by '-', as UTF-8.
    // Checked against Bicep's own test: guid('foo', 'bar', 'baz') is
    // 2ed86837-7c7c-5eaa-9864-dd077fd19b0d (see docs/grant.md).
    static QString armGuid(const QStringList &arguments);
    // The deterministic assignment name, armGuid() of the lower-cased scope, principal and role
    // GUID, i.e. Bicep's guid(toLower(scope), toLower(principal), toLower(role)), so a retried
    // create cannot make a second assignment.
    static QString assignmentName(const QString &scope, const QString &principalId,
                                  const QString &roleDefinitionGuid);
    // The role definition id to send for a GUID at `scope`.
    static QString roleDefinitionIdFor(const QString &scope, const QString &roleDefinitionGuid);
    // What a 403 from ARM means for the person: which permission at which scope, and which roles
    // carry it.
    static QString explainForbidden(const ApiError &error, const QString &action,
                                    const QString &scope);

    ie::net::HttpClient *httpClient() const;
    QUrl armUrl(const QString &pathAndQuery) const;

private:
    QPointer<ie::net::HttpClient> m_client;
};

} // namespace ie::arm
