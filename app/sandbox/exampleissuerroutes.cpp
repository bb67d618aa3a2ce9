// The sandbox's example OpenID Connect issuer, at {login}/sandbox/issuer: what a CI system or a
// Kubernetes cluster is to workload identity federation, so a federated identity credential can
// be tried end to end on the sandbox tenant. It publishes an OpenID configuration and a JWKS
// (fetched over https by the token endpoint like any external issuer's, see IssuerKeyCache) and
// hands out signed tokens for a subject, as GitHub's ACTIONS_ID_TOKEN_REQUEST_URL does:
//   POST {login}/sandbox/issuer/token   sub=...&aud=api://AzureADTokenExchange&lifetime=600
//   -> {"value": "<JWT>", "expires_in": 600}
// docs/federation.md, "Trying it on the sandbox".

#include "sandbox/crypto.h"
#include "sandbox/router.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {
const QString Path = u"/sandbox/issuer"_s;
} // namespace

QString exampleIssuerUrl(const QUrl &login)
{
    return login.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash) + Path;
}

QByteArray mintExampleIssuerToken(const SigningKey &key, const QUrl &login, const QJsonObject &claims,
                                  int lifetimeSeconds)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject payload{{"iss"_L1, exampleIssuerUrl(login)},
                        {"aud"_L1, u"api://AzureADTokenExchange"_s},
                        {"iat"_L1, now},
                        {"nbf"_L1, now},
                        {"exp"_L1, now + lifetimeSeconds},
                        {"jti"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    for (auto it = claims.begin(); it != claims.end(); ++it)
        payload.insert(it.key(), it.value());
    return key.signJwt(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

void registerExampleIssuerRoutes(Router &router)
{
    router.add(u"login"_s, "GET", Path + u"/\\.well-known/openid-configuration"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &) {
                   const QString issuer = exampleIssuerUrl(req.origin);
                   return Response::json(
                           200, QJsonObject{{"issuer"_L1, issuer},
                                            {"jwks_uri"_L1, issuer + u"/keys"_s},
                                            {"token_endpoint"_L1, issuer + u"/token"_s},
                                            {"response_types_supported"_L1, QJsonArray{u"id_token"_s}},
                                            {"subject_types_supported"_L1, QJsonArray{u"public"_s}},
                                            {"id_token_signing_alg_values_supported"_L1,
                                             QJsonArray{u"RS256"_s}},
                                            {"claims_supported"_L1,
                                             QJsonArray{u"sub"_s, u"aud"_s, u"exp"_s, u"iat"_s,
                                                        u"iss"_s, u"jti"_s, u"nbf"_s}}});
               });
    router.add(u"login"_s, "GET", Path + u"/keys"_s,
               [](const Request &, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   const SigningKey *k = ctx.exampleIssuerKey;
                   QJsonArray keys;
                   if (k)
                       keys.append(QJsonObject{{"kty"_L1, u"RSA"_s},
                                               {"use"_L1, u"sig"_s},
                                               {"alg"_L1, u"RS256"_s},
                                               {"kid"_L1, QString::fromLatin1(k->kid())},
                                               {"x5t"_L1, QString::fromLatin1(k->kid())},
                                               {"n"_L1, QString::fromLatin1(k->n())},
                                               {"e"_L1, QString::fromLatin1(k->e())}});
                   return Response::json(200, QJsonObject{{"keys"_L1, keys}});
               });
    router.add(u"login"_s, "POST", Path + u"/token"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   const QUrlQuery form = req.form();
                   const QString sub = form.queryItemValue(u"sub"_s, QUrl::FullyDecoded);
                   QString aud = form.queryItemValue(u"aud"_s, QUrl::FullyDecoded);
                   bool ok = true;
                   const QString lifetimeText = form.queryItemValue(u"lifetime"_s);
                   const int lifetime = lifetimeText.isEmpty() ? 600 : lifetimeText.toInt(&ok);
                   if (sub.isEmpty() || !ctx.exampleIssuerKey || !ok || lifetime < -3600
                       || lifetime > 3600)
                       return Response::json(
                               400, QJsonObject{{"error"_L1, u"invalid_request"_s},
                                                {"error_description"_L1,
                                                 u"Form fields: sub (required), aud (default "
                                                 "api://AzureADTokenExchange), lifetime in "
                                                 "seconds (-3600 to 3600, default 600)."_s}});
                   if (aud.isEmpty())
                       aud = u"api://AzureADTokenExchange"_s;
                   QJsonObject claims{{"sub"_L1, sub}, {"aud"_L1, aud}};
                   QByteArray token = mintExampleIssuerToken(*ctx.exampleIssuerKey, req.origin,
                                                             claims, lifetime);
                   return Response::json(200, QJsonObject{{"value"_L1, QString::fromLatin1(token)},
                                                          {"expires_in"_L1, lifetime}});
               });
}

} // namespace ie::sandbox
