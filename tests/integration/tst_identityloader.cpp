// The identity tree loaded from the sandbox through Graph and ARM: system- and user-assigned
// identities with their resources, the orphan, several subscriptions, paging, throttling, a page
// that fails for good and the retry from it, cancel, and server-side search.

#include "models/identityloader.h"
#include "models/identitytreemodel.h"
#include "sandbox/faultinjector.h"
#include "sandbox/tenantstate.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
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
    void transientFaultsMidLoad_data();
    void transientFaultsMidLoad();
    void failingPageThenRetry();
    void missingFieldsStillShow();
    void unreadableSubscriptionIsReportedAndSkipped();
    void cancelStops();
    void armMergedWhilePagesArrive();
    void serverSideSearch();

private:
    ie::test::SandboxFixture m_sandbox{[] {
        ie::sandbox::SandboxServer::Options o;
        o.extraServicePrincipals = 2100; // three pages of 999
        return o;
    }()};
    const int m_base = 31; // Contoso's own service principals (agents included)
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

    const Identity *vm
            = model.identity(model.indexOfObjectId(u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s));
    QVERIFY(vm);
    QCOMPARE(vm->kind, Identity::Kind::SystemAssigned);
    QCOMPARE(vm->arm, Identity::ArmState::Found);
    QVERIFY(vm->resourceId.endsWith(u"/virtualMachines/vm-batch-01"_s));
    QVERIFY(!vm->created.isEmpty());

    const Identity *shared
            = model.identity(model.indexOfObjectId(u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s));
    QVERIFY(shared);
    QCOMPARE(shared->kind, Identity::Kind::UserAssigned);
    QCOMPARE(shared->attachedTo.size(), 3); // func-timer-orders, vm-batch-01, ca-orders-worker

    const Identity *orphan
            = model.identity(model.indexOfObjectId(u"f4a5b6c7-00ff-4d8e-9f0a-b1c2d3e4f5a6"_s));
    QVERIFY(orphan);
    QVERIFY(orphan->orphaned());

    // A system-assigned identity in the second subscription is found too.
    const Identity *dev
            = model.identity(model.indexOfObjectId(u"f4a5b6c7-0004-4d8e-9f0a-b1c2d3e4f5a6"_s));
    QCOMPARE(dev->arm, Identity::ArmState::Found);
    QVERIFY(model.groupIndex(u"system-assigned/microsoft.app/containerapps"_s).isValid());
    QCOMPARE(model.groupIndex(u"microsoft"_s).data(IdentityTreeModel::CountRole).toInt(), 13);

    // Counts on every group add up, and every identity is under exactly one leaf group.
    auto count = [&](const QString &key) {
        return model.groupIndex(key).data(IdentityTreeModel::CountRole).toInt();
    };
    QCOMPARE(count(u"managed"_s) + count(u"principals"_s) + count(u"agents"_s),
             model.identityCount());
    QCOMPARE(count(u"agents"_s),
             count(u"agent-identity"_s) + count(u"agent-blueprint-principal"_s));
    QVERIFY(count(u"agent-identity"_s) > 0);
    QCOMPARE(count(u"managed"_s), count(u"user-assigned"_s) + count(u"system-assigned"_s));
    QCOMPARE(count(u"principals"_s),
             count(u"application"_s) + count(u"microsoft"_s) + count(u"other"_s));
    int systemAssigned = 0;
    const QModelIndex sa = model.groupIndex(u"system-assigned"_s);
    for (int r = 0; r < model.rowCount(sa); ++r) {
        const QModelIndex g = model.index(r, 0, sa);
        QCOMPARE(g.data(IdentityTreeModel::CountRole).toInt(), model.rowCount(g));
        QVERIFY(g.data().toString().endsWith(u"(%1)"_s.arg(model.rowCount(g))));
        systemAssigned += model.rowCount(g);
    }
    QCOMPARE(systemAssigned, count(u"system-assigned"_s));
    QCOMPARE(count(u"user-assigned"_s), model.rowCount(model.groupIndex(u"user-assigned"_s)));
}

