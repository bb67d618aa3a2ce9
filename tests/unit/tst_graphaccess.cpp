// The explanation of a Graph 403 from the caller's claims: a delegated token without the scope,
// a user without the directory role (Microsoft Graph's own app roles need Privileged Role
// Administrator), an application without the app role, and nothing invented when the caller is
// unknown.

#include "core/apierror.h"
#include "graph/graphaccess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::graph::GraphOperation;

class TestGraphAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void callerFromClaims();
    void explain_data();
    void explain();
};

void TestGraphAccess::callerFromClaims()
{
    const ApiError::Caller user = ApiError::Caller::fromClaims(
            QJsonObject{{"idtyp"_L1, "user"_L1},
                        {"upn"_L1, "megan@contoso.onmicrosoft.com"_L1},
                        {"app_displayname"_L1, "Microsoft Azure CLI"_L1},
                        {"scp"_L1, "Application.Read.All User.Read"_L1},
                        {"wids"_L1, QJsonArray{"b79fbf4d-3ef9-4689-8143-76b194e85509"_L1}}});
    QVERIFY(user.delegated);
    QCOMPARE(user.name, u"megan@contoso.onmicrosoft.com"_s);
    QCOMPARE(user.scopes, (QStringList{u"Application.Read.All"_s, u"User.Read"_s}));
    QCOMPARE(user.directoryRoleIds, QStringList{u"b79fbf4d-3ef9-4689-8143-76b194e85509"_s});
    const ApiError::Caller app = ApiError::Caller::fromClaims(
            QJsonObject{{"idtyp"_L1, "app"_L1},
                        {"app_displayname"_L1, "vm-batch-01"_L1},
                        {"roles"_L1, QJsonArray{"User.Read.All"_L1}}});
    QVERIFY(!app.delegated);
    QCOMPARE(app.name, u"vm-batch-01"_s);
    QCOMPARE(app.appRoles, QStringList{u"User.Read.All"_s});
    QVERIFY(ApiError::Caller::fromClaims({}).isEmpty());
}

void TestGraphAccess::explain_data()
{
    QTest::addColumn<bool>("delegated");
    QTest::addColumn<QStringList>("held"); // scp or roles
    QTest::addColumn<QStringList>("wids");
    QTest::addColumn<int>("operation");
    QTest::addColumn<bool>("tierZero");
    QTest::addColumn<QString>("expected");
    const QStringList cliScopes{u"Application.Read.All"_s, u"AppRoleAssignment.ReadWrite.All"_s};
    const QString pra = u"e8611ab8-c189-46e8-94e1-60213ab1f814"_s;
    const QString caa = u"158c047a-c907-4556-b7ef-446551a6b5f7"_s;
    QTest::newRow("no role, api role")
            << true << cliScopes << QStringList{} << int(GraphOperation::GrantAppRole) << false
            << u"Signed in as x@contoso.com, which has no directory role that allows granting app "
               "roles (needs Privileged Role Administrator, Cloud Application Administrator or "
               "Application Administrator)."_s;
    QTest::newRow("cloud app admin, graph role")
            << true << cliScopes << QStringList{caa} << int(GraphOperation::GrantAppRole) << true
            << u"Signed in as x@contoso.com, which has no directory role that allows granting app "
               "roles of Microsoft Graph (needs Privileged Role Administrator or Global "
               "Administrator)."_s;
    QTest::newRow("missing scope")
            << true << QStringList{u"User.Read"_s} << QStringList{pra}
            << int(GraphOperation::GrantAppRole) << false
            << u"Signed in as x@contoso.com through a client that was not granted the delegated "
               "permission AppRoleAssignment.ReadWrite.All and Application.Read.All on Microsoft "
               "Graph, needed for granting app roles. An administrator can consent to it for the "
               "client, or sign in with a client that has it."_s;
    QTest::newRow("no role, read assignments")
            << true << cliScopes << QStringList{} << int(GraphOperation::ReadAppRoleAssignments)
            << false
            << u"Signed in as x@contoso.com, which has no directory role that allows reading app "
               "role assignments (needs Directory Readers, Global Reader or Privileged Role "
               "Administrator)."_s;
    QTest::newRow("app without the role")
            << false << QStringList{u"Application.Read.All"_s} << QStringList{}
            << int(GraphOperation::GrantAppRole) << false
            << u"Signed in as the application x@contoso.com, which lacks the Microsoft Graph "
               "application permission AppRoleAssignment.ReadWrite.All needed for granting app "
               "roles. Grant it to the application (and consent), then sign in again."_s;
    QTest::newRow("holds everything")
            << true << cliScopes << QStringList{pra} << int(GraphOperation::GrantAppRole) << true
            << u"Signed in as x@contoso.com, which holds what granting app roles of Microsoft "
               "Graph needs, yet Microsoft Graph refused: a role may have been removed since "
               "sign-in, or the object is protected. Sign in again, or ask an administrator."_s;
}

void TestGraphAccess::explain()
{
    QFETCH(bool, delegated);
    QFETCH(QStringList, held);
    QFETCH(QStringList, wids);
    QFETCH(int, operation);
    QFETCH(bool, tierZero);
    QFETCH(QString, expected);
    ApiError e = ApiError::make(ApiError::Kind::Forbidden,
                                u"Insufficient privileges to complete the operation."_s,
                                u"Authorization_RequestDenied"_s);
    e.httpStatus = 403;
    e.caller.name = u"x@contoso.com"_s;
    e.caller.delegated = delegated;
    (delegated ? e.caller.scopes : e.caller.appRoles) = held;
    e.caller.directoryRoleIds = wids;
    QCOMPARE(ie::graph::explainGraphDenied(e, GraphOperation(operation), tierZero), expected);
    // Nobody known: the service's own words stay.
    e.caller = {};
    QCOMPARE(ie::graph::explainGraphDenied(e, GraphOperation(operation), tierZero),
             u"Insufficient privileges to complete the operation."_s);
}

QTEST_GUILESS_MAIN(TestGraphAccess)
#include "tst_graphaccess.moc"
