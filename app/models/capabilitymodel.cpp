#include "models/capabilitymodel.h"

#include "catalog/catalog.h"
#include "permissions/permissionkind.h"
#include "permissions/permissionstore.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace ie::models {

using ie::permissions::HeldPermission;
using ie::permissions::Source;

CapabilityModel::CapabilityModel(QObject *parent) : QAbstractListModel(parent) { }

CapabilityModel::~CapabilityModel() = default;

void CapabilityModel::setCatalog(const ie::catalog::Catalog *catalog)
{
    m_catalog = catalog;
    rebuild();
}

void CapabilityModel::setStore(ie::permissions::PermissionStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store)
        connect(m_store, &ie::permissions::PermissionStore::changed, this,
                [this](const QString &principalId) {
                    if (principalId.compare(m_principalId, Qt::CaseInsensitive) == 0)
                        rebuild();
                });
    rebuild();
}

void CapabilityModel::setPrincipalId(const QString &principalId)
{
    m_principalId = principalId;
    rebuild();
}

const HeldPermission &CapabilityModel::permission(int row) const
{
    return m_rows.at(row).held;
}

int CapabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString CapabilityModel::titleText(const HeldPermission &p)
{
    if (!p.resourceName.isEmpty())
        return tr("%1 on %2").arg(p.roleName, p.resourceName);
    return p.roleName;
}

QString CapabilityModel::whatText(const HeldPermission &p, const ie::catalog::Catalog *catalog)
{
    // The catalog's words for it: any entry with this id (of the same resource where the
    // permission has one), so that a kind the card does not know is described too.
    if (catalog && !p.roleId.isEmpty()) {
        for (const ie::catalog::EntryPtr &e : catalog->byId(p.roleId)) {
            if (!p.resourceAppId.isEmpty() && !e->resourceAppId.isEmpty()
                && e->resourceAppId.compare(p.resourceAppId, Qt::CaseInsensitive) != 0)
                continue;
            if (!e->description.isEmpty())
                return e->description;
            if (!e->displayName.isEmpty())
                return e->displayName;
        }
    }
    if (!p.description.isEmpty())
        return p.description;
    return tr("No description is known for it.");
}

QString CapabilityModel::sourceText(const HeldPermission &p)
{
    QString from;
    if (p.source == Source::Direct)
        from = tr("assigned to it directly");
    else if (p.source == Source::Inherited)
        from = tr("inherited from %1").arg(p.sourceName);
    else if (p.source == Source::Group)
        from = tr("through the group %1").arg(p.sourceName);
    else if (p.source == Source::OwnedObject)
        from = p.sourceName == "application"_L1 ? tr("owns the application")
                                                : tr("owns the service principal");
    else if (p.source == Source::Owner)
        from = p.sourceName == "application"_L1
                ? tr("an owner of its application")
                : (p.sourceName == "resource"_L1 ? tr("through its Azure resource")
                                                 : tr("an owner of it"));
    else // a source this card has no words of its own for
        from = tr("through %1 %2").arg(ie::permissions::sourceKey(p.source), p.sourceName);
    if (p.eligible)
        from = tr("eligible, to activate in PIM; %1").arg(from);
    QString where;
    if (p.scope == "/"_L1)
        where = tr("whole tenant");
    else if (!p.scope.isEmpty() && p.scope != p.sourceName)
        where = tr("at %1").arg(p.scope);
    const QString kind = ie::permissions::kindTitle(p.kind);
    return where.isEmpty() ? tr("%1: %2").arg(kind, from)
                           : tr("%1: %2, %3").arg(kind, from, where);
}

QString CapabilityModel::verdictFor(const HeldPermission &p) const
{
    const QString name = p.roleName;
    if (p.tier == ie::catalog::Tier::Tier1)
        return tr("Tier 1: one step from tier 0 through %1").arg(name);
    if (p.kind == ie::permissions::Kind::AzureRole)
        return tr("Tier 0: can take over every resource at %1 through %2").arg(p.scope, name);
    // privilege-tiers.json says whether the path to Global Administrator is direct or goes
    // through granting itself more.
    QString pathType;
    if (m_catalog) {
        for (const ie::catalog::EntryPtr &e : m_catalog->byId(p.roleId)) {
            if (!e->tierPathType.isEmpty()
                && (p.resourceAppId.isEmpty() || e->resourceAppId.isEmpty()
                    || e->resourceAppId.compare(p.resourceAppId, Qt::CaseInsensitive) == 0)) {
                pathType = e->tierPathType;
                break;
            }
        }
    }
    if (pathType.compare("Indirect"_L1, Qt::CaseInsensitive) == 0)
        return tr("Tier 0: can make itself Global Administrator through %1").arg(name);
    return tr("Tier 0: can take over the tenant through %1").arg(name);
}

void CapabilityModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_verdict.clear();
    m_verdictTier = -1;
    m_complete = false;
    m_settled = false;
    if (!m_store || m_principalId.isEmpty()) {
        endResetModel();
        Q_EMIT updated();
        return;
    }
    const ie::permissions::IdentityPermissions known = m_store->permissions(m_principalId);
    QStringList failed; // "Azure roles: …"
    bool loading = false;
    bool partial = false;
    QList<Row> failedRows;
    QList<Row> tailRows;
    QList<ie::permissions::Kind> kinds;
    for (ie::permissions::PermissionKind *k : m_store->kinds()) {
        kinds.append(k->kind());
        const ie::permissions::KindState state = known.states.value(k->kind());
        const QString title = ie::permissions::kindTitle(k->kind());
        Row r;
        r.held.kind = k->kind();
        if (!state.error.isEmpty()) {
            r.type = RowType::Failed;
            r.text = state.error;
            failedRows.append(r);
            failed.append(tr("Could not read %1: %2").arg(title, state.error));
        } else if (!state.loaded) {
            r.type = RowType::Loading;
            tailRows.append(r);
            loading = true;
        }
        for (const QString &note : state.notes) {
            Row n;
            n.type = RowType::Note;
            n.held.kind = k->kind();
            n.text = note;
            tailRows.append(n);
            partial = true;
        }
    }
    m_rows = failedRows;
    std::optional<HeldPermission> top; // the most dangerous active grant of tier 0 or 1
    for (const HeldPermission &p : known.sorted()) {
        if (!kinds.contains(p.kind))
            continue;
        Row r;
        r.held = p;
        const ie::permissions::PermissionKind *k = m_store->kind(p.kind);
        r.revocable = k && k->canRevoke(p);
        m_rows.append(r);
    }
    for (const Row &r : std::as_const(m_rows)) {
        const HeldPermission &p = r.held;
        if (r.type == RowType::Held && !p.eligible
            && (p.tier == ie::catalog::Tier::Tier0 || p.tier == ie::catalog::Tier::Tier1)
            && (!top || int(p.tier) < int(top->tier)))
            top = p;
    }
    m_rows += tailRows;
    // A tier-0 grant is true whatever else could not be read; "nothing" only when all is known.
    if (top && top->tier == ie::catalog::Tier::Tier0) {
        m_verdict = verdictFor(*top);
        m_verdictTier = 0;
    } else if (!failed.isEmpty()) {
        m_verdict = failed.join(u"; "_s);
    } else if (top) {
        m_verdict = verdictFor(*top);
        m_verdictTier = 1;
    } else if (loading) {
        m_verdict = tr("Reading what it holds…");
    } else if (partial) {
        m_verdict = tr("Nothing tier 0 or tier 1 in what could be read (a part could not be, "
                       "see below)");
    } else {
        m_verdict = tr("Nothing tier 0 or tier 1");
    }
    m_complete = failed.isEmpty() && !loading;
    m_settled = !loading;
    endResetModel();
    Q_EMIT updated();
}

QVariant CapabilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const HeldPermission &p = r.held;
    const QString kind = ie::permissions::kindTitle(p.kind);
    switch (role) {
    case Qt::DisplayRole:
        switch (r.type) {
        case RowType::Held:
            return titleText(p);
        case RowType::Failed:
            return tr("Could not read %1: %2").arg(kind, r.text);
        case RowType::Loading:
            return tr("Reading %1…").arg(kind);
        case RowType::Note:
            return tr("%1: %2").arg(kind, r.text);
        }
        return {};
    case Qt::ToolTipRole:
        return r.type == RowType::Held ? p.roleId : QString();
    case RowTypeRole:
        return int(r.type);
    case KindRole:
        return int(p.kind);
    case TierRole:
        return r.type == RowType::Held ? int(p.tier) : -1;
    case WhatRole:
        return r.type == RowType::Held ? whatText(p, m_catalog) : QString();
    case SourceRole:
        return r.type == RowType::Held ? sourceText(p) : QString();
    case RevocableRole:
        return r.revocable;
    case AssignmentIdRole:
        return p.assignmentId;
    default:
        return {};
    }
}

} // namespace ie::models
