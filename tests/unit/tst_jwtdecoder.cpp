#include "catalog/catalog.h"
#include "jwt/claimdictionary.h"
#include "jwt/jwtdecoder.h"
#include "jwt/tokenexplainer.h"
#include "jwt/tokentext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::jwt;

namespace {

// RFC 7515 appendix A.1 (= RFC 7519 section 3.1) and A.2, RFC 7519 section 6.1.
const QByteArray RfcHs256
        = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
          "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxl"
          "LmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const QByteArray RfcPayload = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxl"
                              "LmNvbS9pc19yb290Ijp0cnVlfQ";
const QByteArray RfcPayloadBytes = "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n "
                                   "\"http://example.com/is_root\":true}";

QByteArray b64(const QByteArray &s)
{
    return JwtDecoder::toBase64Url(s);
}

QByteArray token(const QByteArray &header, const QByteArray &payload,
                 const QByteArray &sig = "c2ln")
{
    return b64(header) + '.' + b64(payload) + '.' + sig;
}

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray signedLike(const QJsonObject &payload,
                      const QByteArray &header = R"({"alg":"RS256","kid":"k1","typ":"JWT"})")
{
    return token(header, QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace

class TestJwtDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rfcExamples_data();
    void rfcExamples();
    void badInput_data();
    void badInput();
    void extract_data();
    void extract();
    void base64RoundTrip();
    void base64Strict_data();
    void base64Strict();
    void dictionary();
    void verdict_data();
    void verdict();
    void claimRows();
    void duration_data();
    void duration();

private:
    ie::catalog::Catalog m_catalog;
};

void TestJwtDecoder::initTestCase()
{
    QVERIFY(m_catalog.loadBundled().ok());
}

void TestJwtDecoder::rfcExamples_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("headerBytes");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("signatureSize");
    QTest::newRow("RFC 7515 A.1 / RFC 7519 3.1 HS256")
            << RfcHs256 << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}") << u"HS256"_s
            << 32;
    QTest::newRow("RFC 7515 A.2 RS256") << QByteArray(
            "eyJhbGciOiJSUzI1NiJ9." + RfcPayload
            + ".cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4B"
              "h-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZ"
              "LgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_d"
              "O--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6"
              "LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw")
                                        << QByteArray("{\"alg\":\"RS256\"}") << u"RS256"_s << 256;
    QTest::newRow("RFC 7519 6.1 unsecured") << QByteArray("eyJhbGciOiJub25lIn0." + RfcPayload + '.')
                                            << QByteArray("{\"alg\":\"none\"}") << u"none"_s << 0;
}

void TestJwtDecoder::rfcExamples()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, headerBytes);
    QFETCH(QString, alg);
    QFETCH(int, signatureSize);
    const auto r = JwtDecoder::decode(token);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->headerBytes, headerBytes);
    QCOMPARE(r->payloadBytes, RfcPayloadBytes);
    QCOMPARE(r->alg(), alg);
    QCOMPARE(r->signature.size(), signatureSize);
    QCOMPARE(r->payload.value("iss"_L1).toString(), u"joe"_s);
    QCOMPARE(r->payload.value("exp"_L1).toInteger(), 1300819380);
    QCOMPARE(r->payload.value("http://example.com/is_root"_L1).toBool(), true);
    QCOMPARE(r->payload.size(), 3);
    QCOMPARE(r->signingInput(), token.left(token.lastIndexOf('.')));
    QCOMPARE(r->compact, token);
}

