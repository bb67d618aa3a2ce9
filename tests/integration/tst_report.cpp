// The permissions report, in process against the sandbox and as `identity-explorer report` with
// each way to sign in that `identity-explorer token` takes: its default in-process sandbox, and
// this test's sandbox through a cloud configuration file (with a 403 on ARM, a denied Graph and
// failing credentials).

#include "sandboxfixture.h"
#include "testsupport.h"

#include "graph/permissionreport.h"
#include "net/activitylog.h"
#include "net/httpclient.h"
#include "sandbox/faultinjector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::graph::PermissionReportJob;
using ie::graph::ReportEntry;

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void managedIdentities();
    void allPrincipals();
    void directoryRolesAreReported();
    void delegatedGrantsAreReported();
    void ownershipIsReported();
    void armFailureIsAWarning();
    void commandLine_data();
    void commandLine();
    void fails_data();
    void fails();
    void partial_data();
    void partial();
    void unknownCellsInTextAndCsv_data();
    void unknownCellsInTextAndCsv();
    void hostileText();
    void boundedRequests();
    void germanHelp_data();
    void germanHelp();

private:
    using Run = ie::test::CommandRun;
    Run runReport(QStringList args, const QStringList &env, const QString &fault);
    ie::test::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QString m_cloudConfig;
    QList<ReportEntry> run(ie::test::SandboxFixture &sandbox, bool managed,
                           QStringList *warnings = nullptr);
};

void TestReport::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    m_cloudConfig = m_dir.filePath(u"sandbox-cloud.json"_s);
    QVERIFY(m_sandbox.writeCloudConfig(m_cloudConfig));
}

// `identity-explorer report ARGS` ({config}: this test's sandbox) in a clean environment plus
// `env` ({tenant}, {id}, {secret}: the sandbox admin app), with `fault` on this test's sandbox.
TestReport::Run TestReport::runReport(QStringList args, const QStringList &env,
                                      const QString &fault)
{
    auto &server = m_sandbox.server();
    server.faults().clear();
    if (!fault.isEmpty() && !server.faults().addSpec(fault))
        return {};
    QProcessEnvironment e = ie::test::cleanEnvironment();
    for (QString v : env) {
        v.replace(u"{tenant}"_s, server.tenantId())
                .replace(u"{id}"_s, server.adminClientId())
                .replace(u"{secret}"_s, server.adminClientSecret());
        e.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    }
    args.replaceInStrings(u"{config}"_s, m_cloudConfig);
    const Run r = ie::test::runCommand(QStringList{u"report"_s} + args, e);
    server.faults().clear();
    return r;
}

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
                    // Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All,
                    // Directory.Read.All, RoleManagement.ReadWrite.Directory, User.Read.All,
                    // DelegatedPermissionGrant.ReadWrite.All, AgentIdentity.ReadWrite.All,
                    // AgentIdentityBlueprint.Read.All, AgentIdentityBlueprintPrincipal.Read.All.
                    && e.appRoles.size() == 9
                    // Owner at both subscriptions and at the tenant root management group.
                    && e.azureRoles.size() == 3);
    QVERIFY(admin);
}

