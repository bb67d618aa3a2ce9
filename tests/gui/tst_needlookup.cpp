// "What does it need?" in the GUID lookup: typing an Azure operation shows the built-in roles
// that grant it, fewest operations first, and "Grant this" opens the Azure roles panel with that
// role selected (wired as app/main.cpp wires the lookup to the grant area, against the sandbox).
// The expected roles are those of tst_actionindex, checked there against the role definitions.

#include "grantwidget.h"
#include "guidlookupwidget.h"
#include "rbacpanel.h"
#include "sandboxfixture.h"

#include "catalog/catalog.h"
#include "core/auditlog.h"
#include "models/needmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using ie::models::NeedModel;

namespace {
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;
const QString Secret = u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s;
const QString SecretsUser = u"4633458b-17de-408a-b874-0445c86b69e6"_s;
} // namespace

class TestNeedLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typeAndGrant();
    void suggestionsAndCustomRole();
};

void TestNeedLookup::typeAndGrant()
{
    ie::test::SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QTemporaryDir dir;
    ie::AuditLog audit(dir.filePath(u"audit.jsonl"_s));
    ie::catalog::Catalog catalog;
    QVERIFY(catalog.loadBundled().ok());
    ie::ui::GuidLookupWidget lookup(&catalog);
    QAbstractItemModelTester tester(lookup.needModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ie::ui::GrantWidget grant(&sandbox.client(), &catalog, &audit);
    QObject::connect(&lookup, &ie::ui::GuidLookupWidget::grantRequested, &grant,
                     &ie::ui::GrantWidget::preselectRole);
    lookup.resize(1200, 800);
    lookup.show();
    grant.resize(1100, 900);
    grant.show();
    grant.tabs()->setCurrentIndex(2); // the audit page: "Grant this" must switch
    grant.setIdentity(VmBatch, u"vm-batch"_s);

    // The mode tab, as a user switches to it.
    auto *modes = lookup.findChild<QTabWidget *>(u"lookupModes"_s);
    QVERIFY(modes);
    modes->setCurrentIndex(1);
    QVERIFY(lookup.isNeedMode());
    // The index is built off the UI thread; typing before it is in is kept and answered.
    auto *input = lookup.findChild<QLineEdit *>(u"needInput"_s);
    auto *status = lookup.findChild<QLabel *>(u"needStatus"_s);
    auto *results = lookup.findChild<QTreeView *>(u"needResults"_s);
    auto *button = lookup.findChild<QPushButton *>(u"grantNeed"_s);
    QVERIFY(input && status && results && button);
    QTest::keyClicks(input, Secret.left(20));
    QTRY_VERIFY_WITH_TIMEOUT(lookup.needModel()->isReady(), 10000);
    QTest::keyClicks(input, Secret.mid(20));
    QCOMPARE(input->text(), Secret);

    // Key Vault Secrets User (2 operations), Certificate User (4), Secrets Officer (58),
    // Administrator (70).
    NeedModel *model = lookup.needModel();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(results->model()->rowCount(), 4);
    QCOMPARE(model->index(0, NeedModel::RoleColumn).data().toString(), u"Key Vault Secrets User"_s);
    QCOMPARE(model->index(0, NeedModel::OperationsColumn).data().toInt(), 2);
    QCOMPARE(model->index(0, 0).data(NeedModel::RoleIdRole).toString(), SecretsUser);
    QCOMPARE(model->index(0, NeedModel::TierColumn).data().toString(), u"Tier 1"_s);
    QCOMPARE(model->index(3, NeedModel::RoleColumn).data().toString(),
             u"Key Vault Administrator"_s);
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(model->index(r - 1, 0).data(NeedModel::OperationsRole).toInt()
                <= model->index(r, 0).data(NeedModel::OperationsRole).toInt());
    QVERIFY2(status->text().contains(u"data action"_s), qPrintable(status->text()));
    // The best role is selected: Grant this is one click away.
    QCOMPARE(results->currentIndex().row(), 0);
    QVERIFY(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(grant.tabs()->currentWidget(), grant.rbac());
    QTRY_COMPARE_WITH_TIMEOUT(grant.rbac()->currentRoleGuid(), SecretsUser, 10000);

    // Another role of the list, picked in the view, is granted the same way.
    results->setCurrentIndex(model->index(2, 0));
    const QString officer = model->index(2, 0).data(NeedModel::RoleIdRole).toString();
    QCOMPARE(model->index(2, 0).data(NeedModel::RoleNameRole).toString(),
             u"Key Vault Secrets Officer"_s);
    grant.tabs()->setCurrentIndex(2);
    QSignalSpy grants(&lookup, &ie::ui::GuidLookupWidget::grantRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(grants.size(), 1);
    QCOMPARE(grants.at(0).at(0).toString(), u"azure-role"_s);
    QCOMPARE(grants.at(0).at(2).toString(), officer);
    QCOMPARE(grant.tabs()->currentWidget(), grant.rbac());
    QTRY_COMPARE_WITH_TIMEOUT(grant.rbac()->currentRoleGuid(), officer, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!grant.rbac()->isBusy(), 20000);

    // Key Vault Certificate User is a built-in role the sandbox does not serve (contoso.json
    // lists 30): the panel selects nothing rather than keeping Secrets Officer selected.
    results->setCurrentIndex(model->index(1, 0));
    QCOMPARE(model->index(1, 0).data(NeedModel::RoleNameRole).toString(),
             u"Key Vault Certificate User"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(grant.rbac()->currentRoleGuid(), QString());

    // Cleared: nothing to grant.
    input->clear();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!button->isEnabled());
}

void TestNeedLookup::suggestionsAndCustomRole()
{
    ie::catalog::Catalog catalog;
    QVERIFY(catalog.loadBundled().ok());
    ie::ui::GuidLookupWidget lookup(&catalog);
    QAbstractItemModelTester tester(lookup.needModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    lookup.show();
    QTRY_VERIFY_WITH_TIMEOUT(lookup.needModel()->isReady(), 10000);
    auto *input = lookup.findChild<QLineEdit *>(u"needInput"_s);
    auto *status = lookup.findChild<QLabel *>(u"needStatus"_s);
    auto *custom = lookup.findChild<QTabWidget *>(u"needCustom"_s);
    auto *button = lookup.findChild<QPushButton *>(u"grantNeed"_s);

    // A typo: no rows (not Owner's "*"), the real operation offered as a link.
    lookup.setNeedQuery(u"Microsoft.KeyVault/vaults/secrets/getSecrt/action"_s);
    QVERIFY(lookup.isNeedMode());
    QCOMPARE(lookup.needModel()->rowCount(), 0);
    QVERIFY(!button->isEnabled());
    const QRegularExpressionMatch link
            = QRegularExpression(u"<a href=\"([^\"]+)\">"_s).match(status->text());
    QVERIFY2(link.hasMatch(), qPrintable(status->text()));
    QVERIFY(status->text().contains(Secret));
    // Following the link puts the suggestion in the box.
    QVERIFY(QMetaObject::invokeMethod(status, "linkActivated", Q_ARG(QString, link.captured(1))));
    QCOMPARE(input->text(), Secret);
    QCOMPARE(lookup.needModel()->rowCount(), 4);
    QVERIFY(custom->isHidden());

    // Two operations no built-in role grants together: no rows, a custom role in four forms.
    input->setText(u"Microsoft.Authorization/roleAssignments/write "_s + Secret);
    QCOMPARE(lookup.needModel()->rowCount(), 0);
    QVERIFY(!custom->isHidden());
    QCOMPARE(custom->count(), 4);
    auto textOf = [custom](int tab) {
        auto *edit = custom->widget(tab)->findChild<QPlainTextEdit *>(u"customRoleText"_s);
        return edit ? edit->toPlainText() : QString();
    };
    QVERIFY(textOf(0).contains(u"\"DataActions\": [\n        \""_s + Secret));
    QVERIFY(textOf(1).contains(u"az role definition create"_s));
    QVERIFY(textOf(2).contains(u"type: 'CustomRole'"_s));
    QVERIFY(textOf(3).contains(u"azurerm_role_definition"_s));
    // (No translator here: the %n form is the source text.)
    QVERIFY2(status->text().contains(u"No built-in role grants all 2 operation"_s),
             qPrintable(status->text()));

    // Blob read and write: the covering roles, smallest first.
    input->setText(u"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read, "
                   "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write"_s);
    QCOMPARE(lookup.needModel()->index(0, 0).data(NeedModel::RoleNameRole).toString(),
             u"CosmosDB Fleet Analytics Storage Data Writer"_s);
    QVERIFY(custom->isHidden());
    QVERIFY(button->isEnabled());
}

QTEST_MAIN(TestNeedLookup)
#include "tst_needlookup.moc"
