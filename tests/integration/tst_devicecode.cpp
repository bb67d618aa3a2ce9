// Device code sign-in against the sandbox's /devicecode and polling grant: the prompt, consent
// after authorization_pending, slow_down, authorization_declined, expired_token, cancel, and an
// unknown client.

#include "sandboxfixture.h"

#include "auth/devicecodecredential.h"
#include "sandbox/router.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::auth::DeviceCodeCredential;
using ie::net::AccessToken;

struct DeviceCodePromptCopy
{
    QString userCode;
    QUrl uri;
};

class TestDeviceCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void flows_data();
    void flows();
    void cancel();
    void unknownClient();
    void refreshServesTheNextResource();
    void concurrentRequestsShareOneSignIn();
    void revokedRefreshAsksAgain();
    void manualApprovalAtDeviceLogin();

private:
    DeviceCodeCredential::Options options() const;
    ie::test::SandboxFixture m_sandbox;
};

void TestDeviceCode::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestDeviceCode::init()
{
    m_sandbox.server().context().deviceCodeIntervalSeconds = 0;
}

DeviceCodeCredential::Options TestDeviceCode::options() const
{
    DeviceCodeCredential::Options o;
    o.tenantId = const_cast<TestDeviceCode *>(this)->m_sandbox.server().tenantId();
    o.minimumInterval = std::chrono::milliseconds(50);
    o.slowDownIncrement = std::chrono::milliseconds(1100);
    return o;
}

void TestDeviceCode::flows_data()
{
    QTest::addColumn<QString>("state"); // what the sandbox user does; "" consents
    QTest::addColumn<int>("interval"); // the sandbox's interval, seconds
    QTest::addColumn<bool>("expire");
    QTest::addColumn<QString>("error");
    QTest::newRow("consent") << QString() << 0 << false << QString();
    QTest::newRow("slow-down") << QString() << 1 << false << QString();
    QTest::newRow("declined") << u"decline"_s << 0 << false << u"declined"_s;
    QTest::newRow("expired") << u"hold"_s << 0 << true << u"expired"_s;
}

void TestDeviceCode::flows()
{
    QFETCH(QString, state);
    QFETCH(int, interval);
    QFETCH(bool, expire);
    auto &ctx = m_sandbox.server().context();
    ctx.deviceCodeIntervalSeconds = interval;
    DeviceCodeCredential c(&m_sandbox.client(), options());
    QSignalSpy prompts(&c, &DeviceCodeCredential::userCodeReady);
    std::optional<ie::Result<AccessToken>> out;
    c.requestToken({u"https://management.azure.com"_s, {}, {}, false},
                   [&out](ie::Result<AccessToken> t) { out = t; });
    QVERIFY(prompts.wait(10000));
    const auto prompt = prompts.first().first().value<ie::auth::DeviceCodePrompt>();
    QCOMPARE(prompt.userCode.size(), 9);
    QVERIFY(prompt.verificationUri.toString().startsWith(m_sandbox.server().loginUrl().toString()));
    QVERIFY(prompt.message.contains(prompt.userCode));
    QCOMPARE(ctx.deviceCodes.size(), 1);
    QJsonObject &entry = ctx.deviceCodes.begin().value();
    if (!state.isEmpty())
        entry.insert("state"_L1, state);
    if (expire)
        entry.insert("expires"_L1, QDateTime::currentMSecsSinceEpoch() + 300);
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000);
    QFETCH(QString, error);
    if (error.isEmpty()) {
        QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().summary()));
        const QJsonObject claims = ie::auth::unverifiedClaims(out->value().token);
        QCOMPARE(claims.value("idtyp"_L1).toString(), u"user"_s);
        QCOMPARE(claims.value("upn"_L1).toString(), u"adele@contoso.onmicrosoft.com"_s);
        QCOMPARE(out->value().tenantId, m_sandbox.server().tenantId());
        QCOMPARE(out->value().credential, u"device-code"_s);
    } else {
        QVERIFY(!out->ok());
        QCOMPARE(out->error().kind, ApiError::Kind::Auth);
        QVERIFY2(out->error().message.contains(error), qPrintable(out->error().message));
    }
    QCOMPARE(ctx.deviceCodes.size(), 0);
}