void TestIdentityLoader::pagesAndThrottling()
{
    QVERIFY(m_sandbox.server().faults().addSpec(
            u"graph:/v1.0/servicePrincipals*skiptoken*=429:1@1"_s));
    IdentityTreeModel model;
    IdentityLoader loader(&m_sandbox.client(), &model);
    QSignalSpy progress(&loader, &IdentityLoader::progress);
    QSignalSpy notices(&loader, &IdentityLoader::notice);
    QSignalSpy problems(&loader, &IdentityLoader::problem);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Complete, 30000);
    QCOMPARE(progress.size(), 3); // a signal per page: rows show as they arrive
    QCOMPARE(progress.first().first().toInt(), 999);
    QCOMPARE(model.identityCount(), m_base + 2100);
    // The throttled page is only a status line, then retried.
    QCOMPARE(notices.size(), 1);
    QVERIFY(problems.isEmpty());
    QVERIFY(loader.problems().isEmpty());
}

void TestIdentityLoader::transientFaultsMidLoad_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("notices");
    QTest::newRow("429 + Retry-After on page 2")
            << u"graph:/v1.0/servicePrincipals*skiptoken*=429:1@1"_s << 1;
    QTest::newRow("503 + Retry-After, twice")
            << u"graph:/v1.0/servicePrincipals*skiptoken*=503:1@2"_s << 2;
    QTest::newRow("503 without Retry-After")
            << u"graph:/v1.0/servicePrincipals*skiptoken*=503:0@1"_s << 1;
    QTest::newRow("ARM resources throttled") << u"arm:/subscriptions/*/resources*=429:1@1"_s << 1;
}

void TestIdentityLoader::transientFaultsMidLoad()
{
    QFETCH(QString, fault);
    QVERIFY(m_sandbox.server().faults().addSpec(fault));
    IdentityTreeModel model;
    IdentityLoader loader(&m_sandbox.client(), &model);
    QSignalSpy notices(&loader, &IdentityLoader::notice);
    QSignalSpy states(&loader, &IdentityLoader::stateChanged);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Complete, 30000);
    QTEST(int(notices.size()), "notices");
    QVERIFY(loader.problems().isEmpty());
    QCOMPARE(model.identityCount(), m_base + 2100);
    QCOMPARE(states.size(), 2); // Loading, Complete: nothing in between the user must act on
    QCOMPARE(model.identity(model.indexOfObjectId(u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s))->arm,
             Identity::ArmState::Found);
}

void TestIdentityLoader::failingPageThenRetry()
{
    // The second page fails for good (more 503s than the client retries), and one subscription
    // cannot be read either.
    QVERIFY(m_sandbox.server().faults().addSpec(
            u"graph:/v1.0/servicePrincipals*skiptoken*=503:0@4"_s));
    QVERIFY(m_sandbox.server().faults().addSpec(
            u"arm:/subscriptions/7e4b2a9c-1d5f-4c8e-a3b6-9f0d2e7c1a54/resources*=500"_s));
    IdentityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    IdentityLoader loader(&m_sandbox.client(), &model);
    QSignalSpy states(&loader, &IdentityLoader::stateChanged);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Incomplete, 30000);
    QCOMPARE(model.identityCount(), 999); // the first page stays
    QVERIFY(loader.graphError());
    QCOMPARE(loader.graphError()->httpStatus, 503);
    QCOMPARE(loader.problems().size(), 2);
    QVERIFY(loader.problems().first().startsWith(u"Service principals:"_s));
    // Never presented as complete on the way.
    for (const QList<QVariant> &s : std::as_const(states))
        QVERIFY(s.first().value<IdentityLoader::State>() != IdentityLoader::State::Complete);

    // Retry continues from the failed page: no row twice, nothing lost.
    QSignalSpy progress(&loader, &IdentityLoader::progress);
    loader.retry();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Complete, 30000);
    QCOMPARE(progress.size(), 2); // pages 2 and 3 only
    QCOMPARE(model.identityCount(), m_base + 2100);
    // The unreadable subscription is still reported; the Graph failure is gone.
    QCOMPARE(loader.problems().size(), 1);
    QVERIFY(loader.problems().first().contains(u"7e4b2a9c-1d5f-4c8e-a3b6-9f0d2e7c1a54"_s));
}

