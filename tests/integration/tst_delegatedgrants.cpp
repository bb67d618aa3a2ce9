// Delegated permission grants (oauth2PermissionGrants where the identity is the client), the
// fourth kind of permission: the client against Microsoft's published example response, the
// sandbox's routes in the documented v1.0 shapes and their enforcement (app-only and delegated:
// scope and directory role), and the kind through the store, the plan job and the exports.

#include "mintedtokenprovider.h"
#include "sandboxfixture.h"

#include "auth/credential.h"
#include "catalog/catalog.h"
#include "core/auditlog.h"
#include "graph/delegatedgrantclient.h"
#include "graph/grantplan.h"
#include "permissions/delegatedgrantkind.h"
#include "permissions/permissionstore.h"
#include "permissions/planjob.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using ie::permissions::ChangeOutcome;
using ie::permissions::Kind;

namespace {
const QString HrPortal = u"b1a2c3d4-0002-4e5f-8a9b-c0d1e2f3a4b5"_s;
const QString BuildPipeline = u"b1a2c3d4-0003-4e5f-8a9b-c0d1e2f3a4b5"_s;
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s; // no Graph permission
const QString HrAllUsers = u"HRPortalAllUsersGraphZXlKaGJHY2lPaUpTVXpJMU5p"_s;
const QString HrMegan = u"HRPortalMeganGraphZXlKaGJHY2lPaUpTVXpJMU5pSXNJ"_s;
const QString Megan = u"a11ce000-0000-4000-8000-000000000002"_s;
const QString Adele = u"a11ce000-0000-4000-8000-000000000001"_s; // Privileged Role Administrator
const QString GraphSp = u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s;
const QString UserRead = u"e1fe6dd8-ba31-4d61-89e7-88639da4683d"_s; // User.Read (scope)

// The example response of "List oAuth2PermissionGrants", unchanged from
// https://learn.microsoft.com/graph/api/oauth2permissiongrant-list
QJsonObject documentedList()
{
    QFile f(QStringLiteral(IE_TESTDATA_DIR "/sandbox/graph-oauth2permissiongrants-list.json"));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}

// A user's (delegated) token signed by the sandbox: the claims of an app token of the client,
// with the user's oid, the scopes `scp` and the user's directory roles in `wids`.
class UserTokenProvider : public ie::net::TokenProvider
{
public:
    UserTokenProvider(ie::sandbox::SandboxServer *server, const QString &userId,
                      const QString &scp)
    {
        const QByteArray app = ie::test::MintedTokenProvider(server, HrPortal).mint(true);
        QJsonObject claims = ie::auth::unverifiedClaims(app);
        claims.remove("roles"_L1);
        claims.insert("idtyp"_L1, "user"_L1);
        claims.insert("oid"_L1, userId);
        claims.insert("scp"_L1, scp);
        claims.insert("wids"_L1,
                      QJsonArray::fromStringList(server->state().directoryRoleIdsOf(userId)));
        m_token = server->tokenIssuer().sign(claims);
    }
    void getToken(const ie::net::TokenRequest &request, QObject *context,
                  ie::net::TokenCallback callback) override
    {
        ie::net::AccessToken t;
        t.token = m_token;
        t.audience = request.audience;
        t.expiresOn = QDateTime::currentDateTimeUtc().addSecs(3600);
        QTimer::singleShot(0, context, [t, callback] { callback(t); });
    }

private:
    QByteArray m_token;
};
} // namespace

class TestDelegatedGrants : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void documentedExampleParses();
    void kindNamesResourceScopesAndUser();
    void readsAndWritesAreEnforced();
    void delegatedWritesNeedScopeAndRole_data();
    void delegatedWritesNeedScopeAndRole();
    void patchRejectsWhatGraphRejects();
    void planJobRemovesScopesThenDeletesTheGrant();
    void planMergesRemovalsOfOneGrantAndExports();

private:
    QPair<int, QJsonObject> send(ie::net::HttpRequest req,
                                 ie::net::TokenProvider *tokens = nullptr);
    QList<ChangeOutcome> run(const ie::graph::GrantPlan &plan);
    ie::permissions::IdentityPermissions load(const QString &principalId);
    ie::net::HttpRequest patch(const QString &grantId, const QString &scope) const;

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ie::AuditLog> m_audit;
    std::unique_ptr<ie::catalog::Catalog> m_catalog;
    std::unique_ptr<ie::graph::DelegatedGrantClient> m_client;
    std::unique_ptr<ie::permissions::DelegatedGrantKind> m_kind;
};

