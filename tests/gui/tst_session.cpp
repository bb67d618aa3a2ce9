// The Session as the executable builds it, against the in-process sandbox: sign in, sign out and
// sign in to another tenant or as another principal, and every area follows (status bar and
// title, tree, grant panels and audit record, token inspector, the lookup's live catalog).

#include "approlespanel.h"
#include "directoryrolespanel.h"
#include "grantdriver.h"
#include "grantreviewdialog.h"
#include "grantwidget.h"
#include "capabilitycard.h"
#include "guidlookupwidget.h"
#include "identitieswidget.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "session.h"
#include "signindialog.h"
#include "tokeninspectorwidget.h"

#include "auth/signinsession.h"
#include "auth/tokencache.h"
#include "catalog/livecatalog.h"
#include "core/auditlog.h"
#include "models/capabilitymodel.h"
#include "models/claimstablemodel.h"
#include "models/identityloader.h"
#include "models/identitytierscan.h"
#include "models/identitytreemodel.h"
#include "net/httpclient.h"
#include "permissions/permissionstore.h"
#include "sandbox/faultinjector.h"
#include "sandbox/tokenissuer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;
const QString GraphAppId = u"00000003-0000-0000-c000-000000000000"_s;
const QString FabrikamTenant = u"5b1d9c2e-7a4f-4e3b-8d6c-1f2e3a4b5c6d"_s;
} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensSignedInToTheSandbox();
    void signInToAnotherTenantEveryAreaFollows();
    void signOutEveryAreaFollows();
    void signOutOfAnotherCloudLeavesNothingSignedIn();
    void auditNamesThePrincipalSignedInNow();
    void detailsShowDirectoryRolesAndFollowAGrant();
    void tokensSayWhoseAndWhere();
    void snippetsGrantToTheSelectedIdentityOnThisCloud();

private:
    // A user's delegated token of `tenant`, signed by the sandbox's key.
    QByteArray userToken(const QString &tenant, const QString &upn, const QString &name);
    // Signs in through File ▸ Sign in… with a pasted token.
    void signInWithPastedToken(const QByteArray &token);
    QString tenantLabel() const;
    bool treeLoaded() const;

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ie::ui::Session> m_session;
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestSession::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    ie::ui::Session::Options options;
    options.auditPath = m_dir->filePath(u"audit.jsonl"_s);
    m_session = std::make_unique<ie::ui::Session>(&m_sandbox->server(), options);
    m_session->window()->resize(1300, 900);
    m_session->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
}

void TestSession::cleanup()
{
    if (m_session) {
        ie::ui::AppRolesPanel *panel = m_session->grant()->appRoles();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    }
    m_session.reset();
    m_dir.reset();
    m_sandbox.reset();
}

QByteArray TestSession::userToken(const QString &tenant, const QString &upn, const QString &name)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{
            {u"aud"_s, m_sandbox->server().cloud().graphAudience()},
            {u"iss"_s, u"https://sts.windows.net/%1/"_s.arg(tenant)},
            {u"tid"_s, tenant},
            {u"oid"_s, u"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s},
            {u"upn"_s, upn},
            {u"name"_s, name},
            {u"idtyp"_s, u"user"_s},
            {u"scp"_s, u"Application.ReadWrite.All AppRoleAssignment.ReadWrite.All"_s},
            {u"iat"_s, now},
            {u"nbf"_s, now},
            {u"exp"_s, now + 3600},
    };
    return m_sandbox->server().tokenIssuer().sign(claims);
}

void TestSession::signInWithPastedToken(const QByteArray &token)
{
    m_session->openSignInDialog();
    ie::ui::SignInDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_session->window()->findChild<ie::ui::SignInDialog *>()));
    auto *way = dialog->findChild<QComboBox *>(u"way"_s);
    way->setCurrentIndex(way->findData(u"pasted"_s));
    dialog->findChild<QPlainTextEdit *>(u"pasted"_s)->setPlainText(QString::fromLatin1(token));
    QSignalSpy state(m_session.get(), &ie::ui::Session::stateChanged);
    dialog->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(state.size(), 1, 20000);
}

