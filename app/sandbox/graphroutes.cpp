// Microsoft Graph v1.0 as the app uses it: servicePrincipals (list with $select, $filter, $search,
// $count, $top and @odata.nextLink paging; one by id or by appId), their appRoleAssignments and
// appRoleAssignedTo, organization, and JSON $batch. Every call needs a valid sandbox token for
// Graph, and the permission Graph would demand, with Graph's own error bodies.

#include "sandbox/graphsupport.h"

#include "sandbox/odatafilter.h"

#include "sandbox/router.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

QStringList graphAudiences(const SandboxContext &ctx)
{
    return {u"https://graph.microsoft.com"_s, u"00000003-0000-0000-c000-000000000000"_s,
            u"https://graph.microsoft.com/"_s, ctx.graphUrl.toString()};
}

bool isDelegated(const QJsonObject &claims)
{
    if (claims.contains("idtyp"_L1))
        return claims.value("idtyp"_L1).toString() == "user"_L1;
    return claims.contains("scp"_L1);
}

Response graphDenied(const Request &req)
{
    return graphError(req, 403, u"Authorization_RequestDenied"_s,
                      u"Insufficient privileges to complete the operation."_s);
}

Response graphNotFound(const Request &req, const QString &key)
{
    return graphError(req, 404, u"Request_ResourceNotFound"_s,
                      u"Resource '%1' does not exist or one of its queried reference-property "
                      "objects are not present."_s
                              .arg(key));
}

const QString ServicePrincipalKey
        = u"/v1\\.0/servicePrincipals(?:/(?<id>[0-9a-fA-F-]{36})|\\(appId='(?<appId>[^']+)'\\))"_s;

const ServicePrincipal *servicePrincipalOf(const SandboxContext &ctx,
                                           const QRegularExpressionMatch &m)
{
    const QString appId = m.captured(u"appId"_s);
    return appId.isEmpty() ? ctx.state->spById(m.captured(u"id"_s)) : ctx.state->spByAppId(appId);
}

QStringList rolesReadingAppRoleAssignments()
{
    return {u"Directory Readers"_s,
            u"Global Reader"_s,
            u"Directory Synchronization Accounts"_s,
            u"Directory Writers"_s,
            u"Hybrid Identity Administrator"_s,
            u"Identity Governance Administrator"_s,
            u"Privileged Role Administrator"_s,
            u"User Administrator"_s,
            u"Application Administrator"_s,
            u"Cloud Application Administrator"_s,
            u"Global Administrator"_s};
}

QStringList rolesWritingAppRoleAssignments()
{
    return {u"Directory Synchronization Accounts"_s,
            u"Directory Writers"_s,
            u"Hybrid Identity Administrator"_s,
            u"Identity Governance Administrator"_s,
            u"Privileged Role Administrator"_s,
            u"User Administrator"_s,
            u"Application Administrator"_s,
            u"Cloud Application Administrator"_s,
            u"Global Administrator"_s};
}

QStringList rolesWritingGraphAppRoleAssignments()
{
    return {u"Privileged Role Administrator"_s, u"Global Administrator"_s};
}

namespace {

// Whether an app-only caller holds one of `roles` (display names) both in its token's `wids` (the
// roles it held when the token was issued) and in the directory now (a removal bites at once).
bool appHoldsDirectoryRole(const SandboxContext &ctx, const QJsonObject &claims,
                           const QStringList &roles)
{
    if (roles.isEmpty())
        return false;
    const QString oid = claims.value("oid"_L1).toString();
    for (const QJsonValue &w : claims.value("wids"_L1).toArray()) {
        const QString templateId = w.toString();
        const QString name = ctx.state->directoryRoleName(templateId);
        if (!name.isEmpty() && roles.contains(name, Qt::CaseInsensitive)
            && ctx.state->holdsDirectoryRole(oid, QStringList{templateId}))
            return true;
    }
    return false;
}

} // namespace

