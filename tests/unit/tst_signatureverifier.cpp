#include "jwt/jwtdecoder.h"
#include "jwt/keyset.h"
#include "jwt/signatureverifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;
using namespace ie::jwt;
using State = SignatureCheck::State;

namespace {

// RFC 7515 appendix A.2: the RS256 example and the RSA key of RFC 7517 appendix A.1 it is
// signed with (public half).
const QByteArray RfcPayload = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxl"
                              "LmNvbS9pc19yb290Ijp0cnVlfQ";
const QByteArray RfcRs256 = "eyJhbGciOiJSUzI1NiJ9." + RfcPayload
        + ".cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_"
          "O8W2Fp5"
          "jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_"
          "nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1"
          "L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-"
          "eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYE"
          "UipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";
const QByteArray RfcRsaN
        = "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJ"
          "PMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7"
          "OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVM"
          "TBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethF"
          "kMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ";
// RFC 7515 appendix A.3: ES256 with the P-256 key given there.
const QByteArray RfcEs256 = "eyJhbGciOiJFUzI1NiJ9." + RfcPayload
        + ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
const char *RfcEcX = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU";
const char *RfcEcY = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0";

QByteArray rfcJwks(const QString &kid = {}, const QString &alg = {})
{
    QJsonObject k{
            {"kty"_L1, "RSA"_L1}, {"n"_L1, QString::fromLatin1(RfcRsaN)}, {"e"_L1, "AQAB"_L1}};
    if (!kid.isEmpty())
        k.insert("kid"_L1, kid);
    if (!alg.isEmpty())
        k.insert("alg"_L1, alg);
    return QJsonDocument(QJsonObject{{"keys"_L1, QJsonArray{k}}}).toJson();
}

DecodedToken decode(const QByteArray &t)
{
    auto r = JwtDecoder::decode(t);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return *r;
}

KeySet keys(const QByteArray &data)
{
    auto r = KeySet::fromFileContents(data);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return *r;
}

// A fresh key pair and a JWS signed with it, the way another issuer would.
struct Signer
{
    std::shared_ptr<EVP_PKEY> key;

    static Signer make(const QString &alg)
    {
        EVP_PKEY *k = alg.startsWith("ES"_L1)
                ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC",
                                    alg == "ES256"_L1           ? "P-256"
                                            : alg == "ES384"_L1 ? "P-384"
                                                                : "P-521")
                : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        return Signer{std::shared_ptr<EVP_PKEY>(k, EVP_PKEY_free)};
    }
    QByteArray publicPem() const
    {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PUBKEY(bio, key.get());
        char *data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        QByteArray pem(data, len);
        BIO_free(bio);
        return pem;
    }
    QByteArray sign(const QString &alg, const QByteArray &headerJson,
                    const QByteArray &payloadJson) const
    {
        const QByteArray input
                = JwtDecoder::toBase64Url(headerJson) + '.' + JwtDecoder::toBase64Url(payloadJson);
        const EVP_MD *md = alg.endsWith("256"_L1) ? EVP_sha256()
                : alg.endsWith("384"_L1)          ? EVP_sha384()
                                                  : EVP_sha512();
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_PKEY_CTX *pctx = nullptr;
        EVP_DigestSignInit(ctx, &pctx, md, nullptr, key.get());
        if (alg.startsWith("PS"_L1)) {
            EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
        }
        size_t len = 0;
        EVP_DigestSign(ctx, nullptr, &len,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()));
        QByteArray sig(qsizetype(len), Qt::Uninitialized);
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()));
        sig.resize(qsizetype(len));
        EVP_MD_CTX_free(ctx);
        if (alg.startsWith("ES"_L1)) { // DER -> r || s
            const int size = alg == "ES256"_L1 ? 32 : alg == "ES384"_L1 ? 48 : 66;
            const unsigned char *p = reinterpret_cast<const unsigned char *>(sig.constData());
            ECDSA_SIG *es = d2i_ECDSA_SIG(nullptr, &p, long(sig.size()));
            QByteArray raw(2 * size, '\0');
            BN_bn2binpad(ECDSA_SIG_get0_r(es), reinterpret_cast<unsigned char *>(raw.data()), size);
            BN_bn2binpad(ECDSA_SIG_get0_s(es), reinterpret_cast<unsigned char *>(raw.data()) + size,
                         size);
            ECDSA_SIG_free(es);
            sig = raw;
        }
        return input + '.' + JwtDecoder::toBase64Url(sig);
    }
};

} // namespace

class TestSignatureVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfcRs256Verifies();
    void rfcRs256AlteredPayloadFails_data();
    void rfcRs256AlteredPayloadFails();
    void rfcEs256Verifies();
    void algorithms_data();
    void algorithms();
    void refused_data();
    void refused();
    void graphNonce();
    void keySelection();
    void badKeyFiles_data();
    void badKeyFiles();
};

