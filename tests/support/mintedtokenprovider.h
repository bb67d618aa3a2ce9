#pragma once

#include "net/tokenprovider.h"

#include <QString>

namespace ie::sandbox {
class SandboxServer;
}

namespace ie::test {

// Signs in as any service principal of a running sandbox (a managed identity, say) by minting its
// tokens with the sandbox's own issuer, exactly as the sandbox's managed-identity endpoint does:
// the roles claim is read at mint time. For tests that need a caller other than the admin app.
class MintedTokenProvider : public ie::net::TokenProvider
{
public:
    MintedTokenProvider(ie::sandbox::SandboxServer *server, QString servicePrincipalId);
    void getToken(const ie::net::TokenRequest &request, QObject *context,
                  ie::net::TokenCallback callback) override;
    // The token for Graph (true) or ARM (false), now.
    QByteArray mint(bool graph, QString *error = nullptr) const;

private:
    ie::sandbox::SandboxServer *m_server;
    QString m_id;
};

} // namespace ie::test
