#pragma once

#include "graph/approletypes.h"
#include "models/heldchange.h"
#include "models/identitytreemodel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace ie::arm {
class RoleAssignmentClient;
}
namespace ie::catalog {
class Catalog;
}
namespace ie::graph {
class AppRoleClient;
}
namespace ie::net {
class HttpClient;
class HttpJob;
class PageJob;
} // namespace ie::net

namespace ie::models {

class HeldAppRoleModel;
class RoleAssignmentModel;

// A key or password credential of a service principal, as Graph shows it (never the secret).
struct IdentityCredential
{
    bool certificate = false; // keyCredentials (else passwordCredentials)
    QString displayName;
    QString keyId;
    QString type; // "AsymmetricX509Cert", ... (certificates)
    QDateTime start;
    QDateTime end;
    QString thumbprint; // customKeyIdentifier in hex (a certificate's SHA-1 thumbprint)
    bool expiredAt(const QDateTime &now) const { return end.isValid() && end < now; }
    // Valid, but ending within `days` of `now` (the portal warns at 30).
    bool expiringAt(const QDateTime &now, int days = 30) const
    {
        return end.isValid() && !expiredAt(now) && end <= now.addDays(days);
    }
};

// An app role the service principal exposes (what others may be granted on it).
struct ExposedAppRole
{
    QString id;
    QString value;
    QString displayName;
    QString description;
    QStringList allowedMemberTypes;
    bool enabled = true;
};

// A federated identity credential of a user-assigned identity (ARM).
struct FederatedIdentityCredential
{
    QString name;
    QString issuer;
    QString subject;
    QStringList audiences;
};

struct IdentityDetails
{
    QString objectId;
    QString appOwnerTenantId;
    QList<IdentityCredential> credentials;
    QList<ExposedAppRole> appRoles;
    QList<FederatedIdentityCredential> federated;
    bool graphDone = false;
    bool armDone = false; // also true when there is nothing to ask ARM
    QString graphError; // one line for the user, or empty
    QString armError;
    // What it holds: app roles (Graph appRoleAssignments) and Azure role assignments (ARM), in
    // IdentityDetailsLoader::heldAppRoles() and roleAssignments().
    bool heldDone = false;
    QString heldError;
    bool rbacDone = false;
    QString rbacError; // the whole ARM part failed
    QStringList rbacWarnings; // subscriptions that could not be read (the rest shows)
    // The app registration behind a service principal of this tenant's application: its
    // certificates and client secrets (what the app signs in with), from Graph's application.
    bool hasApplication = false; // an application-backed service principal of this tenant
    bool applicationDone = false; // also true when there is no application to read
    QString applicationError;
    QList<IdentityCredential> applicationCredentials;

    static IdentityDetails fromGraph(const QJsonObject &servicePrincipal);
    static QList<FederatedIdentityCredential> federatedFromArm(const QJsonArray &value);
    // keyCredentials then passwordCredentials of a Graph object (service principal or application).
    static QList<IdentityCredential> credentialsFromGraph(const QJsonObject &object);
};

// Loads what the details pane shows beyond the tree's row: the service principal's credentials
// and exposed app roles from Graph, a user-assigned identity's federated identity credentials
// from ARM, and what it holds: its app roles (named from the resource's own app roles, else the
// catalog; the same HeldAppRoleModel as the grant panel) and its Azure role assignments (named
// through the catalog, inherited when made above the identity's own resource; the same
// RoleAssignmentModel). One identity at a time; load() drops the previous request.
class IdentityDetailsLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityDetailsLoader)
public:
    explicit IdentityDetailsLoader(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~IdentityDetailsLoader() override;

    void load(const Identity &identity);
    void clear();
    // A grant panel changed what `change.principalId` holds: when it is the identity shown, what
    // it holds is read again, and again after Entra's replication delays while the list does not
    // show the change yet (heldAppRoles()->lags(), roleAssignments()->lags()).
    void followChange(const ie::models::HeldChange &change);
    const IdentityDetails &details() const { return m_details; }
    bool isFinished() const
    {
        return m_details.graphDone && m_details.armDone && m_details.heldDone && m_details.rbacDone
                && m_details.applicationDone;
    }
    // Names app roles and built-in Azure roles (may be null).
    void setCatalog(ie::catalog::Catalog *catalog);
    HeldAppRoleModel *heldAppRoles() const { return m_held; }
    RoleAssignmentModel *roleAssignments() const { return m_assignments; }

Q_SIGNALS:
    void changed();

private:
    void loadHeld(const QString &objectId);
    void loadRbac(const Identity &identity);
    void loadApplication(const Identity &identity);
    void resolveHeld(const QList<ie::graph::AppRoleAssignment> &assignments);
    // Reads the lagging list again after the next replication delay (none left: it stays lagging).
    void retryWhileLagging(bool appRoles);

    QPointer<ie::net::HttpClient> m_client;
    ie::graph::AppRoleClient *m_roleClient;
    ie::arm::RoleAssignmentClient *m_rbacClient;
    HeldAppRoleModel *m_held;
    RoleAssignmentModel *m_assignments;
    QPointer<ie::catalog::Catalog> m_catalog;
    QHash<QString, ie::graph::ResourceApi> m_resources; // resource APIs seen, by object id
    quint64 m_generation = 0; // of load(): answers for an earlier identity are dropped
    quint64 m_heldRead = 0; // of loadHeld(): an answer overtaken by a newer read is dropped
    quint64 m_rbacRead = 0;
    int m_heldAttempt = 0; // replication delays used up while the list lags a change
    int m_rbacAttempt = 0;
    Identity m_identity; // the one load() was given
    QPointer<ie::net::HttpJob> m_graph;
    QPointer<ie::net::HttpJob> m_application;
    QPointer<ie::net::PageJob> m_arm;
    IdentityDetails m_details;
};

} // namespace ie::models
