#include "auth/devicecodecredential.h"

#include "auth/clientsecretcredential.h"
#include "auth/logging.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ie::auth {

struct DeviceCodeCredential::Flow
{
    ie::net::TokenRequest request;
    QString tenant;
    Callback done;
    quint64 generation = 0;
    QString deviceCode;
    std::chrono::milliseconds interval{5000};
    QDateTime expiresOn;
};

DeviceCodeCredential::DeviceCodeCredential(ie::net::HttpClient *client, Options options,
                                           QObject *parent)
    : Credential(parent), m_client(client), m_options(std::move(options))
{ }

QUrl DeviceCodeCredential::endpoint(const QString &tenant, const QString &leaf) const
{
    QUrl url = m_client->cloud().loginUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + tenant + u"/oauth2/v2.0/"_s + leaf);
    return url;
}

static ie::net::HttpRequest formPost(const QUrl &url, const QUrlQuery &form)
{
    ie::net::HttpRequest req;
    req.method = "POST";
    req.url = url;
    req.authenticate = false;
    req.anyStatus = true; // the polling answers are 400s that mean "go on"
    req.carriesSecret = true; // the device code is a grant
    req.body = form.query(QUrl::FullyEncoded).toUtf8();
    req.headers.append({QByteArrayLiteral("Content-Type"),
                        QByteArrayLiteral("application/x-www-form-urlencoded")});
    req.idempotentOverride = true;
    return req;
}

QString DeviceCodeCredential::scopeFor(const QString &audience) const
{
    // As MSAL asks: the resource's scopes, a refresh token and the user's identity.
    return scopeForResource(audience) + u" offline_access openid profile"_s;
}

void DeviceCodeCredential::requestToken(const ie::net::TokenRequest &request, Callback done)
{
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Auth, tr("No HTTP client.")));
        return;
    }
    if (m_busy) { // one token endpoint request at a time: this one waits for it
        m_waiting.append({request, std::move(done)});
        return;
    }
    m_busy = true;
    if (!m_refreshToken.isEmpty())
        refreshWith(request, std::move(done));
    else
        startFlow(request, std::move(done));
}

