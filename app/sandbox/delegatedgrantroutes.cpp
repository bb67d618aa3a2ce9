// Delegated permission grants (oAuth2PermissionGrant) in the documented v1.0 shapes:
//   https://learn.microsoft.com/graph/api/resources/oauth2permissiongrant
//   https://learn.microsoft.com/graph/api/serviceprincipal-list-oauth2permissiongrants
//   https://learn.microsoft.com/graph/api/oauth2permissiongrant-get
//   https://learn.microsoft.com/graph/api/oauth2permissiongrant-update (204 No Content)
//   https://learn.microsoft.com/graph/api/oauth2permissiongrant-delete (204 No Content)
// Reads need Directory.Read.All, DelegatedPermissionGrant.ReadWrite.All or Directory.ReadWrite.All;
// writes DelegatedPermissionGrant.ReadWrite.All or Directory.ReadWrite.All. Delegated, the user
// also needs one of the roles the pages list (Application Administrator, Application Developer,
// Cloud Application Administrator, Directory Writers, Privileged Role Administrator, User
// Administrator; Global Administrator holds them all; reads also Directory Readers, Global Reader).
// Grants are kept by appId in the tenant state (the sandbox's own token issuing reads them); Graph
// names the client and the resource by their service principals' object ids.

#include "sandbox/graphsupport.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

const QStringList WriteRoles = {u"Application Administrator"_s,
                                u"Application Developer"_s,
                                u"Cloud Application Administrator"_s,
                                u"Directory Writers"_s,
                                u"Privileged Role Administrator"_s,
                                u"User Administrator"_s,
                                u"Global Administrator"_s};

GraphAccess readAccess()
{
    return {{u"Directory.Read.All"_s, u"DelegatedPermissionGrant.ReadWrite.All"_s,
             u"Directory.ReadWrite.All"_s},
            {},
            WriteRoles + QStringList{u"Directory Readers"_s, u"Global Reader"_s}};
}

GraphAccess writeAccess()
{
    return {{u"DelegatedPermissionGrant.ReadWrite.All"_s, u"Directory.ReadWrite.All"_s},
            {},
            WriteRoles};
}

const QString Context = u"https://graph.microsoft.com/v1.0/$metadata#oauth2PermissionGrants"_s;

QJsonObject grantJson(const DelegatedGrant &g, const TenantState &state)
{
    const ServicePrincipal *client = state.spByAppId(g.clientAppId);
    const ServicePrincipal *resource = state.spByAppId(g.resourceAppId);
    return {{"clientId"_L1, client ? client->id : g.clientAppId},
            {"consentType"_L1, g.consentType},
            {"id"_L1, g.id},
            {"principalId"_L1,
             g.consentType == "Principal"_L1 ? QJsonValue(g.principalId) : QJsonValue::Null},
            {"resourceId"_L1, resource ? resource->id : g.resourceAppId},
            {"scope"_L1, g.scopes.join(u' ')}};
}

qsizetype indexOf(const TenantState &state, const QString &id)
{
    for (qsizetype i = 0; i < state.delegatedGrants.size(); ++i) {
        if (state.delegatedGrants.at(i).id == id)
            return i;
    }
    return -1;
}

// The scope values the resource publishes (oauth2PermissionScopes), empty when it lists none.
QStringList publishedScopes(const TenantState &state, const QString &resourceAppId)
{
    QStringList out;
    if (const ServicePrincipal *sp = state.spByAppId(resourceAppId)) {
        for (const QJsonValue &v : sp->json.value("oauth2PermissionScopes"_L1).toArray())
            out << v.toObject().value("value"_L1).toString();
    }
    return out;
}

const QString One = u"/v1\\.0/oauth2PermissionGrants/(?<id>[A-Za-z0-9_-]+)"_s;

} // namespace

