#include "mainwindow.h"
#include "net/httpclient.h"
#include "net/activitylog.h"

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
