// The permissions layer against the sandbox: the per-identity store reads every kind once, the
// plan job runs plans of any kind (finishes once, cancel included; retries what the service says
// to retry; "already exists" is done) and writes the audit record itself.

#include "sandboxfixture.h"

#include "arm/roleassignmentclient.h"
#include "catalog/catalog.h"
#include "core/auditlog.h"
#include "graph/approleclient.h"
#include "permissions/approlekind.h"
#include "permissions/azurerolekind.h"
#include "permissions/permissionstore.h"
#include "permissions/planjob.h"
#include "sandbox/faultinjector.h"
#include "sandbox/tenantstate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ie::graph::PlannedChange;
using ie::permissions::ChangeOutcome;
using ie::permissions::Kind;

namespace {
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s; // vm-batch-01, no Graph roles
const QString FuncTimer = u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s; // holds User.Read.All
const QString UnusedUami = u"d2e3f4a5-0003-4b6c-9d7e-8f9a0b1c2d3e"_s; // id-dev-unused
const QString KvReader = u"d2e3f4a5-0002-4b6c-9d7e-8f9a0b1c2d3e"_s; // KV Secrets User on kv
const QString Sub = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90"_s;
const QString Reader = u"acdd72a7-3385-48ef-bd42-f606fba81ae7"_s;
const QString MonitoringReader = u"43d0d8ad-25c7-4714-9337-8ba259a9fe05"_s;
const QString KvSecretsUser = u"4633458b-17de-408a-b874-0445c86b69e6"_s;
const QString UserReadAll = u"df021288-bdef-4463-88db-98f22de89214"_s;
const QString GroupReadAll = u"5b567255-7703-4780-807c-7be8301ae99b"_s;
const QString GraphAppId = u"00000003-0000-0000-c000-000000000000"_s;
} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void storeReadsEveryKindOnce();
    void storeDropsAnswersOfAClearedSession();
    void planJobGrantsAndAudits();
    void planJobRetriesWhatGraphSaysToRetry_data();
    void planJobRetriesWhatGraphSaysToRetry();
    void planJobWaitsForArmToKnowANewIdentity();
    void alreadyExistsIsDone();
    void cancelBeforeStartFinishesOnce();
    void cancelWhileRunningFinishesOnceAndStillAudits();
    void changeNoKindHandlesFails();
    void mixedPlanRunsEveryKind();

private:
    ie::permissions::Grantable graphRole(const QString &id);
    // Runs `plan` to its end; returns its outcomes.
    QList<ChangeOutcome> run(const ie::graph::GrantPlan &plan, bool tier0Confirmed = false);

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ie::AuditLog> m_audit;
    std::unique_ptr<ie::catalog::Catalog> m_catalog;
    std::unique_ptr<ie::graph::AppRoleClient> m_graph;
    std::unique_ptr<ie::arm::RoleAssignmentClient> m_arm;
    std::unique_ptr<ie::permissions::AppRoleKind> m_appRoles;
    std::unique_ptr<ie::permissions::AzureRoleKind> m_azureRoles;
    std::unique_ptr<ie::permissions::PermissionStore> m_store;
};

void TestPermissions::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_audit = std::make_unique<ie::AuditLog>(m_dir->filePath(u"audit.jsonl"_s));
    m_audit->setTenant(m_sandbox->server().tenantId(), true);
    m_catalog = std::make_unique<ie::catalog::Catalog>();
    QVERIFY(m_catalog->loadBundled().ok());
    m_graph = std::make_unique<ie::graph::AppRoleClient>(&m_sandbox->client());
    m_graph->setReplicationDelays({20ms, 40ms, 80ms, 160ms});
    m_arm = std::make_unique<ie::arm::RoleAssignmentClient>(&m_sandbox->client());
    m_appRoles = std::make_unique<ie::permissions::AppRoleKind>(m_graph.get(), m_catalog.get());
    m_azureRoles = std::make_unique<ie::permissions::AzureRoleKind>(m_arm.get(), m_catalog.get());
    m_azureRoles->setCreateDelays({20ms, 40ms, 80ms});
    m_store = std::make_unique<ie::permissions::PermissionStore>();
    m_store->addKind(m_appRoles.get());
    m_store->addKind(m_azureRoles.get());
}

void TestPermissions::cleanup()
{
    m_store.reset();
    m_azureRoles.reset();
    m_appRoles.reset();
    m_arm.reset();
    m_graph.reset();
    m_catalog.reset();
    m_audit.reset();
    m_dir.reset();
    m_sandbox.reset();
}