void TestDeviceCode::cancel()
{
    m_sandbox.server().context().deviceCodeIntervalSeconds = 0;
    DeviceCodeCredential c(&m_sandbox.client(), options());
    QSignalSpy prompts(&c, &DeviceCodeCredential::userCodeReady);
    int calls = 0;
    std::optional<ie::Result<AccessToken>> out;
    c.requestToken({u"https://management.azure.com"_s, {}, {}, false},
                   [&](ie::Result<AccessToken> t) {
                       ++calls;
                       out = t;
                   });
    QVERIFY(prompts.wait(10000));
    m_sandbox.server().context().deviceCodes.begin().value().insert("state"_L1, u"hold"_s);
    c.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
    QCOMPARE(out->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(calls, 1);
    m_sandbox.server().context().deviceCodes.clear();
}

void TestDeviceCode::unknownClient()
{
    DeviceCodeCredential::Options o = options();
    o.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    DeviceCodeCredential c(&m_sandbox.client(), o);
    std::optional<ie::Result<AccessToken>> out;
    c.requestToken({u"https://management.azure.com"_s, {}, {}, false},
                   [&out](ie::Result<AccessToken> t) { out = t; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
    QVERIFY(!out->ok());
    QCOMPARE(out->error().code, u"unauthorized_client"_s);
}

void TestDeviceCode::refreshServesTheNextResource()
{
    DeviceCodeCredential c(&m_sandbox.client(), options());
    QSignalSpy prompts(&c, &DeviceCodeCredential::userCodeReady);
    std::optional<ie::Result<AccessToken>> graph;
    c.requestToken({u"https://graph.microsoft.com"_s, {}, {}, false},
                   [&graph](ie::Result<AccessToken> t) { graph = t; });
    QTRY_VERIFY_WITH_TIMEOUT(graph.has_value(), 15000);
    QVERIFY2(graph->ok(), qPrintable(graph->ok() ? QString() : graph->error().summary()));
    QVERIFY(c.hasRefreshToken());
    std::optional<ie::Result<AccessToken>> arm;
    c.requestToken({u"https://management.azure.com"_s, {}, {}, false},
                   [&arm](ie::Result<AccessToken> t) { arm = t; });
    QTRY_VERIFY_WITH_TIMEOUT(arm.has_value(), 15000);
    QVERIFY2(arm->ok(), qPrintable(arm->ok() ? QString() : arm->error().summary()));
    const QJsonObject claims = ie::auth::unverifiedClaims(arm->value().token);
    QCOMPARE(claims.value("aud"_L1).toString(), u"https://management.azure.com"_s);
    QCOMPARE(claims.value("upn"_L1).toString(), u"adele@contoso.onmicrosoft.com"_s);
    QCOMPARE(prompts.size(), 1); // no second code
    c.forgetRefreshToken();
    QVERIFY(!c.hasRefreshToken());
}

void TestDeviceCode::concurrentRequestsShareOneSignIn()
{
    DeviceCodeCredential c(&m_sandbox.client(), options());
    QSignalSpy prompts(&c, &DeviceCodeCredential::userCodeReady);
    QList<ie::Result<AccessToken>> out;
    for (const QString &audience : {u"https://graph.microsoft.com"_s,
                                    u"https://management.azure.com"_s,
                                    u"https://graph.microsoft.com"_s})
        c.requestToken({audience, {}, {}, false},
                       [&out](ie::Result<AccessToken> t) { out.append(t); });
    QTRY_COMPARE_WITH_TIMEOUT(out.size(), 3, 15000);
    for (const auto &t : std::as_const(out))
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
    QCOMPARE(prompts.size(), 1);
    // The refresh token of the sign-in was used once and rotated: the one held still works.
    std::optional<ie::Result<AccessToken>> again;
    c.requestToken({u"https://management.azure.com"_s, {}, {}, false},
                   [&again](ie::Result<AccessToken> t) { again = t; });
    QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 15000);
    QVERIFY(again->ok());
    QCOMPARE(prompts.size(), 1);
}

void TestDeviceCode::revokedRefreshAsksAgain()
{
    DeviceCodeCredential c(&m_sandbox.client(), options());
    QSignalSpy prompts(&c, &DeviceCodeCredential::userCodeReady);
    std::optional<ie::Result<AccessToken>> first;
    c.requestToken({u"https://graph.microsoft.com"_s, {}, {}, false},
                   [&first](ie::Result<AccessToken> t) { first = t; });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 15000);
    QVERIFY(first->ok());
    m_sandbox.server().context().refreshTokens.clear(); // the tenant revokes the sessions
    std::optional<ie::Result<AccessToken>> second;
    c.requestToken({u"https://management.azure.com"_s, {}, {}, false},
                   [&second](ie::Result<AccessToken> t) { second = t; });
    QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 15000);
    QVERIFY2(second->ok(), qPrintable(second->ok() ? QString() : second->error().summary()));
    QCOMPARE(prompts.size(), 2); // a new code, after invalid_grant
}


