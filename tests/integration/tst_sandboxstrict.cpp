// The sandbox is as strict as Azure where Azure bites: ARM's api-version lists, principalType and
// audience checks, WWW-Authenticate on every 401 (ARM's and Graph's own), claims challenges the
// app answers with a token asked for with those claims, Entra's replication delay, Graph's
// throttling by resource units per app and tenant (with the report and the identity tree run
// under it), per-service latency and --port 0 from the command line.

#include "sandboxfixture.h"
#include "testsupport.h"

#include "graph/approleclient.h"
#include "graph/permissionreport.h"
#include "models/identityloader.h"
#include "net/activitylog.h"
#include "net/tokenprovider.h"
#include "models/identitytreemodel.h"
#include "net/wwwauthenticate.h"
#include "sandbox/faultinjector.h"
#include "sandbox/tenantstate.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::net::AuthChallenge;
using ie::net::HttpRequest;
using ie::net::HttpResponse;

namespace {

const QString Sub = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90"_s;
const QString Reader = u"acdd72a7-3385-48ef-bd42-f606fba81ae7"_s;
const QString VmPrincipal = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;

ie::Result<HttpResponse> run(ie::net::HttpClient &client, const HttpRequest &r)
{
    ie::Result<HttpResponse> result(ApiError::make(ApiError::Kind::Timeout, u"no answer"_s));
    ie::net::HttpJob *job = client.send(r);
    QObject::connect(job, &ie::net::HttpJob::finished, job,
                     [&result, job] { result = job->result(); });
    QSignalSpy spy(job, &ie::net::HttpJob::finished);
    spy.wait(30000);
    return result;
}

// Hands out exactly the token it was given (HttpClient sends only its provider's tokens).
class FixedToken : public ie::net::TokenProvider
{
public:
    QByteArray token;
    void getToken(const ie::net::TokenRequest &request, QObject *,
                  ie::net::TokenCallback callback) override
    {
        ie::net::AccessToken t;
        t.token = token;
        t.expiresOn = QDateTime::currentDateTimeUtc().addSecs(3600);
        t.audience = request.audience;
        callback(t);
    }
};

// The raw answer to a request with exactly this Authorization header (no token of the app's own).
HttpResponse raw(ie::net::HttpClient &client, const QByteArray &method, const QUrl &url,
                 const QByteArray &authorization, const QByteArray &body = {})
{
    FixedToken fixed;
    ie::net::TokenProvider *own = client.tokenProvider();
    HttpRequest r = body.isEmpty() ? HttpRequest::get(url)
                                   : HttpRequest::json(method, url, QJsonDocument::fromJson(body));
    r.method = method;
    r.authenticate = false;
    r.anyStatus = true;
    r.retry.maxRetries = 0;
    if (!authorization.isEmpty()) {
        fixed.token = authorization.mid(7); // after "Bearer "
        client.setTokenProvider(&fixed);
        r.authenticate = true;
    }
    const auto res = run(client, r);
    client.setTokenProvider(own);
    return res.ok() ? *res : HttpResponse{};
}

QString errorCode(const HttpResponse &r)
{
    return r.json.object().value("error"_L1).toObject().value("code"_L1).toString();
}
QString errorMessage(const HttpResponse &r)
{
    return r.json.object().value("error"_L1).toObject().value("message"_L1).toString();
}

} // namespace

class TestSandboxStrict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void armApiVersions_data();
    void armApiVersions();
    void armWrongAudience();
    void unauthorizedCarriesChallenge_data();
    void unauthorizedCarriesChallenge();
    void unmatchedPrincipalType();
    void claimsChallengeIsAnswered_data();
    void claimsChallengeIsAnswered();
    void replicationDelay();
    void assignmentListLagsAGrant();
    void grantWaitsForEntra_data();
    void grantWaitsForEntra();
    void throttlingBudget();
    void reportAndTreeUnderBudget();
    void portZeroAndLatencyPerService();

private:
    QByteArray tokenFor(const QString &resource);
    ie::test::SandboxFixture m_sandbox;
};

void TestSandboxStrict::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestSandboxStrict::init()
{
    m_sandbox.server().faults().clear();
    m_sandbox.server().setGraphBudget(0);
}

