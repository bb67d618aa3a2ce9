#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonArray>
#include <QStringList>
#include <QUuid>

#include <deque>
#include <memory>
#include <vector>

namespace ie::net::json {
class Cursor;
}

namespace ie::models {

// The most dangerous tier of anything an identity holds, and what makes it so
// ("RoleManagement.ReadWrite.Directory on Microsoft Graph", "Owner at /subscriptions/…").
struct TierMark
{
    int tier = -1; // 0 (tier 0, can take over the tenant) .. 3; -1: nothing tiered is held
    QStringList reasons; // the holdings of that tier
    bool operator==(const TierMark &o) const { return tier == o.tier && reasons == o.reasons; }
};

// What the tree knows of one service principal, from Graph and, for managed identities, ARM.
struct Identity
{
    // AgentIdentity and AgentBlueprintPrincipal: Microsoft Entra Agent ID service principals, told
    // apart by their @odata.type (docs/agents.md).
    enum class Kind {
        SystemAssigned,
        UserAssigned,
        Application,
        Microsoft,
        Other,
        AgentIdentity,
        AgentBlueprintPrincipal
    };
    // Whether ARM confirms the resource behind a managed identity.
    enum class ArmState {
        Unknown, // ARM not read (yet, or at all)
        Found, // the resource exists
        Orphaned, // the subscription was read and the resource is gone
        NotVisible, // the resource's subscription cannot be read by the signed-in user
    };

    QString objectId;
    QString appId;
    QString displayName;
    QString servicePrincipalType;
    Kind kind = Kind::Other;
    QString resourceId; // managed identities: the ARM id from alternativeNames
    QString resourceType; // "Microsoft.Compute/virtualMachines", from the id or ARM
    QString created; // ARM systemData.createdAt where known
    QStringList attachedTo; // user-assigned: the resources that use it
    ArmState arm = ArmState::Unknown;
    QByteArray search; // lower-case UTF-8 text the filter matches (bytes: a fast memmem)

