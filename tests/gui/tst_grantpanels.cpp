// The grant panels on the offscreen platform against the sandbox: pick, review, confirm, result.
// The end-to-end path: grant User.Read.All to a managed identity through the panel, mint its
// token, see the role, read /v1.0/users; revoke, mint again, get 403.

#include "approlespanel.h"
#include "columnwidths.h"
#include "directoryrolespanel.h"
#include "grantreviewdialog.h"
#include "grantwidget.h"
#include "mintedtokenprovider.h"
#include "rbacpanel.h"
#include "sandboxfixture.h"
#include "tierstyle.h"

#include "arm/roleassignmentclient.h"
#include "catalog/catalog.h"
#include "core/auditlog.h"
#include "models/auditmodel.h"
#include "models/heldapprolemodel.h"
#include "models/heldpermissionmodel.h"
#include "models/roleassignmentmodel.h"
#include "sandbox/tenantstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {

const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;
const QString FuncTimer = u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s;
const QString UnusedUami = u"d2e3f4a5-0003-4b6c-9d7e-8f9a0b1c2d3e"_s;
const QString Sub = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90"_s;
const QString Kv
        = Sub + u"/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/kv-contoso-prod"_s;
const QString GraphAppId = u"00000003-0000-0000-c000-000000000000"_s;

QStringList rolesIn(const QByteArray &jwt)
{
    const QJsonObject claims
            = QJsonDocument::fromJson(QByteArray::fromBase64(jwt.split('.').value(1),
                                                             QByteArray::Base64UrlEncoding))
                      .object();
    QStringList out;
    for (const QJsonValue &v : claims.value("roles"_L1).toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestGrantPanels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void endToEndGrantMintCallRevoke();
    void heldRolesShownAsHeld();
    void heldListsGiveWidthToWhatIsRead();
    void tierColoursAreTheSameEverywhere();
    void tier0NeedsSecondConfirmation();
    void rbacPickConfirmResult();
    void directoryRolePickConfirmResult();
    void auditExport();

private:
    ie::ui::GrantReviewDialog *dialog(QWidget *parent);
    int usersStatus(ie::net::TokenProvider *tokens);

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ie::AuditLog> m_audit;
    std::unique_ptr<ie::catalog::Catalog> m_catalog;
    std::unique_ptr<ie::ui::GrantWidget> m_widget;
};

void TestGrantPanels::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_audit = std::make_unique<ie::AuditLog>(m_dir->filePath(u"audit.jsonl"_s));
    m_catalog = std::make_unique<ie::catalog::Catalog>();
    QVERIFY(m_catalog->loadBundled().ok());
    m_widget = std::make_unique<ie::ui::GrantWidget>(&m_sandbox->client(), m_catalog.get(),
                                                     m_audit.get());
    m_widget->setSignedIn(u"sandbox admin app"_s, m_sandbox->server().tenantId());
    m_widget->resize(1100, 900);
    m_widget->show();
}

void TestGrantPanels::cleanup()
{
    if (m_widget) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_widget->appRoles()->isBusy() && !m_widget->rbac()->isBusy()
                                         && !m_widget->directoryRoles()->isBusy(),
                                 20000);
    }
    m_widget.reset();
    m_catalog.reset();
    m_audit.reset();
    m_dir.reset();
    m_sandbox.reset();
}

ie::ui::GrantReviewDialog *TestGrantPanels::dialog(QWidget *parent)
{
    ie::ui::GrantReviewDialog *d = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
                (d = parent->findChild<ie::ui::GrantReviewDialog *>()) && d->isVisible(), 10000);
    }();
    return d;
}

int TestGrantPanels::usersStatus(ie::net::TokenProvider *tokens)
{
    ie::net::HttpClient client;
    client.setCloud(m_sandbox->server().cloud());
    client.setTokenProvider(tokens);
    std::optional<ie::Result<ie::net::HttpResponse>> r;
    client.send(ie::net::HttpRequest::get(m_sandbox->graph(u"/users"_s)), this,
                [&r](const ie::Result<ie::net::HttpResponse> &x) { r = x; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 20000);
    }();
    return r ? (r->ok() ? r->value().status : r->error().httpStatus) : 0;
}

