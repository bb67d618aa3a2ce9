// Users signed in through a public client, as Entra ID has them: the sandbox's admin (Adele:
// Privileged Role Administrator and Cloud Application Administrator, Owner of both
// subscriptions), reader (Nestor: Global Reader, Reader) and a user with no role (Megan). Their
// delegated tokens (scp from the client's oauth2PermissionGrant, wids, oid, upn, idtyp) and the
// token responses of the device code and refresh token grants (refresh_token, id_token,
// client_info, v1.0 and v2.0 shapes), consent_required for a client without a grant.

#include "sandboxfixture.h"

#include "auth/devicecodecredential.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::auth::DeviceCodeCredential;
using ie::net::AccessToken;

namespace {

const QString Graph = u"https://graph.microsoft.com"_s;
const QString Arm = u"https://management.azure.com"_s;
const QString AzureCli = u"04b07795-8ddb-461a-bbee-02f9e1bf7b46"_s;
const QString AzurePowerShell = u"1950a258-227b-4e31-a9cf-717495945fc2"_s; // no grant in Contoso
const QString MemberRole = u"b79fbf4d-3ef9-4689-8143-76b194e85509"_s;
const QString PrivilegedRoleAdmin = u"e8611ab8-c189-46e8-94e1-60213ab1f814"_s;
const QString CloudAppAdmin = u"158c047a-c907-4556-b7ef-446551a6b5f7"_s;
const QString GlobalReader = u"f2ef992c-3afb-46b9-b7cf-a126ee74c451"_s;

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace

class TestUserSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void delegatedToken_data();
    void delegatedToken();
    void tokenResponse_data();
    void tokenResponse();
    void consentRequired();
    void refreshForAnotherResource();

private:
    ie::sandbox::Response post(const QString &path, const QUrlQuery &form);
    // Starts a device code sign-in at the sandbox's router and returns the device code, approved
    // for `user`.
    QString approvedDeviceCode(const QString &clientId, const QString &scope, const QString &user);
    ie::test::SandboxFixture m_sandbox;
};

void TestUserSignIn::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestUserSignIn::init()
{
    auto &ctx = m_sandbox.server().context();
    ctx.deviceCodeIntervalSeconds = 0;
    ctx.interactiveUser.clear();
}

ie::sandbox::Response TestUserSignIn::post(const QString &path, const QUrlQuery &form)
{
    ie::sandbox::Request req;
    req.service = u"login"_s;
    req.method = "POST";
    req.path = path;
    req.origin = m_sandbox.server().loginUrl();
    req.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    req.body = form.query(QUrl::FullyEncoded).toUtf8();
    const auto r = m_sandbox.server().router().dispatch(req, m_sandbox.server().context());
    return r ? *r : ie::sandbox::Response::empty(599);
}

static QString enc(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QString TestUserSignIn::approvedDeviceCode(const QString &clientId, const QString &scope,
                                           const QString &user)
{
    const QString tenant = m_sandbox.server().tenantId();
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, clientId);
    form.addQueryItem(u"scope"_s, enc(scope));
    const ie::sandbox::Response r = post(u"/%1/oauth2/v2.0/devicecode"_s.arg(tenant), form);
    if (r.status != 200)
        return {};
    const QString code
            = QJsonDocument::fromJson(r.body).object().value("device_code"_L1).toString();
    auto &entry = m_sandbox.server().context().deviceCodes[code];
    entry.insert("state"_L1, u"approved"_s);
    entry.insert("user"_L1, user);
    return code;
}

void TestUserSignIn::delegatedToken_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QStringList>("wids");
    QTest::addColumn<QString>("scp");
    QTest::newRow("admin graph") << u"adele@contoso.onmicrosoft.com"_s << Graph
                                 << QStringList{PrivilegedRoleAdmin, CloudAppAdmin, MemberRole}
                                 << u"Application.Read.All AppRoleAssignment.ReadWrite.All "
                                    "Directory.Read.All User.Read"_s;
    QTest::newRow("admin arm") << u"adele@contoso.onmicrosoft.com"_s << Arm
                               << QStringList{PrivilegedRoleAdmin, CloudAppAdmin, MemberRole}
                               << u"user_impersonation"_s;
    QTest::newRow("reader graph") << u"nestor@contoso.onmicrosoft.com"_s << Graph
                                  << QStringList{GlobalReader, MemberRole}
                                  << u"Application.Read.All AppRoleAssignment.ReadWrite.All "
                                     "Directory.Read.All User.Read"_s;
    QTest::newRow("no role arm") << u"megan@contoso.onmicrosoft.com"_s << Arm
                                 << QStringList{MemberRole} << u"user_impersonation"_s;
}

