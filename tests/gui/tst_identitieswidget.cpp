#include "catalog/catalog.h"
#include "columnwidths.h"
#include "identitieswidget.h"
#include "identityitemdelegate.h"
#include "tierstyle.h"
#include "models/identitydetailsloader.h"
#include "models/identityfiltermodel.h"
#include "models/identityloader.h"
#include "models/identitytierscan.h"
#include "models/identitytreemodel.h"
#include "capabilitycard.h"
#include "grantwidget.h"
#include "models/capabilitymodel.h"
#include "models/heldchange.h"
#include "permissions/permissionstore.h"
#include "sandbox/faultinjector.h"
#include "sandboxfixture.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;
using ie::models::IdentityLoader;
using ie::models::IdentityTreeModel;

namespace {
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;
// Microsoft Entra Agent ID in the sandbox (resources/sandbox/contoso.json, docs/agents.md).
const QString BlueprintAppId = u"b10e9a11-0002-4c2d-8e3f-a1b2c3d4e5f6"_s;
const QString BlueprintPrincipalId = u"b10e9a11-0003-4c2d-8e3f-a1b2c3d4e5f6"_s;
const QString AgentEmea = u"a9e47000-0001-4d5e-8f60-718293a4b5c6"_s;
const QString AgentAmericas = u"a9e47000-0002-4d5e-8f60-718293a4b5c6"_s;
} // namespace

namespace {
// The verdict and every line of the card, as shown (HTML).
QString cardText(const ie::ui::IdentitiesWidget &w)
{
    QStringList out{w.card()->verdictText()};
    for (const QLabel *l : w.card()->findChildren<QLabel *>(u"cardLine"_s))
        out << l->text();
    return out.join(u'\n');
}
} // namespace

class TestIdentitiesWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadFilterSelectReadDetails();
    void reloadKeepsSelection();
    void detailsCredentialsRolesFederatedAndActions();
    void detailsShowTheRegistrationsCertificates();
    void failedPageSaysIncompleteAndRetries();
    void detailsShowHeldRoles();
    void tenantSearchIsAVisibleMode();
    void tierZeroHoldersAreLoud();
    void columnsViewNamesFirstIdsLast();
    void portalOnTheSandboxSaysWhyNothingOpened();
    void tierMarksFollowGrants();
    void filterWithoutMatchSaysSoAndEscRestores();
    void agentIdSectionLinksAgentsAndBlueprint();
    void agentIdSectionNeverShowsThePreviousIdentity();
    void agentIdSponsorsDeniedIsExplained();

private:
    ie::test::SandboxFixture m_sandbox;
};

