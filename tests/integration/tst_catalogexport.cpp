// `identity-explorer catalog-export` against a scripted loopback Graph and ARM: the files it
// writes have the bundled shapes (the catalog loads them) and the token goes to Graph only.

#include "catalog/catalog.h"
#include "scriptedserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::catalog;
using ie::test::ScriptedServer;

class TestCatalogExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportLoadsBack();
    void failures_data();
    void failures();

private:
    static QString binary()
    {
        return QCoreApplication::applicationDirPath() + u"/../app/identity-explorer"_s;
    }
    static ScriptedServer::Reply answer(const ScriptedServer::Received &r);
};

ScriptedServer::Reply TestCatalogExport::answer(const ScriptedServer::Received &r)
{
    auto json = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    if (r.path.startsWith("/v1.0/servicePrincipals?")) {
        const QJsonObject graph{
                {"id"_L1, u"5b1a3c4e-0000-4000-8000-00000000000a"_s},
                {"appId"_L1, u"00000003-0000-0000-c000-000000000000"_s},
                {"displayName"_L1, u"Microsoft Graph"_s},
                {"appOwnerOrganizationId"_L1, u"f8cdef31-a31e-4b4a-93e4-5f571e91255a"_s},
                {"servicePrincipalNames"_L1, QJsonArray{u"https://graph.microsoft.com"_s}},
                {"appRoles"_L1,
                 QJsonArray{
                         QJsonObject{{"id"_L1, u"DF021288-BDEF-4463-88DB-98F22DE89214"_s},
                                     {"value"_L1, u"User.Read.All"_s},
                                     {"displayName"_L1, u"Read all users' full profiles "_s},
                                     {"description"_L1, u"Allows the app to read user profiles."_s},
                                     {"isEnabled"_L1, true},
                                     {"allowedMemberTypes"_L1, QJsonArray{u"Application"_s}}}}},
                {"oauth2PermissionScopes"_L1,
                 QJsonArray{QJsonObject{
                         {"id"_L1, u"a154be20-db9c-4678-8ab7-66f6cc099a59"_s},
                         {"value"_L1, u"User.Read.All"_s},
                         {"type"_L1, u"Admin"_s},
                         {"isEnabled"_L1, true},
                         {"adminConsentDisplayName"_L1, u"Read all users' full profiles"_s},
                         {"adminConsentDescription"_L1, u"Allows the app to read..."_s}}}}};
        const QJsonObject kv{
                {"id"_L1, u"0a000000-0000-4000-8000-000000000009"_s},
                {"appId"_L1, u"cfa8b339-82a2-471a-a3c9-0fc0be7a4093"_s},
                {"displayName"_L1, u"Azure Key Vault"_s},
                {"appOwnerOrganizationId"_L1, u"f8cdef31-a31e-4b4a-93e4-5f571e91255a"_s},
                {"servicePrincipalNames"_L1, QJsonArray{u"https://vault.azure.net"_s}},
                {"appRoles"_L1, QJsonArray{}},
                {"oauth2PermissionScopes"_L1,
                 QJsonArray{QJsonObject{
                         {"id"_L1, u"f53da476-18e3-4152-8e01-aec403e6edc0"_s},
                         {"value"_L1, u"user_impersonation"_s},
                         {"adminConsentDisplayName"_L1,
                          u"Have full access to the Azure Key Vault service"_s},
                         {"adminConsentDescription"_L1, u"Allow the application full access"_s}}}}};
        const QJsonObject own{
                {"id"_L1, u"0a000000-0000-4000-8000-000000000010"_s},
                {"appId"_L1, u"0a000000-0000-4000-8000-0000000000aa"_s},
                {"displayName"_L1, u"Contoso API"_s},
                {"appOwnerOrganizationId"_L1, u"0a000000-0000-4000-8000-0000000000ff"_s},
                {"appRoles"_L1, QJsonArray{}}};
        return ScriptedServer::json(200, json({{"value"_L1, QJsonArray{graph, kv, own}}}));
    }
    if (r.path.startsWith("/v1.0/directoryRoleTemplates"))
        return ScriptedServer::json(
                200,
                json({{"value"_L1,
                       QJsonArray{QJsonObject{
                               {"id"_L1, u"62e90394-69f5-4237-9190-012177145e10"_s},
                               {"displayName"_L1, u"Global Administrator"_s},
                               {"description"_L1,
                                u"Can manage all aspects of Microsoft Entra ID."_s}}}}}));
    if (r.path.contains("/providers/Microsoft.Authorization/roleDefinitions?")) {
        const QJsonObject perms{{"actions"_L1, QJsonArray{u"*/read"_s}},
                                {"notActions"_L1, QJsonArray{}},
                                {"dataActions"_L1, QJsonArray{}},
                                {"notDataActions"_L1, QJsonArray{}}};
        const QJsonObject props{{"roleName"_L1, u"Reader"_s},
                                {"description"_L1, u"View all resources."_s},
                                {"type"_L1, u"BuiltInRole"_s},
                                {"permissions"_L1, QJsonArray{perms}}};
        return ScriptedServer::json(
                200,
                json({{"value"_L1,
                       QJsonArray{
                               QJsonObject{{"name"_L1, u"acdd72a7-3385-48ef-bd42-f606fba81ae7"_s},
                                           {"properties"_L1, props}}}}}));
    }
    return ScriptedServer::json(404, R"({"error":{"code":"NotFound","message":"no"}})");
}

