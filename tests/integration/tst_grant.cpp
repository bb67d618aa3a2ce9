// Granting and revoking against the sandbox tenant, through the domain clients: Graph app role
// assignments (one POST, $batch for many, partial failures, held roles, revocation), ARM role
// assignments (deterministic names, RoleAssignmentExists, PrincipalNotFound with backoff, 403),
// and faults on the way (429, 503, cut connections). The sandbox's tenant state and the tokens
// it mints must follow every change.

#include "mintedtokenprovider.h"
#include "sandboxfixture.h"

#include "arm/roleassignmentclient.h"
#include "arm/roleassignmentcreatejob.h"
#include "graph/approleclient.h"
#include "sandbox/faultinjector.h"
#include "sandbox/tenantstate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <chrono>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ie::ApiError;
using ie::graph::GrantOutcome;

namespace {

const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s; // vm-batch-01, no Graph roles
const QString FuncTimer = u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s; // holds User.Read.All
const QString UnusedUami = u"d2e3f4a5-0003-4b6c-9d7e-8f9a0b1c2d3e"_s; // id-dev-unused
const QString KvReader = u"d2e3f4a5-0002-4b6c-9d7e-8f9a0b1c2d3e"_s; // holds KV Secrets User on kv
const QString Sub = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90"_s;
const QString Kv
        = Sub + u"/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/kv-contoso-prod"_s;
const QString KvSecretsUser = u"4633458b-17de-408a-b874-0445c86b69e6"_s;
const QString Reader = u"acdd72a7-3385-48ef-bd42-f606fba81ae7"_s;
const QString UserReadAll = u"df021288-bdef-4463-88db-98f22de89214"_s;
const QString UserReadAllScope = u"a154be20-db9c-4678-8ab7-66f6cc099a59"_s;
const QString GroupReadAll = u"5b567255-7703-4780-807c-7be8301ae99b"_s;
const QString ApplicationReadAll = u"9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30"_s;

template<typename T>
struct Waiter
{
    std::optional<T> value;
    auto callback()
    {
        return [this](const T &v) {
            value = v;
        };
    }
};

QStringList rolesIn(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    const QJsonObject claims
            = QJsonDocument::fromJson(
                      QByteArray::fromBase64(parts.value(1), QByteArray::Base64UrlEncoding))
                      .object();
    QStringList out;
    for (const QJsonValue &v : claims.value("roles"_L1).toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestGrant : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void grantOneRoleChangesTokensAndAccess();
    void grantManyRolesInBatch();
    void partialBatchFailure();
    void scopeIdIsNeverSent_data();
    void scopeIdIsNeverSent();
    void grantWithoutPermissionIsForbidden();
    void grantSurvivesThrottling_data();
    void grantSurvivesThrottling();
    void cutConnectionIsReportedAndListTellsTheTruth();
    void revokeUnknownAssignment();
    void sandboxErrors_data();
    void sandboxErrors();
    void resourceApisGraphFirst();

    void assignmentNameIsDeterministic();
    void createAndDeleteRoleAssignment();
    void existingAssignmentIsAlreadyGranted();
    void principalNotFoundIsRetried();
    void principalNotFoundGivesUp();
    void armForbiddenIsExplained();
    void armPutSurvives503();
    void roleDefinitionsIncludeCustomRoles();
    void scopeTreeLoadsLevelByLevel();
    void listFiltersAsArmDoes_data();
    void listFiltersAsArmDoes();

private:
    ie::graph::ResourceApi graphApi();
    QList<GrantOutcome> grant(const QString &principal, const ie::graph::ResourceApi &api,
                              const QStringList &ids, std::optional<ApiError> *error = nullptr);
    QList<ie::graph::AppRoleAssignment> held(const QString &principal);

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<ie::graph::AppRoleClient> m_roles;
    std::unique_ptr<ie::arm::RoleAssignmentClient> m_rbac;
};

void TestGrant::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_roles = std::make_unique<ie::graph::AppRoleClient>(&m_sandbox->client());
    m_rbac = std::make_unique<ie::arm::RoleAssignmentClient>(&m_sandbox->client());
}

void TestGrant::cleanup()
{
    m_rbac.reset();
    m_roles.reset();
    m_sandbox.reset();
}

ie::graph::ResourceApi TestGrant::graphApi()
{
    Waiter<ie::Result<QList<ie::graph::ResourceApi>>> w;
    m_roles->listResourceApis(this, w.callback());
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(w.value.has_value(), 20000);
    }();
    if (!w.value || !*w.value || w.value->value().isEmpty())
        return {};
    return w.value->value().first();
}

