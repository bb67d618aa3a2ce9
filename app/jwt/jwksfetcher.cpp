#include "jwt/jwksfetcher.h"

#include "cloud/cloud.h"
#include "jwt/signatureverifier.h"
#include "net/httpclient.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJwt, "ie.jwt")

namespace ie::jwt {

namespace {

ApiError refused(const QString &message)
{
    ApiError e = ApiError::make(ApiError::Kind::InvalidInput, message, u"issuer-not-allowed"_s);
    e.service = u"login"_s;
    return e;
}

} // namespace

JwksFetcher::JwksFetcher(ie::net::HttpClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

JwksFetcher::~JwksFetcher() = default;

QList<QUrl> JwksFetcher::allowedLoginUrls() const
{
    QList<QUrl> urls;
    for (const Cloud &c : Cloud::knownClouds())
        urls.append(c.loginUrl);
    if (m_client && m_client->cloud().loginUrl.isValid())
        urls.append(m_client->cloud().loginUrl);
    return urls;
}

bool JwksFetcher::isAllowedKeyHost(const QUrl &url) const
{
    if (url.scheme() != "https"_L1)
        return false;
    for (const QUrl &login : allowedLoginUrls()) {
        if (Cloud::sameOrigin(url, login))
            return true;
    }
    return false;
}

Result<QUrl> JwksFetcher::configurationUrl(const QString &issuer) const
{
    const QUrl iss(issuer, QUrl::StrictMode);
    if (issuer.isEmpty() || !iss.isValid() || iss.host().isEmpty())
        return refused(
                tr("The token has no usable issuer (\"iss\"), so its keys cannot be found."));
    if (iss.scheme() != "https"_L1) {
        return refused(
                tr("The issuer %1 is not https: keys are only fetched over https.").arg(issuer));
    }
    const QStringList path = iss.path().split(u'/', Qt::SkipEmptyParts);
    // v1.0 tokens name the old STS host; its keys are published on the login host.
    static const QHash<QString, QString> stsLogin{
            {u"sts.windows.net"_s, u"https://login.microsoftonline.com"_s},
            {u"sts.chinacloudapi.cn"_s, u"https://login.chinacloudapi.cn"_s}};
    if (const auto it = stsLogin.constFind(iss.host().toLower()); it != stsLogin.constEnd()) {
        if (path.isEmpty())
            return refused(tr("The issuer %1 names no tenant.").arg(issuer));
        return QUrl(*it + u'/' + path.first() + u"/.well-known/openid-configuration"_s);
    }
    if (!isAllowedKeyHost(iss)) {
        return refused(tr("The issuer %1 is not a Microsoft Entra login host of a known cloud or "
                          "of the current sandbox, so its keys are not fetched. Verify against a "
                          "key file instead.")
                               .arg(issuer));
    }
    QString base
            = iss.toString(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return QUrl(base + u"/.well-known/openid-configuration"_s);
}

const KeySet *JwksFetcher::cached(const QString &issuer) const
{
    const auto it = m_cache.constFind(issuer);
    return it == m_cache.constEnd() ? nullptr : &*it;
}

void JwksFetcher::keysFor(const QString &issuer, QObject *context, KeysCallback callback,
                          bool refresh)
{
    QPointer<QObject> guard(context);
    auto deliver = [guard, callback](Result<KeySet> r) {
        if (guard)
            callback(std::move(r));
    };
    if (!refresh) {
        if (const KeySet *k = cached(issuer)) {
            // Asynchronous even from the cache: a caller never gets its answer re-entrantly.
            QMetaObject::invokeMethod(
                    this, [deliver, keys = *k]() { deliver(keys); }, Qt::QueuedConnection);
            return;
        }
    }
    const Result<QUrl> config = configurationUrl(issuer);
    if (!config) {
        QMetaObject::invokeMethod(
                this, [deliver, e = config.error()]() { deliver(e); }, Qt::QueuedConnection);
        return;
    }
    net::HttpRequest req = net::HttpRequest::get(*config);
    req.authenticate = false;
    qCDebug(lcJwt) << "fetching OpenID configuration" << config->toString();
    m_client->send(req, this, [this, issuer, deliver](const Result<net::HttpResponse> &r) {
        if (!r) {
            deliver(r.error());
            return;
        }
        const QJsonObject o = r->json.object();
        const QString configIssuer = o.value("issuer"_L1).toString();
        if (!configIssuer.isEmpty() && configIssuer != issuer) {
            deliver(refused(tr("The OpenID configuration is for issuer %1, not %2: the token's "
                               "issuer does not match its tenant.")
                                    .arg(configIssuer, issuer)));
            return;
        }
        const QUrl jwksUri(o.value("jwks_uri"_L1).toString());
        if (!isAllowedKeyHost(jwksUri)) {
            deliver(refused(tr("The OpenID configuration names keys at %1, which is not an "
                               "https login host; they are not fetched.")
                                    .arg(jwksUri.toString())));
            return;
        }
        net::HttpRequest keysReq = net::HttpRequest::get(jwksUri);
        keysReq.authenticate = false;
        m_client->send(keysReq, this,
                       [this, issuer, jwksUri, deliver](const Result<net::HttpResponse> &kr) {
                           if (!kr) {
                               deliver(kr.error());
                               return;
                           }
                           Result<KeySet> set = KeySet::fromJwks(kr->body);
                           if (set) {
                               set->source = jwksUri.toString();
                               set->fetchedAt = QDateTime::currentDateTimeUtc();
                               m_cache.insert(issuer, *set);
                           }
                           deliver(std::move(set));
                       });
    });
}

void JwksFetcher::verify(const DecodedToken &token, QObject *context, CheckCallback callback,
                         bool refresh)
{
    if (SignatureCheck pre = SignatureVerifier::precheck(token); pre.checked()) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
                this,
                [guard, callback, pre]() {
                    if (guard)
                        callback(pre);
                },
                Qt::QueuedConnection);
        return;
    }
    const QString issuer = token.payload.value("iss"_L1).toString();
    keysFor(
            issuer, context,
            [token, callback](Result<KeySet> keys) {
                if (!keys) {
                    SignatureCheck c;
                    c.state = SignatureCheck::State::Unverifiable;
                    c.code = u"fetch-failed"_s;
                    c.reason = tr("The issuer's keys could not be fetched: %1")
                                       .arg(keys.error().userMessage());
                    callback(c);
                    return;
                }
                callback(SignatureVerifier::verify(token, *keys));
            },
            refresh);
}

} // namespace ie::jwt
