// The live part of the catalog against a scripted loopback Graph and ARM: the refresh job's
// requests and paging, the merge (new/gone), the per-tenant cache on disk, and failures halfway.

#include "catalog/catalog.h"
#include "catalog/tenantrefresh.h"
#include "net/httpclient.h"
#include "scriptedserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::catalog;
using ie::ApiError;
using ie::test::ScriptedServer;

namespace {

const QString Graph = u"00000003-0000-0000-c000-000000000000"_s;
const QString Exchange = u"00000002-0000-0ff1-ce00-000000000000"_s;
const QString Tenant = u"72f988bf-0000-4000-8000-0000000000aa"_s;

class FakeTokens : public ie::net::TokenProvider
{
public:
    void getToken(const ie::net::TokenRequest &request, QObject *,
                  ie::net::TokenCallback cb) override
    {
        ie::net::AccessToken t;
        t.token = "test-token";
        t.audience = request.audience;
        t.expiresOn = QDateTime::currentDateTimeUtc().addSecs(3600);
        cb(t);
    }
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject appRole(const QString &id, const QString &value, const QString &name)
{
    return {{"id"_L1, id},
            {"value"_L1, value},
            {"displayName"_L1, name},
            {"description"_L1, name + u" (live)"_s},
            {"isEnabled"_L1, true},
            {"allowedMemberTypes"_L1, QJsonArray{u"Application"_s}}};
}

} // namespace

class TestCatalogRefresh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refreshMergesAndCaches();
    void graphFailureHalfwayKeepsGoodCache_data();
    void graphFailureHalfwayKeepsGoodCache();
    void armForbiddenIsAWarning();
    void corruptCache_data();
    void corruptCache();
    void cancel();

private:
    ie::Result<TenantSnapshot> refresh();
    ScriptedServer::Reply defaultReply(const ScriptedServer::Received &r) const;

    Catalog m_catalog;
    FakeTokens m_tokens;
    ScriptedServer *m_server = nullptr;
    ie::net::HttpClient *m_client = nullptr;
    // Paths whose answer a test overrides.
    QHash<QByteArray, ScriptedServer::Reply> m_overrides;
};

void TestCatalogRefresh::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_catalog.loadBundled().ok());
}

void TestCatalogRefresh::init()
{
    // HTTPS: a bearer token goes only over TLS.
    m_server = new ScriptedServer(ScriptedServer::Transport::Https, this);
    m_client = new ie::net::HttpClient(this);
    m_client->setTokenProvider(&m_tokens);
    const QUrl base = m_server->url();
    ie::Cloud cloud;
    cloud.name = u"Test"_s;
    cloud.displayName = u"Test"_s;
    cloud.graphUrl = base;
    cloud.armUrl = base;
    cloud.extraCaCertificates = {ScriptedServer::caCertificate()};
    // One loopback origin for both: the token host rule still holds (same host for both).
    cloud.services
            = {ie::ServiceEndpoint{u"graph"_s, u"https://graph.microsoft.com"_s, {}, base, {}}};
    m_client->setCloud(cloud);
    m_overrides.clear();
    m_server->setHandler([this](const ScriptedServer::Received &r) { return defaultReply(r); });
    QFile::remove(tenantcache::path(Tenant));
    m_catalog.clearTenantSnapshot();
}

void TestCatalogRefresh::cleanup()
{
    delete m_client;
    delete m_server;
    m_client = nullptr;
    m_server = nullptr;
}

