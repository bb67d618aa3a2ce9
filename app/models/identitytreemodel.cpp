#include "models/identitytreemodel.h"

#include "net/jsonscan.h"

#include <QJsonObject>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace ie::models {

namespace {

bool isMicrosoftTenant(const QString &tenant)
{
    return tenant == "f8cdef31-a31e-4b4a-93e4-5f571e91255a"_L1 // Microsoft Services
            || tenant == "72f988bf-86f1-41af-91ab-2d7cd011db47"_L1 // Microsoft
            || tenant == "cdc5aeea-15c5-4db6-b079-fcadd2505dc2"_L1;
}

// "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/virtualMachines/vm" ->
// "Microsoft.Compute/virtualMachines".
QString typeFromResourceId(const QString &id)
{
    const int at = id.lastIndexOf("/providers/"_L1, -1, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    const QStringList parts = id.mid(at + 11).split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 3)
        return {};
    QString type = parts[0] + u'/' + parts[1];
    for (int i = 3; i + 1 < parts.size(); i += 2)
        type += u'/' + parts[i];
    return type;
}

QString subscriptionOf(const QString &resourceId)
{
    const QStringList parts = resourceId.split(u'/', Qt::SkipEmptyParts);
    return parts.size() >= 2 && parts[0].compare("subscriptions"_L1, Qt::CaseInsensitive) == 0
            ? parts[1].toLower()
            : QString();
}

// Appends `s` lower-cased as UTF-8: exactly s.toLower().toUtf8(), without the two copies for the
// common all-ASCII text (ids, resource ids, most names).
void appendLowerUtf8(QByteArray &out, QStringView s)
{
    const qsizetype at = out.size();
    out.resize(at + s.size());
    char *d = out.data() + at;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x80) {
            out.truncate(at);
            out.append(s.toString().toLower().toUtf8());
            return;
        }
        d[i] = char(c >= u'A' && c <= u'Z' ? c + 32 : c);
    }
}

// The text the filter matches: the parts lower-cased, joined by spaces.
QByteArray searchText(std::initializer_list<QStringView> parts)
{
    qsizetype n = 0;
    for (QStringView p : parts)
        n += p.size() + 1;
    QByteArray out;
    out.reserve(n);
    bool first = true;
    for (QStringView p : parts) {
        if (!first)
            out.append(' ');
        first = false;
        appendLowerUtf8(out, p);
    }
    return out;
}

} // namespace

QString Identity::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SystemAssigned:
        return u"system-assigned"_s;
    case Kind::UserAssigned:
        return u"user-assigned"_s;
    case Kind::Application:
        return u"application"_s;
    case Kind::Microsoft:
        return u"microsoft"_s;
    case Kind::Other:
        return u"other"_s;
    case Kind::AgentIdentity:
        return u"agent-identity"_s;
    case Kind::AgentBlueprintPrincipal:
        return u"agent-blueprint-principal"_s;
    }
    return {};
}

Identity IdentityTreeModel::fromGraph(const QJsonObject &o)
{
    GraphServicePrincipal sp;
    sp.id = o.value("id"_L1).toString();
    sp.appId = o.value("appId"_L1).toString();
    sp.displayName = o.value("displayName"_L1).toString();
    sp.appDisplayName = o.value("appDisplayName"_L1).toString();
    sp.servicePrincipalType = o.value("servicePrincipalType"_L1).toString();
    sp.appOwnerOrganizationId = o.value("appOwnerOrganizationId"_L1).toString();
    for (const QJsonValue &v : o.value("alternativeNames"_L1).toArray())
        sp.alternativeNames.append(v.toString());
    sp.odataType = o.value("@odata.type"_L1).toString();
    return fromFields(sp);
}