void TestIdentitiesWidget::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestIdentitiesWidget::loadFilterSelectReadDetails()
{
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.resize(1000, 700);
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    auto *state = w.findChild<QLabel *>(u"loadState"_s);
    QVERIFY(state->text().contains(u"31"_s));
    auto *tree = w.findChild<QTreeView *>(u"identities"_s);

    // A first look shows the kinds inside each group, not two closed folders.
    QCOMPARE(w.filterModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY2(tree->isExpanded(w.filterModel()->index(row, 0)),
                 qPrintable(w.filterModel()->index(row, 0).data().toString()));

    auto *filter = w.findChild<QLineEdit *>(u"filter"_s);
    QTest::keyClicks(filter, u"vm-batch"_s);
    // Only managed identities match: vm-batch-01 itself (Managed identities > System-assigned >
    // Virtual machines) and the user-assigned identities it uses.
    QCOMPARE(w.filterModel()->rowCount(), 1);
    const QModelIndex vm = w.filterModel()->mapFromSource(
            w.model()->indexOfObjectId(u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s));
    QVERIFY(vm.isValid());
    QCOMPARE(vm.data().toString(), u"vm-batch-01"_s);
    QVERIFY(vm.parent().data().toString().startsWith(u"Virtual machines"_s));
    QCOMPARE(w.filterModel()->rowCount(
                     w.filterModel()->mapFromSource(w.model()->groupIndex(u"user-assigned"_s))),
             2);
    tree->setCurrentIndex(vm);
    auto *details = w.findChild<QTextBrowser *>(u"details"_s);
    const QString text = details->toPlainText();
    QVERIFY(text.contains(u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s)); // object id
    QVERIFY(text.contains(u"a5b6c7d8-0003-4e9f-8a0b-c1d2e3f4a5b6"_s)); // app id
    QVERIFY(text.contains(u"virtualMachines/vm-batch-01"_s));
    QVERIFY(text.contains(u"ARM confirms the resource."_s));

    // Icons per kind: a group and a system-assigned identity each their own.
    const QIcon vmIcon = ie::ui::IdentityItemDelegate::iconFor(vm, tree->style());
    QVERIFY(!vmIcon.isNull());
    const QIcon groupIcon = ie::ui::IdentityItemDelegate::iconFor(vm.parent(), tree->style());
    QVERIFY(groupIcon.pixmap(16).toImage() != vmIcon.pixmap(16).toImage());
    QVERIFY(!vmIcon.pixmap(16).isNull());

    // The column view shows the ids as columns, sortable.
    w.findChild<QCheckBox *>()->setChecked(true);
    QVERIFY(!tree->isColumnHidden(ie::models::IdentityTreeModel::ObjectIdColumn));

    // The orphan says so.
    filter->setText(u"decommissioned"_s);
    QVERIFY(w.selectObjectId(u"f4a5b6c7-00ff-4d8e-9f0a-b1c2d3e4f5a6"_s));
    QVERIFY(details->toPlainText().contains(u"Orphaned"_s));
}

void TestIdentitiesWidget::reloadKeepsSelection()
{
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    const QString shared = u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s;
    QVERIFY(w.selectObjectId(shared));
    w.reload();
    QVERIFY(!w.currentIdentity()); // the rows are being loaded again
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    QVERIFY(w.currentIdentity());
    QCOMPARE(w.currentIdentity()->objectId, shared);
    QVERIFY(w.findChild<QTextBrowser *>(u"details"_s)->toPlainText().contains(shared));
}

// An application's service principal: the certificates and secrets of its app registration
// (Graph application), with thumbprint and validity; the expired one and the one ending within 30
// days marked in words (and colour). A managed identity has no registration section.
void TestIdentitiesWidget::detailsShowTheRegistrationsCertificates()
{
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    auto *details = w.findChild<QTextBrowser *>(u"details"_s);
    w.selectIdentity(u"b1a2c3d4-0003-4e5f-8a9b-c0d1e2f3a4b5"_s); // Contoso Build Pipeline
    QTRY_VERIFY_WITH_TIMEOUT(w.detailsLoader()->isFinished(), 20000);
    QVERIFY(w.detailsLoader()->details().applicationError.isEmpty());
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(u"Certificates & secrets of the app registration"_s), qPrintable(text));
    const auto lineWith = [&text](const QString &name) {
        const qsizetype at = text.indexOf(name);
        return at < 0 ? QString() : text.mid(at, text.indexOf(u'\n', text.indexOf(u'\n', at) + 1) - at);
    };
    QVERIFY2(lineWith(u"CN=build-pipeline-2025"_s).contains(u"EXPIRED"_s), qPrintable(text));
    QVERIFY2(lineWith(u"CN=build-pipeline-2026"_s).contains(u"expires soon"_s), qPrintable(text));
    QVERIFY(!lineWith(u"CN=build-pipeline-2026"_s).contains(u"EXPIRED"_s));
    QVERIFY2(lineWith(u"release secret"_s).contains(u"valid 2026-06-01 to 2028-06-01"_s), qPrintable(text));
    QVERIFY(!lineWith(u"release secret"_s).contains(u"expires soon"_s));
    QVERIFY(text.contains(u"3A7F1C9E5B2D4E6F8A0B1C2D3E4F5A6B7C8D9E0F"_s)); // thumbprint
    const QString html = details->toHtml();
    QVERIFY(html.contains(u"#b00020"_s) && html.contains(u"#8a5a00"_s));

    w.selectIdentity(u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s); // a user-assigned identity
    QTRY_VERIFY_WITH_TIMEOUT(w.detailsLoader()->isFinished(), 20000);
    QVERIFY(!details->toPlainText().contains(u"app registration"_s));
}