ScriptedServer::Reply TestCatalogRefresh::defaultReply(const ScriptedServer::Received &r) const
{
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        if (r.path.startsWith(it.key()))
            return it.value();
    }
    const QString base = m_server->url().toString();
    if (r.path.startsWith("/v1.0/servicePrincipals(appId=")) {
        // Graph as this tenant has it: User.Read.All, a brand-new role; Mail.Send is missing.
        return ScriptedServer::json(
                200,
                json({{"id"_L1, u"5b1a3c4e-0000-4000-8000-00000000000a"_s},
                      {"appId"_L1, Graph},
                      {"displayName"_L1, u"Microsoft Graph"_s},
                      {"appRoles"_L1,
                       QJsonArray{appRole(u"df021288-bdef-4463-88db-98f22de89214"_s,
                                          u"User.Read.All"_s, u"Read all users' full profiles"_s),
                                  appRole(u"0badc0de-0000-4000-8000-000000000001"_s,
                                          u"Brand.New.All"_s, u"A brand-new permission"_s)}},
                      {"oauth2PermissionScopes"_L1,
                       QJsonArray{QJsonObject{
                               {"id"_L1, u"a154be20-db9c-4678-8ab7-66f6cc099a59"_s},
                               {"value"_L1, u"User.Read.All"_s},
                               {"type"_L1, u"Admin"_s},
                               {"adminConsentDisplayName"_L1, u"Read all users' full profiles"_s},
                               {"adminConsentDescription"_L1, u"Allows the app to read..."_s}}}}}));
    }
    if (r.path.startsWith("/v1.0/servicePrincipals?")) {
        const QJsonObject exchange{{"id"_L1, u"e0000000-0000-4000-8000-000000000002"_s},
                                   {"appId"_L1, Exchange},
                                   {"displayName"_L1, u"Office 365 Exchange Online"_s},
                                   {"appRoles"_L1,
                                    QJsonArray{appRole(u"dc50a0fb-09a3-484d-be87-e023b12c6440"_s,
                                                       u"Exchange.ManageAsApp"_s,
                                                       u"Manage Exchange As Application"_s)}},
                                   {"oauth2PermissionScopes"_L1, QJsonArray{}}};
        const QJsonObject ownApi{{"id"_L1, u"0a000000-0000-4000-8000-000000000003"_s},
                                 {"appId"_L1, u"0a000000-0000-4000-8000-0000000000a3"_s},
                                 {"displayName"_L1, u"Contoso Orders API"_s},
                                 {"appRoles"_L1,
                                  QJsonArray{appRole(u"0a000000-0000-4000-8000-0000000000b3"_s,
                                                     u"Orders.Read.All"_s, u"Read all orders"_s)}}};
        const QJsonObject plain{{"id"_L1, u"0a000000-0000-4000-8000-000000000004"_s},
                                {"appId"_L1, u"0a000000-0000-4000-8000-0000000000a4"_s},
                                {"displayName"_L1, u"A client app"_s},
                                {"appRoles"_L1, QJsonArray{}}};
        if (!r.path.contains("skiptoken"))
            return ScriptedServer::json(
                    200,
                    json({{"value"_L1, QJsonArray{exchange, plain}},
                          {"@odata.nextLink"_L1,
                           base + u"/v1.0/servicePrincipals?$select=id&$skiptoken=2"_s}}));
        return ScriptedServer::json(200, json({{"value"_L1, QJsonArray{ownApi}}}));
    }
    if (r.path.startsWith("/subscriptions?"))
        return ScriptedServer::json(
                200,
                json({{"value"_L1,
                       QJsonArray{QJsonObject{{"subscriptionId"_L1,
                                               u"5ub5ub00-0000-4000-8000-000000000001"_s}}}}}));
    if (r.path.startsWith("/subscriptions/5ub5ub00-0000-4000-8000-000000000001/providers/"
                          "Microsoft.Authorization/roleDefinitions?")) {
        const QJsonObject permissions{
                {"actions"_L1, QJsonArray{u"Microsoft.Compute/virtualMachines/start/action"_s}},
                {"notActions"_L1, QJsonArray{}},
                {"dataActions"_L1, QJsonArray{}},
                {"notDataActions"_L1, QJsonArray{}}};
        const QJsonObject properties{{"roleName"_L1, u"Contoso VM Operator"_s},
                                     {"description"_L1, u"Start and stop VMs"_s},
                                     {"type"_L1, u"CustomRole"_s},
                                     {"permissions"_L1, QJsonArray{permissions}}};
        const QJsonObject role{{"name"_L1, u"c0570000-0000-4000-8000-000000000001"_s},
                               {"properties"_L1, properties}};
        return ScriptedServer::json(200, json({{"value"_L1, QJsonArray{role}}}));
    }
    return ScriptedServer::json(404, R"({"error":{"code":"NotFound","message":"no such path"}})");
}

