#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace ie::sandbox {

QByteArray base64Url(const QByteArray &data);
QByteArray fromBase64Url(const QByteArray &data);

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const;
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

// The sandbox's TLS material, made fresh at every start with libcrypto: a CA (EC P-256) and a
// server certificate it signs for 127.0.0.1, localhost and the public service host names, so that
// clients that trust the CA file can use the sandbox as if it were the real services.
struct TlsMaterial
{
    QByteArray caCertPem;
    QByteArray serverCertPem;
    QByteArray serverKeyPem;
    static TlsMaterial create(const QStringList &dnsNames, QString *error);
};

// The RSA key the sandbox signs its tokens with, as Entra ID does (RS256, a kid in the header,
// the public half published in JWKS).
class SigningKey
{
public:
    static std::unique_ptr<SigningKey> create(QString *error);
    const QByteArray &kid() const { return m_kid; }
    QByteArray n() const; // base64url modulus
    QByteArray e() const; // base64url exponent
    QByteArray sign(const QByteArray &signingInput) const; // RS256 signature (raw)
    bool verify(const QByteArray &signingInput, const QByteArray &signature) const;
    // A compact JWS: header {"typ":"JWT","alg":"RS256","kid":...[, extra]}.
    QByteArray signJwt(const QByteArray &payloadJson, const QByteArray &extraHeaderJson = {}) const;

private:
    Pkey m_key;
    QByteArray m_kid;
    QByteArray m_n;
    QByteArray m_e;
};

} // namespace ie::sandbox
