// Sign-out falls back to the state of a fresh start: signing out of the sandbox brings the
// sandbox admin app back; signing out of another cloud leaves the client "not signed in", and a
// request then fails at once with a message that says to sign in (not an anonymous request).

#include "sandboxfixture.h"

#include "auth/clientsecretcredential.h"
#include "auth/signinsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::ApiError;

class TestSignInSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signOut_data();
    void signOut();

private:
    std::optional<ie::Result<ie::net::HttpResponse>> listApps();
    ie::test::SandboxFixture m_sandbox;
};

void TestSignInSession::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

std::optional<ie::Result<ie::net::HttpResponse>> TestSignInSession::listApps()
{
    std::optional<ie::Result<ie::net::HttpResponse>> r;
    m_sandbox.client().send(
            ie::net::HttpRequest::get(m_sandbox.graph(u"/servicePrincipals?$top=1"_s)), this,
            [&r](const ie::Result<ie::net::HttpResponse> &x) { r = x; });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&r] { return r.has_value(); }, 15000);
    return r;
}

void TestSignInSession::signOut_data()
{
    QTest::addColumn<bool>("onSandbox"); // signed in to the sandbox cloud, or another one
    QTest::newRow("sandbox") << true;
    QTest::newRow("other-cloud") << false;
}

void TestSignInSession::signOut()
{
    QFETCH(bool, onSandbox);
    ie::net::HttpClient &client = m_sandbox.client();
    const ie::Cloud sandboxCloud = client.cloud();
    ie::auth::SignInSession session(&client);
    QSignalSpy changed(&session, &ie::auth::SignInSession::stateChanged);
    session.setFreshStart(sandboxCloud, &m_sandbox.tokens());
    QVERIFY(session.isFreshStart());

    // Signed in some other way (here: the admin app again, through a cache of its own).
    auto *cache = new ie::auth::TokenCache(nullptr, sandboxCloud.name);
    QPointer<ie::auth::TokenCache> guard(cache);
    cache->setCredential(new ie::auth::ClientSecretCredential(
            &client, m_sandbox.server().tenantId(), m_sandbox.server().adminClientId(),
            m_sandbox.server().adminClientSecret(), cache));
    session.signedIn(cache);
    QCOMPARE(client.tokenProvider(), static_cast<ie::net::TokenProvider *>(cache));
    QVERIFY(!session.isFreshStart());
    auto r = listApps();
    QVERIFY(r.has_value());
    QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().summary()));
    if (!onSandbox) {
        ie::Cloud other = sandboxCloud;
        other.name = u"CustomCloud"_s;
        client.setCloud(other);
    }

    session.signOut();
    QTRY_VERIFY(!guard); // the sign-in's cache and its tokens are gone
    QVERIFY(client.tokenProvider() != nullptr);
    QCOMPARE(changed.size(), 3);
    r = listApps();
    QVERIFY(r.has_value());
    if (onSandbox) {
        QVERIFY(session.isSignedIn());
        QVERIFY(session.isFreshStart());
        QCOMPARE(client.tokenProvider(),
                 static_cast<ie::net::TokenProvider *>(&m_sandbox.tokens()));
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().summary()));
    } else {
        QVERIFY(!session.isSignedIn());
        QVERIFY(!r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Auth);
        QVERIFY2(r->error().message.contains(u"Not signed in"_s), qPrintable(r->error().message));
    }
    // Leave the fixture as it was.
    client.setCloud(sandboxCloud);
    client.setTokenProvider(&m_sandbox.tokens());
}

QTEST_GUILESS_MAIN(TestSignInSession)
#include "tst_signinsession.moc"
