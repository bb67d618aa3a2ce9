// `identity-explorer decode` run as a separate process, as scripts run it, on tokens the
// in-process sandbox mints and on the RFC examples.

#include "jwt/jwtdecoder.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"
#include "sandboxfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString FuncMi = u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s;
const QString FuncMirid = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90/resourcegroups/"
                          "rg-orders-prod/providers/Microsoft.Web/sites/func-timer-orders"_s;
const QByteArray RfcHs256
        = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
          "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxl"
          "LmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
} // namespace

class TestDecodeCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void text();
    void json();
    void jwksFile_data();
    void jwksFile();
    void standardInput_data();
    void standardInput();
    void expiryAt();
    void verifyRefusesForeignIssuer();
    void unreadable_data();
    void unreadable();
    void hostileClaimsPrintEscaped_data();
    void hostileClaimsPrintEscaped();
    void invalidTimes_data();
    void invalidTimes();
    void endlessStdinIsCutShort();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QByteArray &stdinData = {},
            bool closeStdin = true) const;
    QString writeFile(const QString &name, const QByteArray &data);

    ie::test::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QByteArray m_token;
    qint64 m_exp = 0;
    QString m_jwks;
};

void TestDecodeCommand::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QVERIFY(m_dir.isValid());
    const auto *sp = m_sandbox.server().state().spById(FuncMi);
    QVERIFY(sp);
    QString e, d;
    int a = 0;
    const auto t = m_sandbox.server().tokenIssuer().mintAppToken(
            *sp, u"https://graph.microsoft.com"_s, 3600, &e, &d, &a, FuncMirid);
    QVERIFY(t);
    m_token = t->token;
    m_exp = ie::jwt::JwtDecoder::decode(m_token)->payload.value("exp"_L1).toInteger();
    m_jwks = writeFile(u"sandbox.jwks"_s,
                       QJsonDocument(m_sandbox.server().tokenIssuer().jwks()).toJson());
}

QString TestDecodeCommand::writeFile(const QString &name, const QByteArray &data)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    return f.fileName();
}

TestDecodeCommand::Run TestDecodeCommand::run(const QStringList &args, const QByteArray &stdinData,
                                              bool closeStdin) const
{
    QProcess p;
    p.setProgram(ie::test::executable());
    p.setArguments(QStringList{u"decode"_s} + args);
    p.start();
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    if (closeStdin)
        p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestDecodeCommand::text()
{
    const Run r = run({QString::fromLatin1(m_token), u"--at"_s, QString::number(m_exp - 42 * 60)});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             u"App-only token for Microsoft Graph (v1.0), issued to managed identity "
             "func-timer-orders in tenant %1, roles: User.Read.All, expires in 42 min, signature "
             "not checked"_s.arg(m_sandbox.server().tenantId()));
    QVERIFY(lines.contains(
            u"roles: User.Read.All  (User.Read.All: Read all users' full profiles \u2014 "
            "App roles (application permissions in app-only tokens, or app roles "
            "assigned to the user) that the client has on this API. Assigned roles "
            "appear in the next token the client obtains, not in one it already "
            "holds.)"_s));
    QVERIFY(lines.contains(
            u"aud: https://graph.microsoft.com  (Microsoft Graph \u2014 The API the token "
            "is for. Only that API accepts it; a call to another API with this token "
            "fails with 401 (invalid audience).)"_s));
    bool sawOid = false;
    for (const QString &l : lines)
        sawOid = sawOid || l.startsWith(u"oid: "_s + FuncMi + u"  (The object id"_s);
    QVERIFY(sawOid);
    // One line per payload claim after the verdict.
    const auto decoded = ie::jwt::JwtDecoder::decode(m_token);
    QCOMPARE(lines.size(), 1 + decoded->payload.size());
    QVERIFY(r.err.isEmpty());
}

