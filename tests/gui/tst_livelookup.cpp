// The lookup area with the live catalog: "Refresh from tenant" against the sandbox, its status
// line, Cancel, and a query that only the tenant's data answers, with its source and the tenant's
// real object id in the snippets.

#include "catalog/catalog.h"
#include "catalog/livecatalog.h"
#include "catalog/tenantrefresh.h"
#include "guidlookupwidget.h"
#include "mainwindow.h"
#include "models/catalogmodel.h"
#include "sandbox/faultinjector.h"
#include "sandboxfixture.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace ie::catalog;
using ie::models::CatalogSearchModel;
using ie::ui::GuidLookupWidget;

namespace {
const QString ordersReadAll = u"0b7e2c4a-1111-4a5b-9c8d-7e6f5a4b3c21"_s;
const QString ordersSpObjectId = u"b1a2c3d4-0001-4e5f-8a9b-c0d1e2f3a4b5"_s; // resources/sandbox
} // namespace

class TestLiveLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refreshThenFindTenantRole();
    void cancelRefresh();
    void refreshRerunsTheSearch();
    void withoutControllerNoBar();
    void fileMenuRefreshes();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_widget->findChild<T *>(name);
    }
    QString liveStatus() const { return child<QLabel>(u"liveStatus"_s)->text(); }

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<LiveCatalog> m_live;
    GuidLookupWidget *m_widget = nullptr;
};

void TestLiveLookup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLiveLookup::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    QFile::remove(tenantcache::path(m_sandbox->server().tenantId()));
    m_catalog = std::make_unique<Catalog>();
    QVERIFY(m_catalog->loadBundled().ok());
    m_live = std::make_unique<LiveCatalog>(m_catalog.get(), &m_sandbox->client());
    m_widget = new GuidLookupWidget(m_catalog.get());
    m_widget->setLiveCatalog(m_live.get());
    m_widget->resize(1200, 700);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
    m_live->setTenant(m_sandbox->server().tenantId(), u"Contoso"_s);
}

void TestLiveLookup::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
    m_live.reset();
    m_catalog.reset();
    m_sandbox.reset();
}

void TestLiveLookup::refreshThenFindTenantRole()
{
    QTRY_VERIFY(liveStatus().startsWith(u"Bundled catalog only"_s));
    auto *refresh = child<QPushButton>(u"refreshTenant"_s);
    auto *cancel = child<QPushButton>(u"cancelRefresh"_s);
    QVERIFY(refresh && cancel);
    QVERIFY(refresh->isEnabled());
    QVERIFY(m_widget->refreshAction()->isEnabled());
    QVERIFY(!cancel->isVisible());

    // Nothing of the tenant's own yet.
    auto *search = child<QLineEdit>(u"search"_s);
    QTest::keyClicks(search, u"Orders.Read.All"_s);
    QVERIFY(m_widget->model()
                    ->indexOf(m_catalog->appRole(u"3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9"_s,
                                                 ordersReadAll))
                    .isValid()
            == false);
    search->clear();

    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(m_live->isRefreshing());
    QVERIFY(cancel->isVisible());
    QVERIFY(!refresh->isEnabled());
    QVERIFY(liveStatus().startsWith(u"Refreshing from Contoso"_s));
    QTRY_VERIFY_WITH_TIMEOUT(liveStatus().startsWith(u"Live from Contoso, refreshed "_s), 60000);
    QVERIFY(!cancel->isVisible());
    QVERIFY(refresh->isEnabled());
    QVERIFY(!child<QLabel>(u"liveProblem"_s)->isVisible());
    QTRY_VERIFY(!m_catalog->isMerging());

    QTest::keyClicks(search, u"orders read all"_s);
    QTRY_VERIFY(m_widget->currentEntry() && m_widget->currentEntry()->id == ordersReadAll);
    const EntryPtr e = m_widget->currentEntry();
    QCOMPARE(e->kind, Kind::TenantAppRole);
    // The result row is in the "Tenant app role" group, with its name.
    const QModelIndex row = m_widget->model()->indexOf(e);
    QVERIFY(row.isValid());
    QCOMPARE(row.parent().data(CatalogSearchModel::KindRole).toInt(), int(Kind::TenantAppRole));
    QCOMPARE(row.data().toString(), u"Orders.Read.All (new)"_s);
    QVERIFY(row.data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(u"Live from tenant "_s + m_sandbox->server().tenantId()));
    // The details name the source; the snippets carry the tenant's object id of the API.
    const QString details = child<QTextBrowser>(u"details"_s)->toPlainText();
    QVERIFY2(details.contains(u"Live from tenant Contoso"_s), qPrintable(details));
    QVERIFY(details.contains(ordersSpObjectId));
    auto *tabs = child<QTabWidget>(u"snippets"_s);
    const auto *ps = tabs->findChild<QWidget *>(u"snippet-powershell"_s);
    QVERIFY(ps);
    QVERIFY(ps->findChild<QPlainTextEdit *>(u"snippetText"_s)
                    ->toPlainText()
                    .contains(ordersSpObjectId));
}

