// The client certificate credential against the sandbox, end to end: a certificate registered on
// an app registration (Graph PATCH keyCredentials, as the Graph reference documents it) signs in;
// every assertion Entra refuses (expired, wrong key, unsigned, unknown thumbprint, wrong audience
// or issuer, expired key credential) gets Entra's AADSTS code; a repeated assertion is accepted,
// as Entra and msal-node's cached assertion have it. Also --credential certificate on the
// command line (credential options) and AZURE_CLIENT_CERTIFICATE_PATH in the environment.

#include "sandboxfixture.h"
#include "testcertificate.h"

#include "auth/clientcertificate.h"
#include "auth/credentialoptions.h"
#include "auth/environmentcredential.h"
#include "sandbox/tenantstate.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::auth::AssertionOptions;
using ie::auth::ClientCertificate;
using ie::net::AccessToken;
using ie::test::TestCert;

namespace {

// Contoso Build Pipeline (resources/sandbox/contoso.json), an app registration of the tenant.
const QString App = u"5f4c3d2e-1b0a-4f9c-c8d7-e6f5a4b3c2d1"_s;

ie::Result<AccessToken> acquire(ie::auth::Credential &c)
{
    std::optional<ie::Result<AccessToken>> out;
    c.requestToken({u"https://graph.microsoft.com"_s, {}, {}, false},
                   [&out](ie::Result<AccessToken> t) { out = t; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return ApiError::make(ApiError::Kind::Timeout, u"no answer"_s);
    return *out;
}

QByteArray b64(const QByteArray &d)
{
    return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject part(const QByteArray &jwt, int i)
{
    return QJsonDocument::fromJson(
                   QByteArray::fromBase64(jwt.split('.').value(i), QByteArray::Base64UrlEncoding))
            .object();
}

QByteArray withHeader(const QByteArray &jwt, const QJsonObject &header)
{
    QList<QByteArray> p = jwt.split('.');
    p[0] = b64(QJsonDocument(header).toJson(QJsonDocument::Compact));
    return p.join('.');
}

} // namespace

class TestCertificateSandbox : public QObject
{
    Q_OBJECT
private:
    ie::test::SandboxFixture m_sandbox;
    TestCert m_cert = ie::test::makeTestCertificate();
    TestCert m_unregistered = ie::test::makeTestCertificate();
    TestCert m_stale = ie::test::makeTestCertificate(); // registered with an end in the past
    QTemporaryDir m_dir;

    QUrl tokenEndpoint() const
    {
        QUrl u = const_cast<TestCertificateSandbox *>(this)->m_sandbox.server().loginUrl();
        u.setPath(u'/' + const_cast<TestCertificateSandbox *>(this)->m_sandbox.server().tenantId()
                  + u"/oauth2/v2.0/token"_s);
        return u;
    }
    QByteArray assertionBy(const TestCert &cert, AssertionOptions options = {},
                           const QString &audience = {}, const QString &clientId = App) const
    {
        const auto c = ClientCertificate::fromData(cert.certPem + cert.keyPem, {});
        if (!c.ok())
            return {};
        const auto a = c->assertion(audience.isEmpty() ? tokenEndpoint().toString() : audience,
                                    clientId, options);
        return a.ok() ? *a : QByteArray();
    }
    // Posts a client credentials request with `assertion`; the answer's JSON and HTTP status.
    std::pair<int, QJsonObject> post(const QByteArray &assertion)
    {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        form.addQueryItem(u"client_id"_s, App);
        form.addQueryItem(u"scope"_s, u"https://graph.microsoft.com/.default"_s);
        form.addQueryItem(u"client_assertion_type"_s,
                          u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s);
        form.addQueryItem(u"client_assertion"_s,
                          QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(assertion))));
        ie::net::HttpRequest req;
        req.method = "POST";
        req.url = tokenEndpoint();
        req.body = form.toString(QUrl::FullyEncoded).toLatin1();
        req.headers.append(ie::net::RawHeader{"Content-Type", "application/x-www-form-urlencoded"});
        req.authenticate = false;
        req.anyStatus = true;
        req.carriesSecret = true;
        std::optional<ie::Result<ie::net::HttpResponse>> out;
        m_sandbox.client().send(req, this, [&out](const ie::Result<ie::net::HttpResponse> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000) || !out->ok())
            return {0, {}};
        return {(*out)->status, QJsonDocument::fromJson((*out)->body).object()};
    }
    ie::Result<ie::net::HttpResponse> graph(const QByteArray &method, const QString &path,
                                            const QJsonObject &body = {})
    {
        ie::net::HttpRequest req = body.isEmpty()
                ? ie::net::HttpRequest::get(m_sandbox.graph(path))
                : ie::net::HttpRequest::json(method, m_sandbox.graph(path), QJsonDocument(body));
        std::optional<ie::Result<ie::net::HttpResponse>> out;
        m_sandbox.client().send(req, this, [&out](const ie::Result<ie::net::HttpResponse> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            return ApiError::make(ApiError::Kind::Timeout, u"no answer"_s);
        return *out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
        QVERIFY(m_dir.isValid());
    }

    // Registers the test certificate as Graph documents it: PATCH the application's whole
    // keyCredentials collection, with the DER certificate as "key"; Graph fills in the thumbprint
    // and the validity from the certificate.
    void registerCertificate()
    {
        const QJsonObject cert{{"type"_L1, "AsymmetricX509Cert"_L1},
                               {"usage"_L1, "Verify"_L1},
                               {"displayName"_L1, "CN=ie-test"_L1},
                               {"key"_L1, QString::fromLatin1(m_cert.certDer.toBase64())}};
        const QJsonObject stale{{"type"_L1, "AsymmetricX509Cert"_L1},
                                {"usage"_L1, "Verify"_L1},
                                {"endDateTime"_L1, "2020-01-01T00:00:00Z"_L1},
                                {"key"_L1, QString::fromLatin1(m_stale.certDer.toBase64())}};
        const auto before = graph("GET", u"/applications(appId='%1')?$select=keyCredentials"_s.arg(App));
        QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().summary()));
        QJsonArray keys = before->json.object().value("keyCredentials"_L1).toArray();
        keys.append(cert);
        keys.append(stale);
        const auto bad = graph("PATCH", u"/applications(appId='%1')"_s.arg(App),
                               {{"keyCredentials"_L1,
                                 QJsonArray{QJsonObject{{"type"_L1, "AsymmetricX509Cert"_L1},
                                                        {"usage"_L1, "Verify"_L1},
                                                        {"key"_L1, "bm90IGEgY2VydA=="_L1}}}}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().httpStatus, 400);
        QVERIFY(bad.error().message.contains(u"'key'"_s));

        // The seeded credentials came back without their "key" (the sandbox has none for them).
        QJsonArray put;
        for (const QJsonValue &v : keys) {
            QJsonObject k = v.toObject();
            if (k.value("key"_L1).isNull())
                continue; // Graph needs the key to keep a certificate; the seeded ones go
            put.append(k);
        }
        const auto patched = graph("PATCH", u"/applications(appId='%1')"_s.arg(App),
                                   {{"keyCredentials"_L1, put}});
        QVERIFY2(patched.ok(), qPrintable(patched.ok() ? QString() : patched.error().summary()));
        QCOMPARE(patched->status, 204);

        const auto plain = graph("GET", u"/applications(appId='%1')"_s.arg(App));
        QVERIFY(plain.ok());
        const QJsonArray shown = plain->json.object().value("keyCredentials"_L1).toArray();
        QCOMPARE(shown.size(), 2);
        QVERIFY(shown.at(0).toObject().value("key"_L1).isNull()); // only with $select
        QCOMPARE(QByteArray::fromBase64(
                         shown.at(0).toObject().value("customKeyIdentifier"_L1).toString().toLatin1()),
                 QCryptographicHash::hash(m_cert.certDer, QCryptographicHash::Sha1));
        QVERIFY(shown.at(0).toObject().value("endDateTime"_L1).toString().startsWith(
                QDateTime::currentDateTimeUtc().addSecs(3600).toString(u"yyyy-MM-dd"_s)));
        const auto selected = graph("GET", u"/applications(appId='%1')?$select=keyCredentials"_s.arg(App));
        QVERIFY(selected.ok());
        QCOMPARE(selected->json.object().value("keyCredentials"_L1).toArray().at(0).toObject()
                         .value("key"_L1).toString(),
                 QString::fromLatin1(m_cert.certDer.toBase64()));
        const auto unknown = graph("GET", u"/applications(appId='%1')?$select=nonsense"_s.arg(App));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().httpStatus, 400);
    }

    void signIn_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("PS256") << int(AssertionOptions::Algorithm::PS256);
        QTest::newRow("RS256") << int(AssertionOptions::Algorithm::RS256);
    }
    void signIn()
    {
        QFETCH(int, algorithm);
        AssertionOptions o;
        o.algorithm = AssertionOptions::Algorithm(algorithm);
        const auto c = ClientCertificate::fromData(m_cert.certPem + m_cert.keyPem, {});
        QVERIFY(c.ok());
        std::unique_ptr<ie::auth::ClientSecretCredential> cred(ie::auth::newClientCertificateCredential(
                &m_sandbox.client(), m_sandbox.server().tenantId(), App, *c, o));
        const auto t = acquire(*cred);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
        QCOMPARE(ie::auth::unverifiedClaims(t->token).value("appid"_L1).toString(), App);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("assertion");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");

        AssertionOptions expired;
        expired.now = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QTest::newRow("expired assertion") << assertionBy(m_cert, expired) << 400 << 700024
                                           << u"not within its valid time range"_s;
        // Signed by another key than the registered certificate's.
        const QByteArray foreign = assertionBy(m_unregistered);
        QJsonObject header = part(foreign, 0);
        const QJsonObject mine = part(assertionBy(m_cert), 0);
        header.insert("x5t"_L1, mine.value("x5t"_L1));
        header.insert("x5t#S256"_L1, mine.value("x5t#S256"_L1));
        QTest::newRow("wrong key") << withHeader(foreign, header) << 401 << 700027
                                   << u"use of the key to verify the signature failed"_s;
        QJsonObject none = mine;
        none.insert("alg"_L1, "none"_L1);
        QByteArray unsigned_ = withHeader(assertionBy(m_cert), none);
        unsigned_ = unsigned_.left(unsigned_.lastIndexOf('.') + 1);
        QTest::newRow("unsigned (alg none)") << unsigned_ << 401 << 5002738
                                             << u"'none' is not a supported signature algorithm"_s;
        QTest::newRow("unknown thumbprint") << assertionBy(m_unregistered) << 401 << 700027
                                            << u"The key was not found"_s;
        QTest::newRow("expired key credential") << assertionBy(m_stale) << 401 << 700027
                                                << u"The key used is expired"_s;
        QTest::newRow("other audience")
                << assertionBy(m_cert, {}, u"https://login.microsoftonline.com/other/oauth2/v2.0/token"_s)
                << 400 << 700023 << u"audience claim does not match"_s;
        QTest::newRow("other issuer")
                << assertionBy(m_cert, {}, {}, u"00000000-0000-0000-0000-000000000001"_s) << 400
                << 700021 << u"doesn't match 'client_id'"_s;
    }
    void refused()
    {
        QFETCH(QByteArray, assertion);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, text);
        QVERIFY(!assertion.isEmpty());
        const auto [got, body] = post(assertion);
        QCOMPARE(got, status);
        QCOMPARE(body.value("error"_L1).toString(), u"invalid_client"_s);
        QCOMPARE(body.value("error_codes"_L1).toArray().at(0).toInt(), code);
        const QString description = body.value("error_description"_L1).toString();
        QVERIFY2(description.startsWith(u"AADSTS%1: "_s.arg(code)), qPrintable(description));
        QVERIFY2(description.contains(text), qPrintable(description));
    }

    // Entra takes an assertion again until it expires, and msal-node sends the one it made for
    // every token request of its 10 minutes: the sandbox must not refuse the second use.
    void repeatedAssertionAccepted()
    {
        const QByteArray a = assertionBy(m_cert);
        QCOMPARE(post(a).first, 200);
        QCOMPARE(post(a).first, 200);
    }

    // --credential certificate --certificate FILE, the password from the options (as
    // --certificate-password-stdin hands it over), and the same with a PKCS#12 file.
    void commandLineOptions_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("pem") << m_cert.certPem + m_cert.keyPem << QByteArray();
        QTest::newRow("encrypted pem") << m_cert.certPem + m_cert.encryptedKeyPem
                                       << QByteArray("pass-word");
        QTest::newRow("pkcs12") << m_cert.pkcs12 << QByteArray("pass-word");
    }
    void commandLineOptions()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, password);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file);
        f.close();
        QCommandLineParser p;
        p.addOptions(ie::auth::CredentialOptions::commandLineOptions());
        QVERIFY(p.parse({u"x"_s, u"--credential"_s, u"certificate"_s, u"--certificate"_s, path,
                         u"--tenant"_s, m_sandbox.server().tenantId(), u"--client-id"_s, App}));
        auto o = ie::auth::CredentialOptions::fromParser(p);
        QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().message));
        o->certificatePassword = password;
        std::optional<ie::Result<ie::auth::Credential *>> made;
        QObject owner;
        ie::auth::makeCredential(*o, &m_sandbox.client(), nullptr, &owner,
                                 [&made](ie::Result<ie::auth::Credential *> c) { made = c; });
        QVERIFY(QTest::qWaitFor([&] { return made.has_value(); }, 5000));
        QVERIFY2(made->ok(), qPrintable(made->ok() ? QString() : made->error().message));
        const auto t = acquire(***made);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
    }

    // The environment credential with AZURE_CLIENT_CERTIFICATE_PATH and _PASSWORD, as the SDKs
    // read them; a secret, when also set, wins (the SDKs' order).
    void environment()
    {
        const QString path = m_dir.filePath(u"env.pfx"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_cert.pkcs12);
        f.close();
        QProcessEnvironment env;
        env.insert(u"AZURE_TENANT_ID"_s, m_sandbox.server().tenantId());
        env.insert(u"AZURE_CLIENT_ID"_s, App);
        env.insert(u"AZURE_CLIENT_CERTIFICATE_PATH"_s, path);
        env.insert(u"AZURE_CLIENT_CERTIFICATE_PASSWORD"_s, u"pass-word"_s);
        ie::auth::EnvironmentCredential good(&m_sandbox.client(), env, false);
        QVERIFY(good.isAvailable());
        const auto t = acquire(good);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));

        env.insert(u"AZURE_CLIENT_CERTIFICATE_PASSWORD"_s, u"wrong"_s);
        ie::auth::EnvironmentCredential wrong(&m_sandbox.client(), env, false);
        const auto w = acquire(wrong);
        QVERIFY(!w.ok());
        QVERIFY2(w.error().message.contains(u"AZURE_CLIENT_CERTIFICATE_PATH"_s),
                 qPrintable(w.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCertificateSandbox)
#include "tst_certificatesandbox.moc"
