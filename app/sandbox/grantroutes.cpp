// The writes behind the grant panels, and the reads that prove them: Graph appRoleAssignments
// (create and delete, from the principal's side and from the resource's side), Graph /users (what
// User.Read.All unlocks), and ARM role assignments (create, read one, delete). Each answers with
// the status codes and error bodies the real services use, and changes the tenant state, so the
// next token the sandbox mints carries exactly the app roles the identity holds.

#include "sandbox/armsupport.h"
#include "sandbox/graphsupport.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

// https://learn.microsoft.com/graph/api/serviceprincipal-post-approleassignments#permissions:
// AppRoleAssignment.ReadWrite.All and Application.Read.All (or Directory.Read.All); delegated, a
// user with one of the roles that may write app role assignments.
const QStringList ReadDirectory = {u"Application.Read.All"_s, u"Application.ReadWrite.All"_s,
                                   u"Directory.Read.All"_s, u"Directory.ReadWrite.All"_s};
GraphAccess grantAccess()
{
    return {{u"AppRoleAssignment.ReadWrite.All"_s}, ReadDirectory,
            rolesWritingAppRoleAssignments()};
}
// serviceprincipal-delete-approleassignedto: AppRoleAssignment.ReadWrite.All alone.
GraphAccess revokeAccess()
{
    return {{u"AppRoleAssignment.ReadWrite.All"_s}, {}, rolesWritingAppRoleAssignments()};
}
// serviceprincipal-list-approleassignments: Application.Read.All or higher; delegated, a user
// with one of the roles that may read app role assignments.
GraphAccess readAssignmentsAccess()
{
    return {{u"Application.Read.All"_s, u"Application.ReadWrite.All"_s,
             u"AppRoleAssignment.ReadWrite.All"_s, u"Directory.Read.All"_s,
             u"Directory.ReadWrite.All"_s},
            {},
            rolesReadingAppRoleAssignments()};
}

// App roles of Microsoft Graph and Azure AD Graph are tier 0: a delegated grant or revoke of one
// needs Privileged Role Administrator (or Global Administrator), whatever else the user holds.
std::optional<Response> checkTierZeroResource(const Request &req, const SandboxContext &ctx,
                                              const QJsonObject &claims,
                                              const ServicePrincipal &resource)
{
    static const QStringList tierZero = {u"00000003-0000-0000-c000-000000000000"_s,
                                         u"00000002-0000-0000-c000-000000000000"_s};
    if (!isDelegated(claims) || !tierZero.contains(resource.appId, Qt::CaseInsensitive))
        return std::nullopt;
    if (ctx.state->holdsDirectoryRole(claims.value("oid"_L1).toString(),
                                      rolesWritingGraphAppRoleAssignments()))
        return std::nullopt;
    return graphDenied(req);
}
const QStringList ReadUsers = {u"User.Read.All"_s, u"User.ReadWrite.All"_s, u"Directory.Read.All"_s,
                               u"Directory.ReadWrite.All"_s};
// Reading users needs no directory role for a member user (default user permissions); an app may
// read them with a directory role instead of a permission: Directory Readers is what Azure SQL's
// and Synapse's managed identities are given to look users up
// (https://learn.microsoft.com/azure/azure-sql/database/authentication-aad-directory-readers-role).
const GraphAccess ReadUsersAccess{
        ReadUsers,
        {},
        {},
        {u"Directory Readers"_s, u"Global Reader"_s, u"Directory Writers"_s,
         u"User Administrator"_s, u"Privileged Role Administrator"_s, u"Global Administrator"_s}};