ie::Result<TenantSnapshot> TestCatalogRefresh::refresh()
{
    auto *job = new TenantRefreshJob(m_client, Tenant, m_catalog.resourceAppIds(), this);
    QSignalSpy finished(job, &TenantRefreshJob::finished);
    job->start();
    if (!finished.wait(30000))
        return ApiError::make(ApiError::Kind::Timeout, u"no finish in 30 s"_s);
    [&] {
        QCOMPARE(finished.size(), 1);
    }();
    auto result = job->result();
    delete job;
    return result;
}

void TestCatalogRefresh::refreshMergesAndCaches()
{
    const auto r = refresh();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().summary()));
    const TenantSnapshot &s = *r;
    QCOMPARE(s.tenantId, Tenant);
    QVERIFY(s.fetchedAt.isValid());
    QVERIFY(s.warnings.isEmpty());
    QCOMPARE(s.resourceObjectIds.value(Graph), u"5b1a3c4e-0000-4000-8000-00000000000a"_s);
    QCOMPARE(s.resourceObjectIds.value(Exchange), u"e0000000-0000-4000-8000-000000000002"_s);
    QVERIFY(!s.resourceObjectIds.contains(u"0a000000-0000-4000-8000-0000000000a4"_s));
    QVERIFY(s.refreshedResources.contains(Graph));
    QVERIFY(s.refreshedResources.contains(Exchange));
    // Requests carried the token and went to the paths the services use.
    bool sawSelect = false;
    for (const auto &rec : m_server->received()) {
        QCOMPARE(rec.header("Authorization"), QByteArray("Bearer test-token"));
        sawSelect |= rec.path.contains("$select=id,appId,displayName,appRoles");
    }
    QVERIFY(sawSelect);

    m_catalog.setTenantSnapshot(s);
    QCOMPARE(m_catalog.appRole(Graph, u"0badc0de-0000-4000-8000-000000000001"_s)->liveState,
             LiveState::New);
    QCOMPARE(m_catalog.appRole(Graph, u"df021288-bdef-4463-88db-98f22de89214"_s)->liveState,
             LiveState::Confirmed);
    QCOMPARE(m_catalog.permissionByValue(Kind::AppRole, Graph, u"Mail.Send"_s)->liveState,
             LiveState::Gone);
    QCOMPARE(m_catalog.permissionByValue(Kind::AppRole, Exchange, u"full_access_as_app"_s)
                     ->liveState,
             LiveState::Gone);
    const EntryPtr own = m_catalog.appRole(u"0a000000-0000-4000-8000-0000000000a3"_s,
                                           u"0a000000-0000-4000-8000-0000000000b3"_s);
    QVERIFY(own);
    QCOMPARE(own->kind, Kind::TenantAppRole);
    QCOMPARE(own->origin, Origin::Live);
    QCOMPARE(m_catalog.search(u"orders read"_s).first().entry, own);
    const EntryPtr custom = m_catalog.azureRole(u"c0570000-0000-4000-8000-000000000001"_s);
    QVERIFY(custom && custom->customRole);
    QCOMPARE(m_catalog.resourceObjectId(Graph), u"5b1a3c4e-0000-4000-8000-00000000000a"_s);

    // The cache: written atomically, read back equal, no token in it.
    QVERIFY(tenantcache::save(s).ok());
    QFile file(tenantcache::path(Tenant));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("test-token"));
    QVERIFY(tenantcache::path(Tenant).startsWith(
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    const auto loaded = tenantcache::load(Tenant);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->entries.size(), s.entries.size());
    QCOMPARE(loaded->fetchedAt, s.fetchedAt.toUTC());
    QCOMPARE(loaded->resourceObjectIds, s.resourceObjectIds);
    QCOMPARE(tenantcache::load(u"other-tenant"_s).error().kind, ApiError::Kind::NotFound);
}

void TestCatalogRefresh::graphFailureHalfwayKeepsGoodCache_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("kind");
    QTest::newRow("forbidden graph sp")
            << QByteArray("/v1.0/servicePrincipals(") << 403 << int(ScriptedServer::Action::Respond)
            << int(ApiError::Kind::Forbidden);
    QTest::newRow("malformed graph sp")
            << QByteArray("/v1.0/servicePrincipals(") << 200 << int(ScriptedServer::Action::Respond)
            << int(ApiError::Kind::Parse);
    QTest::newRow("second page gone")
            << QByteArray("/v1.0/servicePrincipals?$select=id&$skiptoken") << 404
            << int(ScriptedServer::Action::Respond) << int(ApiError::Kind::NotFound);
}