ie::permissions::Grantable TestPermissions::graphRole(const QString &id)
{
    std::optional<QList<ie::permissions::Grantable>> all;
    m_appRoles->listGrantable({}, this,
                              [&all](const ie::Result<QList<ie::permissions::Grantable>> &r) {
                                  all = r.ok() ? *r : QList<ie::permissions::Grantable>{};
                              });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), 20000);
    }();
    for (const auto &g : all.value_or(QList<ie::permissions::Grantable>{})) {
        if (g.resourceAppId == GraphAppId && g.id == id)
            return g;
    }
    return {};
}

QList<ChangeOutcome> TestPermissions::run(const ie::graph::GrantPlan &plan, bool tier0Confirmed)
{
    ie::permissions::PlanJob job(
            plan, {m_appRoles.get(), m_azureRoles.get()}, m_audit.get(),
            {u"sandbox admin app"_s, m_sandbox->server().tenantId(), tier0Confirmed});
    QSignalSpy finished(&job, &ie::permissions::PlanJob::finished);
    QSignalSpy each(&job, &ie::permissions::PlanJob::changeFinished);
    job.start();
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    }();
    QTest::qWait(0);
    [&] {
        QCOMPARE(finished.size(), 1);
        QCOMPARE(each.size(), plan.changes().size());
    }();
    return job.outcomes();
}

void TestPermissions::storeReadsEveryKindOnce()
{
    QSignalSpy changed(m_store.get(), &ie::permissions::PermissionStore::changed);
    m_store->ensureLoaded(FuncTimer);
    m_store->ensureLoaded(FuncTimer); // loading already: no second read
    QVERIFY(m_store->isLoading(FuncTimer));
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->isLoading(FuncTimer), 20000);
    QCOMPARE(changed.size(), 2); // one per kind
    const ie::permissions::IdentityPermissions p = m_store->permissions(FuncTimer);
    QVERIFY(p.isLoaded(Kind::AppRole));
    QVERIFY(p.isLoaded(Kind::AzureRole));
    bool userReadAll = false;
    for (const auto &h : p.ofKind(Kind::AppRole)) {
        if (h.roleId == UserReadAll) {
            userReadAll = true;
            QCOMPARE(h.roleName, u"User.Read.All"_s);
            QCOMPARE(h.resourceAppId, GraphAppId);
            QCOMPARE(h.source, ie::permissions::Source::Direct);
        }
    }
    QVERIFY(userReadAll);

    // The Key Vault reader: its Azure role, named through the catalog, at the vault's scope.
    m_store->ensureLoaded(KvReader);
    QTRY_VERIFY_WITH_TIMEOUT(m_store->permissions(KvReader).isLoaded(Kind::AzureRole), 20000);
    const auto roles = m_store->permissions(KvReader).ofKind(Kind::AzureRole);
    QVERIFY(!roles.isEmpty());
    QCOMPARE(roles.constFirst().roleId, KvSecretsUser);
    QCOMPARE(roles.constFirst().roleName, u"Key Vault Secrets User"_s);
    QVERIFY(roles.constFirst().scope.contains(u"kv-contoso-prod"_s));
}

void TestPermissions::storeDropsAnswersOfAClearedSession()
{
    QSignalSpy changed(m_store.get(), &ie::permissions::PermissionStore::changed);
    m_store->ensureLoaded(FuncTimer);
    m_store->clear(); // a sign-in to another tenant
    QTest::qWait(500);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_store->permissions(FuncTimer).isLoaded(Kind::AppRole));
}

void TestPermissions::planJobGrantsAndAudits()
{
    const ie::permissions::Grantable g = graphRole(UserReadAll);
    QVERIFY(!g.id.isEmpty());
    ie::graph::GrantPlan plan;
    plan.add(m_appRoles->planGrant(VmBatch, u"vm-batch-01"_s, g, {}));
    const QList<ChangeOutcome> out = run(plan);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].status, ChangeOutcome::Status::Done);
    QVERIFY(!out[0].assignmentId.isEmpty());
    const auto records = m_audit->records();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].action, u"grant-app-role"_s);
    QCOMPARE(records[0].result, u"granted"_s);
    QCOMPARE(records[0].principal, u"sandbox admin app"_s);
    QCOMPARE(records[0].identityObjectId, VmBatch);
    QCOMPARE(records[0].identityDisplayName, u"vm-batch-01"_s);
    QVERIFY(!records[0].requestId.isEmpty());

    // The store, refreshed, lists it; a revoke planned from what it holds takes it away.
    m_store->refresh(VmBatch);
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->isLoading(VmBatch), 20000);
    const auto held = m_store->permissions(VmBatch).ofKind(Kind::AppRole);
    QCOMPARE(held.size(), 1);
    ie::graph::GrantPlan revoke;
    revoke.add(m_appRoles->planRevoke(held[0], u"vm-batch-01"_s));
    QCOMPARE(run(revoke).value(0).status, ChangeOutcome::Status::Done);
    QCOMPARE(m_audit->records().constLast().result, u"revoked"_s);
    // Revoking what is gone is done too (Graph: 404).
    QCOMPARE(run(revoke).value(0).status, ChangeOutcome::Status::AlreadyDone);
}

