// The requests the app hands out for a managed identity's token on a real tenant ("Inspect
// token" signed in to Azure): which host kinds come first, that a user-assigned identity names its
// client id, and that each command, run for real by bash and curl against the sandbox's IMDS, App
// Service and Azure Arc endpoints (their addresses put in place of the fixed ones), returns a token
// the inspector reads.
#include "sandboxfixture.h"

#include "auth/managedidentitycredential.h"
#include "auth/tokenrecipe.h"
#include "sandbox/sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::auth::ManagedIdentityHost;
using ie::auth::TokenRecipe;

namespace {
const QString Graph = u"https://graph.microsoft.com"_s;
const QString VmPrincipal = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s; // the sandbox's MI host
const QString SharedPrincipal = u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s; // id-orders-shared
const QString SharedClient = u"e3f4a5b6-0001-4c7d-8e9f-a0b1c2d3e4f5"_s;
} // namespace

class TestTokenRecipe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostsInOrder_data();
    void hostsInOrder();
    void commandsRunAgainstTheEndpoints_data();
    void commandsRunAgainstTheEndpoints();

private:
    ie::test::SandboxFixture m_sandbox;
};

void TestTokenRecipe::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestTokenRecipe::hostsInOrder_data()
{
    QTest::addColumn<bool>("userAssigned");
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QStringList>("attachedTo");
    QTest::addColumn<QStringList>("firstWords"); // the recipes' commands start so, in order
    const QString web = u"/subscriptions/s/resourceGroups/g/providers/Microsoft.Web/sites/orders"_s;
    const QString imds = u"curl -s -H Metadata:true \"http://169.254.169.254/"_s;
    const QString appService = u"curl -s -H \"X-IDENTITY-HEADER: $IDENTITY_HEADER\""_s;
    const QString arc = u"url=\"http://localhost:40342/"_s;
    const QString az = u"az login --identity"_s;
    QTest::newRow("vm") << false << u"Microsoft.Compute/virtualMachines"_s << QStringList()
                        << QStringList{imds, az};
    QTest::newRow("function-app") << false << u"Microsoft.Web/sites"_s << QStringList()
                                  << QStringList{appService, az};
    QTest::newRow("container-app") << false << u"Microsoft.App/containerApps"_s << QStringList()
                                   << QStringList{appService, az};
    QTest::newRow("arc-server") << false << u"Microsoft.HybridCompute/machines"_s << QStringList()
                                << QStringList{arc, az};
    QTest::newRow("user-assigned-on-a-web-app")
            << true << QString() << QStringList{web} << QStringList{appService, imds, arc, az};
    QTest::newRow("user-assigned-unattached")
            << true << QString() << QStringList() << QStringList{imds, appService, arc, az};
}

void TestTokenRecipe::hostsInOrder()
{
    QFETCH(bool, userAssigned);
    QFETCH(QString, resourceType);
    QFETCH(QStringList, attachedTo);
    QFETCH(QStringList, firstWords);
    ManagedIdentityHost host{userAssigned, SharedClient, resourceType, attachedTo};
    const QList<TokenRecipe> recipes = ie::auth::managedIdentityRecipes(host, Graph);
    QCOMPARE(recipes.size(), firstWords.size());
    for (qsizetype i = 0; i < recipes.size(); ++i) {
        QVERIFY2(recipes[i].command.startsWith(firstWords[i]), qPrintable(recipes[i].command));
        QVERIFY(!recipes[i].title.isEmpty() && !recipes[i].note.isEmpty());
        // Only a user-assigned identity needs to say which one it is.
        QCOMPARE(recipes[i].command.contains(SharedClient), userAssigned);
        QVERIFY(recipes[i].command.contains(u"https%3A%2F%2Fgraph.microsoft.com"_s)
                || recipes[i].command.contains(u"--resource https://graph.microsoft.com"_s));
    }
    const QString text = ie::auth::recipesText(recipes);
    QVERIFY(text.contains(recipes.first().title + u":\n"_s + recipes.first().command));
}

void TestTokenRecipe::commandsRunAgainstTheEndpoints_data()
{
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<bool>("userAssigned");
    QTest::addColumn<QString>("principal");
    QTest::newRow("imds") << u"Microsoft.Compute/virtualMachines"_s << false << VmPrincipal;
    QTest::newRow("imds-user-assigned") << u"Microsoft.Compute/virtualMachines"_s << true
                                        << SharedPrincipal;
    QTest::newRow("app-service") << u"Microsoft.Web/sites"_s << false << VmPrincipal;
    QTest::newRow("arc") << u"Microsoft.HybridCompute/machines"_s << false << VmPrincipal;
}

void TestTokenRecipe::commandsRunAgainstTheEndpoints()
{
    QFETCH(QString, resourceType);
    QFETCH(bool, userAssigned);
    QFETCH(QString, principal);
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QSKIP("no curl (scripts/deps.sh installs it)");
    // A user-assigned identity on a VM: ask for it by client id, as the recipe does.
    const QStringList attached = userAssigned
            ? QStringList{u"/subscriptions/s/resourceGroups/g/providers/"
                          "Microsoft.Compute/virtualMachines/vm"_s}
            : QStringList();
    ManagedIdentityHost host{userAssigned, SharedClient, resourceType, attached};
    QString command = ie::auth::managedIdentityRecipes(host, Graph).first().command;
    auto &s = m_sandbox.server();
    // The fixed addresses of the real hosts become the sandbox's loopback ones.
    command.replace(u"http://169.254.169.254/metadata/identity/oauth2/token"_s,
                    s.imdsUrl().toString());
    command.replace(u"http://localhost:40342/metadata/identity/oauth2/token"_s,
                    s.arcUrl().toString());
    QProcess bash;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IDENTITY_ENDPOINT"_s, s.appServiceUrl().toString());
    env.insert(u"IDENTITY_HEADER"_s, s.identityHeader());
    bash.setProcessEnvironment(env);
    bash.start(u"bash"_s, {u"-c"_s, command});
    // The sandbox answers on this thread: keep the event loop turning while bash runs.
    QTRY_VERIFY_WITH_TIMEOUT(bash.state() == QProcess::NotRunning, 20000);
    QCOMPARE(bash.exitCode(), 0);
    const QByteArray out = bash.readAllStandardOutput();
    const QJsonObject answer = QJsonDocument::fromJson(out).object();
    const auto token = ie::auth::ManagedIdentityCredential::parseToken(
            answer, Graph, QDateTime::currentDateTimeUtc());
    QVERIFY2(token.ok(), out.constData());
    const QList<QByteArray> parts = token->token.split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(
            parts[1], QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(claims.value("oid"_L1).toString(), principal);
}

QTEST_GUILESS_MAIN(TestTokenRecipe)
#include "tst_tokenrecipe.moc"
