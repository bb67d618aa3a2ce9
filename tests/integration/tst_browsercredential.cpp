// The interactive browser sign-in against the sandbox, with the test as the browser: it takes the
// authorize URL from openUrl(), GETs it without following the redirect, then GETs the Location on
// the credential's loopback listener. Success (and the PKCE and scope parameters sent), the
// answers that must fail (state mismatch, declined, an error redirect), cancel, timeout, a second
// audience through the refresh token, and the fallback to the browser after invalid_grant. The
// sandbox's /authorize and token grants are also checked on their own (wrong verifier, one-time
// code, redirect URI rules).

#include "browserplayer.h"
#include "sandboxfixture.h"

#include "auth/interactivebrowsercredential.h"
#include "sandbox/router.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::auth::InteractiveBrowserCredential;
using ie::net::AccessToken;

namespace {

const QString Graph = u"https://graph.microsoft.com"_s;
const QString Arm = u"https://management.azure.com"_s;
const QString AzureCli = u"04b07795-8ddb-461a-bbee-02f9e1bf7b46"_s;

QString param(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

QUrl withParam(QUrl url, const QString &name, const QString &value)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(name);
    if (!value.isNull())
        q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(q);
    return url;
}

} // namespace

class TestBrowserCredential : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void pkce();
    void signIn();
    void browserAnswers_data();
    void browserAnswers();
    void cancel();
    void timeout();
    void invalidGrantFallsBack();
    void sandboxAuthorize_data();
    void sandboxAuthorize();
    void sandboxRedeem_data();
    void sandboxRedeem();
    void sandboxRefreshRotates();

private:
    InteractiveBrowserCredential::Options options() const;
    // Requests a token and waits for openUrl(): the authorize URL.
    QUrl start(InteractiveBrowserCredential &c, const QString &audience,
               std::optional<ie::Result<AccessToken>> &out);
    // /authorize as the sandbox answers it, straight from the router.
    ie::sandbox::Response authorize(const QUrlQuery &query);
    ie::sandbox::Response tokenPost(const QUrlQuery &form);
    QUrlQuery goodAuthorizeQuery(const QString &verifier) const;

    ie::test::SandboxFixture m_sandbox;
    std::unique_ptr<ie::test::BrowserPlayer> m_browser;
};

void TestBrowserCredential::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    m_browser = std::make_unique<ie::test::BrowserPlayer>(m_sandbox.server().caCertificate());
}

void TestBrowserCredential::init()
{
    m_sandbox.server().context().authorizeOutcome.clear();
}

InteractiveBrowserCredential::Options TestBrowserCredential::options() const
{
    InteractiveBrowserCredential::Options o;
    o.tenantId = const_cast<TestBrowserCredential *>(this)->m_sandbox.server().tenantId();
    return o;
}

QUrl TestBrowserCredential::start(InteractiveBrowserCredential &c, const QString &audience,
                                  std::optional<ie::Result<AccessToken>> &out)
{
    QSignalSpy opened(&c, &InteractiveBrowserCredential::openUrl);
    c.requestToken({audience, {}, {}, false}, [&out](ie::Result<AccessToken> t) { out = t; });
    if (opened.isEmpty() && !opened.wait(10000))
        return {};
    return opened.first().first().toUrl();
}

