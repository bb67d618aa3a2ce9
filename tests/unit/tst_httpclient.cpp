// The parts of the HTTP core that need no server: error shapes, Retry-After, redaction, and the
// rule that a token is never sent to a host outside its audience. Behaviour on the wire (retries,
// faults, paging, $batch) is tested against the sandbox in tests/integration/tst_httpcore.cpp.

#include "net/activitylog.h"
#include "net/httpclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::net::HttpClient;
using ie::net::HttpResponse;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

// Counts token requests; a test fails if one is made when none may be.
class CountingTokens : public ie::net::TokenProvider
{
public:
    int calls = 0;
    void getToken(const ie::net::TokenRequest &, QObject *, ie::net::TokenCallback cb) override
    {
        ++calls;
        cb(ApiError::make(ApiError::Kind::Auth, u"no tokens in this test"_s));
    }
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorShapes_data();
    void errorShapes();
    void retryAfter_data();
    void retryAfter();
    void redaction_data();
    void redaction();
    void tokenNeverLeavesItsHost_data();
    void tokenNeverLeavesItsHost();
    void invalidUrl();
    void idempotency_data();
    void idempotency();
};

void TestHttpClient::errorShapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("requestIdHeader");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<bool>("retryable");

    // Microsoft Graph error response (learn.microsoft.com/graph/errors).
    QTest::newRow("graph-403")
            << 403
            << QByteArray(R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"date":"2024-01-01T00:00:00","request-id":"0e0e0e0e-1111-2222-3333-444444444444","client-request-id":"c"}}})")
            << QByteArray() << ApiError::Kind::Forbidden << u"Authorization_RequestDenied"_s
            << u"Insufficient privileges to complete the operation."_s
            << u"0e0e0e0e-1111-2222-3333-444444444444"_s << false;
    QTest::newRow("graph-404-lowercase-innererror")
            << 404
            << QByteArray(R"({"error":{"code":"Request_ResourceNotFound","message":"Resource 'x' does not exist.","innererror":{"request-id":"r-1"}}})")
            << QByteArray() << ApiError::Kind::NotFound << u"Request_ResourceNotFound"_s
            << u"Resource 'x' does not exist."_s << u"r-1"_s << false;
    // ARM error response with details (learn.microsoft.com/azure/azure-resource-manager).
    QTest::newRow("arm-409")
            << 409
            << QByteArray(R"({"error":{"code":"RoleAssignmentExists","message":"The role assignment already exists.","details":[{"code":"x","message":"y"}]}})")
            << QByteArray("arm-req-1") << ApiError::Kind::Http << u"RoleAssignmentExists"_s
            << u"The role assignment already exists."_s << u"arm-req-1"_s << false;
    QTest::newRow("arm-429")
            << 429
            << QByteArray(R"({"error":{"code":"TooManyRequests","message":"Too many requests."}})")
            << QByteArray() << ApiError::Kind::Throttled << u"TooManyRequests"_s
            << u"Too many requests."_s << QString() << true;
    QTest::newRow("arm-envelope-free")
            << 400 << QByteArray(R"({"code":"InvalidApiVersionParameter","message":"bad"})")
            << QByteArray() << ApiError::Kind::Http << u"InvalidApiVersionParameter"_s << u"bad"_s
            << QString() << false;
    // OAuth 2.0 token endpoint error (Entra ID).
    QTest::newRow("oauth-invalid-client")
            << 401
            << QByteArray(R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215],"trace_id":"t-1","correlation_id":"c-1"})")
            << QByteArray() << ApiError::Kind::Auth << u"invalid_client"_s
            << u"AADSTS7000215: Invalid client secret provided."_s << u"t-1"_s << false;
    QTest::newRow("503-html")
            << 503 << QByteArray("<html>Service Unavailable</html>") << QByteArray()
            << ApiError::Kind::Http << QString() << u"<html>Service Unavailable</html>"_s
            << QString() << true;
    // A front door's page, escape sequences and CR/LF: one escaped line of at most 300 characters.
    QTest::newRow("502-ansi-crlf")
            << 502 << QByteArray("<h1>Bad</h1>\r\n\x1b[2JFAKE: signature valid\x07")
            << QByteArray() << ApiError::Kind::Http << QString()
            << u"<h1>Bad</h1>\\r\\n\\u001b[2JFAKE: signature valid\\u0007"_s << QString()
            << true;
    QTest::newRow("500-long-html")
            << 500 << QByteArray("<html>" + QByteArray(5000, 'x') + "</html>") << QByteArray()
            << ApiError::Kind::Http << QString()
            << QString(u"<html>"_s + QString(294, u'x') + QChar(u'\u2026')) << QString() << true;
    QTest::newRow("500-empty") << 500 << QByteArray() << QByteArray() << ApiError::Kind::Http
                               << QString() << u"HTTP 500 with an empty body."_s << QString()
                               << true;
    QTest::newRow("401-graph")
            << 401
            << QByteArray(R"({"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}})")
            << QByteArray() << ApiError::Kind::Unauthorized << u"InvalidAuthenticationToken"_s
            << u"Access token has expired or is not yet valid."_s << QString() << false;
}