QString TestSession::tenantLabel() const
{
    return m_session->window()->findChild<QLabel *>(u"tenantLabel"_s)->text();
}

bool TestSession::treeLoaded() const
{
    return m_session->identities()->loader()->state() != ie::models::IdentityLoader::State::Loading
            && m_session->identities()->model()->indexOfObjectId(VmBatch).isValid();
}

void TestSession::opensSignedInToTheSandbox()
{
    const ie::ui::SignInState s = m_session->state();
    QCOMPARE(s.tenantId, m_sandbox->server().tenantId());
    QVERIFY(s.sandbox);
    QCOMPARE(s.principal, u"sandbox admin app"_s);
    QVERIFY(tenantLabel().contains(u"sandbox admin app"_s));
    // The sandbox says so above the areas.
    QVERIFY(m_session->window()->findChild<QLabel *>(u"sandboxBanner"_s)->isVisible());
    QCOMPARE(m_session->auditLog()->tenantId(), m_sandbox->server().tenantId());
    QVERIFY(m_session->auditLog()->isSandbox());
    QCOMPARE(m_session->liveCatalog()->tenantId(), m_sandbox->server().tenantId());
    QTRY_VERIFY_WITH_TIMEOUT(treeLoaded(), 20000);
    // The session's one client is signed in as the admin app.
    QVERIFY(m_session->signInSession()->isFreshStart());
    QCOMPARE(m_session->client()->cloud().name, m_sandbox->server().cloud().name);
}

void TestSession::signInToAnotherTenantEveryAreaFollows()
{
    QTRY_VERIFY_WITH_TIMEOUT(treeLoaded(), 20000);
    const QByteArray token
            = userToken(FabrikamTenant, u"megan@fabrikam.onmicrosoft.com"_s, u"Megan Bowen"_s);
    signInWithPastedToken(token);

    const ie::ui::SignInState s = m_session->state();
    QCOMPARE(s.tenantId, FabrikamTenant);
    QCOMPARE(s.tenantName, u"fabrikam.onmicrosoft.com"_s);
    QCOMPARE(s.principal, u"Megan Bowen"_s);
    QVERIFY(!s.sandbox);
    // Status bar, title and banner.
    QVERIFY2(tenantLabel().contains(FabrikamTenant), qPrintable(tenantLabel()));
    QVERIFY(tenantLabel().contains(u"Megan Bowen"_s));
    QVERIFY(!m_session->window()->findChild<QLabel *>(u"sandboxBanner"_s)->isVisible());
    QVERIFY(m_session->window()->windowTitle().startsWith(u"fabrikam.onmicrosoft.com"_s));
    // Audit record and the lookup's live part: Fabrikam's.
    QCOMPARE(m_session->auditLog()->tenantId(), FabrikamTenant);
    QVERIFY(!m_session->auditLog()->isSandbox());
    QCOMPARE(m_session->liveCatalog()->tenantId(), FabrikamTenant);
    // The tree loads again with the new sign-in: the sandbox does not know Fabrikam, so
    // Contoso's identities are gone.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->identities()->loader()->state()
                                     != ie::models::IdentityLoader::State::Loading,
                             20000);
    QVERIFY(!m_session->identities()->model()->indexOfObjectId(VmBatch).isValid());
    // The inspector names the new tenant in a token's tid.
    m_session->inspector()->setTokenText(QString::fromLatin1(token));
    const ie::models::ClaimsTableModel *claims = m_session->inspector()->claimsModel();
    bool named = false;
    for (int r = 0; r < claims->rowCount(); ++r) {
        for (int c = 0; c < claims->columnCount(); ++c)
            named = named
                    || claims->index(r, c).data().toString().contains(
                            u"fabrikam.onmicrosoft.com"_s);
    }
    QVERIFY(named);
}

