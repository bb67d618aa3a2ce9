// Management group scopes and the deterministic names: ARM's guid() bit for bit (Bicep's own
// known pair), scope parsing and inheritance through management groups, and the snippets and plan
// exports at every scope level, checked against each tool's documented syntax.

#include "arm/roleassignmentclient.h"
#include "arm/scopehierarchy.h"
#include "catalog/snippets.h"
#include "graph/grantplan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ie::arm::RoleAssignmentClient;
using ie::arm::ScopeHierarchy;

namespace {
const QString Tenant = u"8c2e4d6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f"_s;
const QString Root = u"/providers/Microsoft.Management/managementGroups/"_s + Tenant;
const QString Zones = u"/providers/Microsoft.Management/managementGroups/contoso-landing-zones"_s;
const QString Sub = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90"_s;
const QString Other = u"/subscriptions/7e4b2a9c-1d5f-4c8e-a3b6-9f0d2e7c1a54"_s;
const QString Rg = Sub + u"/resourceGroups/rg-data"_s;
const QString Kv = Rg + u"/providers/Microsoft.KeyVault/vaults/kv-contoso-prod"_s;
const QString Mi = u"d2e3f4a5-0003-4b6c-9d7e-8f9a0b1c2d3e"_s;
const QString Reader = u"acdd72a7-3385-48ef-bd42-f606fba81ae7"_s;

ScopeHierarchy contoso()
{
    ScopeHierarchy h;
    h.setParent(Zones, Root);
    h.setParent(Sub, Zones);
    return h;
}

ie::catalog::Entry readerRole()
{
    ie::catalog::Entry e;
    e.kind = ie::catalog::Kind::AzureRole;
    e.id = Reader;
    e.value = u"Reader"_s;
    e.displayName = u"Reader"_s;
    return e;
}
} // namespace

class TestMgScopes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void armGuid_data();
    void armGuid();
    void assignmentNameIsGuidOfLowerCase();
    void parse_data();
    void parse();
    void covers_data();
    void covers();
    void snippets_data();
    void snippets();
    void planAtManagementGroup();
};

void TestMgScopes::armGuid_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    // Published: Bicep's FunctionResolverTests evaluate guid('foo', 'bar', 'baz') to this.
    QTest::newRow("Bicep's own test") << QStringList{u"foo"_s, u"bar"_s, u"baz"_s}
                                      << u"2ed86837-7c7c-5eaa-9864-dd077fd19b0d"_s;
    // The rows below were computed with Python's uuid.uuid5 (an independent implementation of
    // RFC 4122 name-based UUIDs) over the '-'-joined UTF-8 text, as the row above shows ARM does.
    QTest::newRow("one argument") << QStringList{u"a"_s}
                                  << u"3703365d-5a9f-59b4-bca7-b9681389e4c1"_s;
    QTest::newRow("not ASCII: UTF-8, not UTF-16")
            << QStringList{QString::fromUtf8("Grüße"), QString::fromUtf8("€")}
            << u"0ae0a15f-88fe-565a-ba1b-84c5aeebe6ba"_s;
    QTest::newRow("a management group assignment") << QStringList{Zones.toLower(), Mi, Reader}
                                                   << u"4cb6dc6f-7606-5ff2-85e4-6f1dcdb57cfb"_s;
}

void TestMgScopes::armGuid()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(RoleAssignmentClient::armGuid(arguments), expected);
}

void TestMgScopes::assignmentNameIsGuidOfLowerCase()
{
    QCOMPARE(RoleAssignmentClient::assignmentName(Zones, Mi.toUpper(), Reader.toUpper()),
             u"4cb6dc6f-7606-5ff2-85e4-6f1dcdb57cfb"_s);
    QCOMPARE(RoleAssignmentClient::assignmentName(Kv, Mi, Reader),
             RoleAssignmentClient::armGuid({Kv.toLower(), Mi, Reader}));
    // Joined by '-': not the same as one argument without separators.
    QVERIFY(RoleAssignmentClient::armGuid({u"foo"_s, u"bar"_s})
            != RoleAssignmentClient::armGuid({u"foobar"_s}));
}