void TestReport::delegatedGrantsAreReported()
{
    ie::test::SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    const auto entries = run(sandbox, false);
    bool hr = false;
    for (const ReportEntry &e : entries) {
        if (e.displayName != "Contoso HR Portal"_L1)
            continue;
        QCOMPARE(e.delegatedGrants.size(), 2);
        for (const auto &g : e.delegatedGrants) {
            QCOMPARE(g.resourceName, u"Microsoft Graph"_s);
            if (g.consentType == "Principal"_L1) {
                QCOMPARE(g.principalId, u"a11ce000-0000-4000-8000-000000000002"_s);
                QCOMPARE(g.scope, u"Files.ReadWrite.All"_s);
            } else {
                QVERIFY(g.principalId.isEmpty());
                QVERIFY(g.scope.contains(u"Mail.Read"_s));
            }
        }
        hr = true;
    }
    QVERIFY(hr);
    bool json = false;
    for (const QJsonValue &v : PermissionReportJob::toJson(entries)) {
        QVERIFY(v.toObject().value("delegatedGrants"_L1).isArray());
        if (v.toObject().value("displayName"_L1).toString() == "Contoso HR Portal"_L1)
            json = v.toObject().value("delegatedGrants"_L1).toArray().first().toObject()
                           .contains("scope"_L1);
    }
    QVERIFY(json);
    QVERIFY2(PermissionReportJob::toText(entries).contains(
                     u"\tdelegated-grant\tMicrosoft Graph\tFiles.ReadWrite.All\tuser "
                     "a11ce000-0000-4000-8000-000000000002"_s),
             qPrintable(PermissionReportJob::toText(entries)));
    QVERIFY(PermissionReportJob::toCsv(entries).contains(
            ",\"delegated-grant\",\"Microsoft Graph\",\"Directory.AccessAsUser.All (all users)\","));

    // Not readable: unknown (null and named) and one warning that names the read.
    QVERIFY(sandbox.server().faults().addSpec(u"graph:/v1.0/oauth2PermissionGrants*=403"_s));
    QStringList warnings;
    const auto partial = run(sandbox, false, &warnings);
    for (const ReportEntry &e : partial) {
        QVERIFY(!e.isKnown("delegatedGrants"_L1));
        QVERIFY(e.isKnown("directoryRoles"_L1));
    }
    QVERIFY(PermissionReportJob::toJson(partial).first().toObject().value("delegatedGrants"_L1)
                    .isNull());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings[0].contains(u"reading delegated permission grants"_s),
             qPrintable(warnings[0]));
}

// Ownership of app registrations, from one paged read of the tenant's applications with their
// owners: the owner's side ("owns") and the owned identity's side ("ownedBy").
void TestReport::ownershipIsReported()
{
    const QString ordersApi = u"b1a2c3d4-0001-4e5f-8a9b-c0d1e2f3a4b5"_s;
    const Run r = runReport({u"--json"_s, u"--credential"_s, u"sandbox"_s, u"--cloud-config"_s,
                             u"{config}"_s},
                            {}, {});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!a.isEmpty());
    QJsonObject orders;
    QJsonObject pipeline;
    for (const QJsonValue &v : a) {
        QVERIFY2(v.toObject().value("ownership"_L1).isArray(),
                 qPrintable(v.toObject().value("displayName"_L1).toString()));
        if (v.toObject().value("objectId"_L1).toString() == ordersApi)
            orders = v.toObject();
        if (v.toObject().value("displayName"_L1).toString() == "Contoso Build Pipeline"_L1)
            pipeline = v.toObject();
    }
    // The Orders API's service principal owns the build pipeline's registration; Megan owns the
    // Orders API's.
    const QJsonArray own = orders.value("ownership"_L1).toArray();
    QCOMPARE(own.size(), 2);
    QCOMPARE(own.at(0).toObject().value("relation"_L1).toString(), u"ownedBy"_s);
    QCOMPARE(own.at(0).toObject().value("objectType"_L1).toString(), u"user"_s);
    QCOMPARE(own.at(0).toObject().value("objectId"_L1).toString(),
             u"a11ce000-0000-4000-8000-000000000002"_s);
    QCOMPARE(own.at(1).toObject().value("relation"_L1).toString(), u"owns"_s);
    QCOMPARE(own.at(1).toObject().value("objectType"_L1).toString(), u"application"_s);
    QCOMPARE(own.at(1).toObject().value("appId"_L1).toString(),
             u"5f4c3d2e-1b0a-4f9c-c8d7-e6f5a4b3c2d1"_s);
    QCOMPARE(own.at(1).toObject().value("displayName"_L1).toString(),
             u"Contoso Build Pipeline"_s);
    const QJsonObject by = pipeline.value("ownership"_L1).toArray().first().toObject();
    QCOMPARE(by.value("relation"_L1).toString(), u"ownedBy"_s);
    QCOMPARE(by.value("objectType"_L1).toString(), u"servicePrincipal"_s);
    QCOMPARE(by.value("displayName"_L1).toString(), u"Contoso Orders API"_s);

    ie::test::SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    const auto entries = run(sandbox, false);
    QVERIFY2(PermissionReportJob::toText(entries).contains(
                     u"\townership\towns\tContoso Build Pipeline\tapplication\n"_s),
             qPrintable(PermissionReportJob::toText(entries)));
    QVERIFY(PermissionReportJob::toCsv(entries).contains(
            ",\"ownership\",\"owns\",\"Contoso Build Pipeline\","));
    // Not readable: unknown (null and named), one warning naming the read.
    QVERIFY(sandbox.server().faults().addSpec(u"graph:/v1.0/applications*=403"_s));
    QStringList warnings;
    const auto partial = run(sandbox, false, &warnings);
    for (const ReportEntry &e : partial)
        QVERIFY(!e.isKnown("ownership"_L1));
    QVERIFY(PermissionReportJob::toJson(partial).first().toObject().value("ownership"_L1)
                    .isNull());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings[0].contains(u"reading owners and owned objects"_s), qPrintable(warnings[0]));
}

