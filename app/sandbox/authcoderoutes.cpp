// The OAuth 2.0 authorization code grant with PKCE (RFC 7636) of Entra ID v2.0, for the
// interactive browser sign-in: GET /{tenant}/oauth2/v2.0/authorize checks the request and, as
// the signed-in sandbox user consents at once (the one login_hint names, else
// SandboxContext::interactiveUser, else Adele; unless a test set authorizeOutcome to "decline"),
// redirects to the loopback redirect_uri with a one-time code and the state; the token endpoint
// redeems it (grant_type=authorization_code with the code_verifier) for the tokens of
// usertokens.h, and grant_type=refresh_token rotates a refresh token for a new access token for
// any resource the client has been granted (v2.0 with `scope`, v1.0 with `resource`). Bad requests get Entra's answers: an error page (400) when the client or the
// redirect URI cannot be trusted, otherwise a redirect with error and error_description.

#include "sandbox/router.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"
#include "sandbox/usertokens.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

constexpr qint64 CodeLifetimeMs = 10 * 60 * 1000;

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isLoopbackRedirect(const QUrl &url)
{
    // Entra accepts any port on a loopback redirect URI of a public client (RFC 8252 7.3).
    const QString host = url.host().toLower();
    return url.isValid() && url.scheme() == "http"_L1
            && (host == "localhost"_L1 || host == "127.0.0.1"_L1 || host == "::1"_L1)
            && url.userInfo().isEmpty() && !url.hasFragment();
}

// The resource of the first scope that names one ("https://graph.microsoft.com/.default").
QString resourceOf(const QString &scope)
{
    for (const QString &s : scope.split(u' ', Qt::SkipEmptyParts)) {
        if (s.contains(u'/'))
            return s.left(s.lastIndexOf(u'/'));
    }
    return {};
}

QString descriptionOf(const Response &r)
{
    return QJsonDocument::fromJson(r.body).object().value("error_description"_L1).toString();
}

// An error sent back to the client's redirect URI, as Entra does once it trusts that URI.
Response errorRedirect(QUrl redirect, const QString &state, const QString &error,
                       const QString &description, int aadsts)
{
    QUrlQuery q(redirect);
    q.addQueryItem(u"error"_s, error);
    q.addQueryItem(u"error_description"_s,
                   QString::fromLatin1(QUrl::toPercentEncoding(
                           descriptionOf(oauthError(400, error, description, aadsts)))));
    if (!state.isEmpty())
        q.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
    redirect.setQuery(q);
    Response r = Response::empty(302);
    r.setHeader("Location", redirect.toEncoded());
    return r;
}