void TestDelegatedGrants::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_audit = std::make_unique<ie::AuditLog>(m_dir->filePath(u"audit.jsonl"_s));
    m_catalog = std::make_unique<ie::catalog::Catalog>();
    QVERIFY(m_catalog->loadBundled().ok());
    m_client = std::make_unique<ie::graph::DelegatedGrantClient>(&m_sandbox->client());
    m_kind = std::make_unique<ie::permissions::DelegatedGrantKind>(m_client.get(),
                                                                   m_catalog.get());
}

void TestDelegatedGrants::cleanup()
{
    m_kind.reset();
    m_client.reset();
    m_catalog.reset();
    m_audit.reset();
    m_dir.reset();
    m_sandbox.reset();
}

QPair<int, QJsonObject> TestDelegatedGrants::send(ie::net::HttpRequest req,
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

ie::net::HttpRequest TestDelegatedGrants::patch(const QString &grantId, const QString &scope) const
{
    return ie::net::HttpRequest::json("PATCH",
                                      m_sandbox->graph(u"/oauth2PermissionGrants/"_s + grantId),
                                      QJsonDocument(QJsonObject{{"scope"_L1, scope}}));
}

QList<ChangeOutcome> TestDelegatedGrants::run(const ie::graph::GrantPlan &plan)
{
    ie::permissions::PlanJob job(plan, {m_kind.get()}, m_audit.get(),
                                 {u"sandbox admin app"_s, m_sandbox->server().tenantId(), true});
    QSignalSpy finished(&job, &ie::permissions::PlanJob::finished);
    job.start();
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    }();
    return job.outcomes();
}

ie::permissions::IdentityPermissions TestDelegatedGrants::load(const QString &principalId)
{
    ie::permissions::PermissionStore store;
    store.addKind(m_kind.get());
    store.ensureLoaded(principalId);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading(principalId), 20000);
    }();
    return store.permissions(principalId);
}

