// Entra ID (login) endpoints: OpenID configuration, JWKS, and the v2.0 (and v1) token endpoint
// for the client credentials grant. Tenants may be named by id, by domain, or as "organizations";
// "/adfs" is accepted as an authority too, so MSAL-based clients skip instance discovery.

#include "auth/clientcertificate.h"
#include "jwt/jwtdecoder.h"
#include "jwt/signatureverifier.h"
#include "sandbox/issuerkeys.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

const QString Tenant = u"/(?<tenant>[^/]+)"_s;

bool tenantMatches(const QString &tenant, const TenantState &state)
{
    return tenant.compare(state.tenantId, Qt::CaseInsensitive) == 0
            || tenant.compare(state.tenantDomain, Qt::CaseInsensitive) == 0
            || tenant == "organizations"_L1 || tenant == "common"_L1 || tenant == "adfs"_L1;
}

Response unknownTenant(const QString &tenant)
{
    return oauthError(400, u"invalid_tenant"_s,
                      u"Tenant '%1' not found. Check to make sure you have the correct tenant ID "
                      "and are signing into the correct cloud."_s
                              .arg(tenant),
                      90002);
}

// Workload identity federation: the assertion is a JWT from an external issuer (GitHub, AKS, ...)
// that a federated identity credential of the user-assigned identity (or app registration)
// trusts. Issuer, subject, audience and lifetime are checked with Entra ID's errors, and then the
// signature with the issuer's keys, which SandboxServer fetched over https before the route ran
// (IssuerKeyCache): AADSTS50166 when they could not be fetched, AADSTS7000272 when the token's
// key is not among them, AADSTS7000274 when the signature does not verify.
std::optional<Response> checkFederatedSignature(const QString &assertion, const QString &issuer,
                                                const SandboxContext &ctx)
{
    const IssuerKeyCache::Entry *keys = ctx.issuerKeys ? ctx.issuerKeys->entry(issuer) : nullptr;
    // Texts and codes as Entra answers them (Azure/azure-workload-identity issues 642 and 1232).
    if (!keys || !keys->keys)
        return oauthError(400, u"invalid_request"_s,
                          u"Request to External OIDC endpoint failed."_s, 50166);
    const Result<ie::jwt::DecodedToken> token = ie::jwt::JwtDecoder::decode(assertion.toLatin1());
    if (!token.ok())
        return oauthError(400, u"invalid_client"_s,
                          u"Client assertion failed signature validation."_s, 7000274);
    if (!keys->keys->find(token->kid(), token->header.value("x5t"_L1).toString()))
        return oauthError(400, u"invalid_client"_s,
                          u"The certificate with identifier %1 used to sign the federated "
                          "credential could not be found in the metadata of identity provider "
                          "%2. Please validate that your Identity Provider's metadata exposes "
                          "the key used to sign the incoming token."_s
                                  .arg(token->kid(), issuer),
                          7000272);
    const ie::jwt::SignatureCheck check = ie::jwt::SignatureVerifier::verify(*token, *keys->keys);
    if (check.state != ie::jwt::SignatureCheck::State::Valid)
        return oauthError(400, u"invalid_client"_s,
                          u"Client assertion failed signature validation."_s, 7000274);
    return std::nullopt;
}

