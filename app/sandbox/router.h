#pragma once

// How the sandbox answers a request:
//   SandboxServer (one HTTPS listener per service: login, graph, arm; plain HTTP for managed
//   identity) parses the request into a Request, asks the FaultInjector whether to misbehave, and
//   then the Router, which tries each registered Route of that service in order.
//
// To add routes, write a file of your own (e.g. grantroutes.cpp) with a function
//   void registerGrantRoutes(Router &router);
// that calls router.add(service, method, pattern, handler), declare it at the bottom of this
// header and call it in SandboxServer::start() next to the others. Patterns are regular
// expressions over the path (case-insensitive, anchored); captures arrive in `match`.
// Handlers get the SandboxContext: tenant state, token issuer (mint and validate tokens), URLs.

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace ie::sandbox {

class TenantState;
class TokenIssuer;
class IssuerKeyCache;
class SigningKey;
struct TokenClaims;

struct Request
{
    QString service; // "login", "graph", "arm", "mi"
    QByteArray method; // "GET", "POST", ...
    QString path; // decoded path
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // The origin the client asked for: the listener's scheme and the Host header (lower case,
    // default port dropped), e.g. https://graph.microsoft.com or https://127.0.0.1:8444. Links,
    // Location headers, OpenID documents and issuers name it, as Entra and Graph name their own
    // host.
    QUrl origin;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    QString queryValue(const QString &name) const; // fully decoded, "" when absent
    bool hasQuery(const QString &name) const;
    // application/x-www-form-urlencoded body fields (OAuth token requests).
    QUrlQuery form() const;
};

struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static Response json(int status, const QJsonObject &body);
    static Response json(int status, const QJsonDocument &body);
    static Response empty(int status);
    void setHeader(const QByteArray &name, const QByteArray &value);
};

class Router;

// An OAuth grant type the token endpoint delegates to (device code, authorization code, refresh
// token, ... are registered by their own files). `v2` is true for /oauth2/v2.0/token.
using GrantHandler = std::function<struct Response(const struct Request &, const QUrlQuery &form,
                                                   struct SandboxContext &, bool v2)>;

struct SandboxContext
{
    Router *router = nullptr; // for $batch, which answers sub-requests through the same routes
    QHash<QString, GrantHandler> grants; // grant_type -> handler, beyond client_credentials
    TenantState *state = nullptr;
    TokenIssuer *tokens = nullptr;
    // External issuers' signing keys as Entra fetched them (SandboxServer fetches them before a
    // federated assertion reaches the token route), and the key of the sandbox's own example
    // issuer (exampleissuerroutes.cpp, {login}/sandbox-issuer).
    const IssuerKeyCache *issuerKeys = nullptr;
    const SigningKey *exampleIssuerKey = nullptr;
    QUrl loginUrl;
    QUrl graphUrl;
    QUrl armUrl;
    QUrl miUrl;
    QString identityHeader;
    QString miResource;
    QString arcKeyDirectory; // where the Arc-style endpoint writes its challenge key files
    // Device code flow (devicecoderoutes.cpp): pending codes by device_code, and the polling
    // interval it asks for. A code's "state" may be set by tests: "hold" keeps it pending,
    // "decline" declines it; otherwise the sandbox consents at the first poll. With
    // deviceLoginManual every new code waits ("hold") until a user signs in with it at
    // POST /devicelogin (the verification_uri), as on Entra.
    QHash<QString, QJsonObject> deviceCodes;
    int deviceCodeIntervalSeconds = 5;
    bool deviceLoginManual = false;
    // Authorization code flow with PKCE (authcoderoutes.cpp): codes handed out by /authorize and
    // not yet redeemed, refresh tokens issued and not rotated or revoked (tests may drop one to
    // revoke it), and what the sandbox user does at /authorize: "" consents, "decline" declines.
    QHash<QString, QJsonObject> authorizationCodes;
    QHash<QString, QJsonObject> refreshTokens;
    QString authorizeOutcome;
    // Who is signed in to the sandbox's "browser" (a UPN or object id; empty: the tenant's first
    // user, Adele): the user /authorize (without login_hint) and device code approval sign in.
    QString interactiveUser;
    // Tokens issued for a token request that passed `claims` (they satisfy a claims challenge).
    QSet<QByteArray> claimsSatisfied;
    // Faults for one $batch sub-request (replication delay), as SandboxServer answers them for a
    // request of their own: the error to answer instead, or nothing.
    std::function<std::optional<Response>(const Request &)> subRequestFault;
};

// Errors in each service's own shape.
Response graphError(const Request &req, int status, const QString &code, const QString &message);
Response armError(int status, const QString &code, const QString &message);
Response oauthError(int status, const QString &error, const QString &description, int aadsts);

class Router
{
public:
    using Handler = std::function<Response(const Request &, const QRegularExpressionMatch &,
                                           SandboxContext &)>;
    void add(const QString &service, const QByteArray &method, const QString &pattern,
             Handler handler);
    std::optional<Response> dispatch(const Request &request, SandboxContext &context) const;

private:
    struct Route
    {
        QString service;
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    QList<Route> m_routes;
};

void registerLoginRoutes(Router &router);
// The sandbox's example OpenID Connect issuer (exampleissuerroutes.cpp): its URL for the login
// origin `login`, and a token it signs (`claims` over iss, aud api://AzureADTokenExchange, iat,
// nbf, exp, jti).
void registerExampleIssuerRoutes(Router &router);
QString exampleIssuerUrl(const QUrl &login);
QByteArray mintExampleIssuerToken(const SigningKey &key, const QUrl &login, const QJsonObject &claims,
                                  int lifetimeSeconds);
void registerGraphRoutes(Router &router);
void registerArmRoutes(Router &router);
void registerGrantRoutes(Router &router);
void registerDirectoryRoleRoutes(Router &router);
void registerDelegatedGrantRoutes(Router &router);
void registerOwnershipRoutes(Router &router);
void registerFederatedCredentialRoutes(Router &router);
void registerApplicationRoutes(Router &router);
void registerManagedIdentityRoutes(Router &router);
void registerDeviceCodeRoutes(Router &router);
// Also registers the authorization_code and refresh_token grants of the token endpoint.
void registerAuthorizationCodeRoutes(Router &router, SandboxContext &context);

} // namespace ie::sandbox
