#pragma once

#include "net/httpclient.h"
#include "net/tokenprovider.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ie::auth {

// The OAuth 2.0 client credentials grant against the v2.0 token endpoint of a cloud's authority
// (`scope={resource}/.default`), with an in-memory cache per audience: a token is reused until a
// few minutes before it expires, and concurrent requests for one audience share one acquisition.
// The secret is handed in by the caller (read from the keychain, or the sandbox's documented
// one) and is never logged.
class ClientCredentialsProvider : public QObject, public ie::net::TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCredentialsProvider)
public:
    ClientCredentialsProvider(ie::net::HttpClient *client, QString tenantId, QString clientId,
                              QString clientSecret, QObject *parent = nullptr);

    static constexpr int RefreshMarginSeconds = 300;

    void getToken(const ie::net::TokenRequest &request, QObject *context,
                  ie::net::TokenCallback callback) override;
    void clear(); // forget every cached token
    int acquisitions() const { return m_acquisitions; } // token endpoint calls made

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        ie::net::TokenCallback callback;
    };
    void acquire(const QString &audience, const QString &tenant);
    void deliver(const QString &key, const Result<ie::net::AccessToken> &result);

    QPointer<ie::net::HttpClient> m_client;
    QString m_tenantId;
    QString m_clientId;
    QString m_secret;
    QHash<QString, ie::net::AccessToken> m_cache;
    QHash<QString, QList<Waiter>> m_waiting;
    int m_acquisitions = 0;
};

} // namespace ie::auth
