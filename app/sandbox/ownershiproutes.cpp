// Ownership of applications and service principals, in the documented v1.0 shapes:
//   https://learn.microsoft.com/graph/api/serviceprincipal-list-ownedobjects
//   https://learn.microsoft.com/graph/api/serviceprincipal-list-owners
//   https://learn.microsoft.com/graph/api/application-list-owners
// Each answers a directoryObject collection: every member carries its @odata.type
// (#microsoft.graph.application, #microsoft.graph.servicePrincipal, #microsoft.graph.user), paged
// with $top and @odata.nextLink like the other lists. Reads need Application.Read.All,
// Application.ReadWrite.All, Application.ReadWrite.OwnedBy (app-only), Directory.Read.All or
// Directory.ReadWrite.All; delegated, any member user (default user permissions).
//
// And what ownership allows, enforced:
//   POST /v1.0/applications/{id}/addPassword, /v1.0/applications(appId='{appId}')/addPassword
//   https://learn.microsoft.com/graph/api/application-addpassword
// App-only: Application.ReadWrite.All or Directory.ReadWrite.All, or Application.ReadWrite.OwnedBy
// and the caller is an owner of the application. Delegated: Application.ReadWrite.All (or
// Directory.ReadWrite.All) and the user is an owner or an Application Administrator, Cloud
// Application Administrator or Global Administrator. 200 with the new passwordCredential, its
// secretText shown this once; the application's passwordCredentials gain it without secretText.
// https://learn.microsoft.com/graph/api/resources/passwordcredential

#include "sandbox/graphsupport.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

const QStringList ReadPermissions = {u"Application.Read.All"_s, u"Application.ReadWrite.All"_s,
                                     u"Application.ReadWrite.OwnedBy"_s,
                                     u"Directory.Read.All"_s, u"Directory.ReadWrite.All"_s};
const QStringList WriteAll = {u"Application.ReadWrite.All"_s, u"Directory.ReadWrite.All"_s};
const QStringList AppAdmins = {u"Application Administrator"_s,
                               u"Cloud Application Administrator"_s,
                               u"Global Administrator"_s};
const QString DirectoryObjects = u"https://graph.microsoft.com/v1.0/$metadata#directoryObjects"_s;
const QString AppKey
        = u"/v1\\.0/applications(?:/(?<id>[0-9a-fA-F-]{36})|\\(appId='(?<appId>[^']+)'\\))"_s;

// The application object's id (empty: none) of the match, by object id or appId.
QString applicationId(SandboxContext &ctx, const QRegularExpressionMatch &m)
{
    const QString appId = m.captured(u"appId"_s);
    if (!appId.isEmpty()) {
        const ApplicationCredentials *c = ctx.state->applicationCredentialsOf(appId);
        return c ? c->id : QString();
    }
    const QString id = m.captured(u"id"_s);
    return ctx.state->appIdOfApplication(id).isEmpty() ? QString() : id;
}

// A directory object as a member of a directoryObject collection, or empty when it is unknown.
QJsonObject directoryObject(SandboxContext &ctx, const QString &id, bool application)
{
    if (application) {
        const QString appId = ctx.state->appIdOfApplication(id);
        const ServicePrincipal *sp = ctx.state->spByAppId(appId);
        if (appId.isEmpty() || !sp)
            return {};
        return {{"@odata.type"_L1, "#microsoft.graph.application"_L1},
                {"id"_L1, id},
                {"appId"_L1, sp->appId},
                {"displayName"_L1, sp->displayName},
                {"passwordCredentials"_L1,
                 ctx.state->applicationCredentialsOf(appId)->passwordCredentials}};
    }
    if (const ServicePrincipal *sp = ctx.state->spById(id)) {
        QJsonObject o = sp->json;
        if (!o.contains("@odata.type"_L1))
            o.insert("@odata.type"_L1, "#microsoft.graph.servicePrincipal"_L1);
        return o;
    }
    if (const QJsonObject *u = ctx.state->user(id)) {
        QJsonObject o{{"@odata.type"_L1, "#microsoft.graph.user"_L1}};
        for (const char *k : {"id", "displayName", "userPrincipalName", "mail", "jobTitle"})
            o.insert(QLatin1StringView(k), u->value(QLatin1StringView(k)));
        return o;
    }
    return {};
}

