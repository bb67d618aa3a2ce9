#include "auth/environmentcredential.h"

#include "auth/clientsecretcredential.h"
#include "cloud/cloud.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace ie::auth {

EnvironmentCredential::EnvironmentCredential(ie::net::HttpClient *client, QProcessEnvironment env,
                                             bool workloadOnly, QObject *parent)
    : Credential(parent), m_workloadOnly(workloadOnly)
{
    m_tenantId = env.value(u"AZURE_TENANT_ID"_s);
    const QString clientId = env.value(u"AZURE_CLIENT_ID"_s);
    const QString secret = env.value(u"AZURE_CLIENT_SECRET"_s);
    const QString tokenFile = env.value(u"AZURE_FEDERATED_TOKEN_FILE"_s);
    const QString authority = env.value(u"AZURE_AUTHORITY_HOST"_s);
    QStringList missing;
    if (m_tenantId.isEmpty())
        missing << u"AZURE_TENANT_ID"_s;
    if (clientId.isEmpty())
        missing << u"AZURE_CLIENT_ID"_s;
    const bool useFile = !tokenFile.isEmpty() && (workloadOnly || secret.isEmpty());
    if (workloadOnly && tokenFile.isEmpty())
        missing << u"AZURE_FEDERATED_TOKEN_FILE"_s;
    else if (!workloadOnly && secret.isEmpty() && tokenFile.isEmpty())
        missing << u"AZURE_CLIENT_SECRET"_s;
    if (!missing.isEmpty()) {
        m_reason = tr("Not configured: %1 not set.").arg(missing.join(u", "_s));
        return;
    }
    if (useFile) {
        m_inner = new ClientSecretCredential(
                client, m_tenantId, clientId,
                [tokenFile]() -> Result<QByteArray> {
                    QFile f(tokenFile);
                    if (!f.open(QIODevice::ReadOnly))
                        return ApiError::make(
                                ApiError::Kind::Auth,
                                QCoreApplication::translate("ie::auth::EnvironmentCredential",
                                                            "Cannot read the federated token file "
                                                            "%1 (AZURE_FEDERATED_TOKEN_FILE): %2")
                                        .arg(tokenFile, f.errorString()));
                    const QByteArray jwt = f.read(65536).trimmed();
                    if (jwt.isEmpty())
                        return ApiError::make(
                                ApiError::Kind::Auth,
                                QCoreApplication::translate("ie::auth::EnvironmentCredential",
                                                            "The federated token file %1 is empty.")
                                        .arg(tokenFile));
                    return jwt;
                },
                this);
    } else {
        m_inner = new ClientSecretCredential(client, m_tenantId, clientId, secret, this);
    }
    m_inner->setName(name(), displayName());
    if (!authority.isEmpty()) {
        // A host name alone means https, as in the SDKs; anything but https is refused, so that
        // the secret never goes out in clear.
        const Result<QUrl> url = Cloud::httpsEndpoint(
                authority.contains(u"://"_s) ? authority : u"https://"_s + authority,
                u"AZURE_AUTHORITY_HOST"_s);
        if (url)
            m_inner->setAuthorityHost(*url);
        else
            m_authorityError = url.error().message;
    }
}

QString EnvironmentCredential::name() const
{
    return m_workloadOnly ? u"workload-identity"_s : u"environment"_s;
}

QString EnvironmentCredential::displayName() const
{
    return m_workloadOnly ? tr("Workload identity (AZURE_FEDERATED_TOKEN_FILE)")
                          : tr("Environment variables (AZURE_CLIENT_ID, ...)");
}

void EnvironmentCredential::requestToken(const ie::net::TokenRequest &request, Callback done)
{
    if (!m_inner) {
        done(ApiError::make(ApiError::Kind::Unsupported, m_reason));
        return;
    }
    if (!m_authorityError.isEmpty()) {
        done(ApiError::make(ApiError::Kind::InvalidInput, m_authorityError));
        return;
    }
    m_inner->requestToken(request, std::move(done));
}

} // namespace ie::auth
