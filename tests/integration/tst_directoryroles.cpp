// Microsoft Entra directory roles, the third kind of permission: the sandbox's routes in the
// documented v1.0 shapes and their enforcement, the client against Microsoft's published example
// response, and the kind through the store and the plan job.

#include "mintedtokenprovider.h"
#include "sandboxfixture.h"

#include "catalog/catalog.h"
#include "core/auditlog.h"
#include "graph/directoryroleclient.h"
#include "graph/grantplan.h"
#include "permissions/directoryrolekind.h"
#include "permissions/permissionstore.h"
#include "permissions/planjob.h"
#include "sandbox/faultinjector.h"
#include "sandbox/tenantstate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ie::permissions::ChangeOutcome;
using ie::permissions::Kind;

namespace {
const QString BuildPipeline
        = u"b1a2c3d4-0003-4e5f-8a9b-c0d1e2f3a4b5"_s; // Application Administrator
const QString KvReader = u"d2e3f4a5-0002-4b6c-9d7e-8f9a0b1c2d3e"_s; // Directory Readers
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s; // no directory role
const QString ApplicationAdministrator = u"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"_s;
const QString DirectoryReaders = u"88d8e3e3-8f55-4a1e-953a-9b9898b8876b"_s;
const QString GlobalAdministrator = u"62e90394-69f5-4237-9190-012177145e10"_s;

// Example 2 of "List unifiedRoleAssignments" (filter on principalId), unchanged from
// https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments
QJsonObject documentedList()
{
    QFile f(QStringLiteral(IE_TESTDATA_DIR "/sandbox/graph-roleassignments-list.json"));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}
// One token, as it was minted: what a client holding it sends until it expires.
class FixedTokenProvider : public ie::net::TokenProvider
{
public:
    explicit FixedTokenProvider(QByteArray token) : m_token(std::move(token)) { }
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

QJsonArray widsOf(const QByteArray &token)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(token.split('.').value(1),
                                                          QByteArray::Base64UrlEncoding))
            .object()
            .value("wids"_L1)
            .toArray();
}
} // namespace

class TestDirectoryRoles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void documentedExampleParses();
    void listNamesTheRoleWithExpand();
    void listRejectsWhatGraphRejects_data();
    void listRejectsWhatGraphRejects();
    void eligibilityWithoutLicenceIsExplained();
    void readsAndWritesAreEnforced();
    void appWithDirectoryReadersReadsUsers();
    void createConflictDeleteAsGraphDoes();
    void kindReadsActiveRolesWithTiers();
    void planJobAssignsAgainAndRemoves();
    void planJobWaitsForEntraToKnowANewIdentity();
    void planExportsEveryFormat();

private:
    // Sends `req` as `tokens` (the admin app when null); the status and the JSON.
    QPair<int, QJsonObject> send(ie::net::HttpRequest req,
                                 ie::net::TokenProvider *tokens = nullptr);
    QList<ChangeOutcome> run(const ie::graph::GrantPlan &plan);

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ie::AuditLog> m_audit;
    std::unique_ptr<ie::catalog::Catalog> m_catalog;
    std::unique_ptr<ie::graph::DirectoryRoleClient> m_client;
    std::unique_ptr<ie::permissions::DirectoryRoleKind> m_kind;
};

void TestDirectoryRoles::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_audit = std::make_unique<ie::AuditLog>(m_dir->filePath(u"audit.jsonl"_s));
    m_catalog = std::make_unique<ie::catalog::Catalog>();
    QVERIFY(m_catalog->loadBundled().ok());
    m_client = std::make_unique<ie::graph::DirectoryRoleClient>(&m_sandbox->client());
    m_kind = std::make_unique<ie::permissions::DirectoryRoleKind>(m_client.get(), m_catalog.get());
    m_kind->setReplicationDelays({20ms, 40ms, 80ms});
}

void TestDirectoryRoles::cleanup()
{
    m_kind.reset();
    m_client.reset();
    m_catalog.reset();
    m_audit.reset();
    m_dir.reset();
    m_sandbox.reset();
}