void TestReport::directoryRolesAreReported()
{
    ie::test::SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    const auto entries = run(sandbox, false);
    bool pipeline = false;
    for (const ReportEntry &e : entries) {
        if (e.displayName != "Contoso Build Pipeline"_L1)
            continue;
        pipeline = e.directoryRoles.size() == 1
                && e.directoryRoles[0].roleName == "Application Administrator"_L1
                && e.directoryRoles[0].roleDefinitionId == "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"_L1
                && e.directoryRoles[0].directoryScopeId == "/"_L1
                && !e.directoryRoles[0].assignmentId.isEmpty();
    }
    QVERIFY(pipeline);
    const QJsonArray json = PermissionReportJob::toJson(entries);
    for (const QJsonValue &v : json)
        QVERIFY(v.toObject().value("directoryRoles"_L1).isArray());
    QVERIFY(PermissionReportJob::toText(entries).contains(
            u"\tdirectory-role\tApplication Administrator\t/"_s));
    QVERIFY(PermissionReportJob::toCsv(entries).contains(
            ",\"directory-role\",\"/\",\"Application Administrator\","));

    // Not readable: unknown (null and named), the other parts still there, and one warning.
    QVERIFY(sandbox.server().faults().addSpec(
            u"graph:/v1.0/roleManagement/directory/roleAssignments*=403"_s));
    QStringList warnings;
    const auto partial = run(sandbox, false, &warnings);
    QVERIFY(!partial.isEmpty());
    for (const ReportEntry &e : partial) {
        QVERIFY(!e.isKnown("directoryRoles"_L1));
        QVERIFY(e.isKnown("appRoles"_L1));
        QVERIFY(e.directoryRoles.isEmpty());
    }
    const QJsonObject first = PermissionReportJob::toJson(partial).first().toObject();
    QVERIFY(first.value("directoryRoles"_L1).isNull());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings[0].contains(u"Directory role assignments could not be read"_s),
             qPrintable(warnings[0]));
    // The 403 is explained (here the admin app holds the permission: a revoked one is suspected).
    QVERIFY2(warnings[0].contains(u"reading directory role assignments"_s),
             qPrintable(warnings[0]));
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
    QCOMPARE(warnings.size(), 1); // one cause, naming both subscriptions
    QVERIFY2(warnings[0].contains(u", "_s), qPrintable(warnings[0]));
    for (const ReportEntry &e : entries) {
        QVERIFY(e.azureRoles.isEmpty());
        QVERIFY(!e.isKnown("azureRoles"_L1)); // unknown, not "holds none"
        QVERIFY(e.isKnown("appRoles"_L1));
    }
}