void TestSignatureVerifier::rfcRs256Verifies()
{
    const SignatureCheck c = SignatureVerifier::verify(decode(RfcRs256), keys(rfcJwks()));
    QCOMPARE(c.state, State::Valid);
    QCOMPARE(c.code, u"valid"_s);
}

void TestSignatureVerifier::rfcRs256AlteredPayloadFails_data()
{
    QTest::addColumn<int>("byteIndex");
    QTest::newRow("first byte") << 0;
    QTest::newRow("the 'j' of joe") << 9;
    QTest::newRow("a digit of exp") << 25;
    QTest::newRow("last byte") << -1;
}

void TestSignatureVerifier::rfcRs256AlteredPayloadFails()
{
    QFETCH(int, byteIndex);
    const DecodedToken original = decode(RfcRs256);
    QByteArray payload = original.payloadBytes;
    const qsizetype i = byteIndex < 0 ? payload.size() - 1 : byteIndex;
    payload[i] = char(payload[i] ^ 0x01);
    const QByteArray altered = original.headerPart + '.' + JwtDecoder::toBase64Url(payload) + '.'
            + original.signaturePart;
    auto d = JwtDecoder::decode(altered);
    if (!d) {
        // Flipping a structural byte may break the JSON: that is a failure too, just earlier.
        QCOMPARE(d.error().kind, ie::ApiError::Kind::InvalidInput);
        return;
    }
    const SignatureCheck c = SignatureVerifier::verify(*d, keys(rfcJwks()));
    QCOMPARE(c.state, State::Invalid);
    QCOMPARE(c.code, u"mismatch"_s);
}

void TestSignatureVerifier::rfcEs256Verifies()
{
    const QJsonObject k{{"kty"_L1, "EC"_L1},
                        {"crv"_L1, "P-256"_L1},
                        {"x"_L1, QLatin1StringView(RfcEcX)},
                        {"y"_L1, QLatin1StringView(RfcEcY)}};
    const KeySet set = keys(QJsonDocument(QJsonObject{{"keys"_L1, QJsonArray{k}}}).toJson());
    QCOMPARE(SignatureVerifier::verify(decode(RfcEs256), set).state, State::Valid);
    QByteArray tampered = RfcEs256;
    tampered[30] = tampered[30] == 'A' ? 'B' : 'A';
    auto d = JwtDecoder::decode(tampered);
    if (d)
        QCOMPARE(SignatureVerifier::verify(*d, set).state, State::Invalid);
}

void TestSignatureVerifier::algorithms_data()
{
    QTest::addColumn<QString>("alg");
    for (const char *a :
         {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"})
        QTest::newRow(a) << QString::fromLatin1(a);
}

void TestSignatureVerifier::algorithms()
{
    QFETCH(QString, alg);
    const Signer s = Signer::make(alg);
    QVERIFY(s.key);
    const QByteArray header = "{\"alg\":\"" + alg.toLatin1() + "\"}";
    const QByteArray t = s.sign(alg, header, R"({"aud":"api://x","exp":1796150000})");
    const KeySet pem = keys(s.publicPem());
    QCOMPARE(SignatureVerifier::verify(decode(t), pem).state, State::Valid);
    // Another key of the same kind: invalid, not "valid".
    const KeySet other = keys(Signer::make(alg).publicPem());
    QCOMPARE(SignatureVerifier::verify(decode(t), other).state, State::Invalid);
    // A token re-labelled with another algorithm of the family does not pass either.
    const QString relabelled = alg.startsWith("ES"_L1) ? u"ES256"_s
            : alg == "RS256"_L1                        ? u"PS256"_s
                                                       : u"RS256"_s;
    if (relabelled != alg) {
        const DecodedToken d = decode(t);
        const QByteArray swapped
                = JwtDecoder::toBase64Url("{\"alg\":\"" + relabelled.toLatin1() + "\"}") + '.'
                + d.payloadPart + '.' + d.signaturePart;
        QVERIFY(SignatureVerifier::verify(decode(swapped), pem).state != State::Valid);
    }
}

void TestSignatureVerifier::refused_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << QByteArray(R"({"alg":"none"})") << QByteArray() << u"alg-none"_s
                          << u"not signed"_s;
    QTest::newRow("None with signature") << QByteArray(R"({"alg":"None"})") << QByteArray("c2ln")
                                         << u"alg-none"_s << u"not signed"_s;
    QTest::newRow("HS256") << QByteArray(R"({"alg":"HS256"})") << QByteArray("c2ln") << u"hmac"_s
                           << u"shared secret"_s;
    QTest::newRow("HS512") << QByteArray(R"({"alg":"HS512"})") << QByteArray("c2ln") << u"hmac"_s
                           << u"shared secret"_s;
    QTest::newRow("unknown alg") << QByteArray(R"({"alg":"EdDSA"})") << QByteArray("c2ln")
                                 << u"unsupported-alg"_s << u"not supported"_s;
    QTest::newRow("empty signature")
            << QByteArray(R"({"alg":"RS256"})") << QByteArray() << u"no-signature"_s << u"empty"_s;
}

void TestSignatureVerifier::refused()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, signature);
    QFETCH(QString, code);
    QFETCH(QString, text);
    const QByteArray t = JwtDecoder::toBase64Url(header) + '.' + RfcPayload + '.' + signature;
    const SignatureCheck c = SignatureVerifier::verify(decode(t), keys(rfcJwks()));
    QVERIFY(c.state != State::Valid);
    QVERIFY(c.checked());
    QCOMPARE(c.code, code);
    QVERIFY2(c.reason.contains(text), qPrintable(c.reason));
}