void TestLiveLookup::cancelRefresh()
{
    QTRY_VERIFY(liveStatus().startsWith(u"Bundled catalog only"_s));
    QString error;
    QVERIFY2(m_sandbox->server().faults().addSpec(u"graph:*=latency:20000"_s, &error),
             qPrintable(error));
    m_widget->refreshAction()->trigger();
    auto *cancel = child<QPushButton>(u"cancelRefresh"_s);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isVisible());
    QVERIFY(liveStatus().startsWith(u"Bundled catalog only"_s));
    auto *problem = child<QLabel>(u"liveProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().startsWith(u"Refresh cancelled."_s));
    QVERIFY(child<QPushButton>(u"refreshTenant"_s)->isEnabled());
}

void TestLiveLookup::withoutControllerNoBar()
{
    GuidLookupWidget plain(m_catalog.get());
    plain.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plain));
    QVERIFY(!plain.findChild<QWidget *>(u"liveBar"_s)->isVisible());
    QVERIFY(!plain.refreshAction()->isEnabled());
}

// main.cpp puts the action in File, before Quit; triggering it there runs the refresh.
void TestLiveLookup::fileMenuRefreshes()
{
    QTRY_VERIFY(liveStatus().startsWith(u"Bundled catalog only"_s));
    ie::ui::MainWindow window;
    window.addFileAction(m_widget->refreshAction());
    QMenu *file = window.menuBar()->actions().first()->menu();
    QVERIFY(file);
    const QList<QAction *> actions = file->actions();
    const qsizetype at = actions.indexOf(m_widget->refreshAction());
    QVERIFY(at > 0);
    QVERIFY(actions.at(at + 1)->isSeparator());
    QVERIFY(actions.at(at + 2)->shortcut() == QKeySequence(QKeySequence::Quit));
    actions.at(at)->trigger();
    QVERIFY(m_live->isRefreshing());
    QVERIFY(!actions.at(at)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(liveStatus().startsWith(u"Live from Contoso"_s), 60000);
    QVERIFY(actions.at(at)->isEnabled());
}

// "Refresh from tenant" with a search typed: the search runs again over the new data, and the
// tenant's own role it now finds is selected without another keystroke.
void TestLiveLookup::refreshRerunsTheSearch()
{
    QTRY_VERIFY(liveStatus().startsWith(u"Bundled catalog only"_s));
    auto *search = child<QLineEdit>(u"search"_s);
    QTest::keyClicks(search, u"orders read all"_s);
    QVERIFY(!m_widget->currentEntry() || m_widget->currentEntry()->id != ordersReadAll);
    QSignalSpy searched(m_widget->model(), &CatalogSearchModel::searched);
    QTest::mouseClick(child<QPushButton>(u"refreshTenant"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(liveStatus().startsWith(u"Live from Contoso, refreshed "_s), 60000);
    QTRY_VERIFY(!m_catalog->isMerging());
    QCOMPARE(search->text(), u"orders read all"_s);
    QTRY_VERIFY(m_widget->currentEntry() && m_widget->currentEntry()->id == ordersReadAll);
    QVERIFY(!searched.isEmpty());
    const QModelIndex row = m_widget->model()->indexOf(m_widget->currentEntry());
    QVERIFY(child<QTreeView>(u"results"_s)->selectionModel()->isRowSelected(row.row(), row.parent()));
}

QTEST_MAIN(TestLiveLookup)
#include "tst_livelookup.moc"
