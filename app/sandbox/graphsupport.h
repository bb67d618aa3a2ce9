#pragma once

#include "sandbox/router.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ie::sandbox {

struct ServicePrincipal;

// The audiences Graph accepts in the sandbox: the public ones and the sandbox's own base URL.
QStringList graphAudiences(const SandboxContext &ctx);
// What a Graph operation needs, from its reference page's "Permissions" section: an app-only
// token needs the permissions in `roles`, a delegated token the same in `scp` AND a signed-in
// user who holds one of `directoryRoles` (Graph allows what both the client's scopes and the
// user's roles allow; empty: any member user, by the default user permissions).
struct GraphAccess
{
    QStringList anyOf; // one of these permissions (empty: a valid token is enough)
    QStringList andOneOf; // and one of these too (empty: nothing more)
    QStringList directoryRoles; // delegated only: display names of Entra built-in roles
    // App-only: directory roles (display names) whose holder may do this without any of `anyOf`,
    // as Graph honours the roles of a service principal (its token's `wids`); the role must be in
    // the token and still held now.
    QStringList appDirectoryRoles = {};
};

// Whether the token's claims are a user's (delegated) rather than an application's.
bool isDelegated(const QJsonObject &claims);

// Checks the bearer token and what it may do. Returns the error response to send (401 for the
// token, 403 Authorization_RequestDenied for the permission or role), or nothing when the caller
// may go on. `claims` receives the token's claims.
std::optional<Response> graphAuthorize(const Request &req, SandboxContext &ctx,
                                       const GraphAccess &access, QJsonObject *claims = nullptr);
// The same with only `anyOf` (any member user may, delegated).
std::optional<Response> graphAuthorize(const Request &req, SandboxContext &ctx,
                                       const QStringList &anyOf, QJsonObject *claims = nullptr);
// Graph's paging of a collection: $top (1..999, `fallback` when absent), $skiptoken (the offset
// the sandbox's own @odata.nextLink carries), and the next page's link. Each returns the 400 to
// send when the option is invalid.
std::optional<Response> parseTop(const Request &req, int fallback, int *top);
std::optional<Response> parseSkipToken(const Request &req, qsizetype *offset);
QString nextLink(const Request &req, qsizetype next);
// The 403 Graph answers when the token or the user lacks what the operation needs.
Response graphDenied(const Request &req);
// The 404 Graph answers for an object that does not exist (`key`: its id or appId), from
// https://learn.microsoft.com/graph/errors (Request_ResourceNotFound).
Response graphNotFound(const Request &req, const QString &key);
// The path of one service principal, by object id (group "id") or by appId (group "appId"):
// /v1.0/servicePrincipals/{id} or /v1.0/servicePrincipals(appId='{appId}').
extern const QString ServicePrincipalKey;
// The service principal such a path names, or nullptr.
const ServicePrincipal *servicePrincipalOf(const SandboxContext &ctx,
                                           const QRegularExpressionMatch &m);
// The directory roles that may read or change app role assignments (the "rbac-approleassignments"
// lists of the Graph reference), and the ones that may grant or revoke app roles of Microsoft
// Graph and Azure AD Graph themselves (Privileged Role Administrator is the least privileged).
QStringList rolesReadingAppRoleAssignments();
QStringList rolesWritingAppRoleAssignments();
QStringList rolesWritingGraphAppRoleAssignments();

} // namespace ie::sandbox
