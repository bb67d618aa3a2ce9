// Secrets and tokens only over TLS, seen from outside: `token`, `list` and `report` against cloud
// configurations and AZURE_AUTHORITY_HOST that point at a plain-HTTP listener on 127.0.0.1 which
// records what arrives (nothing may: no client_secret=, no Authorization), cloud configurations
// refused with what to fix, a tenant checked before any URL is built, an untrusted CA that fails
// at once and names --ca-file, and Graph and ARM redirects to another origin (sandbox faults)
// that are errors, not data.

#include "sandbox/faultinjector.h"
#include "sandboxfixture.h"
#include "scriptedserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::test::ScriptedServer;

class TestTlsOnly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void refusedUpFront_data();
    void refusedUpFront();
    void untrustedCaFailsFast();
    void redirectsAreErrors_data();
    void redirectsAreErrors();
    void clientIdWithEnvironmentSaysWhichWins();

private:
    using Run = ie::test::CommandRun;
    // `identity-explorer ARGS`: {config} this test's sandbox, {listener} the plain-HTTP listener,
    // {dir} the temporary directory; env {tenant}, {id}, {secret} the sandbox admin app.
    Run run(QStringList args, const QStringList &env = {}, const QString &fault = {});
    // A cloud configuration like the sandbox's, with `field` set to `value` ({listener}
    // replaced), written to {dir}/NAME.json.
    QString writeConfig(const QString &name, const QString &field, const QString &value);
    ie::test::SandboxFixture m_sandbox;
    ScriptedServer *m_listener = nullptr;
    QTemporaryDir m_dir;
    QString m_cloudConfig;
};

void TestTlsOnly::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    m_cloudConfig = m_dir.filePath(u"sandbox-cloud.json"_s);
    QVERIFY(m_sandbox.writeCloudConfig(m_cloudConfig));
    m_listener = new ScriptedServer(ScriptedServer::Transport::Http, this);
    // Whatever arrives is answered as a token endpoint and a service would: an app that sent
    // anything here would go on as if all were well.
    m_listener->setHandler([](const ScriptedServer::Received &r) {
        if (r.path.contains("/token"))
            return ScriptedServer::json(
                    200,
                    R"({"token_type":"Bearer","expires_in":3599,"access_token":"eyJ0.eyJ0.c2ln"})");
        return ScriptedServer::json(200, R"({"value":[]})");
    });
    QVERIFY(!writeConfig(u"http-login"_s, u"activeDirectory"_s, u"{listener}"_s).isEmpty());
    QVERIFY(!writeConfig(u"http-arm"_s, u"resourceManager"_s, u"{listener}/"_s).isEmpty());
    QVERIFY(!writeConfig(u"http-graph"_s, u"microsoftGraphResourceId"_s, u"{listener}/"_s)
                     .isEmpty());
    QVERIFY(!writeConfig(u"ftp-login"_s, u"activeDirectory"_s, u"ftp://127.0.0.1:21"_s).isEmpty());
    QVERIFY(!writeConfig(u"mixed-audience"_s, u"activeDirectoryResourceId"_s,
                         u"https://graph.microsoft.com/"_s)
                     .isEmpty());
    QFile array(m_dir.filePath(u"array.json"_s));
    QVERIFY(array.open(QIODevice::WriteOnly));
    array.write("[{\"endpoints\": {}}]\n");
    QFile f(m_cloudConfig);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject cfg = QJsonDocument::fromJson(f.readAll()).object();
    cfg.remove("caFile"_L1);
    QFile noCa(m_dir.filePath(u"no-ca.json"_s));
    QVERIFY(noCa.open(QIODevice::WriteOnly));
    noCa.write(QJsonDocument(cfg).toJson());
}

void TestTlsOnly::init()
{
    m_sandbox.server().faults().clear();
}

QString TestTlsOnly::writeConfig(const QString &name, const QString &field, const QString &value)
{
    QFile f(m_cloudConfig);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject cfg = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject endpoints = cfg.value("endpoints"_L1).toObject();
    QString v = value;
    v.replace(u"{listener}"_s, m_listener->url().toString());
    endpoints.insert(field, v);
    cfg.insert("endpoints"_L1, endpoints);
    const QString path = m_dir.filePath(name + u".json"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(cfg).toJson()) <= 0)
        return {};
    return path;
}

