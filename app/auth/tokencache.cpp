#include "auth/tokencache.h"

#include "cloud/cloud.h"

#include "auth/logging.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "ie.auth", QtInfoMsg)

namespace ie::auth {

TokenCache::TokenCache(Credential *credential, QString cloudName, QObject *parent)
    : QObject(parent), m_credential(credential), m_cloud(std::move(cloudName))
{ }

TokenCache::~TokenCache() = default;

void TokenCache::setCredential(Credential *credential)
{
    if (m_credential == credential)
        return;
    if (m_credential)
        m_credential->cancel();
    clear();
    m_last.reset();
    m_credential = credential;
}

QString TokenCache::keyFor(const ie::net::TokenRequest &request) const
{
    QString tenant = request.tenantId;
    if (tenant.isEmpty() && m_credential)
        tenant = m_credential->tenantId();
    return m_cloud + u'|' + tenant.toLower() + u'|'
            + ie::Cloud::normalizeAudience(request.audience);
}

void TokenCache::getToken(const ie::net::TokenRequest &request, QObject *context,
                          ie::net::TokenCallback callback)
{
    const QString key = keyFor(request);
    if (!request.forceRefresh && request.claims.isEmpty()) {
        const auto it = m_cache.constFind(key);
        if (it != m_cache.cend() && it->isValidAt(now(), RefreshMarginSeconds)) {
            // Deliver asynchronously, like a fresh acquisition: callers never re-enter.
            const ie::net::AccessToken token = *it;
            QMetaObject::invokeMethod(
                    context ? context : this, [callback, token] { callback(token); },
                    Qt::QueuedConnection);
            return;
        }
    } else {
        m_cache.remove(key);
    }
    QList<Waiter> &waiters = m_waiting[key];
    waiters.append(Waiter{context, context != nullptr, std::move(callback)});
    if (waiters.size() > 1)
        return; // shares the acquisition in flight
    if (!m_credential) {
        QMetaObject::invokeMethod(
                this,
                [this, key] {
                    deliver(key,
                            ApiError::make(ApiError::Kind::Auth,
                                           tr("Not signed in: choose a way to sign in first.")));
                },
                Qt::QueuedConnection);
        return;
    }
    ++m_acquisitions;
    const quint64 generation = m_generation;
    qCDebug(lcAuth) << "acquiring a token for" << request.audience << "with"
                    << m_credential->name();
    QPointer<TokenCache> self(this);
    m_credential->requestToken(request, [self, key, generation](Result<ie::net::AccessToken> r) {
        if (!self)
            return;
        // Always asynchronous towards the callers, even when a credential answers at once.
        QMetaObject::invokeMethod(
                self.data(),
                [self, key, generation, r] {
                    if (!self)
                        return;
                    if (r.ok() && generation == self->m_generation) {
                        self->m_cache.insert(key, *r);
                        self->m_last = *r;
                        Q_EMIT self->tokenAcquired(r->audience, r->tenantId);
                    } else if (!r.ok()) {
                        qCDebug(lcAuth) << "token acquisition failed:" << r.error().summary();
                        Q_EMIT self->acquisitionFailed(r.error());
                    }
                    self->deliver(key, r);
                },
                Qt::QueuedConnection);
    });
}

void TokenCache::deliver(const QString &key, const Result<ie::net::AccessToken> &result)
{
    const QList<Waiter> waiters = m_waiting.take(key);
    for (const Waiter &w : waiters) {
        if (w.hasContext && !w.context)
            continue; // the receiver is gone
        w.callback(result);
    }
}

void TokenCache::clear()
{
    ++m_generation;
    m_cache.clear();
}

} // namespace ie::auth
