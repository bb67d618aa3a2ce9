// The admin's own path: the app signed in as a user of the sandbox tenant by device code and by
// browser, through its own core and its command line: the admin (Adele) grants Graph app roles and
// Azure roles and reads everything; the reader (Nestor) reads, and is refused a grant with a message
// that names the role it lacks; the user with no role (Megan) lists service principals and is
// refused app role assignments, again naming the roles. One sign-in serves Graph and ARM: the
// refresh token gets the second resource, no second device code or browser.

#include "browserplayer.h"
#include "sandboxfixture.h"
#include "testsupport.h"

#include "arm/roleassignmentclient.h"
#include "arm/roleassignmentcreatejob.h"
#include "auth/devicecodecredential.h"
#include "auth/interactivebrowsercredential.h"
#include "auth/tokencache.h"
#include "graph/approleclient.h"
#include "graph/permissionreport.h"
#include "models/identityloader.h"
#include "models/identitytreemodel.h"
#include "net/httpclient.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::graph::GrantOutcome;

namespace {

const QString Admin = u"adele@contoso.onmicrosoft.com"_s;
const QString Reader = u"nestor@contoso.onmicrosoft.com"_s;
const QString NoRole = u"megan@contoso.onmicrosoft.com"_s;
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s; // vm-batch-01, no Graph roles
const QString UnusedUami = u"d2e3f4a5-0003-4b6c-9d7e-8f9a0b1c2d3e"_s; // id-dev-unused
const QString UserReadAll = u"df021288-bdef-4463-88db-98f22de89214"_s;
const QString OrdersReadAll = u"0b7e2c4a-1111-4a5b-9c8d-7e6f5a4b3c21"_s; // Contoso Orders API
const QString Sub = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90"_s;
const QString ReaderRole = u"acdd72a7-3385-48ef-bd42-f606fba81ae7"_s;

// An HttpClient signed in as a sandbox user through a public client: the app's own credential
// behind the app's own token cache.
struct UserSession
{
    explicit UserSession(ie::sandbox::SandboxServer &server)
    {
        client.setCloud(server.cloud());
        ie::auth::DeviceCodeCredential::Options o;
        o.tenantId = server.tenantId();
        o.minimumInterval = std::chrono::milliseconds(20);
        credential = std::make_unique<ie::auth::DeviceCodeCredential>(&client, o);
        cache = std::make_unique<ie::auth::TokenCache>(credential.get(), server.cloud().name);
        client.setTokenProvider(cache.get());
        QObject::connect(credential.get(), &ie::auth::DeviceCodeCredential::userCodeReady,
                         credential.get(), [this] { ++codes; });
    }
    ~UserSession() { client.setTokenProvider(nullptr); }
    ie::net::HttpClient client;
    std::unique_ptr<ie::auth::DeviceCodeCredential> credential;
    std::unique_ptr<ie::auth::TokenCache> cache;
    int codes = 0; // device codes shown
};

} // namespace

class TestAdminPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void grantAppRole_data();
    void grantAppRole();
    void grantAzureRole_data();
    void grantAzureRole();
    void readAssignments_data();
    void readAssignments();
    void listIdentities_data();
    void listIdentities();
    void report_data();
    void report();
    void browserSignInServesBothServices();
    void commandLine_data();
    void commandLine();

private:
    ie::graph::ResourceApi resource(UserSession &s, const QString &appId);
    ie::test::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QString m_cloudConfig;
};

void TestAdminPath::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    m_cloudConfig = m_dir.filePath(u"sandbox-cloud.json"_s);
    QVERIFY(m_sandbox.writeCloudConfig(m_cloudConfig));
}

void TestAdminPath::init()
{
    auto &ctx = m_sandbox.server().context();
    ctx.deviceCodeIntervalSeconds = 0;
    ctx.interactiveUser.clear();
}

ie::graph::ResourceApi TestAdminPath::resource(UserSession &s, const QString &appId)
{
    // The resource API as the admin app reads it (what the grant panel would have loaded).
    Q_UNUSED(s)
    ie::graph::AppRoleClient roles(&m_sandbox.client());
    std::optional<ie::Result<QList<ie::graph::ResourceApi>>> apis;
    roles.listResourceApis(this, [&](const auto &r) { apis = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(apis.has_value(), 20000); }();
    if (!apis || !apis->ok())
        return {};
    for (const ie::graph::ResourceApi &r : apis->value()) {
        if (r.appId == appId)
            return r;
    }
    return {};
}

void TestAdminPath::grantAppRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("resourceAppId");
    QTest::addColumn<QString>("appRoleId");
    QTest::addColumn<QString>("refusal"); // empty: granted
    const QString graph = u"00000003-0000-0000-c000-000000000000"_s;
    const QString orders = u"3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9"_s;
    QTest::newRow("admin graph role") << Admin << graph << UserReadAll << QString();
    QTest::newRow("admin api role") << Admin << orders << OrdersReadAll << QString();
    QTest::newRow("reader graph role")
            << Reader << graph << UserReadAll
            << u"Signed in as nestor@contoso.onmicrosoft.com, which has no directory role that "
               "allows granting app roles of Microsoft Graph (needs Privileged Role "
               "Administrator or Global Administrator)."_s;
    QTest::newRow("no role api role")
            << NoRole << orders << OrdersReadAll
            << u"Signed in as megan@contoso.onmicrosoft.com, which has no directory role that "
               "allows granting app roles (needs Privileged Role Administrator, Cloud "
               "Application Administrator or Application Administrator)."_s;
}

