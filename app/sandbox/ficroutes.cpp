// Federated identity credentials, written as well as read: ARM's user-assigned identity
// credentials (read one, create or update, delete; the list lives in armroutes.cpp) and Graph's
// credentials of an app registration (list, create, read, update, delete). Both check the caller
// (an ARM role whose actions cover the operation; the Graph permission and, delegated, the
// directory role), the shape of the credential, the limit of 20 per identity and the uniqueness
// of issuer and subject.
//
// ARM:   https://learn.microsoft.com/rest/api/managedidentity/federated-identity-credentials
//        (api-version 2023-01-31; name pattern ^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$; PUT answers
//        201 Created or 200 OK, DELETE 200 OK or 204 No Content)
// Graph: https://learn.microsoft.com/graph/api/resources/federatedidentitycredential?view=graph-rest-1.0
//        https://learn.microsoft.com/graph/api/application-post-federatedidentitycredentials?view=graph-rest-1.0
//        https://learn.microsoft.com/graph/api/federatedidentitycredential-update?view=graph-rest-1.0
//        (POST 201 Created, PATCH and DELETE 204 No Content; audiences takes one value)
// Limits: https://learn.microsoft.com/entra/workload-id/workload-identity-federation-considerations
//        (at most 20 credentials per application or user-assigned identity; issuer and subject
//        unique per identity). The texts of the limit and duplicate errors are not documented;
//        the sandbox answers them as 400 BadRequest / Request_BadRequest with a plain sentence.

#include "sandbox/armsupport.h"
#include "sandbox/graphsupport.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

constexpr int MaxCredentials = 20;

const QString UamiPath
        = u"/subscriptions/(?<sub>[^/]+)/resourceGroups/(?<rg>[^/]+)/providers/Microsoft\\.ManagedIdentity/userAssignedIdentities/(?<name>[^/]+)/federatedIdentityCredentials/(?<fic>[^/]+)"_s;
const QString AppPath = u"/v1\\.0/applications\\(appId='(?<app>[^']+)'\\)/federatedIdentityCredentials"_s;

bool validName(const QString &name)
{
    static const QRegularExpression re(u"^[a-zA-Z0-9][a-zA-Z0-9_-]{2,119}$"_s);
    return re.match(name).hasMatch();
}