void TestBrowserCredential::pkce()
{
    const QString v = InteractiveBrowserCredential::makeCodeVerifier();
    QVERIFY(v.size() >= 43 && v.size() <= 128);
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9._~-]+$"_s).match(v).hasMatch());
    QVERIFY(v != InteractiveBrowserCredential::makeCodeVerifier());
    // RFC 7636 appendix B.
    QCOMPARE(InteractiveBrowserCredential::codeChallenge(
                     u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
             u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
}

void TestBrowserCredential::signIn()
{
    InteractiveBrowserCredential c(&m_sandbox.client(), options());
    std::optional<ie::Result<AccessToken>> out;
    const QUrl url = start(c, Graph, out);
    QVERIFY(url.isValid());
    QVERIFY(c.isWaitingForBrowser());
    QCOMPARE(url.path(), u"/%1/oauth2/v2.0/authorize"_s.arg(m_sandbox.server().tenantId()));
    QCOMPARE(param(url, u"client_id"_s), AzureCli);
    QCOMPARE(param(url, u"response_type"_s), u"code"_s);
    QCOMPARE(param(url, u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(param(url, u"code_challenge"_s).size(), 43);
    QCOMPARE(param(url, u"scope"_s),
             u"https://graph.microsoft.com/.default offline_access openid profile"_s);
    const QUrl redirect(param(url, u"redirect_uri"_s));
    QCOMPARE(redirect.scheme(), u"http"_s);
    QCOMPARE(redirect.host(), u"localhost"_s);
    QVERIFY(redirect.port() > 0);
    QVERIFY(!param(url, u"state"_s).isEmpty());

    const ie::test::BrowserPlayer::Visit v = m_browser->visit(url);
    QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
    QCOMPARE(v.authorizeStatus, 302);
    QCOMPARE(v.location.port(), redirect.port());
    QCOMPARE(param(v.location, u"state"_s), param(url, u"state"_s));
    QCOMPARE(v.loopbackStatus, 200);
    QVERIFY(v.page.contains("close this tab"));
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
    QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().summary()));
    const QJsonObject claims = ie::auth::unverifiedClaims(out->value().token);
    QCOMPARE(claims.value("upn"_L1).toString(), u"adele@contoso.onmicrosoft.com"_s);
    QCOMPARE(claims.value("aud"_L1).toString(), Graph);
    QCOMPARE(out->value().credential, u"browser"_s);
    QCOMPARE(out->value().tenantId, m_sandbox.server().tenantId());
    QVERIFY(!c.isWaitingForBrowser());
    QCOMPARE(m_sandbox.server().context().authorizationCodes.size(), 0);

    // Another audience: the refresh token, no browser.
    QSignalSpy opened(&c, &InteractiveBrowserCredential::openUrl);
    std::optional<ie::Result<AccessToken>> arm;
    c.requestToken({Arm, {}, {}, false}, [&arm](ie::Result<AccessToken> t) { arm = t; });
    QTRY_VERIFY_WITH_TIMEOUT(arm.has_value(), 10000);
    QVERIFY2(arm->ok(), qPrintable(arm->ok() ? QString() : arm->error().summary()));
    QCOMPARE(ie::auth::unverifiedClaims(arm->value().token).value("aud"_L1).toString(), Arm);
    QCOMPARE(opened.size(), 0);
}

void TestBrowserCredential::browserAnswers_data()
{
    QTest::addColumn<QString>("outcome"); // the sandbox user's choice
    QTest::addColumn<QString>("tamper"); // what the "browser" changes in the authorize URL
    QTest::addColumn<QString>("expected");
    QTest::newRow("state-mismatch") << QString() << u"state"_s << u"state does not match"_s;
    QTest::newRow("declined") << u"decline"_s << QString() << u"declined in the browser"_s;
    QTest::newRow("error-redirect")
            << QString() << u"code_challenge"_s << u"Proof Key for Code Exchange"_s;
}

void TestBrowserCredential::browserAnswers()
{
    QFETCH(QString, outcome);
    QFETCH(QString, tamper);
    QFETCH(QString, expected);
    m_sandbox.server().context().authorizeOutcome = outcome;
    InteractiveBrowserCredential c(&m_sandbox.client(), options());
    std::optional<ie::Result<AccessToken>> out;
    QUrl url = start(c, Graph, out);
    QVERIFY(url.isValid());
    if (tamper == "state"_L1)
        url = withParam(url, tamper, u"someone-elses-state"_s);
    else if (!tamper.isEmpty())
        url = withParam(url, tamper, QString());
    const ie::test::BrowserPlayer::Visit v = m_browser->visit(url);
    QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
    QCOMPARE(v.authorizeStatus, 302);
    QCOMPARE(v.loopbackStatus, 200);
    QVERIFY(v.page.contains("did not succeed"));
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
    QVERIFY(!out->ok());
    QCOMPARE(out->error().kind, ApiError::Kind::Auth);
    QVERIFY2(out->error().message.contains(expected), qPrintable(out->error().message));
    QVERIFY(!c.isWaitingForBrowser());
}

void TestBrowserCredential::cancel()
{
    InteractiveBrowserCredential c(&m_sandbox.client(), options());
    int calls = 0;
    std::optional<ie::Result<AccessToken>> out;
    QSignalSpy opened(&c, &InteractiveBrowserCredential::openUrl);
    c.requestToken({Graph, {}, {}, false}, [&](ie::Result<AccessToken> t) {
        ++calls;
        out = t;
    });
    QVERIFY(!opened.isEmpty() || opened.wait(10000));
    const QUrl redirect(param(opened.first().first().toUrl(), u"redirect_uri"_s));
    c.cancel();
    QVERIFY(out.has_value()); // at once
    QCOMPARE(out->error().kind, ApiError::Kind::Cancelled);
    QVERIFY(out->error().message.contains(u"cancelled"_s));
    QVERIFY(!c.isWaitingForBrowser());
    // The listener is closed: the redirect finds nobody.
    QTcpSocket probe;
    QSignalSpy failed(&probe, &QTcpSocket::errorOccurred);
    probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(failed.wait(5000));
    QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
    QTest::qWait(50); // nothing else arrives
    QCOMPARE(calls, 1);
}

void TestBrowserCredential::timeout()
{
    InteractiveBrowserCredential::Options o = options();
    o.timeout = std::chrono::milliseconds(150);
    InteractiveBrowserCredential c(&m_sandbox.client(), o);
    std::optional<ie::Result<AccessToken>> out;
    QVERIFY(start(c, Graph, out).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
    QCOMPARE(out->error().kind, ApiError::Kind::Timeout);
    QVERIFY2(out->error().message.contains(u"No answer came from the browser"_s),
             qPrintable(out->error().message));
    QVERIFY(!c.isWaitingForBrowser());
}

void TestBrowserCredential::invalidGrantFallsBack()
{
    InteractiveBrowserCredential c(&m_sandbox.client(), options());
    std::optional<ie::Result<AccessToken>> out;
    QUrl url = start(c, Graph, out);
    QCOMPARE(m_browser->visit(url).loopbackStatus, 200);
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
    QVERIFY(out->ok());
    // The tenant revokes the user's sessions: the refresh is refused, the browser asked again.
    m_sandbox.server().context().refreshTokens.clear();
    std::optional<ie::Result<AccessToken>> again;
    url = start(c, Arm, again);
    QVERIFY2(url.isValid(), "no second browser sign-in after invalid_grant");
    QVERIFY(!again.has_value());
    QCOMPARE(m_browser->visit(url).loopbackStatus, 200);
    QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 10000);
    QVERIFY2(again->ok(), qPrintable(again->ok() ? QString() : again->error().summary()));
    QCOMPARE(ie::auth::unverifiedClaims(again->value().token).value("aud"_L1).toString(), Arm);
}

ie::sandbox::Response TestBrowserCredential::authorize(const QUrlQuery &query)
{
    ie::sandbox::Request req;
    req.service = u"login"_s;
    req.method = "GET";
    req.path = u"/%1/oauth2/v2.0/authorize"_s.arg(m_sandbox.server().tenantId());
    req.query = query;
    const auto r = m_sandbox.server().router().dispatch(req, m_sandbox.server().context());
    return r ? *r : ie::sandbox::Response::empty(599);
}

ie::sandbox::Response TestBrowserCredential::tokenPost(const QUrlQuery &form)
{
    ie::sandbox::Request req;
    req.service = u"login"_s;
    req.method = "POST";
    req.path = u"/%1/oauth2/v2.0/token"_s.arg(m_sandbox.server().tenantId());
    req.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    req.body = form.query(QUrl::FullyEncoded).toUtf8();
    const auto r = m_sandbox.server().router().dispatch(req, m_sandbox.server().context());
    return r ? *r : ie::sandbox::Response::empty(599);
}

QUrlQuery TestBrowserCredential::goodAuthorizeQuery(const QString &verifier) const
{
    QUrlQuery q;
    q.addQueryItem(u"client_id"_s, AzureCli);
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"redirect_uri"_s, u"http%3A%2F%2Flocalhost%3A4711%2F"_s);
    q.addQueryItem(u"scope"_s, u"https%3A%2F%2Fgraph.microsoft.com%2F.default%20offline_access"_s);
    q.addQueryItem(u"state"_s, u"s1"_s);
    q.addQueryItem(u"code_challenge"_s, InteractiveBrowserCredential::codeChallenge(verifier));
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    return q;
}

