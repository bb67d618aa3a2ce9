// State that never lies: what the grant panels show and hold follows the identity, the plan and
// the tenant. Against the sandbox on the offscreen platform; each case fails on the behaviour
// issue 17 describes.

#include "approlespanel.h"
#include "grantreviewdialog.h"
#include "capabilitycard.h"
#include "grantwidget.h"
#include "identitieswidget.h"
#include "rbacpanel.h"
#include "sandboxfixture.h"

#include "catalog/catalog.h"
#include "core/auditlog.h"
#include "core/translations.h"
#include "models/auditmodel.h"
#include "models/heldapprolemodel.h"
#include "models/heldchange.h"
#include "models/capabilitymodel.h"
#include "models/identityloader.h"
#include "models/roleassignmentmodel.h"
#include "sandbox/faultinjector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
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

// The roles ticked in the list that are not held (held ones are shown ticked and disabled).
QStringList tickedInList(QListWidget *roles)
{
    QStringList out;
    for (int i = 0; i < roles->count(); ++i) {
        QListWidgetItem *item = roles->item(i);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsEnabled))
            out << item->text();
    }
    return out;
}

} // namespace

class TestGrantState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void ticksBelongToOneIdentity();
    void ticksBelongToOnePlan();
    void rbacPickBelongsToOneIdentityAndPlan();
    void selectionSurvivesSearches();
    void inheritedRoleSaysSoAndRemoveNeedsASelection();

    void roleRowsStayPut();

    void detailsFollowEveryChange();
    void detailsSayWaitingForEntra();

    void auditIsPerTenantAndSandboxRun();

private:
    ie::ui::GrantReviewDialog *dialog(QWidget *parent);
    // An Identities area wired to the grant panels as the app wires them.
    std::unique_ptr<ie::ui::IdentitiesWidget> identities();
    bool grantUserReadAll(const QString &objectId);
    bool openAppRoles(const QString &objectId, const QString &name);

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ie::AuditLog> m_audit;
    std::unique_ptr<ie::catalog::Catalog> m_catalog;
    std::unique_ptr<ie::ui::GrantWidget> m_widget;
};

void TestGrantState::init()
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

void TestGrantState::cleanup()
{
    if (m_widget) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_widget->appRoles()->isBusy() && !m_widget->rbac()->isBusy(),
                                 20000);
    }
    m_widget.reset();
    m_catalog.reset();
    m_audit.reset();
    m_dir.reset();
    m_sandbox.reset();
}

ie::ui::GrantReviewDialog *TestGrantState::dialog(QWidget *parent)
{
    ie::ui::GrantReviewDialog *d = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
                (d = parent->findChild<ie::ui::GrantReviewDialog *>()) && d->isVisible(), 10000);
    }();
    return d;
}

// Shows the app roles of this identity with Microsoft Graph picked, once all is read.
bool TestGrantState::openAppRoles(const QString &objectId, const QString &name)
{
    ie::ui::AppRolesPanel *panel = m_widget->appRoles();
    m_widget->setIdentity(objectId, name);
    auto *resource = panel->findChild<QComboBox *>(u"resource"_s);
    bool ok = false;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(resource->count() > 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
        ok = true;
    }();
    return ok && panel->selectResource(GraphAppId);
}

void TestGrantState::ticksBelongToOneIdentity()
{
    ie::ui::AppRolesPanel *panel = m_widget->appRoles();
    auto *roles = panel->findChild<QListWidget *>(u"roles"_s);
    QVERIFY(openAppRoles(VmBatch, u"vm-batch-01"_s));
    QVERIFY(panel->checkRole(u"User.Read.All"_s));
    QCOMPARE(panel->checkedRoleIds().size(), 1);

    // Another identity: nothing is ticked for it, neither in the plan nor on screen.
    m_widget->setIdentity(UnusedUami, u"id-dev-unused"_s);
    QCOMPARE(panel->checkedRoleIds(), QStringList());
    QCOMPARE(tickedInList(roles), QStringList());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QCOMPARE(tickedInList(roles), QStringList());

    // The same identity again (the details' "Grant…" sets it twice) keeps what is ticked.
    QVERIFY(panel->checkRole(u"Group.Read.All"_s));
    m_widget->setIdentity(UnusedUami, u"id-dev-unused"_s);
    QCOMPARE(panel->checkedRoleIds().size(), 1);
}

