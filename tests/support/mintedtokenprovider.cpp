#include "mintedtokenprovider.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ie::test {

MintedTokenProvider::MintedTokenProvider(ie::sandbox::SandboxServer *server,
                                         QString servicePrincipalId)
    : m_server(server), m_id(std::move(servicePrincipalId))
{ }

QByteArray MintedTokenProvider::mint(bool graph, QString *error) const
{
    const ie::sandbox::ServicePrincipal *sp = m_server->state().spById(m_id);
    if (!sp) {
        if (error)
            *error = u"no service principal %1"_s.arg(m_id);
        return {};
    }
    QString code, description;
    int aadsts = 0;
    const auto t = m_server->tokenIssuer().mintAppToken(
            *sp, graph ? u"https://graph.microsoft.com"_s : u"https://management.azure.com"_s, 3600,
            &code, &description, &aadsts, m_server->state().miResourceId);
    if (!t) {
        if (error)
            *error = description;
        return {};
    }
    return t->token;
}

void MintedTokenProvider::getToken(const ie::net::TokenRequest &request, QObject *context,
                                   ie::net::TokenCallback callback)
{
    const bool graph = request.audience != m_server->cloud().armAudience();
    QString error;
    ie::net::AccessToken token;
    token.token = mint(graph, &error);
    token.audience = request.audience;
    token.expiresOn = QDateTime::currentDateTimeUtc().addSecs(3600);
    token.credential = u"minted"_s;
    QTimer::singleShot(0, context, [token, error, callback] {
        if (token.token.isEmpty())
            callback(ie::ApiError::make(ie::ApiError::Kind::Auth, error));
        else
            callback(token);
    });
}

} // namespace ie::test