QList<GrantOutcome> TestGrant::grant(const QString &principal, const ie::graph::ResourceApi &api,
                                     const QStringList &ids, std::optional<ApiError> *error)
{
    Waiter<ie::Result<QList<GrantOutcome>>> w;
    m_roles->grant(principal, api, ids, this, w.callback());
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(w.value.has_value(), 30000);
    }();
    if (!w.value)
        return {};
    if (!*w.value) {
        if (error)
            *error = w.value->error();
        return {};
    }
    return w.value->value();
}

QList<ie::graph::AppRoleAssignment> TestGrant::held(const QString &principal)
{
    Waiter<ie::Result<QList<ie::graph::AppRoleAssignment>>> w;
    m_roles->listAssignments(principal, this, w.callback());
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(w.value.has_value(), 20000);
    }();
    return w.value && *w.value ? w.value->value() : QList<ie::graph::AppRoleAssignment>{};
}

void TestGrant::grantOneRoleChangesTokensAndAccess()
{
    const ie::graph::ResourceApi api = graphApi();
    QCOMPARE(api.appId, u"00000003-0000-0000-c000-000000000000"_s);
    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    QVERIFY(!rolesIn(vm.mint(true)).contains(u"User.Read.All"_s));

    // The identity's own client: /users is denied before the grant.
    ie::net::HttpClient asVm;
    asVm.setCloud(m_sandbox->server().cloud());
    asVm.setTokenProvider(&vm);
    auto users = [&] {
        std::optional<ie::Result<ie::net::HttpResponse>> r;
        asVm.send(ie::net::HttpRequest::get(m_sandbox->graph(u"/users"_s)), this,
                  [&r](const ie::Result<ie::net::HttpResponse> &x) { r = x; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 20000);
        }();
        return r ? (r->ok() ? r->value().status : r->error().httpStatus) : 0;
    };
    QCOMPARE(users(), 403);

    const QList<GrantOutcome> out = grant(VmBatch, api, {UserReadAll});
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].status, GrantOutcome::Status::Granted);
    QCOMPARE(out[0].value, u"User.Read.All"_s);
    QVERIFY(!out[0].assignmentId.isEmpty());
    QVERIFY(!out[0].requestId.isEmpty());
    QVERIFY(rolesIn(vm.mint(true)).contains(u"User.Read.All"_s));
    QCOMPARE(users(), 200);

    // Granting again is "held", not an error.
    const QList<GrantOutcome> again = grant(VmBatch, api, {UserReadAll});
    QCOMPARE(again.size(), 1);
    QCOMPARE(again[0].status, GrantOutcome::Status::AlreadyHeld);

    const auto list = held(VmBatch);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].id, out[0].assignmentId);
    QCOMPARE(list[0].appRoleId, UserReadAll);

    std::optional<ie::Result<QString>> revoked;
    m_roles->revoke(VmBatch, out[0].assignmentId, this,
                    [&](const ie::Result<QString> &r) { revoked = r; });
    QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 20000);
    QVERIFY2(revoked->ok(), qPrintable(revoked->ok() ? QString() : revoked->error().summary()));
    QVERIFY(held(VmBatch).isEmpty());
    QVERIFY(!rolesIn(vm.mint(true)).contains(u"User.Read.All"_s));
    QCOMPARE(users(), 403);
}

