#include "mainwindow.h"

#include "models/activitymodel.h"
#include "net/httpclient.h"
#include "tierstyle.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ie::ui {

MainWindow::MainWindow(ie::net::HttpClient *client, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("Identity Explorer"));
    resize(1280, 820);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"areas"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(placeholder(tr("Identities"),
                               tr("Every managed identity and service principal of the tenant, "
                                  "with what it is attached to and what it may do.")),
                   tr("&Identities"));
    m_tabs->addTab(placeholder(tr("Grant permissions"),
                               tr("Give and take Microsoft Graph app roles and Azure RBAC roles "
                                  "for the identity selected in the tree.")),
                   tr("&Grant"));
    m_tabs->addTab(placeholder(tr("Token inspector"),
                               tr("Paste an access token to decode, explain and verify it.")),
                   tr("&Token inspector"));
    m_tabs->addTab(placeholder(tr("GUID lookup"),
                               tr("Type a permission, role or app name, or a GUID, to see what it "
                                  "is.")),
                   tr("GUID &lookup"));
    // The sandbox banner sits above the areas, inside the central widget, so no area can hide it.
    m_sandboxBanner = new QLabel(this);
    m_sandboxBanner->setObjectName(u"sandboxBanner"_s);
    m_sandboxBanner->setWordWrap(true);
    m_sandboxBanner->setMargin(6);
    m_sandboxBanner->setAutoFillBackground(true);
    {
        QPalette p = m_sandboxBanner->palette();
        p.setColor(QPalette::Window, tierstyle::warning(palette()));
        p.setColor(QPalette::WindowText, tierstyle::isDark(palette()) ? Qt::black : Qt::white);
        m_sandboxBanner->setPalette(p);
    }
    m_sandboxBanner->setText(
            tr("<b>SANDBOX TENANT</b> — a local emulation on this computer, not a real "
               "directory. Its identities, grants and tokens vanish when the app quits."));
    m_sandboxBanner->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_sandboxBanner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_tenantLabel = new QLabel(this);
    m_tenantLabel->setObjectName(u"tenantLabel"_s);
    m_cloudLabel = new QLabel(this);
    m_cloudLabel->setObjectName(u"cloudLabel"_s);
    statusBar()->addPermanentWidget(m_tenantLabel);
    statusBar()->addPermanentWidget(m_cloudLabel);
    setSignInState({}, {}, {});

    createActivityDock(client);
    createActions();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::placeholder(const QString &title, const QString &text)
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    auto *heading = new QLabel(u"<h2>%1</h2>"_s.arg(title.toHtmlEscaped()), w);
    heading->setAlignment(Qt::AlignCenter);
    auto *body = new QLabel(text, w);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
    return w;
}

void MainWindow::setAreaWidget(Area area, QWidget *widget)
{
    const int i = int(area);
    const int current = m_tabs->currentIndex();
    const QString label = m_tabs->tabText(i);
    QWidget *old = m_tabs->widget(i);
    m_tabs->removeTab(i);
    m_tabs->insertTab(i, widget, label);
    m_tabs->setCurrentIndex(current); // removing the current tab would move the selection
    delete old;
}

QWidget *MainWindow::areaWidget(Area area) const
{
    return m_tabs->widget(int(area));
}

void MainWindow::showArea(Area area)
{
    m_tabs->setCurrentIndex(int(area));
}

void MainWindow::setSignInState(const QString &tenant, const QString &cloud, const QString &principal)
{
    m_tenant = tenant;
    updateTitle();
    if (tenant.isEmpty()) {
        m_tenantLabel->setText(tr("Not signed in"));
    } else if (principal.isEmpty()) {
        m_tenantLabel->setText(tr("Tenant: %1").arg(tenant));
    } else {
        m_tenantLabel->setText(tr("Tenant: %1 — signed in as %2").arg(tenant, principal));
    }
    m_cloudLabel->setText(cloud.isEmpty() ? QString() : tr("Cloud: %1").arg(cloud));
}