void TestUserSignIn::delegatedToken()
{
    QFETCH(QString, user);
    QFETCH(QString, audience);
    QFETCH(QStringList, wids);
    QFETCH(QString, scp);
    m_sandbox.server().context().interactiveUser = user;
    DeviceCodeCredential::Options o;
    o.tenantId = m_sandbox.server().tenantId();
    o.minimumInterval = std::chrono::milliseconds(20);
    DeviceCodeCredential c(&m_sandbox.client(), o);
    std::optional<ie::Result<AccessToken>> out;
    c.requestToken({audience, {}, {}, false}, [&out](ie::Result<AccessToken> t) { out = t; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000);
    QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().summary()));
    const QJsonObject claims = ie::auth::unverifiedClaims(out->value().token);
    const QJsonObject *u = m_sandbox.server().state().user(user);
    QVERIFY(u);
    QCOMPARE(claims.value("aud"_L1).toString(), audience);
    QCOMPARE(claims.value("idtyp"_L1).toString(), u"user"_s);
    QCOMPARE(claims.value("upn"_L1).toString(), user);
    QCOMPARE(claims.value("unique_name"_L1).toString(), user);
    QCOMPARE(claims.value("oid"_L1).toString(), u->value("id"_L1).toString());
    QCOMPARE(claims.value("name"_L1).toString(), u->value("displayName"_L1).toString());
    QCOMPARE(claims.value("appid"_L1).toString(), AzureCli);
    QCOMPARE(claims.value("appidacr"_L1).toString(), u"0"_s); // a public client
    QCOMPARE(claims.value("ver"_L1).toString(), u"1.0"_s);
    QCOMPARE(claims.value("iss"_L1).toString(), m_sandbox.server().tokenIssuer().issuerV1());
    QCOMPARE(claims.value("tid"_L1).toString(), m_sandbox.server().tenantId());
    QCOMPARE(claims.value("scp"_L1).toString(), scp);
    QCOMPARE(strings(claims.value("wids"_L1)), wids);
    QVERIFY(!claims.contains("roles"_L1));
    QVERIFY(claims.value("sub"_L1).toString() != claims.value("oid"_L1).toString()); // pairwise
}

void TestUserSignIn::tokenResponse_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("clientInfo");
    QTest::addColumn<bool>("refresh");
    QTest::addColumn<bool>("idToken");
    QTest::newRow("msal") << u"https://graph.microsoft.com/.default offline_access openid profile"_s
                          << true << true << true;
    QTest::newRow("no openid") << u"https://graph.microsoft.com/.default offline_access"_s << false
                               << true << false;
    QTest::newRow("no offline_access") << u"https://management.azure.com/.default openid"_s
                                       << false << false << true;
}

void TestUserSignIn::tokenResponse()
{
    QFETCH(QString, scope);
    QFETCH(bool, clientInfo);
    QFETCH(bool, refresh);
    QFETCH(bool, idToken);
    const QString code = approvedDeviceCode(AzureCli, scope, u"nestor@contoso.onmicrosoft.com"_s);
    QVERIFY(!code.isEmpty());
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"device_code"_s); // msal-node's short name
    form.addQueryItem(u"client_id"_s, AzureCli);
    form.addQueryItem(u"device_code"_s, code);
    if (clientInfo)
        form.addQueryItem(u"client_info"_s, u"1"_s);
    const ie::sandbox::Response r
            = post(u"/%1/oauth2/v2.0/token"_s.arg(m_sandbox.server().tenantId()), form);
    QCOMPARE(r.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value("token_type"_L1).toString(), u"Bearer"_s);
    QCOMPARE(body.value("expires_in"_L1).toInt(), 3599);
    QVERIFY(!body.value("access_token"_L1).toString().isEmpty());
    QCOMPARE(body.contains("refresh_token"_L1), refresh);
    QCOMPARE(body.contains("id_token"_L1), idToken);
    QCOMPARE(body.contains("client_info"_L1), clientInfo);
    const QString userId = u"a11ce000-0000-4000-8000-000000000003"_s;
    if (idToken) {
        const QJsonObject id
                = ie::auth::unverifiedClaims(body.value("id_token"_L1).toString().toLatin1());
        QCOMPARE(id.value("aud"_L1).toString(), AzureCli);
        QCOMPARE(id.value("oid"_L1).toString(), userId);
        QCOMPARE(id.value("ver"_L1).toString(), u"2.0"_s);
        QCOMPARE(id.value("iss"_L1).toString(), m_sandbox.server().tokenIssuer().issuerV2());
        QCOMPARE(id.contains("preferred_username"_L1), scope.contains(u"profile"_s));
    }
    if (clientInfo) {
        const QJsonObject info = QJsonDocument::fromJson(
                                         QByteArray::fromBase64(
                                                 body.value("client_info"_L1).toString().toLatin1(),
                                                 QByteArray::Base64UrlEncoding))
                                         .object();
        QCOMPARE(info.value("uid"_L1).toString(), userId);
        QCOMPARE(info.value("utid"_L1).toString(), m_sandbox.server().tenantId());
    }
    QVERIFY(!body.value("scope"_L1).toString().contains(u"offline_access"_s));
    if (scope.startsWith(Graph))
        QVERIFY2(body.value("scope"_L1).toString().startsWith(u"Application.Read.All "_s),
                 qPrintable(body.value("scope"_L1).toString()));
    else
        QVERIFY2(body.value("scope"_L1).toString().startsWith(Arm + u"/user_impersonation"_s),
                 qPrintable(body.value("scope"_L1).toString()));
}