std::optional<Response> checkFederatedAssertion(const ServicePrincipal &client,
                                                const QString &assertion, const QUrlQuery &form,
                                                const SandboxContext &ctx)
{
    if (form.queryItemValue(u"client_assertion_type"_s, QUrl::FullyDecoded)
        != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_L1)
        return oauthError(400, u"invalid_request"_s,
                          u"The request body must contain the following parameter: "
                          "'client_assertion_type'."_s,
                          900144);
    const QList<QByteArray> parts = assertion.toLatin1().split('.');
    const QJsonObject claims = parts.size() == 3
            ? QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object()
            : QJsonObject();
    if (claims.isEmpty())
        return oauthError(400, u"invalid_client"_s,
                          u"Client assertion failed signature validation."_s, 7000274);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (claims.value("exp"_L1).toInteger() < now)
        return oauthError(400, u"invalid_client"_s,
                          u"Client assertion is not within its valid time range."_s, 700024);
    const QString iss = claims.value("iss"_L1).toString();
    const QString sub = claims.value("sub"_L1).toString();
    QStringList aud;
    const QJsonValue a = claims.value("aud"_L1);
    if (a.isArray()) {
        for (const QJsonValue &v : a.toArray())
            aud << v.toString();
    } else {
        aud << a.toString();
    }
    // The credentials that may vouch for this client: a user-assigned identity's (ARM, by its
    // client id) or an app registration's (Graph, by its appId).
    QList<const FederatedCredential *> candidates;
    for (const FederatedCredential &f : std::as_const(ctx.state->federatedCredentials)) {
        const ArmResource *uami = ctx.state->resourceById(f.parentId);
        if (uami && uami->properties.value("clientId"_L1).toString().compare(client.appId, Qt::CaseInsensitive) == 0)
            candidates << &f;
    }
    for (const FederatedCredential &f : std::as_const(ctx.state->appFederatedCredentials)) {
        if (f.parentId.compare(client.appId, Qt::CaseInsensitive) == 0)
            candidates << &f;
    }
    // Entra compares exactly (case-sensitive, no normalisation of a trailing slash) and names the
    // first claim no credential matches: the issuer (AADSTS700211), then the subject among the
    // credentials of that issuer (AADSTS700213), then the audience (AADSTS700212).
    // https://learn.microsoft.com/entra/identity-platform/reference-error-codes
    // https://learn.microsoft.com/entra/workload-id/workload-identity-federation-considerations
    const QString hint = u" Please check your federated identity credential Subject, Audience and "
                         "Issuer against the presented assertion. "
                         "https://learn.microsoft.com/entra/workload-id/workload-identity-federation"_s;
    if (candidates.isEmpty())
        return oauthError(400, u"invalid_client"_s,
                          u"No matching federated identity record found for presented assertion. "
                          "Assertion Issuer: '%1'. Assertion Subject: '%2'. Assertion Audience: '%3'."_s
                                  .arg(iss, sub, aud.join(u',')),
                          70021);
    QList<const FederatedCredential *> byIssuer;
    for (const FederatedCredential *f : std::as_const(candidates)) {
        if (f->issuer == iss)
            byIssuer << f;
    }
    if (byIssuer.isEmpty())
        return oauthError(400, u"invalid_client"_s,
                          u"No matching federated identity record found for presented assertion "
                          "issuer '%1'."_s.arg(iss) + hint,
                          700211);
    QList<const FederatedCredential *> bySubject;
    for (const FederatedCredential *f : std::as_const(byIssuer)) {
        if (f->subject == sub)
            bySubject << f;
    }
    if (bySubject.isEmpty())
        return oauthError(400, u"invalid_client"_s,
                          u"No matching federated identity record found for presented assertion "
                          "subject '%1'. Please note that the matching is done using a "
                          "case-sensitive comparison."_s.arg(sub) + hint,
                          700213);
    for (const FederatedCredential *f : std::as_const(bySubject)) {
        for (const QString &x : std::as_const(aud)) {
            if (f->audiences.contains(x))
                return checkFederatedSignature(assertion, iss, ctx);
        }
    }
    return oauthError(400, u"invalid_client"_s,
                      u"No matching federated identity record found for presented assertion "
                      "audience '%1'."_s.arg(aud.join(u',')) + hint,
                      700212);
}

