#pragma once

#include "auth/clientcredentials.h"
#include "net/httpclient.h"
#include "sandbox/sandboxserver.h"

#include <memory>

namespace ie::test {

// An in-process sandbox tenant and an HttpClient signed in to it as the documented sandbox admin
// app (client credentials). Start it in initTestCase() or init():
//     ie::test::SandboxFixture sandbox;
//     QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
//     sandbox.client().send(...);
class SandboxFixture
{
public:
    explicit SandboxFixture(ie::sandbox::SandboxServer::Options options = {});
    ~SandboxFixture();
    bool start();
    QString error() const { return m_error; }

    ie::sandbox::SandboxServer &server() { return *m_server; }
    ie::net::HttpClient &client() { return *m_client; }
    ie::auth::ClientCredentialsProvider &tokens() { return *m_tokens; }
    // https://127.0.0.1:P/v1.0 and the ARM base.
    QUrl graph(const QString &pathAndQuery) const;
    QUrl arm(const QString &pathAndQuery) const;
    // Writes the server's cloud configuration (the `az cloud register --cloud-config` format,
    // with its CA as "caFile", as `identity-explorer sandbox` writes it) to `path`.
    bool writeCloudConfig(const QString &path) const;

private:
    std::unique_ptr<ie::sandbox::SandboxServer> m_server;
    std::unique_ptr<ie::net::HttpClient> m_client;
    std::unique_ptr<ie::auth::ClientCredentialsProvider> m_tokens;
    QString m_error;
};

} // namespace ie::test
