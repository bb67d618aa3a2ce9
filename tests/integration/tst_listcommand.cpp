// `identity-explorer list` against the standalone sandbox (a separate process, reached through the
// cloud configuration it writes) with each way to sign in that `identity-explorer token` takes, and
// against its default in-process sandbox: text, JSON, --managed, a partial list, one-line
// failures and the exit codes.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A standalone sandbox process, stopped when the test is done.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &extra)
    {
        m_process.start(ie::test::executable(), QStringList{u"sandbox"_s, u"--json"_s} + extra);
    }
    ~SandboxProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }
    bool waitForLine()
    {
        if (!m_process.waitForStarted(20000))
            return false;
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(20000);
        line = QJsonDocument::fromJson(m_process.readLine()).object();
        return !line.isEmpty();
    }
    // A clean environment (no Azure variables, no real IMDS, no az) plus `vars` ("NAME=VALUE",
    // with {tenant}, {id} and {secret} for the sandbox admin app).
    QProcessEnvironment cleanEnvironment(const QStringList &vars) const
    {
        QProcessEnvironment env = ie::test::cleanEnvironment();
        for (QString v : vars) {
            v.replace(u"{tenant}"_s, line.value("tenantId"_L1).toString())
                    .replace(u"{id}"_s, line.value("clientId"_L1).toString())
                    .replace(u"{secret}"_s, line.value("clientSecret"_L1).toString());
            env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
        }
        return env;
    }
    QProcessEnvironment environment() const
    {
        return cleanEnvironment({u"AZURE_TENANT_ID={tenant}"_s, u"AZURE_CLIENT_ID={id}"_s,
                                 u"AZURE_CLIENT_SECRET={secret}"_s});
    }
    QString cloudConfig() const { return line.value("cloudConfig"_L1).toString(); }
    QJsonObject line;

private:
    QProcess m_process;
};

using Run = ie::test::CommandRun;

Run runList(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return ie::test::runCommand(QStringList{u"list"_s} + args, env);
}

// Nothing but log lines (the chain says which step signed in) on stderr.
bool noErrors(const QByteArray &err)
{
    return !err.startsWith("identity-explorer") && !err.contains("\nidentity-explorer");
}

} // namespace

class TestListCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textLines();
    void jsonArray();
    void agentsNameTheirBlueprint();
    void agentBlueprintsDeniedAreNull();
    void managedOnly();
    void credentials_data();
    void credentials();
    void partialListExitsThree();
    void noSubscriptionsExitsThree();
    void fails_data();
    void fails();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    const int m_count = 31 + 50;
};

void TestListCommand::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--size"_s, u"50"_s});
    QVERIFY(m_sandbox->waitForLine());
}

