#pragma once

#include "graph/approleclient.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;

namespace ie {
class AuditLog;
}
namespace ie::catalog {
class Catalog;
}
namespace ie::graph {
class GrantPlan;
struct PlannedChange;
}
namespace ie::models {
class HeldAppRoleModel;
struct HeldChange;
}

namespace ie::ui {

// Microsoft Graph app roles of the selected identity: what it holds (re-read after every
// change), granting one or many roles of a resource API after a review of the exact requests,
// revoking after confirmation, a result per role, and the reminder that running code keeps its
// cached token.
class AppRolesPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppRolesPanel)
public:
    AppRolesPanel(ie::graph::AppRoleClient *client, ie::catalog::Catalog *catalog,
                  ie::AuditLog *audit, QWidget *parent = nullptr);
    ~AppRolesPanel() override;

    ie::models::HeldAppRoleModel *heldModel() const { return m_model; }
    QString principalId() const { return m_principalId; }
    bool isBusy() const { return m_busy > 0; }
    // Selects the resource API with this appId in the picker; false when it is not listed.
    bool selectResource(const QString &appId);
    // Checks the role with this value in the role list; false when it is not offered.
    bool checkRole(const QString &value);
    // "Grant to…" from the lookup: selects the resource API with this appId and checks the role
    // with this id, now or as soon as the resource APIs are read.
    void preselectRole(const QString &resourceAppId, const QString &roleId);
    // The ticked roles of the resource API in the picker that the identity does not hold yet,
    // in the API's order, ticked under any filter (what Review would send).
    QStringList checkedRoleIds() const;

public Q_SLOTS:
    void setIdentity(const QString &objectId, const QString &displayName);
    // Who is signed in, for the audit record.
    void setSignedIn(const QString &principal, const QString &tenantId);
    void refresh();
    void reviewGrant();
    void reviewRevoke();

Q_SIGNALS:
    // The user asks for a fresh token of this identity in the token inspector.
    void mintTokenRequested(const QString &objectId);
    void changed();
    // A grant or revoke ran: what the identity holds changed (the details follow).
    void heldChanged(const ie::models::HeldChange &change);

private:
    void loadResources();
    void fillResources();
    void fillRoles();
    void showRoleInfo();
    const ie::graph::ResourceApi *currentResource() const;
    void runGrant(const ie::graph::ResourceApi &resource, const ie::graph::GrantPlan &plan);
    void runRevoke(const ie::graph::GrantPlan &plan);
    // Appends the record of `change` having run (its identity, a tier-0 confirmation).
    void audit(const QString &action, const ie::graph::PlannedChange &change,
               const QString &result, const QString &requestId);
    // `step` 0: only brings the actions up to date.
    void setBusy(bool busy, int step = 1);
    void applyPreselection();
    // After a plan ran: the list is read again expecting the change, and heldChanged() tells.
    void followChange(const ie::models::HeldChange &change);
    // Says (in the held box's title) when the list does not show the latest change yet, and
    // reads it again after the next replication delay.
    void showLag();
    // Ticks belong to one identity and one plan: dropped when the identity changes and after
    // a plan ran.
    void clearTicks();
    void roleItemChanged(QListWidgetItem *item);
    void updateTickCount();

    QPointer<ie::graph::AppRoleClient> m_client;
    QPointer<ie::catalog::Catalog> m_catalog;
    QPointer<ie::AuditLog> m_audit;
    ie::models::HeldAppRoleModel *m_model;
    QList<ie::graph::ResourceApi> m_resources;
    QHash<QString, ie::graph::ResourceApi> m_byId;
    QString m_principalId;
    QString m_principalName;
    QString m_signedIn;
    QString m_tenantId;
    bool m_resourcesLoading = false;
    QString m_pendingAppId; // a preselection waiting for the resource APIs
    QString m_pendingRoleId;
    // Ticked, not yet held roles by resource API object id: kept while filters hide them.
    QHash<QString, QSet<QString>> m_ticked;
    int m_busy = 0;
    bool m_filling = false; // fillRoles() is making the items: their changes are not ticks

    QLabel *m_title;
    QGroupBox *m_heldBox;
    int m_lagAttempt = 0; // replication delays used up while the list lags a change
    QTableView *m_held;
    QPushButton *m_refresh;
    QPushButton *m_revoke;
    QLineEdit *m_resourceFilter;
    QComboBox *m_resource;
    QLineEdit *m_roleFilter;
    QCheckBox *m_onlyTicked; // shows the ticked roles only, whatever the search
    QLabel *m_tickCount; // "N selected"
    QListWidget *m_roles;
    QLabel *m_roleInfo;
    QPushButton *m_grant;
    QLabel *m_result;
    QLabel *m_notice;
    QPushButton *m_mint;
};

} // namespace ie::ui
