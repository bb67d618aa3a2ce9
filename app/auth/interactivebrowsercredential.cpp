#include "auth/interactivebrowsercredential.h"

#include "auth/clientsecretcredential.h"
#include "auth/logging.h"
#include "auth/loopbackredirectlistener.h"
#include "auth/secretstore.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ie::auth {

namespace {

// RFC 7636 4.1: unreserved characters only.
constexpr char VerifierAlphabet[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int VerifierLength = 64;

QString randomString(int length)
{
    QRandomGenerator *rng = QRandomGenerator::system();
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(VerifierAlphabet[rng->bounded(int(sizeof VerifierAlphabet) - 1)]);
    return s;
}

QString enc(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

ie::net::HttpRequest formPost(const QUrl &url, const QUrlQuery &form)
{
    ie::net::HttpRequest req;
    req.method = "POST";
    req.url = url;
    req.authenticate = false;
    req.anyStatus = true; // invalid_grant is an answer, not a failure to retry
    req.carriesSecret = true; // an authorization code, a PKCE verifier, a refresh token
    req.body = form.query(QUrl::FullyEncoded).toUtf8();
    req.headers.append({QByteArrayLiteral("Content-Type"),
                        QByteArrayLiteral("application/x-www-form-urlencoded")});
    return req;
}

} // namespace

InteractiveBrowserCredential::InteractiveBrowserCredential(ie::net::HttpClient *client,
                                                           Options options, QObject *parent)
    : Credential(parent), m_client(client), m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_options.timeout);
        finishInteractive(ApiError::make(
                ApiError::Kind::Timeout,
                tr("No answer came from the browser within %n minute(s). Start the sign-in "
                   "again and finish it in the browser window that opens.",
                   nullptr, std::max(1, int(minutes.count())))));
    });
}

InteractiveBrowserCredential::~InteractiveBrowserCredential()
{
    closeListener();
}

QString InteractiveBrowserCredential::makeCodeVerifier()
{
    return randomString(VerifierLength);
}

QString InteractiveBrowserCredential::codeChallenge(const QString &verifier)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString InteractiveBrowserCredential::refreshTokenKey() const
{
    return SecretStore::refreshTokenKey(m_client ? m_client->cloud().name : QString(),
                                        m_options.tenantId, m_options.clientId);
}

QUrl InteractiveBrowserCredential::endpoint(const QString &tenant, const QString &leaf) const
{
    QUrl url = m_client->cloud().loginUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + tenant + u"/oauth2/v2.0/"_s + leaf);
    return url;
}

QString InteractiveBrowserCredential::scopeFor(const QString &audience) const
{
    return scopeForResource(audience) + u" offline_access openid profile"_s;
}

void InteractiveBrowserCredential::requestToken(const ie::net::TokenRequest &request, Callback done)
{
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Auth, tr("No HTTP client.")));
        return;
    }
    Pending p{request, request.tenantId.isEmpty() ? m_options.tenantId : request.tenantId,
              std::move(done)};
    if (!isValidTenantId(p.tenant)) {
        p.done(invalidTenantError(p.tenant, tr("The tenant")));
        return;
    }
    if (m_listener) { // a sign-in already waits for the browser: this request waits with it
        m_waiting.append(std::move(p));
        return;
    }
    const quint64 generation = m_generation;
    if (m_refreshing) { // the refresh in flight gets the token this one will use
        m_refreshWaiting.append(std::move(p));
        return;
    }
    if (!m_refreshToken.isEmpty()) {
        refreshWith(m_refreshToken, std::move(p), generation);
        return;
    }
    if (!m_options.store) {
        beginInteractive(std::move(p));
        return;
    }
    // A refresh token kept by an earlier run signs in without the browser.
    auto shared = std::make_shared<Pending>(std::move(p));
    m_options.store->read(refreshTokenKey(), this, [this, shared, generation](Result<QString> r) {
        if (generation != m_generation)
            return shared->done(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
        if (r.ok() && !r->isEmpty())
            return refreshWith(*r, std::move(*shared), generation);
        if (!r.ok() && r.error().kind != ApiError::Kind::NotFound)
            qCWarning(lcAuth) << "no refresh token from the keychain:" << r.error().summary();
        beginInteractive(std::move(*shared));
    });
}

Result<ie::net::AccessToken> InteractiveBrowserCredential::tokenFrom(
        const ie::net::HttpResponse &response, const Pending &pending, const QDateTime &asked)
{
    Result<ie::net::AccessToken> t = tokenFromOAuthResponse(
            response.json.object(), pending.request.audience, pending.tenant, name(), asked);
    if (t.ok()) {
        const QString tid = unverifiedClaims(t->token).value("tid"_L1).toString();
        if (!tid.isEmpty())
            t->tenantId = tid;
        const QString refresh = response.json.object().value("refresh_token"_L1).toString();
        if (!refresh.isEmpty())
            keepRefreshToken(refresh);
    }
    return t;
}