void TestJwtDecoder::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    const QByteArray h = R"({"alg":"RS256"})";
    const QByteArray p = R"({"aud":"x"})";
    QTest::newRow("empty") << QByteArray() << u"empty"_s << u"no token"_s;
    QTest::newRow("blank") << QByteArray(" \n\t ") << u"empty"_s << u"no token"_s;
    QTest::newRow("bearer only") << QByteArray("Bearer ") << u"empty"_s << u"no token"_s;
    QTest::newRow("one segment") << QByteArray("eyJhbGciOiJSUzI1NiJ9") << u"segments"_s
                                 << u"no dot"_s;
    QTest::newRow("two segments") << QByteArray(b64(h) + '.' + b64(p)) << u"segments"_s
                                  << u"signature part is missing"_s;
    QTest::newRow("four segments")
            << QByteArray(token(h, p) + ".x") << u"segments"_s << u"3 dots"_s;
    QTest::newRow("JWE") << QByteArray(b64(R"({"alg":"RSA-OAEP","enc":"A256GCM"})") + ".a.b.c.d")
                         << u"jwe"_s << u"encrypted"_s;
    QTest::newRow("JWE header in three parts")
            << token(R"({"alg":"dir","enc":"A256GCM"})", p) << u"jwe"_s << u"encrypted"_s;
    QTest::newRow("base64 header")
            << QByteArray("eyJh*GciOiJSUzI1NiJ9." + b64(p) + ".c2ln") << u"base64"_s
            << u"\"*\" at position 5 of the header (position 5"_s;
    QTest::newRow("base64 payload")
            << QByteArray(b64(h) + ".eyJ+" + ".c2ln") << u"base64"_s
            << u"\"+\" at position 4 of the payload (position 25 of the token)"_s;
    QTest::newRow("base64 padding") << QByteArray(token(h, p, "c2lnbg==")) << u"base64"_s
                                    << u"\"=\" at position 7 of the signature"_s;
    QTest::newRow("base64 space") << QByteArray(b64(h) + ".ey J9.c2ln") << u"base64"_s
                                  << u"0x20 at position 3 of the payload"_s;
    QTest::newRow("base64 control")
            << QByteArray(b64(h) + ".ey\x01J9.c2ln") << u"base64"_s << u"0x01 at position 3"_s;
    QTest::newRow("base64 length") << QByteArray(b64(h) + ".eyJ9a.c2ln") << u"base64"_s
                                   << u"length (5 characters) is impossible"_s;
    QTest::newRow("empty header") << QByteArray("." + b64(p) + ".c2ln") << u"segments"_s
                                  << u"header part"_s;
    QTest::newRow("empty payload")
            << QByteArray(b64(h) + "..c2ln") << u"segments"_s << u"payload part"_s;
    QTest::newRow("header not JSON")
            << token("{\"alg\":", p) << u"json"_s << u"header decodes, but is not valid JSON"_s;
    QTest::newRow("payload not JSON") << token(h, "not json") << u"json"_s << u"payload decodes"_s;
    QTest::newRow("payload array")
            << token(h, "[1,2]") << u"not-object"_s << u"payload is JSON, but not a JSON object"_s;
    QTest::newRow("header string") << token("\"RS256\"", p) << u"json"_s << u"header"_s;
    QTest::newRow("no alg") << token(R"({"typ":"JWT"})", p) << u"no-alg"_s << u"no \"alg\""_s;
    QTest::newRow("alg number") << token(R"({"alg":256})", p) << u"no-alg"_s << u"a number"_s;
    QTest::newRow("alg empty") << token(R"({"alg":""})", p) << u"no-alg"_s << u"a string"_s;
    QTest::newRow("exp string")
            << token(h, R"({"exp":"1700000000"})") << u"claim-type"_s
            << u"\"exp\" must be a number (seconds since 1970-01-01 UTC), but it is a string"_s;
    QTest::newRow("nbf bool") << token(h, R"({"nbf":true})") << u"claim-type"_s << u"\"nbf\""_s;
    QTest::newRow("aud number") << token(h, R"({"aud":5})") << u"claim-type"_s
                                << u"\"aud\" must be a string or an array of strings"_s;
    QTest::newRow("aud mixed array")
            << token(h, R"({"aud":["a",1]})") << u"claim-type"_s << u"\"aud\""_s;
    QTest::newRow("roles string") << token(h, R"({"roles":"User.Read.All"})") << u"claim-type"_s
                                  << u"\"roles\" must be an array of strings, but it is a string"_s;
    QTest::newRow("scp array") << token(h, R"({"scp":["User.Read"]})") << u"claim-type"_s
                               << u"\"scp\" must be a string"_s;
    QTest::newRow("tid null") << token(h, R"({"tid":null})") << u"claim-type"_s << u"it is null"_s;
    QByteArray huge = token(h, p);
    huge.append(QByteArray(1024 * 1024, 'A'));
    QTest::newRow("1 MB paste") << huge << u"too-large"_s << u"The text is 1.0 MB long"_s;
    QTest::newRow("1 MB of dots") << QByteArray(1024 * 1024, '.') << u"too-large"_s
                                  << u"The text is 1.0 MB long"_s;
    QTest::newRow("300 KB paste") << QByteArray(300 * 1024, 'e') << u"too-large"_s
                                  << u"The text is 300 KB long; a token is at most 256 KB."_s;
    // The real size, not the size it was cut to.
    QTest::newRow("5 MB paste") << QByteArray(5 * 1024 * 1024, 'e') << u"too-large"_s
                                << u"The text is 5.0 MB long"_s;
    QTest::newRow("10 MB paste")
            << QByteArray(10 * 1024 * 1024, 'e') << u"too-large"_s
            << u"The text is 10.0 MB long; a token is at most 256 KB. Paste a single token."_s;
    QTest::newRow("JSON without token")
            << QByteArray(R"({"expiresOn":"2026-01-01"})") << u"segments"_s << u"no dot"_s;
}

