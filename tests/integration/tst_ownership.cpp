// Ownership and control, the fifth kind of permission: the sandbox's ownedObjects / owners routes
// in the documented v1.0 shapes (directoryObject collections with @odata.type, paged), their
// permissions, addPassword enforcing ownership (Application.ReadWrite.OwnedBy is only for what the
// caller owns), and OwnershipKind's read through the sandbox (owned objects tiered by what their
// service principals hold; owners, the application's owners, a managed identity's resource).

#include "mintedtokenprovider.h"
#include "sandboxfixture.h"

#include "catalog/catalog.h"
#include "graph/approleclient.h"
#include "graph/ownershipclient.h"
#include "permissions/approlekind.h"
#include "permissions/ownershipkind.h"
#include "permissions/permissionstore.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/tenantstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::permissions::HeldPermission;
using ie::permissions::Kind;
using ie::permissions::Source;

namespace {
const QString OrdersApi = u"b1a2c3d4-0001-4e5f-8a9b-c0d1e2f3a4b5"_s; // owns the build pipeline app
const QString OrdersAppId = u"3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9"_s; // owned by Megan
const QString HrPortal = u"b1a2c3d4-0002-4e5f-8a9b-c0d1e2f3a4b5"_s; // SP owned by Adele
const QString BuildPipelineAppId = u"5f4c3d2e-1b0a-4f9c-c8d7-e6f5a4b3c2d1"_s;
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s; // no Graph permission
const QString OrdersShared = u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s; // user-assigned MI
const QString GraphSp = u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s;
const QString Megan = u"a11ce000-0000-4000-8000-000000000002"_s;
const QString Adele = u"a11ce000-0000-4000-8000-000000000001"_s;
} // namespace

class TestOwnership : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void ownedObjectsAndOwnersHaveTheirTypes();
    void ownedObjectsArePaged();
    void readsNeedAPermission();
    void addPassword_data();
    void addPassword();
    void kindReadsWhatItOwnsAndWhoControlsIt();
    void kindSaysWhatIsMissing();

private:
    QPair<int, QJsonObject> send(ie::net::HttpRequest req,
                                 ie::net::TokenProvider *tokens = nullptr);
    ie::permissions::IdentityPermissions load(const QString &principalId);
    void grantGraphRole(const QString &principalId, const QString &value);
    QString buildPipelineApplicationId();

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<ie::catalog::Catalog> m_catalog;
    std::unique_ptr<ie::graph::AppRoleClient> m_roles;
    std::unique_ptr<ie::permissions::AppRoleKind> m_appRoles;
    std::unique_ptr<ie::graph::OwnershipClient> m_client;
    std::unique_ptr<ie::permissions::OwnershipKind> m_kind;
};

void TestOwnership::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_catalog = std::make_unique<ie::catalog::Catalog>();
    QVERIFY(m_catalog->loadBundled().ok());
    m_roles = std::make_unique<ie::graph::AppRoleClient>(&m_sandbox->client());
    m_appRoles = std::make_unique<ie::permissions::AppRoleKind>(m_roles.get(), m_catalog.get());
    m_client = std::make_unique<ie::graph::OwnershipClient>(&m_sandbox->client());
    m_kind = std::make_unique<ie::permissions::OwnershipKind>(
            m_client.get(), QList<ie::permissions::PermissionKind *>{m_appRoles.get()});
}

void TestOwnership::cleanup()
{
    m_kind.reset();
    m_client.reset();
    m_appRoles.reset();
    m_roles.reset();
    m_catalog.reset();
    m_sandbox.reset();
}

QPair<int, QJsonObject> TestOwnership::send(ie::net::HttpRequest req,
                                            ie::net::TokenProvider *tokens)
{
    ie::net::HttpClient client;
    client.setCloud(m_sandbox->server().cloud());
    client.setTokenProvider(tokens ? tokens : &m_sandbox->tokens());
    std::optional<ie::Result<ie::net::HttpResponse>> r;
    client.send(req, this, [&r](const ie::Result<ie::net::HttpResponse> &x) { r = x; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 20000);
    }();
    if (!r)
        return {0, {}};
    if (r->ok())
        return {r->value().status, r->value().json.object()};
    return {r->error().httpStatus,
            QJsonObject{{"code"_L1, r->error().code}, {"message"_L1, r->error().message}}};
}

ie::permissions::IdentityPermissions TestOwnership::load(const QString &principalId)
{
    ie::permissions::PermissionStore store;
    store.addKind(m_kind.get());
    store.ensureLoaded(principalId);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading(principalId), 20000);
    }();
    return store.permissions(principalId);
}

