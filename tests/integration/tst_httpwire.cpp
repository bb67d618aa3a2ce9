// The HTTP core on the wire, against a scripted loopback server: retries and their timing,
// deadlines, cuts and hangs, cancellation, the token host rule across redirects, 401 handling,
// paging and $batch; tokens and secrets only over TLS, and redirects that would carry them (or
// bring a service's data from elsewhere) refused.

#include "net/activitylog.h"
#include "net/httpclient.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ie::ApiError;
using ie::net::HttpClient;
using ie::net::HttpJob;
using ie::net::HttpRequest;
using ie::test::ScriptedServer;

namespace {

// Hands out "tok-N" for each request and remembers what was asked.
class FakeTokens : public ie::net::TokenProvider
{
public:
    QList<ie::net::TokenRequest> requests;
    void getToken(const ie::net::TokenRequest &request, QObject *, ie::net::TokenCallback cb) override
    {
        requests.append(request);
        ie::net::AccessToken t;
        t.token = "tok-" + QByteArray::number(requests.size());
        t.audience = request.audience;
        t.expiresOn = QDateTime::currentDateTimeUtc().addSecs(3600);
        cb(t);
    }
};

ie::Cloud cloudWithGraphAt(const QUrl &graph)
{
    ie::Cloud c;
    c.name = u"Test"_s;
    c.displayName = u"Test"_s;
    c.graphUrl = graph;
    c.services = {ie::ServiceEndpoint{u"graph"_s, u"https://graph.microsoft.com"_s, {}, graph, {}}};
    return c;
}

ie::net::RetryPolicy fastRetry(int maxRetries = 3)
{
    ie::net::RetryPolicy p;
    p.maxRetries = maxRetries;
    p.baseDelay = 20ms;
    p.jitter = 0;
    return p;
}

// The job deletes itself after finished(): keep a copy of its result.
ie::Result<ie::net::HttpResponse> waitFor(HttpJob *job)
{
    ie::Result<ie::net::HttpResponse> result(ApiError::make(ApiError::Kind::Cancelled, u"no answer in 20 s"_s));
    QObject::connect(job, &HttpJob::finished, job, [&result, job] { result = job->result(); });
    QSignalSpy spy(job, &HttpJob::finished);
    spy.wait(20000);
    return result;
}

} // namespace

class TestHttpWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void successDecodesJsonAndSendsIds();
    void retryAfterIsHonoured_data();
    void retryAfterIsHonoured();
    void retriesRunOut();
    void retryAfterBeyondLimitFailsAtOnce();
    void deadlineStopsRetrying();
    void cutBodyRetriedOnlyWhenIdempotent_data();
    void cutBodyRetriedOnlyWhenIdempotent();
    void malformedJsonIsAParseError_data();
    void malformedJsonIsAParseError();
    void scannedPagesComeAsBytes();
    void hangTimesOut();
    void retriedHangsSayTheTimeSpent();
    void cancelWhileWaitingForReply();
    void cancelWhileWaitingToRetry();
    void tokenOnlyForItsHost();
    void tokenNeverOverPlainHttp();
    void secretNeverOverPlainHttp();
    void identityEndpointOverPlainHttp();
    void otherSchemesRefusedAtOnce();
    void serviceRedirectOffOriginRefused_data();
    void serviceRedirectOffOriginRefused();
    void redirectWithinOriginFollowed();
    void signInRedirectRefused_data();
    void signInRedirectRefused();
    void identityEndpointRedirectRefused();
    void plainRequestMayFollowRedirect();
    void unauthorizedRefreshesTokenOnce();
    void pagingFollowsNextLinks();
    void pagingRefusesForeignAndLoopingLinks_data();
    void pagingRefusesForeignAndLoopingLinks();
    void pagingCancelStopsAfterPage();
    void pagingAsksForNextPageBeforeHandingOver();
    void batchSplitsRetriesAndReportsPerItem();

private:
    HttpClient *m_client = nullptr;
    ScriptedServer *m_graph = nullptr;
    ScriptedServer *m_other = nullptr;
    ScriptedServer *m_plain = nullptr; // plain HTTP, recording what arrives
    FakeTokens m_tokens;
};

void TestHttpWire::initTestCase()
{
    // Every HTTPS ScriptedServer's CA, trusted for any host (m_other stands for a foreign host).
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.addCaCertificate(ScriptedServer::caCertificate());
    QSslConfiguration::setDefaultConfiguration(c);
}