void MainWindow::setTenantDescription(const QString &tenant, bool sandbox)
{
    m_tenant = tenant;
    m_sandbox = sandbox;
    m_sandboxBanner->setVisible(sandbox);
    updateTitle();
}

void MainWindow::updateTitle()
{
    // Platforms append the application display name to a title that does not already end with
    // it ("Contoso — Identity Explorer — Identity Explorer" otherwise): the app is named once,
    // last, where the platform looks for it.
    QString title;
    if (m_sandbox)
        title = tr("Sandbox tenant — Identity Explorer");
    else if (m_tenant.isEmpty())
        title = tr("Identity Explorer");
    else
        title = tr("%1 — Identity Explorer").arg(m_tenant);
    setWindowTitle(title);
}

void MainWindow::createActivityDock(ie::net::HttpClient *client)
{
    m_activityDock = new QDockWidget(tr("Activity"), this);
    m_activityDock->setObjectName(u"activityDock"_s);
    m_activityModel = new ie::models::ActivityModel(this);
    if (client)
        m_activityModel->setLog(client->activityLog());
    m_activityView = new QTableView(m_activityDock);
    m_activityView->setObjectName(u"activityView"_s);
    m_activityView->setModel(m_activityModel);
    m_activityView->verticalHeader()->hide();
    m_activityView->verticalHeader()->setDefaultSectionSize(
            m_activityView->fontMetrics().height() + 6);
    m_activityView->horizontalHeader()->setStretchLastSection(true);
    m_activityView->horizontalHeader()->setSectionResizeMode(ie::models::ActivityModel::Url,
                                                             QHeaderView::Stretch);
    m_activityView->horizontalHeader()->setSectionResizeMode(ie::models::ActivityModel::Note,
                                                             QHeaderView::Interactive);
    m_activityView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activityView->setWordWrap(false);
    m_activityDock->setWidget(m_activityView);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    // Follow the newest request while the user is at the bottom.
    connect(m_activityModel, &QAbstractItemModel::rowsInserted, this, [this] {
        m_activityView->scrollToBottom();
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signIn = file->addAction(tr("&Sign in…"), this, &MainWindow::signInRequested);
    signIn->setShortcut(QKeySequence(tr("Ctrl+Shift+S", "Sign in")));
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction *reload = file->addAction(tr("&Reload"), this, &MainWindow::reloadRequested);
    reload->setShortcut(QKeySequence::Refresh);
    m_fileMenu = file;
    m_quitSeparator = file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names = {tr("&Identities"), tr("&Grant permissions"), tr("&Token inspector"),
                               tr("GUID &lookup")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = view->addAction(names[i], this, [this, i] { showArea(Area(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *activity = m_activityDock->toggleViewAction();
    activity->setText(tr("&Activity pane"));
    activity->setShortcut(QKeySequence(tr("Ctrl+Shift+A", "Activity pane")));
    view->addAction(activity);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Identity Explorer"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::addFileAction(QAction *action)
{
    m_fileMenu->insertAction(m_quitSeparator, action);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Identity Explorer"),
            tr("<h3>Identity Explorer %1</h3>"
               "<p>Browse the managed identities and service principals of a Microsoft Entra "
               "tenant, grant and revoke Microsoft Graph app roles and Azure RBAC roles, "
               "inspect access tokens and look up permission GUIDs.</p>"
               "<p>The built-in sandbox tenant emulates the Entra ID, Microsoft Graph, Azure "
               "Resource Manager and managed identity endpoints on this computer only.</p>"
               "<p>Secrets are kept only in the system keychain; access tokens only in "
               "memory.</p>")
                    .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    if (!restoreState(settings.value(u"state"_s).toByteArray())) {
        // First start: the areas are the point of the window; the log gets a strip of it.
        QTimer::singleShot(0, this, [this] { resizeDocks({m_activityDock}, {150}, Qt::Vertical); });
    }
    const int tab = settings.value(u"area"_s, 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"area"_s, m_tabs->currentIndex());
    event->accept();
}

} // namespace ie::ui