bool isGuid(const QString &s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

QString entityContext(const QString &spId, bool assignedTo)
{
    return u"https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('%1')/%2/$entity"_s.arg(
            spId, assignedTo ? u"appRoleAssignedTo"_s : u"appRoleAssignments"_s);
}

// POST /servicePrincipals/{id}/appRoleAssignments (the principal's side) or
// /servicePrincipals/{id}/appRoleAssignedTo (the resource's side).
Response createAssignment(const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx,
                          bool assignedTo)
{
    QJsonObject claims;
    if (auto denied = graphAuthorize(req, ctx, grantAccess(), &claims))
        return *denied;
    const ServicePrincipal *sp = ctx.state->spById(m.captured(u"id"_s));
    if (!sp)
        return graphNotFound(req, m.captured(u"id"_s));
    QJsonParseError pe{};
    const QJsonObject body = QJsonDocument::fromJson(req.body, &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return graphError(req, 400, u"BadRequest"_s,
                          u"Unable to read JSON request payload. Please ensure Content-Type header "
                          "is set and payload is of valid JSON format."_s);
    for (const char *field : {"principalId", "resourceId", "appRoleId"}) {
        const QString value = body.value(QLatin1StringView(field)).toString();
        if (!isGuid(value))
            return graphError(req, 400, u"Request_BadRequest"_s,
                              u"Invalid value specified for property '%1' of resource "
                              "'AppRoleAssignment'."_s.arg(QLatin1StringView(field)));
    }
    const QString principalId = body.value("principalId"_L1).toString();
    const QString resourceId = body.value("resourceId"_L1).toString();
    const QString appRoleId = body.value("appRoleId"_L1).toString();
    const QString &own = assignedTo ? resourceId : principalId;
    if (own.compare(sp->id, Qt::CaseInsensitive) != 0)
        return graphError(req, 400, u"Request_BadRequest"_s,
                          u"The %1 in the request body does not match the service principal in the "
                          "request URL."_s.arg(assignedTo ? u"resourceId"_s : u"principalId"_s));
    const ServicePrincipal *principal = ctx.state->spById(principalId);
    if (!principal)
        return graphNotFound(req, principalId);
    const ServicePrincipal *resource = ctx.state->spById(resourceId);
    if (!resource)
        return graphNotFound(req, resourceId);
    if (auto denied = checkTierZeroResource(req, ctx, claims, *resource))
        return *denied;
    // Only an app role that may be assigned to applications; a delegated scope id is not one.
    bool known = false;
    for (const QJsonValue &r : resource->json.value("appRoles"_L1).toArray()) {
        const QJsonObject role = r.toObject();
        if (role.value("id"_L1).toString().compare(appRoleId, Qt::CaseInsensitive) != 0)
            continue;
        const QJsonArray types = role.value("allowedMemberTypes"_L1).toArray();
        known = types.isEmpty() || types.contains("Application"_L1);
    }
    if (!known)
        return graphError(req, 400, u"Request_BadRequest"_s,
                          u"Permission being assigned was not found on application '%1'."_s.arg(
                                  resource->appId));
    AppRoleAssignment created;
    const QString code
            = ctx.state->addAppRoleAssignment(principalId, resourceId, appRoleId, &created);
    if (code == "Request_BadRequest:exists"_L1)
        return graphError(req, 400, u"Request_BadRequest"_s,
                          u"Permission being assigned already exists on the object"_s);
    if (!code.isEmpty())
        return graphError(req, 400, u"Request_BadRequest"_s, code);
    QJsonObject o = created.toJson();
    o.insert("@odata.context"_L1, entityContext(sp->id, assignedTo));
    Response r = Response::json(201, o);
    QUrl location = req.origin;
    location.setPath(u"/v1.0/servicePrincipals/%1/%2/%3"_s.arg(
            sp->id, assignedTo ? u"appRoleAssignedTo"_s : u"appRoleAssignments"_s, created.id));
    r.setHeader("Location", location.toString(QUrl::FullyEncoded).toLatin1());
    return r;
}

Response deleteAssignment(const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx,
                          bool assignedTo)
{
    QJsonObject claims;
    if (auto denied = graphAuthorize(req, ctx, revokeAccess(), &claims))
        return *denied;
    const ServicePrincipal *sp = ctx.state->spById(m.captured(u"id"_s));
    if (!sp)
        return graphNotFound(req, m.captured(u"id"_s));
    const QString assignmentId = m.captured(u"assignment"_s);
    QList<AppRoleAssignment> &all = ctx.state->appRoleAssignments;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &side = assignedTo ? all[i].resourceId : all[i].principalId;
        if (all[i].id == assignmentId && side.compare(sp->id, Qt::CaseInsensitive) == 0) {
            if (const ServicePrincipal *resource = ctx.state->spById(all[i].resourceId)) {
                if (auto denied = checkTierZeroResource(req, ctx, claims, *resource))
                    return *denied;
            }
            all.removeAt(i);
            return Response::empty(204);
        }
    }
    return graphNotFound(req, assignmentId);
}

Response getAssignment(const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx,
                       bool assignedTo)
{
    if (auto denied = graphAuthorize(req, ctx, readAssignmentsAccess()))
        return *denied;
    const ServicePrincipal *sp = ctx.state->spById(m.captured(u"id"_s));
    if (!sp)
        return graphNotFound(req, m.captured(u"id"_s));
    for (const AppRoleAssignment &a : std::as_const(ctx.state->appRoleAssignments)) {
        const QString &side = assignedTo ? a.resourceId : a.principalId;
        if (a.id == m.captured(u"assignment"_s) && side.compare(sp->id, Qt::CaseInsensitive) == 0) {
            QJsonObject o = a.toJson();
            o.insert("@odata.context"_L1, entityContext(sp->id, assignedTo));
            return Response::json(200, o);
        }
    }
    return graphNotFound(req, m.captured(u"assignment"_s));
}

QJsonObject projectUser(const QJsonObject &user, const Request &req)
{
    static const QStringList defaults = {u"businessPhones"_s,
                                         u"displayName"_s,
                                         u"givenName"_s,
                                         u"jobTitle"_s,
                                         u"mail"_s,
                                         u"mobilePhone"_s,
                                         u"officeLocation"_s,
                                         u"preferredLanguage"_s,
                                         u"surname"_s,
                                         u"userPrincipalName"_s,
                                         u"id"_s};
    QStringList select = defaults;
    if (req.hasQuery(u"$select"_s))
        select = req.queryValue(u"$select"_s).split(u',', Qt::SkipEmptyParts);
    QJsonObject o;
    for (QString f : std::as_const(select)) {
        f = f.trimmed();
        if (user.contains(f))
            o.insert(f, user.value(f));
    }
    return o;
}

// --- ARM -----------------------------------------------------------------------------------

bool actionMatches(const QString &pattern, const QString &action)
{
    QString re = QRegularExpression::escape(pattern);
    re.replace("\\*"_L1, ".*"_L1);
    return QRegularExpression(QRegularExpression::anchoredPattern(re),
                              QRegularExpression::CaseInsensitiveOption)
            .match(action)
            .hasMatch();
}

} // namespace