void TestHttpWire::init()
{
    m_client = new HttpClient(this);
    m_graph = new ScriptedServer(ScriptedServer::Transport::Https, this);
    m_other = new ScriptedServer(ScriptedServer::Transport::Https, this);
    m_plain = new ScriptedServer(ScriptedServer::Transport::Http, this);
    m_tokens = FakeTokens();
    m_client->setCloud(cloudWithGraphAt(m_graph->url()));
    m_client->setTokenProvider(&m_tokens);
}

void TestHttpWire::cleanup()
{
    delete m_client;
    delete m_graph;
    delete m_other;
    delete m_plain;
}

void TestHttpWire::successDecodesJsonAndSendsIds()
{
    m_graph->enqueue(ScriptedServer::json(200, R"({"value":[1,2]})", {{"request-id", "rid-1"}}));
    HttpRequest r = HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/x"_s)));
    const auto res = waitFor(m_client->send(r));
    QVERIFY2(res.ok(), qPrintable(res.ok() ? QString() : res.error().summary()));
    QCOMPARE(res->status, 200);
    QCOMPARE(res->json.object().value("value"_L1).toArray().size(), 2);
    QCOMPARE(res->requestId, u"rid-1"_s);
    QCOMPARE(m_graph->received().size(), 1);
    const auto &sent = m_graph->received().first();
    QCOMPARE(QString::fromLatin1(sent.header("client-request-id")), res->clientRequestId);
    QCOMPARE(sent.header("Authorization"), QByteArray("Bearer tok-1"));
    QCOMPARE(m_client->activityLog()->entries().size(), 1);
    QCOMPARE(m_client->activityLog()->entries().first().requestId, u"rid-1"_s);
}

void TestHttpWire::retryAfterIsHonoured_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("delayMs");
    QTest::newRow("429-retry-after-1s") << QByteArray("Retry-After") << QByteArray("1") << 429 << qint64(1000);
    QTest::newRow("503-ms-header") << QByteArray("x-ms-retry-after-ms") << QByteArray("300") << 503 << qint64(300);
    QTest::newRow("504-ms-header") << QByteArray("x-ms-retry-after-ms") << QByteArray("150") << 504 << qint64(150);
}

void TestHttpWire::retryAfterIsHonoured()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);
    QFETCH(qint64, delayMs);
    m_graph->enqueue(ScriptedServer::json(status, R"({"error":{"code":"TooManyRequests","message":"slow down"}})",
                                          {{header, value}}));
    m_graph->enqueue(ScriptedServer::json(200, R"({"ok":true})"));
    HttpRequest r = HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/x"_s)));
    HttpJob *job = m_client->send(r);
    QSignalSpy retrying(job, &HttpJob::retrying);
    QElapsedTimer t;
    t.start();
    const auto res = waitFor(job);
    QVERIFY(res.ok());
    QCOMPARE(res->attempts, 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(1).toLongLong(), delayMs);
    QVERIFY2(t.elapsed() >= delayMs - 5, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(m_graph->received().size(), 2);
}

void TestHttpWire::retriesRunOut()
{
    for (int i = 0; i < 4; ++i)
        m_graph->enqueue(ScriptedServer::json(503, R"({"error":{"code":"ServiceUnavailable","message":"busy"}})"));
    HttpRequest r = HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/x"_s)));
    r.retry = fastRetry(3);
    const auto res = waitFor(m_client->send(r));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().httpStatus, 503);
    QCOMPARE(res.error().code, u"ServiceUnavailable"_s);
    QVERIFY(res.error().retryable);
    QCOMPARE(m_graph->received().size(), 4); // 1 + 3 retries
    // The message says what the wait was spent on, not only the last answer.
    QVERIFY2(res.error().message.startsWith(u"busy. Gave up after 4 attempt"_s),
             qPrintable(res.error().message));
}

void TestHttpWire::retryAfterBeyondLimitFailsAtOnce()
{
    m_graph->enqueue(ScriptedServer::json(429, R"({"error":{"code":"TooManyRequests","message":"later"}})",
                                          {{"Retry-After", "3600"}}));
    HttpRequest r = HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/x"_s)));
    QElapsedTimer t;
    t.start();
    const auto res = waitFor(m_client->send(r));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::Throttled);
    QCOMPARE(res.error().retryAfterSeconds, 3600);
    QVERIFY(t.elapsed() < 5000);
    QVERIFY(res.error().userMessage().contains(u"3600"_s));
}