void TestSession::signOutEveryAreaFollows()
{
    signInWithPastedToken(
            userToken(FabrikamTenant, u"megan@fabrikam.onmicrosoft.com"_s, u"Megan Bowen"_s));
    QCOMPARE(m_session->auditLog()->tenantId(), FabrikamTenant);

    // File ▸ Sign out, answered Yes.
    QSignalSpy state(m_session.get(), &ie::ui::Session::stateChanged);
    m_session->confirmSignOut();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_session->window()->findChild<QMessageBox *>()) && box->isVisible());
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(state.size(), 1);

    // Signing out on the sandbox's cloud comes back to the fresh start, and every area says so.
    QCOMPARE(m_session->state(), m_session->freshStartState());
    QVERIFY(tenantLabel().contains(u"sandbox admin app"_s));
    QVERIFY(!tenantLabel().contains(u"Megan Bowen"_s));
    QVERIFY(m_session->window()->findChild<QLabel *>(u"sandboxBanner"_s)->isVisible());
    QCOMPARE(m_session->auditLog()->tenantId(), m_sandbox->server().tenantId());
    QVERIFY(m_session->auditLog()->isSandbox());
    QCOMPARE(m_session->liveCatalog()->tenantId(), m_sandbox->server().tenantId());
    QTRY_VERIFY_WITH_TIMEOUT(treeLoaded(), 20000);
}

void TestSession::signOutOfAnotherCloudLeavesNothingSignedIn()
{
    // A sign-in to the public cloud (as the dialog leaves the client after one).
    m_session->client()->setCloud(ie::Cloud::azurePublic());
    ie::ui::SignInState fabrikam;
    fabrikam.tenantId = FabrikamTenant;
    fabrikam.tenantName = u"fabrikam.onmicrosoft.com"_s;
    fabrikam.cloudDisplayName = ie::Cloud::azurePublic().displayName;
    fabrikam.principal = u"Megan Bowen"_s;
    fabrikam.principalLabel = u"Megan Bowen"_s;
    m_session->signedIn(new ie::auth::TokenCache, fabrikam);
    QCOMPARE(m_session->state(), fabrikam);

    m_session->signOut();
    QVERIFY(!m_session->state().isSignedIn());
    QVERIFY(!m_session->signInSession()->isSignedIn());
    QVERIFY2(tenantLabel().contains(u"Not signed in"_s), qPrintable(tenantLabel()));
    QVERIFY(!m_session->window()->findChild<QLabel *>(u"sandboxBanner"_s)->isVisible());
    QCOMPARE(m_session->auditLog()->tenantId(), QString());
    QCOMPARE(m_session->liveCatalog()->tenantId(), QString());
    // The tree asks again and is told to sign in.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->identities()->loader()->state()
                                     != ie::models::IdentityLoader::State::Loading,
                             20000);
    QVERIFY(!m_session->identities()->model()->indexOfObjectId(VmBatch).isValid());
}

