#include "auth/clientsecretcredential.h"

#include "auth/logging.h"
#include "core/terminaltext.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ie::auth {

ClientSecretCredential::ClientSecretCredential(ie::net::HttpClient *client, QString tenantId,
                                               QString clientId, QString clientSecret,
                                               QObject *parent)
    : Credential(parent), m_client(client), m_tenantId(std::move(tenantId)),
      m_clientId(std::move(clientId)), m_secret(std::move(clientSecret))
{ }

ClientSecretCredential::ClientSecretCredential(ie::net::HttpClient *client, QString tenantId,
                                               QString clientId, AssertionSource assertion,
                                               QObject *parent)
    : Credential(parent), m_client(client), m_tenantId(std::move(tenantId)),
      m_clientId(std::move(clientId)), m_assertion(std::move(assertion)),
      m_name(u"workload-identity"_s)
{ }

void ClientSecretCredential::setName(const QString &name, const QString &displayName)
{
    m_name = name;
    m_displayName = displayName;
}

void ClientSecretCredential::setEndpointAssertion(EndpointAssertionSource source)
{
    m_endpointAssertion = std::move(source);
    m_assertion = {};
    m_secret.clear();
}

QString ClientSecretCredential::displayName() const
{
    if (!m_displayName.isEmpty())
        return m_displayName;
    return m_assertion ? tr("Workload identity (federated token)") : tr("Client secret");
}

Result<ie::net::AccessToken> tokenFromOAuthResponse(const QJsonObject &o, const QString &audience,
                                                    const QString &tenant,
                                                    const QString &credential, const QDateTime &now)
{
    ie::net::AccessToken t;
    t.token = o.value("access_token"_L1).toString().toLatin1();
    // expires_in is a number from the v2.0 endpoint and a string from v1 and some emulators.
    const qint64 expiresIn = o.value("expires_in"_L1).toVariant().toLongLong();
    t.expiresOn = now.addSecs(expiresIn);
    t.audience = audience;
    t.tenantId = tenant;
    t.credential = credential;
    if (t.token.isEmpty()) {
        return ApiError::make(
                ApiError::Kind::Parse,
                QCoreApplication::translate("ie::auth::ClientSecretCredential",
                                            "The token endpoint's answer has no access token."));
    }
    if (expiresIn <= 0) {
        // A token that is already expired (or whose lifetime cannot be read) is no token to use.
        return ApiError::make(
                ApiError::Kind::Parse,
                QCoreApplication::translate("ie::auth::ClientSecretCredential",
                                            "The token endpoint's answer gives the token a "
                                            "lifetime of %1 (expires_in): it is not a number "
                                            "of seconds above 0, so the token cannot be used. "
                                            "Check the token endpoint (--cloud-config).")
                        .arg(terminalSafe(o.value("expires_in"_L1).toVariant().toString(), 40)));
    }
    return t;
}

void ClientSecretCredential::requestToken(const ie::net::TokenRequest &request, Callback done)
{
    const QString tenant = request.tenantId.isEmpty() ? m_tenantId : request.tenantId;
    if (!m_client) {
        done(ApiError::make(ApiError::Kind::Auth, tr("No HTTP client.")));
        return;
    }
    if (tenant.isEmpty() || m_clientId.isEmpty()) {
        done(ApiError::make(
                ApiError::Kind::InvalidInput,
                tr("A tenant and a client id are needed to sign in as an application.")));
        return;
    }
    if (!isValidTenantId(tenant)) {
        // Checked before any URL is built: the tenant is a path segment of the token endpoint.
        done(invalidTenantError(tenant, tr("The tenant")));
        return;
    }
    QUrl url = m_authority.isValid() && !m_authority.isEmpty() ? m_authority
                                                               : m_client->cloud().loginUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + tenant + u"/oauth2/v2.0/token"_s);
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_id"_s, m_clientId);
    if (m_assertion || m_endpointAssertion) {
        const Result<QByteArray> assertion =
                m_endpointAssertion ? m_endpointAssertion(url) : m_assertion();
        if (!assertion.ok()) {
            done(assertion.error());
            return;
        }
        form.addQueryItem(u"client_assertion_type"_s,
                          QString::fromLatin1(QUrl::toPercentEncoding(
                                  u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s)));
        form.addQueryItem(u"client_assertion"_s, QString::fromLatin1(assertion->trimmed()));
    } else {
        form.addQueryItem(u"client_secret"_s,
                          QString::fromLatin1(QUrl::toPercentEncoding(m_secret)));
    }
    form.addQueryItem(
            u"scope"_s,
            QString::fromLatin1(QUrl::toPercentEncoding(scopeForResource(request.audience))));
    if (!request.claims.isEmpty())
        form.addQueryItem(u"claims"_s,
                          QString::fromLatin1(QUrl::toPercentEncoding(request.claims)));

    ie::net::HttpRequest req;
    req.method = "POST";
    req.url = url;
    req.authenticate = false;
    req.body = form.query(QUrl::FullyEncoded).toUtf8();
    req.headers.append({QByteArrayLiteral("Content-Type"),
                        QByteArrayLiteral("application/x-www-form-urlencoded")});
    req.idempotentOverride = true; // a token request may be repeated safely
    req.carriesSecret = true;
    const QString audience = request.audience;
    const QString name = m_name;
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    m_client->send(
            req, this,
            [done, audience, tenant, name, asked](const Result<ie::net::HttpResponse> &r) {
                if (!r.ok()) {
                    ApiError e = r.error();
                    if (e.kind != ApiError::Kind::Cancelled && e.kind != ApiError::Kind::Network
                        && e.kind != ApiError::Kind::Timeout)
                        e.kind = ApiError::Kind::Auth;
                    e.service = u"login"_s;
                    done(e);
                    return;
                }
                done(tokenFromOAuthResponse(r->json.object(), audience, tenant, name, asked));
            });
}

} // namespace ie::auth
