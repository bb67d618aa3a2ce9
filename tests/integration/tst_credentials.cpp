// Each credential against the sandbox, success and failure: client secret, environment, workload
// identity federation, managed identity on IMDS (probe, retries, user-assigned), App Service,
// Azure Arc and Cloud Shell, pasted token, and the default chain's report of every step.

#include "sandboxfixture.h"

#include "auth/chainedcredential.h"
#include "auth/clientsecretcredential.h"
#include "auth/environmentcredential.h"
#include "auth/managedidentitycredential.h"
#include "auth/pastedtokencredential.h"
#include "auth/credentialoptions.h"
#include "sandbox/faultinjector.h"
#include "sandbox/issuerkeys.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::auth::ManagedIdentityCredential;
using ie::net::AccessToken;

namespace {

const QString Arm = u"https://management.azure.com"_s;
const QString VmPrincipal = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;
const QString SharedPrincipal = u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s;
const QString SharedClient = u"e3f4a5b6-0001-4c7d-8e9f-a0b1c2d3e4f5"_s;

ie::Result<AccessToken> acquire(ie::auth::Credential &c, const QString &audience = Arm)
{
    std::optional<ie::Result<AccessToken>> out;
    c.requestToken({audience, {}, {}, false}, [&out](ie::Result<AccessToken> t) { out = t; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return ApiError::make(ApiError::Kind::Timeout, u"no answer"_s);
    return *out;
}

QString oidOf(const AccessToken &t)
{
    return ie::auth::unverifiedClaims(t.token).value("oid"_L1).toString();
}

// A loopback port nobody listens on: IMDS that is not there.
QUrl deadEndpoint()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    QUrl u(u"http://127.0.0.1"_s);
    u.setPort(s.serverPort());
    return u; // closed when s goes
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void clientSecret();
    void environment_data();
    void environment();
    void workloadIdentity_data();
    void workloadIdentity();
    void imds_data();
    void imds();
    void imdsProbeAnswersFast();
    void slowImdsChosenExplicitly();
    void probeNamesTheEndpointAsked();
    void imdsRetries_data();
    void imdsRetries();
    void appService();
    void appService2017();
    void arc();
    void arcRefusesKeyFilesElsewhere();
    void cloudShell();
    void pastedToken();
    void pastedTokenExpiry_data();
    void pastedTokenExpiry();
    void tokenAnswerLifetime_data();
    void tokenAnswerLifetime();
    void chainReportsEachStep();

private:
    ManagedIdentityCredential::Options imdsOptions() const;
    ie::test::SandboxFixture m_sandbox;
};

void TestCredentials::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestCredentials::init()
{
    m_sandbox.server().faults().clear();
}

ManagedIdentityCredential::Options TestCredentials::imdsOptions() const
{
    ManagedIdentityCredential::Options o;
    o.environment = QProcessEnvironment();
    o.imdsEndpoint = const_cast<TestCredentials *>(this)->m_sandbox.server().managedIdentityUrl();
    o.retryBaseDelay = std::chrono::milliseconds(1);
    return o;
}

void TestCredentials::clientSecret()
{
    auto &s = m_sandbox.server();
    ie::auth::ClientSecretCredential good(&m_sandbox.client(), s.tenantId(), s.adminClientId(),
                                          s.adminClientSecret());
    const auto t = acquire(good, u"https://graph.microsoft.com"_s);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
    QCOMPARE(t->credential, u"secret"_s);
    QCOMPARE(t->tenantId, s.tenantId());
    QVERIFY(t->expiresOn > QDateTime::currentDateTimeUtc().addSecs(3000));

    ie::auth::ClientSecretCredential bad(&m_sandbox.client(), s.tenantId(), s.adminClientId(),
                                         u"wrong"_s);
    const auto f = acquire(bad);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().kind, ApiError::Kind::Auth);
    QCOMPARE(f.error().code, u"invalid_client"_s);
    QVERIFY(f.error().message.startsWith(u"AADSTS7000215"_s));
    QVERIFY(!f.error().message.contains(u"wrong"_s));
}

void TestCredentials::environment_data()
{
    QTest::addColumn<QStringList>("vars"); // NAME=value; {tenant}, {id}, {secret}, {login} replaced
    QTest::addColumn<bool>("available");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::newRow("secret") << QStringList{u"AZURE_TENANT_ID={tenant}"_s, u"AZURE_CLIENT_ID={id}"_s,
                                           u"AZURE_CLIENT_SECRET={secret}"_s}
                            << true << true << QString();
    QTest::newRow("authority-host")
            << QStringList{u"AZURE_TENANT_ID={tenant}"_s, u"AZURE_CLIENT_ID={id}"_s,
                           u"AZURE_CLIENT_SECRET={secret}"_s, u"AZURE_AUTHORITY_HOST={login}"_s}
            << true << true << QString();
    QTest::newRow("wrong-secret") << QStringList{u"AZURE_TENANT_ID={tenant}"_s,
                                                 u"AZURE_CLIENT_ID={id}"_s,
                                                 u"AZURE_CLIENT_SECRET=nope"_s}
                                  << true << false << u"AADSTS7000215"_s;
    QTest::newRow("nothing") << QStringList{} << false << false
                             << u"AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET"_s;
    QTest::newRow("no-secret") << QStringList{u"AZURE_TENANT_ID={tenant}"_s,
                                              u"AZURE_CLIENT_ID={id}"_s}
                               << false << false << u"AZURE_CLIENT_SECRET"_s;
}

void TestCredentials::environment()
{
    QFETCH(QStringList, vars);
    auto &s = m_sandbox.server();
    QProcessEnvironment env;
    for (QString v : vars) {
        v.replace(u"{tenant}"_s, s.tenantId()).replace(u"{id}"_s, s.adminClientId());
        v.replace(u"{secret}"_s, s.adminClientSecret())
                .replace(u"{login}"_s, s.loginUrl().toString());
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    }
    ie::auth::EnvironmentCredential c(&m_sandbox.client(), env);
    QTEST(c.isAvailable(), "available");
    const auto t = acquire(c);
    QTEST(t.ok(), "ok");
    QFETCH(QString, message);
    if (t.ok()) {
        QCOMPARE(t->credential, u"environment"_s);
    } else {
        QCOMPARE(t.error().kind == ApiError::Kind::Unsupported, !c.isAvailable());
        QVERIFY2(t.error().message.contains(message), qPrintable(t.error().message));
    }
}

// The workload's token is an external issuer's: the sandbox's example issuer (whose keys the
// token endpoint fetches over https, as Entra fetches GitHub's), trusted by a federated
// credential of id-orders-shared. Subject, lifetime and signature are checked, with Entra's codes.
void TestCredentials::workloadIdentity_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<QString>("spoil"); // "", "claims" (signature no longer matches), "kid", "unsigned"
    QTest::addColumn<QString>("error");
    const QString main = u"repo:contoso/orders:ref:refs/heads/main"_s;
    QTest::newRow("signed by the issuer") << main << qint64(600) << QString() << QString();
    QTest::newRow("other-branch") << u"repo:contoso/orders:ref:refs/heads/dev"_s << qint64(600)
                                  << QString() << u"AADSTS700213"_s;
    QTest::newRow("expired") << main << qint64(-600) << QString() << u"AADSTS700024"_s;
    QTest::newRow("claims changed after signing")
            << main << qint64(600) << u"claims"_s << u"AADSTS7000274"_s;
    QTest::newRow("a key the issuer does not publish")
            << main << qint64(600) << u"kid"_s << u"AADSTS7000272"_s;
    QTest::newRow("unsigned") << main << qint64(600) << u"unsigned"_s << u"AADSTS7000274"_s;
    // An issuer whose OpenID configuration cannot be fetched (nothing listens there), or may not
    // be (plain http).
    QTest::newRow("issuer unreachable")
            << main << qint64(600) << u"unreachable"_s << u"AADSTS50166"_s;
    QTest::newRow("issuer over http") << main << qint64(600) << u"http"_s << u"AADSTS50166"_s;
    // A token from an issuer no credential trusts: refused, and nothing is fetched from it.
    QTest::newRow("issuer no credential names")
            << main << qint64(600) << u"foreign"_s << u"AADSTS700211"_s;
}