void TestSignatureVerifier::graphNonce()
{
    const Signer s = Signer::make(u"RS256"_s);
    // Graph signs over a header with the hashed nonce and hands out the plain one: the signature
    // over what the token shows does not match.
    const QByteArray signedOver
            = s.sign(u"RS256"_s, R"({"alg":"RS256","kid":"k","nonce":"hashed"})",
                     R"({"aud":"https://graph.microsoft.com"})");
    const DecodedToken d = decode(signedOver);
    const QByteArray shown = JwtDecoder::toBase64Url(R"({"alg":"RS256","kid":"k","nonce":"plain"})")
            + '.' + d.payloadPart + '.' + d.signaturePart;
    KeySet set = keys(s.publicPem());
    const SignatureCheck c = SignatureVerifier::verify(decode(shown), set);
    QCOMPARE(c.state, State::Unverifiable);
    QCOMPARE(c.code, u"graph-nonce"_s);
    QVERIFY(c.reason.contains(u"by design"_s));
    QVERIFY(!c.reason.contains(u"invalid"_s, Qt::CaseInsensitive));
}

void TestSignatureVerifier::keySelection()
{
    const QByteArray withKid = JwtDecoder::toBase64Url(R"({"alg":"RS256","kid":"2011-04-29"})");
    const DecodedToken rfc = decode(RfcRs256);
    // The RFC signature covers a header without kid; with a kid the check must fail cleanly.
    const DecodedToken kidToken = decode(withKid + '.' + rfc.payloadPart + '.' + rfc.signaturePart);
    SignatureCheck c = SignatureVerifier::verify(kidToken, keys(rfcJwks(u"other"_s)));
    QCOMPARE(c.state, State::Unverifiable);
    QCOMPARE(c.code, u"no-key"_s);
    QVERIFY(c.reason.contains(u"2011-04-29"_s));
    c = SignatureVerifier::verify(kidToken, keys(rfcJwks(u"2011-04-29"_s)));
    QCOMPARE(c.state, State::Invalid);
    QCOMPARE(c.keyId, u"2011-04-29"_s);
    // The key's own alg restricts it.
    c = SignatureVerifier::verify(rfc, keys(rfcJwks({}, u"RS512"_s)));
    QCOMPARE(c.code, u"key-alg"_s);
    // An EC key for an RSA token.
    c = SignatureVerifier::verify(rfc, keys(Signer::make(u"ES256"_s).publicPem()));
    QCOMPARE(c.code, u"key-type"_s);
    // No kid and several keys: no guess.
    QJsonArray two;
    for (const char *kid : {"a", "b"})
        two.append(QJsonObject{{"kty"_L1, "RSA"_L1},
                               {"kid"_L1, QLatin1StringView(kid)},
                               {"n"_L1, QString::fromLatin1(RfcRsaN)},
                               {"e"_L1, "AQAB"_L1}});
    c = SignatureVerifier::verify(rfc, keys(QJsonDocument(QJsonObject{{"keys"_L1, two}}).toJson()));
    QCOMPARE(c.code, u"no-key"_s);
}

void TestSignatureVerifier::badKeyFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << u"jwks"_s;
    QTest::newRow("not JSON") << QByteArray("hello") << u"jwks"_s;
    QTest::newRow("no keys array") << QByteArray(R"({"keys":{}})") << u"jwks"_s;
    QTest::newRow("no usable key")
            << QByteArray(R"({"keys":[{"kty":"oct","k":"AAAA"}]})") << u"jwks-empty"_s;
    QTest::newRow("encryption key only")
            << QByteArray(R"({"keys":[{"kty":"RSA","use":"enc","n":"AQAB","e":"AQAB"}]})")
            << u"jwks-empty"_s;
    QTest::newRow("bad base64 modulus")
            << QByteArray(R"({"keys":[{"kty":"RSA","n":"a+b","e":"AQAB"}]})") << u"jwks-empty"_s;
    QTest::newRow("EC wrong size")
            << QByteArray(R"({"keys":[{"kty":"EC","crv":"P-256","x":"AQAB","y":"AQAB"}]})")
            << u"jwks-empty"_s;
    QTest::newRow("garbage PEM") << QByteArray(
            "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
                                 << u"pem"_s;
}

void TestSignatureVerifier::badKeyFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    const auto r = KeySet::fromFileContents(data);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