void TestMgScopes::parse_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("subscription");
    QTest::newRow("group") << Zones << u"contoso-landing-zones"_s << QString();
    QTest::newRow("root group") << Root << Tenant << QString();
    QTest::newRow("lower case") << u"/providers/microsoft.management/managementgroups/mg1"_s
                                << u"mg1"_s << QString();
    QTest::newRow("below a group is no group")
            << Zones + u"/providers/Microsoft.Authorization/roleAssignments/x"_s << QString()
            << QString();
    QTest::newRow("no name") << u"/providers/Microsoft.Management/managementGroups/"_s << QString()
                             << QString();
    QTest::newRow("subscription") << Sub << QString() << Sub;
    QTest::newRow("resource") << Kv << QString() << Sub;
    QTest::newRow("root") << u"/"_s << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestMgScopes::parse()
{
    QFETCH(QString, scope);
    QFETCH(QString, group);
    QFETCH(QString, subscription);
    QCOMPARE(ScopeHierarchy::managementGroupName(scope), group);
    QCOMPARE(ScopeHierarchy::isManagementGroup(scope), !group.isEmpty());
    QCOMPARE(ScopeHierarchy::subscriptionOf(scope), subscription);
    if (!group.isEmpty())
        QCOMPARE(ScopeHierarchy::managementGroupScope(group).toLower(), scope.toLower());
}

void TestMgScopes::covers_data()
{
    QTest::addColumn<QString>("ancestor");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("covers");
    QTest::newRow("group -> its subscription") << Zones << Sub << true;
    QTest::newRow("group -> a resource in it") << Zones << Kv << true;
    QTest::newRow("root -> through the child group") << Root << Kv << true;
    QTest::newRow("root -> child group") << Root << Zones << true;
    QTest::newRow("group -> itself") << Zones << Zones << true;
    QTest::newRow("group -> subscription elsewhere") << Zones << Other << false;
    QTest::newRow("child group -> root") << Zones << Root << false;
    QTest::newRow("subscription -> group") << Sub << Zones << false;
    QTest::newRow("path prefix") << Sub << Kv << true;
    QTest::newRow("case") << Sub.toUpper() << Kv << true;
    QTest::newRow("no prefix by accident") << Sub.chopped(1) << Sub << false;
    QTest::newRow("tenant root /") << u"/"_s << Zones << true;
    QTest::newRow("unknown group")
            << u"/providers/Microsoft.Management/managementGroups/x"_s << Sub << false;
}

void TestMgScopes::covers()
{
    QFETCH(QString, ancestor);
    QFETCH(QString, scope);
    QFETCH(bool, covers);
    QCOMPARE(contoso().covers(ancestor, scope), covers);
    // A cycle in bad data ends.
    ScopeHierarchy loop = contoso();
    loop.setParent(Root, Zones);
    if (!covers)
        QVERIFY(!loop.covers(u"/providers/Microsoft.Management/managementGroups/x"_s, scope));
}

void TestMgScopes::snippets_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("contains");
    const QString mgRole = u"/providers/Microsoft.Authorization/roleDefinitions/"_s + Reader;
    // az role assignment create --scope /providers/Microsoft.Management/managementGroups/X
    QTest::newRow("az at group") << Zones << u"az-role"_s
                                 << QStringList{u"az role assignment create"_s,
                                                u"--scope \"%1\""_s.arg(Zones),
                                                u"--role \"%1\""_s.arg(Reader)};
    // azurerm_role_assignment: scope is any ARM scope; a group takes the tenant-level role id.
    QTest::newRow("Terraform at group")
            << Zones << u"terraform-rbac"_s
            << QStringList{u"resource \"azurerm_role_assignment\""_s,
                           u"scope              = \"%1\""_s.arg(Zones),
                           u"role_definition_id = \"%1\""_s.arg(mgRole)};
    QTest::newRow("curl at group")
            << Zones << u"curl-rbac"_s
            << QStringList{u"%1/providers/Microsoft.Authorization/roleAssignments/"_s.arg(Zones),
                           u"\\\"roleDefinitionId\\\": \\\"%1\\\""_s.arg(mgRole)};
    // Bicep: targetScope 'managementGroup', managementGroup().id, tenantResourceId() for roles.
    QTest::newRow("Bicep at group")
            << Zones << u"bicep-rbac"_s
            << QStringList{
                       u"targetScope = 'managementGroup'"_s,
                       u"az deployment mg create --management-group-id contoso-landing-zones"_s,
                       u"name: guid(toLower(managementGroup().id), '%1', '%2')"_s.arg(Mi, Reader),
                       u"roleDefinitionId: tenantResourceId('Microsoft.Authorization/"
                       "roleDefinitions', '%1')"_s.arg(Reader)};
    QTest::newRow("Bicep at subscription")
            << Sub << u"bicep-rbac"_s
            << QStringList{u"targetScope = 'subscription'"_s,
                           u"name: guid(toLower(subscription().id), '%1', '%2')"_s.arg(Mi, Reader),
                           u"subscriptionResourceId('Microsoft.Authorization/roleDefinitions'"_s};
    QTest::newRow("Bicep at resource group")
            << Rg << u"bicep-rbac"_s
            << QStringList{
                       u"az deployment group create --resource-group rg-data"_s,
                       u"name: guid(toLower(resourceGroup().id), '%1', '%2')"_s.arg(Mi, Reader)};
    QTest::newRow("Bicep at resource")
            << Kv << u"bicep-rbac"_s
            << QStringList{u"resource target 'Microsoft.KeyVault/vaults@<api-version>' existing"_s,
                           u"name: 'kv-contoso-prod'"_s, u"  scope: target\n"_s,
                           u"name: guid(toLower(target.id), '%1', '%2')"_s.arg(Mi, Reader)};
}