void TestPermissions::planJobRetriesWhatGraphSaysToRetry_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("replication 404")
            << u"POST graph:/v1.0/servicePrincipals/*/appRoleAssignments=notfound@2"_s;
    QTest::newRow("replication 400")
            << u"POST graph:/v1.0/servicePrincipals/*/appRoleAssignments=badref@2"_s;
    QTest::newRow("429") << u"POST graph:/v1.0/servicePrincipals/*/appRoleAssignments=429:1@1"_s;
    QTest::newRow("429 on $batch") << u"POST graph:/v1.0/$batch=429:1@1"_s;
}

void TestPermissions::planJobRetriesWhatGraphSaysToRetry()
{
    QFETCH(QString, fault);
    ie::graph::GrantPlan plan;
    plan.add(m_appRoles->planGrant(VmBatch, u"vm-batch-01"_s, graphRole(UserReadAll), {}));
    plan.add(m_appRoles->planGrant(VmBatch, u"vm-batch-01"_s, graphRole(GroupReadAll), {}));
    QString error;
    QVERIFY2(m_sandbox->server().faults().addSpec(fault, &error), qPrintable(error));
    const QList<ChangeOutcome> out = run(plan);
    QCOMPARE(out.size(), 2);
    for (const ChangeOutcome &o : out)
        QCOMPARE(o.status, ChangeOutcome::Status::Done);
}

void TestPermissions::planJobWaitsForArmToKnowANewIdentity()
{
    m_sandbox->server().state().armReplicationLag.insert(UnusedUami, 2);
    ie::permissions::Grantable reader;
    reader.id = Reader;
    reader.name = u"Reader"_s;
    ie::graph::GrantPlan plan;
    plan.add(m_azureRoles->planGrant(UnusedUami, u"id-dev-unused"_s, reader, Sub));
    ie::permissions::PlanJob job(plan, {m_appRoles.get(), m_azureRoles.get()}, m_audit.get(),
                                 {u"sandbox admin app"_s, m_sandbox->server().tenantId(), false});
    QSignalSpy waiting(&job, &ie::permissions::PlanJob::waiting);
    QSignalSpy finished(&job, &ie::permissions::PlanJob::finished);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(job.outcomes().value(0).status, ChangeOutcome::Status::Done);
    QCOMPARE(m_audit->records().constLast().action, u"create-role-assignment"_s);
    QCOMPARE(m_audit->records().constLast().result, u"granted"_s);
}

void TestPermissions::alreadyExistsIsDone()
{
    // FuncTimer holds User.Read.All already; the Key Vault reader its role on the vault.
    ie::graph::GrantPlan plan;
    plan.add(m_appRoles->planGrant(FuncTimer, u"func-timer"_s, graphRole(UserReadAll), {}));
    const QList<ChangeOutcome> out = run(plan);
    QCOMPARE(out.value(0).status, ChangeOutcome::Status::AlreadyDone);
    QCOMPARE(m_audit->records().constLast().result, u"already-held"_s);

    m_store->ensureLoaded(KvReader);
    QTRY_VERIFY_WITH_TIMEOUT(m_store->permissions(KvReader).isLoaded(Kind::AzureRole), 20000);
    const auto held = m_store->permissions(KvReader).ofKind(Kind::AzureRole);
    QVERIFY(!held.isEmpty());
    ie::permissions::Grantable again;
    again.id = held[0].roleId;
    again.name = held[0].roleName;
    ie::graph::GrantPlan twice;
    twice.add(m_azureRoles->planGrant(KvReader, u"kv-reader"_s, again, held[0].scope));
    QCOMPARE(run(twice).value(0).status, ChangeOutcome::Status::AlreadyDone);
    QCOMPARE(m_audit->records().constLast().result, u"already-granted"_s);
}

