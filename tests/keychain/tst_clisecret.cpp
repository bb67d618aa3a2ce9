// `--credential secret` on the command line, against a real Secret Service (gnome-keyring in its
// own D-Bus session) and this test's sandbox over HTTPS (a cloud configuration with its CA as
// "caFile"): `list --secret-stdin` stores the sandbox admin app's secret, then list, report and
// token sign in with it from the keychain alone; a wrong secret on stdin is never stored over it.

#include "sandboxfixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliSecret : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storeWithList();
    void readFromKeychain_data();
    void readFromKeychain();
    void wrongSecretKeepsTheStoredOne_data();
    void wrongSecretKeepsTheStoredOne();
    void notStored();

private:
    using Run = ie::test::CommandRun;
    // VERB ARGS --credential secret --tenant T --client-id ID --cloud-config FILE
    Run run(const QString &verb, const QStringList &args, const QString &clientId,
            const QByteArray &stdinText = {});
    ie::test::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QString m_cloudConfig;
};

void TestCliSecret::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session with tests/keychain/with-keyring.sh (ctest does)");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    m_cloudConfig = m_dir.filePath(u"sandbox-cloud.json"_s);
    QVERIFY(m_sandbox.writeCloudConfig(m_cloudConfig));
}

TestCliSecret::Run TestCliSecret::run(const QString &verb, const QStringList &args,
                                      const QString &clientId, const QByteArray &stdinText)
{
    return ie::test::runCommand(QStringList{verb} + args
                                        + QStringList{u"--credential"_s, u"secret"_s, u"--tenant"_s,
                                                      m_sandbox.server().tenantId(),
                                                      u"--client-id"_s, clientId,
                                                      u"--cloud-config"_s, m_cloudConfig},
                                ie::test::cleanEnvironment(), stdinText);
}

void TestCliSecret::storeWithList()
{
    const QString secret = m_sandbox.server().adminClientSecret();
    const Run r = run(u"list"_s, {u"--json"_s, u"--secret-stdin"_s},
                      m_sandbox.server().adminClientId(), secret.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 31);
    // Neither the secret nor a token on stdout or stderr.
    QVERIFY(!r.out.contains(secret.toUtf8()) && !r.err.contains(secret.toUtf8()));
    QVERIFY(!r.err.contains("eyJ"));
}

void TestCliSecret::readFromKeychain_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("entries"); // of the JSON array; -1: a token
    QTest::newRow("list") << u"list"_s << QStringList{u"--json"_s, u"--managed"_s} << 9;
    QTest::newRow("report") << u"report"_s << QStringList{u"--json"_s, u"--managed"_s} << 9;
    QTest::newRow("token") << u"token"_s
                           << QStringList{u"--resource"_s,
                                          m_sandbox.server().cloud().graphAudience()}
                           << -1;
}

void TestCliSecret::readFromKeychain()
{
    QFETCH(QString, verb);
    QFETCH(QStringList, args);
    QFETCH(int, entries);
    const Run r = run(verb, args, m_sandbox.server().adminClientId());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    if (entries < 0)
        QVERIFY2(r.out.startsWith("eyJ"), r.out.constData());
    else
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), entries);
}

void TestCliSecret::wrongSecretKeepsTheStoredOne_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("list") << u"list"_s << QStringList{u"--json"_s};
    QTest::newRow("token") << u"token"_s
                           << QStringList{u"--resource"_s,
                                          m_sandbox.server().cloud().armAudience()};
}

// A mistyped secret on stdin fails to sign in and leaves the keychain as it was: the stored
// secret (from storeWithList) still signs in afterwards.
void TestCliSecret::wrongSecretKeepsTheStoredOne()
{
    QFETCH(QString, verb);
    QFETCH(QStringList, args);
    const QString client = m_sandbox.server().adminClientId();
    const Run wrong
            = run(verb, args + QStringList{u"--secret-stdin"_s}, client, "not-the-secret\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.out.isEmpty());
    QVERIFY2(wrong.err.contains("AADSTS7000215") && wrong.err.contains("not stored"),
             wrong.err.constData());
    QVERIFY(!wrong.err.contains("not-the-secret"));
    const Run after = run(u"list"_s, {u"--json"_s, u"--managed"_s}, client);
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 9);
}

void TestCliSecret::notStored()
{
    const Run r = run(u"report"_s, {}, u"11111111-2222-3333-4444-555555555555"_s);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(ie::test::isOneFailureLine(r.err, "report",
                                        "secret: The keychain holds no client secret"),
             r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSecret)
#include "tst_clisecret.moc"