void TestHttpClient::errorShapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, requestIdHeader);
    HttpResponse r;
    r.status = status;
    r.body = body;
    if (!requestIdHeader.isEmpty())
        r.headers.append({"x-ms-request-id", requestIdHeader});
    const ApiError e = HttpClient::errorFromResponse(r);
    QTEST(e.kind, "kind");
    QTEST(e.code, "code");
    QTEST(e.message, "message");
    QTEST(e.requestId, "requestId");
    QTEST(e.retryable, "retryable");
    QCOMPARE(e.httpStatus, status);
    QVERIFY(!e.userMessage().isEmpty());
    QVERIFY(e.summary().contains(QString::number(status)));
}

void TestHttpClient::retryAfter_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seconds") << QByteArray("Retry-After") << QByteArray("7") << qint64(7000);
    QTest::newRow("zero") << QByteArray("Retry-After") << QByteArray("0") << qint64(0);
    QTest::newRow("lowercase-name") << QByteArray("retry-after") << QByteArray(" 2 ") << qint64(2000);
    QTest::newRow("http-date") << QByteArray("Retry-After")
                               << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30000);
    QTest::newRow("http-date-past") << QByteArray("Retry-After")
                                    << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
    QTest::newRow("ms-header") << QByteArray("x-ms-retry-after-ms") << QByteArray("1500")
                               << qint64(1500);
    QTest::newRow("garbage") << QByteArray("Retry-After") << QByteArray("soon") << qint64(-1);
    QTest::newRow("negative") << QByteArray("Retry-After") << QByteArray("-5") << qint64(-1);
    QTest::newRow("absent") << QByteArray("X-Other") << QByteArray("1") << qint64(-1);
}

void TestHttpClient::retryAfter()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
    QTEST(HttpClient::retryAfterMs({{name, value}}, now), "expected");
}

void TestHttpClient::redaction_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("client-secret") << u"https://login.microsoftonline.com/t/oauth2/v2.0/token?client_secret=s3cr3t&x=1"_s << u"s3cr3t"_s;
    QTest::newRow("code") << u"http://127.0.0.1:1234/?code=AUTHCODE123&state=abc"_s << u"AUTHCODE123"_s;
    QTest::newRow("sas-sig") << u"https://acct.blob.core.windows.net/c/b?sv=2020&sig=SIGNATURE"_s << u"SIGNATURE"_s;
    QTest::newRow("userinfo") << u"https://user:hunter2@example.com/"_s << u"hunter2"_s;
    QTest::newRow("refresh-token") << u"https://x/?refresh_token=RT-abc"_s << u"RT-abc"_s;
}

void TestHttpClient::redaction()
{
    QFETCH(QString, url);
    QFETCH(QString, mustNotContain);
    const QString redacted = HttpClient::redactUrl(QUrl(url));
    QVERIFY2(!redacted.contains(mustNotContain), qPrintable(redacted));
    QVERIFY(redacted.startsWith(QUrl(url).scheme()));
}

void TestHttpClient::tokenNeverLeavesItsHost_data()
{
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("url");
    QTest::newRow("graph-token-to-arm") << u"https://graph.microsoft.com"_s << u"https://management.azure.com/subscriptions"_s;
    QTest::newRow("graph-token-to-lookalike") << u"https://graph.microsoft.com"_s << u"https://graph.microsoft.com.evil.example/v1.0"_s;
    QTest::newRow("arm-token-over-http") << u"https://management.azure.com/"_s << u"http://management.azure.com/subscriptions"_s;
    QTest::newRow("vault-token-to-graph") << u"https://vault.azure.net"_s << u"https://graph.microsoft.com/v1.0"_s;
    QTest::newRow("unknown-audience") << u"api://contoso-api"_s << u"https://graph.microsoft.com/v1.0"_s;
    QTest::newRow("graph-token-other-port") << u"https://graph.microsoft.com"_s << u"https://graph.microsoft.com:444/v1.0"_s;
}

void TestHttpClient::tokenNeverLeavesItsHost()
{
    QFETCH(QString, audience);
    QFETCH(QString, url);
    HttpClient client;
    CountingTokens tokens;
    client.setTokenProvider(&tokens);
    ie::net::HttpRequest r = ie::net::HttpRequest::get(QUrl(url));
    r.audience = audience;
    ie::net::HttpJob *job = client.send(r);
    QSignalSpy finished(job, &ie::net::HttpJob::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!job->result().ok());
    QCOMPARE(job->result().error().kind, ApiError::Kind::InvalidInput);
    QCOMPARE(tokens.calls, 0);
    QCOMPARE(client.activityLog()->entries().size(), 0); // nothing went on the wire
}

void TestHttpClient::invalidUrl()
{
    HttpClient client;
    ie::net::HttpJob *job = client.send(ie::net::HttpRequest::get(QUrl(u"not a url"_s)));
    QSignalSpy finished(job, &ie::net::HttpJob::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->result().error().kind, ApiError::Kind::InvalidInput);
}

void TestHttpClient::idempotency_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("idempotent");
    QTest::newRow("GET") << QByteArray("GET") << true;
    QTest::newRow("get-lower") << QByteArray("get") << true;
    QTest::newRow("PUT") << QByteArray("PUT") << true;
    QTest::newRow("DELETE") << QByteArray("DELETE") << true;
    QTest::newRow("POST") << QByteArray("POST") << false;
    QTest::newRow("PATCH") << QByteArray("PATCH") << false;
}

void TestHttpClient::idempotency()
{
    QFETCH(QByteArray, method);
    ie::net::HttpRequest r;
    r.method = method;
    QTEST(r.isIdempotent(), "idempotent");
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