QByteArray TestSandboxStrict::tokenFor(const QString &resource)
{
    auto &s = m_sandbox.server();
    QString error;
    const QByteArray t = s.mintTokenFor(s.state().spByAppId(s.adminClientId())->id, resource, &error);
    [&] { QVERIFY2(!t.isEmpty(), qPrintable(error)); }();
    return "Bearer " + t;
}

void TestSandboxStrict::armApiVersions_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("listed"); // a version the error must list
    QTest::newRow("subscriptions-known") << u"/subscriptions?api-version=2022-12-01"_s << 200
                                         << QString() << QString();
    QTest::newRow("subscriptions-unknown")
            << u"/subscriptions?api-version=2021-03-01"_s << 400
            << u"InvalidApiVersionParameter"_s << u"2022-12-01"_s;
    QTest::newRow("malformed") << u"/subscriptions?api-version=latest"_s << 400
                               << u"InvalidApiVersionParameter"_s << u"2021-04-01"_s;
    QTest::newRow("role-assignments-unknown")
            << Sub + u"/providers/Microsoft.Authorization/roleAssignments?api-version=2099-01-01"_s
            << 400 << u"NoRegisteredProviderFound"_s << u"2022-04-01"_s;
    QTest::newRow("role-assignments-known")
            << Sub + u"/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01"_s
            << 200 << QString() << QString();
    QTest::newRow("identities-unknown")
            << Sub + u"/providers/Microsoft.ManagedIdentity/userAssignedIdentities?api-version=2022-04-01"_s
            << 400 << u"NoRegisteredProviderFound"_s << u"2023-01-31"_s;
}

void TestSandboxStrict::armApiVersions()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, listed);
    const HttpResponse r = raw(m_sandbox.client(), "GET", m_sandbox.arm(path),
                               tokenFor(u"https://management.azure.com"_s));
    QCOMPARE(r.status, status);
    QCOMPARE(errorCode(r), code);
    QVERIFY2(errorMessage(r).contains(listed), qPrintable(errorMessage(r)));
}

void TestSandboxStrict::armWrongAudience()
{
    const HttpResponse r = raw(m_sandbox.client(), "GET",
                               m_sandbox.arm(u"/subscriptions?api-version=2022-12-01"_s),
                               tokenFor(u"https://graph.microsoft.com"_s));
    QCOMPARE(r.status, 401);
    QCOMPARE(errorCode(r), u"InvalidAuthenticationTokenAudience"_s);
    QVERIFY(errorMessage(r).contains(u"'https://graph.microsoft.com'"_s));
    QVERIFY(errorMessage(r).contains(u"'https://management.azure.com'"_s));
}

void TestSandboxStrict::unauthorizedCarriesChallenge_data()
{
    QTest::addColumn<bool>("arm");
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("arm-missing") << true << QByteArray();
    QTest::newRow("arm-garbage") << true << QByteArray("Bearer not.a.token");
    QTest::newRow("graph-missing") << false << QByteArray();
    QTest::newRow("graph-garbage") << false << QByteArray("Bearer not.a.token");
}

void TestSandboxStrict::unauthorizedCarriesChallenge()
{
    QFETCH(bool, arm);
    QFETCH(QByteArray, authorization);
    const QUrl url = arm ? m_sandbox.arm(u"/subscriptions?api-version=2022-12-01"_s)
                         : m_sandbox.graph(u"/servicePrincipals"_s);
    const HttpResponse r = raw(m_sandbox.client(), "GET", url, authorization);
    QCOMPARE(r.status, 401);
    const QList<AuthChallenge> c = AuthChallenge::parse(r.header("WWW-Authenticate"));
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].scheme, u"Bearer"_s);
    const QString login = m_sandbox.server().loginUrl().toString();
    if (arm) {
        QCOMPARE(c[0].param(u"authorization_uri"_s),
                 login + u'/' + m_sandbox.server().tenantId());
        QCOMPARE(c[0].error(), u"invalid_token"_s);
        QVERIFY(!c[0].param(u"error_description"_s).isEmpty());
    } else {
        QCOMPARE(c[0].params.first().first, u"realm"_s);
        QCOMPARE(c[0].param(u"realm"_s), QString());
        QCOMPARE(c[0].param(u"authorization_uri"_s), login + u"/common/oauth2/authorize"_s);
        QCOMPARE(c[0].param(u"client_id"_s), u"00000003-0000-0000-c000-000000000000"_s);
    }
}