void TestIdentityLoader::missingFieldsStillShow()
{
    // Objects with only some of their fields: no name, no appId, no type, no alternativeNames.
    auto &sps = m_sandbox.server().state().servicePrincipals;
    const qsizetype before = sps.size();
    for (const QJsonObject &json :
         {QJsonObject{{"id"_L1, "0bad0000-0000-4000-8000-000000000001"_L1}},
          QJsonObject{{"id"_L1, "0bad0000-0000-4000-8000-000000000002"_L1},
                      {"servicePrincipalType"_L1, "ManagedIdentity"_L1},
                      {"displayName"_L1, "mi-without-resource"_L1}}}) {
        ie::sandbox::ServicePrincipal sp;
        sp.json = json;
        sp.id = json.value("id"_L1).toString();
        sp.displayName = json.value("displayName"_L1).toString();
        sp.lowerName = sp.displayName.toLower();
        sp.type = json.value("servicePrincipalType"_L1).toString();
        sps.append(sp);
    }
    m_sandbox.server().state().reindex();
    auto restore = qScopeGuard([&] {
        sps.resize(before);
        m_sandbox.server().state().reindex();
    });

    IdentityTreeModel model;
    IdentityLoader loader(&m_sandbox.client(), &model);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Complete, 30000);
    QCOMPARE(model.identityCount(), m_base + 2100 + 2);
    const QModelIndex bare = model.indexOfObjectId(u"0bad0000-0000-4000-8000-000000000001"_s);
    QVERIFY(bare.isValid());
    QCOMPARE(bare.data().toString(), u"(no display name)"_s);
    const QModelIndex mi = model.indexOfObjectId(u"0bad0000-0000-4000-8000-000000000002"_s);
    QVERIFY(mi.isValid());
    QCOMPARE(model.identity(mi)->kind, Identity::Kind::SystemAssigned);
    QCOMPARE(mi.parent().data(IdentityTreeModel::GroupKeyRole).toString(),
             u"system-assigned/unknown"_s);
}

void TestIdentityLoader::unreadableSubscriptionIsReportedAndSkipped()
{
    QVERIFY(m_sandbox.server().faults().addSpec(
            u"arm:/subscriptions/7e4b2a9c-1d5f-4c8e-a3b6-9f0d2e7c1a54/resources*=500"_s));
    IdentityTreeModel model;
    IdentityLoader loader(&m_sandbox.client(), &model);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Complete, 60000);
    QCOMPARE(loader.problems().size(), 1);
    QVERIFY(loader.problems().first().contains(u"7e4b2a9c-1d5f-4c8e-a3b6-9f0d2e7c1a54"_s));
    const Identity *dev
            = model.identity(model.indexOfObjectId(u"f4a5b6c7-0004-4d8e-9f0a-b1c2d3e4f5a6"_s));
    QCOMPARE(dev->arm, Identity::ArmState::NotVisible); // not flagged as orphaned
    const Identity *vm
            = model.identity(model.indexOfObjectId(u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s));
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
    QVERIFY(loader.problems().isEmpty());
    QTest::qWait(100);
    QCOMPARE(model.identityCount(), 999);
    QCOMPARE(loader.state(), IdentityLoader::State::Cancelled); // not Complete: the list is partial
}

// ARM read before the last Graph page: the rows get its data as they arrive (while the next page
// is on its way), not all at the end.
void TestIdentityLoader::armMergedWhilePagesArrive()
{
    QVERIFY(m_sandbox.server().faults().addSpec(u"graph:*skiptoken*=latency:400"_s));
    IdentityTreeModel model;
    IdentityLoader loader(&m_sandbox.client(), &model);
    int unmergedAtSecondPage = -1;
    connect(&loader, &IdentityLoader::progress, this, [&](int identities) {
        if (identities <= m_base + 999 || unmergedAtSecondPage >= 0)
            return;
        QCOMPARE(loader.state(), IdentityLoader::State::Loading);
        QVERIFY(loader.armDone());
        unmergedAtSecondPage = 0;
        for (int i = 0; i < model.identityCount(); ++i) {
            const Identity &id = model.identityAt(i);
            const bool managed = id.kind == Identity::Kind::SystemAssigned
                    || id.kind == Identity::Kind::UserAssigned;
            unmergedAtSecondPage += managed && id.arm == Identity::ArmState::Unknown ? 1 : 0;
        }
    });
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Complete, 30000);
    QCOMPARE(unmergedAtSecondPage, 0);
}

void TestIdentityLoader::serverSideSearch()
{
    IdentityTreeModel model;
    IdentityLoader loader(&m_sandbox.client(), &model);
    loader.search(u"contoso"_s);
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), IdentityLoader::State::Complete, 30000);
    QCOMPARE(model.identityCount(), 4);
    QVERIFY(model.indexOfObjectId(u"b1a2c3d4-0001-4e5f-8a9b-c0d1e2f3a4b5"_s).isValid());
}

QTEST_GUILESS_MAIN(TestIdentityLoader)
#include "tst_identityloader.moc"
