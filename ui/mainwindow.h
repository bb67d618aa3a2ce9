#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QDockWidget;
class QTableView;

namespace ie::net {
class HttpClient;
}
namespace ie::models {
class ActivityModel;
}

namespace ie::ui {

// The main window: four areas as tabs (identities with their details, grant panels, token
// inspector, GUID lookup), the Activity pane as a dock, the tenant and cloud in the status bar.
// Each area is a widget of its own; the window only arranges them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Area { IdentitiesArea, GrantArea, InspectorArea, LookupArea };
    Q_ENUM(Area)

    explicit MainWindow(ie::net::HttpClient *client = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the placeholder of an area by its real widget (the window takes ownership).
    void setAreaWidget(Area area, QWidget *widget);
    QWidget *areaWidget(Area area) const;
    void showArea(Area area);

    // "Contoso" / "contoso.onmicrosoft.com", "Sandbox tenant", "signed in as ...".
    void setSignInState(const QString &tenant, const QString &cloud, const QString &principal);
    // What the window shows: a real tenant, or the local sandbox tenant. The sandbox gets a
    // banner strip under the menu bar and its own title ("Identity Explorer — Sandbox tenant"),
    // so nobody mistakes it for a real directory.
    void setTenantDescription(const QString &tenant, bool sandbox);
    bool showsSandbox() const { return m_sandbox; }
    QTabWidget *tabs() const { return m_tabs; }
    // Adds an area's action to the File menu, after Reload (e.g. "Refresh GUID catalog from
    // tenant").
    void addFileAction(QAction *action);
    QDockWidget *activityDock() const { return m_activityDock; }

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void reloadRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createActivityDock(ie::net::HttpClient *client);
    void restoreWindowState();
    void showAbout();
    QWidget *placeholder(const QString &title, const QString &text);

    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_activityDock = nullptr;
    QTableView *m_activityView = nullptr;
    ie::models::ActivityModel *m_activityModel = nullptr;
    QLabel *m_tenantLabel = nullptr;
    QLabel *m_cloudLabel = nullptr;
    QString m_tenant;
    bool m_sandbox = false;
    QLabel *m_sandboxBanner = nullptr;
    void updateTitle();
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitSeparator = nullptr;
};

} // namespace ie::ui