void InteractiveBrowserCredential::refreshWith(const QString &refreshToken, Pending pending,
                                               quint64 generation)
{
    if (m_refreshing) {
        m_refreshWaiting.append(std::move(pending));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"client_id"_s, enc(m_options.clientId));
    form.addQueryItem(u"refresh_token"_s, enc(refreshToken));
    form.addQueryItem(u"scope"_s, enc(scopeFor(pending.request.audience)));
    if (!pending.request.claims.isEmpty())
        form.addQueryItem(u"claims"_s, enc(pending.request.claims));
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    auto shared = std::make_shared<Pending>(std::move(pending));
    m_refreshing = true;
    m_client->send(
            formPost(endpoint(shared->tenant, u"token"_s), form), this,
            [this, shared, generation, asked](const Result<ie::net::HttpResponse> &r) {
                // The waiting requests go on once this one is answered (its callback may end
                // this credential: then nothing goes on).
                const auto next = qScopeGuard([self = QPointer(this), generation] {
                    if (self && generation == self->m_generation)
                        self->refreshDone();
                });
                if (generation != m_generation)
                    return shared->done(
                            ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
                if (!r.ok())
                    return shared->done(r.error());
                if (r->status == 200)
                    return shared->done(tokenFrom(*r, *shared, asked));
                const QString error = r->json.object().value("error"_L1).toString();
                if (error == "invalid_grant"_L1 || error == "interaction_required"_L1) {
                    // Expired, revoked, or the user must consent again: forget it, ask anew.
                    qCInfo(lcAuth) << "refresh token refused (" << error
                                   << "): signing in with the browser";
                    m_refreshToken.clear();
                    if (m_options.store)
                        m_options.store->remove(refreshTokenKey(), this, [](VoidResult removed) {
                            if (!removed.ok())
                                qCWarning(lcAuth) << "stale refresh token not deleted:"
                                                  << removed.error().summary();
                        });
                    return beginInteractive(std::move(*shared));
                }
                ApiError e = ie::net::HttpClient::errorFromResponse(*r);
                e.kind = ApiError::Kind::Auth;
                shared->done(e);
            });
}

void InteractiveBrowserCredential::refreshDone()
{
    m_refreshing = false;
    QList<Pending> waiting = std::exchange(m_refreshWaiting, {});
    for (Pending &p : waiting)
        requestToken(p.request, std::move(p.done));
}

void InteractiveBrowserCredential::beginInteractive(Pending pending)
{
    if (m_listener) {
        m_waiting.append(std::move(pending));
        return;
    }
    m_listener = new LoopbackRedirectListener(this);
    if (!m_listener->listen()) {
        const QString why = m_listener->errorString();
        closeListener();
        pending.done(ApiError::make(ApiError::Kind::Auth,
                                    tr("The browser sign-in could not open a port on this "
                                       "computer to receive its answer (%1). Use the device "
                                       "code sign-in instead.")
                                            .arg(why)));
        return;
    }
    m_listener->setPages(tr("<h1>Signed in</h1><p>Identity Explorer is signed in. You can close "
                            "this tab.</p>"),
                         tr("<h1>Not signed in</h1><p>The sign-in did not succeed. You can close "
                            "this tab; Identity Explorer says why.</p>"));
    connect(m_listener, &LoopbackRedirectListener::redirectReceived, this,
            &InteractiveBrowserCredential::onRedirect);
    m_verifier = makeCodeVerifier();
    m_state = randomString(32);
    m_listener->setExpectedState(m_state);
    m_redirectUri = m_listener->redirectUri();
    QUrlQuery q;
    q.addQueryItem(u"client_id"_s, enc(m_options.clientId));
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"redirect_uri"_s, enc(m_redirectUri.toString()));
    q.addQueryItem(u"response_mode"_s, u"query"_s);
    q.addQueryItem(u"scope"_s, enc(scopeFor(pending.request.audience)));
    q.addQueryItem(u"state"_s, enc(m_state));
    q.addQueryItem(u"code_challenge"_s, enc(codeChallenge(m_verifier)));
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    q.addQueryItem(u"prompt"_s, u"select_account"_s);
    if (!pending.request.claims.isEmpty())
        q.addQueryItem(u"claims"_s, enc(pending.request.claims));
    QUrl url = endpoint(pending.tenant, u"authorize"_s);
    url.setQuery(q);
    m_authorizationUrl = url;
    m_waiting = {std::move(pending)};
    m_timeout.start(m_options.timeout);
    qCInfo(lcAuth) << "browser sign-in: waiting for the redirect on port" << m_listener->port();
    Q_EMIT openUrl(url);
}