void TestGrantPanels::endToEndGrantMintCallRevoke()
{
    ie::ui::AppRolesPanel *panel = m_widget->appRoles();
    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    QVERIFY(!rolesIn(vm.mint(true)).contains(u"User.Read.All"_s));
    QCOMPARE(usersStatus(&vm), 403);

    m_widget->setIdentity(VmBatch, u"vm-batch-01"_s);
    auto *resource = panel->findChild<QComboBox *>(u"resource"_s);
    QTRY_VERIFY_WITH_TIMEOUT(resource->count() > 1, 20000);
    // Microsoft Graph first.
    QVERIFY(resource->itemText(0).startsWith(u"Microsoft Graph"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QVERIFY(panel->selectResource(GraphAppId));
    QTest::keyClicks(panel->findChild<QLineEdit *>(u"roleFilter"_s), u"User.Read.All"_s);
    QVERIFY(panel->checkRole(u"User.Read.All"_s));
    QVERIFY(panel->findChild<QLabel *>(u"roleInfo"_s)
                    ->text()
                    .contains(u"df021288-bdef-4463-88db-98f22de89214"_s));
    QTest::mouseClick(panel->findChild<QPushButton *>(u"grant"_s), Qt::LeftButton);

    ie::ui::GrantReviewDialog *review = dialog(panel);
    QVERIFY(review);
    const QString requests = review->findChild<QTextBrowser *>(u"requests"_s)->toPlainText();
    QVERIFY2(requests.contains(u"POST"_s), qPrintable(requests));
    QVERIFY(requests.contains(u"/v1.0/servicePrincipals/%1/appRoleAssignments"_s.arg(VmBatch)));
    QVERIFY(requests.contains(u"the app role (appRoleId): User.Read.All"_s)
            || requests.contains(u"User.Read.All"_s));
    QVERIFY(!review->findChild<QCheckBox *>(u"confirmTier0"_s)->isVisible());
    review->setExportFormat(ie::graph::GrantPlan::Format::Terraform);
    QVERIFY(review->exportText().contains(u"azuread_app_role_assignment"_s));
    // Code reads in a monospace font, and its comment names the identity.
    QCOMPARE(review->findChild<QPlainTextEdit *>(u"export"_s)->font().family(),
             QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY2(review->exportText().section(u'\n', 0, 0).contains(u"the identity vm-batch-01"_s),
             qPrintable(review->exportText()));
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);

    auto *result = panel->findChild<QLabel *>(u"result"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"User.Read.All: granted"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->heldModel()->rowCount(), 1, 20000);
    QVERIFY(panel->findChild<QLabel *>(u"cacheNotice"_s)->isVisible());
    QVERIFY(panel->findChild<QPushButton *>(u"mintFresh"_s)->isVisible());

    // The identity's next token carries the role, and Graph lets it read users.
    QVERIFY(rolesIn(vm.mint(true)).contains(u"User.Read.All"_s));
    QCOMPARE(usersStatus(&vm), 200);

    // Revoke through the panel.
    auto *held = panel->findChild<QTableView *>(u"held"_s);
    held->selectRow(0);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"revoke"_s), Qt::LeftButton);
    review = dialog(panel);
    QVERIFY(review);
    QVERIFY(review->findChild<QTextBrowser *>(u"requests"_s)->toPlainText().contains(u"DELETE"_s));
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"revoked"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->heldModel()->rowCount(), 0, 20000);
    QVERIFY(!rolesIn(vm.mint(true)).contains(u"User.Read.All"_s));
    QCOMPARE(usersStatus(&vm), 403);

    const auto records = m_audit->records();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].action, u"grant-app-role"_s);
    QCOMPARE(records[0].result, u"granted"_s);
    QCOMPARE(records[0].principal, u"sandbox admin app"_s);
    QCOMPARE(records[0].tenantId, m_sandbox->server().tenantId());
    QVERIFY(!records[0].requestId.isEmpty());
    QCOMPARE(records[1].action, u"revoke-app-role"_s);
    // Both name the identity; User.Read.All is not tier 0: no tier-0 confirmation recorded.
    for (const ie::AuditRecord &r : records) {
        QCOMPARE(r.identityDisplayName, u"vm-batch-01"_s);
        QCOMPARE(r.identityObjectId, VmBatch);
        QVERIFY(!r.tier0Confirmed);
        QVERIFY(r.confirmedBy.isEmpty());
    }
    QCOMPARE(m_widget->auditModel()->rowCount(), 2);
    QCOMPARE(m_widget->auditModel()
                     ->index(0, ie::models::AuditModel::Identity)
                     .data()
                     .toString(),
             u"vm-batch-01"_s);
}