void TestReport::commandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QByteArray>("out"); // JSON: 9 entries; else a line of text or CSV
    QTest::addColumn<QByteArray>("err"); // empty: nothing on stderr
    const QStringList config{u"--cloud-config"_s, u"{config}"_s};
    const QStringList json{u"--managed"_s, u"--json"_s};
    const QStringList admin{u"AZURE_TENANT_ID={tenant}"_s, u"AZURE_CLIENT_ID={id}"_s,
                            u"AZURE_CLIENT_SECRET={secret}"_s};
    const QByteArray vmReader = "vm-batch-01\tf4a5b6c7-0003-4d8e-9f0a-"
                                "b1c2d3e4f5a6\tManagedIdentity\tazure-role\tReader\t";
    QTest::newRow("default, json")
            << json << QStringList{} << QString() << QByteArray() << QByteArray();
    QTest::newRow("default, text") << QStringList{u"--managed"_s} << QStringList{} << QString()
                                   << vmReader << QByteArray();
    QTest::newRow("default, csv") << QStringList{u"--managed"_s, u"--csv"_s} << QStringList{}
                                  << QString() << QByteArray("displayName,objectId,appId,kind,")
                                  << QByteArray();
    QTest::newRow("sandbox credential, cloud config")
            << json + QStringList{u"--credential"_s, u"sandbox"_s} + config << QStringList{}
            << QString() << QByteArray() << QByteArray();
    QTest::newRow("environment credential, cloud config, text")
            << QStringList{u"--managed"_s, u"--credential"_s, u"environment"_s} + config << admin
            << QString() << vmReader << QByteArray();
    QTest::newRow("chain, cloud config")
            << json + config << admin << QString() << QByteArray() << QByteArray();
}

void TestReport::commandLine()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QString, fault);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    const Run r = runReport(args, env, fault);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Log lines (the chain says which step signed in) aside, stderr holds only the warnings.
    QList<QByteArray> lines = r.err.trimmed().split('\n');
    lines.removeIf([](const QByteArray &l) { return !l.startsWith("identity-explorer"); });
    if (err.isEmpty()) {
        QVERIFY2(lines.isEmpty(), r.err.constData());
    } else {
        QCOMPARE(lines.size(), 1); // the one subscription
        QVERIFY2(lines[0].startsWith("identity-explorer report: warning: "), lines[0].constData());
        QVERIFY2(lines[0].contains(err), lines[0].constData());
        QVERIFY2(lines[0].contains("403") && lines[0].contains("AuthorizationFailed"),
                 lines[0].constData());
    }
    if (!out.isEmpty()) {
        QVERIFY2(r.out.contains(out), r.out.constData());
        return;
    }
    QJsonParseError error;
    const QJsonArray a = QJsonDocument::fromJson(r.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(a.size(), 9);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value("kind"_L1).toString(), u"ManagedIdentity"_s);
        for (const char *k : {"objectId", "appId", "displayName", "kind", "appRoles", "azureRoles"})
            QVERIFY2(o.contains(QLatin1StringView(k)), k);
        byName.insert(o.value("displayName"_L1).toString(), o);
    }
    const QJsonArray appRoles = byName.value(u"func-timer-orders"_s).value("appRoles"_L1).toArray();
    QCOMPARE(appRoles.size(), 1);
    const QJsonObject role = appRoles.first().toObject();
    for (const char *k : {"resourceAppId", "resourceName", "appRoleId", "value", "assignmentId"})
        QVERIFY2(!role.value(QLatin1StringView(k)).toString().isEmpty(), k);
    QCOMPARE(role.value("value"_L1).toString(), u"User.Read.All"_s);
    QCOMPARE(role.value("resourceName"_L1).toString(), u"Microsoft Graph"_s);
    int azureRoles = 0;
    for (const QJsonObject &o : std::as_const(byName)) {
        for (const QJsonValue &v : o.value("azureRoles"_L1).toArray()) {
            const QJsonObject ar = v.toObject();
            for (const char *k : {"roleDefinitionId", "roleName", "scope", "assignmentId"})
                QVERIFY2(!ar.value(QLatin1StringView(k)).toString().isEmpty(), k);
            QVERIFY(fault.isEmpty()
                    || !ar.value("scope"_L1).toString().startsWith(u"/subscriptions/2d6a1c8e-"_s));
            ++azureRoles;
        }
    }
    QVERIFY(!fault.isEmpty() || azureRoles > 0); // the managed identities' are all in 2d6a1c8e
}

