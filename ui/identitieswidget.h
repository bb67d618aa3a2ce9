#pragma once

#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QWidget>


class QCheckBox;
class QFrame;
class QModelIndex;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace ie::catalog {
class Catalog;
}
namespace ie::net {
class HttpClient;
}
namespace ie::models {
class CapabilityModel;
class IdentityDetailsLoader;
class IdentityFilterModel;
class IdentityLoader;
class IdentityTierScan;
class IdentityTreeModel;
struct HeldChange;
struct IdentityDetails;
struct Identity;
} // namespace ie::models

namespace ie::permissions {
class PermissionStore;
struct HeldPermission;
} // namespace ie::permissions
namespace ie::federation {
struct FicTarget;
}
namespace ie::graph {
class AgentDetailsJob;
struct AgentDetails;
} // namespace ie::graph

namespace ie::ui {

class CapabilityCard;

// The Identities area: the tree of managed identities and service principals (filter as you
// type, server-side search, a column view with sorting) and the selected identity's details
// (ids with what each tool calls them, resources, credentials, exposed app roles, federated
// credentials; copy, open in the portal, grant, inspect a token).
class IdentitiesWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitiesWidget)
public:
    explicit IdentitiesWidget(ie::net::HttpClient *client, QWidget *parent = nullptr);
    ~IdentitiesWidget() override;

    ie::models::IdentityTreeModel *model() const { return m_model; }
    ie::models::IdentityFilterModel *filterModel() const { return m_filter; }
    ie::models::IdentityLoader *loader() const { return m_loader; }
    void setFilterText(const QString &text);
    // Selects the identity with this object id (e.g. from the token inspector's oid).
    bool selectObjectId(const QString &objectId);
    const ie::models::Identity *currentIdentity() const;
    ie::models::IdentityDetailsLoader *detailsLoader() const { return m_detailsLoader; }
    // Finds the identities that hold anything of tier 0 or 1, after each whole load.
    ie::models::IdentityTierScan *tierScan() const { return m_tierScan; }
    // Describes what the card lists, and tiers the tree's marks (may be null).
    void setCatalog(ie::catalog::Catalog *catalog);
    // What each identity holds, shared with the grant panels: selecting an identity reads it
    // once per kind, and the "What it can do" card shows it (may be null: no card).
    void setPermissionStore(ie::permissions::PermissionStore *store);
    CapabilityCard *card() const { return m_card; }
    ie::models::CapabilityModel *capabilities() const { return m_capabilities; }
    // Where "Open in Azure portal" goes for the current identity (empty without one).
    QUrl portalUrl() const;

public Q_SLOTS:
    void reload();
    // Checks again which identities hold tier 0 or 1 (after a grant or a revoke).
    void rescanTiers();
    // Reads the selected identity's details again (after its federated credentials changed).
    void reloadDetails();
    // Selects the identity with this object id (e.g. the token inspector's oid claim).
    void selectIdentity(const QString &objectId) { selectObjectId(objectId); }
    // A grant panel changed what an identity holds (GrantWidget::heldChanged): the tree's tier
    // marks are checked again (rescanTiers()); the card follows the store.
    void followHeldChange(const ie::models::HeldChange &change);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void currentIdentityChanged(const QString &objectId, const QString &displayName);
    // The user asks to grant the identity something (the lead opens the grant panels).
    void grantRequested(const QString &objectId, const QString &displayName);
    // The user asks to inspect a token for the identity.
    void inspectTokenRequested(const QString &objectId);
    // Revoke on the card: the grant panel of its kind reviews and runs it.
    void revokeRequested(const ie::permissions::HeldPermission &held);
    // The user asks to manage the federated credentials of the selected user-assigned identity
    // or app registration (`doctor`: the federation doctor first).
    void federationRequested(const ie::federation::FicTarget &target, bool doctor);

private:
    void updateState();
    void showCurrent();
    void renderDetails();
    void setColumnView(bool on);
    void expandGroups(const QModelIndex &parent);
    QSet<QString> expandedGroupKeys(const QModelIndex &parent) const;
    void expandGroupKeys(const QSet<QString> &keys, const QModelIndex &parent);
    // The app registration's certificates and client secrets (HTML table rows): thumbprint,
    // validity, and expired or expiring-within-30-days ones marked in words and colour.
    QString applicationCredentialsHtml(const ie::models::IdentityDetails &d) const;
    // The "Agent ID" section of an agent identity or a blueprint principal (HTML table rows):
    // its blueprint, links that select the blueprint principal or the blueprint's agents,
    // sponsors, what it inherits, and what could not be read, said plainly.
    QString agentIdHtml(const ie::models::Identity &i);
    // Starts reading the Agent ID details of `i` (an agent or blueprint principal), dropping
    // the job of the identity shown before: its late answer never reaches this one.
    void startAgentDetails(const ie::models::Identity *i);

    QPointer<ie::net::HttpClient> m_client;
    ie::models::IdentityTreeModel *m_model;
    ie::models::IdentityFilterModel *m_filter;
    ie::models::IdentityLoader *m_loader;
    QLineEdit *m_filterEdit;
    QPushButton *m_searchButton;
    QCheckBox *m_columns;
    QTreeView *m_tree;
    QLabel *m_state;
    // Shown while the tree holds the answer of "Search tenant", not the whole tenant.
    QFrame *m_searchBar;
    QLabel *m_searchText;
    QPushButton *m_showAll;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QTextBrowser *m_details;
    QPushButton *m_copyObjectId;
    QPushButton *m_copyAppId;
    QPushButton *m_openPortal;
    QPushButton *m_grant;
    QPushButton *m_inspectToken;
    ie::models::IdentityDetailsLoader *m_detailsLoader;
    ie::models::IdentityTierScan *m_tierScan;
    QPointer<ie::permissions::PermissionStore> m_store;
    ie::models::CapabilityModel *m_capabilities;
    CapabilityCard *m_card;
    QString m_shownObjectId; // whose details are loaded
    // The Agent ID details being read (or read) for m_agentObjectId; null for other identities.
    QPointer<ie::graph::AgentDetailsJob> m_agentJob;
    QString m_agentObjectId;
    QStringList m_copyValues; // the ids behind the details' "copy" links (copy:N)
    QString m_keepSelection; // object id to select again while a reload brings it back
    QSet<int> m_collapsedByUser; // top-level groups the user closed: not reopened by a load
    // "No identity matches …" while the filter hides every identity.
    QLabel *m_noMatch = nullptr;
    // The groups open before the filter got its first word (GroupKeyRole): open again when it
    // is cleared, rather than every group closed.
    QSet<QString> m_expandedBeforeFilter;
    QString m_notice; // the latest transient status (a retried request) while loading
};

} // namespace ie::ui
