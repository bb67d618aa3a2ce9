#pragma once

#include "grantpanel.h"
#include "graph/approleclient.h"

#include <QHash>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace ie::models {
class HeldAppRoleModel;
}
namespace ie::permissions {
class AppRoleKind;
}

namespace ie::ui {

// Microsoft Graph app roles of the selected identity, in the grant panel shape: what it holds
// (re-read after every change), granting one or many roles of a resource API after a review of
// the exact requests, revoking after confirmation, a result per role, and the reminder that
// running code keeps its cached token.
class AppRolesPanel : public GrantPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppRolesPanel)
public:
    AppRolesPanel(ie::permissions::AppRoleKind *kind, ie::catalog::Catalog *catalog,
                  ie::AuditLog *audit, QWidget *parent = nullptr);
    ~AppRolesPanel() override;

    ie::models::HeldAppRoleModel *heldModel() const { return m_model; }
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
    void reviewGrant();
    void reviewRevoke();

Q_SIGNALS:
    // The user asks for a fresh token of this identity in the token inspector.
    void mintTokenRequested(const QString &objectId);

protected:
    ie::graph::GrantPlan newPlan() const override;
    void readHeld(const QString &principalId) override;
    void expectChange(const ie::models::HeldChange &change) override;
    void addToChange(ie::models::HeldChange &change,
                     const ie::permissions::ChangeOutcome &outcome) const override;
    QString changeLabel(const ie::graph::PlannedChange &change) const override;
    void clearPick() override;
    void identityChanged() override;
    QList<std::chrono::milliseconds> lagDelays() const override;
    QString waitingText(qint64 delayMs) const override;

private:
    void loadResources();
    void fillResources();
    void fillRoles();
    void showRoleInfo();
    const ie::graph::ResourceApi *currentResource() const;
    void applyPreselection();
    void roleItemChanged(QListWidgetItem *item);
    void updateTickCount();

    QPointer<ie::permissions::AppRoleKind> m_kind;
    QPointer<ie::graph::AppRoleClient> m_client;
    ie::models::HeldAppRoleModel *m_model;
    QList<ie::graph::ResourceApi> m_resources;
    QHash<QString, ie::graph::ResourceApi> m_byId;
    bool m_resourcesLoading = false;
    QString m_pendingAppId; // a preselection waiting for the resource APIs
    QString m_pendingRoleId;
    // Ticked, not yet held roles by resource API object id: kept while filters hide them.
    QHash<QString, QSet<QString>> m_ticked;
    bool m_filling = false; // fillRoles() is making the items: their changes are not ticks

    QLineEdit *m_resourceFilter;
    QComboBox *m_resource;
    QLineEdit *m_roleFilter;
    QCheckBox *m_onlyTicked; // shows the ticked roles only, whatever the search
    QLabel *m_tickCount; // "N selected"
    QListWidget *m_roles;
    QLabel *m_roleInfo;
    QPushButton *m_mint;
};

} // namespace ie::ui