void TestReport::fails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    const QStringList config{u"--cloud-config"_s, u"{config}"_s};
    QTest::newRow("bad option") << QStringList{u"--bogus"_s} << QStringList{} << QString() << 2
                                << QByteArray("bogus");
    QTest::newRow("json and csv") << QStringList{u"--json"_s, u"--csv"_s} << QStringList{}
                                  << QString() << 2 << QByteArray("--csv");
    QTest::newRow("unknown credential")
            << QStringList{u"--credential"_s, u"magic"_s} << QStringList{} << QString() << 2
            << QByteArray("Unknown credential 'magic'");
    QTest::newRow("no such cloud config")
            << QStringList{u"--cloud-config"_s, u"/nonexistent/cloud.json"_s} << QStringList{}
            << QString() << 2 << QByteArray("/nonexistent/cloud.json");
    QTest::newRow("environment, wrong secret")
            << QStringList{u"--credential"_s, u"environment"_s} + config
            << QStringList{u"AZURE_TENANT_ID={tenant}"_s, u"AZURE_CLIENT_ID={id}"_s,
                           u"AZURE_CLIENT_SECRET=nope"_s}
            << QString() << 1 << QByteArray("environment: AADSTS7000215");
    QTest::newRow("chain finds no credential")
            << config << QStringList{} << QString() << 1 << QByteArray("chain: ");
    QTest::newRow("graph denies the listing")
            << QStringList{u"--credential"_s, u"sandbox"_s} + config << QStringList{}
            << u"graph:/v1.0/servicePrincipals*=403"_s << 1
            << QByteArray("Microsoft Graph service principals: ");
}

void TestReport::fails()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QString, fault);
    QFETCH(QByteArray, message);
    const Run r = runReport(args, env, fault);
    QTEST(r.exitCode, "exitCode");
    QVERIFY(r.out.isEmpty());
    QVERIFY2(ie::test::isOneFailureLine(r.err, "report", message), r.err.constData());
    if (!fault.isEmpty())
        QVERIFY2(r.err.contains("403") && r.err.contains("Authorization_RequestDenied"),
                 r.err.constData());
}

// Data that could not be read is unknown (null, named in "unknown"), never an empty list; the
// exit code says partial (3) and stderr has one line per cause, not one per identity.
void TestReport::partial_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("part"); // the JSON list that is unknown, or "roleName"
    QTest::addColumn<QByteArray>("cause");
    const auto assignedTo = u"graph:/v1.0/servicePrincipals/*/appRoleAssignedTo*="_s;
    for (const char *kind : {"403", "500", "503", "cut", "truncate", "malformed"})
        QTest::newRow(qPrintable(u"app roles "_s + QLatin1StringView(kind)))
                << assignedTo + QLatin1StringView(kind) << u"appRoles"_s
                << QByteArray("App role assignments could not be read");
    QTest::newRow("app roles 429 exhausted")
            << assignedTo + u"429:0"_s << u"appRoles"_s
            << QByteArray("App role assignments could not be read");
    QTest::newRow("one resource API fails")
            << assignedTo + u"500@1"_s << u"appRoles"_s
            << QByteArray("App role assignments could not be read");
    QTest::newRow("subscriptions unlisted")
            << u"arm:/subscriptions?*=500"_s << u"azureRoles"_s
            << QByteArray("the subscriptions could not be listed");
    QTest::newRow("403 on one subscription")
            << u"arm:/subscriptions/2d6a1c8e-*/providers/Microsoft.Authorization/roleAssignments*=403"_s
            << u"azureRoles"_s << QByteArray("Azure role assignments could not be read");
    QTest::newRow("role definitions")
            << u"arm:*/roleDefinitions*=500"_s << u"roleName"_s
            << QByteArray("Role definitions could not be read");
}