void TestGrant::grantManyRolesInBatch()
{
    const ie::graph::ResourceApi api = graphApi();
    // 22 roles: two $batch requests. Take untiered-looking read roles and one already held.
    QStringList ids{UserReadAll};
    for (const ie::graph::AppRole &r : api.appRoles) {
        if (ids.size() == 22)
            break;
        if (r.assignableToApps() && r.value.endsWith(".Read.All"_L1) && !ids.contains(r.id))
            ids << r.id;
    }
    QCOMPARE(ids.size(), 22);
    QCOMPARE(grant(FuncTimer, api, {UserReadAll}).value(0).status,
             GrantOutcome::Status::AlreadyHeld);
    const QList<GrantOutcome> out = grant(FuncTimer, api, ids);
    QCOMPARE(out.size(), 22);
    QCOMPARE(out[0].status, GrantOutcome::Status::AlreadyHeld);
    for (int i = 1; i < out.size(); ++i) {
        QCOMPARE(out[i].appRoleId, ids[i]);
        QCOMPARE(out[i].status, GrantOutcome::Status::Granted);
    }
    QCOMPARE(held(FuncTimer).size(), 22);
    ie::test::MintedTokenProvider func(&m_sandbox->server(), FuncTimer);
    QCOMPARE(rolesIn(func.mint(true)).size(), 22);
}

void TestGrant::partialBatchFailure()
{
    // The picker's copy of the resource knows a role the tenant's Graph no longer has (stale):
    // that one fails with Graph's own reason, the others are granted.
    ie::graph::ResourceApi api = graphApi();
    api.appRoles.append({u"0badc0de-0000-4000-8000-000000000001"_s,
                         u"Retired.Read.All"_s,
                         u"Retired"_s,
                         {},
                         {u"Application"_s},
                         true});
    const QList<GrantOutcome> out
            = grant(VmBatch, api,
                    {GroupReadAll, u"0badc0de-0000-4000-8000-000000000001"_s, ApplicationReadAll});
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[0].status, GrantOutcome::Status::Granted);
    QCOMPARE(out[1].status, GrantOutcome::Status::Failed);
    QVERIFY(out[1].error.has_value());
    QCOMPARE(out[1].error->httpStatus, 400);
    QVERIFY2(out[1].error->message.contains("was not found on application"_L1),
             qPrintable(out[1].error->message));
    QCOMPARE(out[2].status, GrantOutcome::Status::Granted);
    QCOMPARE(held(VmBatch).size(), 2);
}

void TestGrant::scopeIdIsNeverSent_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("code");
    QTest::newRow("delegated User.Read.All")
            << QStringList{UserReadAllScope} << u"ScopeNotAppRole"_s;
    QTest::newRow("scope among roles")
            << QStringList{UserReadAll, UserReadAllScope} << u"ScopeNotAppRole"_s;
    QTest::newRow("unknown id") << QStringList{u"11111111-2222-4333-8444-555555555555"_s}
                                << u"UnknownAppRole"_s;
}

void TestGrant::scopeIdIsNeverSent()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, code);
    const ie::graph::ResourceApi api = graphApi();
    QVERIFY(api.scopeIds.contains(UserReadAllScope));
    const qsizetype before = m_sandbox->server().state().appRoleAssignments.size();
    std::optional<ApiError> error;
    QVERIFY(grant(VmBatch, api, ids, &error).isEmpty());
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ApiError::Kind::InvalidInput);
    QCOMPARE(error->code, code);
    QCOMPARE(m_sandbox->server().state().appRoleAssignments.size(), before);
}

void TestGrant::grantWithoutPermissionIsForbidden()
{
    const ie::graph::ResourceApi api = graphApi();
    // vm-batch-01 signs in: it has no AppRoleAssignment.ReadWrite.All.
    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    m_sandbox->client().setTokenProvider(&vm);
    const QList<GrantOutcome> out = grant(VmBatch, api, {UserReadAll});
    m_sandbox->client().setTokenProvider(&m_sandbox->tokens());
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].status, GrantOutcome::Status::Failed);
    QCOMPARE(out[0].error->httpStatus, 403);
    QCOMPARE(out[0].error->code, u"Authorization_RequestDenied"_s);
    QVERIFY(!out[0].requestId.isEmpty());
}

void TestGrant::grantSurvivesThrottling_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("roles");
    QTest::newRow("429 on POST")
            << u"POST graph:/v1.0/servicePrincipals/*/appRoleAssignments=429:1@1"_s << 1;
    QTest::newRow("503 on POST")
            << u"POST graph:/v1.0/servicePrincipals/*/appRoleAssignments=503:1@1"_s << 1;
    QTest::newRow("429 on $batch") << u"POST graph:/v1.0/$batch=429:1@1"_s << 2;
}

