#include "auth/managedidentitycredential.h"

#include "auth/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::auth {

struct ManagedIdentityCredential::Attempt
{
    ie::net::TokenRequest request;
    Callback done;
    quint64 generation = 0;
    int retries = 0;
    bool probe = false;
    QByteArray arcKey; // the Basic secret, once a challenge was answered
    bool arcChallenged = false;
};

ManagedIdentityCredential::ManagedIdentityCredential(ie::net::HttpClient *client, Options options,
                                                     QObject *parent)
    : Credential(parent), m_client(client), m_options(std::move(options)),
      m_source(detectSource(m_options.environment))
{ }

ManagedIdentityCredential::Source ManagedIdentityCredential::detectSource(
        const QProcessEnvironment &env)
{
    const bool identityEndpoint = !env.value(u"IDENTITY_ENDPOINT"_s).isEmpty();
    if (identityEndpoint && !env.value(u"IDENTITY_HEADER"_s).isEmpty())
        return Source::AppService;
    if (identityEndpoint && !env.value(u"IMDS_ENDPOINT"_s).isEmpty())
        return Source::Arc;
    // The SDKs' order: App Service 2019, then 2017 (MSI_ENDPOINT with MSI_SECRET), then Cloud
    // Shell (MSI_ENDPOINT alone).
    if (!env.value(u"MSI_ENDPOINT"_s).isEmpty() && !env.value(u"MSI_SECRET"_s).isEmpty())
        return Source::AppService2017;
    if (!env.value(u"MSI_ENDPOINT"_s).isEmpty())
        return Source::CloudShell;
    return Source::Imds;
}

QString ManagedIdentityCredential::displayName() const
{
    switch (m_source) {
    case Source::AppService:
        return tr("Managed identity (App Service)");
    case Source::AppService2017:
        return tr("Managed identity (App Service, MSI_ENDPOINT)");
    case Source::Arc:
        return tr("Managed identity (Azure Arc)");
    case Source::CloudShell:
        return tr("Managed identity (Cloud Shell)");
    case Source::Imds:
        break;
    }
    return tr("Managed identity (IMDS)");
}