bool IdentityTreeModel::readServicePrincipal(ie::net::json::Cursor &c, GraphServicePrincipal *sp)
{
    if (c.peek() != '{') {
        c.skipValue();
        return false;
    }
    // Types repeat on every row: one shared string each instead of 100,000 copies.
    static const QString Application = u"Application"_s;
    static const QString ManagedIdentity = u"ManagedIdentity"_s;
    auto text = [&c](QString *out) {
        out->clear();
        if (c.peek() == '"')
            c.readString(out);
        else
            c.skipValue();
    };
    c.beginObject();
    QByteArrayView key;
    while (c.nextMember(&key)) {
        if (key == "id") {
            text(&sp->id);
        } else if (key == "appId") {
            text(&sp->appId);
        } else if (key == "displayName") {
            text(&sp->displayName);
        } else if (key == "appDisplayName") {
            text(&sp->appDisplayName);
        } else if (key == "servicePrincipalType") {
            text(&sp->servicePrincipalType);
            if (sp->servicePrincipalType == Application)
                sp->servicePrincipalType = Application;
            else if (sp->servicePrincipalType == ManagedIdentity)
                sp->servicePrincipalType = ManagedIdentity;
        } else if (key == "appOwnerOrganizationId") {
            text(&sp->appOwnerOrganizationId);
        } else if (key == "@odata.type") {
            text(&sp->odataType);
        } else if (key == "alternativeNames") {
            sp->alternativeNames.clear();
            if (c.peek() != '[') {
                c.skipValue();
                continue;
            }
            c.beginArray();
            while (c.nextElement()) {
                QString name;
                text(&name);
                sp->alternativeNames.append(name);
            }
        } else {
            c.skipValue();
        }
    }
    return !c.failed();
}

Identity IdentityTreeModel::fromFields(const GraphServicePrincipal &sp)
{
    Identity i;
    i.objectId = sp.id;
    i.appId = sp.appId;
    i.displayName = sp.displayName.isEmpty() ? sp.appDisplayName : sp.displayName;
    i.servicePrincipalType = sp.servicePrincipalType;
    // Agent ID (https://learn.microsoft.com/graph/api/resources/agentidentity?view=graph-rest-1.0):
    // derived servicePrincipal types, named by @odata.type in every servicePrincipals listing.
    if (sp.odataType.compare("#microsoft.graph.agentIdentity"_L1, Qt::CaseInsensitive) == 0) {
        i.kind = Identity::Kind::AgentIdentity;
    } else if (sp.odataType.compare("#microsoft.graph.agentIdentityBlueprintPrincipal"_L1,
                                    Qt::CaseInsensitive)
               == 0) {
        i.kind = Identity::Kind::AgentBlueprintPrincipal;
    } else if (i.servicePrincipalType.compare("ManagedIdentity"_L1, Qt::CaseInsensitive) == 0) {
        // alternativeNames: ["isExplicit=True|False", "/subscriptions/.../<resource>"]
        bool explicitName = false;
        for (const QString &s : sp.alternativeNames) {
            if (s.compare("isExplicit=True"_L1, Qt::CaseInsensitive) == 0)
                explicitName = true;
            else if (s.startsWith(u'/'))
                i.resourceId = s;
        }
        const QString type = typeFromResourceId(i.resourceId);
        // A resource id of a user-assigned identity names its own type, whatever isExplicit says.
        explicitName = explicitName
                || type.compare("Microsoft.ManagedIdentity/userAssignedIdentities"_L1,
                                Qt::CaseInsensitive)
                        == 0;
        i.kind = explicitName ? Identity::Kind::UserAssigned : Identity::Kind::SystemAssigned;
        i.resourceType = type;
    } else if (i.servicePrincipalType.compare("Application"_L1, Qt::CaseInsensitive) == 0) {
        i.kind = isMicrosoftTenant(sp.appOwnerOrganizationId) ? Identity::Kind::Microsoft
                                                               : Identity::Kind::Application;
    } else {
        i.kind = Identity::Kind::Other;
    }
    i.search = searchText({i.displayName, i.objectId, i.appId, i.servicePrincipalType,
                           Identity::kindName(i.kind), i.resourceId});
    return i;
}

IdentityTreeModel::IdentityTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    rebuild();
}

IdentityTreeModel::~IdentityTreeModel() = default;

IdentityTreeModel::Node *IdentityTreeModel::addGroup(Node *parent, const QString &key)
{
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->key = key;
    node->row = int(parent->children.size());
    parent->children.push_back(node.get());
    m_groups.insert(key, node.get());
    m_nodes.push_back(std::move(node));
    return m_nodes.back().get();
}

void IdentityTreeModel::rebuild()
{
    m_nodes.clear();
    m_groups.clear();
    m_root.children.clear();
    m_identities.clear();
    m_leaves.clear();
    m_byGuid.clear();
    m_byObjectId.clear();
    m_leafOf.clear();
    Node *managed = addGroup(&m_root, u"managed"_s);
    addGroup(managed, u"user-assigned"_s);
    addGroup(managed, u"system-assigned"_s);
    Node *principals = addGroup(&m_root, u"principals"_s);
    addGroup(principals, u"application"_s);
    addGroup(principals, u"microsoft"_s);
    addGroup(principals, u"other"_s);
    Node *agents = addGroup(&m_root, u"agents"_s);
    addGroup(agents, u"agent-identity"_s);
    addGroup(agents, u"agent-blueprint-principal"_s);
}