void TestJwtDecoder::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const auto r = JwtDecoder::decode(TokenText::extract(input).token);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ie::ApiError::Kind::InvalidInput);
    QCOMPARE(r.error().code, code);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestJwtDecoder::extract_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("source");
    const QByteArray t = RfcHs256;
    QTest::newRow("plain") << t << int(TokenText::Source::Plain);
    QTest::newRow("whitespace") << QByteArray("\n  " + t + " \r\n")
                                << int(TokenText::Source::Plain);
    QTest::newRow("Bearer") << QByteArray("Bearer " + t) << int(TokenText::Source::Bearer);
    QTest::newRow("bearer lower, tab")
            << QByteArray("bearer\t" + t) << int(TokenText::Source::Bearer);
    QTest::newRow("header line") << QByteArray("Authorization: Bearer " + t)
                                 << int(TokenText::Source::Bearer);
    QTest::newRow("double quotes") << QByteArray("\"" + t + "\"") << int(TokenText::Source::Quoted);
    QTest::newRow("single quotes") << QByteArray("'" + t + "'") << int(TokenText::Source::Quoted);
    QTest::newRow("quoted bearer")
            << QByteArray("\"Bearer " + t + "\"") << int(TokenText::Source::Bearer);
    QTest::newRow("wrapped lines")
            << QByteArray(t.left(40) + "\n" + t.mid(40, 40) + "\r\n" + t.mid(80))
            << int(TokenText::Source::Plain);
    QTest::newRow("az account get-access-token") << QByteArray(
            "{\n  \"accessToken\": \"" + t
            + "\",\n  \"expiresOn\": \"2026-12-01 20:00:00.000000\",\n  \"expires_on\": "
              "1796150000,\n  \"subscription\": \"x\",\n  \"tenant\": \"y\",\n  "
              "\"tokenType\": \"Bearer\"\n}\n") << int(TokenText::Source::AzCliJson);
    QTest::newRow("IMDS") << QByteArray(
            "{\"access_token\":\"" + t
            + "\",\"client_id\":\"c\",\"expires_in\":\"86399\",\"expires_on\":"
              "\"1700000000\",\"ext_expires_in\":\"86399\",\"not_before\":"
              "\"1699913300\",\"resource\":\"https://graph.microsoft.com\","
              "\"token_type\":\"Bearer\"}")
                          << int(TokenText::Source::OAuthJson);
}

void TestJwtDecoder::extract()
{
    QFETCH(QByteArray, input);
    QFETCH(int, source);
    const TokenText::Extracted e = TokenText::extract(input);
    QCOMPARE(e.token, RfcHs256);
    QCOMPARE(int(e.source), source);
    QVERIFY(!TokenText::sourceName(e.source).isEmpty());
    QVERIFY(JwtDecoder::decode(e.token).ok());
}

