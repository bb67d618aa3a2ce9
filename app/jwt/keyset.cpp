#include "jwt/keyset.h"

#include "jwt/jwtdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace ie::jwt {

namespace {

std::shared_ptr<EVP_PKEY> wrap(EVP_PKEY *k)
{
    return k ? std::shared_ptr<EVP_PKEY>(k, EVP_PKEY_free) : nullptr;
}

bool b64u(const QJsonObject &o, const char *key, QByteArray *out)
{
    qsizetype bad = 0;
    const QByteArray text = o.value(QLatin1StringView(key)).toString().toLatin1();
    return !text.isEmpty() && JwtDecoder::fromBase64Url(text, out, &bad);
}

EVP_PKEY *fromParams(const char *type, OSSL_PARAM_BLD *bld)
{
    EVP_PKEY *pkey = nullptr;
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    if (params && ctx && EVP_PKEY_fromdata_init(ctx) == 1)
        EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    return pkey;
}

EVP_PKEY *rsaKey(const QByteArray &n, const QByteArray &e)
{
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()),
                           nullptr);
    BIGNUM *be = BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()),
                           nullptr);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    EVP_PKEY *pkey = nullptr;
    if (bn && be && bld && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn) == 1
        && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be) == 1)
        pkey = fromParams("RSA", bld);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bn);
    BN_free(be);
    return pkey;
}

const char *curveName(const QString &crv, int *size)
{
    if (crv == "P-256"_L1) {
        *size = 32;
        return "prime256v1";
    }
    if (crv == "P-384"_L1) {
        *size = 48;
        return "secp384r1";
    }
    if (crv == "P-521"_L1) {
        *size = 66;
        return "secp521r1";
    }
    return nullptr;
}

EVP_PKEY *ecKey(const char *group, const QByteArray &x, const QByteArray &y)
{
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    EVP_PKEY *pkey = nullptr;
    if (bld && OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group, 0) == 1
        && OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                            size_t(point.size()))
                == 1)
        pkey = fromParams("EC", bld);
    OSSL_PARAM_BLD_free(bld);
    return pkey;
}

EVP_PKEY *certificateKey(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *cert = d2i_X509(nullptr, &p, long(der.size()));
    if (!cert)
        return nullptr;
    EVP_PKEY *k = X509_get_pubkey(cert);
    X509_free(cert);
    return k;
}

void describe(PublicKey *k)
{
    const int id = EVP_PKEY_get_base_id(k->key.get());
    if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
        k->kty = u"RSA"_s;
    } else if (id == EVP_PKEY_EC) {
        k->kty = u"EC"_s;
        char name[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(k->key.get(), OSSL_PKEY_PARAM_GROUP_NAME, name,
                                           sizeof name, &len)
            == 1) {
            const QByteArray n(name, qsizetype(len));
            k->crv = n == "prime256v1" ? u"P-256"_s
                    : n == "secp384r1" ? u"P-384"_s
                    : n == "secp521r1" ? u"P-521"_s
                                       : QString::fromLatin1(n);
        }
    } else {
        k->kty = QString::fromLatin1(OBJ_nid2sn(id));
    }
}

} // namespace

Result<KeySet> KeySet::fromJwks(const QByteArray &json)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value("keys"_L1).isArray()) {
        return ApiError::make(ApiError::Kind::Parse,
                              tr("This is not a JSON Web Key Set: expected {\"keys\": [...]}."),
                              u"jwks"_s);
    }
    KeySet set;
    for (const QJsonValue &v : doc.object().value("keys"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        PublicKey k;
        k.kid = o.value("kid"_L1).toString();
        k.alg = o.value("alg"_L1).toString();
        k.x5t = o.value("x5t"_L1).toString();
        const QString kty = o.value("kty"_L1).toString();
        const QString use = o.value("use"_L1).toString();
        if (!use.isEmpty() && use != "sig"_L1) {
            set.skipped.append(tr("key %1 is for %2, not signatures").arg(k.kid, use));
            continue;
        }
        EVP_PKEY *pkey = nullptr;
        QByteArray a, b;
        if (kty == "RSA"_L1 && b64u(o, "n", &a) && b64u(o, "e", &b)) {
            pkey = rsaKey(a, b);
        } else if (kty == "EC"_L1 && b64u(o, "x", &a) && b64u(o, "y", &b)) {
            int size = 0;
            if (const char *group = curveName(o.value("crv"_L1).toString(), &size);
                group && a.size() == size && b.size() == size)
                pkey = ecKey(group, a, b);
        }
        if (!pkey && o.value("x5c"_L1).isArray()) {
            const QByteArray der = QByteArray::fromBase64(
                    o.value("x5c"_L1).toArray().first().toString().toLatin1());
            pkey = certificateKey(der);
        }
        k.key = wrap(pkey);
        if (!k.key) {
            set.skipped.append(tr("key %1 (%2) could not be read").arg(k.kid, kty));
            continue;
        }
        describe(&k);
        set.m_keys.append(k);
    }
    if (set.m_keys.isEmpty()) {
        return ApiError::make(ApiError::Kind::Parse,
                              tr("The key set holds no usable signing key (RSA or EC)."),
                              u"jwks-empty"_s);
    }
    return set;
}

Result<KeySet> KeySet::fromPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *pkey = nullptr;
    if (pem.contains("BEGIN CERTIFICATE")) {
        if (X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
            pkey = X509_get_pubkey(cert);
            X509_free(cert);
        }
    } else {
        pkey = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    }
    BIO_free(bio);
    if (!pkey) {
        return ApiError::make(ApiError::Kind::Parse,
                              tr("The PEM text holds no public key or certificate."), u"pem"_s);
    }
    KeySet set;
    PublicKey k;
    k.key = wrap(pkey);
    describe(&k);
    set.m_keys.append(k);
    return set;
}

Result<KeySet> KeySet::fromFileContents(const QByteArray &data)
{
    if (data.contains("-----BEGIN "))
        return fromPem(data);
    return fromJwks(data);
}

const PublicKey *KeySet::find(const QString &kid, const QString &x5t) const
{
    if (kid.isEmpty() && x5t.isEmpty())
        return m_keys.size() == 1 ? &m_keys.first() : nullptr;
    for (const PublicKey &k : m_keys) {
        if ((!kid.isEmpty() && k.kid == kid) || (!x5t.isEmpty() && k.x5t == x5t))
            return &k;
    }
    // A single PEM key has no kid: it is the one the user chose.
    if (m_keys.size() == 1 && m_keys.first().kid.isEmpty())
        return &m_keys.first();
    return nullptr;
}

} // namespace ie::jwt