void TestHttpWire::deadlineStopsRetrying()
{
    m_graph->enqueue(ScriptedServer::json(503, R"({"error":{"code":"Busy","message":"busy"}})",
                                          {{"Retry-After", "2"}}));
    HttpRequest r = HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/x"_s)));
    r.deadline = 500ms;
    const auto res = waitFor(m_client->send(r));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::Timeout);
    QCOMPARE(m_graph->received().size(), 1);
}

void TestHttpWire::cutBodyRetriedOnlyWhenIdempotent_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("requests");
    QTest::addColumn<bool>("ok");
    QTest::newRow("GET-retried") << QByteArray("GET") << 2 << true;
    QTest::newRow("POST-not-retried") << QByteArray("POST") << 1 << false;
}

void TestHttpWire::cutBodyRetriedOnlyWhenIdempotent()
{
    QFETCH(QByteArray, method);
    ScriptedServer::Reply cut = ScriptedServer::json(200, R"({"value":["aaaaaaaaaaaaaaaaaaaa"]})");
    cut.action = ScriptedServer::Action::CutBody;
    m_graph->enqueue(cut);
    m_graph->enqueue(ScriptedServer::json(200, R"({"value":[]})"));
    HttpRequest r = HttpRequest::json(method, m_graph->url().resolved(QUrl(u"/v1.0/x"_s)),
                                      QJsonDocument(QJsonObject{{"a"_L1, 1}}));
    r.retry = fastRetry();
    const auto res = waitFor(m_client->send(r));
    QTEST(res.ok(), "ok");
    if (!res.ok()) {
        QCOMPARE(res.error().kind, ApiError::Kind::Network);
        // The status line said 200, but no whole answer came: no "(HTTP 200)" in the message.
        QCOMPARE(res.error().httpStatus, 0);
        const QString message = res.error().userMessage();
        QVERIFY2(message.contains(u"broke before the whole answer arrived"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"200"_s), qPrintable(message));
    }
    QTEST(int(m_graph->received().size()), "requests");
}

void TestHttpWire::malformedJsonIsAParseError_data()
{
    QTest::addColumn<bool>("scan");
    QTest::newRow("decoded") << false;
    QTest::newRow("scanned") << true; // checked by the document-free reader: the same error, retried
}

void TestHttpWire::malformedJsonIsAParseError()
{
    QFETCH(bool, scan);
    for (int i = 0; i < 2; ++i)
        m_graph->enqueue(ScriptedServer::json(200, R"({"value": [1, 2)"));
    HttpRequest r = HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/x"_s)));
    r.scanJson = scan;
    r.retry = fastRetry(1);
    const auto res = waitFor(m_client->send(r));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::Parse);
    QCOMPARE(m_graph->received().size(), 2);
}

// HttpRequest::scanJson: pages come as their bytes and the offsets of the "value" array (no
// pageArrived), a page without a "value" list is the same Parse error as when decoded.
void TestHttpWire::scannedPagesComeAsBytes()
{
    const QString base = m_graph->url().toString();
    const QByteArray first = (u"{\"@odata.context\":\"c\",\"value\":[{\"id\":\"1\"},7,{\"a\":[]}],"
                              u"\"@odata.nextLink\":\"%1/list?$skiptoken=a\"}"_s.arg(base)).toUtf8();
    m_graph->setHandler([first](const ScriptedServer::Received &req) {
        if (req.path.endsWith("/list"))
            return ScriptedServer::json(200, first);
        if (req.path.endsWith("skiptoken=a"))
            return ScriptedServer::json(200, R"({"value":["x"],"nextLink":"/bad"})");
        return ScriptedServer::json(200, R"({"values":[]})");
    });
    HttpRequest r = HttpRequest::get(m_graph->url().resolved(QUrl(u"/list"_s)));
    r.scanJson = true;
    ie::net::PageJob *job = m_client->getPages(r);
    QSignalSpy decoded(job, &ie::net::PageJob::pageArrived);
    QList<QByteArray> spans;
    connect(job, &ie::net::PageJob::pageScanned, this,
            [&](const QByteArray &body, qsizetype from, qsizetype to) { spans.append(body.mid(from, to - from)); });
    QSignalSpy finished(job, &ie::net::PageJob::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(decoded.size(), 0);
    QCOMPARE(spans, (QList<QByteArray>{R"([{"id":"1"},7,{"a":[]}])", R"(["x"])"}));
    QCOMPARE(job->itemsLoaded(), 4);
    QCOMPARE(job->pagesLoaded(), 2);
    // The second page's ARM-style next link was followed; the third has no "value" list.
    QVERIFY(!job->result().ok());
    QCOMPARE(job->result().error().kind, ApiError::Kind::Parse);
    QCOMPARE(m_graph->received().size(), 3);
}

void TestHttpWire::hangTimesOut()
{
    ScriptedServer::Reply hang;
    hang.action = ScriptedServer::Action::Hang;
    m_graph->enqueue(hang);
    HttpRequest r = HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/x"_s)));
    r.transferTimeout = 300ms;
    r.retry = fastRetry(0);
    const auto res = waitFor(m_client->send(r));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::Timeout);
    QVERIFY2(res.error().message.contains(u"within 300 ms"_s), qPrintable(res.error().message));
}