// `sandbox --device-login manual`: the code waits until a user enters it at verification_uri
// (POST /devicelogin otc=… login_hint=…) and the tokens are that user's.
void TestDeviceCode::manualApprovalAtDeviceLogin()
{
    auto &ctx = m_sandbox.server().context();
    ctx.deviceLoginManual = true;
    DeviceCodeCredential c(&m_sandbox.client(), options());
    std::optional<DeviceCodePromptCopy> prompt;
    QObject::connect(&c, &DeviceCodeCredential::userCodeReady, &c,
                     [&prompt](const ie::auth::DeviceCodePrompt &p) {
                         prompt = DeviceCodePromptCopy{p.userCode, p.verificationUri};
                     });
    std::optional<ie::Result<AccessToken>> out;
    c.requestToken({u"https://graph.microsoft.com"_s, {}, {}, false},
                   [&out](ie::Result<AccessToken> t) { out = t; });
    QTRY_VERIFY_WITH_TIMEOUT(prompt.has_value(), 10000);
    QTest::qWait(400); // several polls: still pending, nobody signed in
    QVERIFY(!out.has_value());
    auto enter = [&](const QString &code, const QString &user) -> int {
        ie::net::HttpRequest r;
        r.method = "POST";
        r.url = prompt->uri;
        r.anyStatus = true;
        r.authenticate = false;
        QUrlQuery form;
        form.addQueryItem(u"otc"_s, code);
        form.addQueryItem(u"login_hint"_s, user);
        r.body = form.query(QUrl::FullyEncoded).toUtf8();
        r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        int status = 0;
        ie::net::HttpJob *job = m_sandbox.client().send(r);
        QObject::connect(job, &ie::net::HttpJob::finished, job, [&status, job] {
            status = job->result().ok() ? job->result().value().status : -1;
        });
        return QTest::qWaitFor([&status] { return status != 0; }, 10000) ? status : 0;
    };
    QCOMPARE(enter(u"NOTACODE1"_s, u"megan@contoso.onmicrosoft.com"_s), 400);
    QCOMPARE(enter(prompt->userCode, u"nobody@contoso.onmicrosoft.com"_s), 400);
    QVERIFY(!out.has_value());
    QCOMPARE(enter(prompt->userCode, u"megan@contoso.onmicrosoft.com"_s), 200);
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
    ctx.deviceLoginManual = false;
    QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().summary()));
    QCOMPARE(ie::auth::unverifiedClaims(out->value().token).value("upn"_L1).toString(),
             u"megan@contoso.onmicrosoft.com"_s);
}

QTEST_GUILESS_MAIN(TestDeviceCode)
#include "tst_devicecode.moc"