void TestCredentials::workloadIdentity()
{
    QFETCH(QString, subject);
    QFETCH(qint64, lifetime);
    QFETCH(QString, spoil);
    auto &server = m_sandbox.server();
    auto &fics = server.state().federatedCredentials;
    const auto github = std::find_if(fics.cbegin(), fics.cend(), [](const auto &f) {
        return f.name == "github-main"_L1;
    });
    QVERIFY(github != fics.cend());
    const QString issuer = spoil == "unreachable"_L1
            ? u"https://127.0.0.1:%1/issuer"_s.arg(deadEndpoint().port())
            : spoil == "http"_L1 ? server.exampleIssuerUrl().replace(u"https:"_s, u"http:"_s)
                                 : server.exampleIssuerUrl();
    const QString foreign = u"https://127.0.0.1:%1/foreign"_s.arg(deadEndpoint().port());
    fics.append({github->parentId, u"sandbox-main"_s, issuer,
                 u"repo:contoso/orders:ref:refs/heads/main"_s,
                 {u"api://AzureADTokenExchange"_s}, {}, {}});
    auto dropCredential = qScopeGuard([&] {
        fics.removeIf([](const auto &f) { return f.name == "sandbox-main"_L1; });
        server.issuerKeys().clear();
    });
    QJsonObject claims{{"sub"_L1, subject}};
    if (spoil == "unreachable"_L1 || spoil == "http"_L1)
        claims.insert("iss"_L1, issuer);
    if (spoil == "foreign"_L1)
        claims.insert("iss"_L1, foreign);
    QByteArray token = server.mintExampleIssuerToken(claims, int(lifetime));
    QList<QByteArray> parts = token.split('.');
    const auto b64 = [](const QByteArray &d) {
        return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    if (spoil == "claims"_L1) {
        QJsonObject payload = QJsonDocument::fromJson(
                QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        payload.insert("job_workflow_ref"_L1, u"contoso/other/.github/workflows/x.yml"_s);
        parts[1] = b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    } else if (spoil == "kid"_L1) {
        parts[0] = b64(R"({"alg":"RS256","typ":"JWT","kid":"rotated-away"})");
    } else if (spoil == "unsigned"_L1) {
        parts[0] = b64(R"({"alg":"none","typ":"JWT"})");
        parts[2].clear();
    }
    token = parts.join('.');

    QTemporaryDir dir;
    const QString file = dir.filePath(u"token"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(token);
    f.close();
    QProcessEnvironment env;
    env.insert(u"AZURE_TENANT_ID"_s, server.tenantId());
    env.insert(u"AZURE_CLIENT_ID"_s, SharedClient);
    env.insert(u"AZURE_FEDERATED_TOKEN_FILE"_s, file);
    ie::auth::EnvironmentCredential c(&m_sandbox.client(), env, true);
    QVERIFY(c.isAvailable());
    QCOMPARE(c.name(), u"workload-identity"_s);
    const auto t = acquire(c);
    QFETCH(QString, error);
    if (error.isEmpty()) {
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
        QCOMPARE(oidOf(*t), SharedPrincipal);
        // The keys were fetched from the issuer's jwks_uri, once.
        const auto *keys = server.issuerKeys().entry(issuer);
        QVERIFY(keys && keys->keys);
        QCOMPARE(keys->keys->source, issuer + u"/keys"_s);
    } else {
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.startsWith(error), qPrintable(t.error().message));
        QVERIFY(!server.issuerKeys().entry(foreign));
    }
    // The file is read for every token: gone, it is a clear error.
    QVERIFY(QFile::remove(file));
    const auto gone = acquire(c);
    QVERIFY(!gone.ok());
    QVERIFY(gone.error().message.contains(file));
}

void TestCredentials::imds_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("objectId");
    QTest::addColumn<QString>("oid");
    QTest::newRow("system-assigned") << QString() << QString() << VmPrincipal;
    QTest::newRow("client-id") << SharedClient << QString() << SharedPrincipal;
    QTest::newRow("object-id") << QString() << SharedPrincipal << SharedPrincipal;
    QTest::newRow("not-on-this-vm")
            << u"e3f4a5b6-0003-4c7d-8e9f-a0b1c2d3e4f5"_s << QString() << QString();
}

void TestCredentials::imds()
{
    ManagedIdentityCredential::Options o = imdsOptions();
    QFETCH(QString, clientId);
    QFETCH(QString, objectId);
    QFETCH(QString, oid);
    o.clientId = clientId;
    o.objectId = objectId;
    ManagedIdentityCredential c(&m_sandbox.client(), o);
    QCOMPARE(c.source(), ManagedIdentityCredential::Source::Imds);
    const auto t = acquire(c);
    if (oid.isEmpty()) {
        QVERIFY(!t.ok());
        QCOMPARE(t.error().httpStatus, 400);
        QVERIFY(t.error().message.contains(u"Identity not found"_s));
        return;
    }
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
    QCOMPARE(oidOf(*t), oid);
    QCOMPARE(t->tenantId, m_sandbox.server().tenantId());
    QCOMPARE(t->credential, u"managed-identity"_s);
    QVERIFY(t->expiresOn > QDateTime::currentDateTimeUtc().addSecs(80000));
}

void TestCredentials::imdsProbeAnswersFast()
{
    ManagedIdentityCredential::Options o = imdsOptions();
    o.imdsEndpoint = deadEndpoint();
    o.probe = true;
    o.probeTimeout = std::chrono::milliseconds(500);
    ManagedIdentityCredential c(&m_sandbox.client(), o);
    QElapsedTimer timer;
    timer.start();
    const auto t = acquire(c);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().kind, ApiError::Kind::Unsupported);
    QVERIFY(t.error().message.contains(u"No managed identity endpoint"_s));
    QVERIFY(timer.elapsed() < 5000);
}