QPair<int, QJsonObject> TestDirectoryRoles::send(ie::net::HttpRequest req,
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

QList<ChangeOutcome> TestDirectoryRoles::run(const ie::graph::GrantPlan &plan)
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

void TestDirectoryRoles::documentedExampleParses()
{
    const QJsonArray value = documentedList().value("value"_L1).toArray();
    QCOMPARE(value.size(), 2);
    const ie::graph::DirectoryRoleAssignment a
            = ie::graph::DirectoryRoleClient::assignmentFromJson(value.first().toObject());
    QCOMPARE(a.id, u"lAPpYvVpN0KRkAEhdxReEHJ1hPGqSKpHlqMuxhkE9B8-1"_s);
    QCOMPARE(a.principalId, u"f1847572-48aa-47aa-96a3-2ec61904f41f"_s);
    QCOMPARE(a.roleDefinitionId, GlobalAdministrator);
    QCOMPARE(a.directoryScopeId, u"/"_s);

    // The sandbox answers the same request with every property the example has, of the same
    // JSON type.
    const auto [status, body] = send(ie::net::HttpRequest::get(m_sandbox->graph(
            u"/roleManagement/directory/roleAssignments?$filter=principalId%20eq%20'"_s
            + BuildPipeline + u"'"_s)));
    QCOMPARE(status, 200);
    QCOMPARE(body.value("@odata.context"_L1), documentedList().value("@odata.context"_L1));
    const QJsonObject mine = body.value("value"_L1).toArray().first().toObject();
    const QJsonObject theirs = value.first().toObject();
    for (auto it = theirs.begin(); it != theirs.end(); ++it) {
        QVERIFY2(mine.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(mine.value(it.key()).type(), it.value().type());
    }
}

void TestDirectoryRoles::listNamesTheRoleWithExpand()
{
    const auto [status, body] = send(ie::net::HttpRequest::get(m_sandbox->graph(
            u"/roleManagement/directory/roleAssignments?$filter=principalId%20eq%20'"_s
            + BuildPipeline + u"'&$expand=roleDefinition"_s)));
    QCOMPARE(status, 200);
    QVERIFY(body.value("@odata.context"_L1).toString().contains(u"roleAssignments"_s));
    const QJsonArray value = body.value("value"_L1).toArray();
    QCOMPARE(value.size(), 1);
    const QJsonObject a = value.first().toObject();
    // The documented properties, and no others the app would come to rely on.
    const QStringList keys = a.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
             (QSet<QString>{u"id"_s, u"principalId"_s, u"resourceScope"_s, u"roleDefinitionId"_s,
                            u"directoryScopeId"_s, u"roleDefinition"_s}));
    QCOMPARE(a.value("principalId"_L1).toString(), BuildPipeline);
    QCOMPARE(a.value("roleDefinitionId"_L1).toString(), ApplicationAdministrator);
    QCOMPARE(a.value("directoryScopeId"_L1).toString(), u"/"_s);
    const QJsonObject d = a.value("roleDefinition"_L1).toObject();
    QCOMPARE(d.value("displayName"_L1).toString(), u"Application Administrator"_s);
    QCOMPARE(d.value("templateId"_L1).toString(), ApplicationAdministrator);
    QVERIFY(d.value("isBuiltIn"_L1).toBool());
    QVERIFY(!d.value("description"_L1).toString().isEmpty());

    // Without $expand: no roleDefinition.
    const auto plain = send(ie::net::HttpRequest::get(m_sandbox->graph(
            u"/roleManagement/directory/roleAssignments?$filter=principalId%20eq%20'"_s
            + BuildPipeline + u"'"_s)));
    QCOMPARE(plain.first, 200);
    QVERIFY(!plain.second.value("value"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .contains("roleDefinition"_L1));

    // The role definitions carry their template ids.
    const auto defs = send(ie::net::HttpRequest::get(
            m_sandbox->graph(u"/roleManagement/directory/roleDefinitions"_s)));
    QCOMPARE(defs.first, 200);
    bool found = false;
    for (const QJsonValue &v : defs.second.value("value"_L1).toArray())
        found = found
                || (v.toObject().value("templateId"_L1).toString() == GlobalAdministrator
                    && v.toObject().value("displayName"_L1).toString()
                            == "Global Administrator"_L1);
    QVERIFY(found);
}

void TestDirectoryRoles::listRejectsWhatGraphRejects_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("unsupported filter") << u"$filter=startswith(principalId,'b1')"_s;
    QTest::newRow("unknown expand") << u"$expand=owners"_s;
}

void TestDirectoryRoles::listRejectsWhatGraphRejects()
{
    QFETCH(QString, query);
    const auto r = send(ie::net::HttpRequest::get(
            m_sandbox->graph(u"/roleManagement/directory/roleAssignments?"_s + query)));
    QCOMPARE(r.first, 400);
}

void TestDirectoryRoles::eligibilityWithoutLicenceIsExplained()
{
    const auto r = send(ie::net::HttpRequest::get(m_sandbox->graph(
            u"/roleManagement/directory/roleEligibilitySchedules?$filter=principalId%20eq%20'"_s
            + BuildPipeline + u"'"_s)));
    QCOMPARE(r.first, 400);
    QCOMPARE(r.second.value("code"_L1).toString(), u"AadPremiumLicenseRequired"_s);

    // The kind shows the active roles and says in a note why no eligible ones are listed.
    std::optional<QStringList> notes;
    m_kind->listHeld(BuildPipeline, this,
                     [&notes](const ie::Result<QList<ie::permissions::HeldPermission>> &held,
                              const QStringList &n) {
                         QVERIFY(held.ok());
                         notes = n;
                     });
    QTRY_VERIFY_WITH_TIMEOUT(notes.has_value(), 20000);
    QCOMPARE(notes->size(), 1);
    QVERIFY2(notes->first().contains(u"P2"_s), qPrintable(notes->first()));
}

void TestDirectoryRoles::readsAndWritesAreEnforced()
{
    // A managed identity without any Graph permission may neither read nor write.
    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    const auto read = send(ie::net::HttpRequest::get(m_sandbox->graph(
                                   u"/roleManagement/directory/roleAssignments"_s)),
                           &vm);
    QCOMPARE(read.first, 403);
    QCOMPARE(read.second.value("code"_L1).toString(), u"Authorization_RequestDenied"_s);
    const QJsonObject body{{"principalId"_L1, VmBatch},
                           {"roleDefinitionId"_L1, GlobalAdministrator},
                           {"directoryScopeId"_L1, "/"_L1}};
    const auto write
            = send(ie::net::HttpRequest::json(
                           "POST", m_sandbox->graph(u"/roleManagement/directory/roleAssignments"_s),
                           QJsonDocument(body)),
                   &vm);
    QCOMPARE(write.first, 403);

    // The Key Vault reader holds Directory Readers but no Graph permission: an app-only token
    // is judged by its app roles, not its directory roles, here as in the kind's client.
    std::optional<ie::Result<QList<ie::graph::DirectoryRoleAssignment>>> denied;
    ie::net::HttpClient asVm;
    asVm.setCloud(m_sandbox->server().cloud());
    asVm.setTokenProvider(&vm);
    ie::graph::DirectoryRoleClient client(&asVm);
    client.listAssignments(VmBatch, this, [&denied](const auto &r) { denied = r; });
    QTRY_VERIFY_WITH_TIMEOUT(denied.has_value(), 20000);
    QVERIFY(!denied->ok());
    QCOMPARE(denied->error().httpStatus, 403);
    // The message names what is missing.
    QVERIFY2(denied->error().message.contains(u"RoleManagement.Read.Directory"_s),
             qPrintable(denied->error().message));
}

void TestDirectoryRoles::appWithDirectoryReadersReadsUsers()
{
    // Graph honours a service principal's directory roles in an app-only token: the Key Vault
    // reader holds Directory Readers and no Graph permission, and may list users; the batch VM's
    // identity holds neither and may not. The token names the role (wids) and the role must
    // still be held: removing it bites at once, adding one needs a new token.
    const ie::test::MintedTokenProvider reader(&m_sandbox->server(), KvReader);
    const QByteArray readerToken = reader.mint(true);
    QVERIFY(widsOf(readerToken).contains(QJsonValue(DirectoryReaders)));
    QCOMPARE(widsOf(readerToken).last().toString(), u"0997a1d0-0d1d-4acb-b408-d5ca73121e90"_s);
    FixedTokenProvider readerFixed(readerToken);
    const auto users = ie::net::HttpRequest::get(m_sandbox->graph(u"/users"_s));
    const auto read = send(users, &readerFixed);
    QCOMPARE(read.first, 200);
    QVERIFY(!read.second.value("value"_L1).toArray().isEmpty());

    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    const QByteArray vmToken = vm.mint(true);
    QCOMPARE(widsOf(vmToken).size(), 1);
    FixedTokenProvider vmFixed(vmToken);
    QCOMPARE(send(users, &vmFixed).first, 403);

    auto &state = m_sandbox->server().state();
    state.addDirectoryRoleAssignment(VmBatch, DirectoryReaders, u"/"_s);
    QCOMPARE(send(users, &vmFixed).first, 403); // its token was issued before
    QCOMPARE(send(users, &vm).first, 200); // a new one carries the role

    QString readerAssignment;
    for (const auto &a : std::as_const(state.directoryRoleAssignments)) {
        if (a.principalId.compare(KvReader, Qt::CaseInsensitive) == 0
            && a.roleDefinitionId == DirectoryReaders)
            readerAssignment = a.id;
    }
    QVERIFY(state.removeDirectoryRoleAssignment(readerAssignment));
    QCOMPARE(send(users, &readerFixed).first, 403);
}

void TestDirectoryRoles::createConflictDeleteAsGraphDoes()
{
    const QJsonObject body{{"principalId"_L1, VmBatch},
                           {"roleDefinitionId"_L1, DirectoryReaders},
                           {"directoryScopeId"_L1, "/"_L1}};
    const QUrl url = m_sandbox->graph(u"/roleManagement/directory/roleAssignments"_s);
    const auto created = send(ie::net::HttpRequest::json("POST", url, QJsonDocument(body)));
    QCOMPARE(created.first, 201);
    const QString id = created.second.value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.second.value("principalId"_L1).toString(), VmBatch);
    QCOMPARE(created.second.value("directoryScopeId"_L1).toString(), u"/"_s);
    QVERIFY(created.second.value("@odata.context"_L1).toString().endsWith(u"$entity"_s));

    const auto again = send(ie::net::HttpRequest::json("POST", url, QJsonDocument(body)));
    QCOMPARE(again.first, 400);
    QVERIFY(again.second.value("message"_L1).toString().contains(u"conflicting object"_s));

    // A scope that names no administrative unit, a role that does not exist.
    QJsonObject au = body;
    au.insert("directoryScopeId"_L1,
              "/administrativeUnits/00000000-0000-0000-0000-000000000001"_L1);
    QCOMPARE(send(ie::net::HttpRequest::json("POST", url, QJsonDocument(au))).first, 404);
    QJsonObject unknown = body;
    unknown.insert("roleDefinitionId"_L1, "00000000-0000-0000-0000-0000000000aa"_L1);
    QCOMPARE(send(ie::net::HttpRequest::json("POST", url, QJsonDocument(unknown))).first, 404);

    ie::net::HttpRequest del;
    del.method = "DELETE";
    del.url = QUrl(url.toString() + u'/' + id);
    QCOMPARE(send(del).first, 204);
    QCOMPARE(send(del).first, 404);
}

