#include "models/serviceprincipallistmodel.h"
#include "sandbox/faultinjector.h"
#include "sandbox/tenantstate.h"
#include "sandboxfixture.h"
#include "serviceprincipallistwidget.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using ie::models::ServicePrincipalListModel;

class TestServicePrincipalList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsFiltersAndShowsDetails();
    void failingPageLeavesRowsAndRetries();

private:
    ie::test::SandboxFixture m_sandbox{[] {
        ie::sandbox::SandboxServer::Options o;
        o.extraServicePrincipals = 2500; // three pages of 999
        return o;
    }()};
};

void TestServicePrincipalList::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestServicePrincipalList::loadsFiltersAndShowsDetails()
{
    ie::ui::ServicePrincipalListWidget w(&m_sandbox.client());
    QAbstractItemModelTester tester(w.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    w.show();
    w.reload();
    QTRY_COMPARE_WITH_TIMEOUT(w.model()->state(), ServicePrincipalListModel::State::Complete, 20000);
    QCOMPARE(w.model()->rowCount(), m_sandbox.server().state().servicePrincipals.size());
    auto *state = w.findChild<QLabel *>(u"loadState"_s);
    QVERIFY(state->text().contains(QString::number(w.model()->rowCount())));

    auto *filter = w.findChild<QLineEdit *>(u"filter"_s);
    QTest::keyClicks(filter, u"id-orders-sh"_s);
    QCOMPARE(w.filterModel()->rowCount(), 1);
    auto *list = w.findChild<QListView *>(u"identities"_s);
    list->setCurrentIndex(w.filterModel()->index(0, 0));
    auto *details = w.findChild<QTextBrowser *>(u"details"_s);
    QVERIFY(details->toPlainText().contains(u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s)); // object id
    QVERIFY(details->toPlainText().contains(u"User-assigned managed identity"_s));
    // Filtering by an app id finds the identity too.
    filter->setText(u"e3f4a5b6-0001"_s);
    QCOMPARE(w.filterModel()->rowCount(), 1);
}

void TestServicePrincipalList::failingPageLeavesRowsAndRetries()
{
    // The second page fails for good (503 on every attempt): the first page stays, the list says
    // it is incomplete, and Retry continues from the failed page.
    auto &faults = m_sandbox.server().faults();
    QVERIFY(faults.addSpec(u"graph:/v1.0/servicePrincipals*skiptoken*=503:0@4"_s));
    ServicePrincipalListModel model(&m_sandbox.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ServicePrincipalListModel::State::Incomplete, 30000);
    QCOMPARE(model.rowCount(), 999);
    QVERIFY(model.lastError());
    QCOMPARE(model.lastError()->httpStatus, 503);
    model.retry();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ServicePrincipalListModel::State::Complete, 30000);
    QCOMPARE(model.rowCount(), m_sandbox.server().state().servicePrincipals.size());
    faults.clear();
}

QTEST_MAIN(TestServicePrincipalList)
#include "tst_serviceprincipallist.moc"
