#include "auth/clientcertificate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace ie::auth {

namespace {

struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

QByteArray b64url(const QByteArray &d)
{
    return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray derOf(X509 *x)
{
    unsigned char *buf = nullptr;
    const int len = i2d_X509(x, &buf);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

QDateTime asnTime(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

// The password callback: never prompts on a terminal (OpenSSL would when there is no callback).
int passwordCallback(char *buf, int size, int, void *u)
{
    const auto *pw = static_cast<const QByteArray *>(u);
    if (!pw || pw->isEmpty() || pw->size() > size)
        return 0;
    memcpy(buf, pw->constData(), size_t(pw->size()));
    return int(pw->size());
}

ApiError loadError(const QString &message)
{
    ERR_clear_error();
    return ApiError::make(ApiError::Kind::InvalidInput, message);
}

bool pssPadding(EVP_PKEY_CTX *pctx)
{
    return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) > 0
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) > 0;
}

} // namespace

Result<ClientCertificate> ClientCertificate::fromFile(const QString &path,
                                                      const QByteArray &password)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return ApiError::make(ApiError::Kind::InvalidInput,
                              tr("The certificate file %1 cannot be read: %2")
                                      .arg(path, f.errorString()));
    }
    return fromData(f.readAll(), password);
}

Result<ClientCertificate> ClientCertificate::fromData(const QByteArray &data,
                                                      const QByteArray &password)
{
    ClientCertificate c;
    X509Ptr leaf;
    EVP_PKEY *key = nullptr;
    if (data.contains("-----BEGIN")) {
        BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
        // Every certificate in the file: the first is the one the key belongs to.
        while (X509 *x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            if (!leaf)
                leaf.reset(x);
            else {
                c.m_extraDer.append(derOf(x));
                X509_free(x);
            }
        }
        ERR_clear_error();
        BioPtr keyBio(BIO_new_mem_buf(data.constData(), int(data.size())));
        QByteArray pw = password;
        key = PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passwordCallback, &pw);
        if (!key && data.contains("ENCRYPTED")) {
            return loadError(password.isEmpty()
                                     ? tr("The private key in the PEM file is encrypted: a "
                                          "password is needed.")
                                     : tr("The password does not open the private key in the "
                                          "PEM file."));
        }
    } else {
        BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
        PKCS12 *p12 = d2i_PKCS12_bio(bio.get(), nullptr);
        if (!p12)
            return loadError(tr("The file is neither a PEM file nor a PKCS#12 (.pfx) file."));
        X509 *cert = nullptr;
        STACK_OF(X509) *ca = nullptr;
        const QByteArray pw = password;
        const int ok = PKCS12_parse(p12, pw.constData(), &key, &cert, &ca);
        PKCS12_free(p12);
        if (ok != 1)
            return loadError(tr("The password does not open the PKCS#12 file."));
        leaf.reset(cert);
        for (int i = 0; ca && i < sk_X509_num(ca); ++i)
            c.m_extraDer.append(derOf(sk_X509_value(ca, i)));
        sk_X509_pop_free(ca, X509_free);
    }
    c.m_key.reset(key, EVP_PKEY_free);
    if (!leaf)
        return loadError(tr("The file holds no certificate."));
    if (!key)
        return loadError(tr("The file holds no private key."));
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA)
        return loadError(tr("The certificate's key is not an RSA key: Microsoft Entra ID only "
                            "accepts RSA certificates for client assertions."));
    if (X509_check_private_key(leaf.get(), key) != 1)
        return loadError(tr("The private key does not belong to the certificate."));
    c.m_certDer = derOf(leaf.get());
    c.m_notBefore = asnTime(X509_get0_notBefore(leaf.get()));
    c.m_notAfter = asnTime(X509_get0_notAfter(leaf.get()));
    char name[256] = {};
    X509_NAME_oneline(X509_get_subject_name(leaf.get()), name, sizeof name);
    c.m_subject = QString::fromUtf8(name);
    return c;
}

QList<QByteArray> ClientCertificate::chainDer() const
{
    return QList<QByteArray>{m_certDer} + m_extraDer;
}

QByteArray ClientCertificate::sha1Thumbprint() const
{
    return QCryptographicHash::hash(m_certDer, QCryptographicHash::Sha1);
}

QByteArray ClientCertificate::sha256Thumbprint() const
{
    return QCryptographicHash::hash(m_certDer, QCryptographicHash::Sha256);
}