static QByteArray header(const ie::sandbox::Response &r, const QByteArray &name)
{
    for (const auto &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void TestBrowserCredential::sandboxAuthorize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value"); // null: removed
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error"); // in the redirect (302) or the body (400)
    QTest::newRow("good") << QString() << QString() << 302 << QString();
    QTest::newRow("unknown client") << u"client_id"_s << u"11111111-2222-3333-4444-555555555555"_s
                                    << 400 << u"unauthorized_client"_s;
    QTest::newRow("not loopback") << u"redirect_uri"_s << u"https://evil.example/cb"_s << 400
                                  << u"invalid_request"_s;
    QTest::newRow("no redirect") << u"redirect_uri"_s << QString() << 400 << u"invalid_request"_s;
    QTest::newRow("token response")
            << u"response_type"_s << u"token"_s << 302 << u"unsupported_response_type"_s;
    QTest::newRow("plain pkce") << u"code_challenge_method"_s << u"plain"_s << 302
                                << u"invalid_request"_s;
    QTest::newRow("no challenge") << u"code_challenge"_s << QString() << 302
                                  << u"invalid_request"_s;
    QTest::newRow("no state") << u"state"_s << QString() << 302 << u"invalid_request"_s;
}

void TestBrowserCredential::sandboxAuthorize()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, error);
    QUrlQuery q = goodAuthorizeQuery(InteractiveBrowserCredential::makeCodeVerifier());
    if (!name.isEmpty()) {
        q.removeAllQueryItems(name);
        if (!value.isNull())
            q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    const ie::sandbox::Response r = authorize(q);
    QCOMPARE(r.status, status);
    if (status == 400) {
        QVERIFY(header(r, "Location").isEmpty()); // never redirected to an untrusted URI
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value("error"_L1).toString(), error);
        QVERIFY(body.value("error_description"_L1).toString().startsWith("AADSTS"_L1));
        return;
    }
    const QUrl location = QUrl::fromEncoded(header(r, "Location"));
    QCOMPARE(location.host(), u"localhost"_s);
    QCOMPARE(location.port(), 4711);
    if (error.isEmpty()) {
        QVERIFY(!param(location, u"code"_s).isEmpty());
        QCOMPARE(param(location, u"state"_s), u"s1"_s);
    } else {
        QCOMPARE(param(location, u"error"_s), error);
        QVERIFY(param(location, u"error_description"_s).startsWith("AADSTS"_L1));
        QVERIFY(param(location, u"code"_s).isEmpty());
    }
    m_sandbox.server().context().authorizationCodes.clear();
}

