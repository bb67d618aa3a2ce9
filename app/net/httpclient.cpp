#include "net/httpclient.h"

#include "core/terminaltext.h"
#include "net/wwwauthenticate.h"

#include "net/activitylog.h"
#include "net/jsonscan.h"
#include "net/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcNet, "ie.net", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace ie::net {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isHttps(const QUrl &url)
{
    return url.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0;
}

bool isHttp(const QUrl &url)
{
    return url.scheme().compare("http"_L1, Qt::CaseInsensitive) == 0;
}

bool isRetryableStatus(int status)
{
    return status == 429 || status == 503 || status == 504;
}

QJsonDocument decodeJson(const QByteArray &body, bool *ok)
{
    QJsonParseError pe{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    *ok = pe.error == QJsonParseError::NoError;
    return doc;
}

bool looksLikeJson(const HttpResponse &r)
{
    const QByteArray ct = r.header("Content-Type").toLower();
    if (ct.contains("json"))
        return true;
    const QByteArray trimmed = r.body.trimmed();
    return ct.isEmpty() && (trimmed.startsWith('{') || trimmed.startsWith('['));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// HttpClient

HttpClient::HttpClient(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_log(new ActivityLog(this))
{
    // Redirects are followed by HttpJob itself, so that a bearer token is re-decided for the new
    // host instead of being carried along by QNetworkAccessManager.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
    m_cloud = Cloud::azurePublic();
}

HttpClient::~HttpClient()
{
    // Jobs in flight are children; the page and batch jobs cancel their requests when they go,
    // and a cancelled request asks this client (its cloud) and writes to the activity log as it
    // ends: end them all while the client is still whole, not in ~QObject() after its members
    // are gone.
    qDeleteAll(findChildren<PageJob *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<BatchJob *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<HttpJob *>(Qt::FindDirectChildrenOnly));
}

void HttpClient::setCloud(const Cloud &cloud)
{
    m_cloud = cloud;
}

HttpJob *HttpClient::send(const HttpRequest &request)
{
    auto *job = new HttpJob(this, request);
    // start() only schedules: the caller connects to finished() before anything can happen.
    QMetaObject::invokeMethod(job, &HttpJob::start, Qt::QueuedConnection);
    return job;
}

HttpJob *HttpClient::send(const HttpRequest &request, QObject *context,
                          std::function<void(const Result<HttpResponse> &)> callback)
{
    HttpJob *job = send(request);
    connect(job, &HttpJob::finished, context,
            [job, cb = std::move(callback)] { cb(job->result()); });
    return job;
}

PageJob *HttpClient::getPages(const HttpRequest &first, int maxPages)
{
    auto *job = new PageJob(this, first, maxPages);
    QMetaObject::invokeMethod(
            job, [job] { job->fetch(job->m_template.url); }, Qt::QueuedConnection);
    return job;
}

BatchJob *HttpClient::batch(const QUrl &graphVersionRoot, const QList<BatchItem> &items,
                            const RetryPolicy &retry)
{
    QUrl url = graphVersionRoot;
    url.setPath(url.path() + u"/$batch"_s);
    auto *job = new BatchJob(this, url, items, retry);
    QMetaObject::invokeMethod(job, &BatchJob::sendNext, Qt::QueuedConnection);
    return job;
}

ApiError HttpClient::errorFromResponse(const HttpResponse &response)
{
    ApiError e;
    e.httpStatus = response.status;
    switch (response.status) {
    case 401: e.kind = ApiError::Kind::Unauthorized; break;
    case 403: e.kind = ApiError::Kind::Forbidden; break;
    case 404: e.kind = ApiError::Kind::NotFound; break;
    case 429: e.kind = ApiError::Kind::Throttled; break;
    default: e.kind = ApiError::Kind::Http; break;
    }
    e.retryable = isRetryableStatus(response.status) || response.status == 500
            || response.status == 502;
    e.requestId = QString::fromLatin1(response.header("request-id"));
    if (e.requestId.isEmpty())
        e.requestId = QString::fromLatin1(response.header("x-ms-request-id"));
    e.clientRequestId = response.clientRequestId;
    const qint64 ra = retryAfterMs(response.headers, QDateTime::currentDateTimeUtc());
    if (ra >= 0)
        e.retryAfterSeconds = int((ra + 999) / 1000);

    bool ok = false;
    const QJsonDocument doc = decodeJson(response.body, &ok);
    const QJsonObject root = doc.object();
    const QJsonValue error = root.value("error"_L1);
    if (error.isObject()) {
        // Graph: {"error":{"code","message","innerError":{"request-id","date"}}}
        // ARM:   {"error":{"code","message","details":[...]}}
        const QJsonObject o = error.toObject();
        e.code = o.value("code"_L1).toString();
        e.message = o.value("message"_L1).toString();
        e.details = o.value("details"_L1).toArray();
        QJsonObject inner = o.value("innerError"_L1).toObject();
        if (inner.isEmpty())
            inner = o.value("innererror"_L1).toObject();
        if (e.requestId.isEmpty())
            e.requestId = inner.value("request-id"_L1).toString();
        e.date = inner.value("date"_L1).toString();
    } else if (error.isString()) {
        // OAuth2 / managed identity: {"error":"invalid_client","error_description":"AADSTS..."}
        e.code = error.toString();
        e.message = root.value("error_description"_L1).toString();
        if (e.requestId.isEmpty())
            e.requestId = root.value("trace_id"_L1).toString();
    } else if (root.contains("code"_L1) && root.contains("message"_L1)) {
        // Some ARM providers answer {"code","message"} without the envelope.
        e.code = root.value("code"_L1).toString();
        e.message = root.value("message"_L1).toString();
    } else if (root.contains("Message"_L1)) {
        e.message = root.value("Message"_L1).toString();
    }
    if (e.code.isEmpty() && e.message.isEmpty()) {
        // Whatever the server sent (an HTML page, escape sequences, CR/LF): one escaped line of
        // at most 300 characters.
        const QByteArray text = response.body.trimmed().left(1200);
        e.message = text.isEmpty() ? tr("HTTP %1 with an empty body.").arg(response.status)
                                   : terminalSafe(QString::fromUtf8(text), 300);
    }
    if (e.code == "invalid_grant"_L1 || e.code == "invalid_client"_L1
        || e.code == "unauthorized_client"_L1)
        e.kind = ApiError::Kind::Auth;
    return e;
}

qint64 HttpClient::retryAfterMs(const QList<RawHeader> &headers, const QDateTime &now)
{
    QByteArray retryAfter;
    for (const RawHeader &h : headers) {
        const QByteArray name = h.first.toLower();
        if (name == "x-ms-retry-after-ms" || name == "retry-after-ms") {
            bool ok = false;
            const double ms = h.second.trimmed().toDouble(&ok);
            if (ok && ms >= 0)
                return qint64(ms);
        } else if (name == "retry-after") {
            retryAfter = h.second.trimmed();
        }
    }
    if (retryAfter.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = retryAfter.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : qint64(seconds * 1000);
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 IMF-fixdate).
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(retryAfter),
                                             u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (when.isValid())
        when.setTimeZone(QTimeZone::utc());
    else
        when = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(when));
}

QString HttpClient::redactUrl(const QUrl &url)
{
    static const QStringList secretKeys = {
        u"client_secret"_s, u"code"_s, u"access_token"_s, u"refresh_token"_s, u"id_token"_s,
        u"assertion"_s, u"client_assertion"_s, u"password"_s, u"token"_s, u"sig"_s,
        u"device_code"_s, u"code_verifier"_s, u"secret"_s, u"api_key"_s, u"key"_s,
    };
    QUrl copy = url;
    copy.setUserInfo({});
    QUrlQuery query(copy);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    if (!items.isEmpty()) {
        QUrlQuery redacted;
        for (const auto &[k, v] : items) {
            const bool secret = secretKeys.contains(k, Qt::CaseInsensitive);
            redacted.addQueryItem(k, secret ? u"***"_s : v);
        }
        copy.setQuery(redacted);
    }
    return copy.toString();
}

// ---------------------------------------------------------------------------------------------
// HttpJob

HttpJob::HttpJob(HttpClient *client, HttpRequest request)
    : QObject(client),
      m_client(client),
      m_request(std::move(request)),
      m_currentUrl(m_request.url),
      m_result(ApiError::make(ApiError::Kind::Cancelled, QString()))
{
    m_retryTimer.setSingleShot(true);
    // Retry-After is a promise to the service: a coarse timer may fire 5 % early.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpJob::attempt);
    m_clientRequestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::start()
{
    if (m_finished)
        return;
    m_elapsed.start();
    const Cloud &cloud = m_client->cloud();
    if (!m_currentUrl.isValid() || m_currentUrl.scheme().isEmpty() || m_currentUrl.host().isEmpty()) {
        finish(ApiError::make(ApiError::Kind::InvalidInput,
                              tr("Not a valid absolute URL: %1").arg(m_request.url.toString())));
        return;
    }
    const bool https = isHttps(m_currentUrl);
    if (!https && !isHttp(m_currentUrl)) {
        // Refused before anything is tried: ftp:// and the like are never retried.
        finish(ApiError::make(ApiError::Kind::InvalidInput,
                              tr("%1 is not an https:// address: only HTTPS is spoken (and plain "
                                 "HTTP for the managed identity endpoints on the host).")
                                      .arg(HttpClient::redactUrl(m_currentUrl))));
        return;
    }
    if (!https && m_request.carriesSecret && !m_request.identityEndpoint) {
        finish(ApiError::make(ApiError::Kind::InvalidInput,
                              tr("Refused to send a sign-in request with its secret to %1 over "
                                 "plain HTTP: the authority must be an https:// address.")
                                      .arg(HttpClient::redactUrl(m_currentUrl))));
        return;
    }
    if (!m_request.audience.isEmpty()) {
        const ServiceEndpoint *wanted = cloud.serviceForAudience(m_request.audience);
        const ServiceEndpoint *owner = cloud.serviceForUrl(m_currentUrl);
        if (!wanted || wanted != owner) {
            finish(ApiError::make(ApiError::Kind::InvalidInput,
                                  tr("Refused to send a token for %1 to %2: that host does not "
                                     "belong to this audience in the %3 cloud.")
                                          .arg(m_request.audience, m_currentUrl.host(),
                                               cloud.displayName)));
            return;
        }
    }
    attempt();
}

void HttpJob::attempt()
{
    if (m_finished)
        return;
    ++m_attempt;
    const ServiceEndpoint *service = m_client->cloud().serviceForUrl(m_currentUrl);
    TokenProvider *tokens = m_client->tokenProvider();
    if (!m_request.authenticate || !service || !tokens) {
        sendWithToken({});
        return;
    }
    if (!isHttps(m_currentUrl)) {
        // A cloud whose service is on http:// is refused when it is read; this holds for any.
        finish(ApiError::make(ApiError::Kind::InvalidInput,
                              tr("Refused to send a bearer token to %1 over plain HTTP: %2 must "
                                 "be an https:// address.")
                                      .arg(HttpClient::redactUrl(m_currentUrl), service->id)));
        return;
    }
    TokenRequest tr;
    tr.audience = service->audience;
    tr.tenantId = m_request.tenantId;
    tr.forceRefresh = m_forceTokenRefresh;
    tr.claims = m_claims; // a claims challenge goes to the authority with the next token request
    m_forceTokenRefresh = false;
    m_claims.clear();
    tokens->getToken(tr, this, [this](Result<AccessToken> token) {
        if (m_finished)
            return;
        if (!token.ok()) {
            ApiError e = token.error();
            if (e.kind != ApiError::Kind::Cancelled)
                e.kind = e.kind == ApiError::Kind::Keychain ? e.kind : ApiError::Kind::Auth;
            finish(e);
            return;
        }
        sendWithToken(token->token);
    });
}

void HttpJob::sendWithToken(const QByteArray &token)
{
    QNetworkRequest req(m_currentUrl);
    bool hasContentType = false;
    for (const RawHeader &h : m_request.headers) {
        // Never let a caller smuggle its own Authorization header past the host rule.
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            continue;
        if (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            hasContentType = true;
        req.setRawHeader(h.first, h.second);
    }
    if (!m_request.body.isEmpty() && !hasContentType)
        req.setRawHeader("Content-Type", "application/json");
    if (!token.isEmpty() && isHttps(m_currentUrl)) {
        req.setRawHeader("Authorization", "Bearer " + token);
        if (token != m_sentToken) {
            m_sentToken = token;
            const QList<QByteArray> parts = token.split('.');
            m_caller = parts.size() == 3
                    ? ApiError::Caller::fromClaims(
                              QJsonDocument::fromJson(
                                      QByteArray::fromBase64(parts[1],
                                                             QByteArray::Base64UrlEncoding))
                                      .object())
                    : ApiError::Caller();
        }
    }
    else if (!m_request.basicAuthorization.isEmpty() && Cloud::sameOrigin(m_currentUrl, m_request.url))
        req.setRawHeader("Authorization", "Basic " + m_request.basicAuthorization);
    req.setRawHeader("client-request-id", m_clientRequestId);
    req.setRawHeader("return-client-request-id", "true");
    req.setRawHeader("x-ms-client-request-id", m_clientRequestId);
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QByteArray("IdentityExplorer/" IE_VERSION " Qt/") + qVersion());
    req.setTransferTimeout(int(m_request.transferTimeout.count()));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const Cloud &cloud = m_client->cloud();
    if (!cloud.extraCaCertificates.isEmpty() && cloud.ownsHost(m_currentUrl)) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(cloud.extraCaCertificates);
        req.setSslConfiguration(ssl);
    }
    m_attemptElapsed.start();
    m_reply = m_client->networkAccessManager()->sendCustomRequest(req, m_request.method.toUpper(),
                                                                   m_request.body);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    HttpResponse r;
    r.url = m_currentUrl;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.clientRequestId = QString::fromLatin1(m_clientRequestId);
    r.requestId = QString::fromLatin1(r.header("request-id"));
    if (r.requestId.isEmpty())
        r.requestId = QString::fromLatin1(r.header("x-ms-request-id"));
    r.attempts = m_attempt;
    r.elapsedMs = m_elapsed.elapsed();

    ActivityEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.method = QString::fromLatin1(m_request.method.toUpper());
    entry.url = HttpClient::redactUrl(m_currentUrl);
    entry.status = r.status;
    entry.durationMs = m_attemptElapsed.elapsed();
    entry.requestId = r.requestId;
    entry.clientRequestId = r.clientRequestId;
    entry.attempt = m_attempt;

    const QNetworkReply::NetworkError netError = reply->error();
    const bool httpAnswered = r.status > 0;
    // A body cut short after the headers arrived is a network error too, whatever the status.
    const bool transportFailed = !httpAnswered
            || (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied
                && netError != QNetworkReply::OperationCanceledError);
    const bool timedOut = netError == QNetworkReply::OperationCanceledError
            || netError == QNetworkReply::TimeoutError;

    if (timedOut || transportFailed) {
        QString message;
        const qint64 timeoutMs = m_request.transferTimeout.count();
        if (timedOut && timeoutMs % 1000 == 0)
            message = tr("No answer from %1 within %n second(s).", nullptr, int(timeoutMs / 1000))
                              .arg(m_currentUrl.host());
        else if (timedOut)
            message = tr("No answer from %1 within %2 ms.")
                              .arg(m_currentUrl.host())
                              .arg(timeoutMs);
        else if (httpAnswered)
            // The status line arrived but the body did not: the status says nothing about it.
            message = tr("The connection to %1 broke before the whole answer arrived (%2).")
                              .arg(m_currentUrl.host(), reply->errorString());
        else
            message = tr("%1 (%2)").arg(reply->errorString(), m_currentUrl.host());
        ApiError e = ApiError::make(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                                    message);
        e.retryable = true;
        e.httpStatus = 0; // no whole answer arrived, so no status to report
        e.clientRequestId = r.clientRequestId;
        // A certificate that is not trusted now will not be in a second: no retries, and say
        // what to fix.
        const bool permanent = netError == QNetworkReply::SslHandshakeFailedError
                || netError == QNetworkReply::ProtocolUnknownError
                || netError == QNetworkReply::ProtocolInvalidOperationError;
        if (netError == QNetworkReply::SslHandshakeFailedError)
            e.message = tr("The TLS connection to %1 failed: %2. If %1 uses a private CA (a "
                           "private cloud, a TLS-inspecting proxy), trust that CA with --ca-file "
                           "FILE, \"caFile\" in the cloud configuration, or SSL_CERT_FILE.")
                                .arg(m_currentUrl.host(), reply->errorString());
        entry.note = e.message;
        m_client->activityLog()->append(entry);
        if (permanent) {
            e.retryable = false;
            finish(e);
        } else if (m_request.isIdempotent()) {
            scheduleRetry(e.message, -1, e);
        } else {
            e.retryable = false;
            finish(e);
        }
        return;
    }

    if (isRedirect(r.status) && !r.header("Location").isEmpty()) {
        const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(r.header("Location")));
        if (std::optional<ApiError> refused = refuseRedirect(r.status, target)) {
            entry.note = tr("redirect to %1 refused").arg(HttpClient::redactUrl(target));
            m_client->activityLog()->append(entry);
            refused->httpStatus = r.status;
            refused->requestId = r.requestId;
            finish(*refused);
            return;
        }
        m_client->activityLog()->append(entry);
        if (++m_redirects > 5) {
            finish(ApiError::make(ApiError::Kind::Protocol, tr("Too many redirects.")));
            return;
        }
        m_currentUrl = target;
        if (r.status == 303) {
            m_request.method = "GET";
            m_request.body.clear();
        }
        --m_attempt; // a redirect is not a retry
        attempt();
        return;
    }

    if (m_request.anyStatus && r.status >= 400) {
        // The caller reads the error itself (a challenge's headers, a protocol's own retries).
        if (!r.body.isEmpty() && looksLikeJson(r)) {
            bool ok = false;
            r.json = decodeJson(r.body, &ok);
        }
        entry.note = QString::number(r.status);
        m_client->activityLog()->append(entry);
        finish(std::move(r));
        return;
    }

    if (r.status == 401 && !m_retriedAuth && m_request.authenticate
        && m_client->cloud().serviceForUrl(m_currentUrl) && m_client->tokenProvider()) {
        // One fresh token (the cached one may have been revoked, or a claims challenge asks for
        // more), never a loop.
        m_retriedAuth = true;
        m_forceTokenRefresh = true;
        const QString claims = AuthChallenge::claimsOf(r.header("WWW-Authenticate"));
        m_claims = claims;
        entry.note = claims.isEmpty() ? tr("token refused; retrying once with a fresh token")
                                      : tr("claims challenge; retrying once with a fresh token");
        m_client->activityLog()->append(entry);
        --m_attempt;
        attempt();
        return;
    }

    if (isRetryableStatus(r.status)) {
        ApiError e = HttpClient::errorFromResponse(r);
        if (r.status == 429)
            e.kind = ApiError::Kind::Throttled;
        const qint64 serverDelay = HttpClient::retryAfterMs(r.headers, QDateTime::currentDateTimeUtc());
        entry.note = e.code.isEmpty() ? QString::number(r.status) : e.code;
        m_client->activityLog()->append(entry);
        scheduleRetry(tr("HTTP %1").arg(r.status), serverDelay, e);
        return;
    }

    if (r.status >= 400) {
        ApiError e = HttpClient::errorFromResponse(r);
        entry.note = e.code;
        m_client->activityLog()->append(entry);
        finish(e);
        return;
    }

    if (!r.body.isEmpty() && looksLikeJson(r)) {
        bool ok = false;
        if (m_request.scanJson)
            ok = json::isValidDocument(r.body); // checked as Qt would, left to the caller to read
        else
            r.json = decodeJson(r.body, &ok);
        if (!ok) {
            ApiError e = ApiError::make(ApiError::Kind::Parse,
                                        tr("The answer from %1 is not valid JSON (%n byte(s)).",
                                           nullptr, int(r.body.size()))
                                                .arg(m_currentUrl.host()));
            e.httpStatus = r.status;
            e.requestId = r.requestId;
            e.clientRequestId = r.clientRequestId;
            e.retryable = true;
            entry.note = e.message;
            m_client->activityLog()->append(entry);
            if (m_request.isIdempotent())
                scheduleRetry(e.message, -1, e);
            else
                finish(e);
            return;
        }
    }
    m_client->activityLog()->append(entry);
    finish(std::move(r));
}

std::optional<ApiError> HttpJob::refuseRedirect(int status, const QUrl &target) const
{
    const QString from = m_currentUrl.host();
    const QString to = HttpClient::redactUrl(target);
    auto refused = [](const QString &message) {
        return ApiError::make(ApiError::Kind::Protocol, message);
    };
    if (!target.isValid() || target.host().isEmpty() || (!isHttps(target) && !isHttp(target)))
        return refused(tr("%1 answered HTTP %2 with a redirect to %3, which is not an https:// "
                          "address; it was not followed.")
                               .arg(from)
                               .arg(status)
                               .arg(to));
    if (isHttps(m_currentUrl) && !isHttps(target))
        return refused(tr("%1 answered HTTP %2 with a redirect to plain HTTP (%3); it was not "
                          "followed.")
                               .arg(from)
                               .arg(status)
                               .arg(to));
    if (Cloud::sameOrigin(target, m_request.url))
        return std::nullopt;
    // Off the origin. A sign-in or managed-identity request would take its secret or identity
    // header along (a 307/308 re-posts the body); a Graph or ARM answer from elsewhere is not the
    // service's data. Other requests (no token, no secret) may follow.
    if (m_request.carriesSecret || m_request.identityEndpoint
        || !m_request.basicAuthorization.isEmpty())
        return refused(tr("%1 answered the sign-in request with a redirect to another host "
                          "(%2); it was refused, so that no secret or identity header goes "
                          "there.")
                               .arg(from, to));
    if (const ServiceEndpoint *s = m_client->cloud().serviceForUrl(m_request.url))
        return refused(tr("%1 (%2) answered HTTP %3 with a redirect to another host (%4); it was "
                          "not followed: an answer from there is not %2's data.")
                               .arg(from, s->id)
                               .arg(status)
                               .arg(to));
    return std::nullopt;
}

bool HttpJob::scheduleRetry(const QString &reason, qint64 serverDelayMs, const ApiError &ifGivingUp)
{
    const RetryPolicy &p = m_request.retry;
    if (m_attempt > p.maxRetries) {
        ApiError e = ifGivingUp;
        if (m_attempt > 1) {
            // Say what the wait was spent on: a message alone reads as if it failed at once.
            QString text = e.message.isEmpty() ? reason : e.message;
            if (!text.isEmpty() && !text.endsWith(u'.'))
                text += u'.';
            e.message = tr("%1 Gave up after %n attempt(s) in %2 s.", nullptr, m_attempt)
                                .arg(text, QString::number(double(m_elapsed.elapsed()) / 1000.0,
                                                           'f', 1));
        }
        finish(e);
        return false;
    }
    qint64 delay = serverDelayMs;
    if (delay < 0) {
        const double base = double(p.baseDelay.count()) * std::pow(2.0, m_attempt - 1);
        const double jitter = 1.0 + p.jitter * (QRandomGenerator::global()->generateDouble() * 2 - 1);
        delay = qint64(std::min(base * jitter, double(p.maxDelay.count())));
    } else if (delay > p.maxRetryAfter.count()) {
        finish(ifGivingUp);
        return false;
    }
    if (m_elapsed.elapsed() + delay > m_request.deadline.count()) {
        ApiError e = ifGivingUp;
        if (e.kind != ApiError::Kind::Throttled) {
            e.kind = ApiError::Kind::Timeout;
            e.message = tr("Gave up after %n attempt(s): the next retry would pass the deadline. "
                           "Last problem: %1",
                           nullptr, m_attempt)
                                .arg(ifGivingUp.message.isEmpty() ? reason : ifGivingUp.message);
        }
        finish(e);
        return false;
    }
    qCDebug(lcNet) << "retry" << m_attempt << "in" << delay << "ms:" << reason;
    Q_EMIT retrying(m_attempt, delay, reason);
    m_retryTimer.start(int(delay));
    return true;
}

void HttpJob::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    ActivityEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.method = QString::fromLatin1(m_request.method.toUpper());
    entry.url = HttpClient::redactUrl(m_currentUrl);
    entry.clientRequestId = QString::fromLatin1(m_clientRequestId);
    entry.attempt = m_attempt;
    entry.note = tr("cancelled");
    m_client->activityLog()->append(entry);
    finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void HttpJob::finish(Result<HttpResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    if (!result.ok()) {
        ApiError e = result.error();
        if (e.clientRequestId.isEmpty())
            e.clientRequestId = QString::fromLatin1(m_clientRequestId);
        if (e.service.isEmpty()) {
            const ServiceEndpoint *s = m_client->cloud().serviceForUrl(m_currentUrl);
            e.service = s ? s->id : m_currentUrl.host();
        }
        if (e.caller.isEmpty())
            e.caller = m_caller;
        result = e;
    } else {
        result->caller = m_caller;
    }
    m_result = std::move(result);
    Q_EMIT finished();
    deleteLater();
}

// ---------------------------------------------------------------------------------------------
// PageJob

PageJob::PageJob(HttpClient *client, HttpRequest first, int maxPages)
    : QObject(client),
      m_client(client),
      m_template(std::move(first)),
      m_origin(m_template.url),
      m_maxPages(maxPages),
      m_result(ApiError::make(ApiError::Kind::Cancelled, QString()))
{
    m_visited.insert(m_template.url.toString(QUrl::FullyEncoded));
}

PageJob::~PageJob()
{
    // Cancel without hearing back: this object is half destroyed, its handlers must not run.
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

void PageJob::fetch(const QUrl &url)
{
    if (m_finished)
        return;
    HttpRequest r = m_template;
    r.url = url;
    HttpJob *job = m_client->send(r);
    m_current = job;
    connect(job, &HttpJob::retrying, this, &PageJob::retrying);
    connect(job, &HttpJob::finished, this, [this, job, url] {
        m_current = nullptr;
        if (m_finished)
            return;
        if (m_delivering) {
            m_held.emplace(url, job->result()); // a copy: the job is deleted after this
            return;
        }
        onPage(url, job->result());
    });
}

void PageJob::onPage(const QUrl &url, Result<HttpResponse> res)
{
    if (!res.ok()) {
        m_failedUrl = url;
        finish(res.error());
        return;
    }
    // A scanned page (HttpRequest::scanJson) is handed over as bytes; any other decoded.
    const bool scanned = m_template.scanJson;
    const json::Page raw = scanned ? json::scanPage(res->body) : json::Page();
    const QJsonObject page = scanned ? QJsonObject() : res->json.object();
    const QJsonValue value = page.value("value"_L1);
    if (scanned ? !raw.hasValueArray : (!res->json.isObject() || !value.isArray())) {
        m_failedUrl = url;
        ApiError e = ApiError::make(ApiError::Kind::Parse,
                                    tr("A page of results has no \"value\" list."));
        e.requestId = res->requestId;
        finish(e);
        return;
    }
    const QJsonArray items = value.toArray();
    ++m_pages;
    m_items += scanned ? raw.items : items.size();
    QString next = raw.nextLink;
    if (!scanned) {
        next = page.value("@odata.nextLink"_L1).toString();
        if (next.isEmpty())
            next = page.value("nextLink"_L1).toString();
    }
    auto deliver = [&] {
        // A receiver that spins an event loop must not get the next page inside this one (nor
        // see this job deleted under it): that page is held until the receivers return.
        m_delivering = true;
        if (scanned)
            Q_EMIT pageScanned(res->body, raw.valueBegin, raw.valueEnd);
        else
            Q_EMIT pageArrived(items, page);
        m_delivering = false;
    };
    if (next.isEmpty() || (m_maxPages > 0 && m_pages >= m_maxPages)) {
        deliver();
        if (!m_finished) // a receiver may have cancelled
            finish(Done{});
        return;
    }
    const QUrl nextUrl = url.resolved(QUrl(next));
    std::optional<ApiError> refused;
    const QString key = nextUrl.toString(QUrl::FullyEncoded);
    if (!Cloud::sameOrigin(nextUrl, m_origin))
        refused = ApiError::make(ApiError::Kind::Protocol,
                                 tr("The service sent a next-page link to another host (%1); "
                                    "it was not followed.")
                                         .arg(nextUrl.host()));
    else if (m_visited.contains(key))
        refused = ApiError::make(ApiError::Kind::Protocol,
                                 tr("The service sent a next-page link to a page already "
                                    "loaded; paging stopped to avoid a loop."));
    if (!refused) {
        // The next page is asked for before this one is handed over: the service prepares it
        // while the receivers digest this one (one request in flight, as before).
        m_visited.insert(key);
        fetch(nextUrl);
    }
    deliver();
    if (m_finished) // a receiver cancelled (and with it the next page)
        return;
    if (refused) {
        m_failedUrl = nextUrl;
        finish(*refused);
        return;
    }
    if (m_held) { // the next page came while this one was with the receivers
        const auto [heldUrl, heldResult] = std::move(*m_held);
        m_held.reset();
        onPage(heldUrl, heldResult);
    }
}

void PageJob::cancel()
{
    if (m_finished)
        return;
    if (m_current) {
        HttpJob *job = m_current;
        m_current = nullptr;
        job->disconnect(this);
        job->cancel();
    }
    finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void PageJob::finish(Result<Done> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
    deleteLater();
}

// ---------------------------------------------------------------------------------------------
// BatchJob

BatchJob::BatchJob(HttpClient *client, const QUrl &batchUrl, QList<BatchItem> items,
                   RetryPolicy retry)
    : QObject(client),
      m_client(client),
      m_batchUrl(batchUrl),
      m_items(std::move(items)),
      m_retry(retry),
      m_result(ApiError::make(ApiError::Kind::Cancelled, QString()))
{
    m_results.resize(m_items.size());
    m_attempts.fill(0, m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        m_pending.append(i);
    m_waitTimer.setSingleShot(true);
    m_waitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_waitTimer, &QTimer::timeout, this, &BatchJob::sendNext);
}

BatchJob::~BatchJob()
{
    // Cancel without hearing back: this object is half destroyed, its handlers must not run.
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

void BatchJob::sendNext()
{
    if (m_finished)
        return;
    if (m_pending.isEmpty()) {
        finish(m_results);
        return;
    }
    const QList<int> indexes = m_pending.mid(0, MaxPerBatch);
    m_pending.remove(0, indexes.size());
    QJsonArray requests;
    bool allIdempotent = true;
    for (int i : indexes) {
        const BatchItem &item = m_items[i];
        ++m_attempts[i];
        QJsonObject r{{"id"_L1, QString::number(i)},
                      {"method"_L1, QString::fromLatin1(item.method.toUpper())},
                      {"url"_L1, item.url}};
        QJsonObject headers;
        for (const RawHeader &h : item.headers)
            headers.insert(QString::fromLatin1(h.first), QString::fromLatin1(h.second));
        if (!item.body.isEmpty()) {
            r.insert("body"_L1, item.body);
            if (!headers.contains("Content-Type"_L1))
                headers.insert("Content-Type"_L1, "application/json"_L1);
        }
        if (!headers.isEmpty())
            r.insert("headers"_L1, headers);
        requests.append(r);
        allIdempotent = allIdempotent && item.method.toUpper() == "GET";
    }
    HttpRequest req = HttpRequest::json("POST", m_batchUrl,
                                        QJsonDocument(QJsonObject{{"requests"_L1, requests}}));
    req.retry = m_retry;
    req.idempotentOverride = allIdempotent;
    HttpJob *job = m_client->send(req);
    m_current = job;
    connect(job, &HttpJob::finished, this, [this, job, indexes] {
        m_current = nullptr;
        onBatchDone(indexes, job->result());
    });
}

void BatchJob::onBatchDone(const QList<int> &indexes, const Result<HttpResponse> &r)
{
    if (m_finished)
        return;
    if (!r.ok()) {
        if (r.error().kind == ApiError::Kind::Cancelled) {
            finish(r.error());
            return;
        }
        for (int i : indexes) {
            m_results[i].status = r.error().httpStatus;
            m_results[i].error = r.error();
            m_results[i].attempts = m_attempts[i];
        }
        Q_EMIT progress(m_items.size() - m_pending.size(), m_items.size());
        sendNext();
        return;
    }
    const QJsonArray responses = r->json.object().value("responses"_L1).toArray();
    QSet<int> answered;
    QList<int> again;
    qint64 wait = -1;
    for (const QJsonValue &v : responses) {
        const QJsonObject o = v.toObject();
        bool ok = false;
        const int i = o.value("id"_L1).toString().toInt(&ok);
        if (!ok || !indexes.contains(i) || answered.contains(i))
            continue;
        answered.insert(i);
        BatchItemResult &res = m_results[i];
        res.status = o.value("status"_L1).toInt();
        res.attempts = m_attempts[i];
        res.headers.clear();
        const QJsonObject headers = o.value("headers"_L1).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            res.headers.append({it.key().toLatin1(), it.value().toVariant().toString().toLatin1()});
        res.body = o.value("body"_L1).toObject();
        res.error.reset();
        if (res.status >= 400) {
            HttpResponse fake;
            fake.status = res.status;
            fake.headers = res.headers;
            fake.body = QJsonDocument(res.body).toJson(QJsonDocument::Compact);
            res.error = HttpClient::errorFromResponse(fake);
            res.error->caller = r->caller;
            if (res.status == 429 || res.status == 503 || res.status == 504) {
                if (m_attempts[i] <= m_retry.maxRetries) {
                    again.append(i);
                    const qint64 ra = HttpClient::retryAfterMs(res.headers,
                                                               QDateTime::currentDateTimeUtc());
                    wait = std::max(wait, ra);
                }
            }
        }
    }
    for (int i : indexes) {
        if (!answered.contains(i)) {
            m_results[i].status = 0;
            m_results[i].attempts = m_attempts[i];
            m_results[i].error = ApiError::make(ApiError::Kind::Protocol,
                                                tr("The batch answer has no response for this "
                                                   "request."));
        }
    }
    m_pending = again + m_pending;
    Q_EMIT progress(m_items.size() - m_pending.size(), m_items.size());
    if (!again.isEmpty()) {
        const int attempt = *std::max_element(m_attempts.begin(), m_attempts.end());
        if (wait < 0)
            wait = qint64(double(m_retry.baseDelay.count()) * std::pow(2.0, attempt - 1));
        wait = std::min<qint64>(wait, m_retry.maxRetryAfter.count());
        m_waitTimer.start(int(wait));
        return;
    }
    sendNext();
}

void BatchJob::cancel()
{
    if (m_finished)
        return;
    m_waitTimer.stop();
    if (m_current) {
        HttpJob *job = m_current;
        m_current = nullptr;
        job->disconnect(this);
        job->cancel();
    }
    finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void BatchJob::finish(Result<QList<BatchItemResult>> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
    deleteLater();
}

} // namespace ie::net
