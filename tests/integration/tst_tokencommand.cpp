// `identity-explorer token` as a script meets it, against an in-process sandbox named by a cloud
// configuration file in the `az cloud register` format (with the sandbox's CA as "caFile"):
// each credential's success (the token alone, or the JSON) and its one-line failures.

#include "sandboxfixture.h"
#include "testsupport.h"

#include "auth/credential.h"
#include "sandbox/router.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString SharedClient = u"e3f4a5b6-0001-4c7d-8e9f-a0b1c2d3e4f5"_s;
const QString SharedPrincipal = u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestTokenCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void succeeds_data();
    void succeeds();
    void fails_data();
    void fails();
    void trustsExtraCa_data();
    void trustsExtraCa();

private:
    Run run(const QStringList &args, const QStringList &env);
    QProcessEnvironment environment(const QStringList &env) const;
    ie::test::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QString m_cloudConfig;
    QString m_cloudConfigWithoutCa;
};

void TestTokenCommand::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    auto &s = m_sandbox.server();
    s.context().deviceCodeIntervalSeconds = 0; // the credential still waits its minimum (1 s)
    m_cloudConfig = m_dir.filePath(u"sandbox-cloud.json"_s);
    QVERIFY(m_sandbox.writeCloudConfig(m_cloudConfig));
    // The same cloud without "caFile": its CA must come from --ca-file or SSL_CERT_FILE.
    {
        QFile f(m_cloudConfig);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject cfg = QJsonDocument::fromJson(f.readAll()).object();
        cfg.remove("caFile"_L1);
        m_cloudConfigWithoutCa = m_dir.filePath(u"without-ca.json"_s);
        QFile out(m_cloudConfigWithoutCa);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(cfg).toJson());
        QFile notPem(m_dir.filePath(u"not-pem.txt"_s));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("this is no certificate\n");
    }
    // A stand-in az that prints the CLI's JSON.
    QFile az(m_dir.filePath(u"az"_s));
    QVERIFY(az.open(QIODevice::WriteOnly));
    az.write("#!/bin/sh\nprintf '%s\\n' "
             "'{\"accessToken\":\"eyJ0.eyJ0.c2ln\",\"expires_on\":4102444800,\"tenant\":\"t-cli\","
             "\"tokenType\":\"Bearer\"}'\n");
    az.close();
    QVERIFY(az.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                              | QFileDevice::ExeOwner));
}

QProcessEnvironment TestTokenCommand::environment(const QStringList &env) const
{
    auto &s = const_cast<TestTokenCommand *>(this)->m_sandbox.server();
    QProcessEnvironment e = ie::test::cleanEnvironment(m_dir.path() + u":/usr/bin:/bin"_s);
    for (QString v : env) {
        v.replace(u"{mi}"_s, s.managedIdentityUrl().toString());
        v.replace(u"{ca}"_s, s.caFile()).replace(u"{dir}"_s, m_dir.path());
        v.replace(u"{tenant}"_s, s.tenantId()).replace(u"{id}"_s, s.adminClientId());
        v.replace(u"{secret}"_s, s.adminClientSecret());
        v.replace(u"{appservice}"_s, s.appServiceUrl().toString())
                .replace(u"{header}"_s, s.identityHeader());
        e.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    }
    return e;
}