bool httpsUrl(const QString &issuer)
{
    const QUrl u(issuer, QUrl::StrictMode);
    return u.isValid() && u.scheme() == "https"_L1 && !u.host().isEmpty();
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

qsizetype countFor(const QList<FederatedCredential> &list, const QString &parent)
{
    return std::count_if(list.cbegin(), list.cend(), [&](const FederatedCredential &f) {
        return f.parentId.compare(parent, Qt::CaseInsensitive) == 0;
    });
}

// Another credential of the same identity with this issuer and subject (other than `except`).
const FederatedCredential *duplicateOf(const QList<FederatedCredential> &list,
                                       const QString &parent, const QString &issuer,
                                       const QString &subject, const QString &except)
{
    for (const FederatedCredential &f : list) {
        if (f.parentId.compare(parent, Qt::CaseInsensitive) == 0 && f.issuer == issuer
            && f.subject == subject && f.name.compare(except, Qt::CaseInsensitive) != 0)
            return &f;
    }
    return nullptr;
}

// --- ARM ------------------------------------------------------------------------------------

struct ArmTarget
{
    QString uamiId;
    const ArmResource *uami = nullptr;
    QString fic;
    QString caller;
};

std::optional<Response> armTarget(const Request &req, const QRegularExpressionMatch &m,
                                  SandboxContext &ctx, const QString &action, ArmTarget *t)
{
    QJsonObject claims;
    if (auto denied = armAuthorize(req, ctx, &claims))
        return denied;
    const QString sub = m.captured(u"sub"_s);
    bool known = false;
    for (const QJsonObject &s : std::as_const(ctx.state->subscriptions))
        known = known || s.value("subscriptionId"_L1).toString().compare(sub, Qt::CaseInsensitive) == 0;
    if (!known)
        return armError(404, u"SubscriptionNotFound"_s,
                        u"The subscription '%1' could not be found."_s.arg(sub));
    t->uamiId = u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ManagedIdentity/userAssignedIdentities/%3"_s
                        .arg(sub, m.captured(u"rg"_s), m.captured(u"name"_s));
    t->fic = m.captured(u"fic"_s);
    t->caller = claims.value("oid"_L1).toString();
    const QString scope = t->uamiId + u"/federatedIdentityCredentials/"_s + t->fic;
    if (!armAllows(ctx, t->caller, scope, action))
        return armForbidden(ctx, t->caller, action, scope);
    t->uami = ctx.state->resourceById(t->uamiId);
    if (!t->uami)
        return armError(404, u"ResourceNotFound"_s,
                        u"The Resource 'Microsoft.ManagedIdentity/userAssignedIdentities/%1' under "
                        "resource group '%2' was not found. For more details please go to "
                        "https://aka.ms/ARMResourceNotFoundFix"_s.arg(m.captured(u"name"_s),
                                                                      m.captured(u"rg"_s)));
    return std::nullopt;
}

qsizetype armIndex(const SandboxContext &ctx, const ArmTarget &t)
{
    const QList<FederatedCredential> &list = ctx.state->federatedCredentials;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].parentId.compare(t.uami->id, Qt::CaseInsensitive) == 0
            && list[i].name.compare(t.fic, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

Response armFicNotFound(const ArmTarget &t, const QRegularExpressionMatch &m)
{
    return armError(404, u"ResourceNotFound"_s,
                    u"The Resource 'Microsoft.ManagedIdentity/userAssignedIdentities/%1/"
                    "federatedIdentityCredentials/%2' under resource group '%3' was not found. For "
                    "more details please go to https://aka.ms/ARMResourceNotFoundFix"_s
                            .arg(m.captured(u"name"_s), t.fic, m.captured(u"rg"_s)));
}

Response armGet(const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx)
{
    ArmTarget t;
    if (auto denied = armTarget(
                req, m, ctx,
                u"Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/read"_s,
                &t))
        return *denied;
    const qsizetype i = armIndex(ctx, t);
    if (i < 0)
        return armFicNotFound(t, m);
    return Response::json(200, ctx.state->federatedCredentials[i].toJson());
}

Response armPut(const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx)
{
    ArmTarget t;
    if (auto denied = armTarget(
                req, m, ctx,
                u"Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write"_s,
                &t))
        return *denied;
    if (!validName(t.fic))
        return armError(400, u"InvalidResourceName"_s,
                        u"The resource name '%1' is invalid. It must match the pattern "
                        "'^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$'."_s.arg(t.fic));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return armError(400, u"InvalidRequestContent"_s,
                        u"The request content was invalid and could not be deserialized."_s);
    const QJsonObject props = doc.object().value("properties"_L1).toObject();
    const QString issuer = props.value("issuer"_L1).toString();
    const QString subject = props.value("subject"_L1).toString();
    const QStringList audiences = stringList(props.value("audiences"_L1));
    // As ARM words it (seen in Terraform's and az's reports of this error).
    if (issuer.isEmpty() || subject.isEmpty() || audiences.isEmpty())
        return armError(400, u"BadRequest"_s,
                        u"The request format was unexpected. Federated Identity Credential must "
                        "specify 'issuer', 'subject' and 'audience'."_s);
    if (!httpsUrl(issuer))
        return armError(400, u"BadRequest"_s,
                        u"The request format was unexpected. The issuer '%1' of the Federated "
                        "Identity Credential must be a valid URL that uses the https scheme."_s
                                .arg(issuer));
    const qsizetype i = armIndex(ctx, t);
    if (duplicateOf(ctx.state->federatedCredentials, t.uami->id, issuer, subject, t.fic))
        return armError(400, u"BadRequest"_s,
                        u"The request format was unexpected. A Federated Identity Credential with "
                        "the same issuer '%1' and subject '%2' already exists on the identity."_s
                                .arg(issuer, subject));
    if (i < 0 && countFor(ctx.state->federatedCredentials, t.uami->id) >= MaxCredentials)
        return armError(400, u"BadRequest"_s,
                        u"The request format was unexpected. The identity already has the maximum "
                        "of %1 Federated Identity Credentials."_s.arg(MaxCredentials));
    if (i >= 0) {
        FederatedCredential &f = ctx.state->federatedCredentials[i];
        f.issuer = issuer;
        f.subject = subject;
        f.audiences = audiences;
        return Response::json(200, f.toJson());
    }
    FederatedCredential f;
    f.parentId = t.uami->id;
    f.name = t.fic;
    f.issuer = issuer;
    f.subject = subject;
    f.audiences = audiences;
    ctx.state->federatedCredentials.append(f);
    return Response::json(201, f.toJson());
}

Response armDelete(const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx)
{
    ArmTarget t;
    if (auto denied = armTarget(
                req, m, ctx,
                u"Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/delete"_s,
                &t))
        return *denied;
    const qsizetype i = armIndex(ctx, t);
    if (i < 0)
        return Response::empty(204);
    ctx.state->federatedCredentials.removeAt(i);
    return Response::empty(200);
}

// --- Graph ----------------------------------------------------------------------------------

// application-list-federatedidentitycredentials / -get: Application.Read.All or higher; delegated
// any member may read (default user permissions let users read applications).
GraphAccess readAccess()
{
    return {{u"Application.Read.All"_s, u"Application.ReadWrite.All"_s, u"Directory.Read.All"_s,
             u"Directory.ReadWrite.All"_s},
            {},
            {}};
}
// application-post- / federatedidentitycredential-update / -delete: Application.ReadWrite.All
// (Application.ReadWrite.OwnedBy needs ownership, which the sandbox does not model, so it does not
// count); delegated, a user who is Application Administrator or Cloud Application Administrator.
GraphAccess writeAccess()
{
    return {{u"Application.ReadWrite.All"_s},
            {},
            {u"Global Administrator"_s, u"Application Administrator"_s,
             u"Cloud Application Administrator"_s}};
}

const ServicePrincipal *tenantApp(const SandboxContext &ctx, const QString &appId)
{
    const ServicePrincipal *sp = ctx.state->spByAppId(appId);
    if (!sp || sp->type != "Application"_L1
        || sp->json.value("appOwnerOrganizationId"_L1).toString().compare(
                   ctx.state->tenantId, Qt::CaseInsensitive)
                != 0)
        return nullptr;
    return sp;
}

QString collectionContext(const QString &appId)
{
    return u"https://graph.microsoft.com/v1.0/$metadata#applications(appId='%1')/federatedIdentityCredentials"_s
            .arg(appId);
}

qsizetype graphIndex(const SandboxContext &ctx, const QString &appId, const QString &key)
{
    const QList<FederatedCredential> &list = ctx.state->appFederatedCredentials;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].parentId.compare(appId, Qt::CaseInsensitive) == 0
            && (list[i].id.compare(key, Qt::CaseInsensitive) == 0 || list[i].name == key))
            return i;
    }
    return -1;
}