void TestGrantState::ticksBelongToOnePlan()
{
    ie::ui::AppRolesPanel *panel = m_widget->appRoles();
    auto *roles = panel->findChild<QListWidget *>(u"roles"_s);
    auto *result = panel->findChild<QLabel *>(u"result"_s);
    QVERIFY(openAppRoles(FuncTimer, u"func-timer-orders"_s));
    QTRY_COMPARE_WITH_TIMEOUT(panel->heldModel()->rowCount(), 1, 20000);

    // A tick for a grant, then a revoke runs: the revoke's plan spends every tick and selection.
    QVERIFY(panel->checkRole(u"Group.Read.All"_s));
    panel->findChild<QTableView *>(u"held"_s)->selectRow(0);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"revoke"_s), Qt::LeftButton);
    ie::ui::GrantReviewDialog *review = dialog(panel);
    QVERIFY(review);
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"revoked"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QCOMPARE(panel->checkedRoleIds(), QStringList());
    QCOMPARE(tickedInList(roles), QStringList());

    // A grant: after it ran, nothing is left ticked for a next one.
    QVERIFY(panel->checkRole(u"Group.Read.All"_s));
    QVERIFY(panel->checkRole(u"Application.Read.All"_s));
    QTest::mouseClick(panel->findChild<QPushButton *>(u"grant"_s), Qt::LeftButton);
    review = dialog(panel);
    QVERIFY(review);
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Group.Read.All: granted"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QCOMPARE(panel->checkedRoleIds(), QStringList());
    QCOMPARE(tickedInList(roles), QStringList());
    QCOMPARE(panel->findChild<QTableView *>(u"held"_s)->selectionModel()->selectedRows().size(), 0);
}

void TestGrantState::rbacPickBelongsToOneIdentityAndPlan()
{
    ie::ui::RbacPanel *panel = m_widget->rbac();
    m_widget->setIdentity(UnusedUami, u"id-dev-unused"_s);
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectScope(Kv), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectRole(u"Key Vault Secrets User"_s), 20000);
    QVERIFY(!panel->currentRoleGuid().isEmpty());

    m_widget->setIdentity(VmBatch, u"vm-batch-01"_s);
    QCOMPARE(panel->currentRoleGuid(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QCOMPARE(panel->currentRoleGuid(), QString());

    // After the plan ran the role is no longer picked.
    m_widget->setIdentity(UnusedUami, u"id-dev-unused"_s);
    QVERIFY(panel->selectRole(u"Key Vault Secrets User"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"create"_s), Qt::LeftButton);
    ie::ui::GrantReviewDialog *review = dialog(panel);
    QVERIFY(review);
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QLabel *>(u"result"_s)->text().contains(u"granted"_s),
                             20000);
    QCOMPARE(panel->currentRoleGuid(), QString());
}

