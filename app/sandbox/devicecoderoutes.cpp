// The OAuth 2.0 device authorization grant of Entra ID v2.0: POST /{tenant}/oauth2/v2.0/devicecode
// hands out a user code and a device code; the client then polls the token endpoint with
// grant_type=urn:ietf:params:oauth:grant-type:device_code and gets authorization_pending,
// slow_down (polled before the interval), authorization_declined, expired_token, or, once the user
// has consented (the sandbox consents at the first poll, as the code's "user" if a test set one,
// else as SandboxContext::interactiveUser, else Adele), the delegated tokens of usertokens.h.
// With `sandbox --device-login manual` a code waits instead until a user enters it on the
// verification page: POST /devicelogin with otc=<user_code> and login_hint=<UPN> stands in for
// the browser at https://microsoft.com/devicelogin, where the user types the code and signs in
// (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code).

#include "sandbox/router.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"
#include "sandbox/usertokens.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

const QString DeviceCodeGrant = u"urn:ietf:params:oauth:grant-type:device_code"_s;

QString userCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code += QLatin1Char(
                alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    return code;
}

Response poll(const Request &req, const QUrlQuery &form, SandboxContext &ctx, bool v2)
{
    const QString code = form.queryItemValue(u"device_code"_s, QUrl::FullyDecoded);
    auto it = ctx.deviceCodes.find(code);
    if (code.isEmpty() || it == ctx.deviceCodes.end())
        return oauthError(
                400, u"invalid_grant"_s,
                u"The provided value for the input parameter 'device_code' is not valid."_s, 70000);
    QJsonObject &entry = *it;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now > entry.value("expires"_L1).toInteger()) {
        ctx.deviceCodes.erase(it);
        return oauthError(400, u"expired_token"_s,
                          u"The provided value for the 'device_code' parameter has expired."_s,
                          70020);
    }
    const qint64 last = entry.value("lastPoll"_L1).toInteger();
    entry.insert("lastPoll"_L1, now);
    if (last > 0 && now - last < entry.value("interval"_L1).toInteger() * 1000)
        return oauthError(400, u"slow_down"_s,
                          u"The client is polling too fast: wait for the interval."_s, 70016);
    const QString state = entry.value("state"_L1).toString();
    if (state == "decline"_L1) {
        ctx.deviceCodes.erase(it);
        return oauthError(400, u"authorization_declined"_s,
                          u"The end user denied the authorization request."_s, 70000);
    }
    if (state != "approved"_L1) {
        if (state != "hold"_L1)
            entry.insert("state"_L1, u"approved"_s); // the sandbox user consents
        return oauthError(
                400, u"authorization_pending"_s,
                u"OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s,
                70016);
    }
    if (form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded)
        != entry.value("clientId"_L1).toString())
        return oauthError(400, u"invalid_grant"_s,
                          u"The device code was issued to another client."_s, 70000);
    const QString who = entry.value("user"_L1).toString();
    const QJsonObject *user = interactiveUser(ctx, who);
    if (!user) {
        ctx.deviceCodes.erase(it);
        return unknownUser(ctx, who.isEmpty() ? ctx.interactiveUser : who);
    }
    UserTokenRequest t;
    t.userId = user->value("id"_L1).toString();
    t.clientId = entry.value("clientId"_L1).toString();
    t.scope = entry.value("scope"_L1).toString();
    t.v2 = v2;
    t.clientInfo = form.queryItemValue(u"client_info"_s, QUrl::FullyDecoded) == "1"_L1;
    t.authority = req.origin;
    ctx.deviceCodes.erase(it);
    return issueUserTokens(t, ctx);
}

} // namespace

void registerDeviceCodeRoutes(Router &router)
{
    router.add(
            u"login"_s, "POST", u"/(?<tenant>[^/]+)/oauth2/v2\\.0/devicecode"_s,
            [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                ctx.grants.insert(DeviceCodeGrant, poll); // the token endpoint's part
                const QUrlQuery form = req.form();
                const QString clientId = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
                QString scope = form.queryItemValue(u"scope"_s, QUrl::FullyDecoded);
                if (clientId.isEmpty())
                    return oauthError(
                            400, u"invalid_request"_s,
                            u"The request body must contain the following parameter: 'client_id'."_s,
                            900144);
                if (!ctx.state->spByAppId(clientId))
                    return oauthError(
                            400, u"unauthorized_client"_s,
                            u"Application with identifier '%1' was not found in the directory '%2'."_s
                                    .arg(clientId, ctx.state->tenantDisplayName),
                            700016);
                if (scope.trimmed().isEmpty())
                    return oauthError(
                            400, u"invalid_request"_s,
                            u"The request body must contain the following parameter: 'scope'."_s,
                            900144);
                const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces)
                        + QUuid::createUuid().toString(QUuid::WithoutBraces);
                const QString user = userCode();
                const int interval = ctx.deviceCodeIntervalSeconds;
                ctx.deviceCodes.insert(
                        device,
                        QJsonObject{{"userCode"_L1, user},
                                    {"clientId"_L1, clientId},
                                    {"scope"_L1, scope},
                                    {"interval"_L1, interval},
                                    {"state"_L1, ctx.deviceLoginManual ? u"hold"_s : QString()},
                                    {"expires"_L1, QDateTime::currentMSecsSinceEpoch() + 900000}});
                const QString uri = req.origin.toString() + u"/devicelogin"_s;
                return Response::json(
                        200,
                        QJsonObject{
                                {"user_code"_L1, user},
                                {"device_code"_L1, device},
                                {"verification_uri"_L1, uri},
                                {"expires_in"_L1, 900},
                                {"interval"_L1, interval},
                                {"message"_L1,
                                 u"To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate."_s
                                         .arg(uri, user)}});
            });
    // The user at the verification page: enters the code, signs in as login_hint (else the
    // --sign-in-as user) and consents. Answers the page Entra shows, as text/html.
    router.add(u"login"_s, "POST", u"/devicelogin"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   const QUrlQuery form = req.form();
                   const QString otc = form.queryItemValue(u"otc"_s, QUrl::FullyDecoded)
                                               .trimmed()
                                               .toUpper();
                   const QString hint = form.queryItemValue(u"login_hint"_s, QUrl::FullyDecoded);
                   auto page = [](int status, const QString &text) {
                       Response r;
                       r.status = status;
                       r.setHeader("Content-Type", "text/html; charset=utf-8");
                       r.body = u"<!DOCTYPE html><html><body><p>%1</p></body></html>"_s
                                        .arg(text.toHtmlEscaped())
                                        .toUtf8();
                       return r;
                   };
                   const qint64 now = QDateTime::currentMSecsSinceEpoch();
                   for (auto it = ctx.deviceCodes.begin(); it != ctx.deviceCodes.end(); ++it) {
                       if (otc.isEmpty() || it->value("userCode"_L1).toString() != otc)
                           continue;
                       if (now > it->value("expires"_L1).toInteger())
                           return page(400,
                                       u"The code you entered has expired. Get a new code from "
                                       "the device you're trying to sign in to and try again."_s);
                       if (!interactiveUser(ctx, hint))
                           return unknownUser(ctx, hint);
                       it->insert("state"_L1, u"approved"_s);
                       if (!hint.isEmpty())
                           it->insert("user"_L1, hint);
                       return page(200,
                                   u"You have signed in to the application on your device. You "
                                   "may now close this window."_s);
                   }
                   return page(400, u"That code didn't work. Check the code and try again."_s);
               });
}

} // namespace ie::sandbox
