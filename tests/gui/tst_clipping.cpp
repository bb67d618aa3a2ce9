// The screenshot test: each area of the main window (1400×900, as the issue tried it) and each
// dialog (at the size it opens with) in English and in German, with the app's translations loaded
// as the app loads them, shown offscreen; no label, button, placeholder, group title or combo
// box text may be wider or taller than its widget (tests/support/clipcheck). Set
// IE_CLIPCHECK_SHOTS=DIR to keep a picture of each.

#include "clipcheck.h"
#include "sandboxfixture.h"

#include "auth/secretstore.h"
#include "catalog/catalog.h"
#include "core/auditlog.h"
#include "core/translations.h"
#include "graph/grantplan.h"
#include "grantreviewdialog.h"
#include "grantwidget.h"
#include "guidlookupwidget.h"
#include "identitieswidget.h"
#include "mainwindow.h"
#include "models/identityloader.h"
#include "signindialog.h"
#include "tokeninspectorwidget.h"
#include "tokenrecipedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;
const QStringList Languages = {u"en"_s, u"de"_s};

// The app's translators for `language`, as main() installs them, removed again at the end.
class Language
{
public:
    explicit Language(const QString &language)
    {
        ie::installTranslators(*qApp, language);
    }
    ~Language()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }
    Q_DISABLE_COPY_MOVE(Language)
};
} // namespace

class TestClipping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void mainWindowAreas_data();
    void mainWindowAreas();
    void signInDialog_data();
    void signInDialog();
    void grantReview_data();
    void grantReview();
    void tokenRecipe_data();
    void tokenRecipe();

private:
    static void addLanguages(const QStringList &cases);
    void check(QWidget *window, const QString &name);
    ie::test::SandboxFixture m_sandbox;
};

void TestClipping::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestClipping::init()
{
    QSettings().clear();
}

void TestClipping::addLanguages(const QStringList &cases)
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("which");
    for (const QString &language : Languages) {
        for (const QString &c : cases)
            QTest::addRow("%s %s", qPrintable(language), qPrintable(c)) << language << c;
    }
}

void TestClipping::check(QWidget *window, const QString &name)
{
    ie::test::saveShot(window, name);
    const QList<ie::test::Clipping> clipped = ie::test::findClippings(window);
    QVERIFY2(clipped.isEmpty(), qPrintable(u"\n"_s + ie::test::describe(clipped)));
}

void TestClipping::mainWindowAreas_data()
{
    addLanguages({u"identities"_s, u"columns"_s, u"lookup"_s, u"need"_s, u"inspector"_s,
                  u"grant"_s, u"grant azure roles"_s, u"grant directory roles"_s,
                  u"grant audit"_s});
}