void TestMgScopes::snippets()
{
    QFETCH(QString, scope);
    QFETCH(QString, id);
    QFETCH(QStringList, contains);
    ie::catalog::SnippetTarget t;
    t.principalObjectId = Mi;
    t.scope = scope;
    QString text;
    for (const ie::catalog::Snippet &s : ie::catalog::snippetsFor(readerRole(), t)) {
        if (s.id == id)
            text = s.text;
    }
    QVERIFY2(!text.isEmpty(), qPrintable(id));
    for (const QString &c : contains)
        QVERIFY2(text.contains(c), qPrintable(u"%1 not in:\n%2"_s.arg(c, text)));
    // The Bicep name is guid() of what this app derives its name from: the same name.
    if (id == "bicep-rbac"_L1)
        QVERIFY(text.contains(u"'%1', '%2')"_s.arg(Mi.toLower(), Reader)));
    // A subscription-level id never appears at a group.
    if (ScopeHierarchy::isManagementGroup(scope))
        QVERIFY(!text.contains(u"/subscriptions/"_s));
}

void TestMgScopes::planAtManagementGroup()
{
    ie::graph::PlannedChange c;
    c.action = ie::graph::PlannedChange::Action::CreateRoleAssignment;
    c.principalId = Mi;
    c.principalName = u"id-dev-unused"_s;
    c.scope = Zones;
    c.roleDefinitionGuid = Reader;
    c.roleName = u"Reader"_s;
    ie::graph::GrantPlan plan;
    plan.add(c);
    const QList<ie::graph::PlannedRequest> requests = plan.requests();
    QCOMPARE(requests.size(), 1);
    const QString name = RoleAssignmentClient::assignmentName(Zones, Mi, Reader);
    QCOMPARE(requests[0].method, QByteArray("PUT"));
    QCOMPARE(requests[0].url,
             u"https://management.azure.com%1/providers/Microsoft.Authorization/roleAssignments/"
             "%2?api-version=2022-04-01"_s.arg(Zones, name));
    QVERIFY(requests[0].body.contains(
            u"\"roleDefinitionId\": \"/providers/Microsoft.Authorization/roleDefinitions/%1\""_s
                    .arg(Reader)));
    bool labelled = false;
    for (const auto &l : requests[0].labels)
        labelled = labelled || (l.first == u"contoso-landing-zones"_s);
    QVERIFY(labelled);
    const QString bicep = plan.exportAs(ie::graph::GrantPlan::Format::Bicep);
    QVERIFY(bicep.contains(u"targetScope = 'managementGroup'"_s));
    const QString az = plan.exportAs(ie::graph::GrantPlan::Format::AzCli);
    QVERIFY2(az.contains(Zones), qPrintable(az));
    // Deleting at a group: the same derived name, the group's path.
    c.action = ie::graph::PlannedChange::Action::DeleteRoleAssignment;
    c.assignmentId = Zones + u"/providers/Microsoft.Authorization/roleAssignments/"_s + name;
    ie::graph::GrantPlan removal;
    removal.add(c);
    QCOMPARE(removal.requests()[0].method, QByteArray("DELETE"));
    QVERIFY(removal.requests()[0].url.startsWith(u"https://management.azure.com"_s + Zones));
}

QTEST_GUILESS_MAIN(TestMgScopes)
#include "tst_mgscopes.moc"
