#include "auth/signinsession.h"

#include "auth/devicecodecredential.h"
#include "auth/interactivebrowsercredential.h"
#include "auth/logging.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QTimer>

namespace ie::auth {

SignInSession::SignInSession(ie::net::HttpClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

SignInSession::~SignInSession()
{
    if (m_client && m_client->tokenProvider() == &m_notSignedIn)
        m_client->setTokenProvider(nullptr);
}

ApiError SignInSession::notSignedInError()
{
    return ApiError::make(ApiError::Kind::Auth,
                          QCoreApplication::translate("ie::auth::SignInSession",
                                                      "Not signed in. Sign in with File ▸ Sign "
                                                      "in…, then try again."));
}

void SignInSession::NotSignedIn::getToken(const ie::net::TokenRequest &, QObject *context,
                                          ie::net::TokenCallback callback)
{
    // Asynchronously, as every provider answers.
    QTimer::singleShot(0, context, [callback] { callback(notSignedInError()); });
}

void SignInSession::setFreshStart(const Cloud &cloud, TokenCache *provider)
{
    m_freshCloud = cloud;
    m_fresh = provider;
    m_current = provider;
    m_signedIn = provider != nullptr;
    if (m_client) {
        m_client->setCloud(cloud);
        m_client->setTokenProvider(provider ? static_cast<ie::net::TokenProvider *>(provider)
                                            : &m_notSignedIn);
    }
    Q_EMIT stateChanged();
}

void SignInSession::signedIn(TokenCache *cache)
{
    if (m_current && m_current != m_fresh && m_current != cache)
        m_current->deleteLater();
    if (cache && cache != m_fresh)
        cache->setParent(this);
    m_current = cache;
    m_signedIn = cache != nullptr;
    if (m_client)
        m_client->setTokenProvider(cache ? static_cast<ie::net::TokenProvider *>(cache)
                                         : &m_notSignedIn);
    Q_EMIT stateChanged();
}

bool SignInSession::isFreshStart() const
{
    return m_fresh && m_current == m_fresh;
}

void SignInSession::signOut()
{
    const bool wasFreshCloud
            = m_client && m_freshCloud && m_client->cloud().name == m_freshCloud->name;
    if (m_current) {
        m_current->clear();
        if (auto *browser = qobject_cast<InteractiveBrowserCredential *>(m_current->credential()))
            browser->forgetRefreshToken();
        if (auto *dc = qobject_cast<DeviceCodeCredential *>(m_current->credential()))
            dc->forgetRefreshToken();
        if (m_current != m_fresh)
            m_current->deleteLater();
    }
    m_current.clear();
    if (wasFreshCloud && m_fresh) {
        m_fresh->clear();
        m_current = m_fresh;
        m_signedIn = true;
        m_client->setCloud(*m_freshCloud);
        m_client->setTokenProvider(m_fresh.data());
    } else {
        m_signedIn = false;
        if (m_client)
            m_client->setTokenProvider(&m_notSignedIn);
    }
    qCInfo(lcAuth) << "signed out;" << (m_signedIn ? "back on the sandbox" : "not signed in");
    Q_EMIT stateChanged();
}

} // namespace ie::auth
