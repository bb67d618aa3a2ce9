#pragma once

#include "auth/credential.h"
#include "net/httpclient.h"

#include <QPointer>
#include <QTimer>

#include <chrono>

namespace ie::auth {

// What the user must do to finish a device code sign-in: open the URL, enter the code.
struct DeviceCodePrompt
{
    QString userCode;
    QUrl verificationUri;
    QString message; // the service's own sentence
    QDateTime expiresOn;
};

// The device authorization grant: POST /{tenant}/oauth2/v2.0/devicecode, show the code
// (userCodeReady), then poll /{tenant}/oauth2/v2.0/token every `interval` seconds, honouring
// authorization_pending (keep polling), slow_down (poll slower), authorization_declined and
// expired_token (stop, say so). cancel() stops it with Kind::Cancelled.
//
// The sign-in's refresh token (memory only, never written anywhere) gets the tokens for every
// further resource with grant_type=refresh_token, as MSAL does: signing in once and then asking
// for ARM after Graph shows no second code. One request to the token endpoint at a time: the
// others wait for it (a refresh token is spent by its use), and requests for the audience being
// signed in share its answer. A refresh the service refuses (invalid_grant, expired or revoked)
// forgets the token and shows a new code.
class DeviceCodeCredential : public Credential
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeCredential)
public:
    struct Options
    {
        QString tenantId = QStringLiteral("organizations");
        // The Azure CLI's public client, as the SDKs use by default.
        QString clientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
        std::chrono::milliseconds slowDownIncrement{5000}; // RFC 8628
        std::chrono::milliseconds minimumInterval{1000}; // tests shrink it
    };

    DeviceCodeCredential(ie::net::HttpClient *client, Options options, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("device-code"); }
    QString displayName() const override { return tr("Device code"); }
    QString tenantId() const override { return m_options.tenantId; }
    void requestToken(const ie::net::TokenRequest &request, Callback done) override;
    void cancel() override;
    // Forgets the refresh token (sign-out).
    void forgetRefreshToken() { m_refreshToken.clear(); }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }

Q_SIGNALS:
    void userCodeReady(const ie::auth::DeviceCodePrompt &prompt);

private:
    struct Flow;
    struct Waiting
    {
        ie::net::TokenRequest request;
        Callback done;
    };
    QUrl endpoint(const QString &tenant, const QString &leaf) const;
    QString scopeFor(const QString &audience) const;
    void startFlow(const ie::net::TokenRequest &request, Callback done);
    void refreshWith(const ie::net::TokenRequest &request, Callback done);
    void poll(const std::shared_ptr<Flow> &flow);
    void schedule(const std::shared_ptr<Flow> &flow);
    // Ends the token endpoint request in flight: `done` gets `result`, then the requests that
    // waited for it go on (the same audience shares the result).
    void finish(const ie::net::TokenRequest &request, const Callback &done, quint64 generation,
                const Result<ie::net::AccessToken> &result);
    void keepRefreshToken(const QJsonObject &answer);

    QPointer<ie::net::HttpClient> m_client;
    Options m_options;
    quint64 m_generation = 0;
    bool m_busy = false; // a sign-in or a refresh is in flight
    QList<Waiting> m_waiting;
    QString m_refreshToken; // memory only
};

} // namespace ie::auth
Q_DECLARE_METATYPE(ie::auth::DeviceCodePrompt)
