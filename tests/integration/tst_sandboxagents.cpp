// Microsoft Entra Agent ID in the sandbox (issue 18, docs/agents.md): the blueprint, its principal
// and its two agent identities in the shapes of the Graph v1.0 reference, the OData cast segment
// listings with paging, $select, $filter and /$count as on /servicePrincipals, and the
// permissions each reference page demands. Requests go straight to the sandbox's router.

#include "sandboxfixture.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"

#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::sandbox::Request;
using ie::sandbox::Response;

namespace {
const QString BlueprintObjectId = u"b10e9a11-0001-4c2d-8e3f-a1b2c3d4e5f6"_s;
const QString BlueprintAppId = u"b10e9a11-0002-4c2d-8e3f-a1b2c3d4e5f6"_s;
const QString BlueprintPrincipalId = u"b10e9a11-0003-4c2d-8e3f-a1b2c3d4e5f6"_s;
const QString AgentEmea = u"a9e47000-0001-4d5e-8f60-718293a4b5c6"_s;
const QString AgentAmericas = u"a9e47000-0002-4d5e-8f60-718293a4b5c6"_s;
} // namespace

class TestSandboxAgents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listAgentIdentities();
    void paging();
    void selectKeepsType();
    void filterAndCount();
    void plainListHasAgents();
    void getByCast_data();
    void getByCast();
    void blueprintAndPrincipal();
    void sponsors();
    void inheritablePermissionsAndGrants();
    void permissions_data();
    void permissions();
    void fidelity_data();
    void fidelity();

private:
    Response send(const QString &target, const QByteArray &token = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QByteArray adminToken();
    QByteArray userToken(const QString &scopes, const QString &oid);
    QJsonObject json(const Response &r) { return QJsonDocument::fromJson(r.body).object(); }
    ie::test::SandboxFixture m_sandbox;
};

void TestSandboxAgents::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

QByteArray TestSandboxAgents::adminToken()
{
    auto &s = m_sandbox.server();
    const auto *admin = s.state().spByAppId(s.adminClientId());
    QString code, description;
    int aadsts = 0;
    const auto t = s.tokenIssuer().mintAppToken(*admin, u"https://graph.microsoft.com"_s, 600, &code,
                                                &description, &aadsts);
    return t ? t->token : QByteArray();
}

QByteArray TestSandboxAgents::userToken(const QString &scopes, const QString &oid)
{
    auto &s = m_sandbox.server();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return s.tokenIssuer().sign(QJsonObject{{u"aud"_s, s.cloud().graphAudience()},
                                            {u"iss"_s, u"https://sts.windows.net/%1/"_s.arg(s.state().tenantId)},
                                            {u"tid"_s, s.state().tenantId},
                                            {u"oid"_s, oid},
                                            {u"idtyp"_s, u"user"_s},
                                            {u"scp"_s, scopes},
                                            {u"iat"_s, now},
                                            {u"nbf"_s, now},
                                            {u"exp"_s, now + 3600}});
}

Response TestSandboxAgents::send(const QString &target, const QByteArray &token,
                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Request req;
    req.service = u"graph"_s;
    req.method = "GET";
    const QUrl url(u"https://x"_s + target);
    req.path = url.path(QUrl::FullyDecoded);
    req.query = QUrlQuery(url);
    req.headers = headers;
    req.headers.append({"Authorization", "Bearer " + (token.isEmpty() ? adminToken() : token)});
    req.origin = m_sandbox.server().graphUrl();
    auto r = m_sandbox.server().router().dispatch(req, m_sandbox.server().context());
    return r ? *r : Response::empty(404);
}