void TestOwnership::grantGraphRole(const QString &principalId, const QString &value)
{
    ie::sandbox::TenantState &state = m_sandbox->server().state();
    QString roleId;
    for (const QJsonValue &r : state.spById(GraphSp)->json.value("appRoles"_L1).toArray()) {
        if (r.toObject().value("value"_L1).toString() == value)
            roleId = r.toObject().value("id"_L1).toString();
    }
    QVERIFY(!roleId.isEmpty());
    ie::sandbox::AppRoleAssignment created;
    QCOMPARE(state.addAppRoleAssignment(principalId, GraphSp, roleId, &created), QString());
}

QString TestOwnership::buildPipelineApplicationId()
{
    const auto *c = m_sandbox->server().state().applicationCredentialsOf(BuildPipelineAppId);
    return c ? c->id : QString();
}

void TestOwnership::ownedObjectsAndOwnersHaveTheirTypes()
{
    const QString context = u"https://graph.microsoft.com/v1.0/$metadata#directoryObjects"_s;
    const auto owned = send(ie::net::HttpRequest::get(
            m_sandbox->graph(u"/servicePrincipals/"_s + OrdersApi + u"/ownedObjects"_s)));
    QCOMPARE(owned.first, 200);
    QCOMPARE(owned.second.value("@odata.context"_L1).toString(), context);
    const QJsonArray value = owned.second.value("value"_L1).toArray();
    QCOMPARE(value.size(), 1);
    const QJsonObject app = value.first().toObject();
    QCOMPARE(app.value("@odata.type"_L1).toString(), u"#microsoft.graph.application"_s);
    QCOMPARE(app.value("appId"_L1).toString(), BuildPipelineAppId);
    QCOMPARE(app.value("id"_L1).toString(), buildPipelineApplicationId()); // the application's
    QVERIFY(app.value("displayName"_L1).isString());
    QVERIFY(!owned.second.contains("@odata.nextLink"_L1));

    // The application's owners (by appId and by object id): Megan, a user.
    for (const QString &key : {u"(appId='%1')"_s.arg(OrdersAppId),
                               u"/"_s + m_sandbox->server().state()
                                                .applicationCredentialsOf(OrdersAppId)
                                                ->id}) {
        const auto owners
                = send(ie::net::HttpRequest::get(m_sandbox->graph(u"/applications"_s + key + u"/owners"_s)));
        QCOMPARE(owners.first, 200);
        const QJsonArray o = owners.second.value("value"_L1).toArray();
        QCOMPARE(o.size(), 1);
        QCOMPARE(o.first().toObject().value("@odata.type"_L1).toString(),
                 u"#microsoft.graph.user"_s);
        QCOMPARE(o.first().toObject().value("id"_L1).toString(), Megan);
    }
    // A service principal's owners: Adele owns the HR Portal's; the build pipeline application's
    // owner is a service principal.
    const auto hr = send(ie::net::HttpRequest::get(
            m_sandbox->graph(u"/servicePrincipals/"_s + HrPortal + u"/owners"_s)));
    QCOMPARE(hr.first, 200);
    QCOMPARE(hr.second.value("value"_L1).toArray().first().toObject().value("id"_L1).toString(),
             Adele);
    const auto pipeline = send(ie::net::HttpRequest::get(m_sandbox->graph(
            u"/applications(appId='%1')/owners"_s.arg(BuildPipelineAppId))));
    QCOMPARE(pipeline.first, 200);
    const QJsonObject sp = pipeline.second.value("value"_L1).toArray().first().toObject();
    QCOMPARE(sp.value("@odata.type"_L1).toString(), u"#microsoft.graph.servicePrincipal"_s);
    QCOMPARE(sp.value("id"_L1).toString(), OrdersApi);
    // Unknown objects are 404 Request_ResourceNotFound.
    const auto missing = send(ie::net::HttpRequest::get(m_sandbox->graph(
            u"/servicePrincipals/00000000-0000-4000-8000-00000000dead/ownedObjects"_s)));
    QCOMPARE(missing.first, 404);
    QCOMPARE(missing.second.value("code"_L1).toString(), u"Request_ResourceNotFound"_s);
}