void DeviceCodeCredential::finish(const ie::net::TokenRequest &request, const Callback &done,
                                  quint64 generation, const Result<ie::net::AccessToken> &result)
{
    if (generation != m_generation) { // cancelled meanwhile: the queue is not this one's
        done(result.ok() ? Result<ie::net::AccessToken>(
                                   ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")))
                         : result);
        return;
    }
    m_busy = false;
    QList<Waiting> waiting = std::exchange(m_waiting, {});
    const QPointer<DeviceCodeCredential> self(this);
    done(result);
    for (Waiting &w : waiting) {
        if (!self) { // the callback ended this credential: the others are cancelled
            w.done(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
            continue;
        }
        if (!result.ok()
            && (result.error().kind == ApiError::Kind::Cancelled || m_refreshToken.isEmpty()))
            w.done(result.error()); // no sign-in to go on with: no second code for them
        else if (result.ok() && w.request.audience == request.audience && w.request.claims.isEmpty()
                 && w.request.tenantId == request.tenantId)
            w.done(result);
        else
            requestToken(w.request, std::move(w.done));
    }
}

void DeviceCodeCredential::keepRefreshToken(const QJsonObject &answer)
{
    const QString refresh = answer.value("refresh_token"_L1).toString();
    if (!refresh.isEmpty())
        m_refreshToken = refresh;
}

void DeviceCodeCredential::refreshWith(const ie::net::TokenRequest &request, Callback done)
{
    const QString tenant = request.tenantId.isEmpty() ? m_options.tenantId : request.tenantId;
    const auto enc = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"client_id"_s, enc(m_options.clientId));
    form.addQueryItem(u"refresh_token"_s, enc(m_refreshToken));
    form.addQueryItem(u"scope"_s, enc(scopeFor(request.audience)));
    if (!request.claims.isEmpty())
        form.addQueryItem(u"claims"_s, enc(request.claims));
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    const quint64 generation = m_generation;
    auto shared = std::make_shared<Callback>(std::move(done));
    m_client->send(
            formPost(endpoint(tenant, u"token"_s), form), this,
            [this, request, tenant, shared, generation,
             asked](const Result<ie::net::HttpResponse> &r) {
                if (!r.ok())
                    return finish(request, *shared, generation, r.error());
                if (r->status == 200) {
                    Result<ie::net::AccessToken> t = tokenFromOAuthResponse(
                            r->json.object(), request.audience, tenant, name(), asked);
                    if (t.ok()) {
                        const QString tid = unverifiedClaims(t->token).value("tid"_L1).toString();
                        if (!tid.isEmpty())
                            t->tenantId = tid;
                        if (generation == m_generation)
                            keepRefreshToken(r->json.object());
                    }
                    return finish(request, *shared, generation, t);
                }
                const QString error = r->json.object().value("error"_L1).toString();
                if (generation == m_generation
                    && (error == "invalid_grant"_L1 || error == "interaction_required"_L1)
                    && r->json.object().value("suberror"_L1).toString() != "consent_required"_L1) {
                    // Expired or revoked: forget it and sign in again with a new code.
                    qCInfo(lcAuth) << "refresh token refused (" << error
                                   << "): a new device code sign-in";
                    m_refreshToken.clear();
                    return startFlow(request, std::move(*shared));
                }
                ApiError e = ie::net::HttpClient::errorFromResponse(*r);
                e.kind = ApiError::Kind::Auth;
                finish(request, *shared, generation, e);
            });
}

void DeviceCodeCredential::startFlow(const ie::net::TokenRequest &request, Callback done)
{
    auto flow = std::make_shared<Flow>();
    flow->request = request;
    flow->tenant = request.tenantId.isEmpty() ? m_options.tenantId : request.tenantId;
    if (!isValidTenantId(flow->tenant)) {
        done(invalidTenantError(flow->tenant, tr("The tenant")));
        return;
    }
    flow->done = std::move(done);
    flow->generation = m_generation;
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, m_options.clientId);
    form.addQueryItem(u"scope"_s,
                      QString::fromLatin1(QUrl::toPercentEncoding(scopeFor(request.audience))));
    m_client->send(
            formPost(endpoint(flow->tenant, u"devicecode"_s), form), this,
            [this, flow](const Result<ie::net::HttpResponse> &r) {
                if (flow->generation != m_generation)
                    return finish(flow->request, flow->done, flow->generation,
                                  ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
                if (!r.ok())
                    return finish(flow->request, flow->done, flow->generation, r.error());
                if (r->status != 200) {
                    ApiError e = ie::net::HttpClient::errorFromResponse(*r);
                    e.kind = ApiError::Kind::Auth;
                    return finish(flow->request, flow->done, flow->generation, e);
                }
                const QJsonObject o = r->json.object();
                flow->deviceCode = o.value("device_code"_L1).toString();
                const qint64 interval = o.value("interval"_L1).toVariant().toLongLong();
                flow->interval = std::max(std::chrono::milliseconds(interval * 1000),
                                          m_options.minimumInterval);
                flow->expiresOn = QDateTime::currentDateTimeUtc().addSecs(
                        o.value("expires_in"_L1).toVariant().toLongLong());
                if (flow->deviceCode.isEmpty())
                    return finish(flow->request, flow->done, flow->generation,
                                  ApiError::make(ApiError::Kind::Parse,
                                                 tr("The device code answer has no device_code.")));
                Q_EMIT userCodeReady(
                        DeviceCodePrompt{o.value("user_code"_L1).toString(),
                                         QUrl(o.value("verification_uri"_L1).toString()),
                                         o.value("message"_L1).toString(), flow->expiresOn});
                schedule(flow);
            });
}

void DeviceCodeCredential::schedule(const std::shared_ptr<Flow> &flow)
{
    QTimer::singleShot(flow->interval, this, [this, flow] { poll(flow); });
}

void DeviceCodeCredential::poll(const std::shared_ptr<Flow> &flow)
{
    if (flow->generation != m_generation) {
        finish(flow->request, flow->done, flow->generation,
               ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s,
                      QString::fromLatin1(QUrl::toPercentEncoding(
                              u"urn:ietf:params:oauth:grant-type:device_code"_s)));
    form.addQueryItem(u"client_id"_s, m_options.clientId);
    form.addQueryItem(u"device_code"_s, flow->deviceCode);
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    m_client->send(
            formPost(endpoint(flow->tenant, u"token"_s), form), this,
            [this, flow, asked](const Result<ie::net::HttpResponse> &r) {
                if (flow->generation != m_generation)
                    return finish(flow->request, flow->done, flow->generation,
                                  ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
                if (!r.ok())
                    return finish(flow->request, flow->done, flow->generation, r.error());
                if (r->status == 200) {
                    Result<ie::net::AccessToken> t = tokenFromOAuthResponse(
                            r->json.object(), flow->request.audience, flow->tenant, name(), asked);
                    if (t.ok()) {
                        const QString tid = unverifiedClaims(t->token).value("tid"_L1).toString();
                        if (!tid.isEmpty())
                            t->tenantId = tid;
                        if (flow->generation == m_generation)
                            keepRefreshToken(r->json.object());
                    }
                    return finish(flow->request, flow->done, flow->generation, t);
                }
                const QString error = r->json.object().value("error"_L1).toString();
                if (error == "authorization_pending"_L1)
                    return schedule(flow);
                if (error == "slow_down"_L1) {
                    flow->interval += m_options.slowDownIncrement;
                    return schedule(flow);
                }
                ApiError e = ie::net::HttpClient::errorFromResponse(*r);
                e.kind = ApiError::Kind::Auth;
                if (error == "authorization_declined"_L1)
                    e.message
                            = tr("The sign-in was declined in the browser. Start again to retry.");
                else if (error == "expired_token"_L1)
                    e.message = tr("The code expired before the sign-in was finished. Start again "
                                   "and enter the new code within %n minute(s).",
                                   nullptr, 15);
                finish(flow->request, flow->done, flow->generation, e);
            });
}

void DeviceCodeCredential::cancel()
{
    ++m_generation;
    m_busy = false;
    // What waited for the sign-in in flight ends now; the sign-in itself at its next step.
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting)
        w.done(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

} // namespace ie::auth
