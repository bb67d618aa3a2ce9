// `identity-explorer sandbox` as another program meets it: the first line, the cloud config it
// writes (read back the way `az cloud register --cloud-config` input is read by the app), a real
// request through it, and a clean exit on SIGTERM.

#include "auth/clientcredentials.h"
#include "cloud/cloud.h"
#include "net/httpclient.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestSandboxCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonLineCloudConfigAndShutdown();
    void textOutputAndBadArguments_data();
    void textOutputAndBadArguments();
};

void TestSandboxCommand::jsonLineCloudConfigAndShutdown()
{
    QProcess p;
    p.start(ie::test::executable(), {u"sandbox"_s, u"--json"_s, u"--size"_s, u"50"_s});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 20000);
    const QJsonObject line = QJsonDocument::fromJson(p.readLine()).object();
    for (const char *key : {"listening", "tenantId", "clientId", "clientSecret", "caFile", "endpoints",
                            "identityHeader", "cloudConfig"})
        QVERIFY2(line.contains(QLatin1String(key)), key);
    const QJsonObject endpoints = line.value("endpoints"_L1).toObject();
    QVERIFY(endpoints.value("graph"_L1).toString().startsWith(u"https://127.0.0.1:"_s));
    QVERIFY(!endpoints.value("graph"_L1).toString().endsWith(u"/v1.0"_s));
    QVERIFY(endpoints.value("managedIdentity"_L1).toString().startsWith(u"http://127.0.0.1:"_s));
    const QJsonObject mi = line.value("managedIdentityEndpoints"_L1).toObject();
    for (const char *key : {"imds", "appService", "arc", "cloudShell"})
        QVERIFY2(mi.value(QLatin1String(key)).toString().startsWith(endpoints.value("managedIdentity"_L1).toString() + u'/'), key);
    QVERIFY(!mi.value("arcKeyDirectory"_L1).toString().isEmpty());
    QVERIFY(line.value("miResource"_L1).toString().contains(u"/providers/Microsoft.Compute/virtualMachines/"_s));
    QVERIFY(QFileInfo::exists(line.value("caFile"_L1).toString()));

    QFile cfg(line.value("cloudConfig"_L1).toString());
    QVERIFY(cfg.open(QIODevice::ReadOnly));
    const auto cloud = ie::Cloud::fromCloudConfig(cfg.readAll(), u"SandboxProcess"_s);
    QVERIFY2(cloud.ok(), qPrintable(cloud.ok() ? QString() : cloud.error().summary()));

    ie::net::HttpClient client;
    client.setCloud(*cloud);
    ie::auth::ClientCredentialsProvider tokens(&client, line.value("tenantId"_L1).toString(),
                                               line.value("clientId"_L1).toString(),
                                               line.value("clientSecret"_L1).toString());
    client.setTokenProvider(&tokens);
    ie::net::HttpJob *job = client.send(ie::net::HttpRequest::get(
            QUrl(endpoints.value("graph"_L1).toString() + u"/v1.0/servicePrincipals?$count=true&$top=1"_s)));
    int count = -1;
    QString failure;
    connect(job, &ie::net::HttpJob::finished, job, [&] {
        if (job->result().ok())
            count = int(job->result()->json.object().value("value"_L1).toArray().size());
        else
            failure = job->result().error().summary();
    });
    QSignalSpy done(job, &ie::net::HttpJob::finished);
    QVERIFY(done.wait(20000));
    // $count needs ConsistencyLevel: eventual, as on Graph.
    QVERIFY(failure.contains(u"400"_s));
    ie::net::HttpRequest r = ie::net::HttpRequest::get(QUrl(endpoints.value("graph"_L1).toString() + u"/v1.0/servicePrincipals?$top=1"_s));
    job = client.send(r);
    connect(job, &ie::net::HttpJob::finished, job, [&] {
        if (job->result().ok())
            count = int(job->result()->json.object().value("value"_L1).toArray().size());
    });
    QSignalSpy done2(job, &ie::net::HttpJob::finished);
    QVERIFY(done2.wait(20000));
    QCOMPARE(count, 1);

    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

void TestSandboxCommand::textOutputAndBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says"); // empty: any one line
    QTest::newRow("bad-fault") << QStringList{u"--fault"_s, u"graph:/x=explode"_s} << 1 << QString();
    QTest::newRow("bad-size") << QStringList{u"--size"_s, u"many"_s} << 2
                              << u"--size takes a whole number from 0 to 1000000, not \"many\""_s;
    QTest::newRow("port-too-big") << QStringList{u"--port"_s, u"70000"_s} << 2
                                  << u"--port takes a whole number from 0 to 65532, not \"70000\""_s;
    QTest::newRow("budget-zero") << QStringList{u"--graph-budget"_s, u"0"_s} << 2
                                 << u"--graph-budget takes a whole number from 1 to"_s;
    QTest::newRow("unknown-option") << QStringList{u"--frobnicate"_s} << 2 << QString();
}

void TestSandboxCommand::textOutputAndBadArguments()
{
    QFETCH(QStringList, args);
    QProcess p;
    p.start(ie::test::executable(), QStringList{u"sandbox"_s} + args);
    QVERIFY(p.waitForFinished(20000));
    QTEST(p.exitCode(), "exitCode");
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.startsWith("identity-explorer sandbox: "), err.constData());
    QCOMPARE(err.count('\n'), 1); // one line
    QFETCH(QString, says);
    QVERIFY2(QString::fromUtf8(err).contains(says), err.constData());
}

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
