// Microsoft Entra directory roles through Graph's unified RBAC API (the directory provider):
// role definitions, active role assignments (list with $filter and $expand=roleDefinition, get,
// create, delete) and eligibility schedules (PIM), in the documented v1.0 shapes:
//   https://learn.microsoft.com/graph/api/rbacapplication-list-roledefinitions
//   https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments
//   https://learn.microsoft.com/graph/api/rbacapplication-post-roleassignments
//   https://learn.microsoft.com/graph/api/unifiedroleassignment-delete
//   https://learn.microsoft.com/graph/api/rbacapplication-list-roleeligibilityschedules
// Reads need RoleManagement.Read.Directory, Directory.Read.All or their ReadWrite (delegated: a
// user in Directory Readers, Global Reader, Privileged Role Administrator or Global Administrator);
// writes RoleManagement.ReadWrite.Directory (delegated: Privileged Role Administrator or Global
// Administrator). The sandbox tenant has no Entra ID P2 licence: eligibility schedules answer as
// Graph does in such a tenant (400 AadPremiumLicenseRequired).

#include "sandbox/graphsupport.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

const QString Base = u"/v1\\.0/roleManagement/directory"_s;

GraphAccess readAccess()
{
    return {{u"RoleManagement.Read.Directory"_s, u"RoleManagement.Read.All"_s,
             u"Directory.Read.All"_s, u"RoleManagement.ReadWrite.Directory"_s,
             u"Directory.ReadWrite.All"_s},
            {},
            {u"Directory Readers"_s, u"Global Reader"_s, u"Privileged Role Administrator"_s,
             u"Global Administrator"_s}};
}

GraphAccess writeAccess()
{
    return {{u"RoleManagement.ReadWrite.Directory"_s},
            {},
            {u"Privileged Role Administrator"_s, u"Global Administrator"_s}};
}

// The bundled catalog's descriptions of the built-in roles, by template id.
const QHash<QString, QJsonObject> &catalogRoles()
{
    static const QHash<QString, QJsonObject> roles = [] {
        QHash<QString, QJsonObject> out;
        QFile f(u":/catalog/entra-directory-roles.json"_s);
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonArray all
                    = QJsonDocument::fromJson(f.readAll()).object().value("roles"_L1).toArray();
            for (const QJsonValue &v : all)
                out.insert(v.toObject().value("templateId"_L1).toString().toLower(), v.toObject());
        }
        return out;
    }();
    return roles;
}

// unifiedRoleDefinition: https://learn.microsoft.com/graph/api/resources/unifiedroledefinition
QJsonObject definitionJson(const DirectoryRole &r)
{
    const QJsonObject known = catalogRoles().value(r.templateId.toLower());
    return {{"id"_L1, r.templateId},
            {"description"_L1, known.value("description"_L1).toString()},
            {"displayName"_L1, r.displayName},
            {"isBuiltIn"_L1, true},
            {"isEnabled"_L1, true},
            {"resourceScopes"_L1, QJsonArray{"/"_L1}},
            {"templateId"_L1, r.templateId},
            {"version"_L1, "1"_L1},
            {"rolePermissions"_L1, QJsonArray{}}};
}

