#include "auth/clientcertificate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>
#include <QJsonDocument>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

using namespace ie::auth;
using namespace Qt::StringLiterals;

namespace {

// A fresh RSA key and a self-signed certificate, in the file formats a user would have.
struct TestCert
{
    QByteArray certPem;
    QByteArray keyPem;
    QByteArray encryptedKeyPem; // PKCS#8, AES-256-CBC, password "pass-word"
    QByteArray pkcs12; // password "pass-word"
    QByteArray certDer;
};

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(len));
    BIO_free(bio);
    return out;
}

TestCert makeCert(int bits = 2048)
{
    TestCert t;
    EVP_PKEY *key = EVP_RSA_gen(unsigned(bits));
    X509 *x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 7);
    X509_gmtime_adj(X509_getm_notBefore(x), -60);
    X509_gmtime_adj(X509_getm_notAfter(x), 3600);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("ie-test"), -1, -1, 0);
    X509_set_issuer_name(x, name);
    X509_sign(x, key, EVP_sha256());
    BIO *b = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(b, x);
    t.certPem = bioBytes(b);
    b = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr);
    t.keyPem = bioBytes(b);
    b = BIO_new(BIO_s_mem());
    char pw[] = "pass-word";
    PEM_write_bio_PKCS8PrivateKey(b, key, EVP_aes_256_cbc(), pw, int(strlen(pw)), nullptr,
                                  nullptr);
    t.encryptedKeyPem = bioBytes(b);
    PKCS12 *p12 = PKCS12_create(pw, "ie-test", key, x, nullptr, 0, 0, 0, 0, 0);
    b = BIO_new(BIO_s_mem());
    i2d_PKCS12_bio(b, p12);
    t.pkcs12 = bioBytes(b);
    PKCS12_free(p12);
    unsigned char *der = nullptr;
    const int len = i2d_X509(x, &der);
    t.certDer = QByteArray(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    X509_free(x);
    EVP_PKEY_free(key);
    return t;
}

QJsonObject part(const QByteArray &jwt, int i)
{
    return QJsonDocument::fromJson(
                   QByteArray::fromBase64(jwt.split('.').value(i), QByteArray::Base64UrlEncoding))
            .object();
}

} // namespace

