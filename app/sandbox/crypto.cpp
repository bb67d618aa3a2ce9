#include "sandbox/crypto.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

void PkeyDeleter::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(const QByteArray &data)
{
    return QByteArray::fromBase64(data, QByteArray::Base64UrlEncoding);
}

namespace {

struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(len));
    BIO_free(bio);
    return out;
}

QByteArray certPem(X509 *x)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, x);
    return bioToBytes(bio);
}

QByteArray keyPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioToBytes(bio);
}

bool addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

X509Ptr newCert(EVP_PKEY *key, const char *cn, int days)
{
    X509Ptr x(X509_new());
    X509_set_version(x.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x.get()),
                     long(QRandomGenerator::global()->bounded(1, 0x7fffffff)));
    X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x.get()), long(days) * 24 * 3600);
    X509_set_pubkey(x.get(), key);
    X509_NAME *name = X509_get_subject_name(x.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Identity Explorer Sandbox"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn),
                               -1, -1, 0);
    return x;
}

} // namespace

TlsMaterial TlsMaterial::create(const QStringList &dnsNames, QString *error)
{
    TlsMaterial out;
    Pkey caKey(EVP_EC_gen("P-256"));
    Pkey serverKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey) {
        if (error)
            *error = u"cannot create EC keys"_s;
        return out;
    }
    X509Ptr ca = newCert(caKey.get(), "Identity Explorer Sandbox CA", 30);
    X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get()));
    bool ok = addExt(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            && addExt(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
            && addExt(ca.get(), ca.get(), NID_subject_key_identifier, "hash");
    ok = ok && X509_sign(ca.get(), caKey.get(), EVP_sha256()) > 0;

    X509Ptr server = newCert(serverKey.get(), "127.0.0.1", 30);
    X509_set_issuer_name(server.get(), X509_get_subject_name(ca.get()));
    QByteArray san = "IP:127.0.0.1";
    for (const QString &dns : dnsNames)
        san += ",DNS:" + dns.toLatin1();
    ok = ok && addExt(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
            && addExt(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature,keyAgreement")
            && addExt(server.get(), ca.get(), NID_ext_key_usage, "serverAuth")
            && addExt(server.get(), ca.get(), NID_subject_alt_name, san.constData())
            && addExt(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always");
    ok = ok && X509_sign(server.get(), caKey.get(), EVP_sha256()) > 0;
    if (!ok) {
        if (error)
            *error = u"cannot create the sandbox certificates"_s;
        return out;
    }
    out.caCertPem = certPem(ca.get());
    out.serverCertPem = certPem(server.get());
    out.serverKeyPem = keyPem(serverKey.get());
    return out;
}

std::unique_ptr<SigningKey> SigningKey::create(QString *error)
{
    auto key = std::make_unique<SigningKey>();
    key->m_key.reset(EVP_RSA_gen(2048));
    if (!key->m_key) {
        if (error)
            *error = u"cannot create the RSA signing key"_s;
        return nullptr;
    }
    BIGNUM *n = nullptr;
    BIGNUM *e = nullptr;
    EVP_PKEY_get_bn_param(key->m_key.get(), OSSL_PKEY_PARAM_RSA_N, &n);
    EVP_PKEY_get_bn_param(key->m_key.get(), OSSL_PKEY_PARAM_RSA_E, &e);
    auto bytes = [](BIGNUM *bn) {
        QByteArray b(BN_num_bytes(bn), Qt::Uninitialized);
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(b.data()));
        BN_free(bn);
        return b;
    };
    const QByteArray nb = bytes(n);
    key->m_n = base64Url(nb);
    key->m_e = base64Url(bytes(e));
    // Like Entra's kids: a short, stable digest of the public key.
    key->m_kid = base64Url(QCryptographicHash::hash(nb, QCryptographicHash::Sha256).left(20));
    return key;
}

QByteArray SigningKey::n() const
{
    return m_n;
}

QByteArray SigningKey::e() const
{
    return m_e;
}

QByteArray SigningKey::sign(const QByteArray &signingInput) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray sig;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key.get()) == 1
        && EVP_DigestSign(ctx, nullptr, &len,
                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                          size_t(signingInput.size()))
                == 1) {
        sig.resize(qsizetype(len));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                           reinterpret_cast<const unsigned char *>(signingInput.constData()),
                           size_t(signingInput.size()))
            != 1)
            sig.clear();
        else
            sig.resize(qsizetype(len));
    }
    EVP_MD_CTX_free(ctx);
    return sig;
}

bool SigningKey::verify(const QByteArray &signingInput, const QByteArray &signature) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, m_key.get()) == 1
            && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(signingInput.constData()),
                                size_t(signingInput.size()))
                    == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

QByteArray SigningKey::signJwt(const QByteArray &payloadJson, const QByteArray &extraHeaderJson) const
{
    QJsonObject header{{"typ"_L1, "JWT"_L1}, {"alg"_L1, "RS256"_L1},
                       {"x5t"_L1, QString::fromLatin1(m_kid)}, {"kid"_L1, QString::fromLatin1(m_kid)}};
    if (!extraHeaderJson.isEmpty()) {
        const QJsonObject extra = QJsonDocument::fromJson(extraHeaderJson).object();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            header.insert(it.key(), it.value());
    }
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + base64Url(payloadJson);
    return input + '.' + base64Url(sign(input));
}

} // namespace ie::sandbox