void TestDelegatedGrants::documentedExampleParses()
{
    const QJsonArray value = documentedList().value("value"_L1).toArray();
    QCOMPARE(value.size(), 2);
    const auto g = ie::graph::DelegatedPermissionGrant::fromJson(value.first().toObject());
    QCOMPARE(g.id, u"AVs6JuUDjkCFV7q2gd8QTPimBBgj5iBFj0C6GwwRxC0"_s);
    QCOMPARE(g.clientId, u"263a5b01-03e5-408e-8557-bab681df104c"_s);
    QCOMPARE(g.consentType, u"AllPrincipals"_s);
    QVERIFY(g.principalId.isEmpty()); // null
    QCOMPARE(g.resourceId, u"1804a6f8-e623-4520-8f40-ba1b0c11c42d"_s);
    QCOMPARE(g.scopes, (QStringList{u"User.Read"_s, u"Group.ReadWrite.All"_s}));
    QCOMPARE(ie::graph::DelegatedPermissionGrant::fromJson(value.at(1).toObject()).scopes.size(),
             34);

    // The sandbox answers a client's list with every property the example has (but the
    // annotation @odata.id), of the same JSON type, under the same @odata.context.
    const auto [status, body] = send(ie::net::HttpRequest::get(
            m_sandbox->graph(u"/servicePrincipals/"_s + HrPortal + u"/oauth2PermissionGrants"_s)));
    QCOMPARE(status, 200);
    QCOMPARE(body.value("@odata.context"_L1), documentedList().value("@odata.context"_L1));
    QJsonObject mine;
    for (const QJsonValue &v : body.value("value"_L1).toArray()) {
        if (v.toObject().value("id"_L1).toString() == HrAllUsers)
            mine = v.toObject();
    }
    const QJsonObject theirs = value.first().toObject();
    for (auto it = theirs.begin(); it != theirs.end(); ++it) {
        if (it.key().startsWith("@odata."_L1))
            continue;
        QVERIFY2(mine.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(mine.value(it.key()).type(), it.value().type());
    }
    QCOMPARE(mine.value("clientId"_L1).toString(), HrPortal); // object ids, not appIds
    QCOMPARE(mine.value("resourceId"_L1).toString(), GraphSp);
}

void TestDelegatedGrants::kindNamesResourceScopesAndUser()
{
    const auto hr = load(HrPortal);
    QVERIFY(hr.isLoaded(Kind::DelegatedGrant));
    const auto held = hr.ofKind(Kind::DelegatedGrant);
    QCOMPARE(held.size(), 6); // five scopes for every user, one for Megan
    bool userRead = false;
    bool files = false;
    for (const ie::permissions::HeldPermission &p : held) {
        QCOMPARE(p.resourceName, u"Microsoft Graph"_s);
        QCOMPARE(p.resourceAppId, QString::fromLatin1(ie::catalog::Catalog::GraphAppId));
        if (p.roleName == "User.Read"_L1) {
            userRead = true;
            QCOMPARE(p.roleId, UserRead); // named through the catalog's delegated scopes
            QCOMPARE(p.consentType, u"AllPrincipals"_s);
            QCOMPARE(p.assignmentId, HrAllUsers);
            QCOMPARE(p.grantScopes.size(), 5);
            QVERIFY(p.onBehalfOfName.isEmpty());
        }
        if (p.roleName == "Files.ReadWrite.All"_L1) {
            files = true;
            QCOMPARE(p.consentType, u"Principal"_s);
            QCOMPARE(p.onBehalfOfId, Megan);
            QCOMPARE(p.onBehalfOfName, u"megan@contoso.onmicrosoft.com"_s);
            QCOMPARE(p.scope, Megan);
        }
    }
    QVERIFY(userRead);
    QVERIFY(files);
    QVERIFY(hr.states.value(Kind::DelegatedGrant).notes.isEmpty());
    // An identity that is no client of any grant holds none; the kind offers nothing to grant.
    const auto vm = load(VmBatch);
    QVERIFY(vm.isLoaded(Kind::DelegatedGrant));
    QVERIFY(vm.ofKind(Kind::DelegatedGrant).isEmpty());
    std::optional<ie::Result<QList<ie::permissions::Grantable>>> grantable;
    m_kind->listGrantable({}, this, [&grantable](const auto &r) { grantable = r; });
    QVERIFY(grantable && grantable->ok() && grantable->value().isEmpty());
}

void TestDelegatedGrants::readsAndWritesAreEnforced()
{
    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    const qsizetype grantsBefore = m_sandbox->server().state().delegatedGrants.size();
    const QUrl list
            = m_sandbox->graph(u"/servicePrincipals/"_s + HrPortal + u"/oauth2PermissionGrants"_s);
    const auto read = send(ie::net::HttpRequest::get(list), &vm);
    QCOMPARE(read.first, 403);
    QCOMPARE(read.second.value("code"_L1).toString(), u"Authorization_RequestDenied"_s);
    QCOMPARE(send(ie::net::HttpRequest::get(
                          m_sandbox->graph(u"/oauth2PermissionGrants/"_s + HrAllUsers)),
                  &vm)
                     .first,
             403);
    QCOMPARE(send(patch(HrAllUsers, u"User.Read"_s), &vm).first, 403);
    ie::net::HttpRequest del;
    del.method = "DELETE";
    del.url = m_sandbox->graph(u"/oauth2PermissionGrants/"_s + HrAllUsers);
    QCOMPARE(send(del, &vm).first, 403);
    // Nothing changed.
    QCOMPARE(m_sandbox->server().state().delegatedGrants.size(), grantsBefore);

    // The kind's client says what is missing.
    ie::net::HttpClient asVm;
    asVm.setCloud(m_sandbox->server().cloud());
    asVm.setTokenProvider(&vm);
    ie::graph::DelegatedGrantClient client(&asVm);
    std::optional<ie::Result<QList<ie::graph::DelegatedPermissionGrant>>> denied;
    client.listGrants(HrPortal, this, [&denied](const auto &r) { denied = r; });
    QTRY_VERIFY_WITH_TIMEOUT(denied.has_value(), 20000);
    QVERIFY(!denied->ok());
    QCOMPARE(denied->error().httpStatus, 403);
    QVERIFY2(denied->error().message.contains(u"Directory.Read.All"_s),
             qPrintable(denied->error().message));
    std::optional<ie::Result<QString>> write;
    client.updateScopes(HrAllUsers, {u"User.Read"_s}, this, [&write](const auto &r) { write = r; });
    QTRY_VERIFY_WITH_TIMEOUT(write.has_value(), 20000);
    QVERIFY2(write->error().message.contains(u"DelegatedPermissionGrant.ReadWrite.All"_s),
             qPrintable(write->error().message));
}

void TestDelegatedGrants::delegatedWritesNeedScopeAndRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("scp");
    QTest::addColumn<int>("status");
    QTest::newRow("role and scope") << Adele << u"DelegatedPermissionGrant.ReadWrite.All"_s << 204;
    QTest::newRow("role, read scope only") << Adele << u"Directory.Read.All"_s << 403;
    QTest::newRow("scope, no role") << Megan << u"DelegatedPermissionGrant.ReadWrite.All"_s << 403;
}