void TestUserSignIn::consentRequired()
{
    // Azure PowerShell is in the tenant but nobody consented to it; a scope the Azure CLI was not
    // granted is refused the same way.
    for (const auto &[client, scope] :
         {std::pair{AzurePowerShell, u"https://graph.microsoft.com/.default openid"_s},
          std::pair{AzureCli, u"https://graph.microsoft.com/Directory.ReadWrite.All openid"_s}}) {
        const QString code = approvedDeviceCode(client, scope, u"adele@contoso.onmicrosoft.com"_s);
        QVERIFY(!code.isEmpty());
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s,
                          enc(u"urn:ietf:params:oauth:grant-type:device_code"_s));
        form.addQueryItem(u"client_id"_s, client);
        form.addQueryItem(u"device_code"_s, code);
        const ie::sandbox::Response r
                = post(u"/%1/oauth2/v2.0/token"_s.arg(m_sandbox.server().tenantId()), form);
        QCOMPARE(r.status, 400);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value("error"_L1).toString(), u"invalid_grant"_s);
        QCOMPARE(body.value("suberror"_L1).toString(), u"consent_required"_s);
        QCOMPARE(body.value("error_codes"_L1).toArray().first().toInt(), 65001);
        QVERIFY(body.value("error_description"_L1).toString().contains(client));
    }
}

void TestUserSignIn::refreshForAnotherResource()
{
    const QString tenant = m_sandbox.server().tenantId();
    const QString code = approvedDeviceCode(
            AzureCli, u"https://graph.microsoft.com/.default offline_access openid"_s,
            u"adele@contoso.onmicrosoft.com"_s);
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, enc(u"urn:ietf:params:oauth:grant-type:device_code"_s));
    form.addQueryItem(u"client_id"_s, AzureCli);
    form.addQueryItem(u"device_code"_s, code);
    const QString first = QJsonDocument::fromJson(post(u"/%1/oauth2/v2.0/token"_s.arg(tenant), form).body)
                                  .object()
                                  .value("refresh_token"_L1)
                                  .toString();
    QVERIFY(!first.isEmpty());
    // v2.0: the ARM token from the Graph sign-in's refresh token, a new refresh token with it.
    QUrlQuery v2;
    v2.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    v2.addQueryItem(u"client_id"_s, AzureCli);
    v2.addQueryItem(u"refresh_token"_s, enc(first));
    v2.addQueryItem(u"scope"_s, enc(u"https://management.azure.com/.default offline_access"_s));
    const ie::sandbox::Response arm = post(u"/%1/oauth2/v2.0/token"_s.arg(tenant), v2);
    QCOMPARE(arm.status, 200);
    const QJsonObject armBody = QJsonDocument::fromJson(arm.body).object();
    const QString second = armBody.value("refresh_token"_L1).toString();
    QVERIFY(!second.isEmpty() && second != first);
    QCOMPARE(ie::auth::unverifiedClaims(armBody.value("access_token"_L1).toString().toLatin1())
                     .value("scp"_L1)
                     .toString(),
             u"user_impersonation"_s);
    // v1.0 (ADAL, older az): `resource`, numbers as strings, the resource named.
    QUrlQuery v1;
    v1.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    v1.addQueryItem(u"client_id"_s, AzureCli);
    v1.addQueryItem(u"refresh_token"_s, enc(second));
    v1.addQueryItem(u"resource"_s, enc(Graph));
    const ie::sandbox::Response graph = post(u"/%1/oauth2/token"_s.arg(tenant), v1);
    QCOMPARE(graph.status, 200);
    const QJsonObject graphBody = QJsonDocument::fromJson(graph.body).object();
    QCOMPARE(graphBody.value("resource"_L1).toString(), Graph);
    QCOMPARE(graphBody.value("expires_in"_L1).toString(), u"3599"_s);
    QVERIFY(!graphBody.value("expires_on"_L1).toString().isEmpty());
    QVERIFY(!graphBody.value("refresh_token"_L1).toString().isEmpty());
    QVERIFY(graphBody.value("scope"_L1).toString().contains(u"AppRoleAssignment.ReadWrite.All"_s));
    // The rotated-away token is spent; a resource the client has no grant for is refused.
    QCOMPARE(post(u"/%1/oauth2/v2.0/token"_s.arg(tenant), v2).status, 400);
    QUrlQuery vault = v1;
    vault.removeAllQueryItems(u"refresh_token"_s);
    vault.addQueryItem(u"refresh_token"_s, enc(graphBody.value("refresh_token"_L1).toString()));
    vault.removeAllQueryItems(u"resource"_s);
    vault.addQueryItem(u"resource"_s, enc(u"https://vault.azure.net"_s));
    const ie::sandbox::Response refused = post(u"/%1/oauth2/token"_s.arg(tenant), vault);
    QCOMPARE(refused.status, 400);
    QCOMPARE(QJsonDocument::fromJson(refused.body).object().value("suberror"_L1).toString(),
             u"consent_required"_s);
}

QTEST_GUILESS_MAIN(TestUserSignIn)
#include "tst_usersignin.moc"
