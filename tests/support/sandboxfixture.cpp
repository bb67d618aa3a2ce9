#include "sandboxfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ie::test {

SandboxFixture::SandboxFixture(ie::sandbox::SandboxServer::Options options)
    : m_server(std::make_unique<ie::sandbox::SandboxServer>(std::move(options))),
      m_client(std::make_unique<ie::net::HttpClient>())
{ }

SandboxFixture::~SandboxFixture()
{
    m_client.reset();
    m_tokens.reset();
}

bool SandboxFixture::start()
{
    if (!m_server->start(&m_error))
        return false;
    m_client->setCloud(m_server->cloud());
    m_tokens = std::make_unique<ie::auth::ClientCredentialsProvider>(
            m_client.get(), m_server->tenantId(), m_server->adminClientId(),
            m_server->adminClientSecret());
    m_client->setTokenProvider(m_tokens.get());
    return true;
}

static QUrl join(const QUrl &base, const QString &pathAndQuery)
{
    return QUrl(base.toString() + pathAndQuery);
}

QUrl SandboxFixture::graph(const QString &pathAndQuery) const
{
    return join(m_server->graphUrl(), QStringLiteral("/v1.0") + pathAndQuery);
}

QUrl SandboxFixture::arm(const QString &pathAndQuery) const
{
    return join(m_server->armUrl(), pathAndQuery);
}

bool SandboxFixture::writeCloudConfig(const QString &path) const
{
    const ie::sandbox::SandboxServer &s = *m_server;
    const QJsonObject cfg{
            {"endpoints"_L1,
             QJsonObject{
                     {"activeDirectory"_L1, s.loginUrl().toString()},
                     {"activeDirectoryResourceId"_L1, "https://management.core.windows.net/"_L1},
                     {"microsoftGraphResourceId"_L1, s.graphUrl().toString() + u'/'},
                     {"resourceManager"_L1, s.armUrl().toString() + u'/'}}},
            {"caFile"_L1, s.caFile()}};
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(cfg).toJson()) > 0;
}

} // namespace ie::test