void TestJwtDecoder::base64RoundTrip()
{
    QRandomGenerator rng(7);
    for (int n = 0; n < 70; ++n) {
        QByteArray data(n, Qt::Uninitialized);
        for (char &c : data)
            c = char(rng.bounded(256));
        QByteArray back;
        qsizetype bad = -1;
        QVERIFY(JwtDecoder::fromBase64Url(JwtDecoder::toBase64Url(data), &back, &bad));
        QCOMPARE(back, data);
    }
}

void TestJwtDecoder::base64Strict_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("errorIndex");
    QTest::newRow("empty") << QByteArray() << true << -1;
    QTest::newRow("two") << QByteArray("YQ") << true << -1;
    QTest::newRow("one") << QByteArray("Y") << false << 1;
    QTest::newRow("five") << QByteArray("YWJjZ") << false << 5;
    QTest::newRow("plus") << QByteArray("YW+j") << false << 2;
    QTest::newRow("slash") << QByteArray("/Wxj") << false << 0;
    QTest::newRow("padding") << QByteArray("YQ==") << false << 2;
    QTest::newRow("url alphabet") << QByteArray("-_-_") << true << -1;
    QTest::newRow("high byte") << QByteArray("YW\xc3\xa4") << false << 2;
}

void TestJwtDecoder::base64Strict()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(int, errorIndex);
    QByteArray out;
    qsizetype bad = -1;
    QCOMPARE(JwtDecoder::fromBase64Url(text, &out, &bad), ok);
    if (!ok)
        QCOMPARE(bad, qsizetype(errorIndex));
}

void TestJwtDecoder::dictionary()
{
    const QStringList known = ClaimDictionary::knownPayloadClaims();
    QStringList sorted = known;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QCOMPARE(known, sorted); // the lookup is a binary search
    const QStringList issue{
            u"aud"_s,   u"iss"_s,         u"iat"_s,   u"nbf"_s,       u"exp"_s,      u"aio"_s,
            u"appid"_s, u"appidacr"_s,    u"azp"_s,   u"azpacr"_s,    u"idp"_s,      u"idtyp"_s,
            u"oid"_s,   u"rh"_s,          u"roles"_s, u"scp"_s,       u"sub"_s,      u"tid"_s,
            u"uti"_s,   u"ver"_s,         u"wids"_s,  u"xms_mirid"_s, u"xms_tcdt"_s, u"name"_s,
            u"upn"_s,   u"unique_name"_s, u"amr"_s,   u"acr"_s,       u"ipaddr"_s,   u"groups"_s};
    for (const QString &c : issue) {
        const ClaimDictionary::Info i = ClaimDictionary::payloadClaim(c);
        QVERIFY2(i.known, qPrintable(c));
        QVERIFY(!i.explanation.isEmpty());
        QVERIFY(!i.title.isEmpty());
    }
    QCOMPARE(ClaimDictionary::payloadClaim(u"exp"_s).valueKind, ClaimDictionary::ValueKind::Time);
    const ClaimDictionary::Info unknown = ClaimDictionary::payloadClaim(u"x_custom"_s);
    QVERIFY(!unknown.known);
    QCOMPARE(unknown.name, u"x_custom"_s);
    QVERIFY(unknown.title.contains(u"Unknown"_s));
    QVERIFY(ClaimDictionary::headerParameter(u"nonce"_s).explanation.contains(u"Graph"_s));
    QVERIFY(ClaimDictionary::source().contains(u"learn.microsoft.com"_s));
}