// Chosen on its own (--credential managed-identity), the managed identity waits for a busy IMDS as
// the SDKs do; only the default chain keeps the 1 s probe.
void TestCredentials::slowImdsChosenExplicitly()
{
    QVERIFY(m_sandbox.server().faults().addSpec(u"mi:/metadata/*=latency:1500@1"_s));
    ie::auth::CredentialOptions o;
    o.credential = u"managed-identity"_s;
    o.environment = QProcessEnvironment();
    o.environment.insert(u"AZURE_POD_IDENTITY_AUTHORITY_HOST"_s,
                         m_sandbox.server().managedIdentityUrl().toString());
    std::unique_ptr<ie::auth::Credential> cred;
    ie::auth::makeCredential(o, &m_sandbox.client(), nullptr, nullptr,
                            [&](ie::Result<ie::auth::Credential *> c) {
                                QVERIFY(c.ok());
                                cred.reset(*c);
                            });
    QVERIFY(cred);
    QElapsedTimer timer;
    timer.start();
    const auto t = acquire(*cred);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
    QVERIFY(timer.elapsed() >= 1400);
    QCOMPARE(oidOf(*t), VmPrincipal);

    // The same slow answer inside the default chain's probe: "no managed identity here".
    QVERIFY(m_sandbox.server().faults().addSpec(u"mi:/metadata/*=latency:1500@1"_s));
    ManagedIdentityCredential::Options probing = imdsOptions();
    probing.probe = true;
    ManagedIdentityCredential c(&m_sandbox.client(), probing);
    const auto f = acquire(c);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().kind, ApiError::Kind::Unsupported);
}

