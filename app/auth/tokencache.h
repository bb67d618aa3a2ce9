#pragma once

#include "auth/credential.h"
#include "net/tokenprovider.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ie::auth {

// The in-memory token cache in front of one credential, and the TokenProvider app/net asks.
// Tokens are kept per cloud, tenant and audience and reused until RefreshMarginSeconds before
// they expire; concurrent requests for one key share one acquisition. forceRefresh (what app/net
// sets after a 401, with the claims challenge if there was one) drops the cached token and
// acquires once; app/net never asks twice for one request, so a challenge cannot loop.
// Nothing here is ever written anywhere.
class TokenCache : public QObject, public ie::net::TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCache)
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int RefreshMarginSeconds = 300;

    // `credential` is not owned (may be null: every request then fails with Kind::Auth).
    explicit TokenCache(Credential *credential = nullptr, QString cloudName = {},
                        QObject *parent = nullptr);
    ~TokenCache() override;

    void setCredential(Credential *credential); // forgets every token
    Credential *credential() const { return m_credential; }
    void setCloudName(const QString &cloudName) { m_cloud = cloudName; }
    void setClock(Clock clock) { m_clock = std::move(clock); } // tests

    void getToken(const ie::net::TokenRequest &request, QObject *context,
                  ie::net::TokenCallback callback) override;
    void clear(); // forget every cached token (sign-out); acquisitions in flight still end
    int acquisitions() const { return m_acquisitions; } // credential calls made
    int size() const { return int(m_cache.size()); }
    // The last token acquired (who is signed in, for the status bar), if any.
    std::optional<ie::net::AccessToken> lastToken() const { return m_last; }

Q_SIGNALS:
    void tokenAcquired(const QString &audience, const QString &tenantId);
    void acquisitionFailed(const ApiError &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        ie::net::TokenCallback callback;
    };
    QString keyFor(const ie::net::TokenRequest &request) const;
    void deliver(const QString &key, const Result<ie::net::AccessToken> &result);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    QPointer<Credential> m_credential;
    QString m_cloud;
    Clock m_clock;
    QHash<QString, ie::net::AccessToken> m_cache;
    QHash<QString, QList<Waiter>> m_waiting;
    quint64 m_generation = 0; // bumped by clear()/setCredential(): late results are not cached
    int m_acquisitions = 0;
    std::optional<ie::net::AccessToken> m_last;
};

} // namespace ie::auth