void TestDirectoryRoles::kindReadsActiveRolesWithTiers()
{
    ie::permissions::PermissionStore store;
    store.addKind(m_kind.get());
    store.ensureLoaded(BuildPipeline);
    store.ensureLoaded(KvReader);
    QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading(BuildPipeline) && !store.isLoading(KvReader), 20000);
    const auto pipeline = store.permissions(BuildPipeline);
    QVERIFY(pipeline.isLoaded(Kind::DirectoryRole));
    QCOMPARE(pipeline.ofKind(Kind::DirectoryRole).size(), 1);
    const ie::permissions::HeldPermission admin = pipeline.ofKind(Kind::DirectoryRole).first();
    QCOMPARE(admin.roleName, u"Application Administrator"_s);
    QCOMPARE(admin.roleId, ApplicationAdministrator);
    QCOMPARE(admin.scope, u"/"_s);
    QCOMPARE(admin.tier, ie::catalog::Tier::Tier0);
    QCOMPARE(pipeline.highestTier(), ie::catalog::Tier::Tier0);
    QVERIFY(!pipeline.states.value(Kind::DirectoryRole).notes.isEmpty());

    const auto reader = store.permissions(KvReader).ofKind(Kind::DirectoryRole);
    QCOMPARE(reader.size(), 1);
    QCOMPARE(reader.first().roleName, u"Directory Readers"_s);
    QVERIFY(reader.first().tier != ie::catalog::Tier::Tier0);
}

