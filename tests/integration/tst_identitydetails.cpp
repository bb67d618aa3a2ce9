// IdentityDetailsLoader against the sandbox: a user-assigned identity's key credential and
// federated identity credentials, an application's exposed app roles, a client secret's expiry,
// and what happens when Graph or ARM fails.

#include "catalog/catalog.h"
#include "models/heldapprolemodel.h"
#include "models/identitydetailsloader.h"
#include "models/identitytreemodel.h"
#include "models/roleassignmentmodel.h"
#include "sandbox/faultinjector.h"
#include "sandbox/tenantstate.h"
#include "sandboxfixture.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using ie::models::Identity;
using ie::models::IdentityDetailsLoader;

namespace {
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s; // vm-batch-01
const QString FuncTimer = u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s; // holds User.Read.All
const QString UserReadAll = u"df021288-bdef-4463-88db-98f22de89214"_s;
const QString GroupReadAll = u"5b567255-7703-4780-807c-7be8301ae99b"_s;
const QString Reader = u"acdd72a7-3385-48ef-bd42-f606fba81ae7"_s;
const QString GraphAppId = u"00000003-0000-0000-c000-000000000000"_s;
} // namespace

class TestIdentityDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup() { m_sandbox.server().faults().clear(); }
    void userAssignedIdentity();
    void applicationRolesAndSecret();
    void failuresAreReported_data();
    void failuresAreReported();
    void heldAppRolesAndRoleAssignments();
    void roleAssignmentsForbidden_data();
    void roleAssignmentsForbidden();

private:
    Identity identity(const QString &objectId, Identity::Kind kind, const QString &resourceId = {});
    ie::test::SandboxFixture m_sandbox;
    const QString m_uami
            = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-orders-shared"_s;
};

void TestIdentityDetails::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

Identity TestIdentityDetails::identity(const QString &objectId, Identity::Kind kind,
                                       const QString &resourceId)
{
    Identity i;
    i.objectId = objectId;
    i.kind = kind;
    i.resourceId = resourceId;
    return i;
}

