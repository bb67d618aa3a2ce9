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
    QCOMPARE(w.windowTitle(), u"Identity Explorer — Contoso"_s);
    auto *tenant = w.findChild<QLabel *>(u"tenantLabel"_s);
    auto *cloud = w.findChild<QLabel *>(u"cloudLabel"_s);
    QVERIFY(tenant && cloud);
    QVERIFY(tenant->text().contains(u"Contoso"_s));
    QVERIFY(tenant->text().contains(u"sandbox-admin"_s));
    QVERIFY(cloud->text().contains(u"Sandbox tenant"_s));
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
