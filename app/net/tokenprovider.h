#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace ie::net {

// An access token as it lives in memory: never logged, never written anywhere.
struct AccessToken
{
    QByteArray token; // the compact JWT
    QDateTime expiresOn; // UTC
    QString audience; // the resource it was asked for
    QString tenantId;
    QString credential; // which credential produced it ("sandbox", "cli", ...)

    bool isValidAt(const QDateTime &now, int marginSeconds = 0) const
    {
        return !token.isEmpty() && expiresOn.isValid() && now.addSecs(marginSeconds) < expiresOn;
    }
};

struct TokenRequest
{
    QString audience; // resource URI, e.g. "https://graph.microsoft.com"
    QString tenantId; // empty: the credential's own tenant
    QString claims; // a claims challenge from a 401 (WWW-Authenticate), to pass to the authority
    bool forceRefresh = false; // skip the cache (after a 401)
};

using TokenCallback = std::function<void(Result<AccessToken>)>;

// Where app/net gets bearer tokens. Implemented by app/auth (credentials behind a cache).
class TokenProvider
{
public:
    virtual ~TokenProvider() = default;
    // Calls `callback` exactly once, on the thread of `context`, unless `context` is destroyed
    // first (then never). Never blocks.
    virtual void getToken(const TokenRequest &request, QObject *context, TokenCallback callback) = 0;
};

} // namespace ie::net