void TestIdentityDetails::userAssignedIdentity()
{
    IdentityDetailsLoader loader(&m_sandbox.client());
    loader.load(identity(u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s, Identity::Kind::UserAssigned,
                         m_uami));
    QTRY_VERIFY_WITH_TIMEOUT(loader.isFinished(), 20000);
    const auto &d = loader.details();
    QVERIFY2(d.graphError.isEmpty() && d.armError.isEmpty(), qPrintable(d.graphError + d.armError));
    QCOMPARE(d.credentials.size(), 1);
    QVERIFY(d.credentials.first().certificate);
    QCOMPARE(d.credentials.first().end,
             QDateTime(QDate(2027, 1, 20), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(d.federated.size(), 2);
    QCOMPARE(d.federated.first().name, u"github-main"_s);
    QCOMPARE(d.federated.first().issuer, u"https://token.actions.githubusercontent.com"_s);
    QCOMPARE(d.federated.first().subject, u"repo:contoso/orders:ref:refs/heads/main"_s);
    QCOMPARE(d.federated.first().audiences, QStringList{u"api://AzureADTokenExchange"_s});
}

void TestIdentityDetails::applicationRolesAndSecret()
{
    IdentityDetailsLoader loader(&m_sandbox.client());
    loader.load(identity(u"b1a2c3d4-0001-4e5f-8a9b-c0d1e2f3a4b5"_s, Identity::Kind::Application));
    QTRY_VERIFY_WITH_TIMEOUT(loader.isFinished(), 20000);
    const auto &d = loader.details();
    QCOMPARE(d.appRoles.size(), 2);
    QCOMPARE(d.appRoles.first().value, u"Orders.Read.All"_s);
    QCOMPARE(d.appRoles.first().description,
             u"Allows the app to read every order without a signed-in user."_s);
    QVERIFY(d.federated.isEmpty()); // not asked of ARM for an application

    // The sandbox admin app has a client secret (its text never comes back from Graph).
    const QString adminObjectId
            = m_sandbox.server().state().spByAppId(m_sandbox.server().adminClientId())->id;
    loader.load(identity(adminObjectId, Identity::Kind::Application));
    QTRY_VERIFY_WITH_TIMEOUT(loader.isFinished(), 20000);
    QCOMPARE(loader.details().credentials.size(), 1);
    QVERIFY(!loader.details().credentials.first().certificate);
    QVERIFY(!loader.details().credentials.first().expiredAt(QDateTime::currentDateTimeUtc()));
}

void TestIdentityDetails::failuresAreReported_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("graphFails");
    QTest::addColumn<bool>("armFails");
    QTest::newRow("graph 500") << u"graph:/v1.0/servicePrincipals/*=500"_s << true << false;
    QTest::newRow("arm 500") << u"arm:*federatedIdentityCredentials*=500"_s << false << true;
}

void TestIdentityDetails::failuresAreReported()
{
    QFETCH(QString, fault);
    QVERIFY(m_sandbox.server().faults().addSpec(fault));
    IdentityDetailsLoader loader(&m_sandbox.client());
    loader.load(identity(u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s, Identity::Kind::UserAssigned,
                         m_uami));
    QTRY_VERIFY_WITH_TIMEOUT(loader.isFinished(), 30000);
    QTEST(!loader.details().graphError.isEmpty(), "graphFails");
    QTEST(!loader.details().armError.isEmpty(), "armFails");
    QFETCH(bool, armFails);
    if (armFails)
        QCOMPARE(loader.details().credentials.size(), 1); // Graph's part still shows
    else
        QCOMPARE(loader.details().federated.size(), 2);
}

void TestIdentityDetails::heldAppRolesAndRoleAssignments()
{
    // Grant vm-batch-01 an app role on Microsoft Graph and Reader on its subscription.
    ie::sandbox::TenantState &state = m_sandbox.server().state();
    const QString graphSp = state.spByAppId(GraphAppId)->id;
    ie::sandbox::AppRoleAssignment granted;
    QCOMPARE(state.addAppRoleAssignment(VmBatch, graphSp, GroupReadAll, &granted), QString());
    const Identity vm = ie::models::IdentityTreeModel::fromGraph(state.spById(VmBatch)->json);
    QVERIFY(!vm.resourceId.isEmpty());
    const QString sub = vm.resourceId.section(u'/', 0, 2);
    ie::sandbox::RoleAssignment reader;
    reader.name = ie::sandbox::newGuid();
    reader.scope = sub;
    reader.roleDefinitionName = Reader;
    reader.principalId = VmBatch;
    state.roleAssignments.append(reader);
    auto undo = qScopeGuard([&] {
        state.removeAppRoleAssignment(VmBatch, granted.id);
        state.roleAssignments.removeIf(
                [&](const ie::sandbox::RoleAssignment &a) { return a.name == reader.name; });
    });

    ie::catalog::Catalog catalog;
    QVERIFY(catalog.loadBundled());
    IdentityDetailsLoader loader(&m_sandbox.client());
    loader.setCatalog(&catalog);
    loader.load(vm);
    QTRY_VERIFY_WITH_TIMEOUT(loader.isFinished(), 20000);
    const auto &d = loader.details();
    QVERIFY2(d.heldError.isEmpty() && d.rbacError.isEmpty() && d.rbacWarnings.isEmpty(),
             qPrintable(d.heldError + d.rbacError + d.rbacWarnings.join(u' ')));

    using Held = ie::models::HeldAppRoleModel;
    const Held *held = loader.heldAppRoles();
    QCOMPARE(held->rowCount(), 1);
    QCOMPARE(held->index(0, Held::Role).data().toString(),
             u"Group.Read.All"_s); // a name, not a GUID
    QCOMPARE(held->index(0, Held::Resource).data().toString(), u"Microsoft Graph"_s);
    QVERIFY(!held->index(0, Held::Description).data().toString().isEmpty());

    using Rbac = ie::models::RoleAssignmentModel;
    const Rbac *rbac = loader.roleAssignments();
    int at = -1;
    for (int r = 0; r < rbac->rowCount(); ++r) {
        if (rbac->assignment(r).name == reader.name)
            at = r;
    }
    QVERIFY(at >= 0);
    QCOMPARE(rbac->roleNameAt(at), u"Reader"_s);
    QCOMPARE(rbac->assignment(at).scope, sub);
    // Made on its subscription, above its VM: inherited.
    QVERIFY(rbac->index(at, 0).data(Rbac::InheritedRole).toBool());

    // The next identity shows its own roles only: func-timer holds User.Read.All.
    loader.load(ie::models::IdentityTreeModel::fromGraph(state.spById(FuncTimer)->json));
    QCOMPARE(loader.heldAppRoles()->rowCount(), 0); // cleared at once
    QTRY_VERIFY_WITH_TIMEOUT(loader.isFinished(), 20000);
    QVERIFY(loader.heldAppRoles()->holds(graphSp, UserReadAll));
    for (int r = 0; r < loader.roleAssignments()->rowCount(); ++r)
        QCOMPARE(loader.roleAssignments()->assignment(r).principalId, FuncTimer);
}

void TestIdentityDetails::roleAssignmentsForbidden_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("whole"); // the subscriptions themselves refused
    QTest::newRow("per subscription") << u"arm:*/roleAssignments*=403"_s << false;
    QTest::newRow("subscriptions") << u"arm:/subscriptions?api-version*=403"_s << true;
}

void TestIdentityDetails::roleAssignmentsForbidden()
{
    QFETCH(QString, fault);
    QFETCH(bool, whole);
    QVERIFY(m_sandbox.server().faults().addSpec(fault));
    IdentityDetailsLoader loader(&m_sandbox.client());
    loader.load(ie::models::IdentityTreeModel::fromGraph(
            m_sandbox.server().state().spById(FuncTimer)->json));
    QTRY_VERIFY_WITH_TIMEOUT(loader.isFinished(), 20000);
    const auto &d = loader.details();
    // ARM says what is missing; Graph's part still shows.
    const QString said = whole ? d.rbacError : d.rbacWarnings.join(u' ');
    QVERIFY2(said.contains(u"403"_s) && said.contains(u"Reader"_s), qPrintable(said));
    QCOMPARE(d.rbacError.isEmpty(), !whole);
    QVERIFY(d.heldError.isEmpty());
    QCOMPARE(loader.heldAppRoles()->rowCount(), 1);
    QCOMPARE(loader.roleAssignments()->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestIdentityDetails)
#include "tst_identitydetails.moc"