void TestGrantPanels::heldRolesShownAsHeld()
{
    ie::ui::AppRolesPanel *panel = m_widget->appRoles();
    m_widget->setIdentity(FuncTimer, u"func-timer-orders"_s);
    auto *resource = panel->findChild<QComboBox *>(u"resource"_s);
    QTRY_VERIFY_WITH_TIMEOUT(resource->count() > 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->heldModel()->rowCount(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QVERIFY(panel->selectResource(GraphAppId));
    QTest::keyClicks(panel->findChild<QLineEdit *>(u"roleFilter"_s), u"User.Read.All"_s);
    // Held: shown as held, and not offered again.
    QVERIFY(!panel->checkRole(u"User.Read.All"_s));
    auto *roles = panel->findChild<QListWidget *>(u"roles"_s);
    bool shown = false;
    for (int i = 0; i < roles->count(); ++i)
        shown = shown
                || (roles->item(i)->text().startsWith(u"User.Read.All "_s)
                    && roles->item(i)->text().contains(ie::ui::AppRolesPanel::tr("(held)")));
    QVERIFY(shown);
    QCOMPARE(panel->heldModel()->index(0, ie::models::HeldAppRoleModel::Role).data().toString(),
             u"User.Read.All"_s);
}

// The held lists give their width to the role, its description or its scope; the assignment id
// is last, narrow and elided in the middle.
void TestGrantPanels::heldListsGiveWidthToWhatIsRead()
{
    m_widget->resize(1400, 900);
    m_widget->setIdentity(FuncTimer, u"func-timer-orders"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_widget->appRoles()->heldModel()->rowCount(), 1, 20000);
    struct Case
    {
        ie::ui::GrantPanel *panel;
        int readable;
        int id; // -1: none
    };
    const QList<Case> cases = {
            {m_widget->appRoles(), ie::models::HeldAppRoleModel::Description,
             ie::models::HeldAppRoleModel::AssignmentId},
            {m_widget->directoryRoles(), ie::models::HeldPermissionModel::Role,
             ie::models::HeldPermissionModel::AssignmentId},
            {m_widget->rbac(), ie::models::RoleAssignmentModel::Scope, -1},
    };
    for (const Case &c : cases) {
        m_widget->tabs()->setCurrentWidget(c.panel);
        auto *view = c.panel->findChild<QTableView *>(u"held"_s);
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QHeaderView *header = view->horizontalHeader();
        for (int col = 0; col < header->count(); ++col) {
            if (col != c.readable)
                QVERIFY2(header->sectionSize(c.readable) > header->sectionSize(col),
                         qPrintable(u"%1: column %2 (%3) wider than %4 (%5)"_s
                                            .arg(c.readable)
                                            .arg(col)
                                            .arg(header->sectionSize(col))
                                            .arg(c.readable)
                                            .arg(header->sectionSize(c.readable))));
        }
        if (c.id < 0)
            continue;
        QCOMPARE(header->visualIndex(c.id), header->count() - 1);
        auto *delegate = dynamic_cast<ie::ui::columnwidths::ElideMiddleDelegate *>(
                view->itemDelegateForColumn(c.id));
        QVERIFY(delegate);
        if (view->model()->rowCount() > 0) {
            QStyleOptionViewItem option;
            delegate->initStyleOption(&option, view->model()->index(0, c.id));
            QCOMPARE(option.textElideMode, Qt::ElideMiddle);
        }
    }
}

// Tier 0 and tier 1 rows of the role lists have the colours of the tree, the details and the
// inspector (ui/tierstyle.h), tier 1 included.
void TestGrantPanels::tierColoursAreTheSameEverywhere()
{
    m_widget->setIdentity(VmBatch, u"vm-batch-01"_s);
    auto *resource = m_widget->appRoles()->findChild<QComboBox *>(u"resource"_s);
    QTRY_VERIFY_WITH_TIMEOUT(resource->count() > 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_widget->appRoles()->isBusy(), 20000);
    QVERIFY(m_widget->appRoles()->selectResource(GraphAppId));
    const QString tier0 = u"  \u26a0 "_s + ie::catalog::tierTitle(ie::catalog::Tier::Tier0);
    const QString tier1 = u"  \u26a0 "_s + ie::catalog::tierTitle(ie::catalog::Tier::Tier1);
    for (QWidget *panel : {static_cast<QWidget *>(m_widget->appRoles()),
                           static_cast<QWidget *>(m_widget->directoryRoles())}) {
        auto *roles = panel->findChild<QListWidget *>(u"roles"_s);
        QTRY_VERIFY_WITH_TIMEOUT(roles->count() > 0, 20000);
        int seen0 = 0, seen1 = 0;
        for (int i = 0; i < roles->count(); ++i) {
            const QListWidgetItem *item = roles->item(i);
            if (item->text().contains(tier0)) {
                ++seen0;
                QCOMPARE(item->foreground().color(), ie::ui::tierstyle::danger(panel->palette()));
            } else if (item->text().contains(tier1)) {
                ++seen1;
                QCOMPARE(item->foreground().color(), ie::ui::tierstyle::warning(panel->palette()));
            }
        }
        QVERIFY2(seen0 > 0 && seen1 > 0, qPrintable(u"%1: %2 tier 0, %3 tier 1"_s
                                                            .arg(QString::fromLatin1(panel->metaObject()->className()))
                                                            .arg(seen0)
                                                            .arg(seen1)));
    }
}

void TestGrantPanels::tier0NeedsSecondConfirmation()
{
    ie::ui::AppRolesPanel *panel = m_widget->appRoles();
    m_widget->setIdentity(VmBatch, u"vm-batch-01"_s);
    auto *resource = panel->findChild<QComboBox *>(u"resource"_s);
    QTRY_VERIFY_WITH_TIMEOUT(resource->count() > 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QVERIFY(panel->selectResource(GraphAppId));
    QVERIFY(panel->checkRole(u"AppRoleAssignment.ReadWrite.All"_s));
    QVERIFY(panel->findChild<QLabel *>(u"roleInfo"_s)->text().contains(u"Global Administrator"_s));
    QTest::mouseClick(panel->findChild<QPushButton *>(u"grant"_s), Qt::LeftButton);
    ie::ui::GrantReviewDialog *review = dialog(panel);
    QVERIFY(review);
    auto *run = review->findChild<QPushButton *>(u"run"_s);
    auto *confirm = review->findChild<QCheckBox *>(u"confirmTier0"_s);
    QVERIFY(confirm->isVisible());
    QVERIFY(!run->isEnabled());
    QVERIFY(review->findChild<QTextBrowser *>(u"requests"_s)->toPlainText().contains(u"Tier 0"_s));
    confirm->setChecked(true);
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QLabel *>(u"result"_s)
                                     ->text()
                                     .contains(u"AppRoleAssignment.ReadWrite.All: granted"_s),
                             20000);
    // The record says who confirmed the tier-0 grant, and to which identity it was made.
    const auto records = m_audit->records();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].identityDisplayName, u"vm-batch-01"_s);
    QCOMPARE(records[0].identityObjectId, VmBatch);
    QVERIFY(records[0].tier0Confirmed);
    QCOMPARE(records[0].confirmedBy, u"sandbox admin app"_s);
    const QModelIndex tier0 = m_widget->auditModel()->index(0, ie::models::AuditModel::Tier0);
    QVERIFY2(tier0.data().toString().contains(u"confirmed by"_s),
             qPrintable(tier0.data().toString()));
}

