#pragma once

#include "catalog/catalogentry.h"
#include "federation/ficplan.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ie::graph {

// One pending change to an identity's permissions.
struct PlannedChange
{
    enum class Action {
        GrantAppRole,
        RevokeAppRole,
        CreateRoleAssignment,
        DeleteRoleAssignment,
        AssignDirectoryRole, // a Microsoft Entra directory role, tenant-wide ("/")
        RemoveDirectoryRole,
        // One scope of a delegated permission grant: the plan's removals of one grant become one
        // PATCH with the scopes left, or a DELETE when none is left.
        RemoveDelegatedScope,
        // A federated identity credential (the change itself in `federated`).
        AddFederatedCredential,
        UpdateFederatedCredential,
        RemoveFederatedCredential,
    };
    Action action = Action::GrantAppRole;
    QString principalId; // the identity's service principal object id
    QString principalName;
    // App roles.
    QString resourceId; // the resource service principal's object id in this tenant
    QString resourceAppId;
    QString resourceName;
    QString appRoleId;
    QString appRoleValue;
    // Revocations: the Graph assignment id, or the full ARM id of the role assignment.
    QString assignmentId;
    // Azure roles (scope: the ARM scope) and directory roles (scope: the directoryScopeId,
    // roleDefinitionGuid: the role's template id).
    QString scope;
    QString roleDefinitionGuid;
    QString roleName;
    ie::catalog::Tier tier = ie::catalog::Tier::Untiered;
    // Delegated grants: the scope removed is roleName, the grant is assignmentId, its scopes as
    // read are grantScopes, its consent type (and user) scope (and principalName of the user).
    QStringList grantScopes;
    QString consentType;
    QString onBehalfOfName;
    // Federated identity credentials: the add, update or remove (see fromFederated()).
    ie::federation::FicChange federated;

    // The planned change that makes `change` (principalId: the identity's object id, if known).
    static PlannedChange fromFederated(const ie::federation::FicChange &change,
                                       const QString &principalId = {});
    bool isFederated() const
    {
        return action == Action::AddFederatedCredential
                || action == Action::UpdateFederatedCredential
                || action == Action::RemoveFederatedCredential;
    }

    bool isGrant() const
    {
        return action == Action::GrantAppRole || action == Action::CreateRoleAssignment
                || action == Action::AssignDirectoryRole;
    }
    QString target() const; // what the change is about, in one line (for the audit record)
};

// One HTTP request of a plan, exactly as it will be sent.
struct PlannedRequest
{
    QByteArray method;
    QString url;
    QString body; // pretty JSON, empty for DELETE
    QList<QPair<QString, QString>> labels; // each GUID in url or body -> what it is
};

// The pending changes the user reviews before anything is sent, and can export instead of
// running: as curl, az, PowerShell, Bicep or Terraform, with the real ids. Snippets come from the
// catalog's one snippet generator.
class GrantPlan
{
public:
    enum class Format { Curl, AzCli, PowerShell, Bicep, Terraform };
    static QList<Format> formats();
    static QString formatTitle(Format format); // translated
    static QString formatKey(Format format); // "curl", "az", "powershell", "bicep", "terraform"

    void setEndpoints(const QString &graphUrl, const QString &armUrl);
    void add(const PlannedChange &change) { m_changes.append(change); }
    void clear() { m_changes.clear(); }
    const QList<PlannedChange> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }

    // Some grant is tier 0 (a path to Global Administrator or Owner): confirm twice.
    bool needsSecondConfirmation() const;
    bool hasTier1() const;

    // Grants of several app roles of one resource go in Graph $batch requests of 20; the review
    // shows them as the single requests they stand for.
    QList<PlannedRequest> requests() const;
    QString exportAs(Format format) const;

    // Delegated grants: the scopes of grant `grantId` the plan leaves (empty: the grant goes).
    QStringList scopesLeft(const QString &grantId) const;

    // The deterministic role assignment name of a creation (see RoleAssignmentClient).
    static QString assignmentNameFor(const PlannedChange &change);

private:
    QList<PlannedChange> m_changes;
    QString m_graph = QStringLiteral("https://graph.microsoft.com");
    QString m_arm = QStringLiteral("https://management.azure.com");
};

} // namespace ie::graph
