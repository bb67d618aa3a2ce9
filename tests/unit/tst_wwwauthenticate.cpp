// WWW-Authenticate as ARM, Graph and the Azure Arc agent send it: schemes, quoted parameters with
// escapes and commas, several challenges in one header, and the claims of a claims challenge.

#include "net/wwwauthenticate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ie::net::AuthChallenge;

class TestWwwAuthenticate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void claims_data();
    void claims();
};

void TestWwwAuthenticate::parses_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("challenges");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("arm")
            << QByteArray(R"(Bearer authorization_uri="https://login.windows.net/8c1f", error="invalid_token", error_description="The access token is invalid.")")
            << 1 << u"Bearer"_s << u"error_description"_s << u"The access token is invalid."_s;
    QTest::newRow("graph")
            << QByteArray(R"(Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000")")
            << 1 << u"Bearer"_s << u"client_id"_s << u"00000003-0000-0000-c000-000000000000"_s;
    QTest::newRow("comma-in-quotes")
            << QByteArray(R"(Bearer error_description="a, b", error="invalid_token")") << 1
            << u"Bearer"_s << u"error_description"_s << u"a, b"_s;
    QTest::newRow("escaped-quote") << QByteArray(R"(Bearer error_description="say \"hi\"")") << 1
                                   << u"Bearer"_s << u"error_description"_s << u"say \"hi\""_s;
    QTest::newRow("token-value") << QByteArray("Bearer error=invalid_token") << 1 << u"Bearer"_s
                                 << u"error"_s << u"invalid_token"_s;
    QTest::newRow("arc-basic") << QByteArray("Basic realm=/var/opt/azcmagent/tokens/x.key") << 1
                               << u"Basic"_s << u"realm"_s << QString();
    QTest::newRow("two-challenges")
            << QByteArray(R"(Basic realm="x", Bearer error="insufficient_claims", claims="e30=")")
            << 2 << u"Basic"_s << u"realm"_s << u"x"_s;
    QTest::newRow("case-insensitive-names") << QByteArray(R"(Bearer Error="invalid_token")") << 1
                                            << u"Bearer"_s << u"error"_s << u"invalid_token"_s;
    QTest::newRow("empty") << QByteArray() << 0 << QString() << QString() << QString();
}

void TestWwwAuthenticate::parses()
{
    QFETCH(QByteArray, header);
    QFETCH(int, challenges);
    QFETCH(QString, scheme);
    QFETCH(QString, name);
    QFETCH(QString, value);
    const QList<AuthChallenge> c = AuthChallenge::parse(header);
    QCOMPARE(c.size(), challenges);
    if (challenges == 0)
        return;
    QCOMPARE(c.first().scheme, scheme);
    if (!value.isEmpty())
        QCOMPARE(c.first().param(name), value);
}

void TestWwwAuthenticate::claims_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("claims");
    const QByteArray json = R"({"access_token":{"nbf":{"essential":true,"value":"1604106651"}}})";
    QTest::newRow("graph-cae")
            << (R"(Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims=")"
                + json.toBase64() + '"')
            << QString::fromUtf8(json);
    QTest::newRow("arm") << (R"(Bearer authorization_uri="https://login.windows.net/", error="insufficient_claims", claims=")"
                             + json.toBase64() + '"')
                         << QString::fromUtf8(json);
    QTest::newRow("second-challenge")
            << (R"(Basic realm="x", Bearer error="insufficient_claims", claims=")" + json.toBase64()
                + '"')
            << QString::fromUtf8(json);
    QTest::newRow("not-a-claims-error")
            << (R"(Bearer error="invalid_token", claims=")" + json.toBase64() + '"') << QString();
    QTest::newRow("no-claims") << QByteArray(R"(Bearer error="insufficient_claims")") << QString();
    QTest::newRow("claims-word-in-description")
            << QByteArray(R"(Bearer error="invalid_token", error_description="x claims=\"e30=\"")")
            << QString();
}

void TestWwwAuthenticate::claims()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, claims);
    QCOMPARE(AuthChallenge::claimsOf(header), claims);
}

QTEST_GUILESS_MAIN(TestWwwAuthenticate)
#include "tst_wwwauthenticate.moc"
