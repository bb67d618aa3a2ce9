#pragma once

#include "auth/clientsecretcredential.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace ie::auth {

// How a certificate client assertion is signed (as MSAL and the Azure SDKs do it).
struct AssertionOptions
{
    enum class Algorithm { PS256, RS256 };
    Algorithm algorithm = Algorithm::PS256; // PS256 is what the v2.0 endpoint expects by default
    bool sendCertificateChain = false; // x5c header (subject name + issuer authentication)
    qint64 lifetimeSeconds = 600; // exp = nbf + 10 minutes, as MSAL does
    QDateTime now; // when the assertion is made; the current time when invalid
    QByteArray jti; // a fresh GUID when empty
};

// A client certificate with its RSA private key, loaded with libcrypto from a PEM file (the
// certificate, any chain certificates and the key, which may be encrypted) or a PKCS#12 (.pfx/.p12)
// file. The file's password comes from the keychain or stdin, never from the command line.
class ClientCertificate
{
    Q_DECLARE_TR_FUNCTIONS(ie::auth::ClientCertificate)
public:
    static Result<ClientCertificate> fromFile(const QString &path, const QByteArray &password);
    static Result<ClientCertificate> fromData(const QByteArray &data, const QByteArray &password);

    QByteArray certificateDer() const { return m_certDer; }
    // The leaf certificate first, then the chain certificates of the file.
    QList<QByteArray> chainDer() const;
    QByteArray sha1Thumbprint() const; // raw 20 bytes (Graph's customKeyIdentifier, x5t)
    QByteArray sha256Thumbprint() const; // raw 32 bytes (x5t#S256)
    QDateTime notBefore() const { return m_notBefore; }
    QDateTime notAfter() const { return m_notAfter; }
    QString subject() const { return m_subject; }

    // A signed client assertion (RFC 7523) for `audience` (the token endpoint URL).
    Result<QByteArray> assertion(const QString &audience, const QString &clientId,
                                 const AssertionOptions &options = {}) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
    QByteArray m_certDer;
    QList<QByteArray> m_extraDer;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    QString m_subject;
};

// What a client assertion says, once its signature has been checked against a certificate.
struct VerifiedAssertion
{
    QJsonObject header;
    QJsonObject claims;
};

// Checks a compact JWS client assertion against a DER certificate's public key (PS256 or RS256;
// "none" and anything else are refused). Does not look at the claims: that is the caller's job.
Result<VerifiedAssertion> verifyClientAssertion(const QByteArray &jwt, const QByteArray &certDer);

// The client credentials grant with a certificate assertion (ClientCertificateCredential in the
// Azure SDKs): a fresh assertion for the v2.0 token endpoint at every token request.
ClientSecretCredential *newClientCertificateCredential(ie::net::HttpClient *client,
                                                       const QString &tenantId,
                                                       const QString &clientId,
                                                       const ClientCertificate &certificate,
                                                       const AssertionOptions &options,
                                                       QObject *parent = nullptr);

} // namespace ie::auth