TestTlsOnly::Run TestTlsOnly::run(QStringList args, const QStringList &env, const QString &fault)
{
    auto &server = m_sandbox.server();
    server.faults().clear();
    if (!fault.isEmpty() && !server.faults().addSpec(fault))
        return {};
    QProcessEnvironment e = ie::test::cleanEnvironment();
    for (QString v : env) {
        v.replace(u"{tenant}"_s, server.tenantId())
                .replace(u"{id}"_s, server.adminClientId())
                .replace(u"{secret}"_s, server.adminClientSecret())
                .replace(u"{listener}"_s, m_listener->url().toString());
        e.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    }
    for (QString &a : args)
        a.replace(u"{config}"_s, m_cloudConfig).replace(u"{dir}"_s, m_dir.path());
    const Run r = ie::test::runCommand(args, e);
    server.faults().clear();
    return r;
}

void TestTlsOnly::refusedUpFront_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("message"); // what stderr names
    const QStringList app{u"AZURE_TENANT_ID={tenant}"_s, u"AZURE_CLIENT_ID={id}"_s,
                          u"AZURE_CLIENT_SECRET={secret}"_s};
    const QStringList token{u"token"_s, u"--resource"_s, u"https://graph.microsoft.com"_s,
                            u"--credential"_s, u"environment"_s};
    const QStringList sandbox{u"--credential"_s, u"sandbox"_s, u"--cloud-config"_s};
    QTest::newRow("token, http activeDirectory")
            << token + QStringList{u"--cloud-config"_s, u"{dir}/http-login.json"_s} << app << 2
            << QStringList{u"endpoints.activeDirectory"_s, u"https://"_s, u"TLS"_s};
    QTest::newRow("list, http activeDirectory")
            << QStringList{u"list"_s} + sandbox + QStringList{u"{dir}/http-login.json"_s}
            << QStringList{} << 2 << QStringList{u"endpoints.activeDirectory"_s};
    QTest::newRow("list, http resourceManager")
            << QStringList{u"list"_s} + sandbox + QStringList{u"{dir}/http-arm.json"_s}
            << QStringList{} << 2 << QStringList{u"endpoints.resourceManager"_s, u"https://"_s};
    QTest::newRow("report, http graph")
            << QStringList{u"report"_s} + sandbox + QStringList{u"{dir}/http-graph.json"_s}
            << QStringList{} << 2
            << QStringList{u"endpoints.microsoftGraphResourceId"_s, u"https://"_s};
    QTest::newRow("token, http AZURE_AUTHORITY_HOST")
            << token + QStringList{u"--cloud-config"_s, u"{config}"_s}
            << app + QStringList{u"AZURE_AUTHORITY_HOST={listener}"_s} << 1
            << QStringList{u"AZURE_AUTHORITY_HOST"_s, u"https://"_s};
    QTest::newRow("token, ftp activeDirectory")
            << token + QStringList{u"--cloud-config"_s, u"{dir}/ftp-login.json"_s} << app << 2
            << QStringList{u"endpoints.activeDirectory"_s, u"ftp://"_s};
    QTest::newRow("list, audience of another host")
            << QStringList{u"list"_s} + sandbox + QStringList{u"{dir}/mixed-audience.json"_s}
            << QStringList{} << 2
            << QStringList{u"endpoints.activeDirectoryResourceId"_s,
                           u"https://graph.microsoft.com/"_s};
    QTest::newRow("list, JSON array")
            << QStringList{u"list"_s} + sandbox + QStringList{u"{dir}/array.json"_s}
            << QStringList{} << 2 << QStringList{u"must be a JSON object"_s};
    QTest::newRow("token, tenant with a path")
            << token
                    + QStringList{u"--cloud-config"_s, u"{config}"_s, u"--tenant"_s,
                                  u"../../../common/x"_s}
            << app << 2 << QStringList{u"--tenant"_s, u"'../../../common/x'"_s};
    QTest::newRow("list, tenant with a path")
            << QStringList{u"list"_s,     u"--credential"_s,   u"device-code"_s, u"--tenant"_s,
                           u"common/x"_s, u"--cloud-config"_s, u"{config}"_s}
            << QStringList{} << 2 << QStringList{u"--tenant"_s};
}

