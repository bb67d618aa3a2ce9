#include "sandbox/tokenissuer.h"

#include "sandbox/crypto.h"
#include "sandbox/tenantstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

TokenIssuer::TokenIssuer(const SigningKey *key, const TenantState *state, const QUrl &loginUrl)
    : m_key(key), m_state(state), m_login(loginUrl)
{
}

QString TokenIssuer::issuerV1(const QUrl &authority) const
{
    const QUrl a = authority.isEmpty() ? m_login : authority;
    // Entra's v1.0 tokens name the old STS host (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference).
    if (a.host().compare("login.microsoftonline.com"_L1, Qt::CaseInsensitive) == 0)
        return u"https://sts.windows.net/"_s + m_state->tenantId + u'/';
    return a.toString() + u'/' + m_state->tenantId + u'/';
}

QString TokenIssuer::issuerV2(const QUrl &authority) const
{
    const QUrl a = authority.isEmpty() ? m_login : authority;
    return a.toString() + u'/' + m_state->tenantId + u"/v2.0"_s;
}

void TokenIssuer::addResourceAlias(const QUrl &base, const QString &appId)
{
    QString b = base.toString();
    while (b.endsWith(u'/'))
        b.chop(1);
    m_aliases.append({b.toLower(), appId});
}

QJsonObject TokenIssuer::jwks(const QUrl &authority) const
{
    return QJsonObject{
            {"keys"_L1,
             QJsonArray{QJsonObject{{"kty"_L1, "RSA"_L1},
                                    {"use"_L1, "sig"_L1},
                                    {"kid"_L1, QString::fromLatin1(m_key->kid())},
                                    {"x5t"_L1, QString::fromLatin1(m_key->kid())},
                                    {"n"_L1, QString::fromLatin1(m_key->n())},
                                    {"e"_L1, QString::fromLatin1(m_key->e())},
                                    {"alg"_L1, "RS256"_L1},
                                    {"issuer"_L1, issuerV2(authority)}}}}};
}

QJsonObject TokenIssuer::openIdConfiguration(bool v2, const QUrl &authority,
                                             const QString &tenantSegment) const
{
    const QString login = (authority.isEmpty() ? m_login : authority).toString();
    const QString base = login + u'/' + m_state->tenantId;
    const QString oauthBase = tenantSegment.compare("adfs"_L1, Qt::CaseInsensitive) == 0
            ? login + u"/adfs"_s
            : base;
    const QString oauth = v2 ? oauthBase + u"/oauth2/v2.0"_s : oauthBase + u"/oauth2"_s;
    return QJsonObject{
            {"token_endpoint"_L1, oauth + u"/token"_s},
            {"token_endpoint_auth_methods_supported"_L1,
             QJsonArray{"client_secret_post"_L1, "private_key_jwt"_L1, "client_secret_basic"_L1}},
            {"jwks_uri"_L1, v2 ? base + u"/discovery/v2.0/keys"_s : base + u"/discovery/keys"_s},
            {"response_modes_supported"_L1, QJsonArray{"query"_L1, "fragment"_L1, "form_post"_L1}},
            {"subject_types_supported"_L1, QJsonArray{"pairwise"_L1}},
            {"id_token_signing_alg_values_supported"_L1, QJsonArray{"RS256"_L1}},
            {"response_types_supported"_L1,
             QJsonArray{"code"_L1, "id_token"_L1, "code id_token"_L1, "id_token token"_L1}},
            {"scopes_supported"_L1, QJsonArray{"openid"_L1, "profile"_L1, "email"_L1, "offline_access"_L1}},
            {"issuer"_L1, v2 ? issuerV2(authority) : issuerV1(authority)},
            {"request_uri_parameter_supported"_L1, false},
            {"userinfo_endpoint"_L1, login + u"/oidc/userinfo"_s},
            {"authorization_endpoint"_L1, oauth + u"/authorize"_s},
            {"device_authorization_endpoint"_L1, oauth + u"/devicecode"_s},
            {"http_logout_supported"_L1, true},
            {"frontchannel_logout_supported"_L1, true},
            {"end_session_endpoint"_L1, oauth + u"/logout"_s},
            {"claims_supported"_L1,
             QJsonArray{"sub"_L1, "iss"_L1, "aud"_L1, "exp"_L1, "iat"_L1, "auth_time"_L1, "acr"_L1,
                        "nonce"_L1, "preferred_username"_L1, "name"_L1, "tid"_L1, "ver"_L1,
                        "at_hash"_L1, "c_hash"_L1, "email"_L1}},
            {"tenant_region_scope"_L1, "EU"_L1},
            {"cloud_instance_name"_L1, "microsoftonline.com"_L1},
            {"cloud_graph_host_name"_L1, "graph.windows.net"_L1},
            {"msgraph_host"_L1, "graph.microsoft.com"_L1},
            {"rbac_url"_L1, "https://pas.windows.net"_L1}};
}

