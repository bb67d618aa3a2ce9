// The catalog's live refresh against the sandbox tenant: the same Graph and ARM calls the app makes
// against a real tenant, answered by a server that behaves like them (paging, $select, throttling).

#include "catalog/catalog.h"
#include "catalog/tenantrefresh.h"
#include "net/activitylog.h"
#include "sandbox/faultinjector.h"
#include "sandboxfixture.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ie::catalog;

namespace {
const QString graphSpObjectId = u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s; // resources/sandbox
const QString ordersApiAppId = u"3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9"_s;
const QString ordersReadAll = u"0b7e2c4a-1111-4a5b-9c8d-7e6f5a4b3c21"_s;
const QString customRoleId = u"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"_s;
const QString userReadAll = u"df021288-bdef-4463-88db-98f22de89214"_s;
} // namespace

class TestCatalogSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refreshFindsWhatTheTenantHas();
    void refreshSurvivesFaults_data();
    void refreshSurvivesFaults();
    void graphFailureYieldsNoSnapshot();

private:
    ie::Result<TenantSnapshot> refresh();

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    Catalog m_catalog;
};

void TestCatalogSandbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto loaded = m_catalog.loadBundled();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().summary()));
}

void TestCatalogSandbox::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
}

void TestCatalogSandbox::cleanup()
{
    m_sandbox.reset();
    m_catalog.clearTenantSnapshot();
}

ie::Result<TenantSnapshot> TestCatalogSandbox::refresh()
{
    TenantRefreshJob job(&m_sandbox->client(), m_sandbox->server().tenantId(),
                         m_catalog.resourceAppIds());
    QSignalSpy finished(&job, &TenantRefreshJob::finished);
    job.start();
    if (!job.isFinished() && !finished.wait(60000))
        return ie::ApiError::make(ie::ApiError::Kind::Timeout, u"the refresh did not finish"_s);
    return job.result();
}

void TestCatalogSandbox::refreshFindsWhatTheTenantHas()
{
    const auto r = refresh();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().summary()));
    const TenantSnapshot &s = r.value();
    QCOMPARE(s.tenantId, m_sandbox->server().tenantId());
    QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join(u'\n')));

    // The resourceId an appRoleAssignment needs differs in every tenant: here it is the sandbox's.
    QCOMPARE(s.resourceObjectIds.value(QString::fromLatin1(Catalog::GraphAppId)), graphSpObjectId);
    QVERIFY(s.refreshedResources.contains(QString::fromLatin1(Catalog::GraphAppId)));

    m_catalog.setTenantSnapshot(s);
    QCOMPARE(m_catalog.resourceObjectId(QString::fromLatin1(Catalog::GraphAppId)), graphSpObjectId);

    // Graph's own app roles, as the tenant's Graph service principal lists them.
    const EntryPtr uRA = m_catalog.appRole(QString::fromLatin1(Catalog::GraphAppId), userReadAll);
    QVERIFY(uRA);
    QCOMPARE(uRA->value, u"User.Read.All"_s);

    // The tenant's own API and its app roles.
    const auto orders = m_catalog.search(u"Orders.Read.All"_s);
    QVERIFY(!orders.isEmpty());
    QCOMPARE(orders.first().entry->kind, Kind::TenantAppRole);
    QCOMPARE(orders.first().entry->id, ordersReadAll);
    QCOMPARE(orders.first().entry->resourceAppId, ordersApiAppId);
    QCOMPARE(orders.first().entry->tenantId, m_sandbox->server().tenantId());

    // The custom RBAC role of the tenant's subscription.
    const EntryPtr custom = m_catalog.azureRole(customRoleId);
    QVERIFY(custom);
    QCOMPARE(custom->value, u"Contoso Orders Operator"_s);
    QVERIFY(custom->customRole);
    QVERIFY(custom->actions.contains(u"Microsoft.Web/sites/read"_s));
}

void TestCatalogSandbox::refreshSurvivesFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status"); // what the sandbox answered once, before the retry
    QTest::newRow("graph SP list throttled once")
            << u"graph:/v1.0/servicePrincipals?$*=429:1@1"_s << 429;
    QTest::newRow("graph SP list 503 once") << u"graph:/v1.0/servicePrincipals?$*=503:1@1"_s << 503;
    QTest::newRow("ARM throttled once") << u"arm:/subscriptions*=429:1@1"_s << 429;
    QTest::newRow("slow Graph") << u"graph:*=latency:150@3"_s << 0;
}

// Throttling and brief outages are retried by the HTTP core: the refresh still comes back whole.
void TestCatalogSandbox::refreshSurvivesFaults()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    QString error;
    QVERIFY2(m_sandbox->server().faults().addSpec(fault, &error), qPrintable(error));
    const auto r = refresh();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().summary()));
    QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(u'\n')));
    QCOMPARE(r->resourceObjectIds.value(QString::fromLatin1(Catalog::GraphAppId)), graphSpObjectId);
    if (status) {
        const auto &log = m_sandbox->client().activityLog()->entries();
        QVERIFY(std::any_of(log.begin(), log.end(),
                            [&](const ie::net::ActivityEntry &e) { return e.status == status; }));
    }
}

// A Graph part that fails for good gives no snapshot: nothing half-fetched replaces good data.
void TestCatalogSandbox::graphFailureYieldsNoSnapshot()
{
    QString error;
    QVERIFY2(m_sandbox->server().faults().addSpec(u"graph:/v1.0/servicePrincipals?*=500"_s, &error),
             qPrintable(error));
    const auto r = refresh();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 500);
    QVERIFY(!r.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogSandbox)
#include "tst_catalogsandbox.moc"