void TestDecodeCommand::json()
{
    const Run r = run(
            {QString::fromLatin1(m_token), u"--json"_s, u"--at"_s, QString::number(m_exp - 60)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const auto decoded = ie::jwt::JwtDecoder::decode(m_token);
    QCOMPARE(o.value("header"_L1).toObject(), decoded->header);
    QCOMPARE(o.value("payload"_L1).toObject(), decoded->payload);
    const QJsonObject s = o.value("summary"_L1).toObject();
    QCOMPARE(s.value("version"_L1).toString(), u"1.0"_s);
    QCOMPARE(s.value("kind"_L1).toString(), u"app-only"_s);
    QCOMPARE(s.value("audience"_L1).toString(), u"https://graph.microsoft.com"_s);
    QCOMPARE(s.value("audienceName"_L1).toString(), u"Microsoft Graph"_s);
    QCOMPARE(s.value("tenant"_L1).toString(), m_sandbox.server().tenantId());
    QCOMPARE(s.value("roles"_L1).toArray(), QJsonArray{u"User.Read.All"_s});
    QCOMPARE(s.value("scopes"_L1).toArray(), QJsonArray());
    QCOMPARE(s.value("managedIdentityResource"_L1).toString(), FuncMirid);
    QCOMPARE(s.value("expiresAt"_L1).toString(),
             QDateTime::fromSecsSinceEpoch(m_exp, Qt::UTC).toString(Qt::ISODate));
    QCOMPARE(s.value("expired"_L1).toBool(true), false);
    const QJsonObject sig = o.value("signature"_L1).toObject();
    QCOMPARE(sig.value("checked"_L1).toBool(true), false);
    QVERIFY(sig.value("valid"_L1).isNull());
    QVERIFY(!sig.value("reason"_L1).toString().isEmpty());
}

void TestDecodeCommand::jwksFile_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("keyFile");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QJsonValue>("valid");
    QTest::addColumn<QString>("reason");
    const QByteArray jwks = QJsonDocument(m_sandbox.server().tokenIssuer().jwks()).toJson();
    QTest::newRow("valid") << m_token << jwks << 0 << QJsonValue(true) << u"valid"_s;
    const auto d = ie::jwt::JwtDecoder::decode(m_token);
    QJsonObject p = d->payload;
    p.insert("roles"_L1, QJsonArray{"Directory.ReadWrite.All"_L1});
    const QByteArray forged = d->headerPart + '.'
            + ie::jwt::JwtDecoder::toBase64Url(QJsonDocument(p).toJson(QJsonDocument::Compact))
            + '.' + d->signaturePart;
    QTest::newRow("forged roles") << forged << jwks << 1 << QJsonValue(false)
                                  << u"does not match"_s;
    QTest::newRow("other key set")
            << m_token
            << QByteArray(
                       R"({"keys":[{"kty":"RSA","kid":"x","n":"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ","e":"AQAB"}]})")
            << 1 << QJsonValue() << u"No key with kid"_s;
    QTest::newRow("not a key file")
            << m_token << QByteArray("hello") << 1 << QJsonValue() << u"JSON Web Key Set"_s;
    QTest::newRow("HMAC") << RfcHs256 << jwks << 1 << QJsonValue() << u"shared secret"_s;
}

void TestDecodeCommand::jwksFile()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, keyFile);
    QFETCH(int, exitCode);
    QFETCH(QJsonValue, valid);
    QFETCH(QString, reason);
    const QString file
            = writeFile(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'), keyFile);
    const Run r = run({QString::fromLatin1(token), u"--jwks"_s, file, u"--json"_s});
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject sig
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value("signature"_L1).toObject();
    QCOMPARE(sig.value("checked"_L1).toBool(), true);
    QCOMPARE(sig.value("valid"_L1), valid);
    QVERIFY2(sig.value("reason"_L1).toString().contains(reason),
             qPrintable(sig.value("reason"_L1).toString()));
    // The text form says the same.
    const Run t = run({QString::fromLatin1(token), u"--jwks"_s, file});
    QCOMPARE(t.exitCode, exitCode);
    QVERIFY(t.out.contains(u"signature: "_s));
}

void TestDecodeCommand::standardInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("dash") << QStringList{u"-"_s} << QByteArray(m_token + "\n");
    QTest::newRow("no argument, Bearer") << QStringList{} << QByteArray("Bearer " + m_token);
    QTest::newRow("az JSON") << QStringList{u"-"_s}
                             << QByteArray("{\"accessToken\": \"" + m_token
                                           + "\", \"tokenType\": \"Bearer\"}\n");
    QTest::newRow("IMDS JSON") << QStringList{}
                               << QByteArray("{\"access_token\":\"" + m_token
                                             + "\",\"token_type\":\"Bearer\"}");
}

void TestDecodeCommand::standardInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    const Run r = run(args + QStringList{u"--json"_s, u"--jwks"_s, m_jwks}, input);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("payload"_L1).toObject().value("oid"_L1).toString(), FuncMi);
    QCOMPARE(o.value("signature"_L1).toObject().value("valid"_L1).toBool(), true);
}

