#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace ie::net {
class HttpClient;
}

namespace ie::graph {

// A delegated permission grant (oAuth2PermissionGrant): the scopes a client service principal may
// use on a resource API on behalf of every user (consentType AllPrincipals, admin consent) or of
// one user (Principal).
// https://learn.microsoft.com/graph/api/resources/oauth2permissiongrant
struct DelegatedPermissionGrant
{
    QString id;
    QString clientId; // the client service principal's object id (not its appId)
    QString consentType; // "AllPrincipals" or "Principal"
    QString principalId; // the user, for consentType Principal; empty otherwise
    QString resourceId; // the resource service principal's object id
    QStringList scopes; // the space-separated `scope` claim values
    static DelegatedPermissionGrant fromJson(const QJsonObject &o);
};

// Who a directory object is, as far as the delegated grants kind names it (a resource service
// principal's appId and name, a user's name).
struct DirectoryObjectName
{
    QString id;
    QString appId; // service principals
    QString displayName;
    QString userPrincipalName; // users
};

// Graph's delegated permission grants of one client: list, read one, change its scopes, delete.
// Callbacks are bound to `context` and called once (unless it is gone).
class DelegatedGrantClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelegatedGrantClient)
public:
    explicit DelegatedGrantClient(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~DelegatedGrantClient() override;

    using GrantsCallback = std::function<void(const Result<QList<DelegatedPermissionGrant>> &)>;
    using GrantCallback = std::function<void(const Result<DelegatedPermissionGrant> &)>;
    using DoneCallback = std::function<void(const Result<QString> &)>; // the request id

    // GET /servicePrincipals/{id}/oauth2PermissionGrants, every page.
    // https://learn.microsoft.com/graph/api/serviceprincipal-list-oauth2permissiongrants
    void listGrants(const QString &clientSpId, QObject *context, GrantsCallback callback);
    // GET /oauth2PermissionGrants/{id}
    // https://learn.microsoft.com/graph/api/oauth2permissiongrant-get
    void get(const QString &grantId, QObject *context, GrantCallback callback);
    // PATCH /oauth2PermissionGrants/{id} {"scope": "…"} (204 No Content)
    // https://learn.microsoft.com/graph/api/oauth2permissiongrant-update
    void updateScopes(const QString &grantId, const QStringList &scopes, QObject *context,
                      DoneCallback callback);
    // DELETE /oauth2PermissionGrants/{id} (204 No Content)
    // https://learn.microsoft.com/graph/api/oauth2permissiongrant-delete
    void remove(const QString &grantId, QObject *context, DoneCallback callback);
    // GET /servicePrincipals/{id}?$select=id,appId,displayName, or /users/{id}?$select=
    // id,displayName,userPrincipalName: what a grant's resource or user is called.
    void nameOf(const QString &objectId, bool user, QObject *context,
                std::function<void(const Result<DirectoryObjectName> &)> callback);

    QUrl grantsUrl() const; // .../v1.0/oauth2PermissionGrants
    static QJsonObject updateBody(const QStringList &scopes);

private:
    QString graphRoot() const;

    QPointer<ie::net::HttpClient> m_client;
};

} // namespace ie::graph