void TestHttpWire::retriedHangsSayTheTimeSpent()
{
    // "within 30 seconds" after two minutes of retries reads as a lie: the message says both.
    for (int i = 0; i < 3; ++i) {
        ScriptedServer::Reply hang;
        hang.action = ScriptedServer::Action::Hang;
        m_graph->enqueue(hang);
    }
    HttpRequest r = HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/x"_s)));
    r.transferTimeout = 200ms;
    r.retry = fastRetry(2);
    const auto res = waitFor(m_client->send(r));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::Timeout);
    const QString message = res.error().message;
    QVERIFY2(message.contains(u"within 200 ms."_s), qPrintable(message));
    const QRegularExpression spent(u"Gave up after 3 attempt\\S* in (\\d+\\.\\d) s\\.$"_s);
    const QRegularExpressionMatch m = spent.match(message);
    QVERIFY2(m.hasMatch(), qPrintable(message));
    QVERIFY2(m.captured(1).toDouble() >= 0.6, qPrintable(message)); // three hangs of 200 ms
    QCOMPARE(m_graph->received().size(), 3);
}

void TestHttpWire::cancelWhileWaitingForReply()
{
    ScriptedServer::Reply hang;
    hang.action = ScriptedServer::Action::Hang;
    m_graph->enqueue(hang);
    HttpJob *job = m_client->send(HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/x"_s))));
    QSignalSpy finished(job, &HttpJob::finished);
    QTRY_COMPARE(m_graph->received().size(), 1);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->result().error().kind, ApiError::Kind::Cancelled);
    job->cancel(); // a second cancel is harmless and finishes nothing again
    QCOMPARE(finished.size(), 1);
}

void TestHttpWire::cancelWhileWaitingToRetry()
{
    m_graph->enqueue(ScriptedServer::json(429, "{}", {{"Retry-After", "30"}}));
    HttpJob *job = m_client->send(HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/x"_s))));
    QSignalSpy finished(job, &HttpJob::finished);
    QSignalSpy retrying(job, &HttpJob::retrying);
    QVERIFY(retrying.wait(5000));
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->result().error().kind, ApiError::Kind::Cancelled);
    QTest::qWait(50); // nothing may fire after the cancel
    QCOMPARE(m_graph->received().size(), 1);
}