QUrl ManagedIdentityCredential::endpointUrl(const QString &resource) const
{
    const QProcessEnvironment &env = m_options.environment;
    QUrl url;
    QUrlQuery q;
    auto add = [&q](const QString &key, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    switch (m_source) {
    case Source::AppService:
        url = QUrl(env.value(u"IDENTITY_ENDPOINT"_s));
        add(u"api-version"_s, u"2019-08-01"_s);
        add(u"resource"_s, resource);
        add(u"client_id"_s, m_options.clientId);
        add(u"principal_id"_s, m_options.objectId);
        add(u"mi_res_id"_s, m_options.resourceId);
        break;
    case Source::AppService2017:
        // https://learn.microsoft.com/javascript/api/@azure/ms-rest-nodeauth/msiappserviceoptions
        url = QUrl(env.value(u"MSI_ENDPOINT"_s));
        add(u"api-version"_s, u"2017-09-01"_s);
        add(u"resource"_s, resource);
        add(u"clientid"_s, m_options.clientId);
        break;
    case Source::Arc:
        url = QUrl(env.value(u"IDENTITY_ENDPOINT"_s));
        add(u"api-version"_s, u"2019-11-01"_s);
        add(u"resource"_s, resource);
        break;
    case Source::CloudShell:
        return QUrl(env.value(u"MSI_ENDPOINT"_s));
    case Source::Imds: {
        QUrl base = m_options.imdsEndpoint;
        const QString host = env.value(u"AZURE_POD_IDENTITY_AUTHORITY_HOST"_s);
        if (!host.isEmpty())
            base = QUrl(host);
        QString path = base.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        base.setPath(path + u"/metadata/identity/oauth2/token"_s);
        url = base;
        add(u"api-version"_s, u"2018-02-01"_s);
        add(u"resource"_s, resource);
        add(u"client_id"_s, m_options.clientId);
        add(u"object_id"_s, m_options.objectId);
        add(u"msi_res_id"_s, m_options.resourceId);
        break;
    }
    }
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QString ManagedIdentityCredential::endpointName() const
{
    const QUrl u = endpointUrl(QString());
    return u.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
}

void ManagedIdentityCredential::requestToken(const ie::net::TokenRequest &request, Callback done)
{
    const int selectors = int(!m_options.clientId.isEmpty()) + int(!m_options.objectId.isEmpty())
            + int(!m_options.resourceId.isEmpty());
    if (selectors > 1) {
        done(ApiError::make(ApiError::Kind::InvalidInput,
                            tr("Name a user-assigned identity by one of client id, object id or "
                               "resource id, not several.")));
        return;
    }
    if (m_source == Source::Arc && selectors > 0) {
        done(ApiError::make(ApiError::Kind::Unsupported,
                            tr("Azure Arc does not support user-assigned managed identities: "
                               "leave the client id out.")));
        return;
    }
    if (m_source == Source::CloudShell && selectors > 0 && m_options.clientId.isEmpty()) {
        done(ApiError::make(
                ApiError::Kind::Unsupported,
                tr("Cloud Shell names a user-assigned identity only by its client id.")));
        return;
    }
    if (m_source == Source::AppService2017 && selectors > 0 && m_options.clientId.isEmpty()) {
        done(ApiError::make(ApiError::Kind::Unsupported,
                            tr("App Service's MSI_ENDPOINT (api-version 2017-09-01) names a "
                               "user-assigned identity only by its client id.")));
        return;
    }
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Auth, tr("No HTTP client.")));
        return;
    }
    auto attempt = std::make_shared<Attempt>();
    attempt->request = request;
    attempt->done = std::move(done);
    attempt->generation = m_generation;
    attempt->probe = m_options.probe && m_source == Source::Imds && !m_probed;
    send(attempt);
}

void ManagedIdentityCredential::cancel()
{
    ++m_generation;
}