void TestGrantPanels::rbacPickConfirmResult()
{
    ie::ui::RbacPanel *panel = m_widget->rbac();
    m_widget->setIdentity(UnusedUami, u"id-dev-unused"_s);
    // The scope picker loads level by level as it is opened.
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectScope(Kv), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectRole(u"Key Vault Secrets User"_s), 20000);
    QVERIFY(panel->findChild<QLabel *>(u"roleInfo"_s)->text().contains(u"Key actions"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QCOMPARE(panel->model()->rowCount(), 0);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"create"_s), Qt::LeftButton);
    ie::ui::GrantReviewDialog *review = dialog(panel);
    QVERIFY(review);
    const QString requests = review->findChild<QTextBrowser *>(u"requests"_s)->toPlainText();
    QVERIFY2(requests.contains(u"PUT"_s) && requests.contains(u"api-version=2022-04-01"_s),
             qPrintable(requests));
    QVERIFY(requests.contains(ie::arm::RoleAssignmentClient::assignmentName(
            Kv, UnusedUami, u"4633458b-17de-408a-b874-0445c86b69e6"_s)));
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    auto *result = panel->findChild<QLabel *>(u"result"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"granted"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 20000);
    QCOMPARE(panel->model()->index(0, ie::models::RoleAssignmentModel::RoleName).data().toString(),
             u"Key Vault Secrets User"_s);
    QVERIFY(!panel->model()
                     ->index(0, 0)
                     .data(ie::models::RoleAssignmentModel::InheritedRole)
                     .toBool());
    // Viewed from the vault, an assignment at the subscription would be inherited; from the
    // subscription this one is not.
    QVERIFY(panel->selectScope(Sub));
    QVERIFY(!panel->model()
                     ->index(0, 0)
                     .data(ie::models::RoleAssignmentModel::InheritedRole)
                     .toBool());

    panel->findChild<QTableView *>(u"held"_s)->selectRow(0);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"remove"_s), Qt::LeftButton);
    review = dialog(panel);
    QVERIFY(review);
    QVERIFY(review->findChild<QTextBrowser *>(u"requests"_s)->toPlainText().contains(u"DELETE"_s));
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"removed"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 0, 20000);
    QCOMPARE(m_audit->records().size(), 2);
    QCOMPARE(m_audit->records()[0].action, u"create-role-assignment"_s);
    QCOMPARE(m_audit->records()[1].result, u"removed"_s);
    for (const ie::AuditRecord &r : m_audit->records()) {
        QCOMPARE(r.identityDisplayName, u"id-dev-unused"_s);
        QCOMPARE(r.identityObjectId, UnusedUami);
        QVERIFY(!r.tier0Confirmed);
    }
}