void TestOwnership::ownedObjectsArePaged()
{
    // A second owned object: the HR Portal's service principal.
    m_sandbox->server().state().owners.append({HrPortal, false, OrdersApi});
    const QUrl first = m_sandbox->graph(u"/servicePrincipals/"_s + OrdersApi
                                        + u"/ownedObjects?$top=1"_s);
    const auto page1 = send(ie::net::HttpRequest::get(first));
    QCOMPARE(page1.first, 200);
    QCOMPARE(page1.second.value("value"_L1).toArray().size(), 1);
    const QString next = page1.second.value("@odata.nextLink"_L1).toString();
    QVERIFY2(next.contains(u"$skiptoken="_s), qPrintable(next));
    const auto page2 = send(ie::net::HttpRequest::get(QUrl(next)));
    QCOMPARE(page2.first, 200);
    const QJsonArray rest = page2.second.value("value"_L1).toArray();
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first().toObject().value("@odata.type"_L1).toString(),
             u"#microsoft.graph.servicePrincipal"_s);
    QCOMPARE(rest.first().toObject().value("id"_L1).toString(), HrPortal);
    QVERIFY(!page2.second.contains("@odata.nextLink"_L1));
    // $top out of range is refused as Graph refuses it.
    QCOMPARE(send(ie::net::HttpRequest::get(m_sandbox->graph(
                          u"/servicePrincipals/"_s + OrdersApi + u"/ownedObjects?$top=0"_s)))
                     .first,
             400);
    // The client follows every page.
    std::optional<ie::Result<QList<ie::graph::OwnershipObject>>> all;
    m_client->ownedObjects(OrdersApi, this, [&all](const auto &r) { all = r; });
    QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), 20000);
    QVERIFY(all->ok());
    QCOMPARE(all->value().size(), 2);
}

void TestOwnership::readsNeedAPermission()
{
    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    for (const QString &path :
         {u"/servicePrincipals/"_s + OrdersApi + u"/ownedObjects"_s,
          u"/servicePrincipals/"_s + HrPortal + u"/owners"_s,
          u"/applications(appId='%1')/owners"_s.arg(OrdersAppId)}) {
        const auto r = send(ie::net::HttpRequest::get(m_sandbox->graph(path)), &vm);
        QCOMPARE(r.first, 403);
        QCOMPARE(r.second.value("code"_L1).toString(), u"Authorization_RequestDenied"_s);
    }
    // Application.Read.All is enough.
    grantGraphRole(VmBatch, u"Application.Read.All"_s);
    ie::test::MintedTokenProvider reader(&m_sandbox->server(), VmBatch);
    QCOMPARE(send(ie::net::HttpRequest::get(m_sandbox->graph(u"/servicePrincipals/"_s + OrdersApi
                                                             + u"/ownedObjects"_s)),
                  &reader)
                     .first,
             200);
}

void TestOwnership::addPassword_data()
{
    QTest::addColumn<QString>("caller"); // empty: the admin app (Application.ReadWrite.All)
    QTest::addColumn<QString>("role"); // granted to the caller first
    QTest::addColumn<int>("status");
    QTest::newRow("owner with OwnedBy") << OrdersApi << u"Application.ReadWrite.OwnedBy"_s << 200;
    QTest::newRow("owner without permission") << OrdersApi << QString() << 403;
    QTest::newRow("not owner with OwnedBy") << VmBatch << u"Application.ReadWrite.OwnedBy"_s << 403;
    QTest::newRow("Application.ReadWrite.All") << QString() << QString() << 200;
}

void TestOwnership::addPassword()
{
    QFETCH(QString, caller);
    QFETCH(QString, role);
    QFETCH(int, status);
    if (!role.isEmpty())
        grantGraphRole(caller, role);
    std::unique_ptr<ie::test::MintedTokenProvider> minted;
    if (!caller.isEmpty())
        minted = std::make_unique<ie::test::MintedTokenProvider>(&m_sandbox->server(), caller);
    auto *credentials = m_sandbox->server().state().applicationCredentialsOf(BuildPipelineAppId);
    const qsizetype before = credentials->passwordCredentials.size();
    const auto r = send(ie::net::HttpRequest::json(
                                "POST",
                                m_sandbox->graph(u"/applications/"_s
                                                 + buildPipelineApplicationId()
                                                 + u"/addPassword"_s),
                                QJsonDocument(QJsonObject{
                                        {"passwordCredential"_L1,
                                         QJsonObject{{"displayName"_L1, "added by owner"_L1}}}})),
                        minted.get());
    QCOMPARE(r.first, status);
    credentials = m_sandbox->server().state().applicationCredentialsOf(BuildPipelineAppId);
    if (status != 200) {
        QCOMPARE(r.second.value("code"_L1).toString(), u"Authorization_RequestDenied"_s);
        QCOMPARE(credentials->passwordCredentials.size(), before);
        return;
    }
    // The secret once, in the answer; the application keeps the credential without it.
    const QString secret = r.second.value("secretText"_L1).toString();
    QVERIFY(secret.size() >= 32);
    QCOMPARE(r.second.value("hint"_L1).toString(), secret.left(3));
    QCOMPARE(r.second.value("displayName"_L1).toString(), u"added by owner"_s);
    const QString keyId = r.second.value("keyId"_L1).toString();
    QCOMPARE(credentials->passwordCredentials.size(), before + 1);
    const auto app = send(ie::net::HttpRequest::get(m_sandbox->graph(
            u"/applications(appId='%1')?$select=passwordCredentials"_s.arg(BuildPipelineAppId))));
    QCOMPARE(app.first, 200);
    bool listed = false;
    for (const QJsonValue &v : app.second.value("passwordCredentials"_L1).toArray()) {
        if (v.toObject().value("keyId"_L1).toString() == keyId) {
            listed = true;
            QVERIFY(v.toObject().value("secretText"_L1).isNull());
        }
    }
    QVERIFY(listed);
}

