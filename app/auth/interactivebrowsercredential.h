#pragma once

#include "auth/credential.h"
#include "net/httpclient.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace ie::auth {

class LoopbackRedirectListener;
class SecretStore;

// The interactive browser sign-in: the OAuth 2.0 authorization code grant with PKCE (RFC 7636,
// S256) against /{tenant}/oauth2/v2.0/authorize and /token, and a loopback redirect to
// http://localhost:PORT/ on an ephemeral port. The credential never opens a browser itself: it
// emits openUrl() and the UI (QDesktopServices) or the command line (stderr, xdg-open) does.
//
// The refresh token lives in memory and, when a SecretStore is given, in the OS keychain under
// SecretStore::refreshTokenKey(cloud, tenant, client id), never anywhere else: the next start
// (another instance) signs in silently with grant_type=refresh_token. A refresh the service
// refuses with invalid_grant deletes the stale entry and falls back to the browser.
//
// cancel() ends a sign-in that waits for the browser at once (Kind::Cancelled) and closes the
// listener; no answer within Options::timeout ends it with Kind::Timeout.
class InteractiveBrowserCredential : public Credential
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractiveBrowserCredential)
public:
    struct Options
    {
        QString tenantId = QStringLiteral("organizations");
        // The Azure CLI's public client, as the SDKs use by default.
        QString clientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
        std::chrono::milliseconds timeout{std::chrono::minutes(5)};
        SecretStore *store = nullptr; // not owned; null: the refresh token is kept in memory only
    };

    InteractiveBrowserCredential(ie::net::HttpClient *client, Options options,
                                 QObject *parent = nullptr);
    ~InteractiveBrowserCredential() override;

    QString name() const override { return QStringLiteral("browser"); }
    QString displayName() const override { return tr("Interactive browser"); }
    QString tenantId() const override { return m_options.tenantId; }
    void requestToken(const ie::net::TokenRequest &request, Callback done) override;
    void cancel() override;

    // True while a sign-in waits for the browser's redirect.
    bool isWaitingForBrowser() const { return m_listener != nullptr; }
    // The authorize URL of the sign-in in progress (what openUrl() was given), or empty.
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    // The keychain entry the refresh token is kept under (for sign-out).
    QString refreshTokenKey() const;
    // Keychain writes of the refresh token not finished yet (a command line waits for them).
    int pendingKeychainWrites() const { return m_pendingWrites; }
    // Forgets the refresh token held in memory (sign-out); the keychain entry is the caller's.
    void forgetRefreshToken() { m_refreshToken.clear(); }

    // RFC 7636: a verifier of 64 characters of [A-Za-z0-9-._~] from the system CSPRNG, and its
    // S256 challenge, BASE64URL(SHA256(verifier)) without padding.
    static QString makeCodeVerifier();
    static QString codeChallenge(const QString &verifier);

Q_SIGNALS:
    // Open this URL in the user's browser (or show it to them to open).
    void openUrl(const QUrl &url);
    // pendingKeychainWrites() dropped to 0.
    void keychainWritesFinished();

private:
    struct Pending
    {
        ie::net::TokenRequest request;
        QString tenant;
        Callback done;
    };

    QUrl endpoint(const QString &tenant, const QString &leaf) const;
    QString scopeFor(const QString &audience) const;
    void refreshWith(const QString &refreshToken, Pending pending, quint64 generation);
    void refreshDone();
    void beginInteractive(Pending pending);
    void onRedirect(const QUrlQuery &query);
    void redeem(const QString &code);
    void finishInteractive(const Result<ie::net::AccessToken> &result);
    Result<ie::net::AccessToken> tokenFrom(const ie::net::HttpResponse &response,
                                           const Pending &pending, const QDateTime &asked);
    void keepRefreshToken(const QString &refreshToken);
    void closeListener();

    QPointer<ie::net::HttpClient> m_client;
    Options m_options;
    quint64 m_generation = 0;
    int m_pendingWrites = 0;
    QString m_refreshToken; // memory only; the keychain has the persistent copy
    // A refresh token is spent by its use: one refresh at a time, the others wait for its answer.
    bool m_refreshing = false;
    QList<Pending> m_refreshWaiting;

    // The sign-in waiting for the browser: requests that arrived meanwhile wait with it.
    LoopbackRedirectListener *m_listener = nullptr;
    QList<Pending> m_waiting;
    QString m_verifier;
    QString m_state;
    QUrl m_redirectUri;
    QUrl m_authorizationUrl;
    QTimer m_timeout;
};

} // namespace ie::auth
