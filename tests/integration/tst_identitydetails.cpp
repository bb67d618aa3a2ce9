// IdentityDetailsLoader against the sandbox: a user-assigned identity's key credential and
// federated identity credentials, an application's exposed app roles, a client secret's expiry,
// and what happens when Graph or ARM fails.

#include "models/identitydetailsloader.h"
#include "models/identitytreemodel.h"
#include "sandbox/faultinjector.h"
#include "sandbox/tenantstate.h"
#include "sandboxfixture.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using ie::models::Identity;
using ie::models::IdentityDetailsLoader;

class TestIdentityDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup() { m_sandbox.server().faults().clear(); }
    void userAssignedIdentity();
    void applicationRolesAndSecret();
    void failuresAreReported_data();
    void failuresAreReported();

private:
    Identity identity(const QString &objectId, Identity::Kind kind, const QString &resourceId = {});
    ie::test::SandboxFixture m_sandbox;
    const QString m_uami
            = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-orders-shared"_s;
};

void TestIdentityDetails::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

Identity TestIdentityDetails::identity(const QString &objectId, Identity::Kind kind,
                                       const QString &resourceId)
{
    Identity i;
    i.objectId = objectId;
    i.kind = kind;
    i.resourceId = resourceId;
    return i;
}

void TestIdentityDetails::userAssignedIdentity()
{
    IdentityDetailsLoader loader(&m_sandbox.client());
    loader.load(identity(u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s, Identity::Kind::UserAssigned,
                         m_uami));
    QTRY_VERIFY_WITH_TIMEOUT(loader.isFinished(), 20000);
    const auto &d = loader.details();
    QVERIFY2(d.graphError.isEmpty() && d.armError.isEmpty(), qPrintable(d.graphError + d.armError));
    QCOMPARE(d.credentials.size(), 1);
    QVERIFY(d.credentials.first().certificate);
    QCOMPARE(d.credentials.first().end,
             QDateTime(QDate(2027, 1, 20), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(d.federated.size(), 2);
    QCOMPARE(d.federated.first().name, u"github-main"_s);
    QCOMPARE(d.federated.first().issuer, u"https://token.actions.githubusercontent.com"_s);
    QCOMPARE(d.federated.first().subject, u"repo:contoso/orders:ref:refs/heads/main"_s);
    QCOMPARE(d.federated.first().audiences, QStringList{u"api://AzureADTokenExchange"_s});
}

void TestIdentityDetails::applicationRolesAndSecret()
{
    IdentityDetailsLoader loader(&m_sandbox.client());
    loader.load(identity(u"b1a2c3d4-0001-4e5f-8a9b-c0d1e2f3a4b5"_s, Identity::Kind::Application));
    QTRY_VERIFY_WITH_TIMEOUT(loader.isFinished(), 20000);
    const auto &d = loader.details();
    QCOMPARE(d.appRoles.size(), 2);
    QCOMPARE(d.appRoles.first().value, u"Orders.Read.All"_s);
    QCOMPARE(d.appRoles.first().description,
             u"Allows the app to read every order without a signed-in user."_s);
    QVERIFY(d.federated.isEmpty()); // not asked of ARM for an application

    // The sandbox admin app has a client secret (its text never comes back from Graph).
    const QString adminObjectId
            = m_sandbox.server().state().spByAppId(m_sandbox.server().adminClientId())->id;
    loader.load(identity(adminObjectId, Identity::Kind::Application));
    QTRY_VERIFY_WITH_TIMEOUT(loader.isFinished(), 20000);
    QCOMPARE(loader.details().credentials.size(), 1);
    QVERIFY(!loader.details().credentials.first().certificate);
    QVERIFY(!loader.details().credentials.first().expiredAt(QDateTime::currentDateTimeUtc()));
}

void TestIdentityDetails::failuresAreReported_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("graphFails");
    QTest::addColumn<bool>("armFails");
    QTest::newRow("graph 500") << u"graph:/v1.0/servicePrincipals/*=500"_s << true << false;
    QTest::newRow("arm 500") << u"arm:*federatedIdentityCredentials*=500"_s << false << true;
}

void TestIdentityDetails::failuresAreReported()
{
    QFETCH(QString, fault);
    QVERIFY(m_sandbox.server().faults().addSpec(fault));
    IdentityDetailsLoader loader(&m_sandbox.client());
    loader.load(identity(u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s, Identity::Kind::UserAssigned,
                         m_uami));
    QTRY_VERIFY_WITH_TIMEOUT(loader.isFinished(), 30000);
    QTEST(!loader.details().graphError.isEmpty(), "graphFails");
    QTEST(!loader.details().armError.isEmpty(), "armFails");
    QFETCH(bool, armFails);
    if (armFails)
        QCOMPARE(loader.details().credentials.size(), 1); // Graph's part still shows
    else
        QCOMPARE(loader.details().federated.size(), 2);
}

QTEST_GUILESS_MAIN(TestIdentityDetails)
#include "tst_identitydetails.moc"