    static QString kindName(Kind kind); // "system-assigned", "user-assigned", ...
    bool orphaned() const { return arm == ArmState::Orphaned; }
};

// The fields of a Graph servicePrincipal the tree reads ($select in IdentityLoader).
struct GraphServicePrincipal
{
    QString id;
    QString appId;
    QString displayName;
    QString appDisplayName;
    QString servicePrincipalType;
    QString appOwnerOrganizationId;
    QStringList alternativeNames;
    QString odataType; // "@odata.type": set on derived types only (agent identities, ...)
};

// What ARM says about the managed identities' resources.
struct ArmSnapshot
{
    QStringList readableSubscriptions; // lower-case subscription ids read in full
    QStringList unreadableSubscriptions;
    QHash<QString, QString> resourceTypes; // lower-case resource id -> type
    QHash<QString, QString> createdAt; // lower-case resource id -> systemData.createdAt
    QHash<QString, QStringList> attachedTo; // lower-case UAMI id -> resource ids using it
};

// The identity tree: Managed identities (User-assigned; System-assigned by resource type),
// Service principals (This tenant's applications, Microsoft first-party, Other) and Agents
// (Agent identities, Agent identity blueprint principals), with counts on
// every group. Rows are inserted as Graph pages arrive; ARM data refines the managed identities
// (backing resources, attached resources, orphans). Columns for the column view: name, type,
// app id, object id, created.
class IdentityTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityTreeModel)
public:
    enum Role {
        ObjectIdRole = Qt::UserRole + 1,
        AppIdRole,
        KindRole, // Identity::kindName
        ResourceIdRole,
        ResourceTypeRole,
        AttachedToRole, // QStringList
        ArmStateRole, // int(Identity::ArmState)
        OrphanedRole, // bool
        IsGroupRole, // bool
        GroupKeyRole, // "managed", "user-assigned", "system-assigned", "system-assigned/<type>",
                      // ...
        CountRole, // identities under a group
        SearchTextRole,
        GroupTitleRole, // groups: the title without the count
        TierRole, // int: the most dangerous tier it holds (0, 1), -1 when none is known
        TierReasonsRole, // QStringList: what it holds of that tier
    };
    Q_ENUM(Role)
    enum Column { NameColumn, TypeColumn, AppIdColumn, ObjectIdColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)

    explicit IdentityTreeModel(QObject *parent = nullptr);
    ~IdentityTreeModel() override;

    // Graph servicePrincipals objects (at least id, appId, displayName, servicePrincipalType,
    // alternativeNames, appOwnerOrganizationId).
    void addServicePrincipals(const QJsonArray &page);
    // Rows already made (fromFields), moved in; an object id already present is skipped.
    void addIdentities(QList<Identity> &rows);
    // Only items [from, to) of the page, so that a caller can spread a page of 999 over several
    // event loop turns.
    void addServicePrincipals(const QJsonArray &page, int from, int to);
    void applyArm(const ArmSnapshot &arm);
    // The same for identities [from, to) only, so that a caller can spread 100,000 over several
    // event loop turns; rows changed are signalled per range.
    void applyArm(const ArmSnapshot &arm, int from, int to);
    void clear();
    // Marks identities by the most dangerous tier they hold (object id, lower case -> mark);
    // identities not in `marks` lose theirs. Rows whose mark changed are signalled.
    void setTierMarks(const QHash<QString, TierMark> &marks);
    TierMark tierMark(const QString &objectId) const;

    int identityCount() const { return int(m_identities.size()); }
    const Identity *identity(const QModelIndex &index) const;
    // The identity's position in insertion order (0..identityCount()-1), -1 for a group.
    int identityIndex(const QModelIndex &index) const;
    const Identity &identityAt(int i) const { return m_identities[size_t(i)]; }
    QModelIndex indexOfObjectId(const QString &objectId) const;
    QModelIndex groupIndex(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static Identity fromGraph(const QJsonObject &servicePrincipal);
    static Identity fromFields(const GraphServicePrincipal &servicePrincipal);
    // Reads the service principal object at the cursor (a page's "value" element), fields as
    // QJsonValue::toString() reads them (not a string: empty). A value that is not an object is
    // skipped and false returned.
    static bool readServicePrincipal(ie::net::json::Cursor &cursor, GraphServicePrincipal *out);

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;
        QString key; // groups only
        int identity = -1; // leaves only
        int count = 0; // groups: identities below
        std::vector<Node *> children;
    };
    Node *groupFor(const Identity &identity, QList<Node *> *created);
    Node *addGroup(Node *parent, const QString &key);
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *nodeOf(const QModelIndex &index) const;
    QString groupTitle(const Node *node) const;
    void refreshCounts(Node *from);
    void rebuild();
    // `objectId`'s slot in m_byGuid or m_byObjectId (index + 1; a new slot holds 0).
    int &objectIdSlot(const QString &objectId);
    void applyTierWord(Identity &identity) const;
    int objectIdValue(const QString &objectId) const; // index + 1, 0: none

    std::vector<std::unique_ptr<Node>> m_nodes; // owns every group node
    // Leaves, one per identity: a deque holds 100,000 without an allocation each, and never moves
    // them (indexes point at them).
    std::deque<Node> m_leaves;
    Node m_root;
    QHash<QString, Node *> m_groups;
    // A deque: growing it never moves the rows already loaded (no stall at 2^n rows).
    std::deque<Identity> m_identities;
    // Object id -> index + 1 (0: none). Graph's object ids are GUIDs: kept as 16 bytes, hashed
    // without a string (100,000 inserts were a tenth of `list`'s time as lower-case strings);
    // anything else by its lower-case text.
    QHash<QUuid, int> m_byGuid;
    QHash<QString, int> m_byObjectId;
    std::vector<Node *> m_leafOf; // identity index -> its leaf
    QHash<QString, TierMark> m_tiers; // lower-case object id -> mark
};

} // namespace ie::models