void TestTlsOnly::refusedUpFront()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QStringList, message);
    QElapsedTimer t;
    t.start();
    const Run r = run(args, env);
    QFETCH(int, exitCode);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY2(ie::test::isOneFailureLine(r.err, args.first().toUtf8(), ""), r.err.constData());
    for (const QString &m : message)
        QVERIFY2(r.err.contains(m.toUtf8()), r.err.constData());
    // Nothing reached the plain-HTTP listener: no secret, no token, no request at all.
    QCOMPARE(m_listener->received().size(), 0);
    QVERIFY(!r.err.contains(m_sandbox.server().adminClientSecret().toUtf8()));
    QVERIFY2(t.elapsed() < 10000, "refused up front, not after retries");
}

// A CA the system does not trust: one attempt (a certificate is not trusted a second later), and
// the message says what to fix.
void TestTlsOnly::untrustedCaFailsFast()
{
    QElapsedTimer t;
    t.start();
    const Run r
            = run({u"token"_s, u"--resource"_s, u"https://management.azure.com"_s,
                   u"--credential"_s, u"sandbox"_s, u"--cloud-config"_s, u"{dir}/no-ca.json"_s});
    const qint64 elapsed = t.elapsed();
    QVERIFY2(r.exitCode == 1, r.err.constData());
    QVERIFY2(r.err.contains("--ca-file") && r.err.contains("caFile"), r.err.constData());
    QVERIFY2(ie::test::isOneFailureLine(r.err, "token", "sandbox: "), r.err.constData());
    // The retries took over 5 s; a start of the executable takes well under 3.
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
}

void TestTlsOnly::redirectsAreErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("exitCode");
    const QStringList sandbox{u"--credential"_s, u"sandbox"_s, u"--cloud-config"_s, u"{config}"_s};
    for (int status : {301, 302, 307, 308})
        QTest::addRow("list, Graph %d", status)
                << QStringList{u"list"_s, u"--json"_s} + sandbox
                << u"graph:/v1.0/servicePrincipals*=redirect:%1"_s.arg(status) << 1;
    for (int status : {302, 307})
        QTest::addRow("report, ARM %d", status)
                << QStringList{u"report"_s, u"--json"_s} + sandbox
                << u"arm:/subscriptions/*/providers/Microsoft.Authorization/roleAssignments*=redirect:%1"_s
                           .arg(status)
                << 3;
    QTest::newRow("token, login 307")
            << QStringList{u"token"_s, u"--resource"_s, u"https://graph.microsoft.com"_s} + sandbox
            << u"login:*/token*=redirect:307"_s << 1;
}

// A Graph or ARM answer redirected to another origin is not followed and not trusted as data:
// `list` does not print an empty list as the tenant's, `report` marks what it could not read.
void TestTlsOnly::redirectsAreErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fault);
    const Run r = run(args, {}, fault);
    QFETCH(int, exitCode);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QVERIFY2(r.err.contains("evil.example"), r.err.constData());
    if (exitCode == 3) {
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 31); // Contoso's own service principals
        int unknown = 0;
        for (const QJsonValue &v : a)
            unknown += v.toObject().value("azureRoles"_L1).isNull() ? 1 : 0;
        QVERIFY(unknown > 0);
        QVERIFY2(r.err.contains("incomplete"), r.err.constData());
    } else {
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }
}

// --client-id with --credential environment: AZURE_CLIENT_ID signs in, and stderr says so.
void TestTlsOnly::clientIdWithEnvironmentSaysWhichWins()
{
    const Run r
            = run({u"token"_s, u"--resource"_s, u"https://graph.microsoft.com"_s, u"--credential"_s,
                   u"environment"_s, u"--client-id"_s, u"11111111-2222-3333-4444-555555555555"_s,
                   u"--cloud-config"_s, u"{config}"_s},
                  {u"AZURE_TENANT_ID={tenant}"_s, u"AZURE_CLIENT_ID={id}"_s,
                   u"AZURE_CLIENT_SECRET={secret}"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("eyJ"));
    QVERIFY2(r.err.contains("AZURE_CLIENT_ID (" + m_sandbox.server().adminClientId().toUtf8() + ')')
                     && r.err.contains("11111111-2222-3333-4444-555555555555"),
             r.err.constData());
}

QTEST_GUILESS_MAIN(TestTlsOnly)
#include "tst_tlsonly.moc"