void registerDelegatedGrantRoutes(Router &router)
{
    router.add(u"graph"_s, "GET", ServicePrincipalKey + u"/oauth2PermissionGrants/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, readAccess()))
                       return *denied;
                   const ServicePrincipal *sp = servicePrincipalOf(ctx, m);
                   if (!sp)
                       return graphNotFound(req, m.captured(u"id"_s) + m.captured(u"appId"_s));
                   QJsonArray value;
                   for (const DelegatedGrant &g : std::as_const(ctx.state->delegatedGrants)) {
                       if (g.clientAppId.compare(sp->appId, Qt::CaseInsensitive) == 0)
                           value.append(grantJson(g, *ctx.state));
                   }
                   return Response::json(
                           200, QJsonObject{{"@odata.context"_L1, Context}, {"value"_L1, value}});
               });
    // GET /oauth2PermissionGrants: every grant of the tenant (the report's one read), with
    // $filter on clientId (eq), as https://learn.microsoft.com/graph/api/oauth2permissiongrant-list
    router.add(u"graph"_s, "GET", u"/v1\\.0/oauth2PermissionGrants/?"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, readAccess()))
                       return *denied;
                   QString client;
                   const QString filter = req.queryValue(u"$filter"_s).trimmed();
                   if (!filter.isEmpty()) {
                       static const QRegularExpression eq(
                               uR"(^clientId\s+eq\s+'([0-9a-fA-F-]{36})'$)"_s);
                       const QRegularExpressionMatch fm = eq.match(filter);
                       if (!fm.hasMatch())
                           return graphError(req, 400, u"Request_UnsupportedQuery"_s,
                                             u"Unsupported or invalid query filter clause "
                                             "specified for property 'clientId' of resource "
                                             "'OAuth2PermissionGrant'."_s);
                       client = fm.captured(1);
                   }
                   QJsonArray value;
                   for (const DelegatedGrant &g : std::as_const(ctx.state->delegatedGrants)) {
                       const QJsonObject o = grantJson(g, *ctx.state);
                       if (client.isEmpty()
                           || o.value("clientId"_L1).toString().compare(client, Qt::CaseInsensitive)
                                   == 0)
                           value.append(o);
                   }
                   return Response::json(
                           200, QJsonObject{{"@odata.context"_L1, Context}, {"value"_L1, value}});
               });
    router.add(u"graph"_s, "GET", One,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, readAccess()))
                       return *denied;
                   const qsizetype i = indexOf(*ctx.state, m.captured(u"id"_s));
                   if (i < 0)
                       return graphNotFound(req, m.captured(u"id"_s));
                   QJsonObject o = grantJson(ctx.state->delegatedGrants.at(i), *ctx.state);
                   o.insert("@odata.context"_L1, Context + u"/$entity"_s);
                   return Response::json(200, o);
               });
    router.add(u"graph"_s, "PATCH", One,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, writeAccess()))
                       return *denied;
                   const qsizetype i = indexOf(*ctx.state, m.captured(u"id"_s));
                   if (i < 0)
                       return graphNotFound(req, m.captured(u"id"_s));
                   QJsonParseError pe{};
                   const QJsonObject body = QJsonDocument::fromJson(req.body, &pe).object();
                   if (pe.error != QJsonParseError::NoError)
                       return graphError(req, 400, u"BadRequest"_s,
                                         u"Unable to read JSON request payload. Please ensure "
                                         "Content-Type header is set and payload is of valid "
                                         "JSON format."_s);
                   // Only scope is documented as updatable.
                   for (auto it = body.begin(); it != body.end(); ++it) {
                       if (it.key() != "scope"_L1)
                           return graphError(req, 400, u"Request_BadRequest"_s,
                                             u"Property '%1' is read-only and cannot be set."_s
                                                     .arg(it.key()));
                   }
                   if (!body.value("scope"_L1).isString())
                       return graphError(req, 400, u"Request_BadRequest"_s,
                                         u"Invalid value specified for property 'scope' of "
                                         "resource 'OAuth2PermissionGrant'."_s);
                   DelegatedGrant &g = ctx.state->delegatedGrants[i];
                   const QStringList scopes
                           = body.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts);
                   const QStringList published = publishedScopes(*ctx.state, g.resourceAppId);
                   for (const QString &s : scopes) {
                       if (!published.isEmpty() && !published.contains(s)
                           && !QStringList{u"openid"_s, u"profile"_s, u"email"_s,
                                           u"offline_access"_s}
                                       .contains(s))
                           return graphError(req, 400, u"Request_BadRequest"_s,
                                             u"Invalid value specified for property 'scope' of "
                                             "resource 'OAuth2PermissionGrant'."_s);
                   }
                   g.scopes = scopes;
                   return Response::empty(204);
               });
    router.add(u"graph"_s, "DELETE", One,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, writeAccess()))
                       return *denied;
                   const qsizetype i = indexOf(*ctx.state, m.captured(u"id"_s));
                   if (i < 0)
                       return graphNotFound(req, m.captured(u"id"_s));
                   ctx.state->delegatedGrants.removeAt(i);
                   return Response::empty(204);
               });
}

} // namespace ie::sandbox