// A certificate client assertion (x5t or x5t#S256 in its header), checked as Entra ID checks it
// against the certificates registered on the app (the application's keyCredentials: "key" is the
// DER certificate, customKeyIdentifier its SHA-1 thumbprint), with Entra ID's codes and texts:
//   AADSTS5002738  an algorithm other than RS256/PS256 ("none", HS256)
//   AADSTS700027   no registered certificate has this thumbprint, the one that has is expired, or
//                  the signature does not verify with its public key
//                  (https://learn.microsoft.com/azure/developer/java/sdk/troubleshooting-authentication-service-principal)
//   AADSTS90014    aud or iss missing
//   AADSTS700024   outside nbf..exp
//   AADSTS700023   aud is not this tenant's token endpoint
//   AADSTS700021   iss / sub not the client id
// The claims Entra expects: https://learn.microsoft.com/entra/identity-platform/certificate-credentials
// The texts are Entra's as MSAL.NET's tests record them (AzureAD/microsoft-authentication-library-
// for-dotnet, tests/Microsoft.Identity.Test.Common/TestConstants.cs) and the reference at
// https://learn.microsoft.com/entra/identity-platform/reference-error-codes.
// A jti seen before is NOT refused: Entra accepts an assertion again until it expires, and
// MSAL (msal-node's ClientAssertion.getJwt, in @azure/identity) sends the same assertion for
// every token request within its 10 minutes; refusing it would be stricter than Azure.
std::optional<Response> checkCertificateAssertion(const ServicePrincipal &client,
                                                  const QString &assertion,
                                                  const QJsonObject &header, const QUrl &endpoint,
                                                  SandboxContext &ctx)
{
    const QString alg = header.value("alg"_L1).toString();
    if (alg != "RS256"_L1 && alg != "PS256"_L1)
        return oauthError(401, u"invalid_client"_s,
                          u"Invalid JWT token. '%1' is not a supported signature algorithm. "
                          "Supported signing algorithms are: 'RS256,RS384,RS512'"_s
                                  .arg(alg),
                          5002738);
    const QByteArray x5t = QByteArray::fromBase64(header.value("x5t"_L1).toString().toLatin1(),
                                                  QByteArray::Base64UrlEncoding);
    const QByteArray x5t256 = QByteArray::fromBase64(
            header.value("x5t#S256"_L1).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    const QString thumb = QString::fromLatin1((x5t.isEmpty() ? x5t256 : x5t).toHex().toUpper());
    const QString keysHint = u"Please visit the Azure Portal, Graph Explorer or directly use MS "
                             "Graph to see configured keys for app Id '%1'. Review the "
                             "documentation at https://docs.microsoft.com/en-us/graph/api/"
                             "application-get to learn how to fetch application keys."_s
                                     .arg(client.appId);
    const QString docs = u"Review the documentation at "
                         "https://docs.microsoft.com/azure/active-directory/develop/"
                         "active-directory-certificate-credentials ."_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ApplicationCredentials *app = ctx.state->applicationCredentialsOf(client.appId);
    const QJsonArray keys = app ? app->keyCredentials : QJsonArray();
    for (const QJsonValue &v : keys) {
        const QJsonObject k = v.toObject();
        const QByteArray der = QByteArray::fromBase64(k.value("key"_L1).toString().toLatin1());
        if (der.isEmpty() || k.value("usage"_L1).toString() != "Verify"_L1)
            continue;
        const bool matches =
                (!x5t.isEmpty() && QCryptographicHash::hash(der, QCryptographicHash::Sha1) == x5t)
                || (!x5t256.isEmpty()
                    && QCryptographicHash::hash(der, QCryptographicHash::Sha256) == x5t256);
        if (!matches)
            continue;
        const QDateTime start = QDateTime::fromString(k.value("startDateTime"_L1).toString(), Qt::ISODate);
        const QDateTime end = QDateTime::fromString(k.value("endDateTime"_L1).toString(), Qt::ISODate);
        if ((start.isValid() && now < start) || (end.isValid() && now > end))
            return oauthError(401, u"invalid_client"_s,
                              u"Client assertion contains an invalid signature. [Reason - The key "
                              "used is expired., Thumbprint of key used by client: '%1', Found key "
                              "'Start=%2, End=%3']"_s
                                      .arg(thumb, start.toString(u"MM/dd/yyyy HH:mm:ss"_s),
                                           end.toString(u"MM/dd/yyyy HH:mm:ss"_s)),
                              700027);
        const Result<ie::auth::VerifiedAssertion> verified =
                ie::auth::verifyClientAssertion(assertion.toLatin1(), der);
        if (!verified.ok())
            return oauthError(401, u"invalid_client"_s,
                              u"Client assertion contains an invalid signature. [Reason - Key was "
                              "found, but use of the key to verify the signature failed., "
                              "Thumbprint of key used by client: '%1', %2]"_s
                                      .arg(thumb, keysHint),
                              700027);
        const QJsonObject c = verified->claims;
        for (const char *field : {"aud", "iss"}) {
            if (c.value(QLatin1StringView(field)).toString().isEmpty())
                return oauthError(400, u"invalid_client"_s,
                                  u"The required field '%1' is missing from the credential. "
                                  "Ensure that you have all the necessary parameters for the "
                                  "login request."_s.arg(QLatin1StringView(field)),
                                  90014);
        }
        const qint64 t = now.toSecsSinceEpoch();
        const qint64 nbf = c.value("nbf"_L1).toInteger();
        const qint64 exp = c.value("exp"_L1).toInteger();
        // Entra allows a few minutes of clock skew before nbf, none after exp.
        if (exp <= 0 || t > exp || (nbf > 0 && t + 300 < nbf)) {
            const auto iso = [](qint64 s) {
                return QDateTime::fromSecsSinceEpoch(s, Qt::UTC)
                        .toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'0000Z'"_s);
            };
            return oauthError(400, u"invalid_client"_s,
                              u"Client assertion is not within its valid time range. Current "
                              "time: %1, assertion valid from %2, expiry time of assertion %3. "_s
                                      .arg(now.toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'0000Z'"_s),
                                           iso(nbf), iso(exp))
                                      + docs,
                              700024);
        }
        // The token endpoint posted to, v2.0 or v1 (a client may sign for either of the tenant's).
        QUrl v1 = endpoint;
        QString path = v1.path();
        path.replace(u"/oauth2/v2.0/token"_s, u"/oauth2/token"_s);
        v1.setPath(path);
        const QString aud = c.value("aud"_L1).toString();
        if (aud != endpoint.toString(QUrl::FullyEncoded) && aud != v1.toString(QUrl::FullyEncoded))
            return oauthError(400, u"invalid_client"_s,
                              u"Client assertion audience claim does not match Realm issuer. "_s
                                      + docs,
                              700023);
        if (c.value("iss"_L1).toString() != client.appId
            || c.value("sub"_L1).toString() != client.appId)
            return oauthError(400, u"invalid_client"_s,
                              u"Client assertion application identifier doesn't match "
                              "'client_id' parameter. "_s
                                      + docs,
                              700021);
        return std::nullopt;
    }
    return oauthError(401, u"invalid_client"_s,
                      u"Client assertion contains an invalid signature. [Reason - The key was not "
                      "found., Thumbprint of key used by client: '%1', %2]"_s
                              .arg(thumb, keysHint),
                      700027);
}

Response clientCredentials(const QUrlQuery &form, SandboxContext &ctx, bool v2,
                           const QUrl &authority, const QString &path)
{
    QUrl tokenEndpoint = authority;
    tokenEndpoint.setPath(path);
    const QString clientId = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    const QString secret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
    QString resource = v2 ? form.queryItemValue(u"scope"_s, QUrl::FullyDecoded)
                          : form.queryItemValue(u"resource"_s, QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return oauthError(400, u"invalid_request"_s,
                          u"The request body must contain the following parameter: 'client_id'."_s,
                          900144);
    if (resource.isEmpty())
        return oauthError(400, u"invalid_request"_s,
                          v2 ? u"The request body must contain the following parameter: 'scope'."_s
                             : u"The request body must contain the following parameter: 'resource'."_s,
                          900144);
    if (v2) {
        const QStringList scopes = resource.split(u' ', Qt::SkipEmptyParts);
        if (scopes.size() != 1 || !scopes.first().endsWith("/.default"_L1))
            return oauthError(400, u"invalid_scope"_s,
                              u"The provided value for scope %1 is not valid. Client credential "
                              "flows must have a scope value with /.default suffixed to the "
                              "resource identifier (application ID URI)."_s
                                      .arg(resource),
                              1002012);
        resource = scopes.first();
    }
    const ServicePrincipal *client = ctx.state->spByAppId(clientId);
    const QString assertion = form.queryItemValue(u"client_assertion"_s, QUrl::FullyDecoded);
    const QJsonObject assertionHeader = QJsonDocument::fromJson(
            QByteArray::fromBase64(assertion.toLatin1().split('.').value(0),
                                   QByteArray::Base64UrlEncoding)).object();
    // A certificate assertion is the client's own (iss = sub = client_id, RFC 7523 section 3); a
    // federated one is an external issuer's, which may carry x5t in its header too (GitHub's do).
    if (client && !assertion.isEmpty() && secret.isEmpty()
        && !isFederatedAssertion(assertion, clientId)
        && (assertionHeader.contains("x5t"_L1) || assertionHeader.contains("x5t#S256"_L1))) {
        if (std::optional<Response> refused =
                    checkCertificateAssertion(*client, assertion, assertionHeader, tokenEndpoint,
                                              ctx))
            return *refused;
    } else if (client && !assertion.isEmpty() && secret.isEmpty()) {
        if (std::optional<Response> refused = checkFederatedAssertion(*client, assertion, form, ctx))
            return *refused;
    } else if (!client || client->type == "ManagedIdentity"_L1)
        return oauthError(400, u"unauthorized_client"_s,
                          u"Application with identifier '%1' was not found in the directory "
                          "'%2'. This can happen if the application has not been installed by the "
                          "administrator of the tenant or consented to by any user in the tenant."_s
                                  .arg(clientId, ctx.state->tenantDisplayName),
                          700016);
    if (secret.isEmpty() && form.queryItemValue(u"client_assertion"_s).isEmpty())
        return oauthError(401, u"invalid_client"_s,
                          u"The request body must contain the following parameter: "
                          "'client_assertion' or 'client_secret'."_s,
                          7000218);
    if (assertion.isEmpty() && (client->secret.isEmpty() || secret != client->secret))
        return oauthError(401, u"invalid_client"_s,
                          u"Invalid client secret provided. Ensure the secret being sent in the "
                          "request is the client secret value, not the client secret ID, for a "
                          "secret added to app '%1'."_s
                                  .arg(clientId),
                          7000215);
    QString error, description;
    int aadsts = 0;
    QString res = resource;
    if (res.endsWith("/.default"_L1))
        res.chop(9);
    auto minted = ctx.tokens->mintAppToken(*client, res, 3599, &error, &description, &aadsts, {},
                                           authority);
    if (!minted)
        return oauthError(400, error, description, aadsts);
    // A token asked for with the claims of a challenge satisfies that challenge (the "claims"
    // fault); Entra takes the parameter as a JSON object.
    const QString requested = form.queryItemValue(u"claims"_s, QUrl::FullyDecoded);
    if (!requested.isEmpty()) {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(requested.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return oauthError(400, u"invalid_request"_s,
                              u"The provided value for the input parameter 'claims' is not valid "
                              "JSON."_s,
                              90015);
        ctx.claimsSatisfied.insert(minted->token);
    }
    QJsonObject body{{"token_type"_L1, "Bearer"_L1},
                     {"expires_in"_L1, minted->expiresIn},
                     {"ext_expires_in"_L1, minted->expiresIn},
                     {"access_token"_L1, QString::fromLatin1(minted->token)}};
    if (!v2) {
        body.insert("expires_on"_L1, QString::number(minted->expiresOn.toSecsSinceEpoch()));
        body.insert("not_before"_L1, QString::number(minted->expiresOn.toSecsSinceEpoch() - minted->expiresIn));
        body.insert("resource"_L1, res);
    }
    return Response::json(200, body);
}

// MSAL's instance discovery (GET /common/discovery/instance?api-version=1.0|1.1
// &authorization_endpoint=...): where the tenant's OpenID document is, and the aliases of each
// cloud's login host. Entra answers it for the hosts of its clouds only; any other host is
// AADSTS50049 (MSAL skips the call for ADFS-style and well-known authorities).
Response instanceDiscovery(const Request &req, const QRegularExpressionMatch &, SandboxContext &)
{
    const QString version = req.queryValue(u"api-version"_s);
    if (version != "1.0"_L1 && version != "1.1"_L1)
        return oauthError(400, u"invalid_request"_s,
                          u"The request body must contain the following parameter: "
                          "'api-version'."_s,
                          900144);
    const QUrl endpoint(req.queryValue(u"authorization_endpoint"_s), QUrl::StrictMode);
    if (!req.hasQuery(u"authorization_endpoint"_s) || !endpoint.isValid() || endpoint.host().isEmpty())
        return oauthError(400, u"invalid_request"_s,
                          u"The request body must contain the following parameter: "
                          "'authorization_endpoint'."_s,
                          900144);
    struct Cloud
    {
        const char *network;
        const char *cache;
        QList<const char *> aliases;
    };
    static const QList<Cloud> clouds{
            {"login.microsoftonline.com", "login.windows.net",
             {"login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net"}},
            {"login.partner.microsoftonline.cn", "login.partner.microsoftonline.cn",
             {"login.partner.microsoftonline.cn", "login.chinacloudapi.cn"}},
            {"login.microsoftonline.de", "login.microsoftonline.de", {"login.microsoftonline.de"}},
            {"login.microsoftonline.us", "login.microsoftonline.us",
             {"login.microsoftonline.us", "login.usgovcloudapi.net"}},
            {"login-us.microsoftonline.com", "login-us.microsoftonline.com",
             {"login-us.microsoftonline.com"}}};
    QJsonArray metadata;
    bool known = false;
    for (const Cloud &c : clouds) {
        QJsonArray aliases;
        for (const char *a : c.aliases) {
            aliases.append(QLatin1String(a));
            known = known || endpoint.host().compare(QLatin1String(a), Qt::CaseInsensitive) == 0;
        }
        metadata.append(QJsonObject{{"preferred_network"_L1, QLatin1String(c.network)},
                                    {"preferred_cache"_L1, QLatin1String(c.cache)},
                                    {"aliases"_L1, aliases}});
    }
    if (!known || endpoint.scheme() != "https"_L1)
        return oauthError(400, u"invalid_instance"_s,
                          u"Unknown or invalid instance."_s, 50049);
    // https://login.microsoftonline.com/{tenant}/oauth2[/v2.0]/authorize -> its OpenID document.
    const QStringList path = endpoint.path().split(u'/', Qt::SkipEmptyParts);
    const QString tenant = path.value(0, u"common"_s);
    const bool v2 = path.contains("v2.0"_L1);
    QUrl discovery;
    discovery.setScheme(u"https"_s);
    discovery.setHost(endpoint.host().toLower());
    discovery.setPath(u"/%1%2/.well-known/openid-configuration"_s.arg(tenant, v2 ? u"/v2.0"_s : QString()));
    return Response::json(200, QJsonObject{{"tenant_discovery_endpoint"_L1, discovery.toString()},
                                           {"api-version"_L1, version},
                                           {"metadata"_L1, metadata}});
}

} // namespace

void registerLoginRoutes(Router &router)
{
    // https://learn.microsoft.com/entra/identity-platform/v2-protocols-oidc#find-your-apps-openid-configuration-document-uri
    // The ADFS-style authority (/adfs/.well-known/openid-configuration) answers the v2.0 shape:
    // MSAL sends `scope`, never `resource`, to the token endpoint it names.
    auto openid = [](bool v2) {
        return [v2](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
            const QString tenant = m.captured(u"tenant"_s);
            if (!tenantMatches(tenant, *ctx.state))
                return unknownTenant(tenant);
            const bool adfs = tenant.compare("adfs"_L1, Qt::CaseInsensitive) == 0;
            return Response::json(200, ctx.tokens->openIdConfiguration(v2 || adfs, req.origin, tenant));
        };
    };
    router.add(u"login"_s, "GET", Tenant + u"/v2\\.0/\\.well-known/openid-configuration"_s, openid(true));
    router.add(u"login"_s, "GET", Tenant + u"/\\.well-known/openid-configuration"_s, openid(false));

    auto keys = [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
        return Response::json(200, ctx.tokens->jwks(req.origin));
    };
    router.add(u"login"_s, "GET", Tenant + u"/discovery/v2\\.0/keys"_s, keys);
    router.add(u"login"_s, "GET", Tenant + u"/discovery/keys"_s, keys);
    router.add(u"login"_s, "GET", u"/common/discovery/keys"_s, keys);

    router.add(u"login"_s, "GET", u"/common/discovery/instance"_s, instanceDiscovery);

    auto token = [](bool v2) {
        return [v2](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
            const QString tenant = m.captured(u"tenant"_s);
            if (!tenantMatches(tenant, *ctx.state))
                return unknownTenant(tenant);
            if (!req.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded"))
                return oauthError(400, u"invalid_request"_s,
                                  u"The request body must contain the following parameter: "
                                  "'grant_type'."_s,
                                  900144);
            const QUrlQuery form = req.form();
            QString grant = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
            // Entra takes the device code grant by its short name too (msal-node sends it so).
            if (grant == "device_code"_L1)
                grant = u"urn:ietf:params:oauth:grant-type:device_code"_s;
            if (grant == "client_credentials"_L1)
                return clientCredentials(form, ctx, v2, req.origin, req.path);
            if (const auto handler = ctx.grants.constFind(grant); handler != ctx.grants.cend())
                return (*handler)(req, form, ctx, v2);
            if (grant.isEmpty())
                return oauthError(400, u"invalid_request"_s,
                                  u"The request body must contain the following parameter: "
                                  "'grant_type'."_s,
                                  900144);
            return oauthError(400, u"unsupported_grant_type"_s,
                              u"The provided value for the input parameter 'grant_type' is not "
                              "valid."_s,
                              70003);
        };
    };
    router.add(u"login"_s, "POST", Tenant + u"/oauth2/v2\\.0/token"_s, token(true));
    router.add(u"login"_s, "POST", Tenant + u"/oauth2/token"_s, token(false));
}

} // namespace ie::sandbox