// AZURE_POD_IDENTITY_AUTHORITY_HOST moves IMDS: the message names where it was asked.
void TestCredentials::probeNamesTheEndpointAsked()
{
    const QUrl dead = deadEndpoint();
    ManagedIdentityCredential::Options o;
    o.environment = QProcessEnvironment();
    o.environment.insert(u"AZURE_POD_IDENTITY_AUTHORITY_HOST"_s, dead.toString());
    o.probe = true;
    o.probeTimeout = std::chrono::milliseconds(500);
    ManagedIdentityCredential c(&m_sandbox.client(), o);
    const auto t = acquire(c);
    QVERIFY(!t.ok());
    QVERIFY2(t.error().message.contains(u"127.0.0.1:%1"_s.arg(dead.port())),
             qPrintable(t.error().message));
    QVERIFY(!t.error().message.contains(u"169.254.169.254"_s));
}

void TestCredentials::imdsRetries_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("ok");
    QTest::newRow("503-twice") << u"mi:/metadata/*=503@2"_s << true;
    QTest::newRow("500-once") << u"mi:/metadata/*=500@1"_s << true;
    QTest::newRow("429-once") << u"mi:/metadata/*=429:0@1"_s << true;
    QTest::newRow("500-always") << u"mi:/metadata/*=500"_s << false;
}

