#pragma once

#include "sandbox/frontdoor.h"

#include "cloud/cloud.h"

#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace ie::sandbox {

class TenantState;
class FaultInjector;
class TokenIssuer;
class Router;
class IssuerKeyCache;
struct SandboxContext;

// The sandbox tenant: a loopback emulator of the login (Entra ID v2.0), Microsoft Graph v1.0,
// ARM and managed-identity endpoints the app uses, serving the "Contoso" tenant described in
// resources/sandbox/. Bound to 127.0.0.1 only. HTTPS (with its own CA) for login, Graph and ARM;
// plain HTTP for the managed-identity endpoints, as on a real VM.
class SandboxServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)
public:
    struct Options
    {
        quint16 basePort = 0; // 0: any free ports; else login=N, graph=N+1, arm=N+2, mi=N+3
        int extraServicePrincipals = 0; // grow the tenant for benchmarks (20 % managed identities)
        int extraAppRoleAssignments = 0; // Graph app roles held by those, for report benchmarks
        quint64 seed = 1;
        int latencyMs = 0;
        QStringList faults; // fault specs, see FaultInjector
        QString miResource; // ARM id of the resource the MI endpoints answer as
        QString caOut; // also write the CA certificate (PEM) here
        FrontDoorLimits limits; // body and header sizes, timeouts (413, 431, 400, 408)
        // Name the services by their production hosts (https://login.microsoftonline.com, ...)
        // wherever no request's Host header decides: the URLs below, managed-identity tokens.
        // For a network namespace whose hosts file maps those names to 127.0.0.1 (port 443).
        bool publicNames = false;
        // Also serve the managed-identity endpoints on 169.254.169.254:80, the IMDS address (needs
        // that address on an interface and the right to bind port 80, e.g. root in a namespace).
        bool imdsAddress = false;
        // Graph's throttling by resource units per app and tenant (0: none), over a sliding
        // window; Graph's identity and access limits are 3,500 to 8,000 units per 10 s.
        int graphBudget = 0;
        int budgetWindowMs = 10000;
        // The sandbox user browser and device code sign-ins sign in as (a UPN or object id;
        // empty: the tenant's first user, Adele, the admin). See docs/sandbox.md, "Users".
        QString signInAs;
        // Device codes wait until a user enters them at POST /devicelogin (otc, login_hint)
        // instead of being approved at the first poll as signInAs.
        bool deviceLoginManual = false;
        // CA certificates (PEM files) trusted, beside the system's and the sandbox's own, when
        // the token endpoint fetches an external issuer's OpenID configuration and keys.
        QStringList issuerCaFiles;
    };

    explicit SandboxServer(QObject *parent = nullptr);
    explicit SandboxServer(Options options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the tenant, creates keys and certificates, listens. False with `error` set on failure.
    bool start(QString *error = nullptr);
    // Keeps Qt HttpServer's request dumps (which print Authorization headers) off in this
    // process, whatever the logging rules; start() calls it.
    static void installLogFilter();
    bool isListening() const;

    QUrl loginUrl() const; // https://127.0.0.1:P (authority host; tenants below it)
    QUrl graphUrl() const; // https://127.0.0.1:P (without /v1.0)
    QUrl armUrl() const;
    QUrl managedIdentityUrl() const; // http://127.0.0.1:P
    // The managed-identity endpoints below it (see miroutes.cpp): what IMDS_ENDPOINT-less IMDS
    // (the base URL), IDENTITY_ENDPOINT (App Service, Arc) and MSI_ENDPOINT (Cloud Shell) name.
    QUrl imdsUrl() const; // .../metadata/identity/oauth2/token
    QUrl appServiceUrl() const; // .../msi/token (with identityHeader())
    QUrl arcUrl() const; // .../arc/metadata/identity/oauth2/token
    QUrl cloudShellUrl() const; // .../oauth2/token (POST)
    QString arcKeyDirectory() const; // where the Arc-style challenge key files are written
    QString miResourceId() const; // the resource the managed-identity endpoints answer as
    QSslCertificate caCertificate() const;
    QString caFile() const; // PEM file of the CA (written at start)

    // The sandbox's example OpenID Connect issuer ({login}/sandbox/issuer, docs/federation.md):
    // what a federated identity credential names as issuer to trust it, and a token it signs
    // (claims such as sub, aud over its defaults; a negative lifetime makes an expired one).
    QString exampleIssuerUrl() const;
    QByteArray mintExampleIssuerToken(const QJsonObject &claims, int lifetimeSeconds = 600) const;
    // The external issuers' keys the token endpoint has fetched (clear() forgets them).
    IssuerKeyCache &issuerKeys();

    QString tenantId() const;
    QString tenantDomain() const; // contoso.onmicrosoft.com
    QString adminClientId() const; // documented sandbox admin app (client credentials)
    QString adminClientSecret() const;
    QString identityHeader() const; // App Service style X-IDENTITY-HEADER secret

    // The cloud a client uses to talk to this sandbox (trusting its CA for these hosts only).
    ie::Cloud cloud() const;

    TenantState &state();
    FaultInjector &faults();
    // Throttle Graph per app and tenant by `units` resource units per `windowMs` (0: off).
    void setGraphBudget(int units, int windowMs = 10000);
    TokenIssuer &tokenIssuer(); // mint tokens directly (tests)
    // The token the identity `objectId` would get for `resource` right now from its
    // managed-identity endpoint (xms_mirid, idtyp app, the roles it holds), or the token an app
    // would get with its own credential: what "Inspect token" shows for a sandbox identity.
    // Empty with `error` set when there is no such service principal or the resource refuses it.
    QByteArray mintTokenFor(const QString &objectId, const QString &resource, QString *error);
    Router &router(); // add routes after start() (tests, extensions)
    SandboxContext &context();

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace ie::sandbox
