#include "auth/clientcredentials.h"

namespace ie::auth {

ClientCredentialsProvider::ClientCredentialsProvider(ie::net::HttpClient *client, QString tenantId,
                                                     QString clientId, QString clientSecret,
                                                     QObject *parent)
    : TokenCache(nullptr, client ? client->cloud().name : QString(), parent),
      m_secretCredential(new ClientSecretCredential(
              client, std::move(tenantId), std::move(clientId), std::move(clientSecret), this))
{
    setCredential(m_secretCredential);
}

} // namespace ie::auth
