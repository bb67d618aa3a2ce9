#pragma once

#include "auth/credential.h"
#include "net/httpclient.h"

#include <QPointer>
#include <QProcessEnvironment>

namespace ie::auth {

class ClientSecretCredential;

// A service principal named by the environment, as the Azure Identity SDKs read it:
// AZURE_TENANT_ID and AZURE_CLIENT_ID with AZURE_CLIENT_SECRET (client secret), or with
// AZURE_FEDERATED_TOKEN_FILE (workload identity federation: the file's JWT as client assertion,
// read again for every token because the platform rotates it), or with
// AZURE_CLIENT_CERTIFICATE_PATH (a PEM or PKCS#12 client certificate; its password in
// AZURE_CLIENT_CERTIFICATE_PASSWORD, the x5c chain sent when AZURE_CLIENT_SEND_CERTIFICATE_CHAIN
// is true). AZURE_AUTHORITY_HOST replaces the
// cloud's login host. Without the variables it is unavailable (Kind::Unsupported), naming the
// missing ones.
class EnvironmentCredential : public Credential
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentCredential)
public:
    // workloadOnly: only the federated token file counts (the chain's workload identity step).
    EnvironmentCredential(ie::net::HttpClient *client,
                          QProcessEnvironment environment
                          = QProcessEnvironment::systemEnvironment(),
                          bool workloadOnly = false, QObject *parent = nullptr);

    bool isAvailable() const { return m_inner != nullptr; }
    QString unavailableReason() const { return m_reason; }

    QString name() const override;
    QString displayName() const override;
    QString tenantId() const override { return m_tenantId; }
    void requestToken(const ie::net::TokenRequest &request, Callback done) override;

private:
    ClientSecretCredential *m_inner = nullptr; // child
    QString m_tenantId;
    QString m_reason;
    // AZURE_AUTHORITY_HOST that is not an https:// URL: every token request fails with this.
    QString m_authorityError;
    bool m_workloadOnly;
};

} // namespace ie::auth