void TestSession::auditNamesThePrincipalSignedInNow()
{
    // Sign in as another principal of the sandbox tenant, then grant through the panel: the
    // audit record names who is signed in now, not the admin app of the start.
    signInWithPastedToken(userToken(m_sandbox->server().tenantId(),
                                    u"megan@contoso.onmicrosoft.com"_s, u"Megan Bowen"_s));
    QCOMPARE(m_session->state().principal, u"Megan Bowen"_s);
    QVERIFY(m_session->state().sandbox);

    ie::ui::GrantWidget *grant = m_session->grant();
    QVERIFY(ie::test::grantAppRoleThroughPanel(grant, VmBatch, u"vm-batch-01"_s, GraphAppId,
                                               u"User.Read.All"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->auditLog()->records().size(), 1, 20000);
    const ie::AuditRecord r = m_session->auditLog()->records().constFirst();
    QCOMPARE(r.principal, u"Megan Bowen"_s);
    QCOMPARE(r.tenantId, m_sandbox->server().tenantId());
    QVERIFY(r.target.contains(VmBatch));
}

// The card on top of the details: a tier-0 identity's verdict, a kind that could not be read
// said as unknown, and Revoke on the card runs the grant panel's review; the card follows.
void TestSession::detailsShowDirectoryRolesAndFollowAGrant()
{
    const QString buildPipeline = u"b1a2c3d4-0003-4e5f-8a9b-c0d1e2f3a4b5"_s;
    QTRY_VERIFY_WITH_TIMEOUT(treeLoaded(), 20000);
    ie::ui::IdentitiesWidget *area = m_session->identities();
    auto card = [area] {
        QStringList out{area->card()->verdictText()};
        for (const QLabel *l : area->card()->findChildren<QLabel *>(u"cardLine"_s))
            out << l->text();
        return out.join(u'\n');
    };
    // The build pipeline is Application Administrator and holds Application.ReadWrite.All: tier 0.
    area->selectIdentity(buildPipeline);
    QTRY_VERIFY_WITH_TIMEOUT(area->capabilities()->isComplete(), 20000);
    QVERIFY2(area->card()->verdictText().contains(u"Tier 0: can make itself Global Administrator"_s),
             qPrintable(card()));
    QVERIFY(card().contains(u"Application Administrator"_s));
    QVERIFY(card().contains(u"P2"_s)); // why no eligible roles are listed
    // The tree marks it tier 0 too, from the tenant-wide scan, naming the role.
    QTRY_COMPARE_WITH_TIMEOUT(area->model()->tierMark(buildPipeline).tier, 0, 30000);
    QVERIFY(area->model()->tierMark(buildPipeline).reasons.join(u' ').contains(
            u"Application Administrator"_s));

    // A directory role assigned in the grant panel shows on the card of that identity.
    area->selectIdentity(VmBatch);
    QTRY_VERIFY_WITH_TIMEOUT(area->capabilities()->isComplete(), 20000);
    QVERIFY(!card().contains(u"Directory Readers"_s));
    ie::ui::DirectoryRolesPanel *panel = m_session->grant()->directoryRoles();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && panel->principalId() == VmBatch, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectRole(u"Directory Readers"_s), 20000);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"assign"_s), Qt::LeftButton);
    ie::ui::GrantReviewDialog *review = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((review = panel->findChild<ie::ui::GrantReviewDialog *>())
                                     && review->isVisible(),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(!area->tierScan()->isRunning(), 20000);
    QSignalSpy rescanned(area->tierScan(), &ie::models::IdentityTierScan::finished);
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(card().contains(u"Directory Readers"_s), 20000);
    // The tree's tier marks are checked again after the change.
    QTRY_VERIFY_WITH_TIMEOUT(rescanned.size() >= 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);

    // Revoke on the card: the panel's review opens, and once it ran the card no longer lists it.
    QPushButton *revoke = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto m = area->capabilities();
                for (int r = 0; r < m->rowCount(); ++r) {
                    if (!m->index(r).data().toString().contains(u"Directory Readers"_s))
                        continue;
                    const QString id = m->permission(r).assignmentId;
                    for (QPushButton *b :
                         area->card()->findChildren<QPushButton *>(u"cardRevoke"_s)) {
                        if (b->property("assignmentId").toString() == id)
                            revoke = b;
                    }
                }
                return revoke != nullptr;
            }(),
            20000);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT((review = panel->findChild<ie::ui::GrantReviewDialog *>())
                                     && review->isVisible(),
                             10000);
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!card().contains(u"Directory Readers"_s), 20000);
    QVERIFY(m_session->auditLog()->records().constLast().action.contains(u"remove"_s));

    // A kind that cannot be read is said as unknown, never "nothing".
    QVERIFY(m_sandbox->server().faults().addSpec(
            u"graph:/v1.0/roleManagement/directory/roleAssignments*=500:0"_s));
    auto clear = qScopeGuard([this] { m_sandbox->server().faults().clear(); });
    m_session->grant()->permissionStore()->clear();
    area->selectIdentity(buildPipeline);
    area->selectIdentity(VmBatch);
    QTRY_VERIFY_WITH_TIMEOUT(card().contains(u"Could not read Entra directory roles"_s), 30000);
    QVERIFY2(!area->card()->verdictText().contains(u"Nothing"_s), qPrintable(card()));
}

