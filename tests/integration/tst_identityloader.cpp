// The identity tree loaded from the sandbox through Graph and ARM: system- and user-assigned
// identities with their resources, the orphan, several subscriptions, paging, throttling, a page
// that fails for good and the retry from it, cancel, and server-side search.

#include "models/identityloader.h"
#include "models/identitytreemodel.h"
#include "sandbox/faultinjector.h"
#include "sandbox/tenantstate.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::models::Identity;
using ie::models::IdentityLoader;
using ie::models::IdentityTreeModel;

class TestIdentityLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void loadsGraphAndArm();
    void pagesAndThrottling();
    void failingPageThenRetry();
    void unreadableSubscriptionIsReportedAndSkipped();
    void cancelStops();
    void serverSideSearch();

private:
    ie::test::SandboxFixture m_sandbox{[] {
        ie::sandbox::SandboxServer::Options o;
        o.extraServicePrincipals = 2100; // three pages of 999
        return o;
    }()};
    const int m_base = 28; // Contoso's own service principals
};

void TestIdentityLoader::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestIdentityLoader::cleanup()
{
    m_sandbox.server().faults().clear();
}

void TestIdentityLoader::loadsGraphAndArm()
{
    IdentityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    IdentityLoader loader(&m_sandbox.client(), &model);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Complete, 30000);
    QCOMPARE(model.identityCount(), m_base + 2100);
    QVERIFY2(loader.problems().isEmpty(), qPrintable(loader.problems().join(u'\n')));

    const Identity *vm = model.identity(model.indexOfObjectId(u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s));
    QVERIFY(vm);
    QCOMPARE(vm->kind, Identity::Kind::SystemAssigned);
    QCOMPARE(vm->arm, Identity::ArmState::Found);
    QVERIFY(vm->resourceId.endsWith(u"/virtualMachines/vm-batch-01"_s));
    QVERIFY(!vm->created.isEmpty());

    const Identity *shared = model.identity(model.indexOfObjectId(u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s));
    QVERIFY(shared);
    QCOMPARE(shared->kind, Identity::Kind::UserAssigned);
    QCOMPARE(shared->attachedTo.size(), 3); // func-timer-orders, vm-batch-01, ca-orders-worker

    const Identity *orphan = model.identity(model.indexOfObjectId(u"f4a5b6c7-00ff-4d8e-9f0a-b1c2d3e4f5a6"_s));
    QVERIFY(orphan);
    QVERIFY(orphan->orphaned());

    // A system-assigned identity in the second subscription is found too.
    const Identity *dev = model.identity(model.indexOfObjectId(u"f4a5b6c7-0004-4d8e-9f0a-b1c2d3e4f5a6"_s));
    QCOMPARE(dev->arm, Identity::ArmState::Found);
    QVERIFY(model.groupIndex(u"system-assigned/microsoft.app/containerapps"_s).isValid());
    QCOMPARE(model.groupIndex(u"microsoft"_s).data(IdentityTreeModel::CountRole).toInt(), 13);
}

void TestIdentityLoader::pagesAndThrottling()
{
    QVERIFY(m_sandbox.server().faults().addSpec(u"graph:/v1.0/servicePrincipals*skiptoken*=429:1@1"_s));
    IdentityTreeModel model;
    IdentityLoader loader(&m_sandbox.client(), &model);
    QSignalSpy progress(&loader, &IdentityLoader::progress);
    QSignalSpy problems(&loader, &IdentityLoader::problem);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Complete, 30000);
    QCOMPARE(progress.size(), 3); // a signal per page: rows show as they arrive
    QCOMPARE(progress.first().first().toInt(), 999);
    QCOMPARE(model.identityCount(), m_base + 2100);
    QVERIFY(!problems.isEmpty()); // the throttled page is reported as a status line, then retried
    QVERIFY(loader.problems().isEmpty());
}

void TestIdentityLoader::failingPageThenRetry()
{
    QVERIFY(m_sandbox.server().faults().addSpec(u"graph:/v1.0/servicePrincipals*skiptoken*=503:0@4"_s));
    IdentityTreeModel model;
    IdentityLoader loader(&m_sandbox.client(), &model);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Incomplete, 30000);
    QCOMPARE(model.identityCount(), 999); // the first page stays
    QVERIFY(loader.graphError());
    QCOMPARE(loader.graphError()->httpStatus, 503);
    loader.retry();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Complete, 30000);
    QCOMPARE(model.identityCount(), m_base + 2100);
}

void TestIdentityLoader::unreadableSubscriptionIsReportedAndSkipped()
{
    QVERIFY(m_sandbox.server().faults().addSpec(u"arm:/subscriptions/7e4b2a9c-1d5f-4c8e-a3b6-9f0d2e7c1a54/resources*=500"_s));
    IdentityTreeModel model;
    IdentityLoader loader(&m_sandbox.client(), &model);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Complete, 60000);
    QCOMPARE(loader.problems().size(), 1);
    QVERIFY(loader.problems().first().contains(u"7e4b2a9c-1d5f-4c8e-a3b6-9f0d2e7c1a54"_s));
    const Identity *dev = model.identity(model.indexOfObjectId(u"f4a5b6c7-0004-4d8e-9f0a-b1c2d3e4f5a6"_s));
    QCOMPARE(dev->arm, Identity::ArmState::NotVisible); // not flagged as orphaned
    const Identity *vm = model.identity(model.indexOfObjectId(u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s));
    QCOMPARE(vm->arm, Identity::ArmState::Found);
}

void TestIdentityLoader::cancelStops()
{
    QVERIFY(m_sandbox.server().faults().addSpec(u"graph:*skiptoken*=latency:3000"_s));
    IdentityTreeModel model;
    IdentityLoader loader(&m_sandbox.client(), &model);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(model.identityCount(), 999, 20000);
    loader.cancel();
    QCOMPARE(loader.state(), IdentityLoader::State::Cancelled);
    QTest::qWait(100);
    QCOMPARE(model.identityCount(), 999);
}

void TestIdentityLoader::serverSideSearch()
{
    IdentityTreeModel model;
    IdentityLoader loader(&m_sandbox.client(), &model);
    loader.search(u"contoso"_s);
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Complete, 30000);
    QCOMPARE(model.identityCount(), 3);
    QVERIFY(model.indexOfObjectId(u"b1a2c3d4-0001-4e5f-8a9b-c0d1e2f3a4b5"_s).isValid());
}

QTEST_GUILESS_MAIN(TestIdentityLoader)
#include "tst_identityloader.moc"
