#pragma once

#include "auth/clientsecretcredential.h"
#include "auth/tokencache.h"
#include "net/httpclient.h"

namespace ie::auth {

// A TokenCache in front of its own ClientSecretCredential: the client credentials grant with a
// secret, cached per audience (reused until a few minutes before expiry, one acquisition shared by
// concurrent requests). What the in-process sandbox and the tests sign in with.
class ClientCredentialsProvider : public TokenCache
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCredentialsProvider)
public:
    ClientCredentialsProvider(ie::net::HttpClient *client, QString tenantId, QString clientId,
                              QString clientSecret, QObject *parent = nullptr);
    ClientSecretCredential *secretCredential() const { return m_secretCredential; }

private:
    ClientSecretCredential *m_secretCredential; // child
};

} // namespace ie::auth