void TestSandboxAgents::listAgentIdentities()
{
    const Response r = send(u"/v1.0/servicePrincipals/microsoft.graph.agentIdentity"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject body = json(r);
    QCOMPARE(body.value("@odata.context"_L1).toString(),
             u"https://graph.microsoft.com/v1.0/$metadata#servicePrincipals/microsoft.graph.agentIdentity"_s);
    const QJsonArray value = body.value("value"_L1).toArray();
    QCOMPARE(value.size(), 2); // "Does not return other types of service principal objects."
    for (const QJsonValue &v : value) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value("@odata.type"_L1).toString(), u"#microsoft.graph.agentIdentity"_s);
        QCOMPARE(o.value("agentIdentityBlueprintId"_L1).toString(), BlueprintAppId);
        QVERIFY(o.contains("servicePrincipalType"_L1)); // inherits servicePrincipal
        QVERIFY(o.contains("createdByAppId"_L1));
    }
}

void TestSandboxAgents::paging()
{
    const Response first = send(u"/v1.0/servicePrincipals/microsoft.graph.agentIdentity?$top=1"_s);
    QCOMPARE(first.status, 200);
    const QJsonObject a = json(first);
    QCOMPARE(a.value("value"_L1).toArray().size(), 1);
    const QUrl next(a.value("@odata.nextLink"_L1).toString());
    QVERIFY(next.path().endsWith("/v1.0/servicePrincipals/microsoft.graph.agentIdentity"_L1));
    const Response second = send(next.path() + u'?' + next.query(QUrl::FullyEncoded));
    const QJsonObject b = json(second);
    QCOMPARE(b.value("value"_L1).toArray().size(), 1);
    QVERIFY(!b.contains("@odata.nextLink"_L1));
    QVERIFY(a.value("value"_L1)[0]["id"_L1] != b.value("value"_L1)[0]["id"_L1]);
    QCOMPARE(send(u"/v1.0/servicePrincipals/microsoft.graph.agentIdentity?$top=0"_s).status, 400);
}

void TestSandboxAgents::selectKeepsType()
{
    const Response r = send(u"/v1.0/servicePrincipals/microsoft.graph.agentIdentity?$select=id,displayName"_s);
    const QJsonObject o = json(r).value("value"_L1)[0].toObject();
    QCOMPARE(o.keys(), (QStringList{u"@odata.type"_s, u"displayName"_s, u"id"_s}));
}

void TestSandboxAgents::filterAndCount()
{
    const Response r = send(u"/v1.0/servicePrincipals/microsoft.graph.agentIdentity?$filter=displayName eq 'Support Agent (EMEA)'"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(json(r).value("value"_L1).toArray().size(), 1);
    QCOMPARE(send(u"/v1.0/servicePrincipals/microsoft.graph.agentIdentity/$count"_s).status, 400);
    const Response c = send(u"/v1.0/servicePrincipals/microsoft.graph.agentIdentity/$count"_s, {},
                            {{"ConsistencyLevel", "eventual"}});
    QCOMPARE(c.status, 200);
    QCOMPARE(c.body, QByteArray("2"));
    const Response counted = send(u"/v1.0/servicePrincipals/microsoft.graph.agentIdentity?$count=true"_s, {},
                                  {{"ConsistencyLevel", "eventual"}});
    QCOMPARE(json(counted).value("@odata.count"_L1).toInt(), 2);
}

void TestSandboxAgents::plainListHasAgents()
{
    const Response r = send(u"/v1.0/servicePrincipals?$select=id,servicePrincipalType&$top=999"_s);
    QCOMPARE(r.status, 200);
    QHash<QString, QString> types;
    for (const QJsonValue &v : json(r).value("value"_L1).toArray())
        types.insert(v["id"_L1].toString(), v["@odata.type"_L1].toString());
    QCOMPARE(types.value(AgentEmea), u"#microsoft.graph.agentIdentity"_s);
    QCOMPARE(types.value(AgentAmericas), u"#microsoft.graph.agentIdentity"_s);
    QCOMPARE(types.value(BlueprintPrincipalId), u"#microsoft.graph.agentIdentityBlueprintPrincipal"_s);
    QVERIFY(types.contains(u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s)); // Microsoft Graph
    QVERIFY(types.value(u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s).isEmpty()); // the base type
}

void TestSandboxAgents::getByCast_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("agent") << u"/v1.0/servicePrincipals/%1/microsoft.graph.agentIdentity"_s.arg(AgentEmea) << 200;
    QTest::newRow("principal-as-agent")
            << u"/v1.0/servicePrincipals/%1/microsoft.graph.agentIdentity"_s.arg(BlueprintPrincipalId) << 404;
    QTest::newRow("principal")
            << u"/v1.0/servicePrincipals/%1/microsoft.graph.agentIdentityBlueprintPrincipal"_s.arg(BlueprintPrincipalId)
            << 200;
    QTest::newRow("agent-as-principal")
            << u"/v1.0/servicePrincipals/%1/microsoft.graph.agentIdentityBlueprintPrincipal"_s.arg(AgentEmea) << 404;
    QTest::newRow("blueprint")
            << u"/v1.0/applications/%1/microsoft.graph.agentIdentityBlueprint"_s.arg(BlueprintObjectId) << 200;
    QTest::newRow("blueprint-by-appid")
            << u"/v1.0/applications/%1/microsoft.graph.agentIdentityBlueprint"_s.arg(BlueprintAppId) << 404;
}