void TestSandboxStrict::unmatchedPrincipalType()
{
    const QString path = Sub
            + u"/resourceGroups/rg-data/providers/Microsoft.Authorization/roleAssignments/6f1e2d3c-0000-4b5a-8c7d-9e0f1a2b3c4d?api-version=2022-04-01"_s;
    auto body = [&](const QString &type) {
        return QJsonDocument(
                       QJsonObject{{"properties"_L1,
                                    QJsonObject{{"roleDefinitionId"_L1,
                                                 Sub + u"/providers/Microsoft.Authorization/roleDefinitions/"_s
                                                         + Reader},
                                                {"principalId"_L1, VmPrincipal},
                                                {"principalType"_L1, type}}}})
                .toJson(QJsonDocument::Compact);
    };
    const QByteArray token = tokenFor(u"https://management.azure.com"_s);
    HttpResponse r = raw(m_sandbox.client(), "PUT", m_sandbox.arm(path), token, body(u"User"_s));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), u"UnmatchedPrincipalType"_s);
    QVERIFY2(errorMessage(r).contains(u"has type 'ServicePrincipal'"_s), qPrintable(errorMessage(r)));
    QVERIFY(errorMessage(r).contains(u"PrincipalType 'User'"_s));
    r = raw(m_sandbox.client(), "PUT", m_sandbox.arm(path), token, body(u"ServicePrincipal"_s));
    QCOMPARE(r.status, 201);
    raw(m_sandbox.client(), "DELETE", m_sandbox.arm(path), token);
}

void TestSandboxStrict::claimsChallengeIsAnswered_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("arm");
    QTest::newRow("graph") << u"graph:/v1.0/organization*=claims"_s << false;
    QTest::newRow("arm") << u"arm:/subscriptions?*=claims"_s << true;
}

// The app passes the challenge's claims to the token endpoint and retries once; the sandbox lets
// through only a token asked for with those claims.
void TestSandboxStrict::claimsChallengeIsAnswered()
{
    QFETCH(QString, fault);
    QFETCH(bool, arm);
    const QUrl url = arm ? m_sandbox.arm(u"/subscriptions?api-version=2022-12-01"_s)
                         : m_sandbox.graph(u"/organization"_s);
    QVERIFY(m_sandbox.server().faults().addSpec(fault));
    // The challenge as the service sends it.
    const HttpResponse challenge = raw(m_sandbox.client(), "GET", url,
                                       tokenFor(arm ? u"https://management.azure.com"_s
                                                    : u"https://graph.microsoft.com"_s));
    QCOMPARE(challenge.status, 401);
    const QString claims = AuthChallenge::claimsOf(challenge.header("WWW-Authenticate"));
    QVERIFY2(QJsonDocument::fromJson(claims.toUtf8()).object().contains("access_token"_L1),
             challenge.header("WWW-Authenticate").constData());
    // The app's own client answers it.
    const auto res = run(m_sandbox.client(), HttpRequest::get(url));
    QVERIFY2(res.ok(), qPrintable(res.ok() ? QString() : res.error().summary()));
    QCOMPARE(res->status, 200);
}

