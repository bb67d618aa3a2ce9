#include "sandbox/usertokens.h"

#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

// Every member user holds the default "User" role; Entra lists its template id last in `wids`
// (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference).
const auto MemberUserRole = "b79fbf4d-3ef9-4689-8143-76b194e85509"_L1;
const auto GraphResource = "https://graph.microsoft.com"_L1;
const auto GraphAppId = "00000003-0000-0000-c000-000000000000"_L1;
constexpr int Lifetime = 3599;

bool isOidcScope(const QString &s)
{
    return s.compare("openid"_L1, Qt::CaseInsensitive) == 0
            || s.compare("profile"_L1, Qt::CaseInsensitive) == 0
            || s.compare("email"_L1, Qt::CaseInsensitive) == 0
            || s.compare("offline_access"_L1, Qt::CaseInsensitive) == 0;
}

QString randomRefreshToken()
{
    QByteArray raw(96, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 96 / 4);
    return u"1.AQ"_s
            + QString::fromLatin1(
                    raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString b64url(const QByteArray &data)
{
    return QString::fromLatin1(
            data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Entra's `sub` is pairwise: the same user has another subject in every client.
QString pairwiseSubject(const QString &userId, const QString &clientId)
{
    return b64url(QCryptographicHash::hash((userId.toLower() + u'|' + clientId.toLower()).toUtf8(),
                                           QCryptographicHash::Sha256))
            .left(43);
}

Response consentRequired(const QString &clientId, const QString &clientName)
{
    Response r = oauthError(
            400, u"invalid_grant"_s,
            u"The user or administrator has not consented to use the application with ID '%1' "
            "named '%2'. Send an interactive authorization request for this user and resource."_s
                    .arg(clientId, clientName),
            65001);
    QJsonObject body = QJsonDocument::fromJson(r.body).object();
    body.insert("suberror"_L1, "consent_required"_L1);
    return Response::json(400, body);
}

} // namespace

const QJsonObject *interactiveUser(const SandboxContext &ctx, const QString &loginHint)
{
    if (!loginHint.isEmpty())
        return ctx.state->user(loginHint);
    if (!ctx.interactiveUser.isEmpty())
        return ctx.state->user(ctx.interactiveUser);
    return ctx.state->users.isEmpty() ? nullptr : &ctx.state->users.constFirst();
}

Response unknownUser(const SandboxContext &ctx, const QString &name)
{
    return oauthError(400, u"invalid_request"_s,
                      u"The user account %1 does not exist in the %2 directory. To sign into this "
                      "application, the account must be added to the directory."_s.arg(
                              name, ctx.state->tenantDomain),
                      50034);
}

Response issueUserTokens(const UserTokenRequest &request, SandboxContext &ctx)
{
    const TenantState &st = *ctx.state;
    const QJsonObject *user = st.user(request.userId);
    if (!user)
        return unknownUser(ctx, request.userId);
    const ServicePrincipal *client = st.spByAppId(request.clientId);
    if (!client)
        return oauthError(400, u"unauthorized_client"_s,
                          u"Application with identifier '%1' was not found in the directory "
                          "'%2'."_s.arg(request.clientId, st.tenantDisplayName),
                          700016);

    // Which resource, and which of its scopes: one resource per request, as Entra demands.
    QString resource = request.v2 ? QString() : request.resource;
    QStringList asked; // scope names on that resource
    QStringList oidc;
    bool wantsDefault = !request.v2;
    for (const QString &s : request.scope.split(u' ', Qt::SkipEmptyParts)) {
        if (isOidcScope(s)) {
            oidc << s.toLower();
            continue;
        }
        if (!request.v2)
            continue;
        QString res = GraphResource; // a bare scope ("User.Read") is one of Microsoft Graph
        QString name = s;
        if (s.contains(u'/')) {
            res = s.left(s.lastIndexOf(u'/'));
            name = s.mid(s.lastIndexOf(u'/') + 1);
        }
        if (!resource.isEmpty() && ctx.tokens->resolveResource(res) != ctx.tokens->resolveResource(resource))
            return oauthError(400, u"invalid_scope"_s,
                              u"Provided value for the input parameter scope '%1' is not valid "
                              "because it contains more than one resource. The scope %1 is not "
                              "valid."_s.arg(request.scope),
                              28000);
        if (resource.isEmpty())
            resource = res;
        if (name == ".default"_L1)
            wantsDefault = true;
        else
            asked << name;
    }
    if (resource.isEmpty()) { // only OpenID scopes: Entra gives a Microsoft Graph token
        resource = GraphResource;
        wantsDefault = true;
    }
    bool alias = false;
    const ServicePrincipal *target = ctx.tokens->resolveResource(resource, &alias);
    if (!target)
        return oauthError(400, u"invalid_resource"_s,
                          u"The resource principal named %1 was not found in the tenant named "
                          "%2. This can happen if the application has not been installed by the "
                          "administrator of the tenant or consented to by any user in the "
                          "tenant. You might have sent your authentication request to the wrong "
                          "tenant."_s.arg(resource, st.tenantDisplayName),
                          500011);
    const QString userId = user->value("id"_L1).toString();
    const QStringList granted = st.delegatedScopes(request.clientId, target->appId, userId);
    QStringList scp;
    if (wantsDefault) {
        scp = granted;
    } else {
        for (const QString &a : std::as_const(asked)) {
            const auto it = std::find_if(granted.cbegin(), granted.cend(), [&a](const QString &g) {
                return g.compare(a, Qt::CaseInsensitive) == 0;
            });
            if (it == granted.cend())
                return consentRequired(request.clientId, client->displayName);
            if (!scp.contains(*it))
                scp << *it;
        }
    }
    if (scp.isEmpty())
        return consentRequired(request.clientId, client->displayName);

    QString res = resource;
    if (res.endsWith("/.default"_L1))
        res.chop(9);
    const bool v2Token = target->accessTokenVersion == 2;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 iat = now.toSecsSinceEpoch();
    QJsonArray wids;
    for (const QString &w : st.directoryRoleIdsOf(userId))
        wids.append(w);
    wids.append(MemberUserRole);
    const QString upn = user->value("userPrincipalName"_L1).toString();
    const QString displayName = user->value("displayName"_L1).toString();
    QJsonObject access{
            {"aud"_L1, v2Token && !alias ? target->appId : res},
            {"iss"_L1, v2Token ? ctx.tokens->issuerV2(request.authority)
                               : ctx.tokens->issuerV1(request.authority)},
            {"iat"_L1, iat},
            {"nbf"_L1, iat - 300},
            {"exp"_L1, iat + Lifetime},
            {"aio"_L1, TokenIssuer::randomClaimValue(32)},
            {"idtyp"_L1, "user"_L1},
            {"name"_L1, displayName},
            {"oid"_L1, userId},
            {"rh"_L1, u"1.AQ%1."_s.arg(TokenIssuer::randomClaimValue(24))},
            {"scp"_L1, scp.join(u' ')},
            {"sub"_L1, pairwiseSubject(userId, request.clientId)},
            {"tid"_L1, st.tenantId},
            {"uti"_L1, TokenIssuer::randomClaimValue(16)},
            {"ver"_L1, v2Token ? "2.0"_L1 : "1.0"_L1},
            {"wids"_L1, wids},
            {"xms_tcdt"_L1, 1614849164},
    };
    if (v2Token) {
        access.insert("azp"_L1, request.clientId);
        access.insert("azpacr"_L1, "0"_L1); // a public client: no client authentication
        access.insert("preferred_username"_L1, upn);
    } else {
        access.insert("acr"_L1, "1"_L1);
        access.insert("amr"_L1, QJsonArray{"pwd"_L1});
        access.insert("app_displayname"_L1, client->displayName);
        access.insert("appid"_L1, request.clientId);
        access.insert("appidacr"_L1, "0"_L1);
        access.insert("family_name"_L1, user->value("surname"_L1));
        access.insert("given_name"_L1, user->value("givenName"_L1));
        access.insert("ipaddr"_L1, "127.0.0.1"_L1);
        access.insert("unique_name"_L1, upn);
        access.insert("upn"_L1, upn);
    }
    const QByteArray accessToken = ctx.tokens->sign(access);

    // Graph's scopes are named bare in the answer; any other resource's with its URI.
    const bool isGraph = target->appId == GraphAppId;
    QStringList answered;
    for (const QString &s : std::as_const(scp))
        answered << (isGraph || !request.v2 ? s : res + u'/' + s);
    for (const QString &o : std::as_const(oidc)) {
        if (o != "offline_access"_L1 && !answered.contains(o))
            answered << o;
    }
    QJsonObject body{{"token_type"_L1, "Bearer"_L1},
                     {"scope"_L1, answered.join(u' ')},
                     {"access_token"_L1, QString::fromLatin1(accessToken)}};
    if (request.v2) {
        body.insert("expires_in"_L1, Lifetime);
        body.insert("ext_expires_in"_L1, Lifetime);
    } else {
        // The v1.0 endpoint gives numbers as strings, and names the resource.
        body.insert("expires_in"_L1, QString::number(Lifetime));
        body.insert("ext_expires_in"_L1, QString::number(Lifetime));
        body.insert("expires_on"_L1, QString::number(iat + Lifetime));
        body.insert("not_before"_L1, QString::number(iat - 300));
        body.insert("resource"_L1, res);
    }
    // v1.0 always hands out a refresh token; v2.0 for offline_access (and then on every refresh).
    if (!request.v2 || request.refreshGrant || oidc.contains("offline_access"_L1)) {
        const QString refresh = randomRefreshToken();
        ctx.refreshTokens.insert(refresh, QJsonObject{{"clientId"_L1, request.clientId},
                                                      {"user"_L1, userId},
                                                      {"scope"_L1, request.scope}});
        body.insert("refresh_token"_L1, refresh);
    }
    if (oidc.contains("openid"_L1)) {
        QJsonObject id{{"aud"_L1, request.clientId},
                       {"iss"_L1, ctx.tokens->issuerV2(request.authority)},
                       {"iat"_L1, iat},
                       {"nbf"_L1, iat - 300},
                       {"exp"_L1, iat + Lifetime},
                       {"oid"_L1, userId},
                       {"rh"_L1, u"1.AQ%1."_s.arg(TokenIssuer::randomClaimValue(24))},
                       {"sub"_L1, pairwiseSubject(userId, request.clientId)},
                       {"tid"_L1, st.tenantId},
                       {"uti"_L1, TokenIssuer::randomClaimValue(16)},
                       {"ver"_L1, "2.0"_L1}};
        if (oidc.contains("profile"_L1)) {
            id.insert("name"_L1, displayName);
            id.insert("preferred_username"_L1, upn);
        }
        if (oidc.contains("email"_L1) && user->contains("mail"_L1))
            id.insert("email"_L1, user->value("mail"_L1));
        if (!request.nonce.isEmpty())
            id.insert("nonce"_L1, request.nonce);
        body.insert("id_token"_L1, QString::fromLatin1(ctx.tokens->sign(id)));
    }
    if (request.clientInfo)
        body.insert("client_info"_L1,
                    b64url(QJsonDocument(QJsonObject{{"uid"_L1, userId}, {"utid"_L1, st.tenantId}})
                                   .toJson(QJsonDocument::Compact)));
    return Response::json(200, body);
}

} // namespace ie::sandbox
