#pragma once

#include "sandbox/router.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace ie::sandbox {

QStringList armAudiences(const SandboxContext &ctx);
// api-version present and well-formed, a valid token for ARM. Returns the error response to send,
// or nothing. `claims` receives the token's claims.
std::optional<Response> armAuthorize(const Request &req, SandboxContext &ctx,
                                     QJsonObject *claims = nullptr);
// Whether `principalId` holds any role assignment at, above or below `scope`.
bool armCanRead(const SandboxContext &ctx, const QString &principalId, const QString &scope);
// Whether `principalId` may perform `action` at `scope` through a role assigned at or above it
// (the role definitions' actions and notActions).
bool armAllows(const SandboxContext &ctx, const QString &principalId, const QString &scope,
               const QString &action);
// ARM's 403 AuthorizationFailed, naming the client as ARM does: a user by UPN, an application
// by its appId, and the object id.
Response armForbidden(const SandboxContext &ctx, const QString &principalId, const QString &action,
                      const QString &scope);
// A page of `items` in ARM's {"value", "nextLink"} shape ($top, $skiptoken).
Response armPage(const Request &req, const SandboxContext &ctx, const QList<QJsonObject> &items,
                 int defaultPageSize);
// The same over `count` items made only for the page asked (`item(i)`): big lists stay cheap.
Response armPage(const Request &req, const SandboxContext &ctx, qsizetype count,
                 const std::function<QJsonObject(qsizetype)> &item, int defaultPageSize);

} // namespace ie::sandbox
