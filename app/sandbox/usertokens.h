#pragma once

// Delegated (user) tokens as Entra ID issues them to a public client after a browser, device code
// or refresh token grant: the access token carries the delegated scopes the client has been
// granted on the resource (`scp`, from the tenant's oauth2PermissionGrants; Entra answers
// AADSTS65001 consent_required when there is none), the user's directory roles (`wids`), `oid`,
// `upn`/`preferred_username`, `name`, `idtyp=user`, in the token version the resource asks for.
// The response holds a refresh token (offline_access), an id_token (openid) and client_info
// (client_info=1), and its shape follows the endpoint asked (v1.0: `resource`, `expires_on`;
// v2.0: `scope`).

#include "sandbox/router.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ie::sandbox {

struct UserTokenRequest
{
    QString userId; // object id of the signed-in sandbox user
    QString clientId;
    // v2.0: the scopes asked ("https://graph.microsoft.com/.default offline_access openid").
    // v1.0: the OpenID scopes only; `resource` names the resource.
    QString scope;
    QString resource;
    bool v2 = true;
    bool clientInfo = false; // the client sent client_info=1
    // A refresh token grant: the new refresh token comes whether or not offline_access is asked
    // again (its first grant had it).
    bool refreshGrant = false;
    QString nonce; // from the authorize request, echoed in the id_token
    QUrl authority; // the login origin the client asked (issuers name it)
};

// The token response (200), or Entra's error for the request: several resources in one scope
// (AADSTS28000), an unknown resource (AADSTS500011), no consent for the client (AADSTS65001),
// an unknown user (AADSTS50034).
Response issueUserTokens(const UserTokenRequest &request, SandboxContext &ctx);

// The user an interactive sign-in signs in as: the one `loginHint` names (a UPN or object id),
// else SandboxContext::interactiveUser, else the tenant's first user. Null when the hint names
// nobody in the tenant.
const QJsonObject *interactiveUser(const SandboxContext &ctx, const QString &loginHint = {});

// Entra's answer to a sign-in hint that names nobody in the tenant (AADSTS50034).
Response unknownUser(const SandboxContext &ctx, const QString &name);

} // namespace ie::sandbox