void TestGrant::grantSurvivesThrottling()
{
    QFETCH(QString, fault);
    QFETCH(int, roles);
    const ie::graph::ResourceApi api = graphApi();
    QString error;
    QVERIFY2(m_sandbox->server().faults().addSpec(fault, &error), qPrintable(error));
    const QStringList ids = QStringList{UserReadAll, GroupReadAll}.mid(0, roles);
    const QList<GrantOutcome> out = grant(VmBatch, api, ids);
    QCOMPARE(out.size(), roles);
    for (const GrantOutcome &o : out)
        QCOMPARE(o.status, GrantOutcome::Status::Granted);
    QCOMPARE(held(VmBatch).size(), roles);
}

void TestGrant::cutConnectionIsReportedAndListTellsTheTruth()
{
    const ie::graph::ResourceApi api = graphApi();
    QVERIFY(m_sandbox->server().faults().addSpec(
            u"POST graph:/v1.0/servicePrincipals/*/appRoleAssignments=cut@1"_s));
    const QList<GrantOutcome> out = grant(VmBatch, api, {UserReadAll});
    QCOMPARE(out.size(), 1);
    // A POST is not retried after a broken answer: the outcome is unknown to the client...
    QCOMPARE(out[0].status, GrantOutcome::Status::Failed);
    QVERIFY(out[0].error->kind == ApiError::Kind::Network
            || out[0].error->kind == ApiError::Kind::Parse);
    // ...and the list, read again, says what the server did.
    const auto list = held(VmBatch);
    QCOMPARE(list.size(), 1);
    // A second try is then "held", not a duplicate.
    QCOMPARE(grant(VmBatch, api, {UserReadAll}).value(0).status, GrantOutcome::Status::AlreadyHeld);
}

void TestGrant::revokeUnknownAssignment()
{
    std::optional<ie::Result<QString>> r;
    m_roles->revoke(VmBatch, u"nOtAnAsSiGnMeNt"_s, this,
                    [&](const ie::Result<QString> &x) { r = x; });
    QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 20000);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().httpStatus, 404);
    QCOMPARE(r->error().code, u"Request_ResourceNotFound"_s);
}

void TestGrant::sandboxErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString graphSp = u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s;
    auto body = [](const QString &p, const QString &r, const QString &a) {
        return QJsonDocument(QJsonObject{{"principalId"_L1, p},
                                         {"resourceId"_L1, r},
                                         {"appRoleId"_L1, a}})
                .toJson();
    };
    const QString post = u"/servicePrincipals/%1/appRoleAssignments"_s;
    QTest::newRow("held") << QByteArray("POST") << post.arg(FuncTimer)
                          << body(FuncTimer, graphSp, UserReadAll) << 400
                          << u"Request_BadRequest"_s;
    QTest::newRow("scope id") << QByteArray("POST") << post.arg(VmBatch)
                              << body(VmBatch, graphSp, UserReadAllScope) << 400
                              << u"Request_BadRequest"_s;
    QTest::newRow("unknown resource")
            << QByteArray("POST") << post.arg(VmBatch)
            << body(VmBatch, u"00000000-1111-4222-8333-444444444444"_s, UserReadAll) << 404
            << u"Request_ResourceNotFound"_s;
    QTest::newRow("unknown principal")
            << QByteArray("POST") << post.arg(u"00000000-1111-4222-8333-444444444444"_s)
            << body(u"00000000-1111-4222-8333-444444444444"_s, graphSp, UserReadAll) << 404
            << u"Request_ResourceNotFound"_s;
    QTest::newRow("not a guid") << QByteArray("POST") << post.arg(VmBatch)
                                << body(VmBatch, graphSp, u"User.Read.All"_s) << 400
                                << u"Request_BadRequest"_s;
    QTest::newRow("other principal")
            << QByteArray("POST") << post.arg(VmBatch) << body(FuncTimer, graphSp, GroupReadAll)
            << 400 << u"Request_BadRequest"_s;
    QTest::newRow("resource side")
            << QByteArray("POST") << u"/servicePrincipals/%1/appRoleAssignedTo"_s.arg(graphSp)
            << body(VmBatch, graphSp, GroupReadAll) << 201 << QString();
}

