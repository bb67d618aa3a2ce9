// The sandbox's managed-identity endpoints speak IMDS, App Service and Azure Arc as the real ones
// do: parameters, headers, JSON shapes (strings in IMDS, an epoch number in App Service), the Arc
// challenge, the errors, and tokens that carry xms_mirid, idtyp and the identity's current roles.

#include "sandboxfixture.h"

#include "sandbox/tenantstate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::net::HttpRequest;
using ie::net::HttpResponse;

namespace {

const QString Sub = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90"_s;
const QString Vm = Sub
        + u"/resourceGroups/rg-orders-prod/providers/Microsoft.Compute/virtualMachines/vm-batch-01"_s;
const QString Shared = Sub
        + u"/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-orders-shared"_s;
const QString Reader = Sub
        + u"/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-keyvault-reader"_s;
const QString VmPrincipal = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;
const QString SharedPrincipal = u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s;
const QString SharedClient = u"e3f4a5b6-0001-4c7d-8e9f-a0b1c2d3e4f5"_s;
const QString ReaderPrincipal = u"d2e3f4a5-0002-4b6c-9d7e-8f9a0b1c2d3e"_s;
const QString OrdersApi = u"3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9"_s;
const QString Arm = u"https://management.azure.com/"_s;

HttpResponse run(ie::net::HttpClient &client, HttpRequest r)
{
    r.anyStatus = true;
    r.authenticate = false;
    HttpResponse out;
    ie::net::HttpJob *job = client.send(r);
    QObject::connect(job, &ie::net::HttpJob::finished, job, [&out, job] {
        if (job->result().ok())
            out = job->result().value();
    });
    QSignalSpy spy(job, &ie::net::HttpJob::finished);
    spy.wait(20000);
    return out;
}

QJsonObject claimsOf(const QJsonObject &body)
{
    const QList<QByteArray> parts = body.value("access_token"_L1).toString().toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
            .object();
}

QUrl withQuery(QUrl url, const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

} // namespace

class TestSandboxMi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void imdsIdentities_data();
    void imdsIdentities();
    void imdsErrors_data();
    void imdsErrors();
    void rolesAreThoseHeldNow();
    void appService_data();
    void appService();
    void appService2017_data();
    void appService2017();
    void arcChallenge();
    void cloudShell();
    void miResourceOption_data();
    void miResourceOption();

private:
    ie::test::SandboxFixture m_sandbox;
};

void TestSandboxMi::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QCOMPARE(m_sandbox.server().miResourceId(), Vm);
}

void TestSandboxMi::imdsIdentities_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("oid");
    QTest::addColumn<QString>("mirid");
    QTest::newRow("system-assigned") << QString() << QString() << VmPrincipal << Vm;
    QTest::newRow("client_id") << u"client_id"_s << SharedClient << SharedPrincipal << Shared;
    QTest::newRow("client_id-upper")
            << u"client_id"_s << SharedClient.toUpper() << SharedPrincipal << Shared;
    QTest::newRow("object_id") << u"object_id"_s << ReaderPrincipal << ReaderPrincipal << Reader;
    QTest::newRow("msi_res_id") << u"msi_res_id"_s << Reader << ReaderPrincipal << Reader;
}

void TestSandboxMi::imdsIdentities()
{
    QFETCH(QString, param);
    QFETCH(QString, value);
    QList<std::pair<QString, QString>> q{{u"api-version"_s, u"2018-02-01"_s}, {u"resource"_s, Arm}};
    if (!param.isEmpty())
        q.append({param, value});
    HttpRequest r = HttpRequest::get(withQuery(m_sandbox.server().imdsUrl(), q));
    r.headers = {{"Metadata", "true"}};
    const HttpResponse res = run(m_sandbox.client(), r);
    QCOMPARE(res.status, 200);
    const QJsonObject body = res.json.object();
    // IMDS sends every number as a string.
    for (const char *k : {"expires_in", "expires_on", "ext_expires_in", "not_before", "client_id",
                          "resource", "token_type", "access_token"})
        QVERIFY2(body.value(QLatin1String(k)).isString(), k);
    QCOMPARE(body.value("token_type"_L1).toString(), u"Bearer"_s);
    QCOMPARE(body.value("resource"_L1).toString(), Arm);
    const qint64 expiresOn = body.value("expires_on"_L1).toString().toLongLong();
    QVERIFY(expiresOn > QDateTime::currentSecsSinceEpoch() + 3600);
    const QJsonObject claims = claimsOf(body);
    QTEST(claims.value("oid"_L1).toString(), "oid");
    QTEST(claims.value("xms_mirid"_L1).toString(), "mirid");
    QCOMPARE(claims.value("idtyp"_L1).toString(), u"app"_s);
    QCOMPARE(claims.value("appid"_L1).toString(), body.value("client_id"_L1).toString());
    QCOMPARE(claims.value("tid"_L1).toString(), m_sandbox.server().tenantId());
}