std::optional<Response> graphAuthorize(const Request &req, SandboxContext &ctx,
                                       const GraphAccess &access, QJsonObject *claimsOut)
{
    QString code, message;
    const auto claims = ctx.tokens->validate(req.header("Authorization"), graphAudiences(ctx), &code,
                                             &message);
    if (!claims)
        return graphError(req, 401, code, message);
    if (claimsOut)
        *claimsOut = *claims;
    const bool delegated = isDelegated(*claims);
    // An app-only token's permissions are its roles, a user's token's are its scopes: never both.
    QStringList held;
    if (delegated) {
        held = claims->value("scp"_L1).toString().split(u' ', Qt::SkipEmptyParts);
    } else {
        for (const QJsonValue &r : claims->value("roles"_L1).toArray())
            held << r.toString();
    }
    const auto holdsOne = [&held](const QStringList &wanted) {
        if (wanted.isEmpty())
            return true;
        for (const QString &p : wanted) {
            if (held.contains(p))
                return true;
        }
        return false;
    };
    if (!holdsOne(access.anyOf) || !holdsOne(access.andOneOf)) {
        if (delegated || !appHoldsDirectoryRole(ctx, *claims, access.appDirectoryRoles))
            return graphDenied(req);
    }
    // Delegated: the user's own directory roles, as they are now (not as the token says).
    if (delegated && !access.directoryRoles.isEmpty()
        && !ctx.state->holdsDirectoryRole(claims->value("oid"_L1).toString(),
                                          access.directoryRoles))
        return graphDenied(req);
    return std::nullopt;
}

std::optional<Response> graphAuthorize(const Request &req, SandboxContext &ctx,
                                       const QStringList &anyOf, QJsonObject *claims)
{
    return graphAuthorize(req, ctx, GraphAccess{anyOf, {}, {}}, claims);
}