void TestGrant::sandboxErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    ie::net::HttpRequest req = ie::net::HttpRequest::json(method, m_sandbox->graph(path),
                                                          QJsonDocument::fromJson(body));
    req.retry.maxRetries = 0;
    std::optional<ie::Result<ie::net::HttpResponse>> r;
    m_sandbox->client().send(req, this, [&](const ie::Result<ie::net::HttpResponse> &x) { r = x; });
    QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 20000);
    if (status < 300) {
        QVERIFY(r->ok());
        QCOMPARE(r->value().status, status);
        return;
    }
    QVERIFY(!r->ok());
    QCOMPARE(r->error().httpStatus, status);
    QCOMPARE(r->error().code, code);
    QVERIFY(!r->error().requestId.isEmpty());
    if (qstrcmp(QTest::currentDataTag(), "held") == 0)
        QCOMPARE(r->error().message, u"Permission being assigned already exists on the object"_s);
}

void TestGrant::resourceApisGraphFirst()
{
    Waiter<ie::Result<QList<ie::graph::ResourceApi>>> w;
    m_roles->listResourceApis(this, w.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w.value.has_value(), 20000);
    QVERIFY(w.value->ok());
    const auto apis = w.value->value();
    QVERIFY(apis.size() >= 2);
    QCOMPARE(apis[0].displayName, u"Microsoft Graph"_s);
    bool orders = false;
    for (const auto &a : apis)
        orders = orders || a.displayName == "Contoso Orders API"_L1;
    QVERIFY(orders);
    for (const auto &a : apis)
        QVERIFY(!a.appRoles.isEmpty());
}

void TestGrant::assignmentNameIsDeterministic()
{
    const QString a = ie::arm::RoleAssignmentClient::assignmentName(Kv, UnusedUami, KvSecretsUser);
    QCOMPARE(a,
             ie::arm::RoleAssignmentClient::assignmentName(Kv.toUpper(), UnusedUami.toUpper(),
                                                           KvSecretsUser));
    QVERIFY(a != ie::arm::RoleAssignmentClient::assignmentName(Sub, UnusedUami, KvSecretsUser));
    QVERIFY(a != ie::arm::RoleAssignmentClient::assignmentName(Kv, KvReader, KvSecretsUser));
    QVERIFY(a != ie::arm::RoleAssignmentClient::assignmentName(Kv, UnusedUami, Reader));
    QCOMPARE(QUuid::fromString(a).version(), QUuid::Sha1);
}