void TestHttpWire::tokenOnlyForItsHost()
{
    m_graph->enqueue(ScriptedServer::json(200, "{}"));
    m_other->enqueue(ScriptedServer::json(200, "{}"));
    QVERIFY(waitFor(m_client->send(HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/a"_s))))).ok());
    QVERIFY(waitFor(m_client->send(HttpRequest::get(m_other->url().resolved(QUrl(u"/b"_s))))).ok());
    QCOMPARE(m_graph->received().first().header("Authorization"), QByteArray("Bearer tok-1"));
    QVERIFY(m_other->received().first().header("Authorization").isEmpty());
    QCOMPARE(m_tokens.requests.size(), 1);
    QCOMPARE(m_tokens.requests.first().audience, u"https://graph.microsoft.com"_s);
}

// A service on http:// (a hand-made cloud: a cloud configuration cannot say so) gets no token:
// the request is refused before a token is asked for or a byte is sent.
void TestHttpWire::tokenNeverOverPlainHttp()
{
    m_client->setCloud(cloudWithGraphAt(m_plain->url()));
    m_plain->enqueue(ScriptedServer::json(200, "{}"));
    const auto res = waitFor(m_client->send(HttpRequest::get(m_plain->url().resolved(QUrl(u"/v1.0/me"_s)))));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::InvalidInput);
    QVERIFY2(res.error().message.contains(u"plain HTTP"_s), qPrintable(res.error().message));
    QCOMPARE(m_plain->received().size(), 0);
    QCOMPARE(m_tokens.requests.size(), 0);
}

void TestHttpWire::secretNeverOverPlainHttp()
{
    HttpRequest r;
    r.method = "POST";
    r.url = m_plain->url().resolved(QUrl(u"/t/oauth2/v2.0/token"_s));
    r.body = "grant_type=client_credentials&client_secret=s3cr3t";
    r.authenticate = false;
    r.carriesSecret = true;
    const auto res = waitFor(m_client->send(r));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::InvalidInput);
    QVERIFY2(res.error().message.contains(u"https://"_s), qPrintable(res.error().message));
    QCOMPARE(m_plain->received().size(), 0);
}

// The managed identity endpoints are plain HTTP on the host by design: the identity header goes,
// and never a bearer token.
void TestHttpWire::identityEndpointOverPlainHttp()
{
    m_plain->enqueue(ScriptedServer::json(200, R"({"access_token":"x"})"));
    HttpRequest r = HttpRequest::get(m_plain->url().resolved(QUrl(u"/msi/token?resource=x"_s)));
    r.authenticate = false;
    r.identityEndpoint = true;
    r.headers.append({QByteArrayLiteral("X-IDENTITY-HEADER"), QByteArrayLiteral("id-header")});
    QVERIFY(waitFor(m_client->send(r)).ok());
    QCOMPARE(m_plain->received().size(), 1);
    QCOMPARE(m_plain->received().first().header("X-IDENTITY-HEADER"), QByteArray("id-header"));
    QVERIFY(m_plain->received().first().header("Authorization").isEmpty());
}

// ftp:// and the like fail at once (no retries for seconds before "Protocol is unknown").
void TestHttpWire::otherSchemesRefusedAtOnce()
{
    QElapsedTimer t;
    t.start();
    HttpRequest r = HttpRequest::get(QUrl(u"ftp://127.0.0.1/x"_s));
    r.retry = fastRetry();
    HttpJob *job = m_client->send(r);
    QSignalSpy retrying(job, &HttpJob::retrying);
    const auto res = waitFor(job);
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::InvalidInput);
    QVERIFY2(res.error().message.contains(u"https://"_s), qPrintable(res.error().message));
    QCOMPARE(retrying.size(), 0);
    QVERIFY(t.elapsed() < 2000);
}

void TestHttpWire::serviceRedirectOffOriginRefused_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("plainTarget");
    for (int status : {301, 302, 303, 307, 308}) {
        QTest::addRow("%d-other-host", status) << status << false;
        QTest::addRow("%d-plain-http", status) << status << true;
    }
}