Result<QByteArray> ClientCertificate::assertion(const QString &audience, const QString &clientId,
                                                const AssertionOptions &options) const
{
    const bool pss = options.algorithm == AssertionOptions::Algorithm::PS256;
    QJsonObject header{{u"alg"_s, pss ? u"PS256"_s : u"RS256"_s},
                       {u"typ"_s, u"JWT"_s},
                       {u"x5t"_s, QString::fromLatin1(b64url(sha1Thumbprint()))},
                       {u"x5t#S256"_s, QString::fromLatin1(b64url(sha256Thumbprint()))}};
    if (options.sendCertificateChain) {
        QJsonArray x5c; // standard base64 DER, leaf first (RFC 7515 4.1.6)
        for (const QByteArray &der : chainDer())
            x5c.append(QString::fromLatin1(der.toBase64()));
        header.insert(u"x5c"_s, x5c);
    }
    const QDateTime now =
            options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const qint64 nbf = now.toSecsSinceEpoch();
    const QString jti = options.jti.isEmpty()
            ? QUuid::createUuid().toString(QUuid::WithoutBraces)
            : QString::fromLatin1(options.jti);
    const QJsonObject claims{{u"aud"_s, audience},   {u"iss"_s, clientId},
                             {u"sub"_s, clientId},   {u"jti"_s, jti},
                             {u"nbf"_s, nbf},        {u"iat"_s, nbf},
                             {u"exp"_s, nbf + options.lifetimeSeconds}};
    const QByteArray input = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    size_t len = 0;
    QByteArray sig;
    bool ok = ctx
            && EVP_DigestSignInit(ctx.get(), &pctx, EVP_sha256(), nullptr, m_key.get()) == 1
            && (!pss || pssPadding(pctx))
            && EVP_DigestSign(ctx.get(), nullptr, &len,
                              reinterpret_cast<const unsigned char *>(input.constData()),
                              size_t(input.size()))
                    == 1;
    if (ok) {
        sig.resize(qsizetype(len));
        ok = EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                            reinterpret_cast<const unsigned char *>(input.constData()),
                            size_t(input.size()))
                == 1;
        sig.resize(qsizetype(len));
    }
    if (!ok) {
        ERR_clear_error();
        return ApiError::make(ApiError::Kind::Auth,
                              tr("The client assertion could not be signed with the "
                                 "certificate's key."));
    }
    return input + '.' + b64url(sig);
}

Result<VerifiedAssertion> verifyClientAssertion(const QByteArray &jwt, const QByteArray &certDer)
{
    const auto fail = [](const QString &m) {
        ERR_clear_error();
        return ApiError::make(ApiError::Kind::Auth, m);
    };
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return fail(QCoreApplication::translate("ie::auth::ClientCertificate",
                                                "The client assertion is not a signed JWT."));
    VerifiedAssertion v;
    v.header = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding))
                       .object();
    v.claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                       .object();
    const QString alg = v.header.value("alg"_L1).toString();
    if (alg != "PS256"_L1 && alg != "RS256"_L1)
        return fail(QCoreApplication::translate("ie::auth::ClientCertificate",
                                                "The client assertion's algorithm %1 is not "
                                                "accepted (only PS256 and RS256).")
                            .arg(alg.left(20)));
    const auto *p = reinterpret_cast<const unsigned char *>(certDer.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, long(certDer.size())));
    EVP_PKEY *pub = cert ? X509_get0_pubkey(cert.get()) : nullptr;
    const QByteArray input = parts[0] + '.' + parts[1];
    const QByteArray sig = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    const bool ok = pub && ctx
            && EVP_DigestVerifyInit(ctx.get(), &pctx, EVP_sha256(), nullptr, pub) == 1
            && (alg != "PS256"_L1 || pssPadding(pctx))
            && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()),
                                size_t(sig.size()),
                                reinterpret_cast<const unsigned char *>(input.constData()),
                                size_t(input.size()))
                    == 1;
    if (!ok)
        return fail(QCoreApplication::translate("ie::auth::ClientCertificate",
                                                "The client assertion's signature does not "
                                                "match the certificate."));
    ERR_clear_error();
    return v;
}

ClientSecretCredential *newClientCertificateCredential(ie::net::HttpClient *client,
                                                       const QString &tenantId,
                                                       const QString &clientId,
                                                       const ClientCertificate &certificate,
                                                       const AssertionOptions &options,
                                                       QObject *parent)
{
    auto *c = new ClientSecretCredential(client, tenantId, clientId, QString(), parent);
    c->setName(u"certificate"_s,
               QCoreApplication::translate("ie::auth::ClientCertificate", "Client certificate"));
    c->setEndpointAssertion([certificate, clientId, options](const QUrl &endpoint) {
        return certificate.assertion(endpoint.toString(QUrl::FullyEncoded), clientId, options);
    });
    return c;
}

} // namespace ie::auth