void TestSandboxMi::imdsErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("metadata");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    const QString ok = u"api-version=2018-02-01&resource=https%3A%2F%2Fmanagement.azure.com%2F"_s;
    QTest::newRow("no-metadata-header")
            << ok << false << u"invalid_request"_s << u"Required metadata header not specified"_s;
    QTest::newRow("no-api-version")
            << u"resource=https%3A%2F%2Fmanagement.azure.com%2F"_s << true << u"invalid_request"_s
            << u"Required query variable 'api-version' is missing"_s;
    QTest::newRow("no-resource") << u"api-version=2018-02-01"_s << true << u"invalid_request"_s
                                 << u"Required audience parameter not specified"_s;
    QTest::newRow("unknown-client-id") << ok + u"&client_id=11111111-2222-3333-4444-555555555555"_s
                                       << true << u"invalid_request"_s << u"Identity not found"_s;
    // id-dev-unused exists in the tenant, but is not assigned to this VM.
    QTest::newRow("identity-of-another-resource")
            << ok + u"&client_id=e3f4a5b6-0003-4c7d-8e9f-a0b1c2d3e4f5"_s << true
            << u"invalid_request"_s << u"Identity not found"_s;
    QTest::newRow("two-selectors")
            << ok + u"&client_id=a&object_id=b"_s << true << u"invalid_request"_s
            << u"Only one of client_id, object_id or msi_res_id may be specified."_s;
    QTest::newRow("unknown-resource") << u"api-version=2018-02-01&resource=api%3A%2F%2Fnothing"_s
                                      << true << u"invalid_resource"_s << u"AADSTS500011:"_s;
}

void TestSandboxMi::imdsErrors()
{
    QFETCH(QString, query);
    QFETCH(bool, metadata);
    QUrl url = m_sandbox.server().imdsUrl();
    url.setQuery(query);
    HttpRequest r = HttpRequest::get(url);
    if (metadata)
        r.headers = {{"Metadata", "true"}};
    const HttpResponse res = run(m_sandbox.client(), r);
    QCOMPARE(res.status, 400);
    QTEST(res.json.object().value("error"_L1).toString(), "error");
    QFETCH(QString, description);
    QVERIFY2(res.json.object().value("error_description"_L1).toString().startsWith(description),
             res.body.constData());
}

void TestSandboxMi::rolesAreThoseHeldNow()
{
    auto token = [this] {
        HttpRequest r = HttpRequest::get(withQuery(m_sandbox.server().imdsUrl(),
                                                   {{u"api-version"_s, u"2018-02-01"_s},
                                                    {u"resource"_s, OrdersApi},
                                                    {u"object_id"_s, ReaderPrincipal}}));
        r.headers = {{"Metadata", "true"}};
        return claimsOf(run(m_sandbox.client(), r).json.object());
    };
    QVERIFY(!token().contains("roles"_L1));
    auto &state = m_sandbox.server().state();
    const auto *api = state.spByAppId(OrdersApi);
    QVERIFY(api);
    QString roleId;
    for (const QJsonValue &v : api->json.value("appRoles"_L1).toArray()) {
        if (v.toObject().value("value"_L1).toString() == "Orders.Read.All"_L1)
            roleId = v.toObject().value("id"_L1).toString();
    }
    QVERIFY(!roleId.isEmpty());
    ie::sandbox::AppRoleAssignment created;
    QCOMPARE(state.addAppRoleAssignment(ReaderPrincipal, api->id, roleId, &created), QString());
    QCOMPARE(token().value("roles"_L1).toArray(), QJsonArray{u"Orders.Read.All"_s});
    QVERIFY(state.removeAppRoleAssignment(ReaderPrincipal, created.id));
    QVERIFY(!token().contains("roles"_L1));
}

