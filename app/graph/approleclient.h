#pragma once

#include "core/result.h"
#include "graph/approletypes.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace ie::net {
class HttpClient;
struct HttpRequest;
} // namespace ie::net

namespace ie::graph {

// What became of one role of a grant.
struct GrantOutcome
{
    enum class Status { Granted, AlreadyHeld, Failed };
    QString appRoleId;
    QString value;
    Status status = Status::Failed;
    QString assignmentId; // Granted only
    QString requestId;
    std::optional<ApiError> error; // Failed only
};

// Microsoft Graph app role assignments of one service principal: list what it holds, grant (one
// POST, or $batch requests of 20 for many roles, with a result per role), revoke. A role already
// held counts as held, not as a failure. Callbacks are bound to `context`: when it is gone, they
// are not called.
class AppRoleClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppRoleClient)
public:
    explicit AppRoleClient(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~AppRoleClient() override;

    using AssignmentsCallback = std::function<void(const Result<QList<AppRoleAssignment>> &)>;
    using ResourcesCallback = std::function<void(const Result<QList<ResourceApi>> &)>;
    using GrantCallback = std::function<void(const Result<QList<GrantOutcome>> &)>;
    using RevokeCallback = std::function<void(const Result<QString> &)>; // request-id

    // GET /servicePrincipals/{id}/appRoleAssignments, every page.
    void listAssignments(const QString &principalId, QObject *context,
                         AssignmentsCallback callback);
    // GET /servicePrincipals/{id}/appRoleAssignedTo?$top=999, every page: who holds the app roles
    // of the resource API `resourceId` (service principals, users and groups).
    void listAssignedTo(const QString &resourceId, QObject *context, AssignmentsCallback callback);
    // Every service principal of the tenant that exposes app roles, Microsoft Graph first, then by
    // display name.
    void listResourceApis(QObject *context, ResourcesCallback callback);
    // GET /servicePrincipals/{id}?$select=id,appId,displayName,appRoles,oauth2PermissionScopes: one
    // resource API (to name the roles held on it).
    void getResource(const QString &resourceId, QObject *context,
                     std::function<void(const Result<ResourceApi> &)> callback);

    // Whether `appRoleId` may be sent as an appRoleId to `resource`: it must be one of its app
    // roles that applications can hold. A delegated permission (scope) id never is, nor is an id
    // unknown to the resource. InvalidInput otherwise, with the reason.
    static VoidResult validate(const ResourceApi &resource, const QString &appRoleId);
    // The request that grants one role (as the review dialog shows it and grant() sends it).
    QUrl assignmentsUrl(const QString &principalId) const;
    static QJsonObject grantBody(const QString &principalId, const QString &resourceId,
                                 const QString &appRoleId);

    // Grants `appRoleIds` of `resource` to `principalId`. Every id is validated before anything is
    // sent: one invalid id fails the whole call with InvalidInput and nothing is sent. Otherwise
    // the result holds one outcome per id, in order.
    // Entra answers 404 Request_ResourceNotFound or 400 "not a valid reference update" for an
    // identity created moments ago, and its assignment list may lag a grant: the roles refused so
    // are tried again after each of replicationDelays(), and after a grant the list is re-read
    // (with the same waits) until it shows every new assignment. waitingForEntra() tells each
    // wait, entraCaughtUp() its end.
    void grant(const QString &principalId, const ResourceApi &resource,
               const QStringList &appRoleIds, QObject *context, GrantCallback callback);
    // DELETE /servicePrincipals/{principalId}/appRoleAssignments/{assignmentId}.
    void revoke(const QString &principalId, const QString &assignmentId, QObject *context,
                RevokeCallback callback);

    static ResourceApi resourceFromJson(const QJsonObject &sp);

    using Delays = QList<std::chrono::milliseconds>;
    // 1, 2, 4, 8, 15 s: about half a minute in all. Tests make them short.
    Delays replicationDelays() const { return m_delays; }
    void setReplicationDelays(const Delays &delays) { m_delays = delays; }
    // Whether `error` is Entra's answer for what it has not replicated yet.
    static bool isReplicationDelay(const ApiError &error);

Q_SIGNALS:
    // Entra has not caught up with `principalId` yet (a fresh identity, or a list that does not
    // show the grant yet); the next try is in `delayMs`.
    void waitingForEntra(const QString &principalId, qint64 delayMs);
    void entraCaughtUp(const QString &principalId);

private:
    void grantOnce(const QString &principalId, const ResourceApi &resource,
                   const QStringList &appRoleIds, QObject *context, GrantCallback callback);
    void grantAttempt(const QString &principalId, const ResourceApi &resource,
                      const QStringList &appRoleIds, QObject *context, GrantCallback callback,
                      int attempt, bool waited);
    void confirmListed(const QString &principalId, const QList<GrantOutcome> &outcomes,
                       QObject *context, GrantCallback callback, int attempt, bool waited);
    QPointer<ie::net::HttpClient> m_client;
    Delays m_delays;
};

} // namespace ie::graph
