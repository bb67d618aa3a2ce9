#pragma once

#include "auth/credential.h"
#include "net/httpclient.h"

#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>

#include <chrono>

namespace ie::auth {

// A managed identity's token from whatever endpoint the machine provides, found the way the Azure
// SDKs find it:
//   IDENTITY_ENDPOINT + IDENTITY_HEADER   App Service / Functions (api-version 2019-08-01,
//                                         X-IDENTITY-HEADER; client_id | principal_id | mi_res_id)
//   IDENTITY_ENDPOINT + IMDS_ENDPOINT     Azure Arc (401 challenge naming a key file under the
//                                         agent's tokens folder, then Authorization: Basic)
//   MSI_ENDPOINT + MSI_SECRET             App Service's older protocol (api-version 2017-09-01,
//                                         header secret; clientid; expires_on as a date text)
//   MSI_ENDPOINT                          Cloud Shell (POST resource=...)
//   otherwise                             IMDS on 169.254.169.254 (Metadata: true, api-version
//                                         2018-02-01; client_id | object_id | msi_res_id)
// Inside the default chain (Options::probe) the first IMDS request is a short probe, so that "no
// managed identity here" is answered within a second (Kind::Unsupported) and the chain moves on;
// chosen on its own, it waits as long as the SDKs do (a busy VM's IMDS may take seconds). Every
// request retries as the SDKs do (404, 410, 429, 5xx, backoff).
class ManagedIdentityCredential : public Credential
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagedIdentityCredential)
public:
    enum class Source { Imds, AppService, AppService2017, Arc, CloudShell };
    Q_ENUM(Source)

    struct Options
    {
        // A user-assigned identity, named by at most one of these.
        QString clientId;
        QString objectId;
        QString resourceId;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // IMDS base URL (AZURE_POD_IDENTITY_AUTHORITY_HOST overrides it too). Tests point it at
        // the sandbox; the default is only ever contacted on a real machine.
        QUrl imdsEndpoint = QUrl(QStringLiteral("http://169.254.169.254"));
        // The only folder an Azure Arc challenge may name a key file in.
        QString arcKeyDirectory = QStringLiteral("/var/opt/azcmagent/tokens");
        bool probe = false; // a short first probe of IMDS (the default chain sets it)
        std::chrono::milliseconds probeTimeout{1000};
        int maxRetries = 5;
        std::chrono::milliseconds retryBaseDelay{800}; // doubled each retry
    };

    ManagedIdentityCredential(ie::net::HttpClient *client, Options options,
                              QObject *parent = nullptr);

    Source source() const { return m_source; }
    static Source detectSource(const QProcessEnvironment &environment);

    QString name() const override { return QStringLiteral("managed-identity"); }
    QString displayName() const override;
    void requestToken(const ie::net::TokenRequest &request, Callback done) override;
    void cancel() override;

    // Decodes any of the endpoints' answers (numbers as strings or numbers, expires_on as an
    // epoch or App Service's old date text, expires_in instead of expires_on).
    static Result<ie::net::AccessToken> parseToken(const QJsonObject &body, const QString &audience,
                                                   const QDateTime &now);

private:
    struct Attempt;
    void send(const std::shared_ptr<Attempt> &attempt);
    void onAnswer(const std::shared_ptr<Attempt> &attempt, const ie::net::HttpResponse &response);
    void retryLater(const std::shared_ptr<Attempt> &attempt, const ie::net::HttpResponse &response);
    ApiError errorFrom(const ie::net::HttpResponse &response) const;
    Result<QByteArray> readArcKey(const QByteArray &wwwAuthenticate) const;
    QUrl endpointUrl(const QString &resource) const;
    QString endpointName() const; // scheme://host:port of the endpoint asked, for messages

    QPointer<ie::net::HttpClient> m_client;
    Options m_options;
    Source m_source;
    bool m_probed = false; // IMDS answered once: no more short probes
    quint64 m_generation = 0; // bumped by cancel()
};

} // namespace ie::auth
