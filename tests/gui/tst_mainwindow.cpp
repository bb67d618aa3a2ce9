#include "grantwidget.h"
#include "guidlookupwidget.h"
#include "identitieswidget.h"
#include "mainwindow.h"
#include "net/activitylog.h"
#include "net/httpclient.h"
#include "sandboxfixture.h"
#include "session.h"
#include "tokeninspectorwidget.h"

#include <QTemporaryDir>

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensWithFourAreas();
    void statusBarShowsTenantAndCloud();
    void sandboxSaysSoPlainly();
    void activityPaneShowsLogEntries();
    void keepsWindowState();
    void sessionFillsEveryArea();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMainWindow::opensWithFourAreas()
{
    ie::ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.tabs()->count(), 4);
    QCOMPARE(w.windowTitle(), u"Identity Explorer"_s);
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(w.tabs()->currentIndex(), int(ie::ui::MainWindow::InspectorArea));
    auto *replacement = new QLabel(u"real inspector"_s);
    w.setAreaWidget(ie::ui::MainWindow::InspectorArea, replacement);
    QCOMPARE(w.areaWidget(ie::ui::MainWindow::InspectorArea), replacement);
    QCOMPARE(w.tabs()->count(), 4);
    // Replacing the current area keeps it current.
    QCOMPARE(w.tabs()->currentIndex(), int(ie::ui::MainWindow::InspectorArea));
}

void TestMainWindow::statusBarShowsTenantAndCloud()
{
    ie::ui::MainWindow w;
    w.setSignInState(u"Contoso"_s, u"Sandbox tenant"_s, u"sandbox-admin"_s);
    QCOMPARE(w.windowTitle(), u"Contoso — Identity Explorer"_s);
    auto *tenant = w.findChild<QLabel *>(u"tenantLabel"_s);
    auto *cloud = w.findChild<QLabel *>(u"cloudLabel"_s);
    QVERIFY(tenant && cloud);
    QVERIFY(tenant->text().contains(u"Contoso"_s));
    QVERIFY(tenant->text().contains(u"sandbox-admin"_s));
    QVERIFY(cloud->text().contains(u"Sandbox tenant"_s));
}

void TestMainWindow::sandboxSaysSoPlainly()
{
    ie::ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *banner = w.findChild<QLabel *>(u"sandboxBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    w.setTenantDescription(u"Contoso (contoso.onmicrosoft.com)"_s, true);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"SANDBOX"_s));
    // Above the areas, not in the status bar.
    QVERIFY(banner->mapTo(&w, QPoint(0, 0)).y() < w.tabs()->mapTo(&w, QPoint(0, 0)).y());
    QCOMPARE(w.windowTitle(), u"Sandbox tenant — Identity Explorer"_s);
    // The title names the app once, last, so the platform adds no second copy.
    QCOMPARE(w.windowTitle().count(u"Identity Explorer"_s), 1);
    QVERIFY(w.windowTitle().endsWith(u"Identity Explorer"_s));
    w.setTenantDescription(u"Fabrikam"_s, false);
    QVERIFY(!banner->isVisible());
    QCOMPARE(w.windowTitle(), u"Fabrikam — Identity Explorer"_s);
}

void TestMainWindow::activityPaneShowsLogEntries()
{
    ie::net::HttpClient client;
    ie::ui::MainWindow w(&client);
    auto *view = w.findChild<QTableView *>(u"activityView"_s);
    QVERIFY(view);
    ie::net::ActivityEntry e;
    e.method = u"GET"_s;
    e.url = u"https://graph.microsoft.com/v1.0/servicePrincipals"_s;
    e.status = 200;
    client.activityLog()->append(e);
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestMainWindow::keepsWindowState()
{
    {
        ie::ui::MainWindow w;
        w.show();
        w.tabs()->setCurrentIndex(3);
        w.close();
    }
    ie::ui::MainWindow again;
    QCOMPARE(again.tabs()->currentIndex(), 3);
}

// The window as the executable shows it: built by the Session, every area is the real widget and
// the activity pane logs the session's own client.
void TestMainWindow::sessionFillsEveryArea()
{
    ie::test::SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QTemporaryDir dir;
    ie::ui::Session::Options options;
    options.auditPath = dir.filePath(u"audit.jsonl"_s);
    ie::ui::Session session(&sandbox.server(), options);
    ie::ui::MainWindow *w = session.window();
    QCOMPARE(w->tabs()->count(), 4);
    QCOMPARE(w->areaWidget(ie::ui::MainWindow::IdentitiesArea), session.identities());
    QVERIFY(qobject_cast<ie::ui::IdentitiesWidget *>(
            w->areaWidget(ie::ui::MainWindow::IdentitiesArea)));
    QVERIFY(qobject_cast<ie::ui::GrantWidget *>(w->areaWidget(ie::ui::MainWindow::GrantArea)));
    QVERIFY(qobject_cast<ie::ui::TokenInspectorWidget *>(
            w->areaWidget(ie::ui::MainWindow::InspectorArea)));
    QVERIFY(qobject_cast<ie::ui::GuidLookupWidget *>(
            w->areaWidget(ie::ui::MainWindow::LookupArea)));
    QCOMPARE(w->windowTitle(), u"Sandbox tenant — Identity Explorer"_s);
    auto *view = w->findChild<QTableView *>(u"activityView"_s);
    QVERIFY(view);
    // The tree's first requests show in the activity pane.
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 20000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