void InteractiveBrowserCredential::onRedirect(const QUrlQuery &query)
{
    m_timeout.stop();
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    if (state != m_state) {
        finishInteractive(ApiError::make(
                ApiError::Kind::Auth,
                tr("The browser returned an answer that does not belong to this sign-in (its "
                   "state does not match). Nothing was signed in; start the sign-in again.")));
        return;
    }
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        QString description = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
        description.replace(u'+', u' ');
        ApiError e = ApiError::make(
                ApiError::Kind::Auth,
                error == "access_denied"_L1
                        ? tr("The sign-in was declined in the browser (%1). Start again and "
                             "accept, or ask an administrator to consent for the tenant.")
                                  .arg(description)
                        : tr("The sign-in service refused the sign-in: %1 (%2).")
                                  .arg(description, error),
                error);
        finishInteractive(e);
        return;
    }
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.isEmpty()) {
        finishInteractive(ApiError::make(ApiError::Kind::Protocol,
                                         tr("The browser returned neither a code nor an error. "
                                            "Start the sign-in again.")));
        return;
    }
    redeem(code);
}

void InteractiveBrowserCredential::redeem(const QString &code)
{
    if (m_waiting.isEmpty())
        return closeListener();
    const Pending &first = m_waiting.first();
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"client_id"_s, enc(m_options.clientId));
    form.addQueryItem(u"code"_s, enc(code));
    form.addQueryItem(u"redirect_uri"_s, enc(m_redirectUri.toString()));
    form.addQueryItem(u"code_verifier"_s, enc(m_verifier));
    form.addQueryItem(u"scope"_s, enc(scopeFor(first.request.audience)));
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    const quint64 generation = m_generation;
    const Pending firstCopy = first;
    m_client->send(formPost(endpoint(first.tenant, u"token"_s), form), this,
                   [this, generation, asked, firstCopy](const Result<ie::net::HttpResponse> &r) {
                       if (generation != m_generation)
                           return;
                       if (!r.ok())
                           return finishInteractive(r.error());
                       if (r->status != 200) {
                           ApiError e = ie::net::HttpClient::errorFromResponse(*r);
                           e.kind = ApiError::Kind::Auth;
                           return finishInteractive(e);
                       }
                       finishInteractive(tokenFrom(*r, firstCopy, asked));
                   });
}

void InteractiveBrowserCredential::finishInteractive(const Result<ie::net::AccessToken> &result)
{
    m_timeout.stop();
    QList<Pending> waiting = std::exchange(m_waiting, {});
    closeListener();
    if (waiting.isEmpty())
        return;
    Pending first = waiting.takeFirst();
    const QString audience = first.request.audience;
    first.done(result);
    // The others asked meanwhile, maybe for another audience: the new refresh token serves them.
    const quint64 generation = m_generation;
    for (Pending &p : waiting) {
        if (!result.ok())
            p.done(result.error());
        else if (p.request.audience == audience)
            p.done(result);
        else if (!m_refreshToken.isEmpty())
            refreshWith(m_refreshToken, std::move(p), generation);
        else
            beginInteractive(std::move(p));
    }
}

void InteractiveBrowserCredential::keepRefreshToken(const QString &refreshToken)
{
    m_refreshToken = refreshToken;
    if (!m_options.store)
        return;
    ++m_pendingWrites;
    m_options.store->write(refreshTokenKey(), refreshToken, this, [this](VoidResult r) {
        if (!r.ok())
            qCWarning(lcAuth) << "refresh token not kept in the keychain:" << r.error().summary();
        if (--m_pendingWrites == 0)
            Q_EMIT keychainWritesFinished();
    });
}

void InteractiveBrowserCredential::closeListener()
{
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    m_verifier.clear();
    m_state.clear();
    m_authorizationUrl.clear();
}

void InteractiveBrowserCredential::cancel()
{
    ++m_generation;
    m_refreshing = false;
    const QList<Pending> refreshWaiting = std::exchange(m_refreshWaiting, {});
    for (const Pending &p : refreshWaiting)
        p.done(ApiError::make(ApiError::Kind::Cancelled, tr("The browser sign-in was cancelled.")));
    if (!m_listener && m_waiting.isEmpty())
        return;
    m_timeout.stop();
    QList<Pending> waiting = std::exchange(m_waiting, {});
    closeListener();
    for (Pending &p : waiting)
        p.done(ApiError::make(ApiError::Kind::Cancelled, tr("The browser sign-in was cancelled.")));
}

} // namespace ie::auth
