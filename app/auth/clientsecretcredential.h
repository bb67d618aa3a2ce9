#pragma once

#include "auth/credential.h"
#include "net/httpclient.h"

#include <QPointer>
#include <QUrl>

#include <functional>

namespace ie::auth {

// The OAuth 2.0 client credentials grant against the v2.0 token endpoint of a cloud's authority
// (`/{tenant}/oauth2/v2.0/token`, `scope={resource}/.default`) with a client secret or, for
// workload identity federation, a client assertion (a JWT read when each token is asked for). The
// secret is handed in by the caller (read from the keychain, or the sandbox's documented one) and
// never logged: HttpClient redacts it from the activity log.
class ClientSecretCredential : public Credential
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSecretCredential)
public:
    // Returns the assertion (a JWT), or why there is none.
    using AssertionSource = std::function<Result<QByteArray>()>;
    // Returns an assertion made for the token endpoint it is posted to (its aud claim).
    using EndpointAssertionSource = std::function<Result<QByteArray>(const QUrl &tokenEndpoint)>;

    ClientSecretCredential(ie::net::HttpClient *client, QString tenantId, QString clientId,
                           QString clientSecret, QObject *parent = nullptr);
    ClientSecretCredential(ie::net::HttpClient *client, QString tenantId, QString clientId,
                           AssertionSource assertion, QObject *parent = nullptr);

    // "secret" by default; the sandbox and environment credentials name themselves.
    void setName(const QString &name, const QString &displayName);
    // Sign in with assertions made per token endpoint (a client certificate) instead.
    void setEndpointAssertion(EndpointAssertionSource source);
    // Another authority host than the cloud's login URL (AZURE_AUTHORITY_HOST).
    void setAuthorityHost(const QUrl &host) { m_authority = host; }
    QString clientId() const { return m_clientId; }

    QString name() const override { return m_name; }
    QString displayName() const override;
    QString tenantId() const override { return m_tenantId; }
    void requestToken(const ie::net::TokenRequest &request, Callback done) override;

private:
    QPointer<ie::net::HttpClient> m_client;
    QString m_tenantId;
    QString m_clientId;
    QString m_secret;
    AssertionSource m_assertion;
    EndpointAssertionSource m_endpointAssertion;
    QUrl m_authority;
    QString m_name = QStringLiteral("secret");
    QString m_displayName;
};

// Decodes a v2.0 (or v1) token endpoint answer into an AccessToken. `now` is when it was asked.
Result<ie::net::AccessToken> tokenFromOAuthResponse(const QJsonObject &body,
                                                    const QString &audience, const QString &tenant,
                                                    const QString &credential,
                                                    const QDateTime &now);

} // namespace ie::auth
