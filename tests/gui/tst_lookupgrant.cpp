// "Grant to…" in the GUID lookup's detail view opens the grant panel with the role preselected:
// the lookup and the grant area wired as app/main.cpp wires them, against the sandbox, for a
// Graph app role and for an Azure role.

#include "approlespanel.h"
#include "grantwidget.h"
#include "guidlookupwidget.h"
#include "rbacpanel.h"
#include "sandboxfixture.h"

#include "catalog/catalog.h"
#include "core/auditlog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;
} // namespace

class TestLookupGrant : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grantToOpensPanel_data();
    void grantToOpensPanel();
};

void TestLookupGrant::grantToOpensPanel_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("identityFirst"); // an identity is selected before "Grant to…"
    QTest::newRow("Graph app role") << u"df021288-bdef-4463-88db-98f22de89214"_s << u"app-role"_s
                                    << u"df021288-bdef-4463-88db-98f22de89214"_s << true;
    QTest::newRow("Graph app role, no identity yet")
            << u"{741F803B-C850-494E-B5DF-CDE7C675A1CA}"_s << u"app-role"_s
            << u"741f803b-c850-494e-b5df-cde7c675a1ca"_s << false;
    QTest::newRow("Azure role") << u"4633458b-17de-408a-b874-0445c86b69e6"_s << u"azure-role"_s
                                << u"4633458b-17de-408a-b874-0445c86b69e6"_s << true;
    QTest::newRow("Azure role, no identity yet")
            << u"b24988ac-6180-42a0-ab88-20f7382dd24c"_s << u"azure-role"_s
            << u"b24988ac-6180-42a0-ab88-20f7382dd24c"_s << false;
}

void TestLookupGrant::grantToOpensPanel()
{
    QFETCH(QString, query);
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(bool, identityFirst);

    ie::test::SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QTemporaryDir dir;
    ie::AuditLog audit(dir.filePath(u"audit.jsonl"_s));
    ie::catalog::Catalog catalog;
    QVERIFY(catalog.loadBundled().ok());
    ie::ui::GuidLookupWidget lookup(&catalog);
    ie::ui::GrantWidget grant(&sandbox.client(), &catalog, &audit);
    QObject::connect(&lookup, &ie::ui::GuidLookupWidget::grantRequested, &grant,
                     &ie::ui::GrantWidget::preselectRole);
    lookup.show();
    grant.resize(1100, 900);
    grant.show();
    grant.tabs()->setCurrentIndex(2); // the audit page: "Grant to…" must switch
    if (identityFirst)
        grant.setIdentity(VmBatch, u"vm-batch"_s);

    QTest::keyClicks(lookup.findChild<QLineEdit *>(u"search"_s), query);
    QVERIFY(lookup.currentEntry());
    QCOMPARE(lookup.currentEntry()->id, id);
    auto *button = lookup.findChild<QPushButton *>(u"grant"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    if (kind == "app-role"_L1) {
        QCOMPARE(grant.tabs()->currentWidget(), grant.appRoles());
        QTRY_COMPARE_WITH_TIMEOUT(grant.appRoles()->checkedRoleIds(), QStringList{id}, 10000);
    } else {
        QCOMPARE(grant.tabs()->currentWidget(), grant.rbac());
        QTRY_COMPARE_WITH_TIMEOUT(grant.rbac()->currentRoleGuid(), id, 10000);
        // No scope was picked for the user.
        QVERIFY(grant.rbac()->selectedScope().isEmpty());
    }
    if (!identityFirst) {
        // Picking the identity afterwards keeps the preselection.
        grant.setIdentity(VmBatch, u"vm-batch"_s);
        if (kind == "app-role"_L1)
            QTRY_COMPARE_WITH_TIMEOUT(grant.appRoles()->checkedRoleIds(), QStringList{id}, 10000);
        else
            QCOMPARE(grant.rbac()->currentRoleGuid(), id);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!grant.appRoles()->isBusy() && !grant.rbac()->isBusy(), 20000);
}

QTEST_MAIN(TestLookupGrant)
#include "tst_lookupgrant.moc"