void TestBrowserCredential::sandboxRedeem_data()
{
    QTest::addColumn<QString>("field"); // what the client gets wrong
    QTest::addColumn<int>("aadsts");
    QTest::newRow("right") << QString() << 0;
    QTest::newRow("wrong verifier") << u"code_verifier"_s << 501481;
    QTest::newRow("other redirect") << u"redirect_uri"_s << 50011;
    QTest::newRow("other client") << u"client_id"_s << 70000;
    QTest::newRow("unknown code") << u"code"_s << 70008;
}

void TestBrowserCredential::sandboxRedeem()
{
    QFETCH(QString, field);
    QFETCH(int, aadsts);
    const QString verifier = InteractiveBrowserCredential::makeCodeVerifier();
    const ie::sandbox::Response r = authorize(goodAuthorizeQuery(verifier));
    QCOMPARE(r.status, 302);
    const QString code = param(QUrl::fromEncoded(header(r, "Location")), u"code"_s);
    QVERIFY(!code.isEmpty());
    QUrlQuery form;
    const auto add = [&](const QString &name, const QString &v) {
        form.addQueryItem(
                name, QString::fromLatin1(QUrl::toPercentEncoding(name == field ? v + u"x"_s : v)));
    };
    add(u"grant_type"_s, u"authorization_code"_s);
    add(u"client_id"_s, AzureCli);
    add(u"code"_s, code);
    add(u"redirect_uri"_s, u"http://localhost:4711/"_s);
    add(u"code_verifier"_s, verifier);
    add(u"scope"_s, u"https://graph.microsoft.com/.default offline_access openid"_s);
    const ie::sandbox::Response t = tokenPost(form);
    const QJsonObject body = QJsonDocument::fromJson(t.body).object();
    if (aadsts == 0) {
        QCOMPARE(t.status, 200);
        QVERIFY(!body.value("access_token"_L1).toString().isEmpty());
        QVERIFY(!body.value("refresh_token"_L1).toString().isEmpty());
        QVERIFY(!body.value("id_token"_L1).toString().isEmpty());
        // A code is good once.
        const ie::sandbox::Response again = tokenPost(form);
        QCOMPARE(again.status, 400);
        QCOMPARE(QJsonDocument::fromJson(again.body).object().value("error"_L1).toString(),
                 u"invalid_grant"_s);
        return;
    }
    QCOMPARE(t.status, 400);
    QCOMPARE(body.value("error"_L1).toString(), u"invalid_grant"_s);
    QCOMPARE(body.value("error_codes"_L1).toArray().first().toInt(), aadsts);
    QVERIFY(body.value("error_description"_L1).toString().startsWith(u"AADSTS%1:"_s.arg(aadsts)));
    m_sandbox.server().context().authorizationCodes.clear();
}

