// `identity-explorer list` against the standalone sandbox (a separate process, reached through the
// cloud configuration it writes and client credentials in the environment) and against its
// default in-process sandbox: text, JSON, --managed, a partial list and the exit codes.

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
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"AZURE_TENANT_ID"_s, line.value("tenantId"_L1).toString());
        env.insert(u"AZURE_CLIENT_ID"_s, line.value("clientId"_L1).toString());
        env.insert(u"AZURE_CLIENT_SECRET"_s, line.value("clientSecret"_L1).toString());
        return env;
    }
    QString cloudConfig() const { return line.value("cloudConfig"_L1).toString(); }
    QJsonObject line;

private:
    QProcess m_process;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runList(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(ie::test::executable(), QStringList{u"list"_s} + args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestListCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textLines();
    void jsonArray();
    void managedOnly();
    void defaultInProcessSandbox();
    void partialListExitsThree();
    void badInput_data();
    void badInput();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    const int m_count = 28 + 50;
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
    QVERIFY(r.err.isEmpty());
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
                            u"microsoft"_s, u"other"_s}));
    QCOMPARE(shared.value("kind"_L1).toString(), u"user-assigned"_s);
    QCOMPARE(shared.value("resourceIds"_L1).toArray().size(),
             3); // every resource it is attached to
    QCOMPARE(shared.value("orphaned"_L1).toBool(), false);
    QCOMPARE(orphan.value("orphaned"_L1).toBool(), true);
    QCOMPARE(orphan.value("resourceIds"_L1).toArray().size(), 1);
    QCOMPARE(graph.value("kind"_L1).toString(), u"microsoft"_s);
    QVERIFY(graph.value("resourceIds"_L1).toArray().isEmpty());
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

void TestListCommand::defaultInProcessSandbox()
{
    const Run r = runList({u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 28);
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

void TestListCommand::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown option")
            << QStringList{u"--frobnicate"_s} << true << 2 << QByteArray("frobnicate");
    QTest::newRow("positional") << QStringList{u"everything"_s} << true << 2
                                << QByteArray("everything");
    QTest::newRow("no such cloud config")
            << QStringList{u"--cloud-config"_s, u"/nonexistent/cloud.json"_s} << true << 1
            << QByteArray("/nonexistent/cloud.json");
    QTest::newRow("no credentials") << QStringList{u"--cloud-config"_s, QString()} << false << 1
                                    << QByteArray("AZURE_CLIENT_ID");
}

void TestListCommand::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(bool, credentials);
    for (QString &a : args) {
        if (a.isEmpty())
            a = m_sandbox->cloudConfig();
    }
    QProcessEnvironment env
            = credentials ? m_sandbox->environment() : QProcessEnvironment::systemEnvironment();
    if (!credentials)
        env.remove(u"AZURE_CLIENT_ID"_s);
    const Run r = runList(args, env);
    QTEST(r.exitCode, "exitCode");
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith("identity-explorer list: "));
    QFETCH(QByteArray, message);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestListCommand)
#include "tst_listcommand.moc"
