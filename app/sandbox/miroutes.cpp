// Managed-identity endpoints, answering as one sandbox resource (Options::miResource, by default
// a VM with a system-assigned and two user-assigned identities), on the plain-HTTP "mi" listener:
//   IMDS         GET  /metadata/identity/oauth2/token?api-version=2018-02-01&resource=R
//                     Metadata: true; client_id | object_id | msi_res_id for a user-assigned one
//   App Service  GET  /msi/token?api-version=2019-08-01&resource=R   (IDENTITY_ENDPOINT)
//                     X-IDENTITY-HEADER: <IDENTITY_HEADER>; client_id | principal_id | mi_res_id
//   App Service  GET  /msi/token?api-version=2017-09-01&resource=R   (MSI_ENDPOINT, the old one)
//                     secret: <MSI_SECRET>; clientid for a user-assigned one; expires_on as the
//                     host's local time (App Service runs on UTC): "12/03/2026 14:05:00 +00:00"
//                     (https://learn.microsoft.com/azure/app-service/overview-managed-identity,
//                     the 2017-09-01 protocol the SDKs still speak: msrestazure's
//                     get_msi_token_webapp, @azure/ms-rest-nodeauth's MSIAppServiceTokenCredentials
//                     https://learn.microsoft.com/javascript/api/@azure/ms-rest-nodeauth/msiappserviceoptions)
//   Azure Arc    GET  /arc/metadata/identity/oauth2/token?api-version=2019-11-01&resource=R
//                     Metadata: true; first a 401 with WWW-Authenticate: Basic realm=<key file>,
//                     then Authorization: Basic <that file's content>
//   Cloud Shell  POST /oauth2/token  (MSI_ENDPOINT) form resource=R, Metadata: true
// The JSON is what each service sends: IMDS and Arc give every number as a string, App Service
// gives expires_on as an epoch number (2019-08-01) or a date text (2017-09-01). Tokens carry xms_mirid, idtyp "app" and the roles the
// identity holds at the time of the request.

#include "sandbox/router.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

constexpr int MiTokenLifetime = 86399; // IMDS hands out tokens for about a day

// Which identity of the resource a request names.
struct Selector
{
    QString clientId;
    QString principalId;
    QString resourceId;
    int count() const
    {
        return int(!clientId.isEmpty()) + int(!principalId.isEmpty()) + int(!resourceId.isEmpty());
    }
};

struct Identity
{
    const ServicePrincipal *sp = nullptr;
    QString mirid; // xms_mirid: the resource for system-assigned, the identity's own id otherwise
};

enum class Lookup { Found, NotFound, Ambiguous, NoResource };

Lookup findIdentity(const SandboxContext &ctx, const Selector &sel, Identity *out)
{
    const ArmResource *res = ctx.state->resourceById(ctx.state->miResourceId);
    if (!res)
        return Lookup::NoResource;
    const QJsonObject identity = res->identity;
    const QJsonObject users = identity.value("userAssignedIdentities"_L1).toObject();
    if (sel.count() == 0) {
        const QString system = identity.value("principalId"_L1).toString();
        if (!system.isEmpty()) {
            out->sp = ctx.state->spById(system);
            out->mirid = res->id;
            return out->sp ? Lookup::Found : Lookup::NotFound;
        }
        // Without a system-assigned identity a single user-assigned one is the default.
        if (users.size() > 1)
            return Lookup::Ambiguous;
        if (users.isEmpty())
            return Lookup::NotFound;
    }
    for (auto it = users.begin(); it != users.end(); ++it) {
        const QJsonObject u = it.value().toObject();
        const bool match = sel.count() == 0
                || (!sel.clientId.isEmpty()
                    && u.value("clientId"_L1).toString().compare(sel.clientId, Qt::CaseInsensitive)
                            == 0)
                || (!sel.principalId.isEmpty()
                    && u.value("principalId"_L1)
                                    .toString()
                                    .compare(sel.principalId, Qt::CaseInsensitive)
                            == 0)
                || (!sel.resourceId.isEmpty()
                    && it.key().compare(sel.resourceId, Qt::CaseInsensitive) == 0);
        if (match) {
            out->sp = ctx.state->spById(u.value("principalId"_L1).toString());
            const ArmResource *uami = ctx.state->resourceById(it.key());
            out->mirid = uami ? uami->id : it.key();
            return out->sp ? Lookup::Found : Lookup::NotFound;
        }
    }
    // The system-assigned identity may also be named by its own object id.
    const QString system = identity.value("principalId"_L1).toString();
    if (!sel.principalId.isEmpty() && system.compare(sel.principalId, Qt::CaseInsensitive) == 0) {
        out->sp = ctx.state->spById(system);
        out->mirid = res->id;
        return out->sp ? Lookup::Found : Lookup::NotFound;
    }
    return Lookup::NotFound;
}

// {"error": ..., "error_description": ...}: what IMDS, Arc and Cloud Shell send.
Response imdsError(int status, const QString &error, const QString &description)
{
    return Response::json(status,
                          QJsonObject{{"error"_L1, error}, {"error_description"_L1, description}});
}

