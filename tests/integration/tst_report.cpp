// The permissions report, in process against the sandbox and as `identity-explorer report`.

#include "sandboxfixture.h"
#include "testsupport.h"

#include "graph/permissionreport.h"
#include "sandbox/faultinjector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::graph::PermissionReportJob;
using ie::graph::ReportEntry;

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void managedIdentities();
    void allPrincipals();
    void armFailureIsAWarning();
    void commandLine_data();
    void commandLine();

private:
    QList<ReportEntry> run(ie::test::SandboxFixture &sandbox, bool managed,
                           QStringList *warnings = nullptr);
};

QList<ReportEntry> TestReport::run(ie::test::SandboxFixture &sandbox, bool managed,
                                   QStringList *warnings)
{
    PermissionReportJob job(&sandbox.client(), managed);
    QSignalSpy done(&job, &PermissionReportJob::finished);
    job.start();
    [&] {
        QVERIFY(done.wait(60000));
    }();
    if (warnings)
        *warnings = job.warnings();
    [&] {
        QVERIFY2(job.result().ok(),
                 qPrintable(job.result().ok() ? QString() : job.result().error().summary()));
    }();
    return job.result().ok() ? job.result().value() : QList<ReportEntry>{};
}

void TestReport::managedIdentities()
{
    ie::test::SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    const auto entries = run(sandbox, true);
    QCOMPARE(entries.size(), 9);
    QHash<QString, ReportEntry> byName;
    for (const ReportEntry &e : entries) {
        QCOMPARE(e.kind, u"ManagedIdentity"_s);
        byName.insert(e.displayName, e);
    }
    const ReportEntry func = byName.value(u"func-timer-orders"_s);
    QCOMPARE(func.appRoles.size(), 1);
    QCOMPARE(func.appRoles[0].value, u"User.Read.All"_s);
    QCOMPARE(func.appRoles[0].resourceAppId, u"00000003-0000-0000-c000-000000000000"_s);
    QVERIFY(!func.appRoles[0].assignmentId.isEmpty());
    const ReportEntry kv = byName.value(u"id-keyvault-reader"_s);
    QCOMPARE(kv.azureRoles.size(), 1);
    QCOMPARE(kv.azureRoles[0].roleName, u"Key Vault Secrets User"_s);
    QVERIFY(kv.azureRoles[0].scope.endsWith(u"/vaults/kv-contoso-prod"_s));

    const QJsonArray json = PermissionReportJob::toJson(entries);
    QCOMPARE(json.size(), 9);
    for (const QJsonValue &v : json) {
        for (const char *k : {"objectId", "appId", "displayName", "kind", "appRoles", "azureRoles"})
            QVERIFY2(v.toObject().contains(QLatin1StringView(k)), k);
    }
    const QString text = PermissionReportJob::toText(entries);
    QVERIFY(text.contains(
            u"func-timer-orders\tf4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6\tManagedIdentity\tapp-role\tMicrosoft Graph\tUser.Read.All\n"_s));
    QVERIFY(PermissionReportJob::toCsv(entries).startsWith("displayName,objectId,appId,kind,"));
}

void TestReport::allPrincipals()
{
    ie::test::SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    const auto entries = run(sandbox, false);
    QVERIFY(entries.size() > 9);
    bool admin = false;
    for (const ReportEntry &e : entries)
        admin = admin
                || (e.displayName == "Identity Explorer Sandbox Admin"_L1
                    && e.appRoles.size() == 4
                    // Owner at both subscriptions and at the tenant root management group.
                    && e.azureRoles.size() == 3);
    QVERIFY(admin);
}

void TestReport::armFailureIsAWarning()
{
    ie::sandbox::SandboxServer::Options options;
    options.faults
            = {u"arm:/subscriptions/*/providers/Microsoft.Authorization/roleAssignments*=500"_s};
    ie::test::SandboxFixture sandbox(options);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QStringList warnings;
    const auto entries = run(sandbox, true, &warnings);
    QCOMPARE(entries.size(), 9);
    QCOMPARE(warnings.size(), 2); // both subscriptions
    for (const ReportEntry &e : entries)
        QVERIFY(e.azureRoles.isEmpty());
}

void TestReport::commandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("json") << QStringList{u"--managed"_s, u"--json"_s} << 0;
    QTest::newRow("text") << QStringList{u"--managed"_s} << 0;
    QTest::newRow("bad option") << QStringList{u"--bogus"_s} << 2;
    QTest::newRow("json and csv") << QStringList{u"--json"_s, u"--csv"_s} << 2;
}

void TestReport::commandLine()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QProcess p;
    p.start(ie::test::executable(), QStringList{u"report"_s} + args);
    QSignalSpy done(&p, &QProcess::finished);
    QVERIFY(done.wait(60000));
    QCOMPARE(p.exitCode(), exitCode);
    const QByteArray out = p.readAllStandardOutput();
    if (exitCode != 0) {
        QVERIFY(p.readAllStandardError().startsWith("identity-explorer report: "));
        return;
    }
    if (args.contains(u"--json"_s)) {
        const QJsonArray a = QJsonDocument::fromJson(out).array();
        QCOMPARE(a.size(), 9);
    } else {
        QVERIFY(out.contains("vm-batch-01\tf4a5b6c7-0003-4d8e-9f0a-"
                             "b1c2d3e4f5a6\tManagedIdentity\tazure-role\tReader\t"));
    }
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
