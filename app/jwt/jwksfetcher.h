#pragma once

#include "core/result.h"
#include "jwt/decodedtoken.h"
#include "jwt/keyset.h"
#include "jwt/signaturecheck.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

namespace ie::net {
class HttpClient;
}

namespace ie::jwt {

// Finds an issuer's signing keys the way an API does: {issuer}/.well-known/openid-configuration,
// then its jwks_uri. Both must be https on the login host of a known cloud or of the client's
// current cloud (the sandbox on loopback), so a forged "iss" cannot make the app fetch from
// anywhere. No token is ever attached. Key sets are cached per issuer with their fetch time.
class JwksFetcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JwksFetcher)
public:
    using KeysCallback = std::function<void(Result<KeySet>)>;
    using CheckCallback = std::function<void(SignatureCheck)>;

    explicit JwksFetcher(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~JwksFetcher() override;

    // Calls `callback` once on `context`'s thread unless `context` is gone first.
    void keysFor(const QString &issuer, QObject *context, KeysCallback callback,
                 bool refresh = false);
    // Fetches (or takes from the cache) the issuer's keys and verifies `token` with them.
    void verify(const DecodedToken &token, QObject *context, CheckCallback callback,
                bool refresh = false);

    const KeySet *cached(const QString &issuer) const;
    void clearCache() { m_cache.clear(); }

    // The OpenID configuration URL for `issuer`, or why it may not be fetched.
    Result<QUrl> configurationUrl(const QString &issuer) const;
    bool isAllowedKeyHost(const QUrl &url) const;

private:
    QList<QUrl> allowedLoginUrls() const;

    ie::net::HttpClient *m_client;
    QHash<QString, KeySet> m_cache;
};

} // namespace ie::jwt
