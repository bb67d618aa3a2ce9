#pragma once

#include "core/result.h"
#include "net/tokenprovider.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace ie::auth {

// One way of getting an access token (sandbox, client secret, managed identity, Azure CLI, device
// code, pasted token, a chain of them). A credential always acquires afresh: caching and sharing
// of acquisitions are the TokenCache's job, so every credential gets them for free.
//
// requestToken() never blocks and calls `done` exactly once, on the credential's thread, unless
// the credential is destroyed first. An error of Kind::Unsupported means "this credential is not
// available here" (no managed identity endpoint, no `az`, variables not set): a chain moves on.
class Credential : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Credential)
public:
    using Callback = std::function<void(Result<ie::net::AccessToken>)>;

    explicit Credential(QObject *parent = nullptr) : QObject(parent) { }

    // A stable machine name: "sandbox", "secret", "managed-identity", "cli", "device-code",
    // "environment", "workload-identity", "pasted", "chain".
    virtual QString name() const = 0;
    // For the status bar and messages ("Azure CLI", "Managed identity (IMDS)", ...).
    virtual QString displayName() const = 0;
    // The tenant the credential signs in to, when it knows it (empty: the token says).
    virtual QString tenantId() const { return {}; }

    virtual void requestToken(const ie::net::TokenRequest &request, Callback done) = 0;
    // Abandons what is in flight: pending callbacks get Kind::Cancelled.
    virtual void cancel() { }
};

// "https://graph.microsoft.com" -> "https://graph.microsoft.com/.default" (v2.0 scope).
QString scopeForResource(const QString &resource);
// "https://graph.microsoft.com/.default" -> "https://graph.microsoft.com" (v1 resource).
QString resourceForScope(const QString &scope);
// Whether `tenant` can be a tenant: a GUID, a domain name ("contoso.onmicrosoft.com"),
// "organizations", "common" or "consumers". The Azure SDKs' rule (letters, digits, '-' and '.'),
// and no empty label, so that a tenant can never add a path segment ("../") to a sign-in URL.
bool isValidTenantId(const QString &tenant);
// The error for a tenant that is not one, naming where it came from ("--tenant", ...).
ApiError invalidTenantError(const QString &tenant, const QString &source);
// The claims of a compact JWT (no signature check): for the tenant and expiry of tokens that
// come without them (pasted tokens, some az versions).
QJsonObject unverifiedClaims(const QByteArray &jwt);

} // namespace ie::auth