const ServicePrincipal *TokenIssuer::resolveResource(const QString &resource, bool *alias) const
{
    QString res = resource.trimmed();
    if (res.endsWith("/.default"_L1))
        res.chop(9);
    if (alias)
        *alias = false;
    if (const ServicePrincipal *sp = m_state->spByResource(res))
        return sp;
    QString bare = res.toLower();
    while (bare.endsWith(u'/'))
        bare.chop(1);
    for (const auto &[base, appId] : m_aliases) {
        if (bare == base) {
            if (const ServicePrincipal *sp = m_state->spByAppId(appId)) {
                if (alias)
                    *alias = true;
                return sp;
            }
        }
    }
    return nullptr;
}

QString TokenIssuer::randomClaimValue(int bytes)
{
    QByteArray raw;
    while (raw.size() < bytes)
        raw += QUuid::createUuid().toRfc4122();
    return QString::fromLatin1(base64Url(raw.left(bytes)));
}

QByteArray TokenIssuer::sign(const QJsonObject &payload) const
{
    return m_key->signJwt(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

std::optional<MintedToken> TokenIssuer::mintAppToken(const ServicePrincipal &client,
                                                     const QString &resource, int lifetimeSeconds,
                                                     QString *error, QString *description,
                                                     int *aadsts, const QString &miResourceId,
                                                     const QUrl &authority) const
{
    QString res = resource.trimmed();
    if (res.endsWith("/.default"_L1))
        res.chop(9);
    bool alias = false;
    const ServicePrincipal *target = resolveResource(res, &alias);
    if (!target) {
        *error = u"invalid_resource"_s;
        *aadsts = 500011;
        *description = u"The resource principal named %1 was not found in the tenant named %2. "
                       "This can happen if the application has not been installed by the "
                       "administrator of the tenant or consented to by any user in the tenant. "
                       "You might have sent your authentication request to the wrong tenant."_s
                               .arg(res, m_state->tenantDisplayName);
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 iat = now.toSecsSinceEpoch();
    const bool v2 = target->accessTokenVersion == 2;
    const QStringList roles = m_state->rolesOf(client.id, target->id);
    QJsonObject claims{
            {"aud"_L1, v2 && !alias ? target->appId : res},
            {"iss"_L1, v2 ? issuerV2(authority) : issuerV1(authority)},
            {"iat"_L1, iat},
            {"nbf"_L1, iat - 300},
            {"exp"_L1, iat + lifetimeSeconds},
            {"aio"_L1, QString::fromLatin1(base64Url(QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122()))},
            {"idtyp"_L1, "app"_L1},
            {"oid"_L1, client.id},
            {"rh"_L1, u"0.A%1."_s.arg(QString::fromLatin1(base64Url(QUuid(client.id).toRfc4122())))},
            {"sub"_L1, client.id},
            {"tid"_L1, m_state->tenantId},
            {"uti"_L1, QString::fromLatin1(base64Url(QUuid::createUuid().toRfc4122()))},
            {"ver"_L1, v2 ? "2.0"_L1 : "1.0"_L1},
            {"xms_ftd"_L1, QString::fromLatin1(base64Url(QUuid::createUuid().toRfc4122()))},
            {"xms_idrel"_L1, "7 20"_L1},
            {"xms_tcdt"_L1, 1614849164},
    };
    const QString acr = miResourceId.isEmpty() ? u"1"_s : u"2"_s;
    if (v2) {
        claims.insert("azp"_L1, client.appId);
        claims.insert("azpacr"_L1, acr);
    } else {
        claims.insert("appid"_L1, client.appId);
        claims.insert("appidacr"_L1, acr);
        claims.insert("idp"_L1, issuerV1(authority));
        claims.insert("app_displayname"_L1, client.displayName);
    }
    if (!roles.isEmpty())
        claims.insert("roles"_L1, QJsonArray::fromStringList(roles));
    // The service principal's directory roles, then the default role every service principal
    // holds, as Entra lists them in an app-only token
    // (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference, "wids").
    QJsonArray wids;
    for (const QString &w : m_state->directoryRoleIdsOf(client.id))
        wids.append(w);
    wids.append("0997a1d0-0d1d-4acb-b408-d5ca73121e90"_L1);
    claims.insert("wids"_L1, wids);
    if (!miResourceId.isEmpty())
        claims.insert("xms_mirid"_L1, miResourceId);
    MintedToken t;
    t.token = sign(claims);
    t.expiresIn = lifetimeSeconds;
    t.expiresOn = now.addSecs(lifetimeSeconds);
    t.resource = claims.value("aud"_L1).toString();
    return t;
}

std::optional<QJsonObject> TokenIssuer::validate(const QByteArray &authorization,
                                                 const QStringList &audiences, QString *code,
                                                 QString *message, QString *wrongAudience) const
{
    *code = u"InvalidAuthenticationToken"_s;
    if (authorization.isEmpty()) {
        *message = u"Access token is empty."_s;
        return std::nullopt;
    }
    if (!authorization.startsWith("Bearer ")) {
        *message = u"Access token validation failure. Invalid authorization header."_s;
        return std::nullopt;
    }
    const QByteArray token = authorization.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        *message = u"IDX14100: JWT is not well formed, there are no dots (.)."_s;
        return std::nullopt;
    }
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts[0])).object();
    const QJsonObject payload = QJsonDocument::fromJson(fromBase64Url(parts[1])).object();
    if (header.value("alg"_L1).toString() != "RS256"_L1
        || header.value("kid"_L1).toString() != QString::fromLatin1(m_key->kid())
        || !m_key->verify(parts[0] + '.' + parts[1], fromBase64Url(parts[2]))) {
        *message = u"Access token validation failure. Invalid signature."_s;
        return std::nullopt;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 skew = 300;
    if (payload.value("exp"_L1).toInteger() + skew < now) {
        *code = u"ExpiredAuthenticationToken"_s;
        *message = u"Lifetime validation failed, the token is expired."_s;
        return std::nullopt;
    }
    if (payload.value("nbf"_L1).toInteger() - skew > now) {
        *message = u"Lifetime validation failed, the token is not yet valid."_s;
        return std::nullopt;
    }
    if (payload.value("tid"_L1).toString() != m_state->tenantId) {
        *message = u"Access token validation failure. Invalid issuer."_s;
        return std::nullopt;
    }
    QString aud = payload.value("aud"_L1).toString();
    bool ok = false;
    for (const QString &a : audiences) {
        if (a.compare(aud, Qt::CaseInsensitive) == 0
            || (a + u'/').compare(aud, Qt::CaseInsensitive) == 0
            || a.compare(aud + u'/', Qt::CaseInsensitive) == 0)
            ok = true;
    }
    if (!ok) {
        if (wrongAudience)
            *wrongAudience = aud.isNull() ? u""_s : aud;
        *code = u"InvalidAuthenticationToken"_s;
        *message = u"Access token validation failure. Invalid audience."_s;
        return std::nullopt;
    }
    return payload;
}

} // namespace ie::sandbox