void TestPermissions::cancelBeforeStartFinishesOnce()
{
    ie::graph::GrantPlan plan;
    plan.add(m_appRoles->planGrant(VmBatch, u"vm-batch-01"_s, graphRole(UserReadAll), {}));
    ie::permissions::PlanJob job(plan, {m_appRoles.get()}, m_audit.get(),
                                 {u"sandbox admin app"_s, m_sandbox->server().tenantId(), false});
    QSignalSpy finished(&job, &ie::permissions::PlanJob::finished);
    job.cancel();
    job.cancel();
    job.start(); // a cancelled job does not start
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job.outcomes().size(), 1);
    QCOMPARE(job.outcomes()[0].status, ChangeOutcome::Status::Cancelled);
    QCOMPARE(m_audit->records().constLast().result, u"cancelled"_s);
    m_store->refresh(VmBatch);
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->isLoading(VmBatch), 20000);
    QVERIFY(m_store->permissions(VmBatch).isLoaded(Kind::AppRole));
    QVERIFY(m_store->permissions(VmBatch).ofKind(Kind::AppRole).isEmpty());
}

void TestPermissions::cancelWhileRunningFinishesOnceAndStillAudits()
{
    // App roles first (answered slowly), then an Azure role that is never sent.
    QVERIFY(m_sandbox->server().faults().addSpec(
            u"POST graph:/v1.0/servicePrincipals/*/appRoleAssignments=latency:400@1"_s));
    ie::permissions::Grantable reader;
    reader.id = Reader;
    reader.name = u"Reader"_s;
    ie::graph::GrantPlan plan;
    plan.add(m_appRoles->planGrant(VmBatch, u"vm-batch-01"_s, graphRole(UserReadAll), {}));
    plan.add(m_azureRoles->planGrant(VmBatch, u"vm-batch-01"_s, reader, Sub));
    ie::permissions::PlanJob job(plan, {m_appRoles.get(), m_azureRoles.get()}, m_audit.get(),
                                 {u"sandbox admin app"_s, m_sandbox->server().tenantId(), false});
    QSignalSpy finished(&job, &ie::permissions::PlanJob::finished);
    QSignalSpy each(&job, &ie::permissions::PlanJob::changeFinished);
    job.start();
    QTest::qWait(100); // the POST is on its way
    job.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(each.size(), 1); // the Azure role, never sent
    QCOMPARE(job.outcomes()[0].change.action, PlannedChange::Action::CreateRoleAssignment);
    QCOMPARE(job.outcomes()[0].status, ChangeOutcome::Status::Cancelled);
    // The grant in flight still lands, and the audit record says so.
    QTRY_COMPARE_WITH_TIMEOUT(m_audit->records().size(), 2, 20000);
    QCOMPARE(m_audit->records().constLast().result, u"granted"_s);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(each.size(), 1);
}

void TestPermissions::changeNoKindHandlesFails()
{
    ie::permissions::Grantable reader;
    reader.id = Reader;
    ie::graph::GrantPlan plan;
    plan.add(m_azureRoles->planGrant(VmBatch, u"vm-batch-01"_s, reader, Sub));
    ie::permissions::PlanJob job(plan, {m_appRoles.get()}, m_audit.get(), {});
    QSignalSpy finished(&job, &ie::permissions::PlanJob::finished);
    job.start();
    QCOMPARE(finished.size(), 0); // start() only schedules
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(job.outcomes().value(0).status, ChangeOutcome::Status::Failed);
    QCOMPARE(job.outcomes().value(0).error->kind, ie::ApiError::Kind::InvalidInput);
}

void TestPermissions::mixedPlanRunsEveryKind()
{
    m_store->ensureLoaded(VmBatch);
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->isLoading(VmBatch), 20000);
    const qsizetype azureBefore = m_store->permissions(VmBatch).ofKind(Kind::AzureRole).size();
    ie::permissions::Grantable reader;
    reader.id = MonitoringReader;
    reader.name = u"Monitoring Reader"_s;
    ie::graph::GrantPlan plan;
    plan.add(m_appRoles->planGrant(VmBatch, u"vm-batch-01"_s, graphRole(UserReadAll), {}));
    plan.add(m_azureRoles->planGrant(VmBatch, u"vm-batch-01"_s, reader, Sub));
    plan.add(m_appRoles->planGrant(VmBatch, u"vm-batch-01"_s, graphRole(GroupReadAll), {}));
    const QList<ChangeOutcome> out = run(plan);
    QCOMPARE(out.size(), 3);
    for (const ChangeOutcome &o : out)
        QCOMPARE(o.status, ChangeOutcome::Status::Done);
    m_store->refresh(VmBatch);
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->isLoading(VmBatch), 20000);
    QCOMPARE(m_store->permissions(VmBatch).ofKind(Kind::AppRole).size(), 2);
    QCOMPARE(m_store->permissions(VmBatch).ofKind(Kind::AzureRole).size(), azureBefore + 1);
}

QTEST_MAIN(TestPermissions)
#include "tst_permissions.moc"