void TestGrant::createAndDeleteRoleAssignment()
{
    auto *job = m_rbac->create(Kv, KvSecretsUser, UnusedUami);
    QSignalSpy done(job, &ie::arm::RoleAssignmentCreateJob::finished);
    ie::Result<ie::arm::CreateOutcome> result(ApiError::make(ApiError::Kind::Timeout, u"none"_s));
    connect(job, &ie::arm::RoleAssignmentCreateJob::finished, this,
            [&] { result = job->result(); });
    QVERIFY(done.wait(20000));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
    QCOMPARE(result->status, ie::arm::CreateOutcome::Status::Created);
    QCOMPARE(result->assignment.name,
             ie::arm::RoleAssignmentClient::assignmentName(Kv, UnusedUami, KvSecretsUser));
    QCOMPARE(result->assignment.scope, Kv);

    // A retried create with the same name is the same assignment, not a second one.
    auto *again = m_rbac->create(Kv, KvSecretsUser, UnusedUami);
    QSignalSpy againDone(again, &ie::arm::RoleAssignmentCreateJob::finished);
    QVERIFY(againDone.wait(20000));

    std::optional<ie::Result<ie::arm::AssignmentList>> list;
    m_rbac->listAssignments(UnusedUami, this, [&](const auto &r) { list = r; });
    QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 20000);
    QVERIFY(list->ok());
    QCOMPARE(list->value().items.size(), 1);
    QCOMPARE(list->value().items[0].roleDefinitionName, KvSecretsUser);

    std::optional<ie::Result<QString>> removed;
    m_rbac->remove(result->assignment.id, this, [&](const ie::Result<QString> &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    QVERIFY(removed->ok());
    list.reset();
    m_rbac->listAssignments(UnusedUami, this, [&](const auto &r) { list = r; });
    QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 20000);
    QVERIFY(list->value().items.isEmpty());
    // Deleting what is gone: ARM answers 204, which is success.
    removed.reset();
    m_rbac->remove(result->assignment.id, this, [&](const ie::Result<QString> &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    QVERIFY(removed->ok());
}

void TestGrant::existingAssignmentIsAlreadyGranted()
{
    auto *job = m_rbac->create(Kv, KvSecretsUser, KvReader);
    ie::Result<ie::arm::CreateOutcome> result(ApiError::make(ApiError::Kind::Timeout, u"none"_s));
    connect(job, &ie::arm::RoleAssignmentCreateJob::finished, this,
            [&] { result = job->result(); });
    QSignalSpy done(job, &ie::arm::RoleAssignmentCreateJob::finished);
    QVERIFY(done.wait(20000));
    QVERIFY(result.ok());
    QCOMPARE(result->status, ie::arm::CreateOutcome::Status::AlreadyExists);
}

void TestGrant::principalNotFoundIsRetried()
{
    m_sandbox->server().state().armReplicationLag.insert(UnusedUami, 2);
    auto *job = m_rbac->create(Sub + u"/resourceGroups/rg-data"_s, Reader, UnusedUami);
    job->setDelays({40ms, 60ms, 80ms});
    job->setTickInterval(10ms);
    QSignalSpy waiting(job, &ie::arm::RoleAssignmentCreateJob::waitingForReplication);
    QSignalSpy countdown(job, &ie::arm::RoleAssignmentCreateJob::countdown);
    ie::Result<ie::arm::CreateOutcome> result(ApiError::make(ApiError::Kind::Timeout, u"none"_s));
    connect(job, &ie::arm::RoleAssignmentCreateJob::finished, this,
            [&] { result = job->result(); });
    QSignalSpy done(job, &ie::arm::RoleAssignmentCreateJob::finished);
    QVERIFY(done.wait(20000));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
    QCOMPARE(result->attempts, 3);
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting[0][0].toInt(), 2);
    QCOMPARE(waiting[0][1].toLongLong(), 40);
    QCOMPARE(waiting[1][1].toLongLong(), 60);
    QVERIFY(countdown.size() >= 2);
    for (const auto &c : countdown)
        QVERIFY(c[0].toLongLong() > 0 && c[0].toLongLong() <= 60);
}

void TestGrant::principalNotFoundGivesUp()
{
    m_sandbox->server().state().armReplicationLag.insert(UnusedUami, 10);
    auto *job = m_rbac->create(Kv, KvSecretsUser, UnusedUami);
    job->setDelays({10ms, 10ms});
    job->setTickInterval(5ms);
    ie::Result<ie::arm::CreateOutcome> result(ApiError::make(ApiError::Kind::Timeout, u"none"_s));
    connect(job, &ie::arm::RoleAssignmentCreateJob::finished, this,
            [&] { result = job->result(); });
    QSignalSpy done(job, &ie::arm::RoleAssignmentCreateJob::finished);
    QVERIFY(done.wait(20000));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"PrincipalNotFound"_s);
    QVERIFY2(result.error().message.contains(UnusedUami), qPrintable(result.error().message));
}

void TestGrant::armForbiddenIsExplained()
{
    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    m_sandbox->client().setTokenProvider(&vm);
    auto *job = m_rbac->create(Kv, KvSecretsUser, UnusedUami);
    ie::Result<ie::arm::CreateOutcome> result(ApiError::make(ApiError::Kind::Timeout, u"none"_s));
    connect(job, &ie::arm::RoleAssignmentCreateJob::finished, this,
            [&] { result = job->result(); });
    QSignalSpy done(job, &ie::arm::RoleAssignmentCreateJob::finished);
    QVERIFY(done.wait(20000));
    m_sandbox->client().setTokenProvider(&m_sandbox->tokens());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().httpStatus, 403);
    QCOMPARE(result.error().code, u"AuthorizationFailed"_s);
    QVERIFY(result.error().message.contains("Microsoft.Authorization/roleAssignments/write"_L1));
    QVERIFY(result.error().message.contains(Kv));
}