void TestDecodeCommand::expiryAt()
{
    const Run r = run({QString::fromLatin1(m_token), u"--json"_s, u"--at"_s,
                       QString::number(m_exp + 3 * 3600)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject s
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value("summary"_L1).toObject();
    QCOMPARE(s.value("expired"_L1).toBool(), true);
    QVERIFY(s.value("verdict"_L1).toString().contains(u"expired 3 h ago"_s));
}

void TestDecodeCommand::verifyRefusesForeignIssuer()
{
    // iss "joe" is no login host: nothing is fetched, the signature is unverifiable.
    const Run rs = run(
            {u"eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.c2ln"_s,
             u"--verify"_s, u"--json"_s});
    QCOMPARE(rs.exitCode, 1);
    const QJsonObject sig
            = QJsonDocument::fromJson(rs.out.toUtf8()).object().value("signature"_L1).toObject();
    QCOMPARE(sig.value("checked"_L1).toBool(), true);
    QVERIFY(sig.value("valid"_L1).isNull());
    QVERIFY2(sig.value("reason"_L1).toString().contains(u"could not be fetched"_s),
             qPrintable(rs.out));
}

void TestDecodeCommand::unreadable_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("garbage") << QStringList{u"hello world"_s} << QByteArray() << u"no dot"_s;
    QTest::newRow("empty stdin") << QStringList{u"-"_s} << QByteArray() << u"no token"_s;
    QTest::newRow("JWE") << QStringList{u"eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d"_s}
                         << QByteArray() << u"encrypted"_s;
    QTest::newRow("base64") << QStringList{u"eyJhbGciOiJSUzI1NiJ9.eyJ!.c2ln"_s} << QByteArray()
                            << u"position 25 of the token"_s;
    QTest::newRow("exp string") << QStringList{u"eyJhbGciOiJSUzI1NiJ9.eyJleHAiOiJzb29uIn0.c2ln"_s}
                                << QByteArray() << u"\"exp\" must be a number"_s;
    QTest::newRow("1 MB on stdin") << QStringList{} << QByteArray(1024 * 1024, 'A')
                                   << u"The text is 1.0 MB long; a token is at most 256 KB"_s;
    QTest::newRow("5 MB on stdin")
            << QStringList{u"-"_s} << QByteArray(5 * 1024 * 1024, 'A')
            << u"standard input holds more than 4.0 MB; a token is at most 256 KB"_s;
    QTest::newRow("--at out of range")
            << QStringList{QString::fromLatin1(RfcHs256), u"--at"_s, u"99999999999999"_s}
            << QByteArray() << u"--at takes a whole number from 0 to 253402300799"_s;
    QTest::newRow("bad --at") << QStringList{QString::fromLatin1(RfcHs256), u"--at"_s,
                                             u"tomorrow"_s}
                              << QByteArray() << u"--at"_s;
    QTest::newRow("two tokens") << QStringList{u"a"_s, u"b"_s} << QByteArray() << u"one token"_s;
    QTest::newRow("missing key file")
            << QStringList{QString::fromLatin1(RfcHs256), u"--jwks"_s, u"/nonexistent/keys.json"_s}
            << QByteArray() << u"cannot read"_s;
    QTest::newRow("both verify options")
            << QStringList{QString::fromLatin1(RfcHs256), u"--verify"_s, u"--jwks"_s, u"x"_s}
            << QByteArray() << u"not both"_s;
    QTest::newRow("unknown option")
            << QStringList{u"--frobnicate"_s} << QByteArray() << u"frobnicate"_s;
}

void TestDecodeCommand::unreadable()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Run r = run(args, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(u"identity-explorer decode: "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

namespace {
QByteArray unsignedToken(const QJsonObject &payload)
{
    return ie::jwt::JwtDecoder::toBase64Url(R"({"alg":"RS256","kid":"k"})") + '.'
            + ie::jwt::JwtDecoder::toBase64Url(
                    QJsonDocument(payload).toJson(QJsonDocument::Compact))
            + ".c2ln";
}
} // namespace

void TestDecodeCommand::hostileClaimsPrintEscaped_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown"); // how the value reads in the claim's line
    QTest::newRow("aud forging a verdict")
            << u"aud"_s << u"\u001b[2J\u001b[H\r\nFAKE: signature valid"_s
            << u"\\u001b[2J\\u001b[H\\r\\nFAKE: signature valid"_s;
    QTest::newRow("NUL") << u"name"_s << QString(u"ab\0cd"_s) << u"ab\\u0000cd"_s;
    QTest::newRow("BEL and DEL") << u"upn"_s << u"x\u0007\u007fy"_s << u"x\\u0007\\u007fy"_s;
    QTest::newRow("C1 CSI") << u"app_displayname"_s << u"\u009b2Jz"_s << u"\\u009b2Jz"_s;
    QTest::newRow("RLO") << u"upn"_s << u"admin\u202Egro.evil@contoso"_s
                         << u"admin\\u202egro.evil@contoso"_s;
    QTest::newRow("isolate and LRM") << u"tid"_s << u"\u2067t\u2069\u200E"_s
                                     << u"\\u2067t\\u2069\\u200e"_s;
    QTest::newRow("line separator") << u"name"_s << u"a\u2028FAKE"_s << u"a\\u2028FAKE"_s;
}

void TestDecodeCommand::hostileClaimsPrintEscaped()
{
    QFETCH(QString, claim);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    const QJsonObject payload{{claim, value}, {"exp"_L1, 4102444800.0}, {"appid"_L1, value}};
    const Run r = run({QString::fromLatin1(unsignedToken(payload)), u"--at"_s, u"1000"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    // The verdict and one line per claim: nothing forged in between.
    QCOMPARE(lines.size(), 1 + payload.size());
    for (const QString &line : lines) {
        QVERIFY2(!line.startsWith(u"FAKE"_s), qPrintable(line));
        for (const QChar c : line) {
            QVERIFY2(c.unicode() >= 0x20 && (c.unicode() < 0x7f || c.unicode() > 0x9f)
                             && c.category() != QChar::Other_Format && c != u'\u2028',
                     qPrintable(line));
        }
    }
    bool seen = false;
    for (const QString &line : lines)
        seen = seen || line.startsWith(claim + u": "_s + shown);
    QVERIFY2(seen, qPrintable(r.out));
    // JSON keeps the value exact (JSON escapes it itself).
    const Run j = run({QString::fromLatin1(unsignedToken(payload)), u"--json"_s});
    QCOMPARE(j.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(j.out.toUtf8()).object().value("payload"_L1).toObject().value(claim).toString(),
             value);
}

void TestDecodeCommand::invalidTimes_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<double>("value");
    QTest::newRow("exp 1e308") << u"exp"_s << 1e308;
    QTest::newRow("exp -1e18") << u"exp"_s << -1e18;
    QTest::newRow("exp 9.22e18") << u"exp"_s << 9.22e18;
    QTest::newRow("exp -1") << u"exp"_s << -1.0;
    QTest::newRow("nbf -1e18") << u"nbf"_s << -1e18;
    QTest::newRow("iat 1e308") << u"iat"_s << 1e308;
}

void TestDecodeCommand::invalidTimes()
{
    QFETCH(QString, claim);
    QFETCH(double, value);
    QJsonObject payload{{"aud"_L1, "https://graph.microsoft.com"_L1}, {claim, value}};
    if (claim != "exp"_L1)
        payload.insert("exp"_L1, 4102444800.0);
    const QString token = QString::fromLatin1(unsignedToken(payload));
    const Run r = run({token, u"--json"_s, u"--at"_s, u"1000"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject s
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value("summary"_L1).toObject();
    QCOMPARE(s.value("invalidClaims"_L1).toArray(), QJsonArray{claim});
    const QString verdict = s.value("verdict"_L1).toString();
    QVERIFY2(verdict.contains(u"invalid "_s + claim + u": "_s), qPrintable(verdict));
    if (claim == "exp"_L1) {
        // Neither "no expiry" nor "not expired": the token is invalid.
        QVERIFY(s.value("expired"_L1).isNull());
        QVERIFY(s.value("expiresAt"_L1).isNull());
        QVERIFY2(!verdict.contains(u"no expiry"_s), qPrintable(verdict));
    }
    const Run t = run({token, u"--at"_s, u"1000"_s});
    QCOMPARE(t.exitCode, 0);
    QVERIFY2(t.out.section(u'\n', 0, 0).contains(u"invalid "_s + claim + u": "_s),
             qPrintable(t.out));
}

void TestDecodeCommand::endlessStdinIsCutShort()
{
    // A stream that never ends (up to 1 GB here): decode stops after what a token can be, says
    // so, and exits while the writer is still writing; it never reads everything into memory.
    QProcess p;
    p.setProgram(ie::test::executable());
    p.setArguments({u"decode"_s, u"-"_s});
    p.start();
    QVERIFY(p.waitForStarted(10000));
    const QByteArray chunk(1024 * 1024, 'e');
    qint64 written = 0;
    constexpr qint64 Limit = qint64(1024) * 1024 * 1024;
    auto feed = [&] {
        while (p.state() == QProcess::Running && p.bytesToWrite() < 4 * chunk.size()
               && written < Limit) {
            p.write(chunk);
            written += chunk.size();
        }
    };
    connect(&p, &QProcess::bytesWritten, this, feed);
    feed();
    QSignalSpy done(&p, &QProcess::finished);
    QVERIFY(done.wait(60000));
    QVERIFY2(written < Limit, "decode read the whole stream");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.startsWith(u"identity-explorer decode: standard input holds more than 4.0 MB"_s),
             qPrintable(err));
}

QTEST_GUILESS_MAIN(TestDecodeCommand)
#include "tst_decodecommand.moc"
