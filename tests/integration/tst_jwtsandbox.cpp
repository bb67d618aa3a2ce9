// Tokens the sandbox mints (v1 and v2, managed identity, app, delegated), decoded and explained,
// and verified against the sandbox's JWKS fetched over HTTPS through its OpenID configuration.

#include "catalog/catalog.h"
#include "jwt/jwksfetcher.h"
#include "jwt/jwtdecoder.h"
#include "jwt/tokenexplainer.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::jwt;

namespace {
const QString FuncMi = u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s; // func-timer-orders (system)
const QString SharedMi = u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s; // id-orders-shared (user)
const QString FuncMirid = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90/resourcegroups/"
                          "rg-orders-prod/providers/Microsoft.Web/sites/func-timer-orders"_s;
const QString SharedMirid = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90/resourcegroups/"
                            "rg-identity/providers/Microsoft.ManagedIdentity/"
                            "userAssignedIdentities/id-orders-shared"_s;
} // namespace

class TestJwtSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mintedTokens_data();
    void mintedTokens();
    void cacheKeepsFetchTime();
    void alteredTokenFails();
    void foreignIssuerIsNotFetched_data();
    void foreignIssuerIsNotFetched();

private:
    QByteArray mint(const QString &clientId, const QString &resource, const QString &mirid);
    SignatureCheck verify(const DecodedToken &token, JwksFetcher &fetcher, bool refresh = false);

    ie::test::SandboxFixture m_sandbox;
    ie::catalog::Catalog m_catalog;
};

void TestJwtSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QVERIFY(m_catalog.loadBundled().ok());
}

QByteArray TestJwtSandbox::mint(const QString &clientId, const QString &resource,
                                const QString &mirid)
{
    const ie::sandbox::ServicePrincipal *sp = m_sandbox.server().state().spById(clientId);
    if (!sp)
        return {};
    QString error, description;
    int aadsts = 0;
    const auto t = m_sandbox.server().tokenIssuer().mintAppToken(*sp, resource, 3600, &error,
                                                                 &description, &aadsts, mirid);
    return t ? t->token : QByteArray();
}

SignatureCheck TestJwtSandbox::verify(const DecodedToken &token, JwksFetcher &fetcher, bool refresh)
{
    SignatureCheck result;
    bool done = false;
    fetcher.verify(
            token, this,
            [&](const SignatureCheck &c) {
                result = c;
                done = true;
            },
            refresh);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }();
    return result;
}

void TestJwtSandbox::mintedTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("version");
    const QString tid = m_sandbox.server().tenantId();
    QTest::newRow("v1 Graph, system-assigned MI")
            << mint(FuncMi, u"https://graph.microsoft.com/.default"_s, FuncMirid)
            << u"App-only token for Microsoft Graph (v1.0), issued to managed identity "
               "func-timer-orders in tenant Contoso, roles: User.Read.All, expires in 60 min, "
               "signature valid"_s
            << u"app-only"_s << u"1.0"_s;
    QTest::newRow("v2 own API, user-assigned MI")
            << mint(SharedMi, u"api://contoso-orders"_s, SharedMirid)
            << u"App-only token for 3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9 (v2.0), issued to "
               "managed identity id-orders-shared in tenant Contoso, roles: Orders.ReadWrite.All, "
               "expires in 60 min, signature valid"_s
            << u"app-only"_s << u"2.0"_s;
    QTest::newRow("v1 ARM, admin app without roles")
            << mint(m_sandbox.server().state().spByAppId(m_sandbox.server().adminClientId())->id,
                    u"https://management.azure.com/"_s, {})
            << u"App-only token for Azure Resource Manager (v1.0), issued to app Identity Explorer "
               "Sandbox Admin in tenant Contoso, no roles, expires in 60 min, signature valid"_s
            << u"app-only"_s << u"1.0"_s;
    const ie::sandbox::TokenIssuer &issuer = m_sandbox.server().tokenIssuer();
    const qint64 iat = QDateTime::currentSecsSinceEpoch();
    const QJsonObject delegated{
            {"aud"_L1, "00000003-0000-0000-c000-000000000000"_L1},
            {"iss"_L1, issuer.issuerV2()},
            {"iat"_L1, iat},
            {"nbf"_L1, iat},
            {"exp"_L1, iat + 3600},
            {"azp"_L1, "04b07795-8ddb-461a-bbee-02f9e1bf7b46"_L1},
            {"azpacr"_L1, "0"_L1},
            {"name"_L1, "Adele Vance"_L1},
            {"oid"_L1, "a11ce000-0000-4000-8000-000000000001"_L1},
            {"preferred_username"_L1, "adele@contoso.onmicrosoft.com"_L1},
            {"scp"_L1, "User.Read Directory.Read.All"_L1},
            {"tid"_L1, tid},
            {"ver"_L1, "2.0"_L1},
            {"wids"_L1, QJsonArray{"62e90394-69f5-4237-9190-012177145e10"_L1}},
    };
    QTest::newRow("v2 Graph, delegated")
            << issuer.sign(delegated)
            << u"Delegated token for Microsoft Graph (v2.0), issued to "
               u"adele@contoso.onmicrosoft.com "
               "through app Microsoft Azure CLI in tenant Contoso, scopes: User.Read, "
               "Directory.Read.All, directory roles: Global Administrator, expires in 60 min, "
               "signature valid"_s
            << u"delegated"_s << u"2.0"_s;
}