void TestCredentials::imdsRetries()
{
    QFETCH(QString, fault);
    QVERIFY(m_sandbox.server().faults().addSpec(fault));
    ManagedIdentityCredential c(&m_sandbox.client(), imdsOptions());
    const auto t = acquire(c);
    QTEST(t.ok(), "ok");
    if (!t.ok())
        QCOMPARE(t.error().httpStatus, 500);
}

void TestCredentials::appService()
{
    auto &s = m_sandbox.server();
    ManagedIdentityCredential::Options o = imdsOptions();
    o.environment.insert(u"IDENTITY_ENDPOINT"_s, s.appServiceUrl().toString());
    o.environment.insert(u"IDENTITY_HEADER"_s, s.identityHeader());
    o.clientId = SharedClient;
    ManagedIdentityCredential c(&m_sandbox.client(), o);
    QCOMPARE(c.source(), ManagedIdentityCredential::Source::AppService);
    const auto t = acquire(c);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
    QCOMPARE(oidOf(*t), SharedPrincipal);

    o.environment.insert(u"IDENTITY_HEADER"_s, u"wrong"_s);
    ManagedIdentityCredential bad(&m_sandbox.client(), o);
    const auto f = acquire(bad);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().httpStatus, 401);
    QVERIFY(f.error().message.contains(u"IDENTITY_HEADER"_s));
}