Run TestTokenCommand::run(const QStringList &args, const QStringList &env)
{
    QProcess p;
    p.setProcessEnvironment(environment(env));
    QStringList full{u"token"_s};
    for (QString a : args)
        full << a.replace(u"{config}"_s, m_cloudConfig)
                        .replace(u"{noca}"_s, m_cloudConfigWithoutCa)
                        .replace(u"{ca}"_s, m_sandbox.server().caFile())
                        .replace(u"{dir}"_s, m_dir.path());
    p.start(ie::test::executable(), full);
    QSignalSpy done(&p, &QProcess::finished);
    Run r;
    if (!done.wait(30000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestTokenCommand::succeeds_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("oid"); // empty: not checked
    const QString adminOid = u"c0ffee00-1a2b-4c3d-8e9f-0a1b2c3d4e5f"_s;
    QTest::newRow("sandbox") << QStringList{u"--credential"_s, u"sandbox"_s} << QStringList{}
                             << u"sandbox"_s << adminOid;
    QTest::newRow("environment") << QStringList{u"--credential"_s, u"environment"_s}
                                 << QStringList{u"AZURE_TENANT_ID={tenant}"_s,
                                                u"AZURE_CLIENT_ID={id}"_s,
                                                u"AZURE_CLIENT_SECRET={secret}"_s}
                                 << u"environment"_s << adminOid;
    QTest::newRow("chain-environment")
            << QStringList{}
            << QStringList{u"AZURE_TENANT_ID={tenant}"_s, u"AZURE_CLIENT_ID={id}"_s,
                           u"AZURE_CLIENT_SECRET={secret}"_s}
            << u"environment"_s << adminOid;
    QTest::newRow("managed-identity-imds")
            << QStringList{u"--credential"_s, u"managed-identity"_s, u"--client-id"_s, SharedClient}
            << QStringList{u"AZURE_POD_IDENTITY_AUTHORITY_HOST={mi}"_s} << u"managed-identity"_s
            << SharedPrincipal;
    QTest::newRow("managed-identity-app-service")
            << QStringList{u"--credential"_s, u"managed-identity"_s}
            << QStringList{u"IDENTITY_ENDPOINT={appservice}"_s, u"IDENTITY_HEADER={header}"_s}
            << u"managed-identity"_s << u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;
    QTest::newRow("chain-managed-identity")
            << QStringList{} << QStringList{u"AZURE_POD_IDENTITY_AUTHORITY_HOST={mi}"_s}
            << u"managed-identity"_s << u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;
    QTest::newRow("device-code") << QStringList{u"--credential"_s, u"device-code"_s, u"--tenant"_s,
                                                u"contoso.onmicrosoft.com"_s}
                                 << QStringList{} << u"device-code"_s
                                 << u"a11ce000-0000-4000-8000-000000000001"_s;
    QTest::newRow("cli") << QStringList{u"--credential"_s, u"cli"_s} << QStringList{} << u"cli"_s
                         << QString();
    QTest::newRow("chain-cli") << QStringList{} << QStringList{} << u"cli"_s << QString();
}

void TestTokenCommand::succeeds()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QString, oid);
    const QStringList common{u"--resource"_s, u"https://management.azure.com"_s,
                             u"--cloud-config"_s, u"{config}"_s};
    const Run text = run(common + args, env);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QFETCH(QString, credential);
    if (credential == "device-code"_L1)
        QVERIFY(text.err.contains("enter the code")); // the prompt, on stderr
    const QByteArray token = text.out.trimmed();
    QCOMPARE(token.count('.'), 2);
    QVERIFY(!token.contains(' '));
    if (!oid.isEmpty())
        QCOMPARE(ie::auth::unverifiedClaims(token).value("oid"_L1).toString(), oid);

    const Run json = run(common + args + QStringList{u"--json"_s}, env);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value("tokenType"_L1).toString(), u"Bearer"_s);
    QCOMPARE(o.value("credential"_L1).toString(), credential);
    QCOMPARE(o.value("accessToken"_L1).toString().count(u'.'), 2);
    const QDateTime expires
            = QDateTime::fromString(o.value("expiresOn"_L1).toString(), Qt::ISODate);
    QVERIFY(expires > QDateTime::currentDateTimeUtc());
    QVERIFY(!o.value("tenant"_L1).toString().isEmpty());
}