Response authorize(const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx)
{
    const QString tenant = m.captured(u"tenant"_s);
    const TenantState &st = *ctx.state;
    if (tenant.compare(st.tenantId, Qt::CaseInsensitive) != 0
        && tenant.compare(st.tenantDomain, Qt::CaseInsensitive) != 0 && tenant != "organizations"_L1
        && tenant != "common"_L1)
        return oauthError(400, u"invalid_tenant"_s,
                          u"Tenant '%1' not found. Check to make sure you have the correct tenant "
                          "ID and are signing into the correct cloud."_s.arg(tenant),
                          90002);
    const QString clientId = req.queryValue(u"client_id"_s);
    if (clientId.isEmpty())
        return oauthError(400, u"invalid_request"_s,
                          u"The request body must contain the following parameter: 'client_id'."_s,
                          900144);
    if (!st.spByAppId(clientId))
        return oauthError(400, u"unauthorized_client"_s,
                          u"Application with identifier '%1' was not found in the directory "
                          "'%2'."_s.arg(clientId, st.tenantDisplayName),
                          700016);
    const QString redirectUri = req.queryValue(u"redirect_uri"_s);
    const QUrl redirect(redirectUri, QUrl::StrictMode);
    if (!isLoopbackRedirect(redirect))
        return oauthError(
                400, u"invalid_request"_s,
                u"The redirect URI '%1' specified in the request does not match the "
                "redirect URIs configured for the application '%2'."_s.arg(redirectUri, clientId),
                50011);
    const QString state = req.queryValue(u"state"_s);
    const QString responseType = req.queryValue(u"response_type"_s);
    if (responseType.isEmpty())
        return errorRedirect(redirect, state, u"invalid_request"_s,
                             u"The request body must contain the following parameter: "
                             "'response_type'."_s,
                             900144);
    if (responseType != "code"_L1)
        return errorRedirect(redirect, state, u"unsupported_response_type"_s,
                             u"The provided value for the input parameter 'response_type' is "
                             "not allowed for this request. Expected value: 'code'."_s,
                             900141);
    if (state.isEmpty())
        return errorRedirect(redirect, state, u"invalid_request"_s,
                             u"The request body must contain the following parameter: "
                             "'state'."_s,
                             900144);
    const QString challenge = req.queryValue(u"code_challenge"_s);
    if (challenge.isEmpty())
        return errorRedirect(redirect, state, u"invalid_request"_s,
                             u"Proof Key for Code Exchange is required: the request must "
                             "contain 'code_challenge'."_s,
                             9002325);
    if (req.queryValue(u"code_challenge_method"_s) != "S256"_L1)
        return errorRedirect(redirect, state, u"invalid_request"_s,
                             u"The provided value for the input parameter "
                             "'code_challenge_method' is not valid. Expected value: 'S256'."_s,
                             501491);
    if (challenge.size() != 43)
        return errorRedirect(redirect, state, u"invalid_request"_s,
                             u"Invalid size of Code_Challenge parameter."_s, 501491);
    const QString scope = req.queryValue(u"scope"_s);
    const QString resource = resourceOf(scope);
    if (resource.isEmpty())
        return errorRedirect(redirect, state, u"invalid_scope"_s,
                             u"The provided value for the input parameter 'scope' is not valid: "
                             "it names no resource."_s,
                             70011);
    const QString hint = req.queryValue(u"login_hint"_s);
    const QJsonObject *user = interactiveUser(ctx, hint);
    if (!user) // Entra's sign-in page says so and stays there
        return unknownUser(ctx, hint.isEmpty() ? ctx.interactiveUser : hint);
    if (ctx.authorizeOutcome == "decline"_L1)
        return errorRedirect(redirect, state, u"access_denied"_s,
                             u"The user has denied access to the scope requested by the client "
                             "application."_s,
                             65004);
    const QString code = randomToken(48);
    ctx.authorizationCodes.insert(
            code,
            QJsonObject{{"clientId"_L1, clientId},
                        {"redirectUri"_L1, redirectUri},
                        {"challenge"_L1, challenge},
                        {"scope"_L1, scope},
                        {"resource"_L1, resource},
                        {"user"_L1, user->value("id"_L1)},
                        {"nonce"_L1, req.queryValue(u"nonce"_s)},
                        {"expires"_L1, QDateTime::currentMSecsSinceEpoch() + CodeLifetimeMs}});
    QUrl to = redirect;
    QUrlQuery q(to);
    q.addQueryItem(u"code"_s, code);
    q.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
    q.addQueryItem(u"session_state"_s, randomToken(12));
    to.setQuery(q);
    Response r = Response::empty(302);
    r.setHeader("Location", to.toEncoded());
    r.setHeader("Cache-Control", "no-store, no-cache");
    return r;
}

