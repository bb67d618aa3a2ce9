// The GUI's controller of the live catalog against the in-process sandbox: refresh, the cache on
// disk, a reload in a fresh controller, a corrupt cache, failures that keep the data, cancel and
// a switch of tenant.

#include "catalog/catalog.h"
#include "catalog/livecatalog.h"
#include "catalog/tenantrefresh.h"
#include "sandbox/faultinjector.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::catalog;

namespace {
const QString graphSpObjectId = u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s; // resources/sandbox
const QString ordersReadAll = u"0b7e2c4a-1111-4a5b-9c8d-7e6f5a4b3c21"_s;
const QString graphAppId = QString::fromLatin1(Catalog::GraphAppId);

bool findsOrdersRole(const Catalog &catalog)
{
    const auto hits = catalog.search(u"Orders.Read.All"_s);
    return !hits.isEmpty() && hits.first().entry->id == ordersReadAll
            && hits.first().entry->kind == Kind::TenantAppRole;
}
} // namespace

class TestLiveCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void noCacheIsBundledOnly();
    void refreshCachesAndReloads();
    void corruptCache_data();
    void corruptCache();
    void failingRefreshKeepsData_data();
    void failingRefreshKeepsData();
    void cancel();
    void switchingTenantClears();

private:
    QString tenant() const { return m_sandbox->server().tenantId(); }
    // Sets the tenant on `live` and waits for its cache to be read.
    bool setTenant(LiveCatalog &live, const QString &id);
    bool refresh(LiveCatalog &live, bool *ok);

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<Catalog> m_catalog;
};

void TestLiveCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLiveCatalog::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_catalog = std::make_unique<Catalog>();
    QVERIFY(m_catalog->loadBundled().ok());
    QFile::remove(tenantcache::path(tenant()));
}

void TestLiveCatalog::cleanup()
{
    m_catalog.reset();
    m_sandbox.reset();
    QFile::remove(tenantcache::path(u"other-tenant"_s));
}

bool TestLiveCatalog::setTenant(LiveCatalog &live, const QString &id)
{
    QSignalSpy loaded(&live, &LiveCatalog::cacheLoaded);
    live.setTenant(id, u"Contoso"_s);
    return loaded.size() == 1 || loaded.wait(10000);
}

bool TestLiveCatalog::refresh(LiveCatalog &live, bool *ok)
{
    QSignalSpy finished(&live, &LiveCatalog::refreshFinished);
    live.refresh();
    if (!live.isRefreshing() && finished.isEmpty())
        return false;
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    *ok = finished.first().first().toBool();
    return true;
}

void TestLiveCatalog::noCacheIsBundledOnly()
{
    LiveCatalog live(m_catalog.get(), &m_sandbox->client());
    QCOMPARE(live.state(), LiveCatalog::State::NoTenant);
    QVERIFY(!live.canRefresh());
    QVERIFY(setTenant(live, tenant()));
    QCOMPARE(live.state(), LiveCatalog::State::BundledOnly);
    QVERIFY(live.statusText().contains(u"Bundled catalog only"_s));
    QVERIFY(live.statusText().contains(u"Refresh from tenant"_s));
    QVERIFY(live.problemText().isEmpty());
    QVERIFY(live.canRefresh());
    QVERIFY(!findsOrdersRole(*m_catalog));
}

void TestLiveCatalog::refreshCachesAndReloads()
{
    QDateTime fetched;
    {
        LiveCatalog live(m_catalog.get(), &m_sandbox->client());
        QVERIFY(setTenant(live, tenant()));
        QSignalSpy status(&live, &LiveCatalog::statusChanged);
        bool ok = false;
        QVERIFY(refresh(live, &ok));
        QVERIFY2(ok, qPrintable(live.problemText()));
        QVERIFY(!live.isRefreshing());
        QCOMPARE(live.state(), LiveCatalog::State::Live);
        QVERIFY(status.size() >= 3); // started, at least one step, done
        QVERIFY(live.statusText().startsWith(u"Live from Contoso, refreshed "_s));
        QVERIFY(live.statusText().contains(
                live.fetchedAt().toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
        // Merged on a worker: searchable once it is in, with the tenant's real object ids.
        QTRY_VERIFY(findsOrdersRole(*m_catalog));
        QCOMPARE(m_catalog->resourceObjectId(graphAppId), graphSpObjectId);
        // The cache is written on a worker too.
        QTRY_VERIFY(tenantcache::load(tenant()).ok());
        fetched = live.fetchedAt();
        QCOMPARE(tenantcache::load(tenant())->fetchedAt, fetched.toUTC());
    }
    // A fresh start reads it back without a request.
    Catalog fresh;
    QVERIFY(fresh.loadBundled().ok());
    LiveCatalog live(&fresh, &m_sandbox->client());
    QVERIFY(setTenant(live, tenant()));
    QCOMPARE(live.state(), LiveCatalog::State::Live);
    QCOMPARE(live.fetchedAt(), fetched.toUTC());
    QVERIFY(live.statusText().startsWith(u"Live from Contoso"_s));
    QTRY_VERIFY(findsOrdersRole(fresh));
    QCOMPARE(fresh.resourceObjectId(graphAppId), graphSpObjectId);
}

void TestLiveCatalog::corruptCache_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage") << QByteArray("\x89PNG not json");
    QTest::newRow("truncated") << QByteArray(R"({"format":1,"tenantId":")");
    QTest::newRow("empty") << QByteArray();
}

void TestLiveCatalog::corruptCache()
{
    QFETCH(QByteArray, bytes);
    const QString path = tenantcache::path(tenant());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    LiveCatalog live(m_catalog.get(), &m_sandbox->client());
    QVERIFY(setTenant(live, tenant()));
    QCOMPARE(live.state(), LiveCatalog::State::CacheUnreadable);
    QVERIFY(live.statusText().contains(u"Bundled catalog only"_s));
    QVERIFY2(live.problemText().contains(u"could not be read"_s), qPrintable(live.problemText()));
    QVERIFY(live.problemText().contains(u"Refresh from tenant"_s));
    // The bundled catalog keeps working; the file is left for the refresh to replace.
    QCOMPARE(m_catalog->search(u"User.Read.All"_s).first().entry->id,
             u"df021288-bdef-4463-88db-98f22de89214"_s);
    QVERIFY(QFile::exists(path));
    QVERIFY(live.canRefresh());
    bool ok = false;
    QVERIFY(refresh(live, &ok));
    QVERIFY(ok);
    QVERIFY(live.problemText().isEmpty());
    QTRY_VERIFY(tenantcache::load(tenant()).ok());
}

void TestLiveCatalog::failingRefreshKeepsData_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("says");
    QTest::newRow("forbidden") << u"graph:/v1.0/servicePrincipals*=403"_s
                               << u"Application.Read.All"_s;
    QTest::newRow("503 for good") << u"graph:/v1.0/servicePrincipals?*=503:0"_s << u"failed"_s;
    QTest::newRow("throttled for good")
            << u"graph:/v1.0/servicePrincipals?*=429:0"_s << u"throttling"_s;
    QTest::newRow("cut") << u"graph:/v1.0/servicePrincipals?*=cut"_s << u"failed"_s;
}

