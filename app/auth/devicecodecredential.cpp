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

void DeviceCodeCredential::requestToken(const ie::net::TokenRequest &request, Callback done)
{
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Auth, tr("No HTTP client.")));
        return;
    }
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
                      QString::fromLatin1(QUrl::toPercentEncoding(scopeForResource(request.audience)
                                                                  + u" offline_access"_s)));
    m_client->send(
            formPost(endpoint(flow->tenant, u"devicecode"_s), form), this,
            [this, flow](const Result<ie::net::HttpResponse> &r) {
                if (flow->generation != m_generation)
                    return flow->done(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
                if (!r.ok())
                    return flow->done(r.error());
                if (r->status != 200) {
                    ApiError e = ie::net::HttpClient::errorFromResponse(*r);
                    e.kind = ApiError::Kind::Auth;
                    return flow->done(e);
                }
                const QJsonObject o = r->json.object();
                flow->deviceCode = o.value("device_code"_L1).toString();
                const qint64 interval = o.value("interval"_L1).toVariant().toLongLong();
                flow->interval = std::max(std::chrono::milliseconds(interval * 1000),
                                          m_options.minimumInterval);
                flow->expiresOn = QDateTime::currentDateTimeUtc().addSecs(
                        o.value("expires_in"_L1).toVariant().toLongLong());
                if (flow->deviceCode.isEmpty())
                    return flow->done(
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
        flow->done(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
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
                    return flow->done(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
                if (!r.ok())
                    return flow->done(r.error());
                if (r->status == 200) {
                    Result<ie::net::AccessToken> t = tokenFromOAuthResponse(
                            r->json.object(), flow->request.audience, flow->tenant, name(), asked);
                    if (t.ok()) {
                        const QString tid = unverifiedClaims(t->token).value("tid"_L1).toString();
                        if (!tid.isEmpty())
                            t->tenantId = tid;
                    }
                    return flow->done(std::move(t));
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
                flow->done(e);
            });
}

void DeviceCodeCredential::cancel()
{
    ++m_generation;
}

} // namespace ie::auth
