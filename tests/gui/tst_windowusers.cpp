// The window signed in as each user of the sandbox tenant, through File ▸ Sign in… by device code
// and by browser (the Azure CLI's public client, as an admin signs in on Azure): the admin (Adele)
// loads the tree, reads what an identity holds and grants a Graph app role through the panel; the
// reader (Nestor) and the user with no role (Megan) load the tree too, and are refused the grant
// with the message that names the role they lack; Megan's details say which role reading app role
// assignments needs. One sign-in serves Graph and ARM.
//
// With IE_TEST_PUBLIC_NAMES set (the conformance suite runs it so, in a network namespace whose
// hosts file maps login.microsoftonline.com, graph.microsoft.com and management.azure.com to
// 127.0.0.1), the sandbox answers on port 443 under the production host names and the dialog signs
// in to the stock AzureCloud, trusting the sandbox's CA through SSL_CERT_FILE as OpenSSL tools do.

#include "approlespanel.h"
#include "browserplayer.h"
#include "capabilitycard.h"
#include "grantdriver.h"
#include "grantwidget.h"
#include "identitieswidget.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "session.h"
#include "signindialog.h"

#include "cloud/cloud.h"
#include "core/auditlog.h"
#include "models/capabilitymodel.h"
#include "models/identityloader.h"
#include "models/identitytreemodel.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
const QString Admin = u"adele@contoso.onmicrosoft.com"_s;
const QString Reader = u"nestor@contoso.onmicrosoft.com"_s;
const QString NoRole = u"megan@contoso.onmicrosoft.com"_s;
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s; // vm-batch-01, no Graph roles
const QString GraphAppId = u"00000003-0000-0000-c000-000000000000"_s;
} // namespace

class TestWindowUsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyAreaAsEachUser_data();
    void everyAreaAsEachUser();

private:
    static bool publicNames() { return qEnvironmentVariableIsSet("IE_TEST_PUBLIC_NAMES"); }
    // File ▸ Sign in… by `way` ("device-code" or "browser") with the public client.
    void signIn(const QString &way);

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ie::ui::Session> m_session;
};

void TestWindowUsers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowUsers::init()
{
    QSettings().clear();
    ie::sandbox::SandboxServer::Options sandboxOptions;
    if (publicNames()) {
        sandboxOptions.basePort = 443;
        sandboxOptions.publicNames = true;
    }
    m_sandbox = std::make_unique<ie::test::SandboxFixture>(sandboxOptions);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_sandbox->server().context().deviceCodeIntervalSeconds = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    if (publicNames()) {
        QFile ca(m_dir->filePath(u"sandbox-ca.pem"_s));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_sandbox->server().caCertificate().toPem());
        ca.close();
        qputenv("SSL_CERT_FILE", QFile::encodeName(ca.fileName()));
    }
    ie::ui::Session::Options options;
    options.auditPath = m_dir->filePath(u"audit.jsonl"_s);
    options.keychainService = u"identity-explorer-test"_s;
    m_session = std::make_unique<ie::ui::Session>(&m_sandbox->server(), options);
    m_session->window()->resize(1300, 900);
    m_session->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
}

void TestWindowUsers::cleanup()
{
    if (m_session)
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->grant()->appRoles()->isBusy(), 20000);
    m_session.reset();
    m_dir.reset();
    m_sandbox.reset();
}

void TestWindowUsers::signIn(const QString &way)
{
    m_session->openSignInDialog();
    ie::ui::SignInDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_session->window()->findChild<ie::ui::SignInDialog *>()));
    auto *ways = dialog->findChild<QComboBox *>(u"way"_s);
    ways->setCurrentIndex(ways->findData(way));
    QCOMPARE(ways->currentData().toString(), way);
    auto *cloud = dialog->findChild<QComboBox *>(u"cloud"_s);
    const QString cloudName
            = publicNames() ? ie::Cloud::azurePublic().name : m_sandbox->server().cloud().name;
    cloud->setCurrentIndex(cloud->findData(cloudName));
    QCOMPARE(cloud->currentData().toString(), cloudName);
    dialog->findChild<QLineEdit *>(u"tenant"_s)->setText(m_sandbox->server().tenantId());
    dialog->findChild<QLineEdit *>(u"clientId"_s)->clear(); // the Azure CLI's public client
    QList<QUrl> opened;
    dialog->setUrlOpener([&opened](const QUrl &url) { opened.append(url); });

    QSignalSpy state(m_session.get(), &ie::ui::Session::stateChanged);
    QSignalSpy failed(dialog, &ie::ui::SignInDialog::signInFailed);
    dialog->signIn();
    if (way == u"browser"_s) {
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(dialog->errorText()));
        const ie::test::BrowserPlayer browser(m_sandbox->server().caCertificate());
        const auto visit = browser.visit(opened.first());
        QVERIFY2(visit.error.isEmpty(), qPrintable(visit.error));
        QCOMPARE(visit.loopbackStatus, 200);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
}