void ManagedIdentityCredential::send(const std::shared_ptr<Attempt> &attempt)
{
    const QString resource = resourceForScope(attempt->request.audience);
    ie::net::HttpRequest req;
    req.authenticate = false;
    req.anyStatus = true; // the statuses are ours to retry, and Arc's 401 is ours to answer
    req.identityEndpoint = true; // plain HTTP on the host by design; never redirected elsewhere
    req.retry.maxRetries = attempt->probe ? 0 : 2; // network errors; statuses are handled here
    req.retry.baseDelay = m_options.retryBaseDelay;
    if (attempt->probe) {
        req.transferTimeout = m_options.probeTimeout;
        req.deadline = m_options.probeTimeout;
    }
    if (m_source == Source::CloudShell) {
        QUrlQuery form;
        form.addQueryItem(u"resource"_s, QString::fromLatin1(QUrl::toPercentEncoding(resource)));
        if (!m_options.clientId.isEmpty())
            form.addQueryItem(u"client_id"_s, m_options.clientId);
        req.method = "POST";
        req.body = form.query(QUrl::FullyEncoded).toUtf8();
        req.headers.append({QByteArrayLiteral("Content-Type"),
                            QByteArrayLiteral("application/x-www-form-urlencoded")});
        req.idempotentOverride = true;
    }
    req.url = endpointUrl(resource);
    if (!req.url.isValid() || req.url.host().isEmpty()) {
        attempt->done(ApiError::make(
                ApiError::Kind::InvalidInput,
                tr("The managed identity endpoint %1 is not a URL.").arg(req.url.toString())));
        return;
    }
    if (m_source == Source::AppService) {
        req.headers.append({"X-IDENTITY-HEADER",
                            m_options.environment.value(u"IDENTITY_HEADER"_s).toLatin1()});
    } else if (m_source == Source::AppService2017) {
        req.headers.append({"secret", m_options.environment.value(u"MSI_SECRET"_s).toLatin1()});
    } else {
        req.headers.append({QByteArrayLiteral("Metadata"), QByteArrayLiteral("true")});
    }
    req.basicAuthorization = attempt->arcKey;
    m_client->send(req, this, [this, attempt](const Result<ie::net::HttpResponse> &r) {
        if (attempt->generation != m_generation) {
            attempt->done(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
            return;
        }
        if (!r.ok()) {
            ApiError e = r.error();
            if (attempt->probe
                && (e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout)) {
                e = ApiError::make(
                        ApiError::Kind::Unsupported,
                        tr("No managed identity endpoint here: IMDS at %1 did not answer "
                           "within %2 ms. Outside Azure, choose another way to sign in.")
                                .arg(endpointName())
                                .arg(m_options.probeTimeout.count()));
            } else if (e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout) {
                e.message = tr("The managed identity endpoint %1 does not answer: %2")
                                    .arg(endpointName(), e.message);
            }
            e.service = u"managed-identity"_s;
            attempt->done(e);
            return;
        }
        if (m_source == Source::Imds)
            m_probed = true;
        onAnswer(attempt, *r);
    });
}

void ManagedIdentityCredential::onAnswer(const std::shared_ptr<Attempt> &attempt,
                                         const ie::net::HttpResponse &r)
{
    if (m_source == Source::Arc && r.status == 401 && !attempt->arcChallenged) {
        attempt->arcChallenged = true; // one answer to one challenge: never a loop
        const Result<QByteArray> key = readArcKey(r.header("WWW-Authenticate"));
        if (!key.ok()) {
            attempt->done(key.error());
            return;
        }
        attempt->arcKey = *key;
        send(attempt);
        return;
    }
    if (r.status >= 200 && r.status < 300) {
        Result<ie::net::AccessToken> t = parseToken(r.json.object(), attempt->request.audience,
                                                    QDateTime::currentDateTimeUtc());
        attempt->done(std::move(t));
        return;
    }
    // The SDKs retry IMDS on 404 (not ready yet), 410 (being updated), 429 and 5xx.
    const bool retryable = r.status == 404 || r.status == 410 || r.status == 429 || r.status >= 500;
    if (retryable && attempt->retries < m_options.maxRetries) {
        retryLater(attempt, r);
        return;
    }
    attempt->done(errorFrom(r));
}

void ManagedIdentityCredential::retryLater(const std::shared_ptr<Attempt> &attempt,
                                           const ie::net::HttpResponse &r)
{
    qint64 delay = ie::net::HttpClient::retryAfterMs(r.headers, QDateTime::currentDateTimeUtc());
    if (delay < 0)
        delay = qint64(m_options.retryBaseDelay.count()) << attempt->retries;
    ++attempt->retries;
    attempt->probe = false;
    qCInfo(lcAuth) << "managed identity endpoint answered" << r.status << "; retry"
                   << attempt->retries << "in" << delay << "ms";
    QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, attempt] {
        if (attempt->generation != m_generation) {
            attempt->done(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
            return;
        }
        send(attempt);
    });
}

ApiError ManagedIdentityCredential::errorFrom(const ie::net::HttpResponse &r) const
{
    ApiError e = ie::net::HttpClient::errorFromResponse(r);
    const QJsonObject o = r.json.object();
    const bool appService = m_source == Source::AppService || m_source == Source::AppService2017;
    if (appService && o.contains("message"_L1))
        e.message = o.value("message"_L1).toString(); // {"statusCode", "message", "correlationId"}
    e.service = u"managed-identity"_s;
    e.kind = r.status == 429 ? ApiError::Kind::Throttled : ApiError::Kind::Auth;
    QString what;
    if (r.status == 400 && m_source == Source::Imds
        && e.message.contains("Identity not found"_L1, Qt::CaseInsensitive))
        what = tr("This machine has no such managed identity: check the client id, or assign the "
                  "identity to the resource.");
    else if (r.status == 401 && m_source == Source::Arc)
        what = tr("The Azure Arc agent refused the key file's secret.");
    else if (r.status == 401 && m_source == Source::AppService)
        what = tr("The App Service identity endpoint refused IDENTITY_HEADER.");
    else if (r.status == 401 && m_source == Source::AppService2017)
        what = tr("The App Service identity endpoint refused MSI_SECRET.");
    if (!what.isEmpty())
        e.message = what + u' ' + e.message;
    return e;
}