// App Service's own shape.
Response appServiceError(int status, const QString &message)
{
    return Response::json(
            status,
            QJsonObject{{"statusCode"_L1, status},
                        {"message"_L1, message},
                        {"correlationId"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

enum class Flavor { Imds, AppService, AppService2017, Arc, CloudShell };

Response answer(Flavor flavor, const QString &resource, const Selector &sel, SandboxContext &ctx)
{
    const bool appService = flavor == Flavor::AppService || flavor == Flavor::AppService2017;
    auto fail = [&](int status, const QString &error, const QString &description) {
        return appService ? appServiceError(status, description)
                          : imdsError(status, error, description);
    };
    if (resource.isEmpty())
        return fail(400, u"invalid_request"_s, u"Required audience parameter not specified"_s);
    if (sel.count() > 1)
        return fail(
                400, u"invalid_request"_s,
                appService ? u"Only one of client_id, principal_id or mi_res_id may be specified."_s
                           : u"Only one of client_id, object_id or msi_res_id may be specified."_s);
    Identity id;
    switch (findIdentity(ctx, sel, &id)) {
    case Lookup::Found:
        break;
    case Lookup::Ambiguous:
        return fail(400, u"invalid_request"_s,
                    u"Multiple user assigned identities exist, please specify the clientId / "
                    "resourceId of the identity in the token request"_s);
    case Lookup::NoResource:
    case Lookup::NotFound:
        return appService
                ? appServiceError(400,
                                  u"No User Assigned or Delegated Managed Identity found for "
                                  "specified ClientId/ResourceId/PrincipalId."_s)
                : imdsError(400, u"invalid_request"_s, u"Identity not found"_s);
    }
    QString error, description;
    int aadsts = 0;
    const auto minted = ctx.tokens->mintAppToken(*id.sp, resource, MiTokenLifetime, &error,
                                                 &description, &aadsts, id.mirid);
    if (!minted) {
        const QString text = u"AADSTS%1: %2"_s.arg(aadsts).arg(description);
        return appService ? appServiceError(400, text) : imdsError(400, error, text);
    }
    const QString expiresOn = QString::number(minted->expiresOn.toSecsSinceEpoch());
    const QString notBefore
            = QString::number(minted->expiresOn.toSecsSinceEpoch() - minted->expiresIn);
    if (flavor == Flavor::AppService2017) {
        return Response::json(
                200,
                QJsonObject{{"access_token"_L1, QString::fromLatin1(minted->token)},
                            {"expires_on"_L1,
                             minted->expiresOn.toUTC().toString(u"MM/dd/yyyy HH:mm:ss"_s)
                                     + u" +00:00"_s},
                            {"resource"_L1, resource},
                            {"token_type"_L1, "Bearer"_L1},
                            {"client_id"_L1, id.sp->appId}});
    }
    if (appService) {
        return Response::json(200,
                              QJsonObject{{"access_token"_L1, QString::fromLatin1(minted->token)},
                                          {"expires_on"_L1, minted->expiresOn.toSecsSinceEpoch()},
                                          {"resource"_L1, resource},
                                          {"token_type"_L1, "Bearer"_L1},
                                          {"client_id"_L1, id.sp->appId}});
    }
    const QString lifetime = QString::number(minted->expiresIn);
    return Response::json(200,
                          QJsonObject{{"access_token"_L1, QString::fromLatin1(minted->token)},
                                      {"client_id"_L1, id.sp->appId},
                                      {"expires_in"_L1, lifetime},
                                      {"expires_on"_L1, expiresOn},
                                      {"ext_expires_in"_L1, lifetime},
                                      {"not_before"_L1, notBefore},
                                      {"resource"_L1, resource},
                                      {"token_type"_L1, "Bearer"_L1}});
}

bool metadataHeader(const Request &req)
{
    return req.header("Metadata").compare("true", Qt::CaseInsensitive) == 0;
}

// A fresh secret file per challenge, as the Arc agent writes one under its tokens folder.
QString writeArcKey(const SandboxContext &ctx)
{
    QDir().mkpath(ctx.arcKeyDirectory);
    const QString path
            = QDir(ctx.arcKeyDirectory)
                      .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".key"_s);
    QByteArray secret(32, Qt::Uninitialized);
    for (char &c : secret)
        c = char(QRandomGenerator::system()->bounded(256));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(secret.toHex()) < 0)
        return {};
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

bool arcKeyAccepted(const SandboxContext &ctx, const QByteArray &presented)
{
    if (presented.isEmpty())
        return false;
    QDirIterator it(ctx.arcKeyDirectory, {u"*.key"_s}, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll() == presented) {
            f.close();
            f.remove(); // one use per key, as the agent rotates them
            return true;
        }
    }
    return false;
}

} // namespace

void registerManagedIdentityRoutes(Router &router)
{
    router.add(
            u"mi"_s, "GET", u"/metadata/identity/oauth2/token/?"_s,
            [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                if (!metadataHeader(req))
                    return imdsError(400, u"invalid_request"_s,
                                     u"Required metadata header not specified"_s);
                if (!req.hasQuery(u"api-version"_s))
                    return imdsError(400, u"invalid_request"_s,
                                     u"Required query variable 'api-version' is missing"_s);
                const QString version = req.queryValue(u"api-version"_s);
                static const QStringList versions
                        = {u"2018-02-01"_s, u"2019-08-01"_s, u"2019-11-01"_s, u"2020-06-01"_s,
                           u"2021-02-01"_s};
                if (!versions.contains(version))
                    return Response::json(
                            400,
                            QJsonObject{
                                    {"error"_L1,
                                     u"Bad request. api-version '%1' is invalid. For more information refer to aka.ms/azureimds"_s
                                             .arg(version)},
                                    {"newest-versions"_L1,
                                     QJsonArray{"2021-02-01"_L1, "2020-06-01"_L1,
                                                "2019-11-01"_L1}}});
                return answer(Flavor::Imds, req.queryValue(u"resource"_s),
                              Selector{req.queryValue(u"client_id"_s),
                                       req.queryValue(u"object_id"_s),
                                       req.queryValue(u"msi_res_id"_s)},
                              ctx);
            });

    router.add(u"mi"_s, "GET", u"/msi/token/?"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   // The same endpoint speaks both versions (on App Service MSI_ENDPOINT is
                   // IDENTITY_ENDPOINT and MSI_SECRET is IDENTITY_HEADER), each with its header.
                   const QString version = req.queryValue(u"api-version"_s);
                   if (version == "2017-09-01"_L1) {
                       const QByteArray secret = req.header("secret");
                       if (secret.isEmpty() || QString::fromLatin1(secret) != ctx.identityHeader)
                           return appServiceError(401,
                                                  u"Unauthorized: the secret header is missing "
                                                  "or does not match MSI_SECRET."_s);
                       if (req.hasQuery(u"client_id"_s) || req.hasQuery(u"principal_id"_s)
                           || req.hasQuery(u"mi_res_id"_s))
                           return appServiceError(400,
                                                  u"api-version 2017-09-01 names a user-assigned "
                                                  "identity only by clientid."_s);
                       return answer(Flavor::AppService2017, req.queryValue(u"resource"_s),
                                     Selector{req.queryValue(u"clientid"_s), {}, {}}, ctx);
                   }
                   const QByteArray header = req.header("X-IDENTITY-HEADER");
                   if (header.isEmpty() || QString::fromLatin1(header) != ctx.identityHeader)
                       return appServiceError(401,
                                              u"Unauthorized: the X-IDENTITY-HEADER header is "
                                              "missing or does not match IDENTITY_HEADER."_s);
                   if (version != "2019-08-01"_L1)
                       return appServiceError(
                               400,
                               u"Unsupported api-version '%1'. Supported: 2017-09-01, "
                               "2019-08-01."_s.arg(version));
                   return answer(Flavor::AppService, req.queryValue(u"resource"_s),
                                 Selector{req.queryValue(u"client_id"_s),
                                          req.queryValue(u"principal_id"_s),
                                          req.queryValue(u"mi_res_id"_s)},
                                 ctx);
               });

    router.add(
            u"mi"_s, "GET", u"/arc/metadata/identity/oauth2/token/?"_s,
            [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                if (!metadataHeader(req))
                    return imdsError(400, u"invalid_request"_s,
                                     u"Required metadata header not specified"_s);
                if (req.queryValue(u"api-version"_s) != "2019-11-01"_L1
                    && req.queryValue(u"api-version"_s) != "2020-06-01"_L1)
                    return imdsError(400, u"invalid_request"_s, u"Invalid api-version"_s);
                if (req.hasQuery(u"client_id"_s) || req.hasQuery(u"object_id"_s)
                    || req.hasQuery(u"msi_res_id"_s))
                    return imdsError(400, u"invalid_request"_s,
                                     u"User assigned identities are not supported on Azure Arc."_s);
                const QByteArray auth = req.header("Authorization");
                if (!auth.startsWith("Basic ") || !arcKeyAccepted(ctx, auth.mid(6).trimmed())) {
                    const QString key = writeArcKey(ctx);
                    if (key.isEmpty())
                        return imdsError(500, u"server_error"_s, u"cannot write the key file"_s);
                    Response r = imdsError(401, u"unauthorized"_s,
                                           u"Authentication is required: read the key file named "
                                           "in WWW-Authenticate."_s);
                    r.setHeader("WWW-Authenticate", "Basic realm=" + QFile::encodeName(key));
                    return r;
                }
                return answer(Flavor::Arc, req.queryValue(u"resource"_s), Selector{}, ctx);
            });

    router.add(
            u"mi"_s, "POST", u"/oauth2/token/?"_s,
            [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                if (!metadataHeader(req))
                    return imdsError(400, u"invalid_request"_s,
                                     u"Required metadata header not specified"_s);
                const QUrlQuery form = req.form();
                return answer(
                        Flavor::CloudShell, form.queryItemValue(u"resource"_s, QUrl::FullyDecoded),
                        Selector{form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded), {}, {}},
                        ctx);
            });
}

} // namespace ie::sandbox