namespace {

const QStringList ReadApps = {u"Application.Read.All"_s, u"Application.ReadWrite.All"_s,
                              u"Directory.Read.All"_s, u"Directory.ReadWrite.All"_s};

QString contextUrl(const QString &entitySet, const QStringList &select)
{
    QString s = u"https://graph.microsoft.com/v1.0/$metadata#"_s + entitySet;
    if (!select.isEmpty())
        s += u'(' + select.join(u',') + u')';
    return s;
}

QJsonObject project(const QJsonObject &full, const QStringList &select)
{
    if (select.isEmpty())
        return full;
    QJsonObject o;
    // A derived type's entity carries its @odata.type whatever $select says, as Graph's do.
    if (full.contains("@odata.type"_L1))
        o.insert("@odata.type"_L1, full.value("@odata.type"_L1));
    for (const QString &f : select) {
        const auto it = full.constFind(f);
        if (it != full.constEnd())
            o.insert(f, *it);
    }
    return o;
}

// What Graph filters servicePrincipals on (the "Supports $filter" notes of
// https://learn.microsoft.com/graph/api/resources/serviceprincipal#properties).
const ODataFilter::Entity &servicePrincipalEntity()
{
    using F = ODataFilter;
    static const F::Entity e{
            u"ServicePrincipal"_s,
            {{u"id"_s, F::Eq | F::Ne | F::Not | F::In},
             {u"appId"_s, F::Eq | F::Ne | F::Not | F::In | F::StartsWith},
             {u"displayName"_s, F::Eq | F::Ne | F::Not | F::Ge | F::Le | F::In | F::StartsWith},
             {u"servicePrincipalType"_s, F::Eq | F::Ne | F::Not | F::In | F::StartsWith},
             {u"appOwnerOrganizationId"_s, F::Eq | F::Ne | F::Not | F::In},
             {u"appDisplayName"_s, F::Eq | F::Ne | F::Not | F::Ge | F::Le | F::In | F::StartsWith},
             {u"accountEnabled"_s, F::Eq | F::Ne | F::Not | F::In, false, true},
             {u"servicePrincipalNames"_s, F::Eq | F::Not | F::Ge | F::Le | F::StartsWith, true},
             {u"alternativeNames"_s, F::Eq | F::Not | F::Ge | F::Le | F::In | F::StartsWith, true},
             {u"tags"_s, F::Eq | F::Not | F::Ge | F::Le | F::StartsWith, true}}};
    return e;
}

// What Graph filters appRoleAssignment lists on
// (https://learn.microsoft.com/graph/api/resources/approleassignment#properties).
const ODataFilter::Entity &appRoleAssignmentEntity()
{
    using F = ODataFilter;
    static const F::Entity e{
            u"AppRoleAssignment"_s,
            {{u"id"_s, F::Eq | F::Ne | F::Not | F::In},
             {u"principalId"_s, F::Eq | F::Ne | F::Not | F::In},
             {u"resourceId"_s, F::Eq | F::Ne | F::Not | F::In},
             {u"appRoleId"_s, F::Eq | F::Ne | F::Not | F::In},
             {u"principalType"_s, F::Eq | F::Ne | F::Not | F::In},
             {u"principalDisplayName"_s, F::Eq | F::Ne | F::Not | F::In | F::StartsWith},
             {u"resourceDisplayName"_s, F::Eq | F::Ne | F::Not | F::In | F::StartsWith}}};
    return e;
}

// The advanced query parameters: ConsistencyLevel: eventual and $count=true.
bool advancedQuery(const Request &req)
{
    return req.header("ConsistencyLevel").compare("eventual", Qt::CaseInsensitive) == 0
            && req.queryValue(u"$count"_s).compare("true"_L1, Qt::CaseInsensitive) == 0;
}

// $filter as Graph checks it; an advanced operator needs the advanced query parameters. With
// `countSegment` the request is a /$count, where the ConsistencyLevel header suffices.
std::optional<Response> parseFilterOption(const Request &req, const ODataFilter::Entity &entity,
                                          std::optional<ODataFilter> *out, bool countSegment = false)
{
    if (!req.hasQuery(u"$filter"_s))
        return std::nullopt;
    QString code, message;
    *out = ODataFilter::parse(req.queryValue(u"$filter"_s), entity, &code, &message);
    if (!*out)
        return graphError(req, 400, code, message);
    if (!(*out)->advancedOperator().isEmpty() && !countSegment && !advancedQuery(req))
        return graphError(req, 400, u"Request_UnsupportedQuery"_s,
                          advancedQueryMessage((*out)->advancedOperator()));
    return std::nullopt;
}

// $orderby: `prop [asc|desc]` on the properties Graph sorts by, which on directory objects are
// advanced queries (https://learn.microsoft.com/graph/aad-advanced-queries, "Support for
// sorting by properties of Microsoft Entra ID (directory) objects").
struct OrderBy
{
    QString property;
    bool descending = false;
};

std::optional<Response> parseOrderBy(const Request &req, const QStringList &sortable,
                                     std::optional<OrderBy> *out)
{
    if (!req.hasQuery(u"$orderby"_s))
        return std::nullopt;
    const QStringList parts = req.queryValue(u"$orderby"_s).simplified().split(u' ');
    const Response refused = graphError(req, 400, u"Request_UnsupportedQuery"_s,
                                        u"Sorting not supported for current query."_s);
    if (parts.isEmpty() || parts.size() > 2 || parts.first().contains(u','))
        return refused;
    OrderBy o;
    for (const QString &p : sortable) {
        if (p.compare(parts.first(), Qt::CaseInsensitive) == 0)
            o.property = p;
    }
    if (parts.size() == 2) {
        if (parts[1].compare("desc"_L1, Qt::CaseInsensitive) == 0)
            o.descending = true;
        else if (parts[1].compare("asc"_L1, Qt::CaseInsensitive) != 0)
            return graphError(req, 400, u"BadRequest"_s,
                              u"Invalid $orderby clause: '%1'."_s.arg(req.queryValue(u"$orderby"_s)));
    }
    if (o.property.isEmpty() || !advancedQuery(req))
        return refused;
    *out = o;
    return std::nullopt;
}

// $search="displayName:term term2": every term must start a word of the display name.
bool searchMatches(const ServicePrincipal &sp, const QStringList &terms)
{
    for (const QString &t : terms) {
        bool found = false;
        qsizetype from = 0;
        while (!found) {
            const qsizetype at = sp.lowerName.indexOf(t, from);
            if (at < 0)
                break;
            found = at == 0 || !sp.lowerName.at(at - 1).isLetterOrNumber();
            from = at + 1;
        }
        if (!found)
            return false;
    }
    return true;
}

QByteArray skipToken(qsizetype offset)
{
    return QByteArray("RFNwdAIA" + QByteArray::number(offset).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qsizetype offsetFromSkipToken(const QString &token)
{
    if (!token.startsWith("RFNwdAIA"_L1))
        return -1;
    bool ok = false;
    const qsizetype n = QByteArray::fromBase64(token.mid(8).toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
    return ok ? n : -1;
}

} // namespace

// $top as Graph checks it (1..999), `fallback` when absent.
std::optional<Response> parseTop(const Request &req, int fallback, int *top)
{
    *top = fallback;
    if (!req.hasQuery(u"$top"_s))
        return std::nullopt;
    bool ok = false;
    *top = req.queryValue(u"$top"_s).toInt(&ok);
    if (!ok || *top < 1 || *top > 999)
        return graphError(req, 400, u"Request_BadRequest"_s,
                          u"Invalid page size specified: '%1'. Must be between 1 and 999 inclusive."_s
                                  .arg(req.queryValue(u"$top"_s)));
    return std::nullopt;
}

std::optional<Response> parseSkipToken(const Request &req, qsizetype *offset)
{
    *offset = 0;
    if (!req.hasQuery(u"$skiptoken"_s))
        return std::nullopt;
    *offset = offsetFromSkipToken(req.queryValue(u"$skiptoken"_s));
    if (*offset < 0)
        return graphError(req, 400, u"Request_BadRequest"_s, u"Invalid $skiptoken value."_s);
    return std::nullopt;
}

// The next page's link: the same request on the host the client asked, with a new $skiptoken.
QString nextLink(const Request &req, qsizetype next)
{
    QUrlQuery q = req.query;
    q.removeAllQueryItems(u"$skiptoken"_s);
    q.addQueryItem(u"$skiptoken"_s, QString::fromLatin1(skipToken(next)));
    QUrl link = req.origin;
    link.setPath(req.path);
    link.setQuery(q);
    return link.toString(QUrl::FullyEncoded);
}

namespace {

QStringList selectOption(const Request &req)
{
    QStringList select;
    if (req.hasQuery(u"$select"_s))
        select = req.queryValue(u"$select"_s).split(u',', Qt::SkipEmptyParts);
    for (QString &s : select)
        s = s.trimmed();
    return select;
}

// One listing of service principals (or, for the blueprints, of applications): `all` filtered to
// one derived type (`odataType`, the OData cast segment; empty: every object), with the access
// the operation's reference page demands; `entitySet` names the @odata.context.
Response listDirectoryObjects(const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx,
                              const QList<ServicePrincipal> &all, const QString &odataType,
                              const GraphAccess &access, const QString &entitySet)
{
    if (auto denied = graphAuthorize(req, ctx, access))
        return *denied;
    const bool eventual = req.header("ConsistencyLevel").compare("eventual", Qt::CaseInsensitive) == 0;
    // GET /servicePrincipals/$count: a plain-text number, an advanced query
    // (https://learn.microsoft.com/graph/api/serviceprincipal-list, example "Get only a count").
    const bool countSegment = !m.captured(u"count"_s).isEmpty();
    if (countSegment && !eventual)
        return graphError(req, 400, u"Request_BadRequest"_s, u"$count is not currently supported."_s);
    const QStringList select = selectOption(req);
    int top = 100;
    if (auto bad = parseTop(req, 100, &top))
        return *bad;
    std::optional<ODataFilter> filter;
    if (auto bad = parseFilterOption(req, servicePrincipalEntity(), &filter, countSegment))
        return *bad;
    std::optional<OrderBy> orderBy;
    if (auto bad = parseOrderBy(req, {u"displayName"_s}, &orderBy))
        return *bad;
    QStringList terms;
    if (req.hasQuery(u"$search"_s)) {
        if (!eventual)
            return graphError(req, 400, u"Request_UnsupportedQuery"_s,
                              u"Request with $search query parameter only works through MSGraph "
                              "with a special request header: 'ConsistencyLevel: eventual'"_s);
        QString search = req.queryValue(u"$search"_s).trimmed();
        if (search.startsWith(u'"') && search.endsWith(u'"') && search.size() >= 2)
            search = search.mid(1, search.size() - 2);
        if (!search.startsWith("displayName:"_L1, Qt::CaseInsensitive))
            return graphError(req, 400, u"Request_UnsupportedQuery"_s,
                              u"Unsupported query: $search is supported on displayName only, as "
                              "\"displayName:term\"."_s);
        terms = search.mid(12).toLower().split(u' ', Qt::SkipEmptyParts);
    }
    const bool count = req.queryValue(u"$count"_s).compare("true"_L1, Qt::CaseInsensitive) == 0;
    if (count && !eventual)
        return graphError(req, 400, u"Request_BadRequest"_s,
                          u"$count is not currently supported without the header "
                          "'ConsistencyLevel: eventual'."_s);
    qsizetype offset = 0;
    if (auto bad = parseSkipToken(req, &offset))
        return *bad;

    const auto keep = [&](const ServicePrincipal &sp) {
        return (odataType.isEmpty() || sp.odataType == odataType) && (!filter || filter->matches(sp.json)) && (terms.isEmpty() || searchMatches(sp, terms));
    };
    if (countSegment) {
        qsizetype n = 0;
        for (const ServicePrincipal &sp : all)
            n += keep(sp) ? 1 : 0;
        Response r;
        r.body = QByteArray::number(n);
        r.setHeader("Content-Type", "text/plain");
        return r;
    }
    QJsonArray value;
    qsizetype total = 0;
    qsizetype next = -1;
    if (orderBy) {
        QList<const ServicePrincipal *> hits;
        for (const ServicePrincipal &sp : all) {
            if (keep(sp))
                hits.append(&sp);
        }
        const QString key = orderBy->property;
        std::stable_sort(hits.begin(), hits.end(), [&](const ServicePrincipal *a, const ServicePrincipal *b) {
            const int c = a->json.value(key).toString().compare(b->json.value(key).toString(),
                                                                Qt::CaseInsensitive);
            return orderBy->descending ? c > 0 : c < 0;
        });
        total = hits.size();
        for (qsizetype i = offset; i < hits.size() && value.size() < top; ++i)
            value.append(project(hits[i]->json, select));
        if (offset + top < hits.size())
            next = offset + top;
    } else {
        qsizetype matched = 0; // matches before and in this page (for paging)
        for (const ServicePrincipal &sp : all) {
            if (!keep(sp))
                continue;
            ++total;
            if (matched++ < offset)
                continue;
            if (value.size() < top) {
                value.append(project(sp.json, select));
            } else if (next < 0) {
                next = matched - 1;
                if (!count)
                    break;
            }
        }
    }
    QJsonObject body{{"@odata.context"_L1, contextUrl(entitySet, select)}};
    if (count)
        body.insert("@odata.count"_L1, total);
    if (next >= 0)
        body.insert("@odata.nextLink"_L1, nextLink(req, next));
    body.insert("value"_L1, value);
    return Response::json(200, body);
}

Response listServicePrincipals(const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx)
{
    return listDirectoryObjects(req, m, ctx, ctx.state->servicePrincipals, {}, GraphAccess{ReadApps, {}, {}},
                                u"servicePrincipals"_s);
}



// Microsoft Entra Agent ID, Graph v1.0 (docs/agents.md). Permissions as each page's table says:
// https://learn.microsoft.com/graph/api/agentidentity-list?view=graph-rest-1.0,
// .../agentidentity-get, .../agentidentity-list-sponsors (application permission only),
// .../agentidentityblueprint-get, .../agentidentityblueprint-list-inheritablepermissions,
// .../agentidentityblueprintprincipal-list, .../agentidentityblueprintprincipal-get. A delegated
// caller who owns nothing also needs one of the Agent ID roles those pages name.
const QStringList AgentIdRoles = {u"Agent ID Administrator"_s, u"Agent ID Developer"_s};
const QString AgentIdentityType = u"#microsoft.graph.agentIdentity"_s;
const QString BlueprintType = u"#microsoft.graph.agentIdentityBlueprint"_s;
const QString BlueprintPrincipalType = u"#microsoft.graph.agentIdentityBlueprintPrincipal"_s;

GraphAccess agentAccess(const QStringList &anyOf)
{
    return GraphAccess{anyOf, {}, AgentIdRoles};
}

// GET {collection}/{id}/microsoft.graph.{type}: the object if it is of that type, else 404.
Response getCast(const Request &req, const ServicePrincipal *o, const QString &id,
                 const QString &entitySet)
{
    if (!o)
        return graphNotFound(req, id);
    const QStringList select = selectOption(req);
    QJsonObject body = project(o->json, select);
    body.insert("@odata.context"_L1, contextUrl(entitySet, select) + u"/$entity"_s);
    return Response::json(200, body);
}

const ServicePrincipal *spOfType(SandboxContext &ctx, const QString &id, const QString &type)
{
    const ServicePrincipal *sp = ctx.state->spById(id);
    return sp && sp->odataType == type ? sp : nullptr;
}

void registerAgentRoutes(Router &router)
{
    const QString Id = u"(?<id>[0-9a-fA-F-]{36})"_s;
    const QString Count = u"(?:/(?<count>\\$count))?/?"_s;
    router.add(u"graph"_s, "GET", u"/v1\\.0/servicePrincipals/microsoft\\.graph\\.agentIdentity"_s + Count,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   return listDirectoryObjects(
                           req, m, ctx, ctx.state->servicePrincipals, AgentIdentityType,
                           agentAccess({u"AgentIdentity.Read.All"_s, u"AgentIdentity.ReadWrite.All"_s}),
                           u"servicePrincipals/microsoft.graph.agentIdentity"_s);
               });
    router.add(u"graph"_s, "GET",
               u"/v1\\.0/servicePrincipals/microsoft\\.graph\\.agentIdentityBlueprintPrincipal"_s + Count,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   return listDirectoryObjects(
                           req, m, ctx, ctx.state->servicePrincipals, BlueprintPrincipalType,
                           agentAccess({u"AgentIdentityBlueprintPrincipal.Read.All"_s,
                                        u"AgentIdentityBlueprintPrincipal.ReadWrite.All"_s}),
                           u"servicePrincipals/microsoft.graph.agentIdentityBlueprintPrincipal"_s);
               });
    router.add(u"graph"_s, "GET", u"/v1\\.0/applications/microsoft\\.graph\\.agentIdentityBlueprint"_s + Count,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   return listDirectoryObjects(
                           req, m, ctx, ctx.state->agentBlueprints, BlueprintType,
                           agentAccess({u"AgentIdentityBlueprint.Read.All"_s,
                                        u"AgentIdentityBlueprint.ReadWrite.All"_s, u"Application.Read.All"_s}),
                           u"applications/microsoft.graph.agentIdentityBlueprint"_s);
               });
    router.add(u"graph"_s, "GET", u"/v1\\.0/servicePrincipals/"_s + Id + u"/microsoft\\.graph\\.agentIdentity/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(
                               req, ctx,
                               agentAccess({u"AgentIdentity.Read.All"_s, u"AgentIdentity.CreateAsManager"_s,
                                            u"AgentIdentity.ReadWrite.All"_s, u"Application.Read.All"_s})))
                       return *denied;
                   const QString id = m.captured(u"id"_s);
                   return getCast(req, spOfType(ctx, id, AgentIdentityType), id,
                                  u"servicePrincipals/microsoft.graph.agentIdentity"_s);
               });
    router.add(u"graph"_s, "GET",
               u"/v1\\.0/servicePrincipals/"_s + Id + u"/microsoft\\.graph\\.agentIdentityBlueprintPrincipal/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(
                               req, ctx,
                               agentAccess({u"AgentIdentityBlueprintPrincipal.Read.All"_s,
                                            u"AgentIdentityBlueprintPrincipal.ReadWrite.All"_s,
                                            u"Application.Read.All"_s})))
                       return *denied;
                   const QString id = m.captured(u"id"_s);
                   return getCast(req, spOfType(ctx, id, BlueprintPrincipalType), id,
                                  u"servicePrincipals/microsoft.graph.agentIdentityBlueprintPrincipal"_s);
               });
    router.add(u"graph"_s, "GET", u"/v1\\.0/applications/"_s + Id + u"/microsoft\\.graph\\.agentIdentityBlueprint/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(
                               req, ctx,
                               agentAccess({u"AgentIdentityBlueprint.Read.All"_s,
                                            u"AgentIdentityBlueprint.ReadWrite.All"_s, u"Application.Read.All"_s})))
                       return *denied;
                   const QString id = m.captured(u"id"_s);
                   return getCast(req, ctx.state->agentBlueprintById(id), id,
                                  u"applications/microsoft.graph.agentIdentityBlueprint"_s);
               });
    router.add(u"graph"_s, "GET",
               u"/v1\\.0/applications/"_s + Id + u"/microsoft\\.graph\\.agentIdentityBlueprint/inheritablePermissions/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(
                               req, ctx,
                               agentAccess({u"AgentIdentityBlueprint.Read.All"_s,
                                            u"AgentIdentityBlueprint.ReadWrite.All"_s, u"Application.Read.All"_s})))
                       return *denied;
                   const QString id = m.captured(u"id"_s);
                   if (!ctx.state->agentBlueprintById(id))
                       return graphNotFound(req, id);
                   return Response::json(
                           200, QJsonObject{{"@odata.context"_L1,
                                             u"https://graph.microsoft.com/v1.0/$metadata#applications('%1')/"
                                             "inheritablePermissions"_s.arg(id)},
                                            {"value"_L1, ctx.state->inheritablePermissions.value(id.toLower())}});
               });
    // Sponsors: "Delegated: Not supported", application AgentIdentity.ReadWrite.All only.
    router.add(u"graph"_s, "GET",
               u"/v1\\.0/servicePrincipals/"_s + Id + u"/microsoft\\.graph\\.agentIdentity/sponsors/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   QJsonObject claims;
                   if (auto denied = graphAuthorize(req, ctx, QStringList{u"AgentIdentity.ReadWrite.All"_s}, &claims))
                       return *denied;
                   if (isDelegated(claims))
                       return graphDenied(req);
                   const QString id = m.captured(u"id"_s);
                   const ServicePrincipal *agent = spOfType(ctx, id, AgentIdentityType);
                   if (!agent)
                       return graphNotFound(req, id);
                   const QStringList select = selectOption(req);
                   QJsonArray value;
                   for (const QString &userId : agent->sponsors) {
                       if (const QJsonObject *u = ctx.state->user(userId)) {
                           QJsonObject o = *u;
                           o.insert("@odata.type"_L1, "#microsoft.graph.user"_L1);
                           value.append(project(o, select));
                       }
                   }
                   return Response::json(
                           200, QJsonObject{{"@odata.context"_L1,
                                             u"https://graph.microsoft.com/v1.0/$metadata#directoryObjects"_s},
                                            {"value"_L1, value}});
               });
    // GET /servicePrincipals/{id}/oauth2PermissionGrants: the delegated permissions granted to a
    // client (https://learn.microsoft.com/graph/api/serviceprincipal-list-oauth2permissiongrants):
    // for an agent identity blueprint principal, what its agents may inherit.
    router.add(u"graph"_s, "GET", u"/v1\\.0/servicePrincipals/"_s + Id + u"/oauth2PermissionGrants/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx,
                                                    QStringList{u"DelegatedPermissionGrant.Read.All"_s,
                                                                u"DelegatedPermissionGrant.ReadWrite.All"_s,
                                                                u"Directory.Read.All"_s, u"Directory.ReadWrite.All"_s}))
                       return *denied;
                   const QString id = m.captured(u"id"_s);
                   const ServicePrincipal *client = ctx.state->spById(id);
                   if (!client)
                       return graphNotFound(req, id);
                   QJsonArray value;
                   for (const DelegatedGrant &g : ctx.state->delegatedGrants) {
                       if (g.clientAppId.compare(client->appId, Qt::CaseInsensitive) != 0)
                           continue;
                       const ServicePrincipal *resource = ctx.state->spByAppId(g.resourceAppId);
                       value.append(QJsonObject{
                               {"id"_L1, g.id},
                               {"clientId"_L1, client->id},
                               {"consentType"_L1, g.consentType},
                               {"principalId"_L1, g.principalId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                          : QJsonValue(g.principalId)},
                               {"resourceId"_L1, resource ? resource->id : QString()},
                               {"scope"_L1, g.scopes.join(u' ')}});
                   }
                   return Response::json(
                           200, QJsonObject{{"@odata.context"_L1,
                                             u"https://graph.microsoft.com/v1.0/$metadata#oauth2PermissionGrants"_s},
                                            {"value"_L1, value}});
               });
}

} // namespace