void TestReport::partial()
{
    QFETCH(QString, fault);
    QFETCH(QString, part);
    QFETCH(QByteArray, cause);
    const Run r = runReport({u"--json"_s, u"--credential"_s, u"sandbox"_s, u"--cloud-config"_s,
                             u"{config}"_s},
                            {}, fault);
    QCOMPARE(r.exitCode, 3);
    QList<QByteArray> lines = r.err.trimmed().split('\n');
    lines.removeIf([](const QByteArray &l) { return !l.startsWith("identity-explorer"); });
    // One cause and the verdict: not a line per identity (31) or per subscription.
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(cause), lines[0].constData());
    QVERIFY2(lines[1].contains("incomplete"), lines[1].constData());
    QJsonParseError error;
    const QJsonArray a = QJsonDocument::fromJson(r.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(a.size(), 31);
    int unknownNames = 0;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        if (part == "roleName"_L1) {
            for (const QJsonValue &ar : o.value("azureRoles"_L1).toArray())
                unknownNames += ar.toObject().value("roleName"_L1).isNull() ? 1 : 0;
            continue;
        }
        QVERIFY2(o.value(part).isNull(), qPrintable(o.value("displayName"_L1).toString()));
        QVERIFY(o.value("unknown"_L1).toArray().contains(QJsonValue(part)));
        const QString other = part == "appRoles"_L1 ? u"azureRoles"_s : u"appRoles"_s;
        QVERIFY(o.value(other).isArray()); // the other part was read
    }
    if (part == "roleName"_L1)
        QVERIFY(unknownNames > 0);
}

// Text (TSV) and CSV mark what could not be read too: an unknown part has its row, a role
// whose name could not be read says so instead of passing its id off as its name.
void TestReport::unknownCellsInTextAndCsv_data()
{
    QTest::addColumn<QStringList>("format");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QByteArray>("marker");
    const QString roleDefinitions = u"arm:*/roleDefinitions*=500"_s;
    const QString assignedTo = u"graph:/v1.0/servicePrincipals/*/appRoleAssignedTo*=500"_s;
    QTest::newRow("csv role name") << QStringList{u"--csv"_s} << roleDefinitions
                                   << QByteArray(R"(,"unknown ()");
    QTest::newRow("text role name") << QStringList{} << roleDefinitions
                                    << QByteArray("\tazure-role\tunknown (");
    QTest::newRow("csv app roles") << QStringList{u"--csv"_s} << assignedTo
                                   << QByteArray(R"(,"unknown","appRoles","","")");
    QTest::newRow("text app roles") << QStringList{} << assignedTo
                                    << QByteArray("\tunknown\tappRoles\n");
}

void TestReport::unknownCellsInTextAndCsv()
{
    QFETCH(QStringList, format);
    QFETCH(QString, fault);
    QFETCH(QByteArray, marker);
    const Run r = runReport(format + QStringList{u"--managed"_s, u"--credential"_s, u"sandbox"_s,
                                                 u"--cloud-config"_s, u"{config}"_s},
                            {}, fault);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(marker), r.out.constData());
    QVERIFY2(r.err.contains("incomplete"), r.err.constData());
}