void TestGrant::armPutSurvives503()
{
    QVERIFY(m_sandbox->server().faults().addSpec(u"PUT arm:*roleAssignments*=503:1@1"_s));
    auto *job = m_rbac->create(Kv, KvSecretsUser, UnusedUami);
    ie::Result<ie::arm::CreateOutcome> result(ApiError::make(ApiError::Kind::Timeout, u"none"_s));
    connect(job, &ie::arm::RoleAssignmentCreateJob::finished, this,
            [&] { result = job->result(); });
    QSignalSpy done(job, &ie::arm::RoleAssignmentCreateJob::finished);
    QVERIFY(done.wait(20000));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
    QCOMPARE(result->status, ie::arm::CreateOutcome::Status::Created);
}

void TestGrant::roleDefinitionsIncludeCustomRoles()
{
    std::optional<ie::Result<QList<ie::arm::RoleDefinition>>> r;
    m_rbac->listRoleDefinitions(Kv, this, [&](const auto &x) { r = x; });
    QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 20000);
    QVERIFY(r->ok());
    bool custom = false, owner = false;
    for (const auto &d : r->value()) {
        custom = custom || (d.custom && d.roleName == "Contoso Orders Operator"_L1);
        owner = owner || (d.roleName == "Owner"_L1 && d.actions.contains(u"*"_s));
    }
    QVERIFY(custom);
    QVERIFY(owner);
}

void TestGrant::scopeTreeLoadsLevelByLevel()
{
    auto level = [&](const QString &parent) {
        std::optional<ie::Result<QList<ie::arm::ScopeNode>>> r;
        m_rbac->listScopes(parent, this, [&](const auto &x) { r = x; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 20000);
        }();
        return r && *r ? r->value() : QList<ie::arm::ScopeNode>{};
    };
    // The subscriptions, then the management groups (see tst_managementgroups).
    const auto subs = level({});
    QCOMPARE(subs.size(), 4);
    QCOMPARE(subs[0].level, ie::arm::ScopeNode::Level::Subscription);
    QCOMPARE(subs[1].level, ie::arm::ScopeNode::Level::Subscription);
    QCOMPARE(subs[2].level, ie::arm::ScopeNode::Level::ManagementGroup);
    const auto groups = level(Sub);
    QCOMPARE(groups.size(), 3);
    const auto resources = level(Sub + u"/resourceGroups/rg-data"_s);
    bool kv = false;
    for (const auto &n : resources)
        kv = kv || n.id == Kv;
    QVERIFY(kv);
}

void TestGrant::listFiltersAsArmDoes_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("status");
    QTest::newRow("principal") << Sub << u"principalId eq '%1'"_s.arg(KvReader) << 1 << 200;
    QTest::newRow("assignedTo at kv") << Kv << u"assignedTo('%1')"_s.arg(KvReader) << 1 << 200;
    QTest::newRow("atScope and assignedTo at rg")
            << Sub + u"/resourceGroups/rg-data"_s
            << u"atScope() and assignedTo('%1')"_s.arg(KvReader) << 0 << 200;
    QTest::newRow("garbage") << Sub << u"roleName eq 'Owner'"_s << 0 << 400;
}

void TestGrant::listFiltersAsArmDoes()
{
    QFETCH(QString, scope);
    QFETCH(QString, filter);
    QFETCH(int, count);
    QFETCH(int, status);
    QUrl url = m_sandbox->arm(scope + u"/providers/Microsoft.Authorization/roleAssignments"_s);
    QUrlQuery q;
    q.addQueryItem(u"api-version"_s, u"2022-04-01"_s);
    q.addQueryItem(u"$filter"_s, filter);
    url.setQuery(q);
    std::optional<ie::Result<ie::net::HttpResponse>> r;
    m_sandbox->client().send(ie::net::HttpRequest::get(url), this, [&](const auto &x) { r = x; });
    QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 20000);
    if (status != 200) {
        QVERIFY(!r->ok());
        QCOMPARE(r->error().httpStatus, status);
        return;
    }
    QVERIFY(r->ok());
    QCOMPARE(r->value().json.object().value("value"_L1).toArray().size(), count);
}

QTEST_MAIN(TestGrant)
#include "tst_grant.moc"