void TestOwnership::kindReadsWhatItOwnsAndWhoControlsIt()
{
    // The Orders API owns the build pipeline's application, whose service principal holds
    // Application.ReadWrite.All: tier 0 by control. Megan controls the Orders API through its
    // application.
    const auto orders = load(OrdersApi);
    QVERIFY(orders.isLoaded(Kind::Ownership));
    QVERIFY(orders.states.value(Kind::Ownership).error.isEmpty());
    std::optional<HeldPermission> owned;
    std::optional<HeldPermission> megan;
    for (const HeldPermission &p : orders.ofKind(Kind::Ownership)) {
        if (p.source == Source::OwnedObject)
            owned = p;
        if (p.source == Source::Owner && p.assignmentId == Megan)
            megan = p;
    }
    QVERIFY(owned);
    QCOMPARE(owned->resourceAppId, BuildPipelineAppId);
    QCOMPARE(owned->sourceName, u"application"_s);
    QCOMPARE(owned->tier, ie::catalog::Tier::Tier0);
    QVERIFY2(owned->description.contains(u"Application.ReadWrite.All"_s),
             qPrintable(owned->description));
    QVERIFY(!m_kind->canRevoke(*owned));
    QVERIFY(megan);
    QCOMPARE(megan->sourceName, u"application"_s);
    QCOMPARE(megan->tier, ie::catalog::Tier::Untiered);
    QVERIFY(megan->roleName.contains(u"megan@contoso.onmicrosoft.com"_s));
    QCOMPARE(orders.highestTier(), ie::catalog::Tier::Tier0);

    // Owning something that holds nothing tiered is still tier 1 (a secret, then act as it).
    m_sandbox->server().state().owners.append({VmBatch, false, HrPortal});
    const auto hr = load(HrPortal);
    bool vm = false;
    bool adele = false;
    for (const HeldPermission &p : hr.ofKind(Kind::Ownership)) {
        if (p.source == Source::OwnedObject && p.assignmentId == VmBatch) {
            vm = true;
            QCOMPARE(p.tier, ie::catalog::Tier::Tier1);
        }
        if (p.source == Source::Owner && p.assignmentId == Adele)
            adele = p.sourceName == "servicePrincipal"_L1;
    }
    QVERIFY(vm);
    QVERIFY(adele);

    // A managed identity has no owners: the Azure roles that control it are named, at its
    // resource.
    const auto mi = load(OrdersShared);
    const auto miRows = mi.ofKind(Kind::Ownership);
    QCOMPARE(miRows.size(), 1);
    QCOMPARE(miRows.first().sourceName, u"resource"_s);
    QVERIFY(miRows.first().scope.contains(u"/providers/Microsoft.ManagedIdentity/"_s,
                                          Qt::CaseInsensitive));
    QVERIFY(miRows.first().description.contains(u"Managed Identity Operator"_s));
    QVERIFY(mi.states.value(Kind::Ownership).notes.isEmpty());

    // Microsoft Graph's application is Microsoft's: a note says its owners are not shown.
    const auto graph = load(GraphSp);
    QVERIFY(graph.isLoaded(Kind::Ownership));
    QCOMPARE(graph.states.value(Kind::Ownership).notes.size(), 1);
}

void TestOwnership::kindSaysWhatIsMissing()
{
    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    ie::net::HttpClient asVm;
    asVm.setCloud(m_sandbox->server().cloud());
    asVm.setTokenProvider(&vm);
    ie::graph::OwnershipClient client(&asVm);
    ie::permissions::OwnershipKind kind(&client, {});
    std::optional<ie::Result<QList<HeldPermission>>> held;
    kind.listHeld(OrdersApi, this, [&held](const auto &r, const QStringList &) { held = r; });
    QTRY_VERIFY_WITH_TIMEOUT(held.has_value(), 20000);
    QVERIFY(!held->ok());
    QCOMPARE(held->error().httpStatus, 403);
    QVERIFY2(held->error().message.contains(u"Application.Read.All"_s),
             qPrintable(held->error().message));
}

QTEST_GUILESS_MAIN(TestOwnership)
#include "tst_ownership.moc"
