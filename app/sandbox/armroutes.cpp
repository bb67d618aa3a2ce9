// Azure Resource Manager as the app uses it: tenants, subscriptions, resource groups, resources
// (with identity blocks), user-assigned identities and their federated credentials, role
// definitions and role assignments (read). api-version is required as ARM requires it; lists page
// with nextLink and $skiptoken. Writes of role assignments are in their own file.

#include "sandbox/armsupport.h"

#include "sandbox/router.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

QStringList armAudiences(const SandboxContext &ctx)
{
    return {u"https://management.azure.com"_s, u"https://management.core.windows.net"_s,
            u"797f4846-ba00-4fd7-ba43-dac1f8f63013"_s, ctx.armUrl.toString()};
}

namespace {

// The api-versions ARM itself (Microsoft.Resources: tenants, subscriptions, resource groups,
// resources) and the resource providers the sandbox serves accept, as their own errors list them.
const QStringList ResourcesVersions = QStringLiteral(
        "2024-08-01,2024-06-01-preview,2024-03-01,2023-07-01,2023-07-01-preview,"
        "2023-03-01-preview,2022-12-01,2022-11-01-preview,2022-09-01,2022-06-01,2022-05-01,"
        "2022-03-01-preview,2022-01-01,2021-04-01,2021-01-01,2020-10-01,2020-09-01,2020-08-01,"
        "2020-07-01,2020-06-01,2020-05-01,2020-01-01,2019-11-01,2019-10-01,2019-09-01,2019-08-01,"
        "2019-07-01,2019-06-01,2019-05-10,2019-05-01,2019-03-01,2018-11-01,2018-09-01,2018-08-01,"
        "2018-07-01,2018-06-01,2018-05-01,2018-02-01,2018-01-01,2017-12-01,2017-08-01,2017-06-01,"
        "2017-05-10,2017-05-01,2017-03-01,2016-09-01,2016-07-01,2016-06-01,2016-02-01,2015-11-01,"
        "2015-01-01,2014-04-01-preview,2014-04-01,2014-01-01,2013-03-01,2014-02-26,2014-04")
                                          .split(u',');
const QStringList AuthorizationVersions = QStringLiteral(
        "2014-04-01-preview,2014-07-01-preview,2014-10-01-preview,2015-05-01-preview,2015-06-01,"
        "2015-07-01,2016-07-01,2017-05-01,2017-10-01-preview,2018-01-01-preview,2018-07-01,"
        "2018-09-01-preview,2018-12-01-preview,2019-04-01-preview,2020-03-01-preview,"
        "2020-04-01-preview,2020-08-01-preview,2020-10-01-preview,2021-04-01-preview,"
        "2022-01-01-preview,2022-04-01,2022-05-01-preview,2022-08-01-preview")
                                              .split(u',');
const QStringList ManagedIdentityVersions = QStringLiteral(
        "2015-08-31-preview,2018-11-30,2021-09-30-preview,2022-01-31-preview,2023-01-31,"
        "2023-07-31-preview,2024-11-30")
                                                .split(u',');
const QStringList ManagementVersions = QStringLiteral(
        "2017-06-01-preview,2017-08-31-preview,2017-11-01-preview,2018-01-01-preview,"
        "2018-03-01-beta,2018-03-01-preview,2019-11-01,2020-02-01,2020-05-01,2020-10-01,"
        "2021-04-01,2023-04-01")
                                           .split(u',');

// Which list applies to the path, and the resource type the error names. Other providers' types
// (any resource by id) accept any well-formed version.
const QStringList *versionsFor(const QString &path, QString *type)
{
    static const QRegularExpression provider(
            u"/providers/(Microsoft\\.[A-Za-z]+)/([A-Za-z]+)"_s,
            QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch last;
    for (auto it = provider.globalMatch(path); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return &ResourcesVersions;
    *type = last.captured(2);
    const QString ns = last.captured(1).toLower();
    if (ns == "microsoft.authorization"_L1)
        return &AuthorizationVersions;
    if (ns == "microsoft.managedidentity"_L1)
        return &ManagedIdentityVersions;
    if (ns == "microsoft.management"_L1)
        return &ManagementVersions;
    return nullptr;
}

// ARM's 401s name the authority in WWW-Authenticate, as ARM sends it.
Response armUnauthorized(const SandboxContext &ctx, const QString &code, const QString &message,
                         const QString &description)
{
    Response r = armError(401, code, message);
    QString desc = description;
    desc.replace(u'"', u'\'');
    r.setHeader("WWW-Authenticate",
                u"Bearer authorization_uri=\"%1/%2\", error=\"invalid_token\", "
                "error_description=\"%3\""_s.arg(ctx.loginUrl.toString(), ctx.state->tenantId, desc)
                        .toUtf8());
    return r;
}

} // namespace

std::optional<Response> armAuthorize(const Request &req, SandboxContext &ctx,
                                     QJsonObject *claimsOut)
{
    if (!req.hasQuery(u"api-version"_s))
        return armError(400, u"MissingApiVersionParameter"_s,
                        u"The api-version query parameter (?api-version=) is required for all "
                        "requests."_s);
    const QString version = req.queryValue(u"api-version"_s);
    static const QRegularExpression versionRe(u"^\\d{4}-\\d{2}-\\d{2}(-[a-z]+)?$"_s);
    QString type;
    const QStringList *known = versionsFor(req.path, &type);
    if (!versionRe.match(version).hasMatch())
        return armError(400, u"InvalidApiVersionParameter"_s,
                        u"The api-version '%1' is invalid. The supported versions are '%2'."_s.arg(
                                version, ResourcesVersions.join(u',')));
    // https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/error-register-resource-provider
    if (known && !known->contains(version, Qt::CaseInsensitive)) {
        if (known == &ResourcesVersions)
            return armError(400, u"InvalidApiVersionParameter"_s,
                            u"The api-version '%1' is invalid. The supported versions are '%2'."_s
                                    .arg(version, known->join(u',')));
        return armError(400, u"NoRegisteredProviderFound"_s,
                        u"No registered resource provider found for location 'global' and API "
                        "version '%1' for type '%2'. The supported api-versions are '%3'. The "
                        "supported locations are ', global'."_s.arg(version, type,
                                                                    known->join(u", ")));
    }
    QString code, message, audience;
    const auto claims = ctx.tokens->validate(req.header("Authorization"), armAudiences(ctx), &code,
                                             &message, &audience);
    if (!claims) {
        if (req.header("Authorization").isEmpty())
            return armUnauthorized(
                    ctx, u"AuthenticationFailed"_s,
                    u"Authentication failed. The 'Authorization' header is missing."_s,
                    u"The authentication failed because of missing 'Authorization' header."_s);
        if (!audience.isNull())
            return armUnauthorized(
                    ctx, u"InvalidAuthenticationTokenAudience"_s,
                    u"The access token has been obtained for wrong audience or resource '%1'. It "
                    "should exactly match with one of the allowed audiences "
                    "'https://management.core.windows.net/','https://management.core.windows.net',"
                    "'https://management.azure.com/','https://management.azure.com'."_s.arg(audience),
                    u"The access token has been obtained for wrong audience or resource."_s);
        return armUnauthorized(ctx, code, message,
                               code == "ExpiredAuthenticationToken"_L1
                                       ? u"The access token expiry UTC time is earlier than current "
                                         "UTC time."_s
                                       : u"The access token is invalid."_s);
    }
    if (claimsOut)
        *claimsOut = *claims;
    return std::nullopt;
}

bool armCanRead(const SandboxContext &ctx, const QString &principalId, const QString &scope)
{
    for (const RoleAssignment &a : ctx.state->roleAssignments) {
        if (a.principalId.compare(principalId, Qt::CaseInsensitive) != 0)
            continue;
        // An assignment at or above the scope (management groups included), or (for listing)
        // anywhere inside it.
        if (scope.startsWith(a.scope, Qt::CaseInsensitive)
            || a.scope.startsWith(scope, Qt::CaseInsensitive)
            || ctx.state->scopeCovers(a.scope, scope))
            return true;
    }
    return false;
}

Response armForbidden(const SandboxContext &ctx, const QString &principalId, const QString &action,
                      const QString &scope)
{
    QString client = principalId;
    if (const QJsonObject *user = ctx.state->user(principalId))
        client = user->value("userPrincipalName"_L1).toString();
    else if (const ServicePrincipal *sp = ctx.state->spById(principalId))
        client = sp->appId;
    return armError(403, u"AuthorizationFailed"_s,
                    u"The client '%1' with object id '%2' does not have authorization to perform "
                    "action '%3' over scope '%4' or the scope is invalid. If access was recently "
                    "granted, please refresh your credentials."_s.arg(client, principalId, action,
                                                                      scope));
}

Response armPage(const Request &req, const SandboxContext &ctx, const QList<QJsonObject> &items,
                 int defaultPageSize)
{
    return armPage(
            req, ctx, items.size(), [&items](qsizetype i) { return items[i]; }, defaultPageSize);
}

Response armPage(const Request &req, const SandboxContext &, qsizetype count,
                 const std::function<QJsonObject(qsizetype)> &item, int defaultPageSize)
{
    int top = defaultPageSize;
    if (req.hasQuery(u"$top"_s))
        top = std::clamp(req.queryValue(u"$top"_s).toInt(), 1, 1000);
    qsizetype offset = 0;
    if (req.hasQuery(u"$skiptoken"_s)) {
        bool ok = false;
        offset = req.queryValue(u"$skiptoken"_s).toLongLong(&ok);
        if (!ok || offset < 0)
            return armError(400, u"InvalidSkipToken"_s, u"The skip token is invalid."_s);
    }
    QJsonArray value;
    for (qsizetype i = offset; i < count && value.size() < top; ++i)
        value.append(item(i));
    QJsonObject body{{"value"_L1, value}};
    if (offset + top < count) {
        QUrlQuery q = req.query;
        q.removeAllQueryItems(u"$skiptoken"_s);
        q.addQueryItem(u"$skiptoken"_s, QString::number(offset + top));
        QUrl link = req.origin;
        link.setPath(req.path);
        link.setQuery(q);
        body.insert("nextLink"_L1, link.toString(QUrl::FullyEncoded));
    }
    return Response::json(200, body);
}

namespace {

QString callerOf(const QJsonObject &claims)
{
    return claims.value("oid"_L1).toString();
}

const QJsonObject *findSubscription(const SandboxContext &ctx, const QString &id)
{
    for (const QJsonObject &s : ctx.state->subscriptions) {
        if (s.value("subscriptionId"_L1).toString().compare(id, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

Response subscriptionNotFound(const QString &id)
{
    return armError(404, u"SubscriptionNotFound"_s,
                    u"The subscription '%1' could not be found."_s.arg(id));
}

// Common checks for anything below /subscriptions/{sub}: api-version, token, subscription, access.
std::optional<Response> checkSubscription(const Request &req, SandboxContext &ctx,
                                          const QString &sub, const QString &scope,
                                          const QString &action)
{
    QJsonObject claims;
    if (auto denied = armAuthorize(req, ctx, &claims))
        return denied;
    if (!findSubscription(ctx, sub))
        return subscriptionNotFound(sub);
    if (!armCanRead(ctx, callerOf(claims), scope))
        return armForbidden(ctx, callerOf(claims), action, scope);
    return std::nullopt;
}

bool inScope(const QString &id, const QString &scope)
{
    // The scope itself or below it, without a string made per call: a page of a 60,000-resource
    // subscription checks every resource.
    // The exact-case comparison first (a memcmp; ids mostly keep their case), then ARM's rule.
    return (id.startsWith(scope) || id.startsWith(scope, Qt::CaseInsensitive))
            && (id.size() == scope.size() || id.at(scope.size()) == u'/');
}

const QString Sub = u"/subscriptions/(?<sub>[^/]+)"_s;
const QString Rg = u"/resourceGroups/(?<rg>[^/]+)"_s;

QJsonObject groupJson(const SandboxContext &ctx, const ManagementGroup &g)
{
    return {{"id"_L1, g.scope()},
            {"type"_L1, u"Microsoft.Management/managementGroups"_s},
            {"name"_L1, g.name},
            {"properties"_L1,
             QJsonObject{{"tenantId"_L1, ctx.state->tenantId}, {"displayName"_L1, g.displayName}}}};
}

// GET /providers/Microsoft.Management/managementGroups (the groups the caller can read, paged)
// and GET .../managementGroups/{id} with $expand=children (direct children: groups and
// subscriptions) and details.parent, as api-version 2020-05-01 has them. A group the caller holds
// no role at or above answers 403 AuthorizationFailed, as does a group that does not exist (ARM
// does not tell them apart).
void registerManagementGroupRoutes(Router &router)
{
    const QString Groups = u"/providers/Microsoft\\.Management/managementGroups"_s;
    router.add(u"arm"_s, "GET", Groups + u"/?"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   QJsonObject claims;
                   if (auto denied = armAuthorize(req, ctx, &claims))
                       return *denied;
                   QList<QJsonObject> items;
                   for (const ManagementGroup &g : std::as_const(ctx.state->managementGroups)) {
                       if (armCanRead(ctx, callerOf(claims), g.scope()))
                           items.append(groupJson(ctx, g));
                   }
                   return armPage(req, ctx, items, 100);
               });
    router.add(u"arm"_s, "GET", Groups + u"/(?<mg>[^/]+)"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   QJsonObject claims;
                   if (auto denied = armAuthorize(req, ctx, &claims))
                       return *denied;
                   const QString name = m.captured(u"mg"_s);
                   const ManagementGroup *g = ctx.state->managementGroup(name);
                   const QString scope
                           = u"/providers/Microsoft.Management/managementGroups/"_s + name;
                   if (!g || !armCanRead(ctx, callerOf(claims), scope))
                       return armForbidden(ctx, callerOf(claims),
                                           u"Microsoft.Management/managementGroups/read"_s, scope);
                   const QString expand = req.queryValue(u"$expand"_s);
                   if (!expand.isEmpty() && expand.compare("children"_L1, Qt::CaseInsensitive) != 0
                       && expand.compare("path"_L1, Qt::CaseInsensitive) != 0
                       && expand.compare("ancestors"_L1, Qt::CaseInsensitive) != 0)
                       return armError(400, u"InvalidRequest"_s,
                                       u"The $expand value '%1' is not supported. Use children, "
                                       "path or ancestors."_s.arg(expand));
                   QJsonObject body = groupJson(ctx, *g);
                   QJsonObject props = body.value("properties"_L1).toObject();
                   QJsonObject details{{"version"_L1, 1},
                                       {"updatedTime"_L1, u"2025-01-01T10:00:00.0000000Z"_s},
                                       {"updatedBy"_L1, ctx.state->adminAppId}};
                   if (const ManagementGroup *parent = ctx.state->managementGroup(g->parent))
                       details.insert("parent"_L1,
                                      QJsonObject{{"id"_L1, parent->scope()},
                                                  {"name"_L1, parent->name},
                                                  {"displayName"_L1, parent->displayName}});
                   props.insert("details"_L1, details);
                   if (expand.compare("children"_L1, Qt::CaseInsensitive) == 0) {
                       QJsonArray children;
                       for (const ManagementGroup &c : std::as_const(ctx.state->managementGroups)) {
                           if (c.parent.compare(g->name, Qt::CaseInsensitive) == 0)
                               children.append(QJsonObject{
                                       {"type"_L1, u"Microsoft.Management/managementGroups"_s},
                                       {"id"_L1, c.scope()},
                                       {"name"_L1, c.name},
                                       {"displayName"_L1, c.displayName}});
                       }
                       for (const QString &sub : g->subscriptions) {
                           const QJsonObject *s = findSubscription(ctx, sub);
                           children.append(
                                   QJsonObject{{"type"_L1, u"/subscriptions"_s},
                                               {"id"_L1, u"/subscriptions/"_s + sub},
                                               {"name"_L1, sub},
                                               {"displayName"_L1,
                                                s ? s->value("displayName"_L1).toString() : sub}});
                       }
                       props.insert("children"_L1, children);
                   }
                   body.insert("properties"_L1, props);
                   return Response::json(200, body);
               });
}

} // namespace

void registerArmRoutes(Router &router)
{
    router.add(u"arm"_s, "GET", u"/tenants/?"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   if (auto denied = armAuthorize(req, ctx))
                       return *denied;
                   const TenantState &s = *ctx.state;
                   return Response::json(
                           200,
                           QJsonObject{{"value"_L1,
                                        QJsonArray{QJsonObject{
                                                {"id"_L1, u"/tenants/"_s + s.tenantId},
                                                {"tenantId"_L1, s.tenantId},
                                                {"countryCode"_L1, "DE"_L1},
                                                {"displayName"_L1, s.tenantDisplayName},
                                                {"domains"_L1, QJsonArray{s.tenantDomain}},
                                                {"tenantCategory"_L1, "Home"_L1},
                                                {"defaultDomain"_L1, s.tenantDomain},
                                                {"tenantType"_L1, "AAD"_L1}}}}});
               });

    router.add(u"arm"_s, "GET", u"/subscriptions/?"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   QJsonObject claims;
                   if (auto denied = armAuthorize(req, ctx, &claims))
                       return *denied;
                   QList<QJsonObject> visible;
                   for (const QJsonObject &s : ctx.state->subscriptions) {
                       if (armCanRead(ctx, callerOf(claims), s.value("id"_L1).toString()))
                           visible.append(s);
                   }
                   return armPage(req, ctx, visible, 1000);
               });

    router.add(u"arm"_s, "GET", Sub + u"/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   const QString sub = m.captured(u"sub"_s);
                   if (auto denied = checkSubscription(req, ctx, sub, u"/subscriptions/"_s + sub,
                                                       u"Microsoft.Resources/subscriptions/read"_s))
                       return *denied;
                   return Response::json(200, *findSubscription(ctx, sub));
               });

    router.add(u"arm"_s, "GET", Sub + u"/resourcegroups/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   const QString sub = m.captured(u"sub"_s);
                   const QString scope = u"/subscriptions/"_s + sub;
                   if (auto denied = checkSubscription(
                               req, ctx, sub, scope,
                               u"Microsoft.Resources/subscriptions/resourceGroups/read"_s))
                       return *denied;
                   QList<QJsonObject> items;
                   for (const QJsonObject &g : ctx.state->resourceGroups) {
                       if (inScope(g.value("id"_L1).toString(), scope))
                           items.append(g);
                   }
                   return armPage(req, ctx, items, 1000);
               });