// A displayName from the tenant cannot forge rows or cells, nor run as a spreadsheet formula; an
// identity that holds nothing keeps its CSV row, as in the text.
void TestReport::hostileText()
{
    ReportEntry hostile{u"11111111-1111-4111-8111-111111111111"_s,
                        u"22222222-2222-4222-8222-222222222222"_s,
                        u"=HYPERLINK(\"x\")\tforged\nFAKE\x1b[2J\u202e"_s,
                        u"Application"_s,
                        {},
                        {},
                        {}};
    ReportEntry plain{u"33333333-3333-4333-8333-333333333333"_s,
                      u"44444444-4444-4444-8444-444444444444"_s, u"-plain"_s, u"Application"_s, {}, {}, {}};
    plain.appRoles.append({u"app"_s, u"@api"_s, u"role"_s, u"+Role.Read"_s, u"a1"_s});
    const QList<ReportEntry> entries{hostile, plain};

    const QString text = PermissionReportJob::toText(entries);
    const QStringList textLines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(textLines.size(), 2);
    QCOMPARE(textLines[0].count(u'\t'), 3); // name, object id, kind, "none"
    QVERIFY(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x202e)));
    QVERIFY2(textLines[0].startsWith(u"=HYPERLINK(\"x\")\\tforged\\nFAKE\\x1b[2J\\u202e\t"_s), qPrintable(textLines[0]));

    const QString csv = QString::fromUtf8(PermissionReportJob::toCsv(entries));
    const QStringList rows = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3); // the header, the identity that holds nothing, the one role
    for (const QString &row : rows)
        QVERIFY(!row.contains(u'\t') && !row.contains(u'\n') && !row.contains(u'\r')
                && !row.contains(QChar(0x1b)));
    QVERIFY2(rows[1].startsWith(u"\"'=HYPERLINK(\"\"x\"\")\\tforged"_s), qPrintable(rows[1]));
    QVERIFY2(rows[1].contains(u",\"none\","_s), qPrintable(rows[1]));
    QVERIFY2(rows[2].startsWith(u"\"'-plain\""_s), qPrintable(rows[2]));
    QVERIFY2(rows[2].contains(u"\"'@api\",\"'+Role.Read\""_s), qPrintable(rows[2]));
}

// A bounded number of requests: one appRoleAssignedTo per resource API, never one
// appRoleAssignments read per identity.
void TestReport::boundedRequests()
{
    ie::test::SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    const auto entries = run(sandbox, false);
    QVERIFY(entries.size() > 9);
    int perIdentity = 0;
    int perResource = 0;
    for (const auto &entry : sandbox.client().activityLog()->entries()) {
        const QString url = entry.url;
        perIdentity += url.contains("/appRoleAssignments"_L1) ? 1 : 0;
        perResource += url.contains("/appRoleAssignedTo"_L1) ? 1 : 0;
    }
    QCOMPARE(perIdentity, 0);
    QVERIFY(perResource > 0);
    QVERIFY(perResource < entries.size() / 2);
}

// The sign-in options are one shared set with one help text, in every verb that reads a tenant,
// and translated like the verb's own.
void TestReport::germanHelp_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("own");
    QTest::newRow("report") << u"report"_s << u"Nur verwaltete Identitäten."_s;
    QTest::newRow("list") << u"list"_s << u"Nur verwaltete Identitäten."_s;
    QTest::newRow("token") << u"token"_s << u"Gibt ein Zugriffstoken für eine Ressource aus."_s;
}

void TestReport::germanHelp()
{
    QFETCH(QString, verb);
    QFETCH(QString, own);
    QProcess p;
    p.setProcessEnvironment(ie::test::cleanEnvironment());
    p.start(ie::test::executable(), {verb, u"--help"_s, u"--lang"_s, u"de"_s});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString help = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY2(help.contains(own), qPrintable(help));
    for (const QString &shared :
         {u"--credential <art> Art der Anmeldung: chain|sandbox|cli"_s,
          u"--tenant <mandant> Mandanten-ID oder -Domäne."_s,
          u"--cloud-config <datei> Eine benutzerdefinierte Cloud"_s, u"--secret-stdin"_s})
        QVERIFY2(help.contains(shared), qPrintable(help));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