void TestListCommand::textLines()
{
    const Run r
            = runList({u"--cloud-config"_s, m_sandbox->cloudConfig()}, m_sandbox->environment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(noErrors(r.err), r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + m_count);
    QVERIFY(lines.first().simplified() == "KIND OBJECT-ID APP-ID NAME RESOURCE");
    QByteArray vm;
    for (const QByteArray &l : lines) {
        if (l.contains("f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"))
            vm = l.simplified();
    }
    QCOMPARE(vm.split(' ').value(0), "system-assigned");
    QCOMPARE(vm.split(' ').value(2), "a5b6c7d8-0003-4e9f-8a0b-c1d2e3f4a5b6");
    QCOMPARE(vm.split(' ').value(3), "vm-batch-01");
    QVERIFY(vm.split(' ').value(4).endsWith("/virtualMachines/vm-batch-01"));
    QVERIFY(r.out.contains("/virtualMachines/vm-decommissioned-07 (orphaned)"));
}

void TestListCommand::jsonArray()
{
    const Run r = runList({u"--json"_s, u"--cloud-config"_s, m_sandbox->cloudConfig()},
                          m_sandbox->environment());
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonArray all = QJsonDocument::fromJson(r.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(all.size(), m_count);
    QSet<QString> kinds;
    QJsonObject shared, orphan, graph;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        for (const char *key :
             {"kind", "objectId", "appId", "displayName", "resourceIds", "orphaned"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        kinds.insert(o.value("kind"_L1).toString());
        const QString id = o.value("objectId"_L1).toString();
        if (id == "d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_L1)
            shared = o;
        if (id == "f4a5b6c7-00ff-4d8e-9f0a-b1c2d3e4f5a6"_L1)
            orphan = o;
        if (o.value("displayName"_L1) == "Microsoft Graph"_L1)
            graph = o;
    }
    QCOMPARE(kinds,
             (QSet<QString>{u"system-assigned"_s, u"user-assigned"_s, u"application"_s,
                            u"microsoft"_s, u"other"_s, u"agent-identity"_s,
                            u"agent-blueprint-principal"_s}));
    QCOMPARE(shared.value("kind"_L1).toString(), u"user-assigned"_s);
    QCOMPARE(shared.value("resourceIds"_L1).toArray().size(),
             3); // every resource it is attached to
    QCOMPARE(shared.value("orphaned"_L1).toBool(), false);
    QCOMPARE(orphan.value("orphaned"_L1).toBool(), true);
    QCOMPARE(orphan.value("resourceIds"_L1).toArray().size(), 1);
    QCOMPARE(graph.value("kind"_L1).toString(), u"microsoft"_s);
    QVERIFY(graph.value("resourceIds"_L1).toArray().isEmpty());
}

// Agent identities (Microsoft Entra Agent ID) name their blueprint's appId, as Graph's
// agentIdentityBlueprintId; no other identity has the key.
void TestListCommand::agentsNameTheirBlueprint()
{
    const Run r = runList({u"--json"_s, u"--cloud-config"_s, m_sandbox->cloudConfig()},
                          m_sandbox->environment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(noErrors(r.err), r.err.constData());
    const QJsonArray all = QJsonDocument::fromJson(r.out).array();
    QSet<QString> agents;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (o.value("kind"_L1) == "agent-identity"_L1) {
            agents.insert(o.value("objectId"_L1).toString());
            QCOMPARE(o.value("agentIdentityBlueprintId"_L1).toString(),
                     u"b10e9a11-0002-4c2d-8e3f-a1b2c3d4e5f6"_s);
        } else {
            QVERIFY2(!o.contains("agentIdentityBlueprintId"_L1),
                     qPrintable(o.value("displayName"_L1).toString()));
        }
    }
    QCOMPARE(agents, (QSet<QString>{u"a9e47000-0001-4d5e-8f60-718293a4b5c6"_s,
                                    u"a9e47000-0002-4d5e-8f60-718293a4b5c6"_s}));
}

// The agent identity list denied: the blueprint ids are null (unknown, not absent), said on
// stderr; the list itself is whole.
void TestListCommand::agentBlueprintsDeniedAreNull()
{
    SandboxProcess faulty(
            {u"--fault"_s, u"graph:/v1.0/servicePrincipals/microsoft.graph.agentIdentity*=403"_s});
    QVERIFY(faulty.waitForLine());
    const Run r = runList({u"--json"_s, u"--cloud-config"_s, faulty.cloudConfig()},
                          faulty.environment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("blueprints could not be read"), r.err.constData());
    int agents = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject o = v.toObject();
        if (o.value("kind"_L1) != "agent-identity"_L1)
            continue;
        ++agents;
        QVERIFY(o.contains("agentIdentityBlueprintId"_L1));
        QVERIFY(o.value("agentIdentityBlueprintId"_L1).isNull());
    }
    QCOMPARE(agents, 2);
}

void TestListCommand::managedOnly()
{
    const Run r
            = runList({u"--managed"_s, u"--json"_s, u"--cloud-config"_s, m_sandbox->cloudConfig()},
                      m_sandbox->environment());
    QCOMPARE(r.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(r.out).array();
    QVERIFY(all.size() > 10);
    QVERIFY(all.size() < m_count);
    for (const QJsonValue &v : all) {
        const QString kind = v.toObject().value("kind"_L1).toString();
        QVERIFY2(kind == "system-assigned"_L1 || kind == "user-assigned"_L1, qPrintable(kind));
    }
}

void TestListCommand::credentials_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<int>("count");
    const QStringList admin{u"AZURE_TENANT_ID={tenant}"_s, u"AZURE_CLIENT_ID={id}"_s,
                            u"AZURE_CLIENT_SECRET={secret}"_s};
    const QStringList config{u"--cloud-config"_s, u"{config}"_s};
    // No sign-in option: a fresh in-process sandbox tenant (the standalone one is grown by 50).
    QTest::newRow("default in-process sandbox") << QStringList{} << QStringList{} << 31;
    QTest::newRow("sandbox credential, no cloud")
            << QStringList{u"--credential"_s, u"sandbox"_s} << QStringList{} << 31;
    QTest::newRow("chain, environment variables") << config << admin << m_count;
    QTest::newRow("environment credential")
            << QStringList{u"--credential"_s, u"environment"_s} + config << admin << m_count;
    QTest::newRow("sandbox credential, cloud config")
            << QStringList{u"--credential"_s, u"sandbox"_s} + config << QStringList{} << m_count;
}

void TestListCommand::credentials()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(int, count);
    args.replaceInStrings(u"{config}"_s, m_sandbox->cloudConfig());
    const Run r = runList(args + QStringList{u"--json"_s}, m_sandbox->cleanEnvironment(env));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(noErrors(r.err), r.err.constData());
    const QJsonArray all = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(all.size(), count);
    for (const QJsonValue &v : all)
        QVERIFY(!v.toObject().value("objectId"_L1).toString().isEmpty());
}

void TestListCommand::partialListExitsThree()
{
    // 2,000 more service principals (three pages); the second page fails for good.
    SandboxProcess faulty({u"--size"_s, u"2000"_s, u"--fault"_s,
                           u"graph:/v1.0/servicePrincipals*skiptoken*=503"_s});
    QVERIFY(faulty.waitForLine());
    const Run r = runList({u"--cloud-config"_s, faulty.cloudConfig()}, faulty.environment());
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.out.trimmed().split('\n').size(), 1 + 999); // what was read is printed
    QVERIFY2(r.err.contains("incomplete"), r.err.constData());
    QVERIFY(r.err.contains("503") || r.err.contains("unavailable"));
}

void TestListCommand::noSubscriptionsExitsThree()
{
    // Graph is whole but ARM cannot list subscriptions at all: the user-assigned identities'
    // resources are unknown, which is not "attached to nothing".
    SandboxProcess faulty({u"--fault"_s, u"arm:/subscriptions?*=500"_s});
    QVERIFY(faulty.waitForLine());
    const Run r = runList({u"--json"_s, u"--managed"_s, u"--cloud-config"_s, faulty.cloudConfig()},
                          faulty.environment());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Subscriptions could not be listed"), r.err.constData());
    QVERIFY2(r.err.contains("incomplete"), r.err.constData());
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(a.size(), 9);
    int userAssigned = 0;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        if (o.value("kind"_L1).toString() == "user-assigned"_L1) {
            ++userAssigned;
            QVERIFY(o.contains("resourceIds"_L1));
            QVERIFY(o.value("resourceIds"_L1).isNull());
        }
    }
    QVERIFY(userAssigned > 0);
}