void TestSandboxAgents::getByCast()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const Response r = send(path);
    QCOMPARE(r.status, status);
    if (status == 404)
        QCOMPARE(json(r)["error"_L1]["code"_L1].toString(), u"Request_ResourceNotFound"_s);
    else
        QVERIFY(json(r).value("@odata.context"_L1).toString().endsWith("/$entity"_L1));
}

void TestSandboxAgents::blueprintAndPrincipal()
{
    const QJsonArray blueprints
            = json(send(u"/v1.0/applications/microsoft.graph.agentIdentityBlueprint"_s)).value("value"_L1).toArray();
    QCOMPARE(blueprints.size(), 1);
    QCOMPARE(blueprints[0]["@odata.type"_L1].toString(), u"#microsoft.graph.agentIdentityBlueprint"_s);
    QCOMPARE(blueprints[0]["appId"_L1].toString(), BlueprintAppId);
    const QJsonArray principals = json(send(u"/v1.0/servicePrincipals/microsoft.graph.agentIdentityBlueprintPrincipal"_s))
                                          .value("value"_L1)
                                          .toArray();
    QCOMPARE(principals.size(), 1);
    QCOMPARE(principals[0]["appId"_L1].toString(), BlueprintAppId); // instantiated from the blueprint
    QCOMPARE(principals[0]["id"_L1].toString(), BlueprintPrincipalId);
}

void TestSandboxAgents::sponsors()
{
    const Response r = send(u"/v1.0/servicePrincipals/%1/microsoft.graph.agentIdentity/sponsors"_s.arg(AgentAmericas));
    QCOMPARE(r.status, 200);
    const QJsonArray value = json(r).value("value"_L1).toArray();
    QCOMPARE(value.size(), 2);
    QCOMPARE(value[0]["@odata.type"_L1].toString(), u"#microsoft.graph.user"_s);
    QCOMPARE(value[0]["userPrincipalName"_L1].toString(), u"megan@contoso.onmicrosoft.com"_s);
    QCOMPARE(value[1]["userPrincipalName"_L1].toString(), u"lidia@contoso.onmicrosoft.com"_s);
    // Delegated: "Not supported", whatever the scopes and roles.
    const QByteArray user = userToken(u"AgentIdentity.ReadWrite.All"_s, u"a11ce000-0000-4000-8000-000000000001"_s);
    QCOMPARE(send(u"/v1.0/servicePrincipals/%1/microsoft.graph.agentIdentity/sponsors"_s.arg(AgentAmericas), user).status,
             403);
}

