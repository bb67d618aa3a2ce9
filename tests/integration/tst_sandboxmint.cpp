// SandboxServer::mintTokenFor: the token "Inspect token" shows for a sandbox identity must be the
// one its managed-identity endpoint would hand out (xms_mirid, idtyp, the roles held now).

#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject payloadOf(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1],
                                                          QByteArray::Base64UrlEncoding
                                                                  | QByteArray::OmitTrailingEquals))
            .object();
}
const QString sub = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90"_s;
} // namespace

class TestSandboxMint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(&m_error), qPrintable(m_error)); }
    void mintsWhatTheEndpointWould_data();
    void mintsWhatTheEndpointWould();
    void unknownIdentity();

private:
    ie::sandbox::SandboxServer m_server;
    QString m_error;
};

void TestSandboxMint::mintsWhatTheEndpointWould_data()
{
    QTest::addColumn<QString>("objectId");
    QTest::addColumn<QString>("mirid"); // empty: not a managed identity
    QTest::addColumn<QString>("role"); // a Graph app role it holds, or empty for none

    QTest::newRow("system-assigned function app")
            << u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s
            << sub + u"/resourceGroups/rg-orders-prod/providers/Microsoft.Web/sites/func-timer-orders"_s
            << u"User.Read.All"_s;
    QTest::newRow("user-assigned identity")
            << u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s
            << sub + u"/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-orders-shared"_s
            << QString();
    QTest::newRow("application") << u"b1a2c3d4-0003-4e5f-8a9b-c0d1e2f3a4b5"_s << QString()
                                 << u"Application.ReadWrite.All"_s;
}

void TestSandboxMint::mintsWhatTheEndpointWould()
{
    QFETCH(QString, objectId);
    QFETCH(QString, mirid);
    QFETCH(QString, role);

    QString error;
    const QByteArray token
            = m_server.mintTokenFor(objectId, m_server.cloud().graphAudience(), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    const QJsonObject claims = payloadOf(token);
    QCOMPARE(claims.value("oid"_L1).toString(), objectId);
    QCOMPARE(claims.value("tid"_L1).toString(), m_server.tenantId());
    QCOMPARE(claims.value("idtyp"_L1).toString(), u"app"_s);
    QCOMPARE(claims.value("xms_mirid"_L1).toString().toLower(), mirid.toLower());
    const QJsonArray roles = claims.value("roles"_L1).toArray();
    if (role.isEmpty())
        QVERIFY(!roles.contains(u"User.Read.All"_s));
    else
        QVERIFY2(roles.contains(role), QJsonDocument(roles).toJson().constData());
}

void TestSandboxMint::unknownIdentity()
{
    QString error;
    QVERIFY(m_server.mintTokenFor(u"00000000-0000-0000-0000-00000000dead"_s,
                                  m_server.cloud().graphAudience(), &error)
                    .isEmpty());
    QVERIFY(error.contains(u"00000000-0000-0000-0000-00000000dead"_s));
}

QTEST_GUILESS_MAIN(TestSandboxMint)
#include "tst_sandboxmint.moc"