void TestListCommand::fails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    const QStringList config{u"--cloud-config"_s, u"{config}"_s};
    QTest::newRow("unknown option")
            << QStringList{u"--frobnicate"_s} << QStringList{} << 2 << QByteArray("frobnicate");
    QTest::newRow("positional") << QStringList{u"everything"_s} << QStringList{} << 2
                                << QByteArray("everything");
    QTest::newRow("unknown credential")
            << QStringList{u"--credential"_s, u"magic"_s} << QStringList{} << 2
            << QByteArray("Unknown credential 'magic'");
    QTest::newRow("unknown cloud") << QStringList{u"--cloud"_s, u"Mars"_s} << QStringList{} << 2
                                   << QByteArray("Unknown cloud 'Mars'");
    QTest::newRow("both clouds") << QStringList{u"--cloud"_s, u"AzureCloud"_s} + config
                                 << QStringList{} << 2 << QByteArray("not both");
    QTest::newRow("no such cloud config")
            << QStringList{u"--cloud-config"_s, u"/nonexistent/cloud.json"_s} << QStringList{} << 2
            << QByteArray("/nonexistent/cloud.json");
    QTest::newRow("environment not set")
            << QStringList{u"--credential"_s, u"environment"_s} + config << QStringList{} << 1
            << QByteArray("environment: Not configured");
    QTest::newRow("environment, wrong secret")
            << QStringList{u"--credential"_s, u"environment"_s} + config
            << QStringList{u"AZURE_TENANT_ID={tenant}"_s, u"AZURE_CLIENT_ID={id}"_s,
                           u"AZURE_CLIENT_SECRET=nope"_s}
            << 1 << QByteArray("environment: AADSTS7000215");
    QTest::newRow("chain finds no credential")
            << config << QStringList{} << 1 << QByteArray("chain: ");
    // No Secret Service to read the client secret from: the keychain error, never a fallback.
    QTest::newRow("secret, no keychain")
            << QStringList{u"--credential"_s, u"secret"_s,      u"--tenant"_s,
                           u"{tenant}"_s,     u"--client-id"_s, u"{id}"_s}
                    + config
            << QStringList{u"DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus"_s} << 1
            << QByteArray("secret: ");
    QTest::newRow("secret needs ids")
            << QStringList{u"--credential"_s, u"secret"_s} + config << QStringList{} << 2
            << QByteArray("secret: The client secret credential needs --tenant and --client-id");
}

void TestListCommand::fails()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QByteArray, message);
    args.replaceInStrings(u"{config}"_s, m_sandbox->cloudConfig());
    args.replaceInStrings(u"{tenant}"_s, m_sandbox->line.value("tenantId"_L1).toString());
    args.replaceInStrings(u"{id}"_s, m_sandbox->line.value("clientId"_L1).toString());
    const Run r = runList(args, m_sandbox->cleanEnvironment(env));
    QTEST(r.exitCode, "exitCode");
    QVERIFY(r.out.isEmpty());
    QVERIFY2(ie::test::isOneFailureLine(r.err, "list", message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestListCommand)
#include "tst_listcommand.moc"