void TestSandboxAgents::inheritablePermissionsAndGrants()
{
    const Response ip = send(
            u"/v1.0/applications/%1/microsoft.graph.agentIdentityBlueprint/inheritablePermissions"_s.arg(BlueprintObjectId));
    QCOMPARE(ip.status, 200);
    const QJsonObject first = json(ip).value("value"_L1)[0].toObject();
    QCOMPARE(first.value("resourceAppId"_L1).toString(), u"00000003-0000-0000-c000-000000000000"_s);
    QCOMPARE(first["inheritableScopes"_L1]["kind"_L1].toString(), u"enumerated"_s);
    const Response grants = send(u"/v1.0/servicePrincipals/%1/oauth2PermissionGrants"_s.arg(BlueprintPrincipalId));
    QCOMPARE(grants.status, 200);
    const QJsonArray g = json(grants).value("value"_L1).toArray();
    QCOMPARE(g.size(), 1);
    QCOMPARE(g[0]["clientId"_L1].toString(), BlueprintPrincipalId);
    QCOMPARE(g[0]["resourceId"_L1].toString(), u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s);
    QCOMPARE(g[0]["scope"_L1].toString(), u"User.Read Mail.Read Calendars.Read"_s);
}

void TestSandboxAgents::permissions_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("scopes"); // a delegated token's
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("status");
    const QString list = u"/v1.0/servicePrincipals/microsoft.graph.agentIdentity"_s;
    const QString adele = u"a11ce000-0000-4000-8000-000000000001"_s; // no Agent ID role
    // Application.Read.All is not among the list's permissions.
    QTest::newRow("list-application-read") << list << u"Application.Read.All"_s << adele << 403;
    QTest::newRow("list-no-agent-role") << list << u"AgentIdentity.Read.All"_s << adele << 403;
    QTest::newRow("blueprints-no-agent-role")
            << u"/v1.0/applications/microsoft.graph.agentIdentityBlueprint"_s << u"AgentIdentityBlueprint.Read.All"_s
            << adele << 403;
}

void TestSandboxAgents::permissions()
{
    QFETCH(QString, path);
    QFETCH(QString, scopes);
    QFETCH(QString, user);
    QFETCH(int, status);
    const Response r = send(path, userToken(scopes, user));
    QCOMPARE(r.status, status);
    QCOMPARE(json(r)["error"_L1]["code"_L1].toString(), u"Authorization_RequestDenied"_s);
}

// The sandbox's answer has every property of the reference page's example (tests/data/agents),
// with the same JSON type (null: any).
void TestSandboxAgents::fidelity_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("path");
    QTest::newRow("agentIdentity") << u"agentidentity-list.json"_s
                                   << u"/v1.0/servicePrincipals/microsoft.graph.agentIdentity"_s;
    QTest::newRow("blueprintPrincipal") << u"agentidentityblueprintprincipal-list.json"_s
                                        << u"/v1.0/servicePrincipals/microsoft.graph.agentIdentityBlueprintPrincipal"_s;
    QTest::newRow("inheritablePermissions")
            << u"inheritablepermissions-list.json"_s
            << u"/v1.0/applications/%1/microsoft.graph.agentIdentityBlueprint/inheritablePermissions"_s.arg(BlueprintObjectId);
}

void TestSandboxAgents::fidelity()
{
    QFETCH(QString, fixture);
    QFETCH(QString, path);
    QFile f(ie::test::testDataDir() + u"/agents/"_s + fixture);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject example = QJsonDocument::fromJson(f.readAll()).object().value("value"_L1)[0].toObject();
    const Response r = send(path);
    QCOMPARE(r.status, 200);
    const QJsonObject ours = json(r).value("value"_L1)[0].toObject();
    for (auto it = example.begin(); it != example.end(); ++it) {
        QVERIFY2(ours.contains(it.key()), qPrintable(it.key()));
        if (!it.value().isNull() && !ours.value(it.key()).isNull())
            QVERIFY2(ours.value(it.key()).type() == it.value().type(), qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestSandboxAgents)
#include "tst_sandboxagents.moc"