void TestBrowserCredential::sandboxRefreshRotates()
{
    const QString verifier = InteractiveBrowserCredential::makeCodeVerifier();
    const ie::sandbox::Response r = authorize(goodAuthorizeQuery(verifier));
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"client_id"_s, AzureCli);
    form.addQueryItem(u"code"_s, param(QUrl::fromEncoded(header(r, "Location")), u"code"_s));
    form.addQueryItem(u"redirect_uri"_s, u"http%3A%2F%2Flocalhost%3A4711%2F"_s);
    form.addQueryItem(u"code_verifier"_s, verifier);
    const QString first = QJsonDocument::fromJson(tokenPost(form).body)
                                  .object()
                                  .value("refresh_token"_L1)
                                  .toString();
    QVERIFY(!first.isEmpty());
    const auto refresh = [this](const QString &token) {
        QUrlQuery f;
        f.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        f.addQueryItem(u"client_id"_s, AzureCli);
        f.addQueryItem(u"refresh_token"_s, QString::fromLatin1(QUrl::toPercentEncoding(token)));
        f.addQueryItem(u"scope"_s, u"https%3A%2F%2Fmanagement.azure.com%2F.default"_s);
        return tokenPost(f);
    };
    const ie::sandbox::Response second = refresh(first);
    QCOMPARE(second.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(second.body).object();
    const QString rotated = body.value("refresh_token"_L1).toString();
    QVERIFY(!rotated.isEmpty() && rotated != first);
    QCOMPARE(ie::auth::unverifiedClaims(body.value("access_token"_L1).toString().toLatin1())
                     .value("aud"_L1)
                     .toString(),
             Arm);
    // The spent one is refused as Entra refuses a revoked grant.
    const ie::sandbox::Response spent = refresh(first);
    QCOMPARE(spent.status, 400);
    QCOMPARE(QJsonDocument::fromJson(spent.body).object().value("error"_L1).toString(),
             u"invalid_grant"_s);
    QCOMPARE(refresh(rotated).status, 200);
}

QTEST_GUILESS_MAIN(TestBrowserCredential)
#include "tst_browsercredential.moc"