    auto listResources = [](const Request &req, const QRegularExpressionMatch &m,
                            SandboxContext &ctx) {
        const QString sub = m.captured(u"sub"_s);
        QString scope = u"/subscriptions/"_s + sub;
        if (!m.captured(u"rg"_s).isEmpty())
            scope += u"/resourceGroups/"_s + m.captured(u"rg"_s);
        if (auto denied = checkSubscription(req, ctx, sub, scope,
                                            u"Microsoft.Resources/subscriptions/resources/read"_s))
            return *denied;
        QString typeFilter;
        if (req.hasQuery(u"$filter"_s)) {
            static const QRegularExpression re(u"^\\s*resourceType\\s+eq\\s+'([^']+)'\\s*$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch f = re.match(req.queryValue(u"$filter"_s));
            if (!f.hasMatch())
                return armError(400, u"InvalidFilterInQueryString"_s,
                                u"Invalid $filter '%1' specified in the query string."_s.arg(
                                        req.queryValue(u"$filter"_s)));
            typeFilter = f.captured(1);
        }
        const QList<int> &inSubscription = ctx.state->resourcesIn(sub);
        const auto &all = ctx.state->resources;
        // Only the page's resources are turned into JSON: a subscription may hold 20,000.
        if (m.captured(u"rg"_s).isEmpty() && typeFilter.isEmpty()) {
            return armPage(
                    req, ctx, inSubscription.size(),
                    [&](qsizetype i) { return all[inSubscription[i]].toJson(); }, 1000);
        }
        QList<int> items;
        for (int i : inSubscription) {
            const ArmResource &r = all[i];
            if (!inScope(r.id, scope))
                continue;
            if (!typeFilter.isEmpty() && r.type.compare(typeFilter, Qt::CaseInsensitive) != 0)
                continue;
            items.append(i);
        }
        return armPage(
                req, ctx, items.size(), [&](qsizetype i) { return all[items[i]].toJson(); }, 1000);
    };
    router.add(u"arm"_s, "GET", Sub + u"/resources/?"_s, listResources);
    router.add(u"arm"_s, "GET", Sub + Rg + u"/resources/?"_s, listResources);

    auto listUami = [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
        const QString sub = m.captured(u"sub"_s);
        QString scope = u"/subscriptions/"_s + sub;
        if (!m.captured(u"rg"_s).isEmpty())
            scope += u"/resourceGroups/"_s + m.captured(u"rg"_s);
        if (auto denied
            = checkSubscription(req, ctx, sub, scope,
                                u"Microsoft.ManagedIdentity/userAssignedIdentities/read"_s))
            return *denied;
        QList<QJsonObject> items;
        for (int i : ctx.state->resourcesIn(sub)) {
            const ArmResource &r = ctx.state->resources[i];
            if (r.type == "Microsoft.ManagedIdentity/userAssignedIdentities"_L1
                && inScope(r.id, scope))
                items.append(r.toJson());
        }
        return armPage(req, ctx, items, 100);
    };
    router.add(u"arm"_s, "GET",
               Sub + u"/providers/Microsoft\\.ManagedIdentity/userAssignedIdentities/?"_s,
               listUami);
    router.add(u"arm"_s, "GET",
               Sub + Rg + u"/providers/Microsoft\\.ManagedIdentity/userAssignedIdentities/?"_s,
               listUami);

    router.add(
            u"arm"_s, "GET",
            Sub + Rg
                    + u"/providers/Microsoft\\.ManagedIdentity/userAssignedIdentities/(?<name>[^/]+)/federatedIdentityCredentials/?"_s,
            [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                const QString sub = m.captured(u"sub"_s);
                const QString id
                        = u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ManagedIdentity/userAssignedIdentities/%3"_s
                                  .arg(sub, m.captured(u"rg"_s), m.captured(u"name"_s));
                if (auto denied = checkSubscription(
                            req, ctx, sub, id,
                            u"Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/read"_s))
                    return *denied;
                const ArmResource *uami = ctx.state->resourceById(id);
                if (!uami)
                    return armError(
                            404, u"ResourceNotFound"_s,
                            u"The Resource 'Microsoft.ManagedIdentity/userAssignedIdentities/%1' under resource group '%2' was not found."_s
                                    .arg(m.captured(u"name"_s), m.captured(u"rg"_s)));
                QList<QJsonObject> items;
                for (const FederatedCredential &f : ctx.state->federatedCredentials) {
                    if (f.parentId.compare(uami->id, Qt::CaseInsensitive) == 0)
                        items.append(f.toJson());
                }
                return armPage(req, ctx, items, 100);
            });

    registerManagementGroupRoutes(router);

    // Role definitions at any scope (built-in ones are assignable everywhere).
    const QString Scope
            = u"(?<scope>(?:/subscriptions/[^/]+(?:/resourceGroups/[^/]+(?:/providers/[^/]+/[^/]+/[^/]+)?)?|/providers/Microsoft\\.Management/managementGroups/[^/]+)?)"_s;
    router.add(u"arm"_s, "GET", Scope + u"/providers/Microsoft\\.Authorization/roleDefinitions/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = armAuthorize(req, ctx))
                       return *denied;
                   const QString scope = m.captured(u"scope"_s);
                   const QString sub = scope.section(u'/', 0, 2);
                   QString roleName, type;
                   if (req.hasQuery(u"$filter"_s)) {
                       static const QRegularExpression re(
                               u"^\\s*(roleName|type)\\s+eq\\s+'([^']+)'\\s*$"_s,
                               QRegularExpression::CaseInsensitiveOption);
                       const QRegularExpressionMatch f = re.match(req.queryValue(u"$filter"_s));
                       if (!f.hasMatch())
                           return armError(
                                   400, u"InvalidFilterInQueryString"_s,
                                   u"Invalid $filter '%1' specified in the query string."_s.arg(
                                           req.queryValue(u"$filter"_s)));
                       (f.captured(1).compare("type"_L1, Qt::CaseInsensitive) == 0 ? type
                                                                                   : roleName)
                               = f.captured(2);
                   }
                   QList<QJsonObject> items;
                   for (const RoleDefinition &r : ctx.state->roleDefinitions) {
                       if (!roleName.isEmpty()
                           && r.roleName.compare(roleName, Qt::CaseInsensitive) != 0)
                           continue;
                       if (!type.isEmpty() && r.type.compare(type, Qt::CaseInsensitive) != 0)
                           continue;
                       if (r.type == "CustomRole"_L1) {
                           bool assignable = false;
                           for (const QJsonValue &s : r.assignableScopes)
                               assignable = assignable
                                       || scope.startsWith(s.toString(), Qt::CaseInsensitive)
                                       || (scope.isEmpty() && false);
                           if (!assignable)
                               continue;
                       }
                       items.append(r.toJson(sub));
                   }
                   return armPage(req, ctx, items, 1000);
               });
    router.add(
            u"arm"_s, "GET",
            Scope + u"/providers/Microsoft\\.Authorization/roleDefinitions/(?<id>[0-9a-fA-F-]{36})"_s,
            [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                if (auto denied = armAuthorize(req, ctx))
                    return *denied;
                const RoleDefinition *r = ctx.state->roleDefinitionByName(m.captured(u"id"_s));
                if (!r)
                    return armError(
                            404, u"RoleDefinitionDoesNotExist"_s,
                            u"The specified role definition with ID '%1' does not exist."_s.arg(
                                    m.captured(u"id"_s)));
                return Response::json(200, r->toJson(m.captured(u"scope"_s).section(u'/', 0, 2)));
            });

