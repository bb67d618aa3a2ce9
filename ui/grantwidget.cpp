#include "grantwidget.h"

#include "approlespanel.h"
#include "arm/roleassignmentclient.h"
#include "directoryrolespanel.h"
#include "graph/delegatedgrantclient.h"
#include "graph/directoryroleclient.h"
#include "core/auditlog.h"
#include "graph/approleclient.h"
#include "models/auditmodel.h"
#include "models/heldchange.h"
#include "permissions/approlekind.h"
#include "permissions/azurerolekind.h"
#include "permissions/delegatedgrantkind.h"
#include "permissions/directoryrolekind.h"
#include "permissions/ownershipkind.h"
#include "graph/ownershipclient.h"
#include "permissions/permissionstore.h"
#include "rbacpanel.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ie::ui {

GrantWidget::GrantWidget(ie::net::HttpClient *client, ie::catalog::Catalog *catalog,
                         ie::AuditLog *audit, QWidget *parent)
    : QWidget(parent), m_roleClient(new ie::graph::AppRoleClient(client, this)),
      m_rbacClient(new ie::arm::RoleAssignmentClient(client, this)),
      m_appRoleKind(new ie::permissions::AppRoleKind(m_roleClient, catalog, this)),
      m_azureRoleKind(new ie::permissions::AzureRoleKind(m_rbacClient, catalog, this)),
      m_directoryRoleKind(new ie::permissions::DirectoryRoleKind(
              new ie::graph::DirectoryRoleClient(client, this), catalog, this)),
      m_store(new ie::permissions::PermissionStore(this)), m_audit(audit),
      m_auditModel(new ie::models::AuditModel(audit, this))
{
    m_store->addKind(m_appRoleKind);
    m_store->addKind(m_azureRoleKind);
    m_store->addKind(m_directoryRoleKind);
    // Read and revoke only (no panel of its own): the details pane shows it from the store and
    // revokes through the kind.
    m_store->addKind(new ie::permissions::DelegatedGrantKind(
            new ie::graph::DelegatedGrantClient(client, this), catalog, this));
    // Read only: what it owns (tiered by what the owned objects' service principals hold) and
    // who controls it.
    m_store->addKind(new ie::permissions::OwnershipKind(
            new ie::graph::OwnershipClient(client, this), {m_appRoleKind, m_directoryRoleKind},
            this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_appRoles = new AppRolesPanel(m_appRoleKind, catalog, audit, m_tabs);
    m_rbac = new RbacPanel(m_azureRoleKind, catalog, audit, m_tabs);
    m_directoryRoles = new DirectoryRolesPanel(m_directoryRoleKind, catalog, audit, m_tabs);
    //: Tab: Microsoft Graph app roles (application permissions)
    m_tabs->addTab(m_appRoles, tr("App roles"));
    //: Tab: Azure RBAC role assignments
    m_tabs->addTab(m_rbac, tr("Azure roles"));
    //: Tab: Microsoft Entra directory roles (Global Administrator, ...)
    m_tabs->addTab(m_directoryRoles, tr("Directory roles"));

    auto *auditPage = new QWidget(m_tabs);
    auto *auditLayout = new QVBoxLayout(auditPage);
    m_auditNote = new QLabel(auditPage);
    m_auditNote->setObjectName(u"auditNote"_s);
    m_auditNote->setWordWrap(true);
    m_auditNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auditLayout->addWidget(m_auditNote);
    m_auditView = new QTableView(auditPage);
    m_auditView->setObjectName(u"audit"_s);
    m_auditView->setModel(m_auditModel);
    m_auditView->horizontalHeader()->setStretchLastSection(true);
    m_auditView->verticalHeader()->hide();
    auditLayout->addWidget(m_auditView, 1);
    auto *buttons = new QHBoxLayout;
    auto *csv = new QPushButton(tr("Export as CSV…"), auditPage);
    auto *json = new QPushButton(tr("Export as JSON…"), auditPage);
    buttons->addStretch();
    buttons->addWidget(csv);
    buttons->addWidget(json);
    auditLayout->addLayout(buttons);
    m_tabs->addTab(auditPage, tr("Audit record"));
    layout->addWidget(m_tabs);
    setSignedIn({}, {});

    connect(csv, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(json, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_appRoles, &AppRolesPanel::mintTokenRequested, this, &GrantWidget::mintTokenRequested);
    connect(m_appRoles, &AppRolesPanel::heldChanged, this, &GrantWidget::heldChanged);
    connect(m_rbac, &RbacPanel::heldChanged, this, &GrantWidget::heldChanged);
    connect(m_directoryRoles, &DirectoryRolesPanel::heldChanged, this, &GrantWidget::heldChanged);
    // A plan changed what the identity holds: the store reads it again for every view of it.
    connect(this, &GrantWidget::heldChanged, m_store,
            [this](const ie::models::HeldChange &change) { m_store->refresh(change.principalId); });
    // A panel's list caught up with a change Entra or ARM lagged behind: so does the store.
    for (GrantPanel *panel : std::initializer_list<GrantPanel *>{m_appRoles, m_rbac,
                                                               m_directoryRoles})
        connect(panel, &GrantPanel::heldCaughtUp, m_store, [this, panel](const QString &id) {
            m_store->refresh(id, {panel->kindOf()});
        });
}

GrantWidget::~GrantWidget() = default;

void GrantWidget::setIdentity(const QString &objectId, const QString &displayName)
{
    m_appRoles->setIdentity(objectId, displayName);
    m_rbac->setIdentity(objectId, displayName);
    m_directoryRoles->setIdentity(objectId, displayName);
}

bool GrantWidget::reviewRevoke(const ie::permissions::HeldPermission &held)
{
    for (GrantPanel *panel : std::initializer_list<GrantPanel *>{m_appRoles, m_rbac,
                                                               m_directoryRoles}) {
        if (panel->kindOf() == held.kind)
            return panel->reviewRevokeOf({held});
    }
    return false;
}

void GrantWidget::setSignedIn(const QString &principal, const QString &tenantId, bool sandbox)
{
    m_appRoles->setSignedIn(principal, tenantId);
    m_rbac->setSignedIn(principal, tenantId);
    m_directoryRoles->setSignedIn(principal, tenantId);
    // What identities hold is the signed-in tenant's: nothing of the one before is kept.
    m_store->clear();
    if (!m_audit) {
        m_auditNote->clear();
        return;
    }
    // The record is kept per tenant: the view shows this tenant's changes, a sandbox's only of
    // this run (an earlier run's tenant, and its grants, are gone).
    m_audit->setTenant(tenantId, sandbox);
    const QString path = m_audit->path();
    if (tenantId.isEmpty())
        m_auditNote->setText(
                tr("Every change made from this app, in every tenant, kept in %1.").arg(path));
    else if (sandbox)
        m_auditNote->setText(tr("Sandbox session: the changes made in this run of the local "
                                "sandbox tenant %1. The sandbox and its grants end with the app. "
                                "Kept in %2, marked as sandbox.")
                                     .arg(tenantId, path));
    else
        m_auditNote->setText(tr("Every change made from this app in tenant %1, kept in %2.")
                                     .arg(tenantId, path));
}

void GrantWidget::preselectRole(const QString &kind, const QString &resourceAppId,
                                const QString &id)
{
    if (kind == "azure-role"_L1) {
        m_tabs->setCurrentWidget(m_rbac);
        m_rbac->preselectRole(id);
    } else if (kind == "app-role"_L1 || kind == "tenant-app-role"_L1) {
        m_tabs->setCurrentWidget(m_appRoles);
        m_appRoles->preselectRole(resourceAppId, id);
    } else if (kind == "directory-role"_L1) {
        m_tabs->setCurrentWidget(m_directoryRoles);
        m_directoryRoles->preselectRole(id);
    }
}

bool GrantWidget::exportAudit(const QString &path, bool csv, QString *error) const
{
    const QList<ie::AuditRecord> records = m_auditModel->records();
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, f.errorString());
        return false;
    }
    f.write(csv ? ie::AuditLog::toCsv(records) : ie::AuditLog::toJson(records));
    return true;
}

void GrantWidget::chooseExport(bool csv)
{
    auto *dialog = new QFileDialog(this, tr("Export the audit record"), {},
                                   csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(csv ? u"csv"_s : u"json"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, csv](const QString &file) {
        QString error;
        if (!exportAudit(file, csv, &error))
            m_auditView->setToolTip(error);
    });
    dialog->open();
}

} // namespace ie::ui
