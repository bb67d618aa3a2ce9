#pragma once

#include "sandbox/router.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ie::sandbox {

// The audiences Graph accepts in the sandbox: the public ones and the sandbox's own base URL.
QStringList graphAudiences(const SandboxContext &ctx);
// Checks the bearer token and that it carries one of `anyOf` (app roles or delegated scopes; an
// empty list only checks the token). Returns the error response to send, or nothing when the
// caller may go on. `claims` receives the token's claims.
std::optional<Response> graphAuthorize(const Request &req, SandboxContext &ctx,
                                       const QStringList &anyOf, QJsonObject *claims = nullptr);

} // namespace ie::sandbox