void TestGrantState::selectionSurvivesSearches()
{
    ie::ui::AppRolesPanel *panel = m_widget->appRoles();
    auto *roles = panel->findChild<QListWidget *>(u"roles"_s);
    auto *filter = panel->findChild<QLineEdit *>(u"roleFilter"_s);
    auto *count = panel->findChild<QLabel *>(u"selectedCount"_s);
    auto *only = panel->findChild<QCheckBox *>(u"onlySelected"_s);
    QVERIFY(count && only);
    QVERIFY(openAppRoles(VmBatch, u"vm-batch-01"_s));
    QTest::keyClicks(filter, u"RoleManagement.ReadWrite.Directory"_s);
    QVERIFY(panel->checkRole(u"RoleManagement.ReadWrite.Directory"_s));
    QCOMPARE(count->text(), u"1 selected"_s);

    // Another search hides the first tick but does not drop it.
    filter->clear();
    QTest::keyClicks(filter, u"AppRoleAssignment"_s);
    QVERIFY(panel->checkRole(u"AppRoleAssignment.ReadWrite.All"_s));
    QCOMPARE(panel->checkedRoleIds().size(), 2);
    QCOMPARE(count->text(), u"2 selected"_s);
    QCOMPARE(tickedInList(roles).size(), 1);

    // "Show only selected" lists both, whatever the search.
    only->setChecked(true);
    QCOMPARE(roles->count(), 2);
    QCOMPARE(tickedInList(roles).size(), 2);
    // Unticking there drops it from the plan.
    roles->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(panel->checkedRoleIds().size(), 1);
    roles->item(0)->setCheckState(Qt::Checked);
    only->setChecked(false);
    QCOMPARE(tickedInList(roles).size(), 1);

    // The review lists every ticked role.
    QTest::mouseClick(panel->findChild<QPushButton *>(u"grant"_s), Qt::LeftButton);
    ie::ui::GrantReviewDialog *review = dialog(panel);
    QVERIFY(review);
    const QString requests = review->findChild<QTextBrowser *>(u"requests"_s)->toPlainText();
    QVERIFY2(requests.contains(u"RoleManagement.ReadWrite.Directory"_s)
                     && requests.contains(u"AppRoleAssignment.ReadWrite.All"_s),
             qPrintable(requests));
    QCOMPARE(requests.count(u"POST"_s), 2);
    review->reject();
}

void TestGrantState::inheritedRoleSaysSoAndRemoveNeedsASelection()
{
    // The app roles: nothing held, nothing to revoke.
    ie::ui::AppRolesPanel *apps = m_widget->appRoles();
    QVERIFY(openAppRoles(VmBatch, u"vm-batch-01"_s));
    QCOMPARE(apps->heldModel()->rowCount(), 0);
    QVERIFY(!apps->findChild<QPushButton *>(u"revoke"_s)->isEnabled());

    ie::ui::RbacPanel *panel = m_widget->rbac();
    auto *remove = panel->findChild<QPushButton *>(u"remove"_s);
    auto *held = panel->findChild<QTableView *>(u"held"_s);
    auto *result = panel->findChild<QLabel *>(u"result"_s);
    m_widget->setIdentity(UnusedUami, u"id-dev-unused"_s);
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectScope(Sub), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectRole(u"Reader"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QCOMPARE(panel->model()->rowCount(), 0);
    QVERIFY(!remove->isEnabled());
    QTest::mouseClick(panel->findChild<QPushButton *>(u"create"_s), Qt::LeftButton);
    ie::ui::GrantReviewDialog *review = dialog(panel);
    QVERIFY(review);
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"granted"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->findChild<ie::ui::GrantReviewDialog *>(), 5000); // closed
    QVERIFY(!remove->isEnabled()); // a list, but nothing selected
    held->selectRow(0);
    QVERIFY(remove->isEnabled());
    held->clearSelection();
    QVERIFY(!remove->isEnabled());

    // Reader at the vault, below the subscription: already inherited, named, no review.
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectScope(Kv), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectRole(u"Reader"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    const QString info = panel->findChild<QLabel *>(u"roleInfo"_s)->text();
    QVERIFY2(info.contains(u"already inherited"_s), qPrintable(info));
    QTest::mouseClick(panel->findChild<QPushButton *>(u"create"_s), Qt::LeftButton);
    QVERIFY2(result->text().contains(u"already inherited"_s) && result->text().contains(Sub),
             qPrintable(result->text()));
    QVERIFY(!panel->findChild<ie::ui::GrantReviewDialog *>());
    // Another role there is not inherited: it gets its review.
    QVERIFY(panel->selectRole(u"Key Vault Secrets User"_s));
    QTest::mouseClick(panel->findChild<QPushButton *>(u"create"_s), Qt::LeftButton);
    review = dialog(panel);
    QVERIFY(review);
    review->reject();
}

// Where a row of `list` is, in `panel`'s coordinates, once pending layouts are done.
static QRect rowPlace(QWidget *panel, QListWidget *list, int row)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QRect r = list->visualItemRect(list->item(row));
    return QRect(list->viewport()->mapTo(panel, r.topLeft()), r.size());
}

