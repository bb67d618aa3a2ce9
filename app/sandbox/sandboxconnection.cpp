#include "sandbox/sandboxconnection.h"

#include "auth/clientcredentials.h"
#include "net/httpclient.h"
#include "sandbox/sandboxserver.h"

namespace ie::sandbox {

Result<ie::auth::Connection> connectInProcessSandbox(ie::net::HttpClient &client)
{
    auto server = std::make_shared<SandboxServer>();
    QString error;
    if (!server->start(&error))
        return ApiError::make(ApiError::Kind::Network, error);
    client.setCloud(server->cloud());
    // The provider is a child of the server: both live as long as the connection.
    auto *tokens = new ie::auth::ClientCredentialsProvider(
            &client, server->tenantId(), server->adminClientId(), server->adminClientSecret(),
            server.get());
    client.setTokenProvider(tokens);
    return ie::auth::Connection(server);
}

} // namespace ie::sandbox