QString base64UrlSha256(const QString &verifier)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Response redeemCode(const Request &req, const QUrlQuery &form, SandboxContext &ctx, bool v2)
{
    const auto field = [&form](const QString &name) {
        return form.queryItemValue(name, QUrl::FullyDecoded);
    };
    const QString code = field(u"code"_s);
    if (code.isEmpty())
        return oauthError(400, u"invalid_request"_s,
                          u"The request body must contain the following parameter: 'code'."_s,
                          900144);
    const auto it = ctx.authorizationCodes.constFind(code);
    if (it == ctx.authorizationCodes.cend())
        return oauthError(400, u"invalid_grant"_s,
                          u"The provided authorization code or refresh token has expired due to "
                          "inactivity or has already been redeemed. Send a new interactive "
                          "authorization request for this user and resource."_s,
                          70008);
    // One redemption per code, whether it succeeds or not.
    const QJsonObject entry = *it;
    ctx.authorizationCodes.remove(code);
    if (QDateTime::currentMSecsSinceEpoch() > entry.value("expires"_L1).toInteger())
        return oauthError(400, u"invalid_grant"_s,
                          u"The provided authorization code or refresh token has expired due to "
                          "inactivity. Send a new interactive authorization request for this "
                          "user and resource."_s,
                          70008);
    if (field(u"client_id"_s) != entry.value("clientId"_L1).toString())
        return oauthError(400, u"invalid_grant"_s,
                          u"The authorization code was issued to another client. Send a new "
                          "interactive authorization request for this user and resource."_s,
                          70000);
    if (field(u"redirect_uri"_s) != entry.value("redirectUri"_L1).toString())
        return oauthError(400, u"invalid_grant"_s,
                          u"The reply URL specified in the request does not match the reply URL "
                          "the authorization code was issued for."_s,
                          50011);
    const QString verifier = field(u"code_verifier"_s);
    if (verifier.isEmpty())
        return oauthError(400, u"invalid_request"_s,
                          u"The request body must contain the following parameter: "
                          "'code_verifier'."_s,
                          900144);
    if (base64UrlSha256(verifier) != entry.value("challenge"_L1).toString())
        return oauthError(400, u"invalid_grant"_s,
                          u"The code_verifier does not match the code_challenge supplied in the "
                          "authorization request."_s,
                          501481);
    UserTokenRequest t;
    t.userId = entry.value("user"_L1).toString();
    t.clientId = entry.value("clientId"_L1).toString();
    t.scope = field(u"scope"_s);
    if (t.scope.isEmpty())
        t.scope = entry.value("scope"_L1).toString();
    t.v2 = v2;
    if (!v2) {
        t.resource = field(u"resource"_s);
        if (t.resource.isEmpty())
            t.resource = entry.value("resource"_L1).toString();
    }
    t.clientInfo = field(u"client_info"_s) == "1"_L1;
    t.nonce = entry.value("nonce"_L1).toString();
    t.authority = req.origin;
    return issueUserTokens(t, ctx);
}

Response refresh(const Request &req, const QUrlQuery &form, SandboxContext &ctx, bool v2)
{
    const auto field = [&form](const QString &name) {
        return form.queryItemValue(name, QUrl::FullyDecoded);
    };
    const QString token = field(u"refresh_token"_s);
    if (token.isEmpty())
        return oauthError(400, u"invalid_request"_s,
                          u"The request body must contain the following parameter: "
                          "'refresh_token'."_s,
                          900144);
    const auto it = ctx.refreshTokens.constFind(token);
    if (it == ctx.refreshTokens.cend())
        return oauthError(400, u"invalid_grant"_s,
                          u"The refresh token has expired or was revoked: a fresh "
                          "authentication is needed. The user might have changed or reset "
                          "their password, or signed out everywhere."_s,
                          50173);
    const QJsonObject entry = *it;
    const QString clientId = field(u"client_id"_s);
    if (clientId != entry.value("clientId"_L1).toString())
        return oauthError(400, u"invalid_grant"_s,
                          u"The refresh token was issued to a different client id."_s, 700005);
    UserTokenRequest t;
    t.userId = entry.value("user"_L1).toString();
    t.clientId = clientId;
    t.v2 = v2;
    t.scope = field(u"scope"_s);
    t.resource = field(u"resource"_s);
    if (v2 && t.scope.isEmpty())
        return oauthError(400, u"invalid_request"_s,
                          u"The request body must contain the following parameter: 'scope'."_s,
                          900144);
    if (!v2 && t.resource.isEmpty())
        return oauthError(400, u"invalid_request"_s,
                          u"The request body must contain the following parameter: "
                          "'resource'."_s,
                          900144);
    t.clientInfo = field(u"client_info"_s) == "1"_L1;
    t.refreshGrant = true;
    t.authority = req.origin;
    // A refresh token is good for any resource the client may use (Entra's multi-resource
    // refresh tokens); it is spent by its use (rotated) only when the new answer is a success.
    Response r = issueUserTokens(t, ctx);
    if (r.status == 200)
        ctx.refreshTokens.remove(token);
    return r;
}

} // namespace

void registerAuthorizationCodeRoutes(Router &router, SandboxContext &context)
{
    context.grants.insert(u"authorization_code"_s, redeemCode);
    context.grants.insert(u"refresh_token"_s, refresh);
    router.add(u"login"_s, "GET", u"/(?<tenant>[^/]+)/oauth2/v2\\.0/authorize"_s, authorize);
}

} // namespace ie::sandbox
