// Device code sign-in against the sandbox's /devicecode and polling grant: the prompt, consent
// after authorization_pending, slow_down, authorization_declined, expired_token, cancel, and an
// unknown client.

#include "sandboxfixture.h"

#include "auth/devicecodecredential.h"
#include "sandbox/router.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::auth::DeviceCodeCredential;
using ie::net::AccessToken;

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

QTEST_GUILESS_MAIN(TestDeviceCode)
#include "tst_devicecode.moc"