void TestCatalogExport::exportLoadsBack()
{
    // HTTPS with the test CA handed over by --ca-file: the tokens go only over TLS.
    ScriptedServer server(ScriptedServer::Transport::Https);
    server.setHandler(&TestCatalogExport::answer);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ca = dir.filePath(u"ca.pem"_s);
    {
        QFile f(ca);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ScriptedServer::caCertificate().toPem());
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IE_GRAPH_TOKEN"_s, u"graph-token"_s);
    env.insert(u"IE_ARM_TOKEN"_s, u"arm-token"_s);
    p.setProcessEnvironment(env);
    // The server lives in this process: wait with the event loop running, not blocked.
    QSignalSpy done(&p, &QProcess::finished);
    p.start(binary(),
            {u"catalog-export"_s, u"--out"_s, dir.filePath(u"out"_s), u"--graph"_s,
             server.url().toString(), u"--subscription"_s, u"sub1"_s, u"--ca-file"_s, ca});
    QVERIFY(done.wait(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(out.contains(u"graph-permissions.json"_s));
    for (const auto &rec : server.received())
        QVERIFY(rec.header("Authorization").startsWith("Bearer "));

    // The tier data and the known-GUID list do not come from a tenant: take the bundled ones.
    for (const QString &f : {u"privilege-tiers.json"_s, u"entra-docs-known-guids.json"_s})
        QVERIFY(QFile::copy(u":/catalog/"_s + f, dir.filePath(u"out/"_s + f)));
    Catalog c;
    const auto loaded = c.loadBundled(dir.filePath(u"out"_s));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const EntryPtr role = c.appRole(u"00000003-0000-0000-c000-000000000000"_s,
                                    u"df021288-bdef-4463-88db-98f22de89214"_s);
    QVERIFY(role);
    QCOMPARE(role->displayName, u"Read all users' full profiles"_s); // trimmed
    QCOMPARE(role->twinId, u"a154be20-db9c-4678-8ab7-66f6cc099a59"_s);
    QCOMPARE(c.azureRole(u"acdd72a7-3385-48ef-bd42-f606fba81ae7"_s)->actions,
             QStringList{u"*/read"_s});
    QCOMPARE(c.directoryRole(u"62e90394-69f5-4237-9190-012177145e10"_s)->value,
             u"Global Administrator"_s);
    QCOMPARE(c.appByAudience(u"https://vault.azure.net"_s)->value, u"Azure Key Vault"_s);
    QVERIFY(c.scope(u"cfa8b339-82a2-471a-a3c9-0fc0be7a4093"_s,
                    u"f53da476-18e3-4152-8e01-aec403e6edc0"_s));
    QVERIFY(!c.app(u"0a000000-0000-4000-8000-0000000000aa"_s)); // not Microsoft's
}

void TestCatalogExport::failures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no --out") << QStringList{} << true << 2;
    QTest::newRow("bad url") << QStringList{u"--out"_s, u"x"_s, u"--graph"_s, u"not a url"_s}
                             << true << 2;
    QTest::newRow("no token") << QStringList{u"--out"_s, u"OUT"_s, u"--graph"_s, u"SERVER"_s}
                              << false << 1;
    // A token is never sent over plain HTTP: refused before anything is sent.
    QTest::newRow("http graph") << QStringList{u"--out"_s, u"OUT"_s, u"--graph"_s, u"PLAIN"_s}
                                << true << 2;
}

void TestCatalogExport::failures()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withToken);
    QFETCH(int, exitCode);
    ScriptedServer server(ScriptedServer::Transport::Https);
    server.setHandler(&TestCatalogExport::answer);
    ScriptedServer plain(ScriptedServer::Transport::Http);
    plain.setHandler(&TestCatalogExport::answer);
    QTemporaryDir dir;
    for (QString &a : args) {
        if (a == "OUT"_L1)
            a = dir.filePath(u"out"_s);
        if (a == "SERVER"_L1)
            a = server.url().toString();
        if (a == "PLAIN"_L1)
            a = plain.url().toString();
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"IE_GRAPH_TOKEN"_s);
    env.remove(u"IE_ARM_TOKEN"_s);
    if (withToken)
        env.insert(u"IE_GRAPH_TOKEN"_s, u"t"_s);
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(binary(), QStringList{u"catalog-export"_s} + args);
    QVERIFY(done.wait(60000));
    QCOMPARE(p.exitCode(), exitCode);
    QVERIFY(QString::fromUtf8(p.readAllStandardError())
                    .contains(u"identity-explorer catalog-export: "_s));
    QVERIFY(!QFile::exists(dir.filePath(u"out/graph-permissions.json"_s)));
    QCOMPARE(plain.received().size(), 0);
}

QTEST_GUILESS_MAIN(TestCatalogExport)
#include "tst_catalogexport.moc"