void TestDelegatedGrants::delegatedWritesNeedScopeAndRole()
{
    QFETCH(QString, user);
    QFETCH(QString, scp);
    QFETCH(int, status);
    UserTokenProvider tokens(&m_sandbox->server(), user, scp);
    QCOMPARE(send(patch(HrAllUsers, u"openid User.Read"_s), &tokens).first, status);
    const auto &grants = m_sandbox->server().state().delegatedGrants;
    const auto it = std::find_if(grants.cbegin(), grants.cend(),
                                 [](const auto &g) { return g.id == HrAllUsers; });
    QVERIFY(it != grants.cend());
    QCOMPARE(it->scopes.size(), status == 204 ? 2 : 5);
}

void TestDelegatedGrants::patchRejectsWhatGraphRejects()
{
    // Only `scope` can be updated; a scope Microsoft Graph does not publish is refused.
    QCOMPARE(send(ie::net::HttpRequest::json(
                          "PATCH", m_sandbox->graph(u"/oauth2PermissionGrants/"_s + HrAllUsers),
                          QJsonDocument(QJsonObject{{"clientId"_L1, VmBatch}})))
                     .first,
             400);
    QCOMPARE(send(patch(HrAllUsers, u"User.Read NoSuch.Scope"_s)).first, 400);
    QCOMPARE(send(patch(u"doesNotExist"_s, u"User.Read"_s)).first, 404);
    const auto one = send(ie::net::HttpRequest::get(
            m_sandbox->graph(u"/oauth2PermissionGrants/"_s + HrMegan)));
    QCOMPARE(one.first, 200);
    QCOMPARE(one.second.value("principalId"_L1).toString(), Megan);
    QVERIFY(one.second.value("@odata.context"_L1).toString().endsWith(u"$entity"_s));
}

void TestDelegatedGrants::planJobRemovesScopesThenDeletesTheGrant()
{
    QList<ie::permissions::HeldPermission> all;
    for (const auto &p : load(HrPortal).ofKind(Kind::DelegatedGrant)) {
        if (p.assignmentId == HrAllUsers)
            all.append(p);
    }
    QCOMPARE(all.size(), 5);
    ie::graph::GrantPlan some;
    for (const auto &p : all) {
        if (p.roleName == "Mail.Read"_L1 || p.roleName == "offline_access"_L1)
            some.add(m_kind->planRevoke(p, u"Contoso HR Portal"_s));
    }
    const QList<ChangeOutcome> out = run(some);
    QCOMPARE(out.size(), 2);
    for (const ChangeOutcome &o : out)
        QCOMPARE(o.status, ChangeOutcome::Status::Done);
    QCOMPARE(m_audit->records().constLast().action, u"revoke-delegated-scope"_s);
    QCOMPARE(m_audit->records().constLast().result, u"revoked"_s);
    QCOMPARE(m_audit->records().constLast().identityObjectId, HrPortal);
    const auto after = send(ie::net::HttpRequest::get(
            m_sandbox->graph(u"/oauth2PermissionGrants/"_s + HrAllUsers)));
    QCOMPARE(after.second.value("scope"_L1).toString(), u"openid profile User.Read"_s);
    // Again: the scopes are gone already.
    for (const ChangeOutcome &o : run(some))
        QCOMPARE(o.status, ChangeOutcome::Status::AlreadyDone);

    // Revoking every scope left deletes the grant.
    ie::graph::GrantPlan rest;
    for (const auto &p : load(HrPortal).ofKind(Kind::DelegatedGrant)) {
        if (p.assignmentId == HrAllUsers)
            rest.add(m_kind->planRevoke(p, u"Contoso HR Portal"_s));
    }
    QCOMPARE(rest.changes().size(), 3);
    QCOMPARE(rest.requests().size(), 1);
    QCOMPARE(rest.requests().first().method, QByteArray("DELETE"));
    for (const ChangeOutcome &o : run(rest))
        QCOMPARE(o.status, ChangeOutcome::Status::Done);
    QCOMPARE(send(ie::net::HttpRequest::get(
                          m_sandbox->graph(u"/oauth2PermissionGrants/"_s + HrAllUsers)))
                     .first,
             404);
    for (const ChangeOutcome &o : run(rest))
        QCOMPARE(o.status, ChangeOutcome::Status::AlreadyDone);
    // Megan's own grant is untouched.
    QCOMPARE(load(HrPortal).ofKind(Kind::DelegatedGrant).size(), 1);
}