void TestTokenCommand::fails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList r{u"--resource"_s, u"https://management.azure.com"_s};
    QTest::newRow("no-resource") << QStringList{u"--credential"_s, u"cli"_s} << QStringList{} << 2
                                 << u"--resource"_s;
    QTest::newRow("unknown-credential") << r + QStringList{u"--credential"_s, u"magic"_s}
                                        << QStringList{} << 2 << u"Unknown credential 'magic'"_s;
    QTest::newRow("unknown-cloud") << r + QStringList{u"--cloud"_s, u"Mars"_s} << QStringList{} << 2
                                   << u"Unknown cloud 'Mars'"_s;
    QTest::newRow("both-clouds") << r
                    + QStringList{u"--cloud"_s, u"AzureCloud"_s, u"--cloud-config"_s, u"{config}"_s}
                                 << QStringList{} << 2 << u"not both"_s;
    QTest::newRow("sandbox-without-config") << r + QStringList{u"--credential"_s, u"sandbox"_s}
                                            << QStringList{} << 2 << u"sandbox: "_s;
    QTest::newRow("mi-unknown-identity")
            << r + QStringList{u"--credential"_s,   u"managed-identity"_s,
                               u"--client-id"_s,    u"11111111-2222-3333-4444-555555555555"_s,
                               u"--cloud-config"_s, u"{config}"_s}
            << QStringList{u"AZURE_POD_IDENTITY_AUTHORITY_HOST={mi}"_s} << 1
            << u"managed-identity: This machine has no such managed identity"_s;
    QTest::newRow("environment-not-set") << r
                    + QStringList{u"--credential"_s, u"environment"_s, u"--cloud-config"_s,
                                  u"{config}"_s}
                                         << QStringList{} << 1 << u"environment: Not configured"_s;
    QTest::newRow("environment-wrong-secret")
            << r
                    + QStringList{u"--credential"_s, u"environment"_s, u"--cloud-config"_s,
                                  u"{config}"_s}
            << QStringList{u"AZURE_TENANT_ID={tenant}"_s, u"AZURE_CLIENT_ID={id}"_s,
                           u"AZURE_CLIENT_SECRET=nope"_s}
            << 1 << u"environment: AADSTS7000215"_s;
    QTest::newRow("secret-needs-ids") << r + QStringList{u"--credential"_s, u"secret"_s}
                                      << QStringList{} << 2 << u"--tenant and --client-id"_s;
}

void TestTokenCommand::fails()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QString, message);
    const Run r = run(args, env);
    QTEST(r.exitCode, "exitCode");
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(err.startsWith(u"identity-explorer token: "_s), qPrintable(err));
    QVERIFY2(!err.contains(u'\n'), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
}

// A cloud whose CA the system does not trust: --ca-file and SSL_CERT_FILE (which OpenSSL-based
// tools read and Qt does not) make it trusted; a wrong file is named with what to fix, and
// without either the TLS handshake fails.
void TestTokenCommand::trustsExtraCa_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // on stderr; empty for success
    const QStringList base{u"--resource"_s, u"https://management.azure.com"_s,
                           u"--credential"_s, u"sandbox"_s, u"--cloud-config"_s, u"{noca}"_s};
    QTest::newRow("untrusted") << base << QStringList{} << 1 << u"sandbox: "_s;
    QTest::newRow("ca-file") << base + QStringList{u"--ca-file"_s, u"{ca}"_s} << QStringList{}
                             << 0 << QString();
    QTest::newRow("ssl-cert-file") << base << QStringList{u"SSL_CERT_FILE={ca}"_s} << 0
                                   << QString();
    QTest::newRow("ca-file-missing")
            << base + QStringList{u"--ca-file"_s, u"{dir}/none.pem"_s} << QStringList{} << 2
            << u"Cannot read the CA file"_s;
    QTest::newRow("ca-file-not-pem")
            << base + QStringList{u"--ca-file"_s, u"{dir}/not-pem.txt"_s} << QStringList{} << 2
            << u"(named by --ca-file) holds no PEM certificate"_s;
    QTest::newRow("ssl-cert-file-not-pem")
            << base << QStringList{u"SSL_CERT_FILE={dir}/not-pem.txt"_s} << 2
            << u"(named by SSL_CERT_FILE) holds no PEM certificate"_s;
}

void TestTokenCommand::trustsExtraCa()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QString, message);
    const Run r = run(args, env);
    QFETCH(int, exitCode);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    if (exitCode == 0) {
        QCOMPARE(r.out.trimmed().count('.'), 2);
        return;
    }
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenCommand)
#include "tst_tokencommand.moc"