void TestSandboxStrict::replicationDelay()
{
    auto &s = m_sandbox.server();
    const QString spPath = u"/servicePrincipals/%1/appRoleAssignments"_s.arg(VmPrincipal);
    const QString graphSp = s.state().spByAppId(u"00000003-0000-0000-c000-000000000000"_s)->id;
    const QJsonObject grant{{"principalId"_L1, VmPrincipal},
                            {"resourceId"_L1, graphSp},
                            {"appRoleId"_L1, u"b633e1c5-b582-4048-a93e-9f11b44c7e96"_s}}; // Mail.Send
    QVERIFY(s.faults().addSpec(u"POST graph:/v1.0/servicePrincipals/*/appRoleAssignments=notfound@1"_s));
    const QByteArray token = tokenFor(u"https://graph.microsoft.com"_s);
    const QByteArray body = QJsonDocument(grant).toJson(QJsonDocument::Compact);
    HttpResponse r = raw(m_sandbox.client(), "POST", m_sandbox.graph(spPath), token, body);
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), u"Request_ResourceNotFound"_s);
    QVERIFY(errorMessage(r).contains(VmPrincipal));
    QVERIFY(s.faults().addSpec(u"POST graph:/v1.0/servicePrincipals/*/appRoleAssignments=badref@1"_s));
    r = raw(m_sandbox.client(), "POST", m_sandbox.graph(spPath), token, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorMessage(r), u"Not a valid reference update."_s);
    const int before = int(s.state().appRoleAssignments.size());
    r = raw(m_sandbox.client(), "POST", m_sandbox.graph(spPath), token, body);
    QCOMPARE(r.status, 201);
    QCOMPARE(int(s.state().appRoleAssignments.size()), before + 1);
    const QString id = r.json.object().value("id"_L1).toString();
    raw(m_sandbox.client(), "DELETE", m_sandbox.graph(spPath + u'/' + id), token);

    // A time window: after it, the identity is there.
    QVERIFY(s.faults().addSpec(u"graph:/v1.0/servicePrincipals/*=notfound:150"_s));
    r = raw(m_sandbox.client(), "GET", m_sandbox.graph(u"/servicePrincipals/"_s + VmPrincipal), token);
    QCOMPARE(r.status, 404);
    QTRY_COMPARE_WITH_TIMEOUT(raw(m_sandbox.client(), "GET",
                                  m_sandbox.graph(u"/servicePrincipals/"_s + VmPrincipal), token)
                                      .status,
                              200, 5000);
}

void TestSandboxStrict::assignmentListLagsAGrant()
{
    auto &s = m_sandbox.server();
    const QString spPath = u"/servicePrincipals/%1/appRoleAssignments"_s.arg(VmPrincipal);
    const QString graphSp = s.state().spByAppId(u"00000003-0000-0000-c000-000000000000"_s)->id;
    const QByteArray token = tokenFor(u"https://graph.microsoft.com"_s);
    const int listed = int(raw(m_sandbox.client(), "GET", m_sandbox.graph(spPath), token)
                                   .json.object().value("value"_L1).toArray().size());
    QVERIFY(s.faults().addSpec(u"GET graph:/v1.0/servicePrincipals/*/appRoleAssignments*=lag:400"_s));
    const QJsonObject grant{{"principalId"_L1, VmPrincipal},
                            {"resourceId"_L1, graphSp},
                            {"appRoleId"_L1, u"b633e1c5-b582-4048-a93e-9f11b44c7e96"_s}};
    HttpResponse r = raw(m_sandbox.client(), "POST", m_sandbox.graph(spPath), token,
                         QJsonDocument(grant).toJson(QJsonDocument::Compact));
    QCOMPARE(r.status, 201);
    const QString id = r.json.object().value("id"_L1).toString();
    // Right after the grant the list does not show it yet; a little later it does.
    QCOMPARE(raw(m_sandbox.client(), "GET", m_sandbox.graph(spPath), token)
                     .json.object().value("value"_L1).toArray().size(),
             listed);
    QTRY_COMPARE_WITH_TIMEOUT(raw(m_sandbox.client(), "GET", m_sandbox.graph(spPath), token)
                                      .json.object().value("value"_L1).toArray().size(),
                              listed + 1, 5000);
    raw(m_sandbox.client(), "DELETE", m_sandbox.graph(spPath + u'/' + id), token);
}

void TestSandboxStrict::grantWaitsForEntra_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("roles");
    QTest::newRow("not-found-twice")
            << u"POST graph:/v1.0/servicePrincipals/*/appRoleAssignments=notfound@2"_s << 1;
    QTest::newRow("bad-reference")
            << u"POST graph:/v1.0/servicePrincipals/*/appRoleAssignments=badref@1"_s << 1;
    QTest::newRow("list-lags") << u"GET graph:/v1.0/servicePrincipals/*/appRoleAssignments*=lag:300"_s
                               << 1;
    QTest::newRow("batch-not-found")
            << u"POST graph:/v1.0/servicePrincipals/*/appRoleAssignments=notfound@1"_s << 2;
}