void TestGrantState::roleRowsStayPut()
{
    ie::ui::AppRolesPanel *panel = m_widget->appRoles();
    auto *roles = panel->findChild<QListWidget *>(u"roles"_s);
    QVERIFY(openAppRoles(VmBatch, u"vm-batch-01"_s));
    QTest::keyClicks(panel->findChild<QLineEdit *>(u"roleFilter"_s), u"User.Read"_s);
    QVERIFY(roles->count() >= 2);
    const QRect first = rowPlace(panel, roles, 0);
    const QRect second = rowPlace(panel, roles, 1);

    // Selecting a row shows its details; ticking it; neither moves a row.
    QTest::mouseClick(roles->viewport(), Qt::LeftButton, {},
                      roles->visualItemRect(roles->item(1)).center());
    QVERIFY(!panel->findChild<QLabel *>(u"roleInfo"_s)->text().isEmpty());
    QCOMPARE(rowPlace(panel, roles, 0), first);
    QCOMPARE(rowPlace(panel, roles, 1), second);
    roles->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(rowPlace(panel, roles, 0), first);

    // A grant: the result, the token notice and a held row appear; the rows stay.
    QTest::mouseClick(panel->findChild<QPushButton *>(u"grant"_s), Qt::LeftButton);
    ie::ui::GrantReviewDialog *review = dialog(panel);
    QVERIFY(review);
    if (auto *confirm = review->findChild<QCheckBox *>(u"confirmTier0"_s); confirm->isVisible())
        confirm->setChecked(true);
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QLabel *>(u"result"_s)->text().contains(u"granted"_s),
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->heldModel()->rowCount(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QVERIFY(panel->findChild<QLabel *>(u"cacheNotice"_s)->isVisible());
    QCOMPARE(rowPlace(panel, roles, 0), first);
    QCOMPARE(rowPlace(panel, roles, 1), second);

    // The Azure roles panel: the same.
    ie::ui::RbacPanel *rbac = m_widget->rbac();
    m_widget->tabs()->setCurrentWidget(rbac);
    auto *rbacRoles = rbac->findChild<QListWidget *>(u"roles"_s);
    m_widget->setIdentity(UnusedUami, u"id-dev-unused"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rbac->selectScope(Kv), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(rbac->selectRole(u"Key Vault Secrets User"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!rbac->isBusy(), 20000);
    rbacRoles->setCurrentItem(nullptr);
    QTest::keyClicks(rbac->findChild<QLineEdit *>(u"roleFilter"_s), u"Key Vault"_s);
    QVERIFY(rbacRoles->count() >= 2);
    const QRect top = rowPlace(rbac, rbacRoles, 0);
    QVERIFY(rbac->selectRole(u"Key Vault Secrets User"_s));
    QVERIFY(!rbac->findChild<QLabel *>(u"roleInfo"_s)->text().isEmpty());
    QCOMPARE(rowPlace(rbac, rbacRoles, 0), top);
    QTest::mouseClick(rbac->findChild<QPushButton *>(u"create"_s), Qt::LeftButton);
    review = dialog(rbac);
    QVERIFY(review);
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rbac->findChild<QLabel *>(u"result"_s)->text().contains(u"granted"_s),
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(rbac->model()->rowCount(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!rbac->isBusy(), 20000);
    QCOMPARE(rowPlace(rbac, rbacRoles, 0), top);
}

std::unique_ptr<ie::ui::IdentitiesWidget> TestGrantState::identities()
{
    auto w = std::make_unique<ie::ui::IdentitiesWidget>(&m_sandbox->client());
    w->setCatalog(m_catalog.get());
    w->setPermissionStore(m_widget->permissionStore());
    connect(w.get(), &ie::ui::IdentitiesWidget::currentIdentityChanged, m_widget.get(),
            &ie::ui::GrantWidget::setIdentity);
    connect(m_widget.get(), &ie::ui::GrantWidget::heldChanged, w.get(),
            &ie::ui::IdentitiesWidget::followHeldChange);
    w->resize(1000, 700);
    w->show();
    w->reload();
    return w;
}

bool TestGrantState::grantUserReadAll(const QString &objectId)
{
    ie::ui::AppRolesPanel *panel = m_widget->appRoles();
    bool ok = false;
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(panel->principalId(), objectId, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QComboBox *>(u"resource"_s)->count() > 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
        QVERIFY(panel->selectResource(GraphAppId));
        QVERIFY(panel->checkRole(u"User.Read.All"_s));
        QTest::mouseClick(panel->findChild<QPushButton *>(u"grant"_s), Qt::LeftButton);
        ie::ui::GrantReviewDialog *review = dialog(panel);
        QVERIFY(review);
        QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QLabel *>(u"result"_s)
                                         ->text()
                                         .contains(u"User.Read.All: granted"_s),
                                 30000);
        ok = true;
    }();
    return ok;
}

// The card follows every change made in the grant panels, through the one store.
void TestGrantState::detailsFollowEveryChange()
{
    const auto area = identities();
    QTRY_COMPARE_WITH_TIMEOUT(area->loader()->state(), ie::models::IdentityLoader::State::Complete,
                              20000);
    auto card = [&area] {
        QStringList out{area->card()->verdictText()};
        for (const QLabel *l : area->card()->findChildren<QLabel *>(u"cardLine"_s))
            out << l->text();
        return out.join(u'\n');
    };
    QVERIFY(area->selectObjectId(VmBatch));
    QTRY_VERIFY_WITH_TIMEOUT(area->capabilities()->isComplete(), 20000);
    QVERIFY2(!card().contains(u"User.Read.All"_s), qPrintable(card()));

    // A grant: the card shows it without selecting the identity again.
    QVERIFY(grantUserReadAll(VmBatch));
    QTRY_VERIFY_WITH_TIMEOUT(card().contains(u"User.Read.All on Microsoft Graph"_s), 20000);

    // A revoke: the same.
    ie::ui::AppRolesPanel *panel = m_widget->appRoles();
    QTRY_COMPARE_WITH_TIMEOUT(panel->heldModel()->rowCount(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    panel->findChild<QTableView *>(u"held"_s)->selectRow(0);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"revoke"_s), Qt::LeftButton);
    ie::ui::GrantReviewDialog *review = dialog(panel);
    QVERIFY(review);
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!card().contains(u"User.Read.All"_s), 20000);

    // An Azure role: its assignments follow too.
    ie::ui::RbacPanel *rbac = m_widget->rbac();
    QVERIFY(area->selectObjectId(UnusedUami));
    QTRY_VERIFY_WITH_TIMEOUT(area->capabilities()->isComplete(), 20000);
    QVERIFY(!card().contains(u"Key Vault Secrets User"_s));
    QTRY_VERIFY_WITH_TIMEOUT(rbac->selectScope(Kv), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(rbac->selectRole(u"Key Vault Secrets User"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!rbac->isBusy(), 20000);
    QTest::mouseClick(rbac->findChild<QPushButton *>(u"create"_s), Qt::LeftButton);
    review = dialog(rbac);
    QVERIFY(review);
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(card().contains(u"Key Vault Secrets User"_s), 20000);
}

void TestGrantState::detailsSayWaitingForEntra()
{
    // Entra's list leaves out what was granted in the last 6 s; the panel stops waiting early.
    QVERIFY(m_sandbox->server().faults().addSpec(
            u"GET graph:/v1.0/servicePrincipals/*/appRoleAssignments*=lag:6000"_s));
    auto clearFaults = qScopeGuard([this] { m_sandbox->server().faults().clear(); });
    m_widget->appRoleClient()->setReplicationDelays({std::chrono::milliseconds(100)});
    const auto area = identities();
    QTRY_COMPARE_WITH_TIMEOUT(area->loader()->state(), ie::models::IdentityLoader::State::Complete,
                              20000);
    QVERIFY(area->selectObjectId(VmBatch));
    QTRY_VERIFY_WITH_TIMEOUT(area->capabilities()->isComplete(), 20000);
    QVERIFY(grantUserReadAll(VmBatch));
    // The list does not show the grant yet: the panel says so rather than "None".
    auto *box = m_widget->appRoles()->findChild<QGroupBox *>(u"heldBox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(box->title().contains(u"Entra"_s), 5000);
    // Once Entra lists it (after its 6 s), the panel shows it as current.
    QTest::qWait(6500);
    m_widget->appRoles()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_widget->appRoles()->heldModel()->rowCount(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!box->title().contains(u"Entra"_s), 5000);
    // The store caught up with the panel: the card shows the grant.
    auto shown = [&area] {
        const ie::models::CapabilityModel *m = area->capabilities();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r).data().toString().contains(u"User.Read.All"_s))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown(), 20000);
}

void TestGrantState::auditIsPerTenantAndSandboxRun()
{
    // A record from an earlier run of the sandbox (a tenant that is gone) and one of a real tenant.
    const QString real = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;
    ie::AuditRecord old;
    old.tenantId = m_sandbox->server().tenantId();
    old.sandbox = true;
    old.sandboxRun = u"an-earlier-run"_s;
    old.principal = u"sandbox admin app"_s;
    old.action = u"grant-app-role"_s;
    old.result = u"granted"_s;
    old.target = u"User.Read.All (df021288-bdef-4463-88db-98f22de89214) on Microsoft Graph"_s;
    QVERIFY(m_audit->append(old).ok());
    ie::AuditRecord elsewhere = old;
    elsewhere.tenantId = real;
    elsewhere.sandbox = false;
    elsewhere.sandboxRun.clear();
    elsewhere.principal = u"admin@contoso.com"_s;
    QVERIFY(m_audit->append(elsewhere).ok());

    // Signed in to this run's sandbox: neither shows as a current grant.
    m_widget->setSignedIn(u"sandbox admin app"_s, m_sandbox->server().tenantId(), true);
    ie::models::AuditModel *model = m_widget->auditModel();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_widget->findChild<QLabel *>(u"auditNote"_s)->text().contains(u"Sandbox"_s));

    // A grant in German: the view speaks German, the file stays machine-readable.
    ie::installTranslators(*QCoreApplication::instance(), u"de"_s);
    auto english
            = qScopeGuard([] { ie::installTranslators(*QCoreApplication::instance(), u"en"_s); });
    QVERIFY(openAppRoles(VmBatch, u"vm-batch-01"_s));
    QVERIFY(m_widget->appRoles()->checkRole(u"User.Read.All"_s));
    QTest::mouseClick(m_widget->appRoles()->findChild<QPushButton *>(u"grant"_s), Qt::LeftButton);
    ie::ui::GrantReviewDialog *review = dialog(m_widget->appRoles());
    QVERIFY(review);
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);
    using A = ie::models::AuditModel;
    QCOMPARE(model->index(0, A::Action).data().toString(), u"App-Rolle erteilen"_s);
    QCOMPARE(model->index(0, A::Result).data().toString(), u"erteilt"_s);
    QCOMPARE(model->index(0, A::Principal).data().toString(), u"Admin-App der Sandbox"_s);
    QVERIFY(model->index(0, A::Tenant).data().toString().contains(u"Sandbox"_s));
    const ie::AuditRecord stored = m_audit->records().constLast();
    QCOMPARE(stored.action, u"grant-app-role"_s);
    QCOMPARE(stored.result, u"granted"_s);
    QCOMPARE(stored.principal, u"sandbox admin app"_s);
    QVERIFY(stored.sandbox);
    QCOMPARE(stored.sandboxRun, ie::AuditLog::currentSandboxRun());
    english.dismiss();
    ie::installTranslators(*QCoreApplication::instance(), u"en"_s);

    // Signed in to the real tenant: its own record only, named by its principal.
    m_widget->setSignedIn(u"admin@contoso.com"_s, real, false);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, A::Principal).data().toString(), u"admin@contoso.com"_s);
    QCOMPARE(model->index(0, A::Tenant).data().toString(), real);
}

QTEST_MAIN(TestGrantState)
#include "tst_grantstate.moc"