void TestSandboxMi::appService_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("oid");
    QTest::addColumn<QString>("message");
    const QString ok = u"api-version=2019-08-01&resource=https%3A%2F%2Fmanagement.azure.com%2F"_s;
    QTest::newRow("system-assigned") << ok << true << 200 << VmPrincipal << QString();
    QTest::newRow("principal_id") << ok + u"&principal_id="_s + SharedPrincipal << true << 200
                                  << SharedPrincipal << QString();
    QTest::newRow("mi_res_id") << ok + u"&mi_res_id="_s
                    + QString::fromLatin1(QUrl::toPercentEncoding(Reader))
                               << true << 200 << ReaderPrincipal << QString();
    QTest::newRow("client_id") << ok + u"&client_id="_s + SharedClient << true << 200
                               << SharedPrincipal << QString();
    QTest::newRow("no-header") << ok << false << 401 << QString() << u"Unauthorized"_s;
    QTest::newRow("2017-api-version-with-the-new-header")
            << u"api-version=2017-09-01&resource=x"_s << true << 401 << QString()
            << u"Unauthorized: the secret header"_s;
    QTest::newRow("unknown-api-version") << u"api-version=2018-02-01&resource=x"_s << true << 400
                                         << QString() << u"Unsupported api-version"_s;
    QTest::newRow("unknown-identity")
            << ok + u"&client_id=11111111-2222-3333-4444-555555555555"_s << true << 400 << QString()
            << u"No User Assigned or Delegated Managed Identity found"_s;
}

void TestSandboxMi::appService()
{
    QFETCH(QString, query);
    QFETCH(bool, header);
    QUrl url = m_sandbox.server().appServiceUrl();
    url.setQuery(query);
    HttpRequest r = HttpRequest::get(url);
    if (header)
        r.headers = {{"X-IDENTITY-HEADER", m_sandbox.server().identityHeader().toLatin1()}};
    const HttpResponse res = run(m_sandbox.client(), r);
    QTEST(res.status, "status");
    const QJsonObject body = res.json.object();
    if (res.status == 200) {
        // App Service 2019-08-01: expires_on is an epoch number, and there is no expires_in.
        QVERIFY(body.value("expires_on"_L1).isDouble());
        QVERIFY(!body.contains("expires_in"_L1));
        QVERIFY(body.value("expires_on"_L1).toInteger() > QDateTime::currentSecsSinceEpoch());
        QTEST(claimsOf(body).value("oid"_L1).toString(), "oid");
        QVERIFY(!claimsOf(body).value("xms_mirid"_L1).toString().isEmpty());
    } else {
        QCOMPARE(body.value("statusCode"_L1).toInt(), res.status);
        QFETCH(QString, message);
        QVERIFY2(body.value("message"_L1).toString().startsWith(message), res.body.constData());
    }
}

// App Service 2017-09-01 (MSI_ENDPOINT + MSI_SECRET): header `secret`, `clientid`, the resource
// as az sends it (not percent-encoded), and expires_on as the host's local time text.
void TestSandboxMi::appService2017_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("header"); // the `secret` header's value; "own": the right one
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("oid");
    const QString ok = u"resource=https://management.core.windows.net/&api-version=2017-09-01"_s;
    QTest::newRow("system-assigned") << ok << QByteArray("own") << 200 << VmPrincipal;
    QTest::newRow("clientid") << ok + u"&clientid="_s + SharedClient << QByteArray("own") << 200
                              << SharedPrincipal;
    QTest::newRow("principal_id is 2019's") << ok + u"&principal_id="_s + SharedPrincipal
                                            << QByteArray("own") << 400 << QString();
    QTest::newRow("no secret") << ok << QByteArray() << 401 << QString();
    QTest::newRow("wrong secret") << ok << QByteArray("wrong") << 401 << QString();
    QTest::newRow("unknown clientid") << ok + u"&clientid=11111111-2222-3333-4444-555555555555"_s
                                      << QByteArray("own") << 400 << QString();
}

void TestSandboxMi::appService2017()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, header);
    QUrl url = m_sandbox.server().appServiceUrl();
    url.setPath(url.path() + u'/'); // msrestazure asks for "<MSI_ENDPOINT>/?resource=..."
    url.setQuery(query);
    HttpRequest r = HttpRequest::get(url);
    if (header == "own")
        header = m_sandbox.server().identityHeader().toLatin1();
    if (!header.isEmpty())
        r.headers = {{"secret", header}};
    const HttpResponse res = run(m_sandbox.client(), r);
    QTEST(res.status, "status");
    const QJsonObject body = res.json.object();
    if (res.status != 200) {
        QCOMPARE(body.value("statusCode"_L1).toInt(), res.status);
        return;
    }
    QTEST(claimsOf(body).value("oid"_L1).toString(), "oid");
    QCOMPARE(body.value("resource"_L1).toString(), u"https://management.core.windows.net/"_s);
    QCOMPARE(body.value("token_type"_L1).toString(), u"Bearer"_s);
    QVERIFY(!body.contains("expires_in"_L1));
    const QString on = body.value("expires_on"_L1).toString();
    static const QRegularExpression shape(u"^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d \\+00:00$"_s);
    QVERIFY2(shape.match(on).hasMatch(), qPrintable(on));
    QDateTime at = QDateTime::fromString(on.left(19), u"MM/dd/yyyy HH:mm:ss"_s);
    at.setTimeZone(QTimeZone::utc());
    QCOMPARE(at.toSecsSinceEpoch(), claimsOf(body).value("exp"_L1).toInteger());
}