void TestAdminPath::grantAppRole()
{
    QFETCH(QString, user);
    QFETCH(QString, resourceAppId);
    QFETCH(QString, appRoleId);
    QFETCH(QString, refusal);
    m_sandbox.server().context().interactiveUser = user;
    UserSession s(m_sandbox.server());
    const ie::graph::ResourceApi api = resource(s, resourceAppId);
    QVERIFY(!api.id.isEmpty());
    ie::graph::AppRoleClient roles(&s.client);
    std::optional<ie::Result<QList<GrantOutcome>>> out;
    roles.grant(VmBatch, api, {appRoleId}, this, [&](const auto &r) { out = r; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000);
    QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().summary()));
    const GrantOutcome o = out->value().value(0);
    if (refusal.isEmpty()) {
        QVERIFY2(o.status == GrantOutcome::Status::Granted,
                 qPrintable(o.error ? o.error->summary() : QString()));
        QVERIFY(m_sandbox.server().state().rolesOf(VmBatch, api.id).contains(o.value));
        // And the admin takes it back again.
        std::optional<ie::Result<QString>> revoked;
        roles.revoke(VmBatch, o.assignmentId, this, [&](const auto &r) { revoked = r; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 20000);
        QVERIFY2(revoked->ok(), qPrintable(revoked->ok() ? QString() : revoked->error().summary()));
        QVERIFY(!m_sandbox.server().state().rolesOf(VmBatch, api.id).contains(o.value));
    } else {
        QCOMPARE(o.status, GrantOutcome::Status::Failed);
        QVERIFY(o.error);
        QCOMPARE(o.error->httpStatus, 403);
        QCOMPARE(o.error->code, u"Authorization_RequestDenied"_s);
        QCOMPARE(o.error->message, refusal);
        QVERIFY(o.error->userMessage().contains(refusal));
        QVERIFY(m_sandbox.server().state().rolesOf(VmBatch, api.id).isEmpty());
    }
    QCOMPARE(s.codes, 1);
}

void TestAdminPath::grantAzureRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin (Owner)") << Admin << true;
    QTest::newRow("reader (Reader)") << Reader << false;
    QTest::newRow("no role") << NoRole << false;
}