// A Graph or ARM answer redirected elsewhere is not the service's data: refused, with the host
// named, and the other host hears nothing (no token, no request).
void TestHttpWire::serviceRedirectOffOriginRefused()
{
    QFETCH(int, status);
    QFETCH(bool, plainTarget);
    ScriptedServer *target = plainTarget ? m_plain : m_other;
    ScriptedServer::Reply redirect;
    redirect.status = status;
    redirect.headers = {{"Location", target->url().resolved(QUrl(u"/landing"_s)).toEncoded()}};
    m_graph->enqueue(redirect);
    target->enqueue(ScriptedServer::json(200, R"({"value":[]})"));
    const auto res = waitFor(m_client->send(HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/servicePrincipals"_s)))));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::Protocol);
    QCOMPARE(res.error().httpStatus, status);
    QVERIFY2(res.error().message.contains(u"not followed"_s), qPrintable(res.error().message));
    QCOMPARE(target->received().size(), 0);
    QCOMPARE(m_graph->received().size(), 1);
}

void TestHttpWire::redirectWithinOriginFollowed()
{
    ScriptedServer::Reply redirect;
    redirect.status = 307;
    redirect.headers = {{"Location", "/v1.0/moved"}};
    m_graph->enqueue(redirect);
    m_graph->enqueue(ScriptedServer::json(200, R"({"here":true})"));
    const auto res = waitFor(m_client->send(HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/r"_s)))));
    QVERIFY2(res.ok(), qPrintable(res.ok() ? QString() : res.error().message));
    QCOMPARE(m_graph->received().size(), 2);
    QCOMPARE(m_graph->received()[1].path, QByteArray("/v1.0/moved"));
    QVERIFY(!m_graph->received()[1].header("Authorization").isEmpty());
}

void TestHttpWire::signInRedirectRefused_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("plainTarget");
    for (int status : {301, 302, 307, 308}) {
        QTest::addRow("%d-other-host", status) << status << false;
        QTest::addRow("%d-plain-http", status) << status << true;
    }
}

// A token endpoint that redirects (a 307/308 would have the body re-posted): the secret never
// goes to the new origin.
void TestHttpWire::signInRedirectRefused()
{
    QFETCH(int, status);
    QFETCH(bool, plainTarget);
    ScriptedServer *login = m_other; // no service of the cloud: like the authority host
    ScriptedServer *target = plainTarget ? m_plain : m_graph;
    ScriptedServer::Reply redirect;
    redirect.status = status;
    redirect.headers = {{"Location", target->url().resolved(QUrl(u"/t/oauth2/v2.0/token"_s)).toEncoded()}};
    login->enqueue(redirect);
    HttpRequest r;
    r.method = "POST";
    r.url = login->url().resolved(QUrl(u"/t/oauth2/v2.0/token"_s));
    r.body = "grant_type=client_credentials&client_secret=s3cr3t";
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    r.authenticate = false;
    r.carriesSecret = true;
    const auto res = waitFor(m_client->send(r));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::Protocol);
    QCOMPARE(login->received().size(), 1);
    QCOMPARE(target->received().size(), 0);
}

// An App Service IDENTITY_ENDPOINT that redirects: X-IDENTITY-HEADER goes nowhere else, and no
// token from there is accepted.
void TestHttpWire::identityEndpointRedirectRefused()
{
    ScriptedServer elsewhere(ScriptedServer::Transport::Http);
    ScriptedServer::Reply redirect;
    redirect.status = 302;
    redirect.headers = {{"Location", elsewhere.url().resolved(QUrl(u"/msi/token"_s)).toEncoded()}};
    m_plain->enqueue(redirect);
    elsewhere.enqueue(ScriptedServer::json(200, R"({"access_token":"forged","expires_on":"9999999999"})"));
    HttpRequest r = HttpRequest::get(m_plain->url().resolved(QUrl(u"/msi/token?resource=x"_s)));
    r.authenticate = false;
    r.identityEndpoint = true;
    r.anyStatus = true;
    r.headers.append({QByteArrayLiteral("X-IDENTITY-HEADER"), QByteArrayLiteral("id-header")});
    const auto res = waitFor(m_client->send(r));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::Protocol);
    QCOMPARE(elsewhere.received().size(), 0);
}

// A request that carries nothing (no token, no secret) to a host of no service may follow.
void TestHttpWire::plainRequestMayFollowRedirect()
{
    ScriptedServer::Reply redirect;
    redirect.status = 302;
    redirect.headers = {{"Location", m_graph->url().resolved(QUrl(u"/keys"_s)).toEncoded()}};
    m_other->enqueue(redirect);
    m_graph->enqueue(ScriptedServer::json(200, R"({"keys":[]})"));
    HttpRequest r = HttpRequest::get(m_other->url().resolved(QUrl(u"/discovery/keys"_s)));
    r.authenticate = false;
    const auto res = waitFor(m_client->send(r));
    QVERIFY2(res.ok(), qPrintable(res.ok() ? QString() : res.error().message));
    QCOMPARE(m_graph->received().size(), 1);
    // Authenticated requests only where the request started: no token rides along.
    QVERIFY(m_graph->received().first().header("Authorization").isEmpty());
}

void TestHttpWire::unauthorizedRefreshesTokenOnce()
{
    for (int i = 0; i < 3; ++i)
        m_graph->enqueue(ScriptedServer::json(401, R"({"error":{"code":"InvalidAuthenticationToken","message":"expired"}})",
                                              {{"WWW-Authenticate", R"(Bearer error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnt9fQ==")"}}));
    const auto res = waitFor(m_client->send(HttpRequest::get(m_graph->url().resolved(QUrl(u"/v1.0/me"_s)))));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(m_graph->received().size(), 2); // one fresh token, never a loop
    QCOMPARE(m_tokens.requests.size(), 2);
    QVERIFY(!m_tokens.requests[0].forceRefresh);
    QVERIFY(m_tokens.requests[1].forceRefresh);
    // The claims challenge goes to the authority with the next token request.
    QVERIFY(m_tokens.requests[0].claims.isEmpty());
    QCOMPARE(m_tokens.requests[1].claims, uR"({"access_token":{}})"_s);
    QCOMPARE(m_graph->received()[1].header("Authorization"), QByteArray("Bearer tok-2"));
}

void TestHttpWire::pagingFollowsNextLinks()
{
    const QString base = m_graph->url().toString();
    m_graph->setHandler([base](const ScriptedServer::Received &req) {
        if (req.path.endsWith("/list"))
            return ScriptedServer::json(200, (u"{\"value\":[1,2],\"@odata.nextLink\":\"%1/list?$skiptoken=a\"}"_s.arg(base)).toUtf8());
        if (req.path.endsWith("skiptoken=a"))
            return ScriptedServer::json(200, (u"{\"value\":[3],\"nextLink\":\"%1/list?$skiptoken=b\"}"_s.arg(base)).toUtf8());
        return ScriptedServer::json(200, R"({"value":[4,5,6]})");
    });
    ie::net::PageJob *job = m_client->getPages(HttpRequest::get(m_graph->url().resolved(QUrl(u"/list"_s))));
    QSignalSpy pages(job, &ie::net::PageJob::pageArrived);
    QSignalSpy finished(job, &ie::net::PageJob::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(job->result().ok());
    QCOMPARE(pages.size(), 3);
    QCOMPARE(job->itemsLoaded(), 6);
    QCOMPARE(pages.at(2).at(0).toJsonArray().size(), 3);
}

void TestHttpWire::pagingRefusesForeignAndLoopingLinks_data()
{
    QTest::addColumn<bool>("foreign");
    QTest::newRow("foreign-host") << true;
    QTest::newRow("loop") << false;
}

void TestHttpWire::pagingRefusesForeignAndLoopingLinks()
{
    QFETCH(bool, foreign);
    const QString next = foreign ? m_other->url().toString() + u"/steal"_s
                                 : m_graph->url().toString() + u"/list"_s;
    m_graph->setHandler([next](const ScriptedServer::Received &) {
        return ScriptedServer::json(200, (u"{\"value\":[1],\"@odata.nextLink\":\"%1\"}"_s.arg(next)).toUtf8());
    });
    ie::net::PageJob *job = m_client->getPages(HttpRequest::get(m_graph->url().resolved(QUrl(u"/list"_s))));
    QSignalSpy pages(job, &ie::net::PageJob::pageArrived);
    QSignalSpy finished(job, &ie::net::PageJob::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!job->result().ok());
    QCOMPARE(job->result().error().kind, ApiError::Kind::Protocol);
    QCOMPARE(pages.size(), 1); // the page that arrived is kept
    QCOMPARE(m_graph->received().size(), 1);
    QCOMPARE(m_other->received().size(), 0);
    QVERIFY(!job->failedUrl().isEmpty());
}

void TestHttpWire::pagingCancelStopsAfterPage()
{
    const QString base = m_graph->url().toString();
    int n = 0;
    m_graph->setHandler([base, &n](const ScriptedServer::Received &) {
        ++n;
        return ScriptedServer::json(200, (u"{\"value\":[1],\"@odata.nextLink\":\"%1/p%2\"}"_s.arg(base).arg(n)).toUtf8());
    });
    ie::net::PageJob *job = m_client->getPages(HttpRequest::get(m_graph->url().resolved(QUrl(u"/p0"_s))));
    QSignalSpy finished(job, &ie::net::PageJob::finished);
    connect(job, &ie::net::PageJob::pageArrived, job, [job] {
        if (job->pagesLoaded() == 2)
            job->cancel();
    });
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->result().error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(n, 2);
}

// The next page is on its way while a receiver is still busy with this one: the service prepares
// it meanwhile (100,000 service principals are 101 pages; a receiver spends milliseconds on each).
void TestHttpWire::pagingAsksForNextPageBeforeHandingOver()
{
    const QString base = m_graph->url().toString();
    m_graph->setHandler([base](const ScriptedServer::Received &req) {
        if (req.path.endsWith("/list"))
            return ScriptedServer::json(200, (u"{\"value\":[1],\"@odata.nextLink\":\"%1/list?$skiptoken=a\"}"_s.arg(base)).toUtf8());
        return ScriptedServer::json(200, R"({"value":[2]})");
    });
    ie::net::PageJob *job = m_client->getPages(HttpRequest::get(m_graph->url().resolved(QUrl(u"/list"_s))));
    QSignalSpy finished(job, &ie::net::PageJob::finished);
    bool secondAskedDuringFirst = false;
    qsizetype askedDuringLast = -1;
    connect(job, &ie::net::PageJob::pageArrived, this, [&] {
        if (job->pagesLoaded() == 1) {
            // Still inside the receiver of page 1: the request for page 2 reaches the server.
            QElapsedTimer t;
            t.start();
            while (m_graph->received().size() < 2 && t.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            secondAskedDuringFirst = m_graph->received().size() == 2;
        } else {
            askedDuringLast = m_graph->received().size();
        }
    });
    QVERIFY(finished.wait(10000));
    QVERIFY(job->result().ok());
    QVERIFY(secondAskedDuringFirst);
    QCOMPARE(askedDuringLast, 2); // no request after the last page
}

void TestHttpWire::batchSplitsRetriesAndReportsPerItem()
{
    // 25 items: a batch of 20, then the throttled item 3 again with the last 5. Item 5 is
    // forbidden, which is an answer, not something to retry.
    QList<int> batchSizes;
    int throttled = 0;
    m_graph->setHandler([&](const ScriptedServer::Received &req) {
        const QJsonArray requests = QJsonDocument::fromJson(req.body).object().value("requests"_L1).toArray();
        batchSizes.append(int(requests.size()));
        QJsonArray responses;
        for (const QJsonValue &v : requests) {
            const QString id = v.toObject().value("id"_L1).toString();
            if (id == "3"_L1 && throttled++ == 0) {
                responses.append(QJsonObject{{"id"_L1, id}, {"status"_L1, 429},
                                             {"headers"_L1, QJsonObject{{"Retry-After"_L1, "0"_L1}}},
                                             {"body"_L1, QJsonObject{{"error"_L1, QJsonObject{{"code"_L1, "TooManyRequests"_L1}, {"message"_L1, "x"_L1}}}}}});
            } else if (id == "5"_L1) {
                responses.append(QJsonObject{{"id"_L1, id}, {"status"_L1, 403},
                                             {"body"_L1, QJsonObject{{"error"_L1, QJsonObject{{"code"_L1, "Authorization_RequestDenied"_L1}, {"message"_L1, "no"_L1}}}}}});
            } else {
                responses.append(QJsonObject{{"id"_L1, id}, {"status"_L1, 201},
                                             {"body"_L1, QJsonObject{{"echo"_L1, v.toObject().value("url"_L1)}}}});
            }
        }
        return ScriptedServer::json(200, QJsonDocument(QJsonObject{{"responses"_L1, responses}}).toJson());
    });
    QList<ie::net::BatchItem> items;
    for (int i = 0; i < 25; ++i)
        items.append({"POST", u"/servicePrincipals/%1/appRoleAssignments"_s.arg(i), QJsonObject{{"n"_L1, i}}, {}});
    ie::net::BatchJob *job = m_client->batch(m_graph->url().resolved(QUrl(u"/v1.0"_s)), items, fastRetry());
    QSignalSpy finished(job, &ie::net::BatchJob::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(job->result().ok());
    const auto &results = job->result().value();
    QCOMPARE(results.size(), 25);
    QCOMPARE(batchSizes, (QList<int>{20, 6}));
    QCOMPARE(results[3].status, 201);
    QCOMPARE(results[3].attempts, 2);
    QCOMPARE(results[5].status, 403);
    QVERIFY(results[5].error);
    QCOMPARE(results[5].error->code, u"Authorization_RequestDenied"_s);
    QCOMPARE(results[24].body.value("echo"_L1).toString(), u"/servicePrincipals/24/appRoleAssignments"_s);
    QVERIFY(m_graph->received().first().path.endsWith("/v1.0/$batch"));
}

QTEST_GUILESS_MAIN(TestHttpWire)
#include "tst_httpwire.moc"