void TestLiveCatalog::failingRefreshKeepsData()
{
    QFETCH(QString, fault);
    QFETCH(QString, says);
    LiveCatalog live(m_catalog.get(), &m_sandbox->client());
    QVERIFY(setTenant(live, tenant()));
    bool ok = false;
    QVERIFY(refresh(live, &ok));
    QVERIFY(ok);
    QTRY_VERIFY(tenantcache::load(tenant()).ok());
    QTRY_VERIFY(findsOrdersRole(*m_catalog));
    const QDateTime before = live.fetchedAt();
    const QString statusBefore = live.statusText();

    QString error;
    QVERIFY2(m_sandbox->server().faults().addSpec(fault, &error), qPrintable(error));
    QVERIFY(refresh(live, &ok));
    QVERIFY(!ok);
    QVERIFY2(live.problemText().contains(u"Refresh from Contoso failed"_s),
             qPrintable(live.problemText()));
    QVERIFY2(live.problemText().contains(says), qPrintable(live.problemText()));
    QVERIFY(live.problemText().contains(u"keeps the data refreshed"_s));
    // The previous data stays: in the catalog, on disk and in the status line.
    QCOMPARE(live.state(), LiveCatalog::State::Live);
    QCOMPARE(live.statusText(), statusBefore);
    QCOMPARE(live.fetchedAt(), before);
    QVERIFY(findsOrdersRole(*m_catalog));
    QCOMPARE(tenantcache::load(tenant())->fetchedAt, before.toUTC());
    QVERIFY(live.canRefresh());
}

void TestLiveCatalog::cancel()
{
    QString error;
    QVERIFY2(m_sandbox->server().faults().addSpec(u"graph:*=latency:20000"_s, &error),
             qPrintable(error));
    LiveCatalog live(m_catalog.get(), &m_sandbox->client());
    QVERIFY(setTenant(live, tenant()));
    QSignalSpy finished(&live, &LiveCatalog::refreshFinished);
    live.refresh();
    QVERIFY(live.isRefreshing());
    QVERIFY(!live.canRefresh());
    QVERIFY(!live.progressText().isEmpty());
    live.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!live.isRefreshing());
    QVERIFY(live.problemText().contains(u"Refresh cancelled"_s));
    QCOMPARE(live.state(), LiveCatalog::State::BundledOnly);
    QVERIFY(!QFile::exists(tenantcache::path(tenant())));
    live.cancel(); // nothing running: nothing happens
    QCOMPARE(finished.size(), 1);
}

void TestLiveCatalog::switchingTenantClears()
{
    LiveCatalog live(m_catalog.get(), &m_sandbox->client());
    QVERIFY(setTenant(live, tenant()));
    bool ok = false;
    QVERIFY(refresh(live, &ok));
    QVERIFY(ok);
    QTRY_VERIFY(findsOrdersRole(*m_catalog));
    QTRY_VERIFY(tenantcache::load(tenant()).ok());

    // Another tenant without a cache: the first one's part is gone from the catalog.
    QVERIFY(setTenant(live, u"other-tenant"_s));
    QCOMPARE(live.state(), LiveCatalog::State::BundledOnly);
    QVERIFY(!m_catalog->tenantSnapshot());
    QVERIFY(!findsOrdersRole(*m_catalog));
    QVERIFY(m_catalog->resourceObjectId(graphAppId).isEmpty());

    // Signed out: bundled only, nothing to refresh.
    QVERIFY(setTenant(live, QString()));
    QCOMPARE(live.state(), LiveCatalog::State::NoTenant);
    QVERIFY(!live.canRefresh());
    QVERIFY(live.statusText().contains(u"sign in"_s));

    // Back to the first: its cache comes back.
    QVERIFY(setTenant(live, tenant()));
    QCOMPARE(live.state(), LiveCatalog::State::Live);
    QTRY_VERIFY(findsOrdersRole(*m_catalog));
}

QTEST_GUILESS_MAIN(TestLiveCatalog)
#include "tst_livecatalog.moc"