    router.add(u"arm"_s, "GET", Scope + u"/providers/Microsoft\\.Authorization/roleAssignments/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   QJsonObject claims;
                   if (auto denied = armAuthorize(req, ctx, &claims))
                       return *denied;
                   const QString scope = m.captured(u"scope"_s);
                   if (!scope.isEmpty() && !armCanRead(ctx, callerOf(claims), scope))
                       return armForbidden(ctx, callerOf(claims),
                                           u"Microsoft.Authorization/roleAssignments/read"_s,
                                           scope);
                   QString principal;
                   bool atScope = false;
                   if (req.hasQuery(u"$filter"_s)) {
                       // ARM takes atScope(), principalId eq '...', assignedTo('...'), and
                       // atScope() combined with one of the others by "and".
                       static const QRegularExpression pr(u"^(?:principalId\\s+eq\\s+'([^']+)'|assignedTo\\('([^']+)'\\))$"_s,
                                                          QRegularExpression::CaseInsensitiveOption);
                       static const QRegularExpression andRe(u"\\s+and\\s+"_s, QRegularExpression::CaseInsensitiveOption);
                       const QString f = req.queryValue(u"$filter"_s).trimmed();
                       const QStringList clauses = f.split(andRe);
                       for (const QString &c : clauses) {
                           const QRegularExpressionMatch pm = pr.match(c.trimmed());
                           if (c.trimmed().compare("atScope()"_L1, Qt::CaseInsensitive) == 0 && !atScope)
                               atScope = true;
                           else if (pm.hasMatch() && principal.isEmpty())
                               principal = pm.captured(1) + pm.captured(2);
                           else
                               return armError(400, u"InvalidFilterInQueryString"_s,
                                               u"Invalid $filter '%1' specified in the query string."_s.arg(f));
                       }
                   }
                   QList<QJsonObject> items;
                   for (const RoleAssignment &a : ctx.state->roleAssignments) {
                       if (!principal.isEmpty()
                           && a.principalId.compare(principal, Qt::CaseInsensitive) != 0)
                           continue;
                       // Above: also the management groups the subscription sits in (ARM lists
                       // those with a principal filter, as what the principal inherits).
                       const bool above = scope.isEmpty() || inScope(scope, a.scope)
                               || (!principal.isEmpty() && ctx.state->scopeCovers(a.scope, scope));
                       const bool below = inScope(a.scope, scope);
                       if (atScope ? !above : !(above || below))
                           continue;
                       items.append(a.toJson());
                   }
                   return armPage(req, ctx, items, 1000);
               });

    // Any single resource by id (identity block included).
    router.add(
            u"arm"_s, "GET",
            Sub + Rg + u"/providers/(?<ns>[^/]+)/(?<type>[^/]+)/(?<name>[^/]+)/?"_s,
            [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                const QString sub = m.captured(u"sub"_s);
                const QString id = u"/subscriptions/%1/resourceGroups/%2/providers/%3/%4/%5"_s.arg(
                        sub, m.captured(u"rg"_s), m.captured(u"ns"_s), m.captured(u"type"_s),
                        m.captured(u"name"_s));
                if (auto denied = checkSubscription(req, ctx, sub, id,
                                                    m.captured(u"ns"_s) + u'/'
                                                            + m.captured(u"type"_s) + u"/read"_s))
                    return *denied;
                const ArmResource *r = ctx.state->resourceById(id);
                if (!r)
                    return armError(
                            404, u"ResourceNotFound"_s,
                            u"The Resource '%1/%2/%3' under resource group '%4' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix"_s
                                    .arg(m.captured(u"ns"_s), m.captured(u"type"_s),
                                         m.captured(u"name"_s), m.captured(u"rg"_s)));
                return Response::json(200, r->toJson());
            });
}

} // namespace ie::sandbox