void TestClipping::mainWindowAreas()
{
    QFETCH(QString, language);
    QFETCH(QString, which);
    const Language installed(language);
    QTemporaryDir dir;
    ie::AuditLog audit(dir.filePath(u"audit.jsonl"_s));
    ie::catalog::Catalog catalog;
    QVERIFY(catalog.loadBundled().ok());
    ie::ui::MainWindow window(&m_sandbox.client());
    window.setSignInState(u"Contoso (contoso.onmicrosoft.com)"_s,
                          m_sandbox.server().cloud().displayName, u"sandbox admin app"_s);
    // The sandbox banner above the areas, as the session shows it.
    window.setTenantDescription(u"Contoso (contoso.onmicrosoft.com)"_s, true);
    auto *identities = new ie::ui::IdentitiesWidget(&m_sandbox.client());
    identities->setCatalog(&catalog);
    window.setAreaWidget(ie::ui::MainWindow::IdentitiesArea, identities);
    auto *lookup = new ie::ui::GuidLookupWidget(&catalog);
    window.setAreaWidget(ie::ui::MainWindow::LookupArea, lookup);
    auto *inspector = new ie::ui::TokenInspectorWidget(&m_sandbox.client(), &catalog);
    window.setAreaWidget(ie::ui::MainWindow::InspectorArea, inspector);
    auto *grant = new ie::ui::GrantWidget(&m_sandbox.client(), &catalog, &audit);
    grant->setSignedIn(u"sandbox admin app"_s, m_sandbox.server().tenantId(), true);
    window.setAreaWidget(ie::ui::MainWindow::GrantArea, grant);

    identities->reload();
    QTRY_COMPARE_WITH_TIMEOUT(identities->loader()->state(),
                              ie::models::IdentityLoader::State::Complete, 20000);
    QVERIFY(identities->selectObjectId(VmBatch));
    if (which == "inspector"_L1) {
        QString error;
        const QByteArray token = m_sandbox.server().mintTokenFor(
                VmBatch, m_sandbox.server().cloud().graphAudience(), &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        inspector->setTokenText(QString::fromLatin1(token));
    }
    if (which.startsWith("grant"_L1)) {
        grant->setIdentity(VmBatch, u"vm-batch-01"_s);
        // Each tab of the grant area: the panels and the audit record.
        const int tab = which.endsWith("azure roles"_L1)   ? 1
                : which.endsWith("directory roles"_L1) ? 2
                : which.endsWith("audit"_L1)           ? 3
                                                       : 0;
        grant->tabs()->setCurrentIndex(tab);
    }
    if (which == "columns"_L1)
        identities->findChild<QCheckBox *>(u"columns"_s)->setChecked(true);
    if (which == "lookup"_L1)
        lookup->setQuery(u"User.Read.All"_s);
    if (which == "need"_L1) {
        auto *modes = lookup->findChild<QTabWidget *>(u"lookupModes"_s);
        modes->setCurrentIndex(1);
    }
    const QHash<QString, ie::ui::MainWindow::Area> areas
            = {{u"identities"_s, ie::ui::MainWindow::IdentitiesArea},
               {u"columns"_s, ie::ui::MainWindow::IdentitiesArea},
               {u"lookup"_s, ie::ui::MainWindow::LookupArea},
               {u"need"_s, ie::ui::MainWindow::LookupArea},
               {u"inspector"_s, ie::ui::MainWindow::InspectorArea}};
    window.showArea(areas.value(which, ie::ui::MainWindow::GrantArea));
    ie::test::showAtSize(&window, QSize(1400, 900));
    QTest::qWait(500); // the details and the grant panels fill in from the sandbox
    check(&window, u"main-%1-%2"_s.arg(QString(which).replace(u' ', u'-'), language));
}

void TestClipping::signInDialog_data()
{
    addLanguages(ie::ui::SignInDialog::wayNames());
}

void TestClipping::signInDialog()
{
    QFETCH(QString, language);
    QFETCH(QString, which);
    const Language installed(language);
    ie::auth::SecretStore store(u"identity-explorer-test"_s);
    ie::ui::SignInDialog dialog(&m_sandbox.client(), &store);
    dialog.setSandbox(m_sandbox.server().cloud(), m_sandbox.server().tenantId(),
                      m_sandbox.server().adminClientId(), m_sandbox.server().adminClientSecret());
    ie::test::showAtSize(&dialog);
    // As a person gets there: the dialog opens on its first way, and the person looks at every
    // other way before this one.
    auto *way = dialog.findChild<QComboBox *>(u"way"_s);
    for (int i = 0; i < way->count(); ++i) {
        way->setCurrentIndex(i);
        QApplication::processEvents();
    }
    way->setCurrentIndex(way->findData(which));
    ie::test::showAtSize(&dialog);
    check(&dialog, u"signin-%1-%2"_s.arg(which, language));
}

void TestClipping::grantReview_data()
{
    addLanguages({u"app role"_s, u"tier 0"_s, u"azure role"_s});
}

void TestClipping::grantReview()
{
    QFETCH(QString, language);
    QFETCH(QString, which);
    const Language installed(language);
    ie::graph::PlannedChange c;
    c.principalId = VmBatch;
    c.principalName = u"vm-batch-01"_s;
    if (which == "azure role"_L1) {
        c.action = ie::graph::PlannedChange::Action::CreateRoleAssignment;
        c.scope = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/kv-contoso-prod"_s;
        c.roleDefinitionGuid = u"4633458b-17de-408a-b874-0445c86b69e6"_s;
        c.roleName = u"Key Vault Secrets User"_s;
    } else {
        c.resourceId = u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s;
        c.resourceAppId = u"00000003-0000-0000-c000-000000000000"_s;
        c.resourceName = u"Microsoft Graph"_s;
        if (which == "tier 0"_L1) {
            c.appRoleId = u"9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8"_s;
            c.appRoleValue = u"RoleManagement.ReadWrite.Directory"_s;
            c.tier = ie::catalog::Tier::Tier0;
        } else {
            c.appRoleId = u"df021288-bdef-4463-88db-98f22de89214"_s;
            c.appRoleValue = u"User.Read.All"_s;
            c.tier = ie::catalog::Tier::Tier1;
        }
    }
    ie::graph::GrantPlan plan;
    plan.add(c);
    ie::ui::GrantReviewDialog dialog(plan);
    ie::test::showAtSize(&dialog);
    check(&dialog, u"review-%1-%2"_s.arg(which, language));
}

void TestClipping::tokenRecipe_data()
{
    addLanguages({u"recipe"_s});
}

void TestClipping::tokenRecipe()
{
    QFETCH(QString, language);
    const Language installed(language);
    ie::ui::TokenRecipeDialog dialog(
            u"vm-batch-01"_s,
            u"curl -s -H 'Metadata: true' "
            "'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://graph.microsoft.com/'"_s);
    ie::test::showAtSize(&dialog);
    check(&dialog, u"recipe-%1"_s.arg(language));
}

QTEST_MAIN(TestClipping)
#include "tst_clipping.moc"