bool isGuid(const QString &s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

// "principalId eq '{id}'" or "roleDefinitionId eq '{id}'" (the filters the API supports on
// these properties, combined with "and"); nothing for a filter it does not.
std::optional<QHash<QString, QString>> parseFilter(const QString &text)
{
    QHash<QString, QString> out;
    if (text.trimmed().isEmpty())
        return out;
    static const QRegularExpression clause(
            uR"(^\s*(principalId|roleDefinitionId|directoryScopeId)\s+eq\s+'([^']*)'\s*$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : text.split(u" and "_s, Qt::SkipEmptyParts, Qt::CaseInsensitive)) {
        const QRegularExpressionMatch m = clause.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        out.insert(m.captured(1).toLower(), m.captured(2));
    }
    return out;
}

QJsonObject assignmentJson(const DirectoryRoleAssignment &a, const TenantState &state,
                           bool expandDefinition)
{
    QJsonObject o = a.toJson();
    if (expandDefinition) {
        if (const DirectoryRole *r = state.directoryRole(a.roleDefinitionId))
            o.insert("roleDefinition"_L1, definitionJson(*r));
    }
    return o;
}

Response listAssignments(const Request &req, SandboxContext &ctx)
{
    if (auto denied = graphAuthorize(req, ctx, readAccess()))
        return *denied;
    const auto filter = parseFilter(req.queryValue(u"$filter"_s));
    if (!filter)
        return graphError(req, 400, u"BadRequest"_s,
                          u"Invalid filter clause: only eq on principalId, roleDefinitionId and "
                          "directoryScopeId is supported."_s);
    const QString expand = req.queryValue(u"$expand"_s).trimmed();
    if (!expand.isEmpty() && expand.compare("roleDefinition"_L1, Qt::CaseInsensitive) != 0
        && expand.compare("principal"_L1, Qt::CaseInsensitive) != 0)
        return graphError(req, 400, u"BadRequest"_s,
                          u"Could not find a property named '%1' on type "
                          "'microsoft.graph.unifiedRoleAssignment'."_s.arg(expand));
    const bool expandDefinition = expand.compare("roleDefinition"_L1, Qt::CaseInsensitive) == 0;
    QJsonArray value;
    for (const DirectoryRoleAssignment &a : std::as_const(ctx.state->directoryRoleAssignments)) {
        const QString principal = filter->value(u"principalid"_s);
        const QString role = filter->value(u"roledefinitionid"_s);
        const QString scope = filter->value(u"directoryscopeid"_s);
        if ((!principal.isEmpty() && a.principalId.compare(principal, Qt::CaseInsensitive) != 0)
            || (!role.isEmpty() && a.roleDefinitionId.compare(role, Qt::CaseInsensitive) != 0)
            || (!scope.isEmpty() && a.directoryScopeId != scope))
            continue;
        value.append(assignmentJson(a, *ctx.state, expandDefinition));
    }
    return Response::json(
            200,
            QJsonObject{{"@odata.context"_L1,
                         u"https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/"
                         "roleAssignments"_s
                                 + (expandDefinition ? u"(roleDefinition())"_s : QString())},
                        {"value"_L1, value}});
}

bool principalExists(const TenantState &state, const QString &id)
{
    return state.spById(id) || state.user(id);
}

Response createAssignment(const Request &req, SandboxContext &ctx)
{
    if (auto denied = graphAuthorize(req, ctx, writeAccess()))
        return *denied;
    QJsonParseError pe{};
    const QJsonObject body = QJsonDocument::fromJson(req.body, &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return graphError(req, 400, u"BadRequest"_s,
                          u"Unable to read JSON request payload. Please ensure Content-Type header "
                          "is set and payload is of valid JSON format."_s);
    const QString principalId = body.value("principalId"_L1).toString();
    const QString roleId = body.value("roleDefinitionId"_L1).toString();
    const QString scope = body.value("directoryScopeId"_L1).toString();
    if (!isGuid(principalId))
        return graphError(req, 400, u"Request_BadRequest"_s,
                          u"Invalid value specified for property 'principalId' of resource "
                          "'UnifiedRoleAssignment'."_s);
    if (scope.isEmpty() && body.value("appScopeId"_L1).toString().isEmpty())
        return graphError(req, 400, u"Request_BadRequest"_s,
                          u"Either directoryScopeId or appScopeId must be specified."_s);
    if (scope != "/"_L1)
        // The sandbox tenant has no administrative units (and scoping to one application is not
        // what the app does): such a scope names nothing that exists.
        return graphNotFound(req, scope);
    if (!principalExists(*ctx.state, principalId))
        return graphNotFound(req, principalId);
    if (!ctx.state->directoryRole(roleId))
        return graphNotFound(req, roleId);
    bool existing = false;
    const DirectoryRoleAssignment a
            = ctx.state->addDirectoryRoleAssignment(principalId, roleId, scope, &existing);
    if (existing)
        // What Graph answers for a second identical assignment.
        return graphError(req, 400, u"Request_BadRequest"_s,
                          u"A conflicting object with one or more of the specified property "
                          "values is present in the directory."_s);
    QJsonObject o = a.toJson();
    o.insert("@odata.context"_L1,
             "https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/"
             "roleAssignments/$entity"_L1);
    Response r = Response::json(201, o);
    r.headers.append(
            {"Location",
             (req.origin.toString() + u"/v1.0/roleManagement/directory/roleAssignments/"_s + a.id)
                     .toUtf8()});
    return r;
}

} // namespace

void registerDirectoryRoleRoutes(Router &router)
{
    router.add(u"graph"_s, "GET", Base + u"/roleDefinitions/?"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, readAccess()))
                       return *denied;
                   QJsonArray value;
                   for (const DirectoryRole &r : std::as_const(ctx.state->directoryRoles))
                       value.append(definitionJson(r));
                   return Response::json(
                           200,
                           QJsonObject{{"@odata.context"_L1,
                                        "https://graph.microsoft.com/v1.0/$metadata#"
                                        "roleManagement/directory/roleDefinitions"_L1},
                                       {"value"_L1, value}});
               });
    router.add(u"graph"_s, "GET", Base + u"/roleAssignments/?"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   return listAssignments(req, ctx);
               });
    router.add(u"graph"_s, "POST", Base + u"/roleAssignments/?"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   return createAssignment(req, ctx);
               });
    router.add(u"graph"_s, "GET", Base + u"/roleAssignments/(?<id>[A-Za-z0-9_-]+)"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, readAccess()))
                       return *denied;
                   for (const DirectoryRoleAssignment &a :
                        std::as_const(ctx.state->directoryRoleAssignments)) {
                       if (a.id == m.captured(u"id"_s)) {
                           QJsonObject o = assignmentJson(a, *ctx.state,
                                                          req.queryValue(u"$expand"_s)
                                                                  == "roleDefinition"_L1);
                           o.insert("@odata.context"_L1,
                                    "https://graph.microsoft.com/v1.0/$metadata#roleManagement/"
                                    "directory/roleAssignments/$entity"_L1);
                           return Response::json(200, o);
                       }
                   }
                   return graphNotFound(req, m.captured(u"id"_s));
               });
    router.add(u"graph"_s, "DELETE", Base + u"/roleAssignments/(?<id>[A-Za-z0-9_-]+)"_s,
               [](const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, writeAccess()))
                       return *denied;
                   if (!ctx.state->removeDirectoryRoleAssignment(m.captured(u"id"_s)))
                       return graphNotFound(req, m.captured(u"id"_s));
                   Response r;
                   r.status = 204;
                   return r;
               });
    // PIM needs Microsoft Entra ID P2 (or ID Governance), which the sandbox tenant does not have.
    // Graph then answers 400 AadPremiumLicenseRequired, after the permission check.
    router.add(u"graph"_s, "GET", Base + u"/roleEligibilitySchedules/?"_s,
               [](const Request &req, const QRegularExpressionMatch &, SandboxContext &ctx) {
                   if (auto denied = graphAuthorize(req, ctx, readAccess()))
                       return *denied;
                   return graphError(req, 400, u"AadPremiumLicenseRequired"_s,
                                     u"The tenant needs to have Microsoft Entra ID P2 or "
                                     "Microsoft Entra ID Governance license."_s);
               });
}

} // namespace ie::sandbox