void TestJwtDecoder::verdict_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("kind");
    const qint64 exp = 1796150000;
    QJsonObject mi = obj(
            R"({"aud":"https://graph.microsoft.com","iss":"https://sts.windows.net/11111111-2222-4333-8444-555555555555/",
        "tid":"11111111-2222-4333-8444-555555555555","ver":"1.0","appid":"a5b6c7d8-0001-4e9f-8a0b-c1d2e3f4a5b6","oid":"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6",
        "idtyp":"app","roles":["User.Read.All"],
        "xms_mirid":"/subscriptions/2d6a/resourcegroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-timer-func"})");
    mi.insert("exp"_L1, exp);
    QTest::newRow("v1 managed identity, Graph")
            << mi << exp - 54 * 60
            << u"App-only token for Microsoft Graph (v1.0), issued to managed identity id-timer-func in tenant Contoso, roles: User.Read.All, expires in 54 min"_s
            << u"app-only"_s;
    QTest::newRow("expired")
            << mi << exp + 3 * 3600
            << u"App-only token for Microsoft Graph (v1.0), issued to managed identity id-timer-func in tenant Contoso, roles: User.Read.All, expired 3 h ago"_s
            << u"app-only"_s;
    QJsonObject app = obj(
            R"({"aud":"https://management.azure.com/","tid":"99999999-2222-4333-8444-555555555555","ver":"1.0",
        "appid":"04b07795-8ddb-461a-bbee-02f9e1bf7b46","wids":["62e90394-69f5-4237-9190-012177145e10"]})");
    app.insert("exp"_L1, exp);
    QTest::newRow("v1 app, no roles, directory role")
            << app << exp - 90
            << u"App-only token for Azure Resource Manager (v1.0), issued to app Microsoft Azure CLI in tenant 99999999-2222-4333-8444-555555555555, no roles, directory roles: Global Administrator, expires in 1 min"_s
            << u"app-only"_s;
    QJsonObject implicitOnly = mi;
    implicitOnly.insert("wids"_L1, QJsonArray{u"0997a1d0-0d1d-4acb-b408-d5ca73121e90"_s});
    QTest::newRow("app-only Graph, only the default service principal role")
            << implicitOnly << exp - 54 * 60
            << u"App-only token for Microsoft Graph (v1.0), issued to managed identity id-timer-func in tenant Contoso, roles: User.Read.All, expires in 54 min"_s
            << u"app-only"_s;
    QJsonObject implicitAndAssigned = app;
    implicitAndAssigned.insert("wids"_L1, QJsonArray{u"62e90394-69f5-4237-9190-012177145e10"_s,
                                                     u"b79fbf4d-3ef9-4689-8143-76b194e85509"_s});
    QTest::newRow("default User role left out, assigned role kept")
            << implicitAndAssigned << exp - 90
            << u"App-only token for Azure Resource Manager (v1.0), issued to app Microsoft Azure CLI in tenant 99999999-2222-4333-8444-555555555555, no roles, directory roles: Global Administrator, expires in 1 min"_s
            << u"app-only"_s;
    QJsonObject delegated = obj(
            R"({"aud":"00000003-0000-0000-c000-000000000000","iss":"https://login.microsoftonline.com/t/v2.0",
        "tid":"11111111-2222-4333-8444-555555555555","azp":"14d82eec-204b-4c2f-b7e8-296a70dab67e","scp":"User.Read Mail.Send",
        "preferred_username":"adele@contoso.com"})");
    delegated.insert("exp"_L1, exp);
    QTest::newRow("v2 delegated, ver from iss")
            << delegated << exp - 7200
            << u"Delegated token for Microsoft Graph (v2.0), issued to adele@contoso.com through app Microsoft Graph Command Line Tools in tenant Contoso, scopes: User.Read, Mail.Send, expires in 2 h"_s
            << u"delegated"_s;
    QJsonObject notYet = app;
    notYet.insert("nbf"_L1, exp - 600);
    notYet.remove("wids"_L1);
    QTest::newRow("not yet valid")
            << notYet << exp - 1200
            << u"App-only token for Azure Resource Manager (v1.0), issued to app Microsoft Azure CLI in tenant 99999999-2222-4333-8444-555555555555, no roles, not valid yet (valid in 10 min)"_s
            << u"app-only"_s;
}

