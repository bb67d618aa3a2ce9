// The models of the grant panels: held app roles and RBAC assignments (names from the resource
// and the catalog, tiers, inheritance at the viewed scope) and the audit record.

#include "catalog/catalog.h"
#include "core/translations.h"
#include "models/auditmodel.h"
#include "models/heldapprolemodel.h"
#include "models/roleassignmentmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::models;

class TestGrantModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void heldAppRoles();
    void roleAssignments();
    void inheritance_data();
    void inheritance();
    void audit();
    void auditPerTenant();
    void auditWordsInGerman();

private:
    ie::catalog::Catalog m_catalog;
};

void TestGrantModels::initTestCase()
{
    QVERIFY(m_catalog.loadBundled().ok());
}

void TestGrantModels::heldAppRoles()
{
    HeldAppRoleModel model(&m_catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ie::graph::ResourceApi graph{u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s,
                                 u"00000003-0000-0000-c000-000000000000"_s,
                                 u"Microsoft Graph"_s,
                                 {},
                                 {}};
    ie::graph::AppRoleAssignment a{u"id1"_s,
                                   u"p"_s,
                                   u"vm"_s,
                                   graph.id,
                                   u"Microsoft Graph"_s,
                                   u"df021288-bdef-4463-88db-98f22de89214"_s,
                                   u"2025-03-01T10:00:00Z"_s};
    ie::graph::AppRoleAssignment b = a;
    b.id = u"id2"_s;
    b.appRoleId = u"06b708a9-e830-4db3-a914-8e69da51d44f"_s; // AppRoleAssignment.ReadWrite.All
    model.setAssignments({a, b}, {{graph.id, graph}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, HeldAppRoleModel::Role).data().toString(), u"User.Read.All"_s);
    QVERIFY(!model.index(0, HeldAppRoleModel::Description).data().toString().isEmpty());
    QCOMPARE(model.index(1, HeldAppRoleModel::Role).data().toString(),
             u"AppRoleAssignment.ReadWrite.All"_s);
    QCOMPARE(model.index(1, 0).data(HeldAppRoleModel::TierRole).toInt(),
             int(ie::catalog::Tier::Tier0));
    QCOMPARE(model.index(1, 0).data(HeldAppRoleModel::AssignmentIdRole).toString(), u"id2"_s);
    QVERIFY(model.holds(graph.id, u"DF021288-BDEF-4463-88DB-98F22DE89214"_s));
    QVERIFY(!model.holds(graph.id, u"5b567255-7703-4780-807c-7be8301ae99b"_s));
    QVERIFY(!model.headerData(HeldAppRoleModel::Role, Qt::Horizontal).toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGrantModels::roleAssignments()
{
    RoleAssignmentModel model(&m_catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ie::arm::RoleAssignment owner{
            u"/subscriptions/s/providers/Microsoft.Authorization/roleAssignments/1"_s,
            u"1"_s,
            u"/subscriptions/s"_s,
            {},
            u"8e3af657-a8ff-443c-a75c-2fe8c4bcb635"_s,
            u"p"_s,
            u"ServicePrincipal"_s,
            {}};
    ie::arm::RoleAssignment custom = owner;
    custom.roleDefinitionName = u"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"_s;
    custom.scope = u"/subscriptions/s/resourceGroups/rg"_s;
    model.setAssignments({owner, custom},
                         {{custom.roleDefinitionName, u"Contoso Orders Operator"_s}});
    QCOMPARE(model.index(0, RoleAssignmentModel::RoleName).data().toString(), u"Owner"_s);
    QCOMPARE(model.index(0, 0).data(RoleAssignmentModel::TierRole).toInt(),
             int(ie::catalog::Tier::Tier0));
    QCOMPARE(model.index(1, RoleAssignmentModel::RoleName).data().toString(),
             u"Contoso Orders Operator"_s);
    QCOMPARE(model.index(0, RoleAssignmentModel::Level).data().toString(),
             RoleAssignmentModel::tr("Subscription"));
    QCOMPARE(model.index(1, RoleAssignmentModel::Level).data().toString(),
             RoleAssignmentModel::tr("Resource group"));
}

void TestGrantModels::inheritance_data()
{
    QTest::addColumn<QString>("assigned");
    QTest::addColumn<QString>("viewed");
    QTest::addColumn<bool>("inherited");
    QTest::newRow("same scope") << u"/subscriptions/s/resourceGroups/rg"_s
                                << u"/subscriptions/s/resourceGroups/rg"_s << false;
    QTest::newRow("from subscription")
            << u"/subscriptions/s"_s << u"/subscriptions/s/resourceGroups/rg"_s << true;
    QTest::newRow("case") << u"/subscriptions/S"_s << u"/subscriptions/s/resourceGroups/rg"_s
                          << true;
    QTest::newRow("sibling prefix") << u"/subscriptions/s/resourceGroups/rg"_s
                                    << u"/subscriptions/s/resourceGroups/rg2"_s << false;
    QTest::newRow("below") << u"/subscriptions/s/resourceGroups/rg"_s << u"/subscriptions/s"_s
                           << false;
    QTest::newRow("nothing viewed") << u"/subscriptions/s"_s << QString() << false;
}

void TestGrantModels::inheritance()
{
    QFETCH(QString, assigned);
    QFETCH(QString, viewed);
    QFETCH(bool, inherited);
    RoleAssignmentModel model(&m_catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ie::arm::RoleAssignment a;
    a.id = assigned + u"/providers/Microsoft.Authorization/roleAssignments/1"_s;
    a.scope = assigned;
    a.roleDefinitionName = u"acdd72a7-3385-48ef-bd42-f606fba81ae7"_s;
    model.setAssignments({a});
    model.setViewedScope(viewed);
    QCOMPARE(model.index(0, 0).data(RoleAssignmentModel::InheritedRole).toBool(), inherited);
    QCOMPARE(model.index(0, RoleAssignmentModel::Inherited).data().toString().isEmpty(),
             !inherited);
}

void TestGrantModels::audit()
{
    QTemporaryDir dir;
    ie::AuditLog log(dir.filePath(u"audit.jsonl"_s));
    ie::AuditRecord r;
    r.action = u"grant-app-role"_s;
    r.result = u"granted"_s;
    QVERIFY(log.append(r).ok());
    AuditModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 1);
    r.action = u"revoke-app-role"_s;
    QVERIFY(log.append(r).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, AuditModel::Action).data().toString(), u"Revoke app role"_s);
    QCOMPARE(model.index(1, AuditModel::Result).data().toString(), u"granted"_s);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
}

void TestGrantModels::auditPerTenant()
{
    QTemporaryDir dir;
    ie::AuditLog log(dir.filePath(u"audit.jsonl"_s));
    ie::AuditRecord r;
    r.action = u"grant-app-role"_s;
    r.result = u"granted"_s;
    r.principal = u"sandbox admin app"_s;
    r.target = u"User.Read.All on Microsoft Graph to 1111"_s;
    r.identityDisplayName = u"func-timer-orders"_s;
    r.tier0Confirmed = true;
    r.confirmedBy = u"sandbox admin app"_s;
    // A sandbox run that has ended, then a real tenant.
    log.setTenant(u"sandbox-tenant"_s, true, u"run-1"_s);
    QVERIFY(log.append(r).ok());
    log.setTenant(u"real-tenant"_s, false);
    QVERIFY(log.append(r).ok());
    AuditModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 1); // the real tenant's record only
    QCOMPARE(model.index(0, AuditModel::Identity).data().toString(), u"func-timer-orders"_s);
    QCOMPARE(model.index(0, AuditModel::Tier0).data().toString(),
             u"confirmed by sandbox admin app"_s);
    QCOMPARE(model.index(0, AuditModel::Target).data(Qt::ToolTipRole).toString(), r.target);
    // The target, the longest text, is the last column: the view's stretch goes to it.
    QCOMPARE(int(AuditModel::Target), model.columnCount() - 1);
    // A new sandbox run shows nothing of the old one, and the old run's records are gone.
    log.setTenant(u"sandbox-tenant"_s, true, u"run-2"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(log.records().size(), 1);
    QVERIFY(log.append(r).ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, AuditModel::Tenant).data().toString().contains(u"sandbox"_s));
    QVERIFY(log.records().last().sandbox);
    QCOMPARE(log.records().last().sandboxRun, u"run-2"_s);
    // The same sandbox run again (signing in to it twice) keeps its records.
    log.setTenant(u"sandbox-tenant"_s, true, u"run-2"_s);
    QCOMPARE(model.rowCount(), 1);
}

void TestGrantModels::auditWordsInGerman()
{
    ie::installTranslators(*QCoreApplication::instance(), u"de"_s);
    QCOMPARE(AuditModel::actionText(u"grant-app-role"_s), u"App-Rolle erteilen"_s);
    QCOMPARE(AuditModel::resultText(u"granted"_s), u"erteilt"_s);
    QCOMPARE(AuditModel::resultText(u"failed: Authorization_RequestDenied"_s),
             u"fehlgeschlagen: Authorization_RequestDenied"_s);
    QCOMPARE(AuditModel::principalText(u"sandbox admin app"_s), u"Admin-App der Sandbox"_s);
    ie::installTranslators(*QCoreApplication::instance(), u"en"_s);
}

QTEST_GUILESS_MAIN(TestGrantModels)
#include "tst_grantmodels.moc"
