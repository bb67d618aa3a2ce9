#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

namespace ie::net {
class HttpClient;
}

namespace ie::graph {

// A Microsoft Entra directory role definition (unifiedRoleDefinition).
// https://learn.microsoft.com/graph/api/resources/unifiedroledefinition
struct DirectoryRoleDefinition
{
    QString id; // for built-in roles the template id
    QString templateId;
    QString displayName;
    QString description;
    bool isBuiltIn = true;
};

// One directory role assignment (unifiedRoleAssignment), active or eligible (PIM).
// https://learn.microsoft.com/graph/api/resources/unifiedroleassignment
struct DirectoryRoleAssignment
{
    QString id;
    QString principalId;
    QString roleDefinitionId;
    QString directoryScopeId; // "/" (tenant-wide) or "/administrativeUnits/{id}"
    DirectoryRoleDefinition definition; // with $expand=roleDefinition
    bool eligible = false; // from roleEligibilitySchedules
};

// Graph's unified RBAC API for the directory provider: the roles an identity holds (active, and
// eligible where the tenant has PIM), the role definitions, assign (tenant-wide) and remove.
// Callbacks are bound to `context` and called once (unless it is gone).
class DirectoryRoleClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryRoleClient)
public:
    explicit DirectoryRoleClient(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~DirectoryRoleClient() override;

    using AssignmentsCallback = std::function<void(const Result<QList<DirectoryRoleAssignment>> &)>;

    // GET /roleManagement/directory/roleAssignments?$filter=principalId eq '{id}'
    //     &$expand=roleDefinition, every page.
    void listAssignments(const QString &principalId, QObject *context,
                         AssignmentsCallback callback);
    // GET /roleManagement/directory/roleEligibilitySchedules?$filter=principalId eq '{id}'
    //     &$expand=roleDefinition. Without PIM (no Entra ID P2) Graph answers 400
    //     AadPremiumLicenseRequired; isNoPimLicence() tells it apart.
    void listEligible(const QString &principalId, QObject *context, AssignmentsCallback callback);
    // GET /roleManagement/directory/roleDefinitions.
    void listDefinitions(
            QObject *context,
            std::function<void(const Result<QList<DirectoryRoleDefinition>> &)> callback);
    // POST /roleManagement/directory/roleAssignments {principalId, roleDefinitionId,
    // directoryScopeId}: the new assignment and the request id.
    void create(
            const QString &principalId, const QString &roleDefinitionId,
            const QString &directoryScopeId, QObject *context,
            std::function<void(const Result<QPair<DirectoryRoleAssignment, QString>> &)> callback);
    // DELETE /roleManagement/directory/roleAssignments/{id}: the request id.
    void remove(const QString &assignmentId, QObject *context,
                std::function<void(const Result<QString> &)> callback);

    QUrl assignmentsUrl() const; // .../v1.0/roleManagement/directory/roleAssignments
    static QJsonObject createBody(const QString &principalId, const QString &roleDefinitionId,
                                  const QString &directoryScopeId);
    // Graph's answer to a second identical assignment (400 "A conflicting object ...").
    static bool isAlreadyAssigned(const ApiError &error);
    // The tenant has no licence for PIM's eligibility schedules.
    static bool isNoPimLicence(const ApiError &error);
    static DirectoryRoleAssignment assignmentFromJson(const QJsonObject &o);

private:
    void listPages(const QUrl &url, bool eligible, QObject *context, AssignmentsCallback callback);

    QPointer<ie::net::HttpClient> m_client;
};

} // namespace ie::graph
