#include "auth/clientcredentials.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ie::auth {

ClientCredentialsProvider::ClientCredentialsProvider(ie::net::HttpClient *client, QString tenantId,
                                                     QString clientId, QString clientSecret,
                                                     QObject *parent)
    : QObject(parent),
      m_client(client),
      m_tenantId(std::move(tenantId)),
      m_clientId(std::move(clientId)),
      m_secret(std::move(clientSecret))
{
}

void ClientCredentialsProvider::getToken(const ie::net::TokenRequest &request, QObject *context,
                                         ie::net::TokenCallback callback)
{
    const QString tenant = request.tenantId.isEmpty() ? m_tenantId : request.tenantId;
    const QString audience = ie::Cloud::normalizeAudience(request.audience);
    const QString key = tenant + u'|' + audience;
    if (!request.forceRefresh) {
        const auto it = m_cache.constFind(key);
        if (it != m_cache.cend()
            && it->isValidAt(QDateTime::currentDateTimeUtc(), RefreshMarginSeconds)) {
            // Deliver asynchronously, like a fresh acquisition: callers never re-enter.
            const ie::net::AccessToken token = *it;
            QMetaObject::invokeMethod(
                    context ? context : this,
                    [callback, token] { callback(token); }, Qt::QueuedConnection);
            return;
        }
    } else {
        m_cache.remove(key);
    }
    QList<Waiter> &waiters = m_waiting[key];
    waiters.append(Waiter{context, context != nullptr, std::move(callback)});
    if (waiters.size() == 1)
        acquire(request.audience, tenant);
}

void ClientCredentialsProvider::acquire(const QString &audience, const QString &tenant)
{
    const QString key = tenant + u'|' + ie::Cloud::normalizeAudience(audience);
    if (!m_client) {
        deliver(key, ApiError::make(ApiError::Kind::Auth, tr("No HTTP client.")));
        return;
    }
    ++m_acquisitions;
    QUrl url = m_client->cloud().loginUrl;
    url.setPath(url.path() + u'/' + tenant + u"/oauth2/v2.0/token"_s);
    QString scope = audience;
    while (scope.endsWith(u'/'))
        scope.chop(1);
    if (!scope.endsWith("/.default"_L1))
        scope += u"/.default"_s;
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_id"_s, m_clientId);
    form.addQueryItem(u"client_secret"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_secret)));
    form.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    ie::net::HttpRequest req;
    req.method = "POST";
    req.url = url;
    req.authenticate = false;
    req.body = form.query(QUrl::FullyEncoded).toUtf8();
    req.headers.append({QByteArrayLiteral("Content-Type"),
                        QByteArrayLiteral("application/x-www-form-urlencoded")});
    req.idempotentOverride = true; // a token request may be repeated safely
    m_client->send(req, this, [this, key, audience, tenant](const Result<ie::net::HttpResponse> &r) {
        if (!r.ok()) {
            ApiError e = r.error();
            if (e.kind != ApiError::Kind::Cancelled && e.kind != ApiError::Kind::Network
                && e.kind != ApiError::Kind::Timeout)
                e.kind = ApiError::Kind::Auth;
            deliver(key, e);
            return;
        }
        const QJsonObject o = r->json.object();
        ie::net::AccessToken t;
        t.token = o.value("access_token"_L1).toString().toLatin1();
        const qint64 expiresIn = o.value("expires_in"_L1).toVariant().toLongLong();
        t.expiresOn = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
        t.audience = audience;
        t.tenantId = tenant;
        t.credential = u"client-secret"_s;
        if (t.token.isEmpty() || expiresIn <= 0) {
            deliver(key, ApiError::make(ApiError::Kind::Parse,
                                        tr("The token endpoint's answer has no access token.")));
            return;
        }
        m_cache.insert(key, t);
        deliver(key, t);
    });
}

void ClientCredentialsProvider::deliver(const QString &key, const Result<ie::net::AccessToken> &result)
{
    const QList<Waiter> waiters = m_waiting.take(key);
    for (const Waiter &w : waiters) {
        if (w.hasContext && !w.context)
            continue; // the receiver is gone
        w.callback(result);
    }
}

void ClientCredentialsProvider::clear()
{
    m_cache.clear();
}

} // namespace ie::auth