// App Service's older protocol (MSI_ENDPOINT + MSI_SECRET, api-version 2017-09-01, header
// `secret`, expires_on as "MM/dd/yyyy HH:mm:ss +00:00"), which the SDKs still speak.
void TestCredentials::appService2017()
{
    auto &s = m_sandbox.server();
    ManagedIdentityCredential::Options o = imdsOptions();
    o.environment.insert(u"MSI_ENDPOINT"_s, s.appServiceUrl().toString());
    o.environment.insert(u"MSI_SECRET"_s, s.identityHeader());
    ManagedIdentityCredential c(&m_sandbox.client(), o);
    QCOMPARE(c.source(), ManagedIdentityCredential::Source::AppService2017);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto t = acquire(c);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
    QCOMPARE(oidOf(*t), VmPrincipal);
    // The date text is read as UTC, to the second: the token's own exp.
    QCOMPARE(t->expiresOn.toSecsSinceEpoch(),
             ie::auth::unverifiedClaims(t->token).value("exp"_L1).toInteger());
    QVERIFY(t->expiresOn > before.addSecs(3600));

    o.clientId = SharedClient; // clientid=
    ManagedIdentityCredential userAssigned(&m_sandbox.client(), o);
    const auto u = acquire(userAssigned);
    QVERIFY2(u.ok(), qPrintable(u.ok() ? QString() : u.error().summary()));
    QCOMPARE(oidOf(*u), SharedPrincipal);

    o.clientId.clear();
    o.objectId = SharedPrincipal; // the old protocol has no principal_id
    ManagedIdentityCredential byObject(&m_sandbox.client(), o);
    const auto n = acquire(byObject);
    QVERIFY(!n.ok());
    QCOMPARE(n.error().kind, ApiError::Kind::Unsupported);

    o.objectId.clear();
    o.environment.insert(u"MSI_SECRET"_s, u"wrong"_s);
    ManagedIdentityCredential bad(&m_sandbox.client(), o);
    const auto f = acquire(bad);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().httpStatus, 401);
    QVERIFY2(f.error().message.contains(u"MSI_SECRET"_s), qPrintable(f.error().message));

    // Without MSI_SECRET, MSI_ENDPOINT is Cloud Shell's.
    o.environment.remove(u"MSI_SECRET"_s);
    QCOMPARE(ManagedIdentityCredential::detectSource(o.environment),
             ManagedIdentityCredential::Source::CloudShell);
    // IDENTITY_ENDPOINT + IDENTITY_HEADER win over the old pair, as in the SDKs.
    o.environment.insert(u"MSI_SECRET"_s, s.identityHeader());
    o.environment.insert(u"IDENTITY_ENDPOINT"_s, s.appServiceUrl().toString());
    o.environment.insert(u"IDENTITY_HEADER"_s, s.identityHeader());
    QCOMPARE(ManagedIdentityCredential::detectSource(o.environment),
             ManagedIdentityCredential::Source::AppService);
}

void TestCredentials::arc()
{
    auto &s = m_sandbox.server();
    ManagedIdentityCredential::Options o = imdsOptions();
    o.environment.insert(u"IDENTITY_ENDPOINT"_s, s.arcUrl().toString());
    o.environment.insert(u"IMDS_ENDPOINT"_s, s.managedIdentityUrl().toString());
    o.arcKeyDirectory = s.arcKeyDirectory();
    ManagedIdentityCredential c(&m_sandbox.client(), o);
    QCOMPARE(c.source(), ManagedIdentityCredential::Source::Arc);
    const auto t = acquire(c);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
    QCOMPARE(oidOf(*t), VmPrincipal);
    QCOMPARE(ie::auth::unverifiedClaims(t->token).value("xms_mirid"_L1).toString(),
             s.miResourceId());

    o.clientId = SharedClient;
    ManagedIdentityCredential userAssigned(&m_sandbox.client(), o);
    const auto f = acquire(userAssigned);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().kind, ApiError::Kind::Unsupported);
}

void TestCredentials::arcRefusesKeyFilesElsewhere()
{
    // The challenge names a file outside the agent's folder: never read.
    auto &s = m_sandbox.server();
    ManagedIdentityCredential::Options o = imdsOptions();
    o.environment.insert(u"IDENTITY_ENDPOINT"_s, s.arcUrl().toString());
    o.environment.insert(u"IMDS_ENDPOINT"_s, s.managedIdentityUrl().toString());
    QTemporaryDir elsewhere;
    o.arcKeyDirectory = elsewhere.path();
    ManagedIdentityCredential c(&m_sandbox.client(), o);
    const auto t = acquire(c);
    QVERIFY(!t.ok());
    QVERIFY2(t.error().message.contains(u"refused"_s), qPrintable(t.error().message));
}