void TestIdentitiesWidget::detailsCredentialsRolesFederatedAndActions()
{
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.show();
    QSignalSpy current(&w, &ie::ui::IdentitiesWidget::currentIdentityChanged);
    QSignalSpy grant(&w, &ie::ui::IdentitiesWidget::grantRequested);
    QSignalSpy inspect(&w, &ie::ui::IdentitiesWidget::inspectTokenRequested);
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    auto *details = w.findChild<QTextBrowser *>(u"details"_s);

    // A user-assigned identity: its certificate, its federated credentials, where it is used.
    const QString shared = u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s;
    w.selectIdentity(shared);
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().value(0).toString(), shared);
    QCOMPARE(current.first().value(1).toString(), u"id-orders-shared"_s);
    QTRY_VERIFY_WITH_TIMEOUT(w.detailsLoader()->isFinished(), 20000);
    QString text = details->toPlainText();
    QVERIFY2(text.contains(u"Certificate"_s) && text.contains(u"expires 2027-01-20"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"Federated identity credentials"_s));
    QVERIFY(text.contains(u"repo:contoso/orders:ref:refs/heads/main"_s));
    QVERIFY(text.contains(u"https://token.actions.githubusercontent.com"_s));
    QVERIFY(text.contains(u"api://AzureADTokenExchange"_s));
    QVERIFY(text.contains(u"/virtualMachines/vm-batch-01"_s)); // attached to
    QVERIFY(w.portalUrl().toString().contains(u"/resource/subscriptions/"_s));
    QVERIFY(w.portalUrl().toString().endsWith(
            u"/userAssignedIdentities/id-orders-shared/overview"_s));

    // Copy links: the first copies the object id.
    Q_EMIT details->anchorClicked(QUrl(u"copy:0"_s));
    QCOMPARE(QApplication::clipboard()->text(), shared);
    w.findChild<QPushButton *>(u"grant"_s)->click();
    QCOMPARE(grant.size(), 1);
    QCOMPARE(grant.first(), (QList<QVariant>{shared, u"id-orders-shared"_s}));
    w.findChild<QPushButton *>(u"inspectToken"_s)->click();
    QCOMPARE(inspect.size(), 1);
    QCOMPARE(inspect.first().value(0).toString(), shared);

    // An application: the app roles it exposes, with their descriptions.
    w.selectIdentity(u"b1a2c3d4-0001-4e5f-8a9b-c0d1e2f3a4b5"_s);
    QTRY_VERIFY_WITH_TIMEOUT(w.detailsLoader()->isFinished(), 20000);
    text = details->toPlainText();
    QVERIFY2(text.contains(u"App roles it exposes"_s), qPrintable(text));
    QVERIFY(text.contains(u"Orders.Read.All"_s));
    QVERIFY(text.contains(u"Allows the app to read every order without a signed-in user."_s));
    // Its federated credentials live on the app registration, not on an ARM resource.
    QVERIFY(text.contains(u"Federated identity credentials (app registration)"_s));
    QVERIFY(!text.contains(u"Loading federated identity credentials"_s));
    QVERIFY(w.portalUrl().toString().contains(
            u"ManagedAppMenuBlade/~/Overview/objectId/b1a2c3d4-0001-4e5f-8a9b-c0d1e2f3a4b5/appId/3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9"_s));
}

void TestIdentitiesWidget::failedPageSaysIncompleteAndRetries()
{
    // A small page size makes the 31 identities two pages; the second fails for good.
    QVERIFY(m_sandbox.server().faults().addSpec(
            u"graph:/v1.0/servicePrincipals*skiptoken*=503:0@4"_s));
    auto clear = qScopeGuard([this] { m_sandbox.server().faults().clear(); });
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.show();
    w.loader()->setPageSize(20);
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Incomplete, 30000);
    auto *state = w.findChild<QLabel *>(u"loadState"_s);
    auto *retry = w.findChild<QPushButton *>(u"retry"_s);
    QVERIFY2(state->text().contains(u"incomplete (20 loaded)"_s), qPrintable(state->text()));
    QVERIFY(retry->isVisible());
    QCOMPARE(w.model()->identityCount(), 20);
    retry->click();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 30000);
    QCOMPARE(w.model()->identityCount(), 31);
    QVERIFY(!retry->isVisible());
    QCOMPARE(state->text(), u"31 identities."_s);
}