void registerGraphRoutes(Router &router)
{
    router.add(u"graph"_s, "GET", u"/v1\\.0/servicePrincipals(?:/(?<count>\\$count))?/?"_s,
               listServicePrincipals);

    router.add(u"graph"_s, "GET", ServicePrincipalKey + u"/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, ReadApps))
                       return *denied;
                   const ServicePrincipal *sp = servicePrincipalOf(ctx, m);
                   if (!sp)
                       return graphNotFound(req, m.captured(u"id"_s) + m.captured(u"appId"_s));
                   QStringList select;
                   if (req.hasQuery(u"$select"_s))
                       select = req.queryValue(u"$select"_s).split(u',', Qt::SkipEmptyParts);
                   QJsonObject o = project(sp->json, select);
                   o.insert("@odata.context"_L1, contextUrl(u"servicePrincipals"_s, select) + u"/$entity"_s);
                   return Response::json(200, o);
               });

    // GET /servicePrincipals/{id}/appRoleAssignments and .../appRoleAssignedTo: $top (default
    // 100), $select, $filter, $count and paging with @odata.nextLink, as
    // https://learn.microsoft.com/graph/api/serviceprincipal-list-approleassignments and
    // .../serviceprincipal-list-approleassignedto describe.
    auto assignments = [](bool assignedTo) {
        return [assignedTo](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
            if (auto denied = graphAuthorize(req, ctx, GraphAccess{ReadApps, {}, rolesReadingAppRoleAssignments()}))
                return *denied;
            const ServicePrincipal *sp = servicePrincipalOf(ctx, m);
            if (!sp)
                return graphNotFound(req, m.captured(u"id"_s) + m.captured(u"appId"_s));
            const QStringList select = selectOption(req);
            int top = 100;
            if (auto bad = parseTop(req, 100, &top))
                return *bad;
            std::optional<ODataFilter> filter;
            if (auto bad = parseFilterOption(req, appRoleAssignmentEntity(), &filter))
                return *bad;
            std::optional<OrderBy> orderBy;
            if (auto bad = parseOrderBy(req, {}, &orderBy))
                return *bad;
            qsizetype offset = 0;
            if (auto bad = parseSkipToken(req, &offset))
                return *bad;
            const bool count = advancedQuery(req);
            QJsonArray value;
            qsizetype matched = 0;
            qsizetype next = -1;
            for (const AppRoleAssignment &a : ctx.state->appRoleAssignments) {
                const QString &key = assignedTo ? a.resourceId : a.principalId;
                if (key.compare(sp->id, Qt::CaseInsensitive) != 0)
                    continue;
                if (!filter && matched < offset) {
                    ++matched; // before this page: nothing to build (200,000 assignments page fast)
                    continue;
                }
                if (next >= 0 && !count)
                    break; // the page is full and its next link known; no count was asked for
                const QJsonObject json = a.toJson();
                if (filter && !filter->matches(json))
                    continue;
                if (matched++ < offset)
                    continue;
                if (value.size() < top)
                    value.append(project(json, select));
                else if (next < 0)
                    next = matched - 1;
            }
            QString context = u"https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('%1')/%2"_s
                                      .arg(sp->id, assignedTo ? u"appRoleAssignedTo"_s
                                                              : u"appRoleAssignments"_s);
            if (!select.isEmpty())
                context += u'(' + select.join(u',') + u')';
            QJsonObject body{{"@odata.context"_L1, context}};
            if (count)
                body.insert("@odata.count"_L1, matched);
            if (next >= 0)
                body.insert("@odata.nextLink"_L1, nextLink(req, next));
            body.insert("value"_L1, value);
            return Response::json(200, body);
        };
    };
    router.add(u"graph"_s, "GET", ServicePrincipalKey + u"/appRoleAssignments/?"_s, assignments(false));
    router.add(u"graph"_s, "GET", ServicePrincipalKey + u"/appRoleAssignedTo/?"_s, assignments(true));

    registerAgentRoutes(router);

    router.add(u"graph"_s, "GET", u"/v1\\.0/organization/?"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, QStringList{}))
                       return *denied;
                   const TenantState &s = *ctx.state;
                   const QJsonObject org{
                           {"id"_L1, s.tenantId},
                           {"displayName"_L1, s.tenantDisplayName},
                           {"createdDateTime"_L1, s.tenantCreated},
                           {"tenantType"_L1, "AAD"_L1},
                           {"verifiedDomains"_L1,
                            QJsonArray{QJsonObject{{"capabilities"_L1, "Email, OfficeCommunicationsOnline"_L1},
                                                   {"isDefault"_L1, true},
                                                   {"isInitial"_L1, true},
                                                   {"name"_L1, s.tenantDomain},
                                                   {"type"_L1, "Managed"_L1}}}}};
                   return Response::json(200, QJsonObject{{"@odata.context"_L1, contextUrl(u"organization"_s, {})},
                                                          {"value"_L1, QJsonArray{org}}});
               });

    router.add(u"graph"_s, "POST", u"/v1\\.0/\\$batch"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   QString code, message;
                   if (!ctx.tokens->validate(req.header("Authorization"), graphAudiences(ctx), &code, &message))
                       return graphError(req, 401, code, message);
                   QJsonParseError pe{};
                   const QJsonObject body = QJsonDocument::fromJson(req.body, &pe).object();
                   const QJsonArray requests = body.value("requests"_L1).toArray();
                   if (pe.error != QJsonParseError::NoError || requests.isEmpty())
                       return graphError(req, 400, u"BadRequest"_s, u"Invalid batch payload format."_s);
                   if (requests.size() > 20)
                       return graphError(req, 400, u"BadRequest"_s,
                                         u"Number of batch requests exceeds the limit of 20."_s);
                   QJsonArray responses;
                   for (const QJsonValue &v : requests) {
                       const QJsonObject r = v.toObject();
                       Request sub;
                       sub.service = u"graph"_s;
                       sub.method = r.value("method"_L1).toString().toUpper().toLatin1();
                       QString url = r.value("url"_L1).toString();
                       if (!url.startsWith(u'/'))
                           url.prepend(u'/');
                       const QUrl parsed(u"https://graph.microsoft.com/v1.0"_s + url);
                       sub.path = parsed.path(QUrl::FullyDecoded);
                       sub.query = QUrlQuery(parsed);
                       sub.origin = req.origin;
                       sub.headers = {{"Authorization", req.header("Authorization")}};
                       const QJsonObject headers = r.value("headers"_L1).toObject();
                       for (auto it = headers.begin(); it != headers.end(); ++it)
                           sub.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
                       if (r.contains("body"_L1))
                           sub.body = QJsonDocument(r.value("body"_L1).toObject()).toJson(QJsonDocument::Compact);
                       std::optional<Response> answer
                               = ctx.subRequestFault ? ctx.subRequestFault(sub) : std::nullopt;
                       if (!answer)
                           answer = ctx.router->dispatch(sub, ctx);
                       if (!answer)
                           answer = graphError(sub, 400, u"BadRequest"_s,
                                               u"Resource not found for the segment '%1'."_s.arg(sub.path.section(u'/', -1)));
                       QJsonObject h;
                       for (const auto &hh : answer->headers)
                           h.insert(QString::fromLatin1(hh.first), QString::fromLatin1(hh.second));
                       QJsonObject item{{"id"_L1, r.value("id"_L1)}, {"status"_L1, answer->status}, {"headers"_L1, h}};
                       if (!answer->body.isEmpty())
                           item.insert("body"_L1, QJsonDocument::fromJson(answer->body).object());
                       responses.append(item);
                   }
                   return Response::json(200, QJsonObject{{"responses"_L1, responses}});
               });
}

} // namespace ie::sandbox