void IdentityTreeModel::clear()
{
    beginResetModel();
    m_tiers.clear();
    rebuild();
    endResetModel();
}

// The filter's keywords for the marks: "tier0" or "tier1" at the end of the search text.
void IdentityTreeModel::applyTierWord(Identity &identity) const
{
    for (const QByteArray &w : {QByteArrayLiteral(" tier0"), QByteArrayLiteral(" tier1")}) {
        if (identity.search.endsWith(w))
            identity.search.chop(w.size());
    }
    const auto mark = m_tiers.constFind(identity.objectId.toLower());
    if (mark != m_tiers.cend() && (mark->tier == 0 || mark->tier == 1))
        identity.search.append(mark->tier == 0 ? " tier0" : " tier1");
}

void IdentityTreeModel::setTierMarks(const QHash<QString, TierMark> &marks)
{
    QHash<QString, TierMark> old = std::exchange(m_tiers, marks);
    auto changed = [this](const QString &objectId) {
        const QModelIndex i = indexOfObjectId(objectId);
        if (!i.isValid())
            return;
        const int slot = objectIdValue(objectId);
        if (slot > 0)
            applyTierWord(m_identities[size_t(slot - 1)]);
        Q_EMIT dataChanged(i, i, {TierRole, TierReasonsRole, Qt::ToolTipRole});
    };
    for (auto it = m_tiers.cbegin(); it != m_tiers.cend(); ++it) {
        if (old.value(it.key()) != it.value())
            changed(it.key());
        old.remove(it.key());
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        changed(it.key());
}

TierMark IdentityTreeModel::tierMark(const QString &objectId) const
{
    return m_tiers.value(objectId.toLower());
}

IdentityTreeModel::Node *IdentityTreeModel::groupFor(const Identity &identity,
                                                     QList<Node *> *created)
{
    if (identity.kind != Identity::Kind::SystemAssigned)
        return m_groups.value(Identity::kindName(identity.kind));
    const QString type
            = identity.resourceType.isEmpty() ? u"unknown"_s : identity.resourceType.toLower();
    const QString key = u"system-assigned/"_s + type;
    if (Node *g = m_groups.value(key))
        return g;
    Node *parent = m_groups.value(u"system-assigned"_s);
    const int row = int(parent->children.size());
    beginInsertRows(indexOf(parent), row, row);
    Node *g = addGroup(parent, key);
    endInsertRows();
    created->append(g);
    return g;
}

void IdentityTreeModel::addServicePrincipals(const QJsonArray &page)
{
    addServicePrincipals(page, 0, int(page.size()));
}

void IdentityTreeModel::addServicePrincipals(const QJsonArray &page, int from, int to)
{
    QList<Identity> rows;
    to = std::min(to, int(page.size()));
    for (int at = std::max(0, from); at < to; ++at) {
        const QJsonValue v = page.at(at);
        if (v.isObject())
            rows.append(fromGraph(v.toObject()));
    }
    addIdentities(rows);
}

namespace {
// A GUID in its 36-character form only ("{...}" stays text, as it was); else null.
QUuid objectGuid(const QString &objectId)
{
    return objectId.size() == 36 ? QUuid::fromString(objectId) : QUuid();
}
} // namespace

int &IdentityTreeModel::objectIdSlot(const QString &objectId)
{
    const QUuid guid = objectGuid(objectId);
    return guid.isNull() ? m_byObjectId[objectId.toLower()] : m_byGuid[guid];
}

int IdentityTreeModel::objectIdValue(const QString &objectId) const
{
    const QUuid guid = objectGuid(objectId);
    return guid.isNull() ? m_byObjectId.value(objectId.toLower()) : m_byGuid.value(guid);
}

void IdentityTreeModel::addIdentities(QList<Identity> &rows)
{
    // Group the page's new identities by their group, then insert each group's run at once.
    QHash<Node *, QList<int>> byGroup;
    QList<Node *> order;
    QList<Node *> createdGroups;
    for (Identity &identity : rows) {
        const int index = int(m_identities.size());
        if (!identity.objectId.isEmpty()) {
            // One lookup: a page repeated by the service must not duplicate rows.
            int &slot = objectIdSlot(identity.objectId);
            if (slot != 0)
                continue;
            slot = index + 1;
        }
        Node *group = groupFor(identity, &createdGroups);
        applyTierWord(identity);
        // An object without an id still shows (it cannot be selected by id).
        m_identities.push_back(std::move(identity));
        if (!byGroup.contains(group))
            order.append(group);
        byGroup[group].append(index);
    }
    m_leafOf.resize(m_identities.size(), nullptr);
    QSet<Node *> touched;
    for (Node *group : std::as_const(order)) {
        const QList<int> &indexes = byGroup[group];
        const int first = int(group->children.size());
        beginInsertRows(indexOf(group), first, first + int(indexes.size()) - 1);
        for (int identityIndex : indexes) {
            Node &leaf = m_leaves.emplace_back();
            leaf.parent = group;
            leaf.row = int(group->children.size());
            leaf.identity = identityIndex;
            group->children.push_back(&leaf);
            m_leafOf[size_t(identityIndex)] = &leaf;
        }
        endInsertRows();
        for (Node *n = group; n && n != &m_root; n = n->parent) {
            n->count += int(indexes.size());
            touched.insert(n);
        }
    }
    for (Node *n : std::as_const(touched))
        Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, 0), {Qt::DisplayRole, CountRole});
}