void TestJwtSandbox::mintedTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, verdict);
    QFETCH(QString, kind);
    QFETCH(QString, version);
    QVERIFY(!token.isEmpty());
    const auto decoded = JwtDecoder::decode(token);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    TokenContext ctx;
    ctx.catalog = &m_catalog;
    ctx.tenantNames.insert(m_sandbox.server().tenantId(), u"Contoso"_s);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(
            decoded->payload.value("exp"_L1).toInteger() - 3600, Qt::UTC);
    const TokenSummary s = TokenExplainer::summarize(*decoded, ctx, at);
    QCOMPARE(s.kindKey(), kind);
    QCOMPARE(s.version, version);
    QCOMPARE(s.tenant, m_sandbox.server().tenantId());
    QVERIFY(!s.expired);
    JwksFetcher fetcher(&m_sandbox.client());
    const SignatureCheck check = verify(*decoded, fetcher);
    QVERIFY2(check.state == SignatureCheck::State::Valid, qPrintable(check.reason));
    QVERIFY(check.keySource.startsWith(m_sandbox.server().loginUrl().toString()));
    QCOMPARE(TokenExplainer::verdict(s, &check), verdict);
}

void TestJwtSandbox::cacheKeepsFetchTime()
{
    const auto t = JwtDecoder::decode(mint(FuncMi, u"https://graph.microsoft.com"_s, FuncMirid));
    QVERIFY(t.ok());
    JwksFetcher fetcher(&m_sandbox.client());
    const QString iss = t->payload.value("iss"_L1).toString();
    QVERIFY(!fetcher.cached(iss));
    const SignatureCheck first = verify(*t, fetcher);
    QCOMPARE(first.state, SignatureCheck::State::Valid);
    QVERIFY(fetcher.cached(iss));
    const QDateTime fetchedAt = fetcher.cached(iss)->fetchedAt;
    QVERIFY(fetchedAt.isValid());
    const SignatureCheck second = verify(*t, fetcher);
    QCOMPARE(second.state, SignatureCheck::State::Valid);
    QCOMPARE(second.keysFetchedAt, fetchedAt);
    const SignatureCheck refreshed = verify(*t, fetcher, true);
    QCOMPARE(refreshed.state, SignatureCheck::State::Valid);
    QVERIFY(refreshed.keysFetchedAt >= fetchedAt);
}

void TestJwtSandbox::alteredTokenFails()
{
    const auto t = JwtDecoder::decode(mint(FuncMi, u"https://graph.microsoft.com"_s, FuncMirid));
    QVERIFY(t.ok());
    QJsonObject payload = t->payload;
    payload.insert("roles"_L1, QJsonArray{"User.Read.All"_L1, "Application.ReadWrite.All"_L1});
    const QByteArray forged = t->headerPart + '.'
            + JwtDecoder::toBase64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.'
            + t->signaturePart;
    const auto f = JwtDecoder::decode(forged);
    QVERIFY(f.ok());
    JwksFetcher fetcher(&m_sandbox.client());
    const SignatureCheck c = verify(*f, fetcher);
    QCOMPARE(c.state, SignatureCheck::State::Invalid);
    QCOMPARE(c.code, u"mismatch"_s);
}

void TestJwtSandbox::foreignIssuerIsNotFetched_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("reason");
    const QUrl login = m_sandbox.server().loginUrl();
    QUrl plain = login;
    plain.setScheme(u"http"_s);
    QTest::newRow("other host") << u"https://login.evil.example/tid/v2.0"_s
                                << u"not a Microsoft Entra login host"_s;
    QTest::newRow("http sandbox") << plain.toString() + u"/tid/"_s << u"not https"_s;
    QTest::newRow("other port") << u"https://127.0.0.1:1/tid/"_s
                                << u"not a Microsoft Entra login host"_s;
    QTest::newRow("no issuer") << QString() << u"no usable issuer"_s;
    QTest::newRow("other tenant on the sandbox")
            << login.toString() + u"/00000000-0000-0000-0000-000000000000/v2.0"_s
            << u"could not be fetched"_s;
}

void TestJwtSandbox::foreignIssuerIsNotFetched()
{
    QFETCH(QString, issuer);
    QFETCH(QString, reason);
    const ie::sandbox::TokenIssuer &ti = m_sandbox.server().tokenIssuer();
    QJsonObject claims{{"aud"_L1, "https://graph.microsoft.com"_L1}, {"exp"_L1, 1796150000}};
    if (!issuer.isEmpty())
        claims.insert("iss"_L1, issuer);
    const auto t = JwtDecoder::decode(ti.sign(claims));
    QVERIFY(t.ok());
    JwksFetcher fetcher(&m_sandbox.client());
    const SignatureCheck c = verify(*t, fetcher);
    QCOMPARE(c.state, SignatureCheck::State::Unverifiable);
    QVERIFY2(c.reason.contains(reason), qPrintable(c.reason));
    QVERIFY(!fetcher.cached(issuer));
}

QTEST_GUILESS_MAIN(TestJwtSandbox)
#include "tst_jwtsandbox.moc"