void TestAdminPath::grantAzureRole()
{
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    m_sandbox.server().context().interactiveUser = user;
    UserSession s(m_sandbox.server());
    ie::arm::RoleAssignmentClient rbac(&s.client);
    auto *job = rbac.create(Sub, ReaderRole, UnusedUami);
    std::optional<ie::Result<ie::arm::CreateOutcome>> result;
    connect(job, &ie::arm::RoleAssignmentCreateJob::finished, this,
            [&] { result = job->result(); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    if (allowed) {
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().summary()));
        QCOMPARE(result->value().status, ie::arm::CreateOutcome::Status::Created);
        std::optional<ie::Result<QString>> removed;
        rbac.remove(result->value().assignment.id, this, [&](const auto &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY(removed->ok());
    } else {
        QVERIFY(!result->ok());
        QCOMPARE(result->error().httpStatus, 403);
        QCOMPARE(result->error().code, u"AuthorizationFailed"_s);
        QVERIFY2(result->error().message.startsWith(u"Signed in as %1, who is not allowed to "
                                                    "change role assignments at %2"_s.arg(user, Sub)),
                 qPrintable(result->error().message));
        QVERIFY(result->error().message.contains(u"Owner, User Access Administrator"_s));
        // ARM's own words name the user by UPN and object id.
        const QJsonObject *u = m_sandbox.server().state().user(user);
        QVERIFY(u);
        ie::net::HttpRequest put = ie::net::HttpRequest::json(
                "PUT",
                QUrl(m_sandbox.server().armUrl().toString() + Sub
                     + u"/providers/Microsoft.Authorization/roleAssignments/"
                       "0c3e2b1a-5d4f-4e6a-9b8c-7d6e5f4a3b2c?api-version=2022-04-01"_s),
                QJsonDocument(QJsonObject{
                        {"properties"_L1,
                         QJsonObject{{"roleDefinitionId"_L1,
                                      Sub + u"/providers/Microsoft.Authorization/roleDefinitions/"_s
                                              + ReaderRole},
                                     {"principalId"_L1, UnusedUami}}}}));
        put.anyStatus = true;
        std::optional<ie::Result<ie::net::HttpResponse>> raw;
        s.client.send(put, this, [&](const auto &r) { raw = r; });
        QTRY_VERIFY_WITH_TIMEOUT(raw.has_value(), 20000);
        QVERIFY(raw->ok());
        QCOMPARE(raw->value().status, 403);
        const QJsonObject error = raw->value().json.object().value("error"_L1).toObject();
        QCOMPARE(error.value("code"_L1).toString(), u"AuthorizationFailed"_s);
        QVERIFY2(error.value("message"_L1).toString().startsWith(
                         u"The client '%1' with object id '%2' does not have authorization"_s.arg(
                                 user, u->value("id"_L1).toString())),
                 qPrintable(error.value("message"_L1).toString()));
    }
}

void TestAdminPath::readAssignments_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin") << Admin << true;
    QTest::newRow("reader (Global Reader)") << Reader << true;
    QTest::newRow("no role") << NoRole << false;
}

void TestAdminPath::readAssignments()
{
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    m_sandbox.server().context().interactiveUser = user;
    UserSession s(m_sandbox.server());
    ie::graph::AppRoleClient roles(&s.client);
    std::optional<ie::Result<QList<ie::graph::AppRoleAssignment>>> held;
    roles.listAssignments(u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s, this,
                          [&](const auto &r) { held = r; });
    QTRY_VERIFY_WITH_TIMEOUT(held.has_value(), 20000);
    if (allowed) {
        QVERIFY2(held->ok(), qPrintable(held->ok() ? QString() : held->error().summary()));
        QCOMPARE(held->value().size(), 1); // func-timer-orders holds User.Read.All
    } else {
        QVERIFY(!held->ok());
        QCOMPARE(held->error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(held->error().message,
                 u"Signed in as megan@contoso.onmicrosoft.com, which has no directory role that "
                 "allows reading app role assignments (needs Directory Readers, Global Reader or "
                 "Privileged Role Administrator)."_s);
    }
}

void TestAdminPath::listIdentities_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("admin") << Admin;
    QTest::newRow("reader") << Reader;
    QTest::newRow("no role") << NoRole; // member users read service principals
}

void TestAdminPath::listIdentities()
{
    QFETCH(QString, user);
    m_sandbox.server().context().interactiveUser = user;
    UserSession s(m_sandbox.server());
    ie::models::IdentityTreeModel model;
    ie::models::IdentityLoader loader(&s.client, &model);
    loader.load();
    QTRY_VERIFY_WITH_TIMEOUT(loader.state() != ie::models::IdentityLoader::State::Loading
                                     && loader.state() != ie::models::IdentityLoader::State::Idle,
                             30000);
    QVERIFY2(loader.state() == ie::models::IdentityLoader::State::Complete,
             qPrintable(loader.problems().join(u'\n')));
    QVERIFY(model.identityCount() > 15); // every service principal of Contoso (tst_identityloader)
    // Graph for the service principals, ARM for the resources: one device code for both.
    QTRY_VERIFY_WITH_TIMEOUT(loader.armDone(), 20000);
    QVERIFY2(loader.problems().isEmpty(), qPrintable(loader.problems().join(u'\n')));
    QCOMPARE(s.codes, 1);
}

void TestAdminPath::report_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<QString>("warning");
    QTest::newRow("admin") << Admin << true << QString();
    QTest::newRow("reader") << Reader << true << QString();
    QTest::newRow("no role") << NoRole << false
                             << u"which has no directory role that allows reading app role "
                                "assignments (needs Directory Readers, Global Reader or "
                                "Privileged Role Administrator)"_s;
}

void TestAdminPath::report()
{
    QFETCH(QString, user);
    QFETCH(bool, whole);
    QFETCH(QString, warning);
    m_sandbox.server().context().interactiveUser = user;
    UserSession s(m_sandbox.server());
    ie::graph::PermissionReportJob job(&s.client, true);
    QSignalSpy done(&job, &ie::graph::PermissionReportJob::finished);
    job.start();
    QVERIFY(done.wait(60000));
    QVERIFY2(job.result().ok(),
             qPrintable(job.result().ok() ? QString() : job.result().error().summary()));
    QCOMPARE(job.isPartial(), !whole);
    if (!warning.isEmpty())
        QVERIFY2(job.warnings().join(u'\n').contains(warning), qPrintable(job.warnings().join(u'\n')));
    else
        QVERIFY2(job.warnings().isEmpty(), qPrintable(job.warnings().join(u'\n')));
    if (whole) {
        // The Azure roles the admin app's report sees, through the user's own Reader or Owner.
        bool azure = false;
        for (const ie::graph::ReportEntry &e : job.result().value())
            azure = azure || !e.azureRoles.isEmpty();
        QVERIFY(azure);
    }
    QCOMPARE(s.codes, 1);
}