// The card shows what the identity holds, from the store the grant panels share: app roles and
// Azure roles; a part ARM refuses is said, never passed off as "nothing".
void TestIdentitiesWidget::detailsShowHeldRoles()
{
    ie::catalog::Catalog catalog;
    QVERIFY(catalog.loadBundled());
    ie::ui::GrantWidget grants(&m_sandbox.client(), &catalog, nullptr);
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.setCatalog(&catalog);
    w.setPermissionStore(grants.permissionStore());
    w.resize(1000, 700);
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    // func-timer holds User.Read.All on Microsoft Graph, and Azure roles of its own.
    const QString funcTimer = u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s;
    QVERIFY(w.selectObjectId(funcTimer));
    QTRY_VERIFY_WITH_TIMEOUT(w.capabilities()->isComplete(), 20000);
    const QString text = cardText(w);
    QVERIFY2(text.contains(u"User.Read.All on Microsoft Graph"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Azure roles: "_s), qPrintable(text));

    // A 403 from ARM on its subscriptions says so, and the app roles still show.
    QVERIFY(m_sandbox.server().faults().addSpec(u"arm:*/roleAssignments*=403"_s));
    auto clearFaults = qScopeGuard([&] { m_sandbox.server().faults().clear(); });
    grants.permissionStore()->clear();
    QVERIFY(w.selectObjectId(u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s)); // vm-batch-01
    QVERIFY(w.selectObjectId(funcTimer));
    QTRY_VERIFY_WITH_TIMEOUT(w.capabilities()->isComplete(), 20000);
    const QString denied = cardText(w);
    QVERIFY2(denied.contains(u"User.Read.All"_s) && denied.contains(u"403"_s), qPrintable(denied));
    QVERIFY2(!w.card()->verdictText().contains(u">Nothing tier 0 or tier 1<"_s),
             qPrintable(w.card()->verdictText()));
}

// Every group of the tree shows at least one identity (no "User-assigned (0)" left over).
static void verifyNoEmptyGroup(const QAbstractItemModel *m, const QModelIndex &parent = {})
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (!i.data(ie::models::IdentityTreeModel::IsGroupRole).toBool())
            continue;
        QVERIFY2(m->rowCount(i) > 0, qPrintable(i.data().toString()));
        verifyNoEmptyGroup(m, i);
    }
}

