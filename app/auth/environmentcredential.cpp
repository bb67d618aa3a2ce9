#include "auth/environmentcredential.h"

#include "auth/clientcertificate.h"
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
    const QString certPath = env.value(u"AZURE_CLIENT_CERTIFICATE_PATH"_s);
    QStringList missing;
    if (m_tenantId.isEmpty())
        missing << u"AZURE_TENANT_ID"_s;
    if (clientId.isEmpty())
        missing << u"AZURE_CLIENT_ID"_s;
    const bool useFile = !tokenFile.isEmpty() && (workloadOnly || secret.isEmpty());
    if (workloadOnly && tokenFile.isEmpty())
        missing << u"AZURE_FEDERATED_TOKEN_FILE"_s;
    else if (!workloadOnly && secret.isEmpty() && tokenFile.isEmpty() && certPath.isEmpty())
        missing << u"AZURE_CLIENT_SECRET"_s;
    if (!missing.isEmpty()) {
        m_reason = tr("Not configured: %1 not set.").arg(missing.join(u", "_s));
        return;
    }
    // As in the SDKs: a secret first, then a certificate (AZURE_CLIENT_CERTIFICATE_PATH, with
    // AZURE_CLIENT_CERTIFICATE_PASSWORD and AZURE_CLIENT_SEND_CERTIFICATE_CHAIN).
    const bool useCertificate = !workloadOnly && secret.isEmpty() && !certPath.isEmpty();
    if (useCertificate) {
        const Result<ClientCertificate> cert = ClientCertificate::fromFile(
                certPath, env.value(u"AZURE_CLIENT_CERTIFICATE_PASSWORD"_s).toUtf8());
        AssertionOptions options;
        const QString chain = env.value(u"AZURE_CLIENT_SEND_CERTIFICATE_CHAIN"_s).toLower();
        options.sendCertificateChain = chain == "1"_L1 || chain == "true"_L1;
        if (cert.ok()) {
            m_inner = newClientCertificateCredential(client, m_tenantId, clientId, *cert, options,
                                                     this);
        } else {
            // Reported at every token request, like an unusable authority host.
            m_inner = new ClientSecretCredential(client, m_tenantId, clientId, QString(), this);
            m_authorityError = tr("AZURE_CLIENT_CERTIFICATE_PATH: %1").arg(cert.error().message);
        }
    } else if (useFile) {
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