void TestJwtDecoder::verdict()
{
    QFETCH(QJsonObject, payload);
    QFETCH(qint64, now);
    QFETCH(QString, verdict);
    QFETCH(QString, kind);
    const auto t = JwtDecoder::decode(signedLike(payload));
    QVERIFY(t.ok());
    TokenContext ctx;
    ctx.catalog = &m_catalog;
    ctx.tenantNames.insert(u"11111111-2222-4333-8444-555555555555"_s, u"Contoso"_s);
    const TokenSummary s
            = TokenExplainer::summarize(*t, ctx, QDateTime::fromSecsSinceEpoch(now, Qt::UTC));
    QCOMPARE(TokenExplainer::verdict(s), verdict);
    QCOMPARE(s.kindKey(), kind);
}

void TestJwtDecoder::claimRows()
{
    const auto t = JwtDecoder::decode(signedLike(obj(
            R"({"aud":"https://graph.microsoft.com","roles":["User.Read.All","Bogus.Role"],"oid":"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6",
                "wids":["62e90394-69f5-4237-9190-012177145e10","00000000-1111-4222-8333-444444444444","0997a1d0-0d1d-4acb-b408-d5ca73121e90"],"exp":1796150000,"my_claim":{"a":1},
                "appid":"04b07795-8ddb-461a-bbee-02f9e1bf7b46"})")));
    QVERIFY(t.ok());
    TokenContext ctx;
    ctx.catalog = &m_catalog;
    ctx.identityNames.insert(u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s, u"func-timer-orders"_s);
    const QList<ClaimRow> rows = TokenExplainer::claims(
            *t, ctx, QDateTime::fromSecsSinceEpoch(1796150000 - 60, Qt::UTC));
    QHash<QString, ClaimRow> byName;
    for (const ClaimRow &r : rows)
        byName.insert(r.header ? u"header:"_s + r.name : r.name, r);
    QCOMPARE(rows.size(), 7 + 3);
    QCOMPARE(byName[u"aud"_s].resolved, u"Microsoft Graph"_s);
    QVERIFY2(byName[u"roles"_s].resolved.startsWith(
                     u"User.Read.All: Read all users' full profiles"_s),
             qPrintable(byName[u"roles"_s].resolved));
    QCOMPARE(byName[u"roles"_s].valueText, u"User.Read.All, Bogus.Role"_s);
    QCOMPARE(byName[u"wids"_s].resolved,
             u"Global Administrator, unknown role 00000000-1111-4222-8333-444444444444, default "
             "service principal permissions (not an assigned role)"_s);
    QCOMPARE(byName[u"oid"_s].objectId, u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s);
    QCOMPARE(byName[u"oid"_s].resolved, u"func-timer-orders"_s);
    QCOMPARE(byName[u"appid"_s].resolved, u"Microsoft Azure CLI"_s);
    QVERIFY(byName[u"exp"_s].resolved.startsWith(u"2026-12-01 "_s));
    QVERIFY(byName[u"exp"_s].resolved.endsWith(u"expires in 1 min"_s));
    QCOMPARE(byName[u"my_claim"_s].known, false);
    QCOMPARE(byName[u"my_claim"_s].valueText, u"{\"a\":1}"_s);
    QVERIFY(byName[u"header:kid"_s].known);
    QCOMPARE(byName[u"header:kid"_s].valueText, u"k1"_s);
}

void TestJwtDecoder::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << u"0 s"_s;
    QTest::newRow("59 s") << qint64(59) << u"59 s"_s;
    QTest::newRow("negative") << qint64(-120) << u"2 min"_s;
    QTest::newRow("42 min") << qint64(42 * 60 + 30) << u"42 min"_s;
    QTest::newRow("89 min") << qint64(89 * 60) << u"89 min"_s;
    QTest::newRow("2 h 5 min") << qint64(125 * 60) << u"2 h 5 min"_s;
    QTest::newRow("3 h") << qint64(3 * 3600) << u"3 h"_s;
    QTest::newRow("23 h") << qint64(23 * 3600 + 59 * 60) << u"23 h"_s;
    QTest::newRow("3 d") << qint64(3 * 86400 + 5) << u"3 d"_s;
}

void TestJwtDecoder::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(TokenExplainer::durationText(seconds), text);
}

QTEST_GUILESS_MAIN(TestJwtDecoder)
#include "tst_jwtdecoder.moc"