void TestWindowUsers::everyAreaAsEachUser_data()
{
    QTest::addColumn<QString>("way");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("grantRefusal"); // empty: the grant goes through
    QTest::addColumn<QString>("detailsRefusal"); // empty: the details read what it holds
    const QString readerRefusal
            = u"Signed in as nestor@contoso.onmicrosoft.com, which has no directory role that "
              "allows granting app roles of Microsoft Graph (needs Privileged Role "
              "Administrator or Global Administrator)."_s;
    const QString noRoleRefusal
            = u"Signed in as megan@contoso.onmicrosoft.com, which has no directory role that "
              "allows granting app roles of Microsoft Graph (needs Privileged Role "
              "Administrator or Global Administrator)."_s;
    const QString noRoleRead = u"needs Directory Readers, Global Reader or Privileged Role "
                               "Administrator"_s;
    for (const QString &way : {u"device-code"_s, u"browser"_s}) {
        QTest::addRow("%s admin", qPrintable(way))
                << way << Admin << u"Adele Vance"_s << QString() << QString();
        QTest::addRow("%s reader", qPrintable(way))
                << way << Reader << u"Nestor Wilke"_s << readerRefusal << QString();
        QTest::addRow("%s no role", qPrintable(way))
                << way << NoRole << u"Megan Bowen"_s << noRoleRefusal << noRoleRead;
    }
}

void TestWindowUsers::everyAreaAsEachUser()
{
    QFETCH(QString, way);
    QFETCH(QString, user);
    QFETCH(QString, name);
    QFETCH(QString, grantRefusal);
    QFETCH(QString, detailsRefusal);
    m_sandbox->server().context().interactiveUser = user;
    signIn(way);
    if (QTest::currentTestFailed())
        return;

    // Status bar and state name the user, on the sandbox tenant.
    const ie::ui::SignInState s = m_session->state();
    QCOMPARE(s.tenantId, m_sandbox->server().tenantId());
    QVERIFY(s.sandbox);
    if (publicNames())
        QCOMPARE(m_session->client()->cloud().loginUrl.host(), u"login.microsoftonline.com"_s);
    QCOMPARE(s.principal, name);
    const QString label = m_session->window()->findChild<QLabel *>(u"tenantLabel"_s)->text();
    QVERIFY2(label.contains(name), qPrintable(label));

    // The tree: Graph and ARM, whole, with one sign-in.
    ie::models::IdentityLoader *loader = m_session->identities()->loader();
    QTRY_VERIFY_WITH_TIMEOUT(loader->state() != ie::models::IdentityLoader::State::Loading
                                     && loader->state() != ie::models::IdentityLoader::State::Idle,
                             30000);
    QVERIFY2(loader->state() == ie::models::IdentityLoader::State::Complete,
             qPrintable(loader->problems().join(u'\n')));
    QTRY_VERIFY_WITH_TIMEOUT(loader->armDone(), 20000);
    QVERIFY2(loader->problems().isEmpty(), qPrintable(loader->problems().join(u'\n')));
    QVERIFY(m_session->identities()->model()->identityCount() > 15);
    QVERIFY(m_session->identities()->model()->indexOfObjectId(VmBatch).isValid());

    // The details of vm-batch-01: what it holds, or why that cannot be read.
    auto *details = m_session->identities()->findChild<QTextBrowser *>(u"details"_s);
    QVERIFY(details);
    m_session->identities()->selectIdentity(VmBatch);
    ie::models::CapabilityModel *capabilities = m_session->identities()->capabilities();
    QTRY_VERIFY_WITH_TIMEOUT(capabilities->principalId() == VmBatch && capabilities->isSettled(),
                             20000);
    QStringList card{m_session->identities()->card()->verdictText()};
    for (const QLabel *l :
         m_session->identities()->card()->findChildren<QLabel *>(u"cardLine"_s))
        card << l->text();
    const QString cardText = card.join(u'\n');
    if (detailsRefusal.isEmpty()) {
        // The card reads every kind of power; none of them is refused.
        QVERIFY2(!cardText.contains(u"Could not read"_s) && !cardText.contains(u"Signed in as"_s),
                 qPrintable(cardText));
        QVERIFY2(cardText.contains(u"Azure role"_s), qPrintable(cardText));
    } else {
        QVERIFY2(cardText.contains(detailsRefusal), qPrintable(cardText));
    }

    // Grant User.Read.All of Microsoft Graph through the panel.
    ie::ui::GrantWidget *grant = m_session->grant();
    ie::ui::AppRolesPanel *panel = grant->appRoles();
    QVERIFY(ie::test::grantAppRoleThroughPanel(grant, VmBatch, u"vm-batch-01"_s, GraphAppId,
                                               u"User.Read.All"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
    auto *result = panel->findChild<QLabel *>(u"result"_s);
    QVERIFY(result);
    const ie::sandbox::TenantState &tenant = m_sandbox->server().state();
    const QString graphSp = tenant.spByAppId(GraphAppId)->id;
    if (grantRefusal.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(tenant.rolesOf(VmBatch, graphSp).contains(u"User.Read.All"_s),
                                 20000);
    } else {
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(grantRefusal),
                                  qPrintable(result->text()), 20000);
        QVERIFY(tenant.rolesOf(VmBatch, graphSp).isEmpty());
    }
    // The audit record names the user, whatever the outcome.
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->auditLog()->records().isEmpty(), 20000);
    QCOMPARE(m_session->auditLog()->records().constLast().principal, name);
}

QTEST_MAIN(TestWindowUsers)
#include "tst_windowusers.moc"