void TestSandboxMi::arcChallenge()
{
    const QUrl url = withQuery(m_sandbox.server().arcUrl(),
                               {{u"api-version"_s, u"2019-11-01"_s}, {u"resource"_s, Arm}});
    HttpRequest r = HttpRequest::get(url);
    r.headers = {{"Metadata", "true"}};
    const HttpResponse challenge = run(m_sandbox.client(), r);
    QCOMPARE(challenge.status, 401);
    const QByteArray www = challenge.header("WWW-Authenticate");
    QVERIFY2(www.startsWith("Basic realm="), www.constData());
    const QString keyFile = QFile::decodeName(www.mid(12));
    QVERIFY(keyFile.startsWith(m_sandbox.server().arcKeyDirectory() + u'/'));
    QVERIFY(keyFile.endsWith(u".key"_s));
    QFile f(keyFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray secret = f.readAll();

    HttpRequest wrong = r;
    wrong.basicAuthorization = "not-the-key";
    QCOMPARE(run(m_sandbox.client(), wrong).status, 401);

    r.basicAuthorization = secret;
    const HttpResponse res = run(m_sandbox.client(), r);
    QCOMPARE(res.status, 200);
    QVERIFY(res.json.object().value("expires_in"_L1).isString());
    QCOMPARE(claimsOf(res.json.object()).value("xms_mirid"_L1).toString(), Vm);
    // A key is good once.
    QCOMPARE(run(m_sandbox.client(), r).status, 401);

    HttpRequest userAssigned = HttpRequest::get(withQuery(m_sandbox.server().arcUrl(),
                                                          {{u"api-version"_s, u"2019-11-01"_s},
                                                           {u"resource"_s, Arm},
                                                           {u"client_id"_s, SharedClient}}));
    userAssigned.headers = {{"Metadata", "true"}};
    QCOMPARE(run(m_sandbox.client(), userAssigned).status, 400);
}

void TestSandboxMi::cloudShell()
{
    HttpRequest r;
    r.method = "POST";
    r.url = m_sandbox.server().cloudShellUrl();
    r.body = "resource=https%3A%2F%2Fmanagement.azure.com%2F";
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Metadata", "true"}};
    const HttpResponse res = run(m_sandbox.client(), r);
    QCOMPARE(res.status, 200);
    QCOMPARE(claimsOf(res.json.object()).value("oid"_L1).toString(), VmPrincipal);
    r.headers.removeLast();
    QCOMPARE(run(m_sandbox.client(), r).status, 400);
}

void TestSandboxMi::miResourceOption_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<bool>("starts");
    QTest::addColumn<QString>("oid"); // without an id parameter
    QTest::newRow("function-app")
            << Sub + u"/resourceGroups/rg-orders-prod/providers/Microsoft.Web/sites/func-timer-orders"_s
            << true << u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s;
    // Only one user-assigned identity and no system-assigned one: that one is the default.
    QTest::newRow("user-assigned-only")
            << Sub + u"/resourceGroups/rg-orders-prod/providers/Microsoft.App/containerApps/ca-orders-worker"_s
            << true << SharedPrincipal;
    QTest::newRow("no-identity")
            << Sub + u"/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/kv-contoso-prod"_s
            << false << QString();
    QTest::newRow("unknown") << Sub
                    + u"/resourceGroups/x/providers/Microsoft.Compute/virtualMachines/none"_s
                             << false << QString();
}

void TestSandboxMi::miResourceOption()
{
    QFETCH(QString, resource);
    QFETCH(bool, starts);
    ie::sandbox::SandboxServer::Options o;
    o.miResource = resource;
    ie::test::SandboxFixture sandbox(o);
    QCOMPARE(sandbox.start(), starts);
    if (!starts) {
        QVERIFY(sandbox.error().contains(u"--mi-resource"_s));
        return;
    }
    HttpRequest r = HttpRequest::get(
            withQuery(sandbox.server().imdsUrl(),
                      {{u"api-version"_s, u"2018-02-01"_s}, {u"resource"_s, Arm}}));
    r.headers = {{"Metadata", "true"}};
    const HttpResponse res = run(sandbox.client(), r);
    QCOMPARE(res.status, 200);
    QTEST(claimsOf(res.json.object()).value("oid"_L1).toString(), "oid");
}

QTEST_GUILESS_MAIN(TestSandboxMi)
#include "tst_sandboxmi.moc"