void TestCredentials::cloudShell()
{
    ManagedIdentityCredential::Options o = imdsOptions();
    o.environment.insert(u"MSI_ENDPOINT"_s, m_sandbox.server().cloudShellUrl().toString());
    ManagedIdentityCredential c(&m_sandbox.client(), o);
    QCOMPARE(c.source(), ManagedIdentityCredential::Source::CloudShell);
    const auto t = acquire(c);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
    QCOMPARE(oidOf(*t), VmPrincipal);
}

void TestCredentials::pastedToken()
{
    ie::auth::ClientSecretCredential source(&m_sandbox.client(), m_sandbox.server().tenantId(),
                                            m_sandbox.server().adminClientId(),
                                            m_sandbox.server().adminClientSecret());
    const auto real = acquire(source, u"https://graph.microsoft.com"_s);
    QVERIFY(real.ok());
    ie::auth::PastedTokenCredential pasted("Bearer " + real->token);
    QVERIFY(pasted.problem().isEmpty());
    const auto t = acquire(pasted, u"https://graph.microsoft.com/"_s);
    QVERIFY(t.ok());
    QCOMPARE(t->token, real->token);
    const auto other = acquire(pasted, Arm);
    QVERIFY(!other.ok());
    QVERIFY(other.error().message.contains(u"not for"_s));
    ie::auth::PastedTokenCredential garbage("hello");
    QVERIFY(!garbage.problem().isEmpty());
    QVERIFY(!acquire(garbage).ok());
}

void TestCredentials::pastedTokenExpiry_data()
{
    QTest::addColumn<QByteArray>("exp");
    QTest::addColumn<QString>("problem"); // empty: the token is usable
    QTest::newRow("in-an-hour") << QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600)
                                << QString();
    QTest::newRow("missing") << QByteArray() << u"has no expiry"_s;
    QTest::newRow("1e308") << QByteArray("1e308") << u"not a time between 1970 and 9999"_s;
    QTest::newRow("-1e18") << QByteArray("-1e18") << u"not a time between 1970 and 9999"_s;
    QTest::newRow("9.22e18") << QByteArray("9.22e18") << u"not a time between 1970 and 9999"_s;
    QTest::newRow("string") << QByteArray("\"tomorrow\"") << u"not a time between 1970 and 9999"_s;
}

void TestCredentials::pastedTokenExpiry()
{
    QFETCH(QByteArray, exp);
    QFETCH(QString, problem);
    QByteArray payload = R"({"aud":"https://graph.microsoft.com","tid":"t")";
    if (!exp.isEmpty())
        payload += R"(,"exp":)" + exp;
    payload += '}';
    const auto b64 = [](const QByteArray &b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray token = b64(R"({"alg":"RS256","typ":"JWT"})") + '.' + b64(payload) + ".c2ln";
    ie::auth::PastedTokenCredential pasted(token);
    if (problem.isEmpty()) {
        QVERIFY2(pasted.problem().isEmpty(), qPrintable(pasted.problem()));
        QVERIFY(acquire(pasted, u"https://graph.microsoft.com/"_s).ok());
    } else {
        QVERIFY2(pasted.problem().contains(problem), qPrintable(pasted.problem()));
        const auto t = acquire(pasted, u"https://graph.microsoft.com/"_s);
        QVERIFY(!t.ok());
        QVERIFY(t.error().message.contains(problem));
    }
}

void TestCredentials::tokenAnswerLifetime_data()
{
    QTest::addColumn<QJsonObject>("answer");
    QTest::addColumn<QString>("problem"); // empty: a token
    const QString at = u"eyJ0.eyJ0.c2ln"_s;
    QTest::newRow("v2-number") << QJsonObject{{"access_token"_L1, at}, {"expires_in"_L1, 3599}}
                               << QString();
    QTest::newRow("v1-string") << QJsonObject{{"access_token"_L1, at}, {"expires_in"_L1, u"3599"_s}}
                               << QString();
    QTest::newRow("no-token") << QJsonObject{{"expires_in"_L1, 3599}} << u"has no access token"_s;
    QTest::newRow("negative") << QJsonObject{{"access_token"_L1, at}, {"expires_in"_L1, -60}}
                              << u"lifetime of -60 (expires_in)"_s;
    QTest::newRow("zero") << QJsonObject{{"access_token"_L1, at}, {"expires_in"_L1, 0}}
                          << u"lifetime of 0 (expires_in)"_s;
    QTest::newRow("missing") << QJsonObject{{"access_token"_L1, at}} << u"(expires_in)"_s;
}

void TestCredentials::tokenAnswerLifetime()
{
    QFETCH(QJsonObject, answer);
    QFETCH(QString, problem);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto t = ie::auth::tokenFromOAuthResponse(answer, Arm, u"t"_s, u"client-secret"_s, now);
    if (problem.isEmpty()) {
        QVERIFY(t.ok());
        QCOMPARE(t->expiresOn, now.addSecs(3599));
    } else {
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(problem), qPrintable(t.error().message));
    }
    // The managed identity endpoints' answer: an expires_on in the past is said as such.
    const auto mi = ManagedIdentityCredential::parseToken(
            QJsonObject{{"access_token"_L1, u"eyJ0.eyJ0.c2ln"_s},
                        {"expires_on"_L1, QString::number(now.toSecsSinceEpoch() - 60)}},
            Arm, now);
    QVERIFY(!mi.ok());
    QVERIFY2(mi.error().message.contains(u"expired at"_s), qPrintable(mi.error().message));
}