// Whether `principalId` may perform `action` at `scope` through a role assigned at or above it.
bool armAllows(const SandboxContext &ctx, const QString &principalId, const QString &scope,
               const QString &action)
{
    for (const RoleAssignment &a : std::as_const(ctx.state->roleAssignments)) {
        if (a.principalId.compare(principalId, Qt::CaseInsensitive) != 0
            || !ctx.state->scopeCovers(a.scope, scope))
            continue;
        const RoleDefinition *def = ctx.state->roleDefinitionByName(a.roleDefinitionName);
        if (!def)
            continue;
        for (const QJsonValue &p : def->permissions) {
            const QJsonObject perm = p.toObject();
            bool allowed = false;
            for (const QJsonValue &v : perm.value("actions"_L1).toArray())
                allowed = allowed || actionMatches(v.toString(), action);
            for (const QJsonValue &v : perm.value("notActions"_L1).toArray())
                allowed = allowed && !actionMatches(v.toString(), action);
            if (allowed)
                return true;
        }
    }
    return false;
}

namespace {

// The error ARM gives for a scope that does not exist, or nothing.
std::optional<Response> checkScope(const SandboxContext &ctx, const QString &scope,
                                   const QString &caller, const QString &action)
{
    static const QString groups = u"/providers/Microsoft.Management/managementGroups/"_s;
    if (scope.startsWith(groups, Qt::CaseInsensitive)) {
        // ARM does not say whether a group exists to someone who may not see it.
        if (!ctx.state->managementGroup(scope.mid(groups.size())))
            return armForbidden(ctx, caller, action, scope);
        return std::nullopt;
    }
    const QString sub = scope.section(u'/', 2, 2);
    bool subFound = false;
    for (const QJsonObject &s : std::as_const(ctx.state->subscriptions))
        subFound = subFound
                || s.value("subscriptionId"_L1).toString().compare(sub, Qt::CaseInsensitive) == 0;
    if (!subFound)
        return armError(404, u"SubscriptionNotFound"_s,
                        u"The subscription '%1' could not be found."_s.arg(sub));
    const QString rg = scope.section(u'/', 4, 4);
    if (rg.isEmpty())
        return std::nullopt;
    bool rgFound = false;
    for (const QJsonObject &g : std::as_const(ctx.state->resourceGroups))
        rgFound = rgFound
                || g.value("id"_L1).toString().compare(scope.section(u'/', 0, 4),
                                                       Qt::CaseInsensitive)
                        == 0;
    if (!rgFound)
        return armError(404, u"ResourceGroupNotFound"_s,
                        u"Resource group '%1' could not be found."_s.arg(rg));
    if (scope.section(u'/', 5).isEmpty() || ctx.state->resourceById(scope))
        return std::nullopt;
    return armError(
            404, u"ResourceNotFound"_s,
            u"The Resource '%1' under resource group '%2' was not found. For more details "
            "please go to https://aka.ms/ARMResourceNotFoundFix"_s.arg(scope.section(u'/', 6), rg));
}

bool principalKnown(const SandboxContext &ctx, const QString &id)
{
    if (ctx.state->spById(id))
        return true;
    for (const QJsonObject &u : std::as_const(ctx.state->users)) {
        if (u.value("id"_L1).toString().compare(id, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Response putRoleAssignment(const Request &req, const QRegularExpressionMatch &m,
                           SandboxContext &ctx)
{
    QJsonObject claims;
    if (auto denied = armAuthorize(req, ctx, &claims))
        return *denied;
    const QString caller = claims.value("oid"_L1).toString();
    const QString scope = m.captured(u"scope"_s);
    const QString name = m.captured(u"name"_s);
    if (!isGuid(name))
        return armError(
                400, u"InvalidRoleAssignmentId"_s,
                u"The role assignment ID '%1' is not valid. The role assignment ID must be a "
                "GUID."_s.arg(name));
    if (auto missing
        = checkScope(ctx, scope, caller, u"Microsoft.Authorization/roleAssignments/write"_s))
        return *missing;
    if (!armAllows(ctx, caller, scope, u"Microsoft.Authorization/roleAssignments/write"_s))
        return armForbidden(ctx, caller, u"Microsoft.Authorization/roleAssignments/write"_s,
                            scope);
    QJsonParseError pe{};
    const QJsonObject props
            = QJsonDocument::fromJson(req.body, &pe).object().value("properties"_L1).toObject();
    const QString roleDefinitionId = props.value("roleDefinitionId"_L1).toString();
    const QString principalId = props.value("principalId"_L1).toString();
    if (pe.error != QJsonParseError::NoError || roleDefinitionId.isEmpty() || !isGuid(principalId))
        return armError(
                400, u"InvalidRequestContent"_s,
                u"The request content was invalid and could not be deserialized: 'properties."
                "roleDefinitionId' and 'properties.principalId' are required."_s);
    const QString roleGuid = roleDefinitionId.section(u'/', -1);
    const RoleDefinition *def
            = isGuid(roleGuid) ? ctx.state->roleDefinitionByName(roleGuid) : nullptr;
    if (!def)
        return armError(
                400, u"RoleDefinitionDoesNotExist"_s,
                u"The specified role definition with ID '%1' does not exist."_s.arg(roleGuid));
    const QString lower = principalId.toLower();
    const int lag = ctx.state->armReplicationLag.value(lower, 0);
    if (lag > 0)
        ctx.state->armReplicationLag.insert(lower, lag - 1);
    else
        ctx.state->armReplicationLag.remove(lower);
    if (lag > 0 || !principalKnown(ctx, principalId))
        return armError(
                400, u"PrincipalNotFound"_s,
                u"Principal %1 does not exist in the directory %2. Check that you have the "
                "correct principal ID. If you are creating this principal and then "
                "immediately assigning a role, this error might be related to a replication "
                "delay. In this case, set the role assignment principalType property to a "
                "value, such as ServicePrincipal, User, or Group.  See "
                "https://aka.ms/docs-principaltype"_s.arg(QString(principalId).remove(u'-'),
                                                          ctx.state->tenantId));
    // ARM compares a given principalType with the directory's own answer
    // (https://learn.microsoft.com/azure/role-based-access-control/troubleshooting#symptom---assigning-a-role-fails-with-the-error-unmatchedprincipaltype).
    const QString actualType = ctx.state->spById(principalId) ? u"ServicePrincipal"_s : u"User"_s;
    const QString givenType = props.value("principalType"_L1).toString();
    if (!givenType.isEmpty() && givenType.compare(actualType, Qt::CaseInsensitive) != 0)
        return armError(400, u"UnmatchedPrincipalType"_s,
                        u"The PrincipalId '%1' has type '%2' , which is different from specified "
                        "PrincipalType '%3'."_s.arg(QString(principalId).remove(u'-'), actualType,
                                                   givenType));
    for (const RoleAssignment &a : std::as_const(ctx.state->roleAssignments)) {
        const bool sameTriple = a.scope.compare(scope, Qt::CaseInsensitive) == 0
                && a.principalId.compare(principalId, Qt::CaseInsensitive) == 0
                && a.roleDefinitionName.compare(def->name, Qt::CaseInsensitive) == 0;
        if (a.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (sameTriple)
                return Response::json(201, a.toJson());
            return armError(
                    409, u"RoleAssignmentUpdateNotPermitted"_s,
                    u"Tenant ID, application ID, principal ID, and scope are not allowed to "
                    "be updated."_s);
        }
        if (sameTriple)
            return armError(409, u"RoleAssignmentExists"_s,
                            u"The role assignment already exists."_s);
    }
    RoleAssignment a;
    a.name = name.toLower();
    a.scope = scope;
    a.roleDefinitionName = def->name;
    a.principalId = principalId.toLower();
    a.principalType = props.value("principalType"_L1).toString(u"ServicePrincipal"_s);
    a.createdOn = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    ctx.state->roleAssignments.append(a);
    return Response::json(201, a.toJson());
}

const RoleAssignment *findRoleAssignment(const SandboxContext &ctx, const QString &scope,
                                         const QString &name, qsizetype *index = nullptr)
{
    const QList<RoleAssignment> &all = ctx.state->roleAssignments;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].name.compare(name, Qt::CaseInsensitive) == 0
            && all[i].scope.compare(scope, Qt::CaseInsensitive) == 0) {
            if (index)
                *index = i;
            return &all[i];
        }
    }
    return nullptr;
}

const QString ArmScope
        = u"(?<scope>/subscriptions/[^/]+(?:/resourceGroups/[^/]+(?:/providers/[^/]+/[^/]+/[^/]+)?)?|/providers/Microsoft\\.Management/managementGroups/[^/]+)"_s;
const QString AssignmentPath
        = ArmScope + u"/providers/Microsoft\\.Authorization/roleAssignments/(?<name>[^/]+)"_s;
const QString SpPath = u"/v1\\.0/servicePrincipals/(?<id>[0-9a-fA-F-]{36})"_s;

} // namespace

void registerGrantRoutes(Router &router)
{
    for (const bool assignedTo : {false, true}) {
        const QString set = assignedTo ? u"/appRoleAssignedTo"_s : u"/appRoleAssignments"_s;
        router.add(u"graph"_s, "POST", SpPath + set + u"/?"_s,
                   [assignedTo](const Request &req, const QRegularExpressionMatch &m,
                                SandboxContext &ctx) {
                       return createAssignment(req, m, ctx, assignedTo);
                   });
        router.add(u"graph"_s, "DELETE", SpPath + set + u"/(?<assignment>[A-Za-z0-9_-]+)"_s,
                   [assignedTo](const Request &req, const QRegularExpressionMatch &m,
                                SandboxContext &ctx) {
                       return deleteAssignment(req, m, ctx, assignedTo);
                   });
        router.add(u"graph"_s, "GET", SpPath + set + u"/(?<assignment>[A-Za-z0-9_-]+)"_s,
                   [assignedTo](const Request &req, const QRegularExpressionMatch &m,
                                SandboxContext &ctx) {
                       return getAssignment(req, m, ctx, assignedTo);
                   });
    }

    router.add(u"graph"_s, "GET", u"/v1\\.0/users/?"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, ReadUsersAccess))
                       return *denied;
                   QJsonArray value;
                   for (const QJsonObject &u : std::as_const(ctx.state->users))
                       value.append(projectUser(u, req));
                   return Response::json(
                           200,
                           QJsonObject{{"@odata.context"_L1,
                                        "https://graph.microsoft.com/v1.0/$metadata#users"_L1},
                                       {"value"_L1, value}});
               });
    router.add(u"graph"_s, "GET", u"/v1\\.0/users/(?<id>[^/]+)"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, ReadUsersAccess))
                       return *denied;
                   const QString key = m.captured(u"id"_s);
                   for (const QJsonObject &u : std::as_const(ctx.state->users)) {
                       if (u.value("id"_L1).toString().compare(key, Qt::CaseInsensitive) == 0
                           || u.value("userPrincipalName"_L1)
                                           .toString()
                                           .compare(key, Qt::CaseInsensitive)
                                   == 0) {
                           QJsonObject o = projectUser(u, req);
                           o.insert("@odata.context"_L1,
                                    "https://graph.microsoft.com/v1.0/$metadata#users/$entity"_L1);
                           return Response::json(200, o);
                       }
                   }
                   return graphNotFound(req, key);
               });

    router.add(u"arm"_s, "PUT", AssignmentPath, putRoleAssignment);
    router.add(u"arm"_s, "GET", AssignmentPath,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   QJsonObject claims;
                   if (auto denied = armAuthorize(req, ctx, &claims))
                       return *denied;
                   const QString scope = m.captured(u"scope"_s);
                   const QString caller = claims.value("oid"_L1).toString();
                   if (!armAllows(ctx, caller, scope,
                                  u"Microsoft.Authorization/roleAssignments/read"_s))
                       return armForbidden(ctx, caller,
                                           u"Microsoft.Authorization/roleAssignments/read"_s,
                                           scope);
                   const RoleAssignment *a = findRoleAssignment(ctx, scope, m.captured(u"name"_s));
                   if (!a)
                       return armError(404, u"RoleAssignmentNotFound"_s,
                                       u"The role assignment '%1' is not found."_s.arg(
                                               m.captured(u"name"_s)));
                   return Response::json(200, a->toJson());
               });
    router.add(u"arm"_s, "DELETE", AssignmentPath,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   QJsonObject claims;
                   if (auto denied = armAuthorize(req, ctx, &claims))
                       return *denied;
                   const QString scope = m.captured(u"scope"_s);
                   const QString caller = claims.value("oid"_L1).toString();
                   if (auto missing
                       = checkScope(ctx, scope, caller,
                                    u"Microsoft.Authorization/roleAssignments/delete"_s))
                       return *missing;
                   if (!armAllows(ctx, caller, scope,
                                  u"Microsoft.Authorization/roleAssignments/delete"_s))
                       return armForbidden(ctx, caller,
                                           u"Microsoft.Authorization/roleAssignments/delete"_s,
                                           scope);
                   qsizetype index = -1;
                   const RoleAssignment *a
                           = findRoleAssignment(ctx, scope, m.captured(u"name"_s), &index);
                   if (!a)
                       return Response::empty(204); // ARM: deleting what is not there is a no-op
                   const QJsonObject gone = a->toJson();
                   ctx.state->roleAssignments.removeAt(index);
                   return Response::json(200, gone);
               });
}

} // namespace ie::sandbox