void TestDelegatedGrants::planMergesRemovalsOfOneGrantAndExports()
{
    ie::graph::GrantPlan plan;
    for (const auto &p : load(HrPortal).ofKind(Kind::DelegatedGrant)) {
        if (p.roleName == "Mail.Read"_L1 || p.roleName == "User.Read"_L1)
            plan.add(m_kind->planRevoke(p, u"Contoso HR Portal"_s));
    }
    QCOMPARE(plan.changes().size(), 2);
    QVERIFY(!plan.needsSecondConfirmation());
    const auto requests = plan.requests();
    QCOMPARE(requests.size(), 1); // one PATCH for both scopes of the grant
    QCOMPARE(requests.first().method, QByteArray("PATCH"));
    QVERIFY(requests.first().url.endsWith(u"/v1.0/oauth2PermissionGrants/"_s + HrAllUsers));
    QVERIFY2(requests.first().body.contains(u"\"scope\": \"openid profile offline_access\""_s),
             qPrintable(requests.first().body));
    using F = ie::graph::GrantPlan::Format;
    QVERIFY(plan.exportAs(F::Curl).contains(u"curl -sS -X PATCH"_s));
    QVERIFY(plan.exportAs(F::AzCli).contains(u"az rest --method PATCH"_s));
    QVERIFY(plan.exportAs(F::PowerShell).contains(u"Update-MgOauth2PermissionGrant"_s));
    QVERIFY(plan.exportAs(F::PowerShell).contains(u"-Scope \"openid profile offline_access\""_s));
    QVERIFY(plan.exportAs(F::Bicep).contains(u"Microsoft.Graph/oauth2PermissionGrants"_s));
    const QString tf = plan.exportAs(F::Terraform);
    QVERIFY(tf.contains(u"azuread_service_principal_delegated_permission_grant"_s));
    QVERIFY(tf.contains(u"claim_values                         = [\"openid\", \"profile\", "
                        "\"offline_access\"]"_s));
    QVERIFY(tf.contains(GraphSp));

    // Megan's grant has one scope: revoking it deletes the grant, named with its user.
    ie::graph::GrantPlan megan;
    for (const auto &p : load(HrPortal).ofKind(Kind::DelegatedGrant)) {
        if (p.assignmentId == HrMegan)
            megan.add(m_kind->planRevoke(p, u"Contoso HR Portal"_s));
    }
    QCOMPARE(megan.requests().first().method, QByteArray("DELETE"));
    QVERIFY(megan.exportAs(F::PowerShell).contains(u"Remove-MgOauth2PermissionGrant"_s));
    QVERIFY(megan.exportAs(F::Curl).contains(u"-X DELETE"_s));
    QVERIFY(megan.exportAs(F::Terraform).contains(u"id = \""_s + HrMegan));
}

QTEST_MAIN(TestDelegatedGrants)
#include "tst_delegatedgrants.moc"