void TestAdminPath::browserSignInServesBothServices()
{
    m_sandbox.server().context().interactiveUser = Reader;
    ie::net::HttpClient client;
    client.setCloud(m_sandbox.server().cloud());
    ie::auth::InteractiveBrowserCredential::Options o;
    o.tenantId = m_sandbox.server().tenantId();
    ie::auth::InteractiveBrowserCredential browser(&client, o);
    ie::auth::TokenCache cache(&browser, m_sandbox.server().cloud().name);
    client.setTokenProvider(&cache);
    const ie::test::BrowserPlayer player(m_sandbox.server().caCertificate());
    QList<QUrl> opened;
    connect(&browser, &ie::auth::InteractiveBrowserCredential::openUrl, this,
            [&](const QUrl &url) { opened << url; });
    // The report asks Graph and ARM side by side: one browser sign-in, then the refresh token.
    ie::graph::PermissionReportJob job(&client, true);
    QSignalSpy done(&job, &ie::graph::PermissionReportJob::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
    QCOMPARE(player.visit(opened.first()).loopbackStatus, 200);
    QVERIFY(done.wait(60000));
    QVERIFY2(job.result().ok(),
             qPrintable(job.result().ok() ? QString() : job.result().error().summary()));
    QVERIFY2(!job.isPartial(), qPrintable(job.warnings().join(u'\n')));
    QCOMPARE(opened.size(), 1);
    // And the reader's grant is refused with the role named, without another sign-in.
    ie::graph::AppRoleClient roles(&client);
    ie::graph::ResourceApi graph;
    {
        UserSession unused(m_sandbox.server());
        graph = resource(unused, u"00000003-0000-0000-c000-000000000000"_s);
    }
    std::optional<ie::Result<QList<GrantOutcome>>> out;
    roles.grant(VmBatch, graph, {UserReadAll}, this, [&](const auto &r) { out = r; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000);
    QVERIFY(out->ok());
    QVERIFY(out->value().value(0).error);
    QVERIFY2(out->value().value(0).error->message.contains(
                     u"Signed in as nestor@contoso.onmicrosoft.com, which has no directory role"_s),
             qPrintable(out->value().value(0).error->message));
    QCOMPARE(opened.size(), 1);
}

void TestAdminPath::commandLine_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrHas");
    const QStringList token{u"token"_s, u"--resource"_s, u"https://graph.microsoft.com"_s};
    QTest::newRow("token admin") << Admin << token << 0 << QString();
    QTest::newRow("token no role") << NoRole << token << 0 << QString();
    QTest::newRow("list admin") << Admin << QStringList{u"list"_s} << 0 << QString();
    QTest::newRow("list no role") << NoRole << QStringList{u"list"_s} << 0 << QString();
    QTest::newRow("report admin") << Admin << QStringList{u"report"_s} << 0 << QString();
    QTest::newRow("report reader") << Reader << QStringList{u"report"_s} << 0 << QString();
    QTest::newRow("report no role")
            << NoRole << QStringList{u"report"_s} << 3
            << u"Signed in as megan@contoso.onmicrosoft.com, which has no directory role that "
               "allows reading app role assignments"_s;
}

void TestAdminPath::commandLine()
{
    QFETCH(QString, user);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrHas);
    m_sandbox.server().context().interactiveUser = user;
    args << u"--credential"_s << u"device-code"_s << u"--tenant"_s
         << m_sandbox.server().tenantId() << u"--cloud-config"_s << m_cloudConfig;
    const ie::test::CommandRun r = ie::test::runCommand(args, ie::test::cleanEnvironment());
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    // One device code, whatever the verb asks for (report: Graph and ARM).
    QCOMPARE(r.err.count("enter the code"), 1);
    if (!stderrHas.isEmpty())
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrHas), r.err.constData());
    if (args.first() == "token"_L1) {
        const QJsonObject claims = ie::auth::unverifiedClaims(r.out.trimmed());
        QCOMPARE(claims.value("upn"_L1).toString(), user);
        QVERIFY(claims.value("scp"_L1).toString().contains(u"AppRoleAssignment.ReadWrite.All"_s));
    }
}

QTEST_GUILESS_MAIN(TestAdminPath)
#include "tst_adminpath.moc"