void TestDirectoryRoles::planJobAssignsAgainAndRemoves()
{
    ie::permissions::Grantable readers;
    readers.id = DirectoryReaders;
    readers.name = u"Directory Readers"_s;
    ie::graph::GrantPlan plan;
    plan.add(m_kind->planGrant(VmBatch, u"vm-batch-01"_s, readers, {}));
    const QList<ChangeOutcome> out = run(plan);
    QCOMPARE(out.value(0).status, ChangeOutcome::Status::Done);
    QVERIFY(!out.value(0).assignmentId.isEmpty());
    QCOMPARE(m_audit->records().constLast().action, u"assign-directory-role"_s);
    QCOMPARE(m_audit->records().constLast().result, u"assigned"_s);
    QCOMPARE(m_audit->records().constLast().identityObjectId, VmBatch);

    QCOMPARE(run(plan).value(0).status, ChangeOutcome::Status::AlreadyDone);
    QCOMPARE(m_audit->records().constLast().result, u"already-assigned"_s);

    ie::permissions::PermissionStore store;
    store.addKind(m_kind.get());
    store.ensureLoaded(VmBatch);
    QTRY_VERIFY_WITH_TIMEOUT(store.permissions(VmBatch).isLoaded(Kind::DirectoryRole), 20000);
    const auto held = store.permissions(VmBatch).ofKind(Kind::DirectoryRole);
    QCOMPARE(held.size(), 1);
    ie::graph::GrantPlan remove;
    remove.add(m_kind->planRevoke(held.first(), u"vm-batch-01"_s));
    QCOMPARE(run(remove).value(0).status, ChangeOutcome::Status::Done);
    QCOMPARE(m_audit->records().constLast().action, u"remove-directory-role"_s);
    QCOMPARE(run(remove).value(0).status, ChangeOutcome::Status::AlreadyDone);
    store.refresh(VmBatch);
    QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading(VmBatch), 20000);
    QVERIFY(store.permissions(VmBatch).ofKind(Kind::DirectoryRole).isEmpty());
}