// The body's checks shared by POST and PATCH; `existing` is the credential PATCH changes.
std::optional<Response> checkGraphBody(const Request &req, const SandboxContext &ctx,
                                       const QString &appId, const QJsonObject &body,
                                       const FederatedCredential *existing)
{
    const auto bad = [&req](const QString &message) {
        return graphError(req, 400, u"Request_BadRequest"_s, message);
    };
    if (existing && body.contains("name"_L1) && body.value("name"_L1).toString() != existing->name)
        return bad(u"Property 'name' is read-only and cannot be set."_s);
    const QString name = existing ? existing->name : body.value("name"_L1).toString();
    const QString issuer = body.contains("issuer"_L1) || !existing
            ? body.value("issuer"_L1).toString()
            : existing->issuer;
    const QString subject = body.contains("subject"_L1) || !existing
            ? body.value("subject"_L1).toString()
            : existing->subject;
    const QStringList audiences = body.contains("audiences"_L1) || !existing
            ? stringList(body.value("audiences"_L1))
            : existing->audiences;
    if (name.isEmpty())
        return bad(u"Invalid value specified for property 'name' of resource "
                   "'FederatedIdentityCredential'."_s);
    static const QRegularExpression nameRe(u"^[A-Za-z0-9._~-]{3,120}$"_s);
    if (!nameRe.match(name).hasMatch())
        return bad(u"Invalid value specified for property 'name' of resource "
                   "'FederatedIdentityCredential'."_s);
    if (issuer.isEmpty() || !httpsUrl(issuer))
        return bad(u"Invalid value specified for property 'issuer' of resource "
                   "'FederatedIdentityCredential'."_s);
    if (subject.isEmpty() || subject.size() > 600)
        return bad(u"Invalid value specified for property 'subject' of resource "
                   "'FederatedIdentityCredential'."_s);
    if (audiences.size() != 1 || audiences.first().isEmpty() || audiences.first().size() > 600)
        return bad(u"Invalid value specified for property 'audiences' of resource "
                   "'FederatedIdentityCredential'."_s);
    if (!existing && graphIndex(ctx, appId, name) >= 0)
        return bad(u"FederatedIdentityCredential with name %1 already exists."_s.arg(name));
    if (duplicateOf(ctx.state->appFederatedCredentials, appId, issuer, subject,
                    existing ? existing->name : QString()))
        return bad(u"FederatedIdentityCredential with the same issuer '%1' and subject '%2' "
                   "already exists on the application."_s.arg(issuer, subject));
    if (!existing && countFor(ctx.state->appFederatedCredentials, appId) >= MaxCredentials)
        return bad(u"The application already has the maximum of %1 federated identity "
                   "credentials."_s.arg(MaxCredentials));
    return std::nullopt;
}