void TestIdentitiesWidget::tenantSearchIsAVisibleMode()
{
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.resize(1000, 700);
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    const int all = w.model()->identityCount();
    auto *bar = w.findChild<QWidget *>(u"searchBar"_s);
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());
    verifyNoEmptyGroup(w.filterModel());

    // "Search tenant": the tree holds only the matches, and says so.
    auto *filter = w.findChild<QLineEdit *>(u"filter"_s);
    filter->setText(u"vm-batch"_s);
    w.findChild<QPushButton *>(u"searchTenant"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    QVERIFY(w.model()->identityCount() < all);
    QVERIFY(bar->isVisible());
    const QString said = w.findChild<QLabel *>(u"searchBarText"_s)->text();
    QVERIFY2(said.contains(u"Showing search results for"_s) && said.contains(u"vm-batch"_s),
             qPrintable(said));

    // Clearing the words brings the whole tenant back, with no empty group left.
    filter->clear();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    QCOMPARE(w.model()->identityCount(), all);
    QVERIFY(!bar->isVisible());
    verifyNoEmptyGroup(w.filterModel());

    // "Show all" does the same and keeps the selection.
    filter->setText(u"vm-batch"_s);
    w.findChild<QPushButton *>(u"searchTenant"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(w.selectObjectId(u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    QVERIFY(bar->isVisible());
    w.findChild<QPushButton *>(u"showAll"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    QCOMPARE(w.model()->identityCount(), all);
    QVERIFY(!bar->isVisible());
    QVERIFY(filter->text().isEmpty());
    QVERIFY(w.currentIdentity());
    QCOMPARE(w.currentIdentity()->objectId, u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s);
    verifyNoEmptyGroup(w.filterModel());
}

// The Columns view gives its width to the names; the full ids go last, elided in the middle.
void TestIdentitiesWidget::columnsViewNamesFirstIdsLast()
{
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.resize(1400, 900);
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    w.findChild<QCheckBox *>(u"columns"_s)->setChecked(true);
    auto *tree = w.findChild<QTreeView *>(u"identities"_s);
    QHeaderView *header = tree->header();
    QVERIFY(!header->isHidden());
    QCOMPARE(header->visualIndex(IdentityTreeModel::NameColumn), 0);
    QCOMPARE(header->visualIndex(IdentityTreeModel::AppIdColumn), header->count() - 2);
    QCOMPARE(header->visualIndex(IdentityTreeModel::ObjectIdColumn), header->count() - 1);
    QTest::qWait(20);
    for (int c = 1; c < header->count(); ++c)
        QVERIFY2(header->sectionSize(IdentityTreeModel::NameColumn) > header->sectionSize(c),
                 qPrintable(u"column %1: %2 vs name %3 of %4"_s.arg(c).arg(header->sectionSize(c)).arg(header->sectionSize(IdentityTreeModel::NameColumn)).arg(tree->viewport()->width())));
    QVERIFY(w.selectObjectId(VmBatch));
    const QModelIndex id = tree->currentIndex().siblingAtColumn(IdentityTreeModel::ObjectIdColumn);
    QCOMPARE(id.data().toString(), VmBatch);
    auto *delegate = dynamic_cast<ie::ui::columnwidths::ElideMiddleDelegate *>(
            tree->itemDelegateForColumn(IdentityTreeModel::ObjectIdColumn));
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    delegate->initStyleOption(&option, id);
    QCOMPARE(option.textElideMode, Qt::ElideMiddle);
    QCOMPARE(option.text, VmBatch); // whole: only the painting elides
}

// "Open in Azure portal" on the sandbox opens nothing and says why.
void TestIdentitiesWidget::portalOnTheSandboxSaysWhyNothingOpened()
{
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    QVERIFY(w.selectObjectId(VmBatch));
    QSignalSpy status(&w, &ie::ui::IdentitiesWidget::statusMessage);
    auto *portal = w.findChild<QPushButton *>(u"openPortal"_s);
    QVERIFY(portal && portal->isEnabled());
    portal->click();
    QCOMPARE(status.size(), 1);
    QVERIFY2(status.first().first().toString().startsWith(u"Nothing opened: the sandbox tenant"_s),
             qPrintable(status.first().first().toString()));
}

void TestIdentitiesWidget::tierZeroHoldersAreLoud()
{
    ie::catalog::Catalog catalog;
    QVERIFY(catalog.loadBundled());
    ie::ui::GrantWidget grants(&m_sandbox.client(), &catalog, nullptr);
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.setCatalog(&catalog);
    w.setPermissionStore(grants.permissionStore());
    w.resize(1000, 700);
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    // Contoso Build Pipeline holds Application.ReadWrite.All on Graph (tier 0 in the tier data:
    // it can add a secret to any application) and Contributor on a subscription.
    const QString pipeline = u"b1a2c3d4-0003-4e5f-8a9b-c0d1e2f3a4b5"_s;
    const QModelIndex source = w.model()->indexOfObjectId(pipeline);
    QVERIFY(source.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(source.data(ie::models::IdentityTreeModel::TierRole).toInt(), 0,
                              20000);
    QVERIFY(!w.tierScan()->isRunning());
    const QStringList reasons
            = source.data(ie::models::IdentityTreeModel::TierReasonsRole).toStringList();
    QVERIFY2(reasons.contains(u"Application.ReadWrite.All on Microsoft Graph"_s),
             qPrintable(reasons.join(u" | "_s)));
    QVERIFY(source.data(Qt::ToolTipRole).toString().contains(u"Tier 0"_s));
    // An identity that holds only its own tenant's app role is not marked.
    const QModelIndex plain = w.model()->indexOfObjectId(u"f4a5b6c7-0002-4d8e-9f0a-b1c2d3e4f5a6"_s);
    QCOMPARE(plain.data(ie::models::IdentityTreeModel::TierRole).toInt(), -1);

    // In the tree: the word first, bold, in the danger colour.
    auto *tree = w.findChild<QTreeView *>(u"identities"_s);
    auto *delegate = qobject_cast<ie::ui::IdentityItemDelegate *>(tree->itemDelegate());
    QVERIFY(delegate);
    const QModelIndex shown = w.filterModel()->mapFromSource(source);
    QStyleOptionViewItem option;
    option.initFrom(tree);
    option.widget = tree;
    delegate->styleOptionFor(&option, shown);
    QVERIFY2(option.text.startsWith(u"TIER 0  "_s), qPrintable(option.text));
    QVERIFY(option.text.endsWith(u"Contoso Build Pipeline"_s));
    QCOMPARE(option.palette.color(QPalette::Text), ie::ui::tierstyle::danger(tree->palette()));
    QVERIFY(option.font.bold());
    QStyleOptionViewItem plainOption;
    plainOption.initFrom(tree);
    plainOption.widget = tree;
    delegate->styleOptionFor(&plainOption, w.filterModel()->mapFromSource(plain));
    QVERIFY(!plainOption.text.contains(u"TIER"_s, Qt::CaseInsensitive));

    // On the card: the verdict in the danger colour, the line leading with the tier.
    QVERIFY(w.selectObjectId(pipeline));
    QTRY_VERIFY_WITH_TIMEOUT(w.capabilities()->isComplete(), 20000);
    const QString verdict = w.card()->verdictText();
    QVERIFY2(verdict.contains(
                     u"Tier 0: can make itself Global Administrator through Application.ReadWrite.All"_s),
             qPrintable(verdict));
    QVERIFY(verdict.contains(ie::ui::tierstyle::danger(w.card()->palette()).name(),
                             Qt::CaseInsensitive));
    const QString text = cardText(w);
    QVERIFY2(text.indexOf(u"TIER 0"_s) < text.indexOf(u"Application.ReadWrite.All on"_s),
             qPrintable(text));
}
// A grant or revoke from the grant panels (GrantWidget::heldChanged, wired to
// followHeldChange) re-marks the tree: the identity that now holds a tier-0 role is marked,
// and unmarked once it is revoked.
void TestIdentitiesWidget::tierMarksFollowGrants()
{
    ie::catalog::Catalog catalog;
    QVERIFY(catalog.loadBundled());
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.setCatalog(&catalog);
    w.resize(1000, 700);
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    const QString plain = u"f4a5b6c7-0002-4d8e-9f0a-b1c2d3e4f5a6"_s;
    const QModelIndex source = w.model()->indexOfObjectId(plain);
    QVERIFY(source.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(!w.tierScan()->isRunning(), 20000);
    QCOMPARE(source.data(ie::models::IdentityTreeModel::TierRole).toInt(), -1);

    // RoleManagement.ReadWrite.Directory on Microsoft Graph: tier 0.
    const QJsonObject body{{u"principalId"_s, plain},
                           {u"resourceId"_s, u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s},
                           {u"appRoleId"_s, u"9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8"_s}};
    std::optional<ie::Result<ie::net::HttpResponse>> granted;
    m_sandbox.client().send(
            ie::net::HttpRequest::json(
                    "POST",
                    m_sandbox.graph(u"/servicePrincipals/%1/appRoleAssignments"_s.arg(plain)),
                    QJsonDocument(body)),
            this, [&granted](const ie::Result<ie::net::HttpResponse> &r) { granted = r; });
    QTRY_VERIFY_WITH_TIMEOUT(granted.has_value(), 20000);
    QVERIFY(granted->ok());
    QCOMPARE(granted->value().status, 201);
    const QString assignment
            = QJsonDocument::fromJson(granted->value().body).object().value(u"id"_s).toString();
    ie::models::HeldChange change;
    change.principalId = plain;
    change.appRolesAdded.insert(assignment.toLower());
    w.followHeldChange(change);
    QTRY_COMPARE_WITH_TIMEOUT(source.data(ie::models::IdentityTreeModel::TierRole).toInt(), 0,
                              20000);

    std::optional<ie::Result<ie::net::HttpResponse>> revoked;
    ie::net::HttpRequest remove = ie::net::HttpRequest::get(m_sandbox.graph(
            u"/servicePrincipals/%1/appRoleAssignments/%2"_s.arg(plain, assignment)));
    remove.method = "DELETE";
    m_sandbox.client().send(
            remove, this, [&revoked](const ie::Result<ie::net::HttpResponse> &r) { revoked = r; });
    QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 20000);
    QVERIFY(revoked->ok());
    ie::models::HeldChange removal;
    removal.principalId = plain;
    removal.appRolesRemoved.insert(assignment.toLower());
    w.followHeldChange(removal);
    QTRY_COMPARE_WITH_TIMEOUT(source.data(ie::models::IdentityTreeModel::TierRole).toInt(), -1,
                              20000);
}

namespace {
// The group keys of the expanded groups, depth first.
QStringList expandedGroups(const QTreeView *tree, const QModelIndex &parent = {})
{
    QStringList out;
    const QAbstractItemModel *model = tree->model();
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (!i.data(ie::models::IdentityTreeModel::IsGroupRole).toBool())
            continue;
        if (tree->isExpanded(i))
            out << i.data(ie::models::IdentityTreeModel::GroupKeyRole).toString();
        out << expandedGroups(tree, i);
    }
    return out;
}
} // namespace

// A filter that matches nothing says so (not an empty tree of empty groups); Esc in the filter
// clears it and the tree comes back as it was, groups open where they were open.
void TestIdentitiesWidget::filterWithoutMatchSaysSoAndEscRestores()
{
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.resize(1000, 700);
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    auto *tree = w.findChild<QTreeView *>(u"identities"_s);
    auto *filter = w.findChild<QLineEdit *>(u"filter"_s);
    QVERIFY(tree && filter);
    // Open one nested group by hand, as a person does.
    QVERIFY(w.selectObjectId(u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s));
    const QStringList before = expandedGroups(tree);
    QVERIFY2(before.size() >= 3, qPrintable(before.join(u", "_s)));
    auto *noMatch = w.findChild<QLabel *>(u"noMatch"_s);
    QVERIFY(noMatch);
    QVERIFY(!noMatch->isVisible());

    filter->setFocus();
    QTest::keyClicks(filter, u"zzqx-nothing-like-it"_s);
    QCOMPARE(w.filterModel()->matchCount(), 0);
    QVERIFY(noMatch->isVisible());
    QVERIFY2(noMatch->text().contains(u"zzqx-nothing-like-it"_s), qPrintable(noMatch->text()));
    QVERIFY(noMatch->text().contains(u"Esc"_s));

    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(filter->text().isEmpty());
    QVERIFY(!noMatch->isVisible());
    QCOMPARE(expandedGroups(tree), before);

    // A filter that matches hides the note, and Esc restores the groups from it too.
    QTest::keyClicks(filter, u"vm-batch"_s);
    QVERIFY(w.filterModel()->matchCount() > 0);
    QVERIFY(!noMatch->isVisible());
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(expandedGroups(tree), before);
}

QTEST_MAIN(TestIdentitiesWidget)
// The "Agent ID" section: an agent names its blueprint, links to the blueprint principal and
// lists what it inherits (User.Read and Mail.Read, not the Calendars.Read that is consented but
// not inheritable); the blueprint principal lists both agents, each a link that selects it.
void TestIdentitiesWidget::agentIdSectionLinksAgentsAndBlueprint()
{
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    auto *details = w.findChild<QTextBrowser *>(u"details"_s);
    QVERIFY(w.selectObjectId(AgentEmea));
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(u"Inherits"_s), 20000);
    QString text = details->toPlainText();
    QVERIFY2(text.contains(u"Agent ID"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Contoso Support Agent Blueprint"_s), qPrintable(text));
    QVERIFY2(text.contains(BlueprintAppId), qPrintable(text));
    QVERIFY2(text.contains(u"User.Read on Microsoft Graph (inherited from the blueprint)"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Mail.Read on Microsoft Graph (inherited from the blueprint)"_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"Calendars.Read"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Not shown"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Megan Bowen"_s), qPrintable(text)); // its sponsor
    QVERIFY2(!text.contains(u"Lidia Holloway"_s), qPrintable(text)); // the other agent's

    // The blueprint principal link selects it.
    const QString link = u"select:"_s + BlueprintPrincipalId;
    QVERIFY2(details->toHtml().contains(link), qPrintable(details->toHtml()));
    Q_EMIT details->anchorClicked(QUrl(link));
    QVERIFY(w.currentIdentity());
    QCOMPARE(w.currentIdentity()->objectId, BlueprintPrincipalId);

    // Its agents, both, each a link.
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(u"Agent identities"_s), 20000);
    text = details->toPlainText();
    QVERIFY2(text.contains(u"Support Agent (EMEA)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Support Agent (Americas)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Contoso Support Agent Blueprint"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Inherits"_s), qPrintable(text));
    const QString agentLink = u"select:"_s + AgentAmericas;
    QVERIFY(details->toHtml().contains(agentLink));
    QVERIFY(details->toHtml().contains(u"select:"_s + AgentEmea));
    Q_EMIT details->anchorClicked(QUrl(agentLink));
    QCOMPARE(w.currentIdentity()->objectId, AgentAmericas);
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(u"Inherits"_s), 20000);
    QVERIFY(details->toPlainText().contains(u"Support Agent (Americas)"_s));
    QVERIFY(details->toPlainText().contains(u"Megan Bowen, Lidia Holloway"_s));

    // Another kind of identity has no Agent ID section.
    QVERIFY(w.selectObjectId(VmBatch));
    QVERIFY(!details->toPlainText().contains(u"Agent ID"_s));
}

// A slow answer for the agent selected first never lands on the identity selected after it.
void TestIdentitiesWidget::agentIdSectionNeverShowsThePreviousIdentity()
{
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    QVERIFY(m_sandbox.server().faults().addSpec(
            u"graph:/v1.0/servicePrincipals/%1/*=latency:1500"_s.arg(AgentEmea)));
    auto clear = qScopeGuard([this] { m_sandbox.server().faults().clear(); });
    auto *details = w.findChild<QTextBrowser *>(u"details"_s);
    QStringList shown;
    connect(details, &QTextBrowser::textChanged, details,
            [&] { shown << details->toPlainText(); });

    QVERIFY(w.selectObjectId(AgentEmea));
    QTest::qWait(100);
    QVERIFY(w.selectObjectId(BlueprintPrincipalId));
    shown.clear();
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(u"Agent identities"_s), 20000);
    QTest::qWait(2500); // the slow answers for the first agent come in now
    QVERIFY(details->toPlainText().contains(u"Agent identities"_s));
    for (const QString &t : std::as_const(shown)) {
        QVERIFY2(!t.contains(u"Inherits"_s), qPrintable(t));
        QVERIFY2(!t.contains(u"Sponsors"_s), qPrintable(t));
    }

    // Agent to agent, quickly: the section is the second agent's (two sponsors), never the
    // first's (one).
    QVERIFY(w.selectObjectId(AgentEmea));
    QTest::qWait(100);
    QVERIFY(w.selectObjectId(AgentAmericas));
    shown.clear();
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(u"Inherits"_s), 20000);
    QTest::qWait(2500);
    QVERIFY(details->toPlainText().contains(u"Megan Bowen, Lidia Holloway"_s));
    for (const QString &t : std::as_const(shown)) {
        if (t.contains(u"Sponsors"_s))
            QVERIFY2(t.contains(u"Megan Bowen, Lidia Holloway"_s), qPrintable(t));
    }
    QCOMPARE(w.currentIdentity()->objectId, AgentAmericas);
}

// Sponsors denied (403): a plain line that says why; the blueprint and inheritance still show.
void TestIdentitiesWidget::agentIdSponsorsDeniedIsExplained()
{
    ie::ui::IdentitiesWidget w(&m_sandbox.client());
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.loader()->state(), IdentityLoader::State::Complete, 20000);
    QVERIFY(m_sandbox.server().faults().addSpec(u"graph:*/sponsors*=403"_s));
    auto clear = qScopeGuard([this] { m_sandbox.server().faults().clear(); });
    auto *details = w.findChild<QTextBrowser *>(u"details"_s);
    QVERIFY(w.selectObjectId(AgentAmericas));
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(u"Inherits"_s), 20000);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(u"Not shown"_s), qPrintable(text));
    QVERIFY2(text.contains(u"AgentIdentity.ReadWrite.All"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Contoso Support Agent Blueprint"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Mail.Read on Microsoft Graph"_s), qPrintable(text));
}

#include "tst_identitieswidget.moc"