void TestDirectoryRoles::planJobWaitsForEntraToKnowANewIdentity()
{
    QVERIFY(m_sandbox->server().faults().addSpec(
            u"POST graph:/v1.0/roleManagement/directory/roleAssignments=notfound@2"_s));
    ie::permissions::Grantable readers;
    readers.id = DirectoryReaders;
    readers.name = u"Directory Readers"_s;
    ie::graph::GrantPlan plan;
    plan.add(m_kind->planGrant(VmBatch, u"vm-batch-01"_s, readers, {}));
    ie::permissions::PlanJob job(plan, {m_kind.get()}, m_audit.get(), {});
    QSignalSpy waiting(&job, &ie::permissions::PlanJob::waiting);
    QSignalSpy finished(&job, &ie::permissions::PlanJob::finished);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(job.outcomes().value(0).status, ChangeOutcome::Status::Done);
}

void TestDirectoryRoles::planExportsEveryFormat()
{
    ie::permissions::Grantable ga;
    ga.id = GlobalAdministrator;
    ga.name = u"Global Administrator"_s;
    ie::graph::GrantPlan plan;
    plan.add(m_kind->planGrant(VmBatch, u"vm-batch-01"_s, ga, {}));
    QVERIFY(plan.needsSecondConfirmation()); // tier 0
    const auto requests = plan.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("POST"));
    QVERIFY(requests.first().url.endsWith(u"/v1.0/roleManagement/directory/roleAssignments"_s));
    QVERIFY(requests.first().body.contains(u"\"directoryScopeId\": \"/\""_s));
    using F = ie::graph::GrantPlan::Format;
    QVERIFY(plan.exportAs(F::Curl).contains(u"curl -sS -X POST"_s));
    QVERIFY(plan.exportAs(F::AzCli).contains(u"az rest --method POST"_s));
    QVERIFY(plan.exportAs(F::PowerShell)
                    .contains(u"New-MgRoleManagementDirectoryRoleAssignment"_s));
    QVERIFY(plan.exportAs(F::Terraform).contains(u"azuread_directory_role_assignment"_s));
    QVERIFY(plan.exportAs(F::Bicep).contains(u"no resource"_s));
    for (F f : ie::graph::GrantPlan::formats())
        QVERIFY(plan.exportAs(f).contains(GlobalAdministrator) || f == F::Bicep);

    ie::permissions::HeldPermission held;
    held.kind = Kind::DirectoryRole;
    held.principalId = VmBatch;
    held.assignmentId = u"abc-1"_s;
    held.roleId = GlobalAdministrator;
    held.roleName = u"Global Administrator"_s;
    held.scope = u"/"_s;
    ie::graph::GrantPlan revoke;
    revoke.add(m_kind->planRevoke(held, u"vm-batch-01"_s));
    QVERIFY(!revoke.needsSecondConfirmation());
    QCOMPARE(revoke.requests().first().method, QByteArray("DELETE"));
    QVERIFY(revoke.exportAs(F::PowerShell)
                    .contains(u"Remove-MgRoleManagementDirectoryRoleAssignment"_s));
    QVERIFY(revoke.exportAs(F::Curl).contains(u"roleAssignments/abc-1"_s));
}

QTEST_MAIN(TestDirectoryRoles)
#include "tst_directoryroles.moc"
