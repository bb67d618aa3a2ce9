#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace ie::net {
class HttpClient;
}

namespace ie::graph {

// A member of a directoryObject collection (ownedObjects, owners), as far as ownership needs it.
// https://learn.microsoft.com/graph/api/resources/directoryobject
struct OwnershipObject
{
    QString type; // "application", "servicePrincipal", "user", ... (from @odata.type)
    QString id;
    QString appId; // applications and service principals
    QString displayName;
    QString userPrincipalName; // users
    QString servicePrincipalType; // service principals: "Application", "ManagedIdentity", ...
    QStringList alternativeNames; // managed identities: their ARM resource id among them
    static OwnershipObject fromJson(const QJsonObject &o);
};

// Graph's ownership relations: what a service principal owns, who owns it, who owns its
// application. Callbacks are bound to `context` and called once (unless it is gone); lists are
// read to their last page.
class OwnershipClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnershipClient)
public:
    explicit OwnershipClient(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~OwnershipClient() override;

    using ObjectsCallback = std::function<void(const Result<QList<OwnershipObject>> &)>;
    using ObjectCallback = std::function<void(const Result<OwnershipObject> &)>;

    // GET /servicePrincipals/{id}/ownedObjects
    // https://learn.microsoft.com/graph/api/serviceprincipal-list-ownedobjects
    void ownedObjects(const QString &spId, QObject *context, ObjectsCallback callback);
    // GET /servicePrincipals/{id}/owners
    // https://learn.microsoft.com/graph/api/serviceprincipal-list-owners
    void servicePrincipalOwners(const QString &spId, QObject *context, ObjectsCallback callback);
    // GET /applications(appId='{appId}')/owners (404: the application is not in this tenant)
    // https://learn.microsoft.com/graph/api/application-list-owners
    void applicationOwners(const QString &appId, QObject *context, ObjectsCallback callback);
    // GET /servicePrincipals/{id} or /servicePrincipals(appId='{appId}') with the properties
    // OwnershipObject keeps.
    void servicePrincipal(const QString &idOrAppId, bool byAppId, QObject *context,
                          ObjectCallback callback);

private:
    void list(const QString &path, QObject *context, ObjectsCallback callback);
    QString graphRoot() const;

    QPointer<ie::net::HttpClient> m_client;
};

} // namespace ie::graph