void IdentityTreeModel::applyArm(const ArmSnapshot &arm)
{
    applyArm(arm, 0, identityCount());
}

void IdentityTreeModel::applyArm(const ArmSnapshot &arm, int from, int to)
{
    to = std::min(to, identityCount());
    QHash<Node *, std::pair<int, int>> changed; // leaf group -> first and last row changed
    for (size_t i = size_t(std::max(0, from)); i < size_t(std::max(0, to)); ++i) {
        Identity &id = m_identities[i];
        if (id.kind != Identity::Kind::SystemAssigned && id.kind != Identity::Kind::UserAssigned)
            continue;
        const QString key = id.resourceId.toLower();
        if (arm.resourceTypes.contains(key)) {
            id.arm = Identity::ArmState::Found;
            id.created = arm.createdAt.value(key);
            id.attachedTo = arm.attachedTo.value(key);
        } else if (arm.readableSubscriptions.contains(subscriptionOf(id.resourceId))) {
            id.arm = Identity::ArmState::Orphaned;
        } else {
            id.arm = Identity::ArmState::NotVisible;
        }
        const QString attached = id.attachedTo.join(u' ');
        id.search = id.orphaned()
                ? searchText({id.displayName, id.objectId, id.appId, id.servicePrincipalType,
                              Identity::kindName(id.kind), id.resourceId, attached, u"orphaned"})
                : searchText({id.displayName, id.objectId, id.appId, id.servicePrincipalType,
                              Identity::kindName(id.kind), id.resourceId, attached});
        applyTierWord(id);
        const Node *leaf = m_leafOf[i];
        auto it = changed.find(leaf->parent);
        if (it == changed.end())
            changed.insert(leaf->parent, {leaf->row, leaf->row});
        else
            *it = {std::min(it->first, leaf->row), std::max(it->second, leaf->row)};
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const Node *g = it.key();
        Q_EMIT dataChanged(indexOf(g->children[size_t(it->first)]),
                           indexOf(g->children[size_t(it->second)], ColumnCount - 1));
    }
}

const Identity *IdentityTreeModel::identity(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n && n->identity >= 0 ? &m_identities[size_t(n->identity)] : nullptr;
}

int IdentityTreeModel::identityIndex(const QModelIndex &index) const
{
    const Node *n = index.isValid() ? static_cast<const Node *>(index.internalPointer()) : nullptr;
    return n ? n->identity : -1;
}

QModelIndex IdentityTreeModel::indexOfObjectId(const QString &objectId) const
{
    const int slot = objectIdValue(objectId);
    return slot == 0 ? QModelIndex() : indexOf(m_leafOf[size_t(slot - 1)]);
}

QModelIndex IdentityTreeModel::groupIndex(const QString &key) const
{
    const Node *g = m_groups.value(key);
    return g ? indexOf(g) : QModelIndex();
}

QModelIndex IdentityTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

IdentityTreeModel::Node *IdentityTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())
                           : const_cast<Node *>(&m_root);
}

QModelIndex IdentityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)]);
}

QModelIndex IdentityTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeOf(child);
    return indexOf(n->parent);
}

int IdentityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int IdentityTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString IdentityTreeModel::groupTitle(const Node *node) const
{
    const QString &k = node->key;
    if (k == "managed"_L1)
        return tr("Managed identities");
    if (k == "principals"_L1)
        return tr("Service principals");
    if (k == "user-assigned"_L1)
        return tr("User-assigned");
    if (k == "system-assigned"_L1)
        return tr("System-assigned");
    if (k == "application"_L1)
        return tr("This tenant's applications");
    if (k == "microsoft"_L1)
        return tr("Microsoft first-party");
    if (k == "other"_L1)
        return tr("Other (legacy, social identity providers, ...)");
    if (k == "agents"_L1)
        return tr("Agents");
    if (k == "agent-identity"_L1)
        return tr("Agent identities");
    if (k == "agent-blueprint-principal"_L1)
        return tr("Agent identity blueprint principals");
    const QString type = k.mid(16); // after "system-assigned/"
    if (type == "microsoft.compute/virtualmachines"_L1)
        return tr("Virtual machines");
    if (type == "microsoft.compute/virtualmachinescalesets"_L1)
        return tr("Virtual machine scale sets");
    if (type == "microsoft.web/sites"_L1)
        return tr("Function and web apps");
    if (type == "microsoft.app/containerapps"_L1)
        return tr("Container apps");
    if (type == "microsoft.logic/workflows"_L1)
        return tr("Logic apps");
    if (type == "microsoft.containerinstance/containergroups"_L1)
        return tr("Container instances");
    if (type == "unknown"_L1)
        return tr("Unknown resource type");
    return type;
}

QVariant IdentityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    if (n->identity < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? tr("%1 (%2)").arg(groupTitle(n)).arg(n->count)
                                                : QVariant();
        case IsGroupRole:
            return true;
        case GroupKeyRole:
            return n->key;
        case GroupTitleRole:
            return groupTitle(n);
        case CountRole:
            return n->count;
        default:
            return {};
        }
    }
    const Identity &i = m_identities[size_t(n->identity)];
    if (role == TierRole || role == TierReasonsRole
        || (role == Qt::ToolTipRole && index.column() == NameColumn)) {
        const auto mark = m_tiers.constFind(i.objectId.toLower());
        const bool marked = mark != m_tiers.cend();
        if (role == TierRole)
            return marked ? mark->tier : -1;
        if (role == TierReasonsRole)
            return marked ? mark->reasons : QStringList();
        const QString name = i.displayName.isEmpty() ? tr("(no display name)") : i.displayName;
        if (!marked)
            return name;
        return (mark->tier == 0 ? tr("%1\nTier 0: it can take over the tenant through %2")
                                : tr("%1\nTier 1: it holds %2"))
                .arg(name, mark->reasons.join(u", "_s));
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return i.displayName.isEmpty() ? tr("(no display name)") : i.displayName;
        case TypeColumn:
            switch (i.kind) {
            case Identity::Kind::SystemAssigned:
                return i.orphaned() ? tr("System-assigned (resource gone)") : tr("System-assigned");
            case Identity::Kind::UserAssigned:
                return i.orphaned() ? tr("User-assigned (resource gone)") : tr("User-assigned");
            case Identity::Kind::Application:
                return tr("Application");
            case Identity::Kind::Microsoft:
                return tr("Microsoft application");
            case Identity::Kind::Other:
                return i.servicePrincipalType;
            case Identity::Kind::AgentIdentity:
                return tr("Agent identity");
            case Identity::Kind::AgentBlueprintPrincipal:
                return tr("Agent identity blueprint principal");
            }
            return {};
        case AppIdColumn:
            return i.appId;
        case ObjectIdColumn:
            return i.objectId;
        case CreatedColumn:
            return i.created.left(10);
        }
        return {};
    case ObjectIdRole:
        return i.objectId;
    case AppIdRole:
        return i.appId;
    case KindRole:
        return Identity::kindName(i.kind);
    case ResourceIdRole:
        return i.resourceId;
    case ResourceTypeRole:
        return i.resourceType;
    case AttachedToRole:
        return i.attachedTo;
    case ArmStateRole:
        return int(i.arm);
    case OrphanedRole:
        return i.orphaned();
    case IsGroupRole:
        return false;
    case SearchTextRole:
        return QString::fromUtf8(i.search);
    default:
        return {};
    }
}

QVariant IdentityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case AppIdColumn:
        return tr("App (client) id");
    case ObjectIdColumn:
        return tr("Object (principal) id");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

Qt::ItemFlags IdentityTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace ie::models
