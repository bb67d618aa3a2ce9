#include "auth/clientcertificate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>
#include <QJsonDocument>
#include <QTest>

#include "testcertificate.h"

using namespace ie::auth;
using ie::test::TestCert;
using namespace Qt::StringLiterals;

namespace {

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
    TestCert m_cert = ie::test::makeTestCertificate();
    TestCert m_other = ie::test::makeTestCertificate();

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