void TestCredentials::chainReportsEachStep()
{
    auto &s = m_sandbox.server();
    // No environment, no workload identity, IMDS answering, so the managed identity wins.
    ie::auth::ChainedCredential chain;
    chain.append(new ie::auth::EnvironmentCredential(&m_sandbox.client(), QProcessEnvironment()));
    chain.append(
            new ie::auth::EnvironmentCredential(&m_sandbox.client(), QProcessEnvironment(), true));
    ManagedIdentityCredential::Options dead = imdsOptions();
    dead.imdsEndpoint = deadEndpoint();
    dead.probe = true;
    dead.probeTimeout = std::chrono::milliseconds(300);
    chain.append(new ManagedIdentityCredential(&m_sandbox.client(), dead));
    ie::auth::ClientSecretCredential *failing = new ie::auth::ClientSecretCredential(
            &m_sandbox.client(), s.tenantId(), s.adminClientId(), u"wrong"_s);
    chain.append(failing);
    chain.append(new ManagedIdentityCredential(&m_sandbox.client(), imdsOptions()));
    const auto t = acquire(chain);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
    const auto steps = chain.steps();
    QCOMPARE(steps.size(), 5);
    using O = ie::auth::ChainedCredential::Step::Outcome;
    QCOMPARE(steps[0].outcome, O::Skipped);
    QVERIFY(steps[0].message.contains(u"AZURE_TENANT_ID"_s));
    QCOMPARE(steps[1].outcome, O::Skipped);
    QVERIFY(steps[1].message.contains(u"AZURE_FEDERATED_TOKEN_FILE"_s));
    QCOMPARE(steps[2].outcome, O::Skipped);
    QCOMPARE(steps[3].outcome, O::Failed);
    QVERIFY(steps[3].message.contains(u"AADSTS7000215"_s));
    QCOMPARE(steps[4].outcome, O::Succeeded);
    QCOMPARE(chain.selected()->name(), u"managed-identity"_s);
    QVERIFY(chain.report().contains(u"secret: failed"_s));

    // All failing: the error names every step.
    ie::auth::ChainedCredential none;
    none.append(new ie::auth::EnvironmentCredential(&m_sandbox.client(), QProcessEnvironment()));
    const auto f = acquire(none);
    QVERIFY(!f.ok());
    QVERIFY(f.error().message.contains(u"environment: skipped"_s));
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
