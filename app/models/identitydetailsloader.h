#pragma once

#include "models/identitytreemodel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace ie::net {
class HttpClient;
class HttpJob;
class PageJob;
} // namespace ie::net

namespace ie::models {

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
// from ARM. What it holds is the permission store's (permissions/permissionstore.h), read once
// for the details, the card and the grant panels. One identity at a time; load() drops the
// previous request.
class IdentityDetailsLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityDetailsLoader)
public:
    explicit IdentityDetailsLoader(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~IdentityDetailsLoader() override;

    void load(const Identity &identity);
    void clear();
    const IdentityDetails &details() const { return m_details; }
    bool isFinished() const
    {
        return m_details.graphDone && m_details.armDone && m_details.applicationDone;
    }

Q_SIGNALS:
    void changed();

private:
    void loadApplication(const Identity &identity);

    QPointer<ie::net::HttpClient> m_client;
    QPointer<ie::net::HttpJob> m_graph;
    QPointer<ie::net::HttpJob> m_application;
    QPointer<ie::net::PageJob> m_arm;
    IdentityDetails m_details;
};

} // namespace ie::models