Result<QByteArray> ManagedIdentityCredential::readArcKey(const QByteArray &www) const
{
    auto fail = [](const QString &why) {
        return ApiError::make(ApiError::Kind::Auth, why);
    };
    const qsizetype at = www.indexOf("realm=");
    if (!www.startsWith("Basic") || at < 0)
        return fail(tr("The Azure Arc endpoint's challenge names no key file."));
    QString path = QFile::decodeName(www.mid(at + 6).trimmed());
    if (path.startsWith(u'"') && path.endsWith(u'"') && path.size() > 1)
        path = path.mid(1, path.size() - 2);
    // Read only where the Arc agent keeps its keys: a challenge must not make us read any file.
    const QFileInfo info(path);
    const QString dir = QDir(m_options.arcKeyDirectory).canonicalPath();
    if (dir.isEmpty() || info.canonicalPath() != dir || info.suffix() != "key"_L1)
        return fail(tr("The Azure Arc challenge names %1, which is not a key file in %2: refused.")
                            .arg(path, m_options.arcKeyDirectory));
    if (info.size() > 4096)
        return fail(tr("The Azure Arc key file %1 is larger than 4096 bytes: refused.").arg(path));
    QFile f(info.canonicalFilePath());
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the Azure Arc key file %1: %2 (the explorer must run as a "
                       "member of the himds group).")
                            .arg(path, f.errorString()));
    return f.readAll().trimmed();
}

Result<ie::net::AccessToken> ManagedIdentityCredential::parseToken(const QJsonObject &o,
                                                                   const QString &audience,
                                                                   const QDateTime &now)
{
    ie::net::AccessToken t;
    t.token = o.value("access_token"_L1).toString().toLatin1();
    t.audience = audience;
    t.credential = u"managed-identity"_s;
    const QJsonValue on = o.value("expires_on"_L1);
    bool ok = false;
    const qint64 epoch = on.isDouble() ? qint64(on.toDouble()) : on.toString().toLongLong(&ok);
    if (on.isDouble() || ok) {
        t.expiresOn = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    } else if (on.isString()) {
        // App Service's 2017-09-01 text: "06/20/2019 02:57:58 +00:00".
        t.expiresOn = QDateTime::fromString(on.toString(), u"MM/dd/yyyy HH:mm:ss t"_s);
        if (!t.expiresOn.isValid())
            t.expiresOn = QDateTime::fromString(on.toString(), u"M/d/yyyy h:mm:ss AP t"_s);
        t.expiresOn = t.expiresOn.toUTC();
    }
    if (!t.expiresOn.isValid()) {
        const qint64 in = o.value("expires_in"_L1).toVariant().toLongLong();
        if (in > 0)
            t.expiresOn = now.addSecs(in);
    }
    if (t.token.isEmpty() || !t.expiresOn.isValid()) {
        return ApiError::make(ApiError::Kind::Parse,
                              tr("The managed identity endpoint's answer has no access token or no "
                                 "expiry."));
    }
    if (t.expiresOn <= now) {
        return ApiError::make(ApiError::Kind::Parse,
                              tr("The managed identity endpoint's answer gives a token that expired "
                                 "at %1 (expires_on), before it arrived: check the clock of this "
                                 "machine and of the endpoint.")
                                      .arg(t.expiresOn.toString(Qt::ISODate)));
    }
    t.tenantId = unverifiedClaims(t.token).value("tid"_L1).toString();
    return t;
}

} // namespace ie::auth