// One page of `all`, as Graph pages a directoryObject collection (100 by default); `context` is
// its @odata.context.
Response page(const Request &req, const QJsonArray &all, const QString &context = DirectoryObjects)
{
    int top = 100;
    if (auto bad = parseTop(req, 100, &top))
        return *bad;
    qsizetype offset = 0;
    if (auto bad = parseSkipToken(req, &offset))
        return *bad;
    QJsonArray value;
    for (qsizetype i = offset; i < all.size() && i < offset + top; ++i)
        value.append(all.at(i));
    QJsonObject body{{"@odata.context"_L1, context}, {"value"_L1, value}};
    if (offset + top < all.size())
        body.insert("@odata.nextLink"_L1, nextLink(req, offset + top));
    return Response::json(200, body);
}

Response owners(const Request &req, SandboxContext &ctx, const QString &objectId)
{
    QJsonArray all;
    for (const Ownership &o : std::as_const(ctx.state->owners)) {
        if (o.objectId.compare(objectId, Qt::CaseInsensitive) != 0)
            continue;
        const QJsonObject member = directoryObject(ctx, o.ownerId, false);
        if (!member.isEmpty())
            all.append(member);
    }
    return page(req, all);
}

// A new password as addPassword answers it: 40 characters of Entra's alphabet, hint = the first
// three, keyId a GUID, start now (or as given), end start + 2 years (or as given).
QJsonObject newPassword(const QJsonObject &requested)
{
    static const QString alphabet
            = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-"_s;
    QString secret;
    for (int i = 0; i < 40; ++i)
        secret += alphabet.at(int(QRandomGenerator::system()->bounded(alphabet.size())));
    const QDateTime start = requested.value("startDateTime"_L1).isString()
            ? QDateTime::fromString(requested.value("startDateTime"_L1).toString(), Qt::ISODate)
            : QDateTime::currentDateTimeUtc();
    const QDateTime end = requested.value("endDateTime"_L1).isString()
            ? QDateTime::fromString(requested.value("endDateTime"_L1).toString(), Qt::ISODate)
            : start.addYears(2);
    return {{"customKeyIdentifier"_L1, QJsonValue::Null},
            {"displayName"_L1, requested.value("displayName"_L1).isString()
                     ? requested.value("displayName"_L1)
                     : QJsonValue(QJsonValue::Null)},
            {"endDateTime"_L1, end.toUTC().toString(Qt::ISODate)},
            {"hint"_L1, secret.left(3)},
            {"keyId"_L1, newGuid()},
            {"secretText"_L1, secret},
            {"startDateTime"_L1, start.toUTC().toString(Qt::ISODate)}};
}

Response addPassword(const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx)
{
    QJsonObject claims;
    if (auto denied = graphAuthorize(req, ctx,
                                     WriteAll + QStringList{u"Application.ReadWrite.OwnedBy"_s},
                                     &claims))
        return *denied;
    const QString objectId = applicationId(ctx, m);
    if (objectId.isEmpty())
        return graphNotFound(req, m.captured(u"id"_s) + m.captured(u"appId"_s));
    const QString caller = claims.value("oid"_L1).toString();
    const bool owner = ctx.state->isOwner(caller, objectId);
    QStringList held;
    if (isDelegated(claims)) {
        held = claims.value("scp"_L1).toString().split(u' ', Qt::SkipEmptyParts);
        // Application.ReadWrite.OwnedBy is no delegated permission; the user must be an owner
        // or an application administrator.
        const bool scope = std::any_of(WriteAll.cbegin(), WriteAll.cend(),
                                       [&held](const QString &p) { return held.contains(p); });
        if (!scope || (!owner && !ctx.state->holdsDirectoryRole(caller, AppAdmins)))
            return graphDenied(req);
    } else {
        for (const QJsonValue &r : claims.value("roles"_L1).toArray())
            held << r.toString();
        const bool all = std::any_of(WriteAll.cbegin(), WriteAll.cend(),
                                     [&held](const QString &p) { return held.contains(p); });
        if (!all && !owner)
            return graphDenied(req);
    }
    QJsonParseError pe{};
    QJsonObject requested;
    if (!req.body.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return graphError(req, 400, u"BadRequest"_s,
                              u"Unable to read JSON request payload. Please ensure Content-Type "
                              "header is set and payload is of valid JSON format."_s);
        requested = doc.object().value("passwordCredential"_L1).toObject();
    }
    ApplicationCredentials *c
            = ctx.state->applicationCredentialsOf(ctx.state->appIdOfApplication(objectId));
    QJsonObject created = newPassword(requested);
    QJsonObject kept = created;
    kept.insert("secretText"_L1, QJsonValue::Null); // never shown again
    c->passwordCredentials.append(kept);
    created.insert("@odata.context"_L1,
                   u"https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.passwordCredential"_s);
    return Response::json(200, created);
}