void TestCatalogRefresh::graphFailureHalfwayKeepsGoodCache()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(int, action);
    QFETCH(int, kind);

    // A good cache from an earlier refresh.
    TenantSnapshot good;
    good.tenantId = Tenant;
    good.fetchedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    Entry e;
    e.kind = Kind::TenantAppRole;
    e.id = u"0a000000-0000-4000-8000-0000000000c1"_s;
    e.value = u"Earlier.Role"_s;
    e.resourceAppId = u"0a000000-0000-4000-8000-0000000000c2"_s;
    good.entries = {e};
    QVERIFY(tenantcache::save(good).ok());
    m_catalog.setTenantSnapshot(good);

    ScriptedServer::Reply reply = ScriptedServer::json(
            status,
            status == 200 ? QByteArray(R"({"unexpected":true})")
                          : QByteArray(R"({"error":{"code":"Denied","message":"no"}})"));
    reply.action = ScriptedServer::Action(action);
    m_overrides.insert(path, reply);
    const auto r = refresh();
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind), kind);
    QVERIFY(!r.error().userMessage().isEmpty());
    // Nothing replaced: the cache and the catalog still hold the earlier snapshot.
    const auto cached = tenantcache::load(Tenant);
    QVERIFY(cached.ok());
    QCOMPARE(cached->fetchedAt, good.fetchedAt);
    QVERIFY(m_catalog.appRole(e.resourceAppId, e.id));
    QVERIFY(!m_catalog.search(u"User.Read.All"_s).isEmpty());
}

void TestCatalogRefresh::armForbiddenIsAWarning()
{
    m_overrides.insert("/subscriptions?",
                       ScriptedServer::json(
                               403, R"({"error":{"code":"AuthorizationFailed","message":"no"}})"));
    const auto r = refresh();
    QVERIFY(r.ok());
    QCOMPARE(r->warnings.size(), 1);
    QVERIFY(r->refreshedResources.contains(Graph));
    bool custom = false;
    for (const Entry &e : r->entries)
        custom |= e.customRole;
    QVERIFY(!custom);
}

void TestCatalogRefresh::corruptCache_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage") << QByteArray("\x89PNG not json");
    QTest::newRow("truncated") << QByteArray(R"({"format":1,"tenantId":")");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other tenant") << QByteArray(
            R"({"format":1,"tenantId":"someone-else","fetchedAt":"2026-11-24T12:00:00Z","entries":[]})");
}

void TestCatalogRefresh::corruptCache()
{
    QFETCH(QByteArray, bytes);
    const QString file = tenantcache::path(Tenant);
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    const auto r = tenantcache::load(Tenant);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Parse);
    QVERIFY(r.error().message.contains(file) || r.error().message.contains(u"another tenant"_s));
    // The bundled catalog is unaffected, and a refresh replaces the bad file.
    QCOMPARE(m_catalog.search(u"Contributor"_s).first().entry->id,
             u"b24988ac-6180-42a0-ab88-20f7382dd24c"_s);
    const auto fresh = refresh();
    QVERIFY(fresh.ok());
    QVERIFY(tenantcache::save(*fresh).ok());
    QVERIFY(tenantcache::load(Tenant).ok());
}

void TestCatalogRefresh::cancel()
{
    ScriptedServer::Reply hang;
    hang.action = ScriptedServer::Action::Hang;
    m_overrides.insert("/v1.0/servicePrincipals(", hang);
    auto *job = new TenantRefreshJob(m_client, Tenant, {}, this);
    QSignalSpy finished(job, &TenantRefreshJob::finished);
    job->start();
    QTRY_COMPARE(m_server->received().size(), 1);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->result().error().kind, ApiError::Kind::Cancelled);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    delete job;
}

QTEST_GUILESS_MAIN(TestCatalogRefresh)
#include "tst_catalogrefresh.moc"