class TestClientCertificate : public QObject
{
    Q_OBJECT
private:
    TestCert m_cert = makeCert();
    TestCert m_other = makeCert();

private Q_SLOTS:
    void load_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("error");
        QTest::newRow("pem") << m_cert.certPem + m_cert.keyPem << QByteArray() << true << QString();
        QTest::newRow("pem key first")
                << m_cert.keyPem + m_cert.certPem << QByteArray() << true << QString();
        QTest::newRow("encrypted pem") << m_cert.certPem + m_cert.encryptedKeyPem
                                       << QByteArray("pass-word") << true << QString();
        QTest::newRow("encrypted pem, wrong password")
                << m_cert.certPem + m_cert.encryptedKeyPem << QByteArray("nope") << false
                << u"password does not open"_s;
        QTest::newRow("encrypted pem, no password")
                << m_cert.certPem + m_cert.encryptedKeyPem << QByteArray() << false
                << u"a password is needed"_s;
        QTest::newRow("pkcs12") << m_cert.pkcs12 << QByteArray("pass-word") << true << QString();
        QTest::newRow("pkcs12, wrong password")
                << m_cert.pkcs12 << QByteArray("wrong") << false << u"PKCS#12"_s;
        QTest::newRow("no key") << m_cert.certPem << QByteArray() << false << u"no private key"_s;
        QTest::newRow("foreign key") << m_cert.certPem + m_other.keyPem << QByteArray() << false
                                     << u"does not belong"_s;
        QTest::newRow("garbage") << QByteArray("hello") << QByteArray() << false
                                 << u"neither a PEM"_s;
    }
    void load()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, password);
        QFETCH(bool, ok);
        QFETCH(QString, error);
        const auto c = ClientCertificate::fromData(data, password);
        QCOMPARE(c.ok(), ok);
        if (ok) {
            QCOMPARE(c->certificateDer(), m_cert.certDer);
            QVERIFY(c->notAfter() > QDateTime::currentDateTimeUtc());
            QVERIFY(c->subject().contains("ie-test"_L1));
        } else {
            QVERIFY2(c.error().message.contains(error), qPrintable(c.error().message));
        }
    }

    void fromFileMissing()
    {
        const auto c = ClientCertificate::fromFile(u"/nonexistent/cert.pem"_s, {});
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains("/nonexistent/cert.pem"_L1));
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("pss");
        QTest::addColumn<bool>("chain");
        QTest::newRow("PS256") << true << false;
        QTest::newRow("RS256") << false << false;
        QTest::newRow("PS256 with x5c") << true << true;
    }
    void roundTrip()
    {
        QFETCH(bool, pss);
        QFETCH(bool, chain);
        const auto c = ClientCertificate::fromData(m_cert.certPem + m_cert.keyPem, {});
        QVERIFY(c.ok());
        AssertionOptions o;
        o.algorithm = pss ? AssertionOptions::Algorithm::PS256 : AssertionOptions::Algorithm::RS256;
        o.sendCertificateChain = chain;
        o.now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const QString aud = u"https://login.microsoftonline.com/t/oauth2/v2.0/token"_s;
        const auto jwt = c->assertion(aud, u"client-1"_s, o);
        QVERIFY(jwt.ok());
        const auto v = verifyClientAssertion(*jwt, m_cert.certDer);
        QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
        QCOMPARE(v->header.value("alg"_L1).toString(), pss ? u"PS256"_s : u"RS256"_s);
        QCOMPARE(v->header.value("x5t#S256"_L1).toString().toLatin1(),
                 QCryptographicHash::hash(m_cert.certDer, QCryptographicHash::Sha256)
                         .toBase64(QByteArray::Base64UrlEncoding
                                   | QByteArray::OmitTrailingEquals));
        QCOMPARE(v->header.value("x5t"_L1).toString().toLatin1(),
                 QCryptographicHash::hash(m_cert.certDer, QCryptographicHash::Sha1)
                         .toBase64(QByteArray::Base64UrlEncoding
                                   | QByteArray::OmitTrailingEquals));
        QCOMPARE(v->header.contains("x5c"_L1), chain);
        if (chain)
            QCOMPARE(v->header.value("x5c"_L1).toArray().first().toString().toLatin1(),
                     m_cert.certDer.toBase64());
        QCOMPARE(v->claims.value("aud"_L1).toString(), aud);
        QCOMPARE(v->claims.value("iss"_L1).toString(), u"client-1"_s);
        QCOMPARE(v->claims.value("sub"_L1).toString(), u"client-1"_s);
        QCOMPARE(v->claims.value("nbf"_L1).toInteger(), 1'800'000'000);
        QCOMPARE(v->claims.value("exp"_L1).toInteger(), 1'800'000'600);
        QVERIFY(!QUuid::fromString(v->claims.value("jti"_L1).toString()).isNull());
        // Another certificate does not verify it.
        QVERIFY(!verifyClientAssertion(*jwt, m_other.certDer).ok());
        // A fresh jti each time.
        QVERIFY(part(*c->assertion(aud, u"client-1"_s, o), 1).value("jti"_L1)
                != v->claims.value("jti"_L1));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("tamper");
        QTest::newRow("alg none") << QByteArray(R"({"alg":"none","typ":"JWT"})") << false;
        QTest::newRow("HS256") << QByteArray(R"({"alg":"HS256","typ":"JWT"})") << false;
        QTest::newRow("tampered claims") << QByteArray() << true;
    }
    void rejects()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, tamper);
        const auto c = ClientCertificate::fromData(m_cert.certPem + m_cert.keyPem, {});
        QVERIFY(c.ok());
        QList<QByteArray> parts = c->assertion(u"aud"_s, u"id"_s)->split('.');
        const auto enc = [](const QByteArray &d) {
            return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        if (!header.isEmpty())
            parts[0] = enc(header);
        if (tamper)
            parts[1] = enc(R"({"aud":"aud","iss":"evil","sub":"evil"})");
        QVERIFY(!verifyClientAssertion(parts.join('.'), m_cert.certDer).ok());
    }
};

QTEST_GUILESS_MAIN(TestClientCertificate)
#include "tst_clientcertificate.moc"