// GET /v1.0/applications: the tenant's app registrations (id, appId, displayName), with
// $select of those, $expand=owners (or owners($select=id)): each with its owners, at most 20 as
// Graph expands a directory object relationship. https://learn.microsoft.com/graph/api/application-list
Response listApplications(const Request &req, const QRegularExpressionMatch &,
                          SandboxContext &ctx)
{
    if (auto denied = graphAuthorize(req, ctx, ReadPermissions))
        return *denied;
    static const QStringList properties{u"id"_s, u"appId"_s, u"displayName"_s};
    QStringList select = properties;
    if (req.hasQuery(u"$select"_s)) {
        select = req.queryValue(u"$select"_s).split(u',', Qt::SkipEmptyParts);
        for (QString &p : select) {
            p = p.trimmed();
            if (!properties.contains(p))
                return graphError(req, 400, u"Request_BadRequest"_s,
                                  u"Could not find a property named '%1' on type "
                                  "'microsoft.graph.application'."_s
                                          .arg(p));
        }
    }
    bool expandOwners = false;
    if (req.hasQuery(u"$expand"_s)) {
        const QString expand = req.queryValue(u"$expand"_s).trimmed();
        if (expand != "owners"_L1 && expand != "owners($select=id)"_L1)
            return graphError(req, 400, u"Request_BadRequest"_s,
                              u"Parsing OData Select and Expand failed: Could not find a property "
                              "named '%1' on type 'microsoft.graph.application'."_s
                                      .arg(expand.section(u'(', 0, 0)));
        expandOwners = true;
    }
    QList<QPair<QString, QString>> apps; // object id, appId
    for (auto it = ctx.state->applicationCredentials.cbegin();
         it != ctx.state->applicationCredentials.cend(); ++it)
        apps.append({it->id, it.key()});
    std::sort(apps.begin(), apps.end());
    QJsonArray all;
    for (const auto &[id, appId] : std::as_const(apps)) {
        const QJsonObject full = directoryObject(ctx, id, true);
        if (full.isEmpty())
            continue;
        QJsonObject o;
        for (const QString &p : std::as_const(select))
            o.insert(p, full.value(p));
        if (expandOwners) {
            QJsonArray owners;
            for (const Ownership &own : std::as_const(ctx.state->owners)) {
                if (own.objectId.compare(id, Qt::CaseInsensitive) != 0 || owners.size() >= 20)
                    continue;
                const QJsonObject member = directoryObject(ctx, own.ownerId, false);
                if (member.isEmpty())
                    continue;
                owners.append(req.queryValue(u"$expand"_s).contains(u"$select"_s)
                                      ? QJsonObject{{"@odata.type"_L1, member.value("@odata.type"_L1)},
                                                    {"id"_L1, member.value("id"_L1)}}
                                      : member);
            }
            o.insert("owners"_L1, owners);
        }
        all.append(o);
    }
    return page(req, all, u"https://graph.microsoft.com/v1.0/$metadata#applications"_s);
}

} // namespace

void registerOwnershipRoutes(Router &router)
{
    router.add(u"graph"_s, "GET", u"/v1\\.0/applications/?"_s, listApplications);
    router.add(u"graph"_s, "GET", ServicePrincipalKey + u"/ownedObjects/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, ReadPermissions))
                       return *denied;
                   const ServicePrincipal *sp = servicePrincipalOf(ctx, m);
                   if (!sp)
                       return graphNotFound(req, m.captured(u"id"_s) + m.captured(u"appId"_s));
                   QJsonArray all;
                   for (const Ownership &o : std::as_const(ctx.state->owners)) {
                       if (o.ownerId.compare(sp->id, Qt::CaseInsensitive) != 0)
                           continue;
                       const QJsonObject member = directoryObject(ctx, o.objectId, o.application);
                       if (!member.isEmpty())
                           all.append(member);
                   }
                   return page(req, all);
               });
    router.add(u"graph"_s, "GET", ServicePrincipalKey + u"/owners/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, ReadPermissions))
                       return *denied;
                   const ServicePrincipal *sp = servicePrincipalOf(ctx, m);
                   if (!sp)
                       return graphNotFound(req, m.captured(u"id"_s) + m.captured(u"appId"_s));
                   return owners(req, ctx, sp->id);
               });
    router.add(u"graph"_s, "GET", AppKey + u"/owners/?"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, ReadPermissions))
                       return *denied;
                   const QString id = applicationId(ctx, m);
                   if (id.isEmpty())
                       return graphNotFound(req, m.captured(u"id"_s) + m.captured(u"appId"_s));
                   return owners(req, ctx, id);
               });
    router.add(u"graph"_s, "POST", AppKey + u"/addPassword/?"_s, addPassword);
}

} // namespace ie::sandbox
