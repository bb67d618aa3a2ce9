// The RBAC panel at management group scope, offscreen against the sandbox: the scope picker
// shows the groups (loaded lazily, level by level), picking one loads the roles assignable there,
// a reviewed create goes to the group's path with the derived name, and the new assignment shows
// as inherited from the subscriptions below and direct at the group; then it is removed.

#include "grantreviewdialog.h"
#include "grantwidget.h"
#include "rbacpanel.h"
#include "sandboxfixture.h"

#include "arm/roleassignmentclient.h"
#include "catalog/catalog.h"
#include "core/auditlog.h"
#include "models/roleassignmentmodel.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using ie::models::RoleAssignmentModel;

namespace {
const QString UnusedUami = u"d2e3f4a5-0003-4b6c-9d7e-8f9a0b1c2d3e"_s;
const QString Sub = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90"_s;
const QString Zones = u"/providers/Microsoft.Management/managementGroups/contoso-landing-zones"_s;
const QString Reader = u"acdd72a7-3385-48ef-bd42-f606fba81ae7"_s;
} // namespace

class TestRbacManagementGroups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pickGroupGrantInheritedRemove();

private:
    static ie::ui::GrantReviewDialog *dialog(QWidget *parent);
};

ie::ui::GrantReviewDialog *TestRbacManagementGroups::dialog(QWidget *parent)
{
    ie::ui::GrantReviewDialog *d = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
                (d = parent->findChild<ie::ui::GrantReviewDialog *>()) && d->isVisible(), 10000);
    }();
    return d;
}

void TestRbacManagementGroups::pickGroupGrantInheritedRemove()
{
    ie::test::SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QTemporaryDir dir;
    ie::AuditLog audit(dir.filePath(u"audit.jsonl"_s));
    ie::catalog::Catalog catalog;
    QVERIFY(catalog.loadBundled().ok());
    ie::ui::GrantWidget widget(&sandbox.client(), &catalog, &audit);
    widget.setSignedIn(u"sandbox admin app"_s, sandbox.server().tenantId());
    widget.resize(1100, 900);
    widget.show();
    ie::ui::RbacPanel *panel = widget.rbac();
    widget.setIdentity(UnusedUami, u"id-dev-unused"_s);

    // The groups are in the picker, marked as such, next to the subscriptions.
    auto *scopes = panel->findChild<QTreeWidget *>();
    QVERIFY(scopes);
    QTRY_COMPARE_WITH_TIMEOUT(scopes->topLevelItemCount(), 4, 20000);
    QCOMPARE(scopes->topLevelItem(2)->text(0), u"Tenant Root Group"_s);
    QCOMPARE(scopes->topLevelItem(2)->text(1), u"Management group"_s);
    // Every group the user can read is listed (ARM's list is flat), and each opens onto its
    // children, loaded only then: the root group holds the landing zones, which hold both
    // subscriptions.
    QCOMPARE(scopes->topLevelItem(3)->text(0), u"Contoso Landing Zones"_s);
    QTreeWidgetItem *rootItem = scopes->topLevelItem(2);
    QCOMPARE(rootItem->childCount(), 0);
    rootItem->setExpanded(true);
    QTRY_COMPARE_WITH_TIMEOUT(rootItem->childCount(), 1, 20000);
    QCOMPARE(rootItem->child(0)->text(0), u"Contoso Landing Zones"_s);
    rootItem->child(0)->setExpanded(true);
    QTRY_COMPARE_WITH_TIMEOUT(rootItem->child(0)->childCount(), 2, 20000);
    QCOMPARE(rootItem->child(0)->child(0)->text(1), u"Subscription"_s);
    scopes->setCurrentItem(rootItem->child(0));
    QCOMPARE(panel->selectedScope(), Zones);
    QVERIFY(panel->selectScope(Zones));
    QCOMPARE(panel->selectedScope(), Zones);
    // The roles assignable at the group (no subscription's custom roles there).
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectRole(u"Reader"_s), 20000);
    QVERIFY(!panel->selectRole(u"Contoso Orders Operator"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QCOMPARE(panel->model()->rowCount(), 0);

    QTest::mouseClick(panel->findChild<QPushButton *>(u"create"_s), Qt::LeftButton);
    ie::ui::GrantReviewDialog *review = dialog(panel);
    QVERIFY(review);
    const QString requests = review->findChild<QTextBrowser *>(u"requests"_s)->toPlainText();
    const QString name = ie::arm::RoleAssignmentClient::assignmentName(Zones, UnusedUami, Reader);
    QVERIFY2(requests.contains(Zones + u"/providers/Microsoft.Authorization/roleAssignments/"_s
                               + name),
             qPrintable(requests));
    QVERIFY(requests.contains(u"/providers/Microsoft.Authorization/roleDefinitions/"_s + Reader));
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    auto *result = panel->findChild<QLabel *>(u"result"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"granted"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 20000);
    const QModelIndex row = panel->model()->index(0, RoleAssignmentModel::Inherited);
    QCOMPARE(panel->model()->index(0, RoleAssignmentModel::Scope).data().toString(), Zones);
    QCOMPARE(panel->model()->index(0, RoleAssignmentModel::Level).data().toString(),
             u"Management group"_s);
    // Direct at the group, inherited at a subscription below it.
    QVERIFY(!row.data(RoleAssignmentModel::InheritedRole).toBool());
    QVERIFY(panel->selectScope(Sub));
    QTRY_VERIFY_WITH_TIMEOUT(row.data(RoleAssignmentModel::InheritedRole).toBool(), 5000);
    QCOMPARE(row.data().toString(), u"inherited"_s);

    // The subscription's role list loads now (the group's was shown): wait for it.
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    panel->findChild<QTableView *>(u"held"_s)->selectRow(0);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"remove"_s), Qt::LeftButton);
    review = dialog(panel);
    QVERIFY(review);
    QVERIFY(review->findChild<QTextBrowser *>(u"requests"_s)->toPlainText().contains(u"DELETE"_s));
    QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"removed"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 0, 20000);
    QCOMPARE(audit.records().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
}

QTEST_MAIN(TestRbacManagementGroups)
#include "tst_rbacmanagementgroups.moc"
