#include "jwt/signatureverifier.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;

namespace ie::jwt {

namespace {

SignatureCheck result(SignatureCheck::State state, const QString &code, const QString &reason)
{
    SignatureCheck c;
    c.state = state;
    c.code = code;
    c.reason = reason;
    return c;
}

const EVP_MD *digestFor(const QString &alg)
{
    if (alg.endsWith("256"_L1))
        return EVP_sha256();
    if (alg.endsWith("384"_L1))
        return EVP_sha384();
    if (alg.endsWith("512"_L1))
        return EVP_sha512();
    return nullptr;
}

// JOSE ECDSA signatures are r || s, fixed length; libcrypto wants DER.
QByteArray ecdsaToDer(const QByteArray &raw)
{
    const int half = int(raw.size() / 2);
    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData());
    BIGNUM *r = BN_bin2bn(p, half, nullptr);
    BIGNUM *s = BN_bin2bn(p + half, half, nullptr);
    ECDSA_SIG *sig = ECDSA_SIG_new();
    QByteArray der;
    if (r && s && sig && ECDSA_SIG_set0(sig, r, s) == 1) {
        r = s = nullptr; // owned by sig now
        unsigned char *out = nullptr;
        const int len = i2d_ECDSA_SIG(sig, &out);
        if (len > 0)
            der = QByteArray(reinterpret_cast<const char *>(out), len);
        OPENSSL_free(out);
    }
    BN_free(r);
    BN_free(s);
    ECDSA_SIG_free(sig);
    return der;
}

int ecSize(const QString &alg)
{
    return alg == "ES256"_L1 ? 32 : alg == "ES384"_L1 ? 48 : 66;
}

QString curveFor(const QString &alg)
{
    return alg == "ES256"_L1 ? u"P-256"_s : alg == "ES384"_L1 ? u"P-384"_s : u"P-521"_s;
}

} // namespace

bool SignatureVerifier::supportedAlgorithm(const QString &alg)
{
    static const QStringList algs{u"RS256"_s, u"RS384"_s, u"RS512"_s, u"PS256"_s, u"PS384"_s,
                                  u"PS512"_s, u"ES256"_s, u"ES384"_s, u"ES512"_s};
    return algs.contains(alg);
}

SignatureCheck SignatureVerifier::precheck(const DecodedToken &token)
{
    const QString alg = token.alg();
    if (alg.compare("none"_L1, Qt::CaseInsensitive) == 0) {
        return result(SignatureCheck::State::Unverifiable, u"alg-none"_s,
                      tr("The token is not signed (alg \"none\"). Anyone can write such a token; "
                         "no API may accept it."));
    }
    if (alg.startsWith("HS"_L1)) {
        return result(SignatureCheck::State::Unverifiable, u"hmac"_s,
                      tr("The token is signed with a shared secret (%1). Only the holder of that "
                         "secret can verify it; Microsoft Entra ID never signs access tokens this "
                         "way.")
                              .arg(alg));
    }
    if (!supportedAlgorithm(alg)) {
        return result(SignatureCheck::State::Unverifiable, u"unsupported-alg"_s,
                      tr("The signature algorithm \"%1\" is not supported (RS256, RS384, RS512, "
                         "PS256, PS384, PS512, ES256, ES384 and ES512 are).")
                              .arg(alg));
    }
    if (token.signature.isEmpty()) {
        return result(SignatureCheck::State::Invalid, u"no-signature"_s,
                      tr("The header says %1, but the signature part is empty.").arg(alg));
    }
    return {};
}

SignatureCheck SignatureVerifier::verify(const DecodedToken &token, const KeySet &keys)
{
    if (SignatureCheck pre = precheck(token); pre.checked()) {
        pre.keySource = keys.source;
        pre.keysFetchedAt = keys.fetchedAt;
        return pre;
    }
    const QString alg = token.alg();
    const QString kid = token.kid();
    const PublicKey *key = keys.find(kid, token.header.value("x5t"_L1).toString());
    auto withSource = [&](SignatureCheck c) {
        c.keySource = keys.source;
        c.keysFetchedAt = keys.fetchedAt;
        if (key)
            c.keyId = key->kid;
        return c;
    };
    if (!key) {
        return withSource(result(
                SignatureCheck::State::Unverifiable, u"no-key"_s,
                kid.isEmpty() ? tr("The token names no key (no \"kid\") and the key set holds "
                                   "%n keys: choose a single key.",
                                   nullptr, int(keys.keys().size()))
                              : tr("No key with kid \"%1\" in the key set. The issuer may have "
                                   "rotated its keys (fetch them again), or the token was issued "
                                   "by someone else.")
                                        .arg(kid)));
    }
    const bool ec = alg.startsWith("ES"_L1);
    if ((ec && key->kty != "EC"_L1) || (!ec && key->kty != "RSA"_L1)) {
        return withSource(result(
                SignatureCheck::State::Invalid, u"key-type"_s,
                tr("The token says %1, but key \"%2\" is a %3 key.").arg(alg, key->kid, key->kty)));
    }
    if (ec && key->crv != curveFor(alg)) {
        return withSource(result(SignatureCheck::State::Invalid, u"key-type"_s,
                                 tr("The token says %1, but key \"%2\" is on curve %3.")
                                         .arg(alg, key->kid, key->crv)));
    }
    if (!key->alg.isEmpty() && key->alg != alg) {
        return withSource(result(SignatureCheck::State::Invalid, u"key-alg"_s,
                                 tr("The token says %1, but key \"%2\" is for %3 only.")
                                         .arg(alg, key->kid, key->alg)));
    }
    QByteArray signature = token.signature;
    if (ec) {
        if (signature.size() != 2 * ecSize(alg)) {
            return withSource(result(SignatureCheck::State::Invalid, u"mismatch"_s,
                                     tr("The %1 signature has %2 bytes instead of %3.")
                                             .arg(alg)
                                             .arg(signature.size())
                                             .arg(2 * ecSize(alg))));
        }
        signature = ecdsaToDer(signature);
    }
    const QByteArray input = token.signingInput();
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    int rc = EVP_DigestVerifyInit(ctx, &pctx, digestFor(alg), nullptr, key->key.get());
    if (rc == 1 && alg.startsWith("PS"_L1)) {
        rc = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1
                        && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1
                        && EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, digestFor(alg)) == 1
                ? 1
                : 0;
    }
    if (rc == 1) {
        rc = EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                              size_t(signature.size()),
                              reinterpret_cast<const unsigned char *>(input.constData()),
                              size_t(input.size()));
    }
    EVP_MD_CTX_free(ctx);
    if (rc == 1) {
        return withSource(result(SignatureCheck::State::Valid, u"valid"_s,
                                 key->kid.isEmpty()
                                         ? tr("The signature is valid: the given key signed this "
                                              "token.")
                                         : tr("The signature is valid: key \"%1\" signed this "
                                              "token.")
                                                   .arg(key->kid)));
    }
    if (token.header.contains("nonce"_L1)) {
        return withSource(result(
                SignatureCheck::State::Unverifiable, u"graph-nonce"_s,
                tr("This token carries a \"nonce\" in its header, as Microsoft Graph tokens do. "
                   "Graph signs such tokens in a way only Graph itself can check, so a plain "
                   "verification fails by design: that is not tampering. Check Graph tokens by "
                   "calling Graph.")));
    }
    return withSource(result(SignatureCheck::State::Invalid, u"mismatch"_s,
                             tr("The signature does not match: the token was altered, or signed "
                                "by a different key than \"%1\".")
                                     .arg(key->kid)));
}

} // namespace ie::jwt