std::optional<Response> parseBody(const Request &req, QJsonObject *out)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return graphError(req, 400, u"BadRequest"_s,
                          u"Unable to read JSON request payload. Please ensure Content-Type header "
                          "is set and payload is of valid JSON format."_s);
    *out = doc.object();
    return std::nullopt;
}

} // namespace

void registerFederatedCredentialRoutes(Router &router)
{
    router.add(u"arm"_s, "GET", UamiPath, armGet);
    router.add(u"arm"_s, "PUT", UamiPath, armPut);
    router.add(u"arm"_s, "DELETE", UamiPath, armDelete);

    router.add(u"graph"_s, "GET", AppPath + u"/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, readAccess()))
                       return *denied;
                   const QString appId = m.captured(u"app"_s);
                   if (!tenantApp(ctx, appId))
                       return graphNotFound(req, appId);
                   QJsonArray value;
                   for (const FederatedCredential &f : ctx.state->appFederatedCredentials) {
                       if (f.parentId.compare(appId, Qt::CaseInsensitive) == 0)
                           value.append(f.toGraphJson());
                   }
                   return Response::json(200, QJsonObject{{"@odata.context"_L1, collectionContext(appId)},
                                                          {"value"_L1, value}});
               });
    router.add(u"graph"_s, "POST", AppPath + u"/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, writeAccess()))
                       return *denied;
                   const QString appId = m.captured(u"app"_s);
                   if (!tenantApp(ctx, appId))
                       return graphNotFound(req, appId);
                   QJsonObject body;
                   if (auto bad = parseBody(req, &body))
                       return *bad;
                   if (auto bad = checkGraphBody(req, ctx, appId, body, nullptr))
                       return *bad;
                   FederatedCredential f;
                   f.parentId = appId;
                   f.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                   f.name = body.value("name"_L1).toString();
                   f.issuer = body.value("issuer"_L1).toString();
                   f.subject = body.value("subject"_L1).toString();
                   f.audiences = stringList(body.value("audiences"_L1));
                   if (body.value("description"_L1).isString())
                       f.description = body.value("description"_L1).toString();
                   ctx.state->appFederatedCredentials.append(f);
                   QJsonObject out = f.toGraphJson();
                   out.insert("@odata.context"_L1, collectionContext(appId) + u"/$entity"_s);
                   return Response::json(201, out);
               });
    const QString One = AppPath + u"/(?<fic>[^/]+)"_s;
    router.add(u"graph"_s, "GET", One,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, readAccess()))
                       return *denied;
                   const QString appId = m.captured(u"app"_s);
                   if (!tenantApp(ctx, appId))
                       return graphNotFound(req, appId);
                   const qsizetype i = graphIndex(ctx, appId, m.captured(u"fic"_s));
                   if (i < 0)
                       return graphNotFound(req, m.captured(u"fic"_s));
                   QJsonObject out = ctx.state->appFederatedCredentials[i].toGraphJson();
                   out.insert("@odata.context"_L1, collectionContext(appId) + u"/$entity"_s);
                   return Response::json(200, out);
               });
    router.add(u"graph"_s, "PATCH", One,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, writeAccess()))
                       return *denied;
                   const QString appId = m.captured(u"app"_s);
                   if (!tenantApp(ctx, appId))
                       return graphNotFound(req, appId);
                   const qsizetype i = graphIndex(ctx, appId, m.captured(u"fic"_s));
                   if (i < 0)
                       return graphNotFound(req, m.captured(u"fic"_s));
                   QJsonObject body;
                   if (auto bad = parseBody(req, &body))
                       return *bad;
                   FederatedCredential &f = ctx.state->appFederatedCredentials[i];
                   if (auto bad = checkGraphBody(req, ctx, appId, body, &f))
                       return *bad;
                   if (body.contains("issuer"_L1))
                       f.issuer = body.value("issuer"_L1).toString();
                   if (body.contains("subject"_L1))
                       f.subject = body.value("subject"_L1).toString();
                   if (body.contains("audiences"_L1))
                       f.audiences = stringList(body.value("audiences"_L1));
                   if (body.contains("description"_L1))
                       f.description = body.value("description"_L1).toString();
                   return Response::empty(204);
               });
    router.add(u"graph"_s, "DELETE", One,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, writeAccess()))
                       return *denied;
                   const QString appId = m.captured(u"app"_s);
                   if (!tenantApp(ctx, appId))
                       return graphNotFound(req, appId);
                   const qsizetype i = graphIndex(ctx, appId, m.captured(u"fic"_s));
                   if (i < 0)
                       return graphNotFound(req, m.captured(u"fic"_s));
                   ctx.state->appFederatedCredentials.removeAt(i);
                   return Response::empty(204);
               });
}

} // namespace ie::sandbox