void TestGrantPanels::directoryRolePickConfirmResult()
{
    // Global Administrator to a managed identity: tier 0, so the review asks twice; assigned,
    // listed, audited, then removed through the same panel shape.
    ie::ui::DirectoryRolesPanel *panel = m_widget->directoryRoles();
    m_widget->setIdentity(VmBatch, u"vm-batch-01"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QCOMPARE(panel->heldModel()->rowCount(), 0);
    // Without PIM the panel says why no eligible roles are listed.
    QTRY_VERIFY_WITH_TIMEOUT(
            panel->findChild<QLabel *>(u"notes"_s)->text().contains(u"P2"_s), 20000);
    QVERIFY(panel->selectRole(u"Global Administrator"_s));
    QVERIFY(panel->findChild<QLabel *>(u"roleInfo"_s)->text().contains(u"Tier 0"_s)
            || panel->findChild<QLabel *>(u"roleInfo"_s)->text().contains(u"tier 0"_s));
    QTest::mouseClick(panel->findChild<QPushButton *>(u"assign"_s), Qt::LeftButton);
    ie::ui::GrantReviewDialog *review = dialog(panel);
    QVERIFY(review);
    const QString requests = review->findChild<QTextBrowser *>(u"requests"_s)->toPlainText();
    QVERIFY2(requests.contains(u"/v1.0/roleManagement/directory/roleAssignments"_s),
             qPrintable(requests));
    review->setExportFormat(ie::graph::GrantPlan::Format::Terraform);
    QVERIFY(review->exportText().contains(u"azuread_directory_role_assignment"_s));
    review->setExportFormat(ie::graph::GrantPlan::Format::PowerShell);
    QVERIFY(review->exportText().contains(u"New-MgRoleManagementDirectoryRoleAssignment"_s));
    auto *run = review->findChild<QPushButton *>(u"run"_s);
    auto *confirm = review->findChild<QCheckBox *>(u"confirmTier0"_s);
    QVERIFY(confirm->isVisible());
    QVERIFY(!run->isEnabled());
    confirm->setChecked(true);
    QTest::mouseClick(run, Qt::LeftButton);
    auto *result = panel->findChild<QLabel *>(u"result"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Global Administrator: assigned"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->heldModel()->rowCount(), 1, 20000);
    const ie::AuditRecord record = m_audit->records().constLast();
    QCOMPARE(record.action, u"assign-directory-role"_s);
    QCOMPARE(record.result, u"assigned"_s);
    QVERIFY(record.tier0Confirmed);
    QCOMPARE(record.confirmedBy, u"sandbox admin app"_s);

    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    panel->findChild<QTableView *>(u"held"_s)->selectRow(0);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"remove"_s), Qt::LeftButton);
    review = dialog(panel);
    QVERIFY(review);
    QVERIFY(review->findChild<QTextBrowser *>(u"requests"_s)->toPlainText().contains(u"DELETE"_s));
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Global Administrator: removed"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->heldModel()->rowCount(), 0, 20000);
    QCOMPARE(m_audit->records().constLast().action, u"remove-directory-role"_s);
}

void TestGrantPanels::auditExport()
{
    ie::AuditRecord r;
    r.action = u"grant-app-role"_s;
    r.target = u"User.Read.All"_s;
    r.result = u"granted"_s;
    QVERIFY(m_audit->append(r).ok());
    const QString csv = m_dir->filePath(u"out.csv"_s);
    const QString json = m_dir->filePath(u"out.json"_s);
    QVERIFY(m_widget->exportAudit(csv, true));
    QVERIFY(m_widget->exportAudit(json, false));
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QVERIFY(c.readAll().startsWith("time,principal,tenantId,action,target,result,requestId"));
    QFile j(json);
    QVERIFY(j.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(j.readAll()).array().size(), 1);
    QString error;
    QVERIFY(!m_widget->exportAudit(m_dir->path(), true, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestGrantPanels)
#include "tst_grantpanels.moc"