// The app retries a grant Entra is not ready for, re-reads until the list shows it, and says
// that it waits.
void TestSandboxStrict::grantWaitsForEntra()
{
    QFETCH(QString, fault);
    QFETCH(int, roles);
    auto &s = m_sandbox.server();
    QVERIFY(s.faults().addSpec(fault));
    ie::graph::AppRoleClient client(&m_sandbox.client());
    client.setReplicationDelays({std::chrono::milliseconds(50), std::chrono::milliseconds(100),
                                 std::chrono::milliseconds(200), std::chrono::milliseconds(400)});
    const ie::graph::ResourceApi graph = ie::graph::AppRoleClient::resourceFromJson(
            s.state().spByAppId(u"00000003-0000-0000-c000-000000000000"_s)->json);
    const QStringList ids = QStringList{u"b633e1c5-b582-4048-a93e-9f11b44c7e96"_s, // Mail.Send
                                        u"e2a3a72e-5f79-4c64-b1b1-878b674786c9"_s} // Mail.ReadWrite
                                    .mid(0, roles);
    QSignalSpy waiting(&client, &ie::graph::AppRoleClient::waitingForEntra);
    QSignalSpy caughtUp(&client, &ie::graph::AppRoleClient::entraCaughtUp);
    std::optional<ie::Result<QList<ie::graph::GrantOutcome>>> result;
    client.grant(VmPrincipal, graph, ids, this, [&](const auto &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY(result->ok());
    QCOMPARE(result->value().size(), roles);
    for (const auto &o : result->value())
        QVERIFY2(o.status == ie::graph::GrantOutcome::Status::Granted,
                 qPrintable(o.error ? o.error->summary() : QString()));
    QVERIFY(!waiting.isEmpty());
    QCOMPARE(caughtUp.size(), 1);
    QCOMPARE(caughtUp.first().first().toString(), VmPrincipal);
    // What the panel shows next is what the sandbox holds (the lag is over by now).
    s.faults().clear();
    std::optional<ie::Result<QList<ie::graph::AppRoleAssignment>>> listed;
    client.listAssignments(VmPrincipal, this, [&](const auto &r) { listed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 20000);
    QVERIFY(listed->ok());
    for (const auto &o : result->value()) {
        QVERIFY(std::any_of(listed->value().begin(), listed->value().end(),
                            [&](const auto &a) { return a.id == o.assignmentId; }));
        std::optional<ie::Result<QString>> revoked;
        client.revoke(VmPrincipal, o.assignmentId, this, [&](const auto &r) { revoked = r; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 20000);
    }
}

void TestSandboxStrict::throttlingBudget()
{
    m_sandbox.server().setGraphBudget(5, 60000);
    const QByteArray token = tokenFor(u"https://graph.microsoft.com"_s);
    const QUrl list = m_sandbox.graph(u"/servicePrincipals?$top=5"_s); // 2 units
    const QUrl selected = m_sandbox.graph(u"/servicePrincipals?$top=5&$select=id"_s); // 1 unit
    HttpResponse r = raw(m_sandbox.client(), "GET", list, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-ms-resource-unit"), QByteArray("2"));
    QVERIFY(r.header("x-ms-throttle-limit-percentage").isEmpty()); // 40 %: not yet shown
    r = raw(m_sandbox.client(), "GET", list, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-ms-throttle-limit-percentage"), QByteArray("0.80"));
    r = raw(m_sandbox.client(), "GET", list, token); // 6 > 5
    QCOMPARE(r.status, 429);
    QVERIFY(r.header("Retry-After").toInt() >= 1);
    QCOMPARE(r.header("x-ms-throttle-information"), QByteArray("ResourceUnitLimitExceeded"));
    QVERIFY(r.header("x-ms-throttle-scope").startsWith("Tenant_Application/"));
    r = raw(m_sandbox.client(), "GET", selected, token); // 5: fits
    QCOMPARE(r.status, 200);
}

// Throttled by a budget rather than by scripted faults, the report and the tree still end with
// every row.
void TestSandboxStrict::reportAndTreeUnderBudget()
{
    ie::graph::PermissionReportJob free(&m_sandbox.client(), false);
    QSignalSpy freeDone(&free, &ie::graph::PermissionReportJob::finished);
    free.start();
    QVERIFY(freeDone.wait(60000));
    QVERIFY(free.result().ok());
    const auto all = free.result().value();

    ie::models::IdentityTreeModel freeModel;
    ie::models::IdentityLoader freeLoader(&m_sandbox.client(), &freeModel);
    freeLoader.load();
    QTRY_COMPARE_WITH_TIMEOUT(freeLoader.state(), ie::models::IdentityLoader::State::Complete,
                              30000);

    // report reads Graph in a bounded number of requests (one page of service principals, then
    // appRoleAssignedTo per resource API: three here, one unit each), so a budget of two units a
    // second is what makes the third wait.
    m_sandbox.server().setGraphBudget(2, 1000);
    QStringList log;
    QObject logScope; // ends the connection before `log` goes out of scope
    connect(m_sandbox.client().activityLog(), &ie::net::ActivityLog::entryAppended, &logScope,
            [&](const ie::net::ActivityEntry &e) { log << QString::number(e.status); });
    ie::graph::PermissionReportJob job(&m_sandbox.client(), false);
    QSignalSpy done(&job, &ie::graph::PermissionReportJob::finished);
    job.start();
    QVERIFY(done.wait(120000));
    QVERIFY2(job.result().ok(), qPrintable(job.result().ok() ? QString() : job.result().error().summary()));
    QCOMPARE(job.result().value().size(), all.size());
    QVERIFY2(log.contains(u"429"_s), qPrintable(u"the budget never bit: "_s + log.join(u' ')));

    ie::models::IdentityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ie::models::IdentityLoader loader(&m_sandbox.client(), &model);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), ie::models::IdentityLoader::State::Complete, 120000);
    QCOMPARE(model.identityCount(), freeModel.identityCount());
    QVERIFY(loader.problems().isEmpty());
}

void TestSandboxStrict::portZeroAndLatencyPerService()
{
    QProcess p;
    p.setProcessEnvironment(ie::test::cleanEnvironment());
    p.start(ie::test::executable(),
            {u"sandbox"_s, u"--json"_s, u"--port"_s, u"0"_s, u"--latency-ms"_s, u"imds=300,graph=0"_s});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || p.state() == QProcess::NotRunning, 30000);
    const QJsonObject line = QJsonDocument::fromJson(p.readLine()).object();
    const QJsonObject endpoints = line.value("endpoints"_L1).toObject();
    QVERIFY2(!endpoints.isEmpty(), p.readAllStandardError().constData());
    for (const QString &k : {u"login"_s, u"graph"_s, u"arm"_s, u"managedIdentity"_s})
        QVERIFY(QUrl(endpoints.value(k).toString()).port() > 0);
    // The IMDS answers only after its latency.
    HttpRequest r = HttpRequest::get(QUrl(line.value("managedIdentityEndpoints"_L1).toObject()
                                                  .value("imds"_L1).toString()
                                          + u"?api-version=2018-02-01&resource=https://management.azure.com"_s));
    r.authenticate = false;
    r.anyStatus = true;
    r.headers.append({QByteArrayLiteral("Metadata"), QByteArrayLiteral("true")});
    QElapsedTimer t;
    t.start();
    const auto res = run(m_sandbox.client(), r);
    QVERIFY(res.ok());
    QCOMPARE(res->status, 200);
    QVERIFY(t.elapsed() >= 250);
    p.terminate();
    QVERIFY(p.waitForFinished(10000));

    QProcess bad;
    bad.setProcessEnvironment(ie::test::cleanEnvironment());
    bad.start(ie::test::executable(), {u"sandbox"_s, u"--latency-ms"_s, u"dns=5"_s});
    QVERIFY(bad.waitForFinished(20000));
    QCOMPARE(bad.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestSandboxStrict)
#include "tst_sandboxstrict.moc"
