// `--credential certificate` on the command line, against a real Secret Service (gnome-keyring in
// its own D-Bus session) and this test's sandbox over HTTPS: the certificate file's password from
// --certificate-password-stdin is stored in the keychain only once a sign-in with it has worked;
// afterwards the keychain alone opens the file; a wrong password, or a right one whose sign-in
// fails, is never stored.

#include "sandboxfixture.h"
#include "testcertificate.h"
#include "testsupport.h"

#include "sandbox/tenantstate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Contoso Build Pipeline (resources/sandbox/contoso.json): the certificate is registered on it.
const QString App = u"5f4c3d2e-1b0a-4f9c-c8d7-e6f5a4b3c2d1"_s;
} // namespace

class TestCliCertificate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noPasswordStoredYet();
    void failedSignInStoresNothing();
    void wrongPasswordStoresNothing();
    void storedAfterSuccess();
    void keychainAloneOpensTheFile_data();
    void keychainAloneOpensTheFile();

private:
    using Run = ie::test::CommandRun;
    Run run(const QStringList &args, const QString &clientId, const QByteArray &stdinText = {});
    ie::test::SandboxFixture m_sandbox;
    ie::test::TestCert m_cert = ie::test::makeTestCertificate();
    QTemporaryDir m_dir;
    QString m_cloudConfig;
    QString m_file;
};

void TestCliCertificate::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session with tests/keychain/with-keyring.sh (ctest does)");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    m_cloudConfig = m_dir.filePath(u"sandbox-cloud.json"_s);
    QVERIFY(m_sandbox.writeCloudConfig(m_cloudConfig));
    m_file = m_dir.filePath(u"client.pem"_s);
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_cert.certPem + m_cert.encryptedKeyPem); // password "pass-word"
    f.close();
    ie::sandbox::ApplicationCredentials *app =
            m_sandbox.server().state().applicationCredentialsOf(App);
    QVERIFY(app);
    app->keyCredentials.append(QJsonObject{{"type"_L1, "AsymmetricX509Cert"_L1},
                                           {"usage"_L1, "Verify"_L1},
                                           {"key"_L1, QString::fromLatin1(m_cert.certDer.toBase64())}});
}

TestCliCertificate::Run TestCliCertificate::run(const QStringList &args, const QString &clientId,
                                                const QByteArray &stdinText)
{
    return ie::test::runCommand(
            QStringList{u"token"_s, u"--resource"_s, m_sandbox.server().cloud().graphAudience(),
                        u"--credential"_s, u"certificate"_s, u"--certificate"_s, m_file,
                        u"--tenant"_s, m_sandbox.server().tenantId(), u"--client-id"_s, clientId,
                        u"--cloud-config"_s, m_cloudConfig}
                    + args,
            ie::test::cleanEnvironment(), stdinText);
}

// A file that cannot be opened is an unusable option: exit 2, as for every bad option.
void TestCliCertificate::noPasswordStoredYet()
{
    const Run r = run({}, App);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("a password is needed") && r.err.contains("keychain holds no password"),
             r.err.constData());
}

// The right password, but the certificate is not registered on the admin app: Entra refuses the
// assertion (AADSTS700027) and the password is not stored for it.
void TestCliCertificate::failedSignInStoresNothing()
{
    const QString admin = m_sandbox.server().adminClientId();
    const Run r = run({u"--certificate-password-stdin"_s}, admin, "pass-word\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("AADSTS700027") && r.err.contains("not stored"), r.err.constData());
    QVERIFY(!r.err.contains("pass-word"));
    const Run after = run({}, admin);
    QCOMPARE(after.exitCode, 2);
    QVERIFY2(after.err.contains("keychain holds no password"), after.err.constData());
}

void TestCliCertificate::wrongPasswordStoresNothing()
{
    const Run r = run({u"--certificate-password-stdin"_s}, App, "not-it\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("does not open") && r.err.contains("not stored"), r.err.constData());
    QVERIFY(!r.err.contains("not-it"));
    const Run after = run({}, App);
    QCOMPARE(after.exitCode, 2);
    QVERIFY2(after.err.contains("keychain holds no password"), after.err.constData());
}

void TestCliCertificate::storedAfterSuccess()
{
    const Run r = run({u"--certificate-password-stdin"_s}, App, "pass-word\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("eyJ"), r.out.constData());
    QVERIFY(!r.err.contains("pass-word") && !r.out.contains("pass-word"));
}

void TestCliCertificate::keychainAloneOpensTheFile_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("token") << QStringList{};
    QTest::newRow("token --send-certificate-chain") << QStringList{u"--send-certificate-chain"_s};
}

void TestCliCertificate::keychainAloneOpensTheFile()
{
    QFETCH(QStringList, args);
    const Run r = run(args, App);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("eyJ"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCliCertificate)
#include "tst_clicertificate.moc"