// Inspect token and Get token each say whose token the inspector shows and how it was made.
void TestSession::tokensSayWhoseAndWhere()
{
    QTRY_VERIFY_WITH_TIMEOUT(treeLoaded(), 20000);
    ie::ui::TokenInspectorWidget *inspector = m_session->inspector();
    QVERIFY(m_session->identities()->selectObjectId(VmBatch));
    auto *inspect = m_session->identities()->findChild<QPushButton *>(u"inspectToken"_s);
    QTRY_VERIFY(inspect->isEnabled());
    QTest::mouseClick(inspect, Qt::LeftButton);
    QTRY_VERIFY(inspector->token().has_value());
    QCOMPARE(inspector->token()->payload.value("oid"_L1).toString(), VmBatch);
    const QString minted = inspector->provenanceText();
    QVERIFY2(minted.startsWith(u"Minted by the sandbox for vm-batch-01"_s), qPrintable(minted));
    QVERIFY(minted.contains(u"No credential of the identity was used"_s));
    // Get token: the signed-in principal's, for the chosen audience.
    inspector->clear();
    QTest::mouseClick(inspector->findChild<QPushButton *>(u"getToken"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(inspector->token().has_value(), 20000);
    const QString fetched = inspector->provenanceText();
    QVERIFY2(fetched.contains(u"sandbox admin app"_s), qPrintable(fetched));
    QVERIFY(!fetched.contains(u"whoever is signed in"_s));
}

// The lookup's snippets name the identity selected in the tree and the signed-in cloud's Graph
// and ARM, not placeholders and public Azure.
void TestSession::snippetsGrantToTheSelectedIdentityOnThisCloud()
{
    QTRY_VERIFY_WITH_TIMEOUT(treeLoaded(), 20000);
    QVERIFY(m_session->identities()->selectObjectId(VmBatch));
    ie::ui::GuidLookupWidget *lookup = m_session->lookup();
    auto snippet = [lookup](const QString &id) {
        const auto *page = lookup->findChild<QTabWidget *>(u"snippets"_s)
                                   ->findChild<QWidget *>(u"snippet-"_s + id);
        return page ? page->findChild<QPlainTextEdit *>(u"snippetText"_s)->toPlainText()
                    : QString();
    };
    lookup->setQuery(u"Mail.Send"_s);
    QTRY_VERIFY(lookup->currentEntry());
    const QString graph = m_sandbox->server().cloud().graphUrl.toString();
    const QString curl = snippet(u"curl"_s);
    QVERIFY2(curl.contains(VmBatch), qPrintable(curl));
    QVERIFY(curl.contains(u"to the identity vm-batch-01"_s));
    QVERIFY(curl.contains(graph + u"/v1.0/servicePrincipals/"_s + VmBatch));
    QVERIFY(!curl.contains(u"graph.microsoft.com"_s));
    QVERIFY(!curl.contains(u"<principal-object-id>"_s));
    lookup->setQuery(u"Reader"_s);
    QTRY_VERIFY(lookup->currentEntry() && lookup->currentEntry()->value == u"Reader"_s);
    const QString rbac = snippet(u"curl-rbac"_s);
    QVERIFY2(rbac.contains(m_sandbox->server().cloud().armUrl.toString()), qPrintable(rbac));
    QVERIFY(rbac.contains(VmBatch));
    // Another identity selected: the snippets follow.
    const QString shared = u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s;
    QVERIFY(m_session->identities()->selectObjectId(shared));
    QTRY_VERIFY(snippet(u"curl-rbac"_s).contains(shared));
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
