#include "catalog/catalog.h"

#include "catalog/searchindex.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>

#include <future>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCatalog, "ie.catalog", QtInfoMsg)

namespace ie::catalog {

namespace {

// One translation context for the whole file, whether the text is in a member or a free
// function (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::catalog::Catalog)
};

constexpr std::pair<Kind, const char *> KindKeys[] = {
        {Kind::AppRole, "app-role"},
        {Kind::Scope, "scope"},
        {Kind::AzureRole, "azure-role"},
        {Kind::DirectoryRole, "directory-role"},
        {Kind::App, "app"},
        {Kind::TenantAppRole, "tenant-app-role"},
        {Kind::KnownGuid, "known-guid"},
};

QString graphAppId()
{
    return QString::fromLatin1(Catalog::GraphAppId);
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &x : a)
        out.append(x.toString());
    return out;
}

std::optional<int> optionalInt(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInt();
    return std::nullopt;
}

Result<QJsonObject> readJson(const QString &dir, const QString &name)
{
    QFile f(dir + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        return ApiError::make(
                ApiError::Kind::InvalidInput,
                Tr::tr("Cannot read the bundled catalog file %1: %2").arg(name, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return ApiError::make(ApiError::Kind::Parse,
                              Tr::tr("The bundled catalog file %1 is not valid JSON: %2")
                                      .arg(name, pe.errorString()));
    return doc.object();
}

Entry appRoleFrom(const QJsonObject &o, Kind kind, const QString &resourceAppId,
                  const QString &resourceName)
{
    Entry e;
    e.kind = kind;
    e.id = o.value("id"_L1).toString().toLower();
    e.value = o.value("value"_L1).toString();
    e.displayName = o.value("displayName"_L1).toString();
    e.description = o.value("description"_L1).toString();
    e.isEnabled = o.value("isEnabled"_L1).toBool(true);
    e.privilegeLevel = optionalInt(o.value("privilegeLevel"_L1));
    e.resourceAppId = resourceAppId;
    e.resourceName = resourceName;
    return e;
}

Entry scopeFrom(const QJsonObject &o, const QString &resourceAppId, const QString &resourceName)
{
    Entry e;
    e.kind = Kind::Scope;
    e.id = o.value("id"_L1).toString().toLower();
    e.value = o.value("value"_L1).toString();
    // Graph's shape has admin/user consent texts; the resource-API dump has displayName.
    e.displayName = o.value("adminConsentDisplayName"_L1).toString();
    if (e.displayName.isEmpty())
        e.displayName = o.value("displayName"_L1).toString();
    e.description = o.value("adminConsentDescription"_L1).toString();
    if (e.description.isEmpty())
        e.description = o.value("description"_L1).toString();
    e.userConsentDisplayName = o.value("userConsentDisplayName"_L1).toString();
    e.userConsentDescription = o.value("userConsentDescription"_L1).toString();
    e.consentType = o.value("type"_L1).toString();
    e.isEnabled = o.value("isEnabled"_L1).toBool(true);
    e.privilegeLevel = optionalInt(o.value("privilegeLevel"_L1));
    e.resourceAppId = resourceAppId;
    e.resourceName = resourceName;
    return e;
}

QString tierKey(Kind kind, const QString &resourceAppId, const QString &id)
{
    return QString::number(int(kind)) + u'|' + resourceAppId + u'|' + id;
}

Tier tierFromString(const QString &s)
{
    bool ok = false;
    const int t = s.toInt(&ok);
    if (!ok || t < 0 || t > 3)
        return Tier::Untiered;
    return Tier(t);
}

// bundle-info.json: when the data was copied in, and how recent its sources are.
QDate bundleDate(const QString &dir)
{
    QFile f(dir + "/bundle-info.json"_L1);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    return QDate::fromString(o.value("copiedOn"_L1).toString(), Qt::ISODate);
}

// Azure built-in roles, removed ones included (old assignments still point at them). The
// largest file: read on a second thread while the others are read (see loadBundled()).
Result<QList<Entry>> loadAzureRoles(const QString &dir)
{
    QList<Entry> out;
    out.reserve(1000);
    auto r = readJson(dir, u"azure-builtin-roles.json"_s);
    if (!r)
        return r.error();
    const QString file = u"azure-builtin-roles.json"_s;
    for (const QJsonValue &v : r->value("roles"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.kind = Kind::AzureRole;
        e.id = o.value("id"_L1).toString().toLower();
        e.value = o.value("roleName"_L1).toString();
        e.displayName = e.value;
        e.description = o.value("description"_L1).toString();
        for (const QJsonValue &pv : o.value("permissions"_L1).toArray()) {
            const QJsonObject p = pv.toObject();
            RolePermission block;
            block.actions = toStringList(p.value("actions"_L1));
            block.notActions = toStringList(p.value("notActions"_L1));
            block.dataActions = toStringList(p.value("dataActions"_L1));
            block.notDataActions = toStringList(p.value("notDataActions"_L1));
            block.condition = p.value("condition"_L1).toString();
            e.actions += block.actions;
            e.notActions += block.notActions;
            e.dataActions += block.dataActions;
            e.notDataActions += block.notDataActions;
            if (e.condition.isEmpty())
                e.condition = block.condition;
            e.permissions.append(std::move(block));
        }
        e.formerNames = toStringList(o.value("formerNames"_L1));
        e.sourceFile = file;
        out.append(std::move(e));
    }
    for (const QJsonValue &v : r->value("removedRoles"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.kind = Kind::AzureRole;
        e.id = o.value("id"_L1).toString().toLower();
        e.value = o.value("roleName"_L1).toString();
        e.displayName = e.value;
        e.description = o.value("description"_L1).toString();
        e.status = u"removed"_s;
        e.note = Tr::tr("No longer a built-in role (last seen before %1); old role assignments "
                        "may still point at it.")
                         .arg(o.value("lastSeenBefore"_L1).toString());
        e.sourceFile = file;
        out.append(std::move(e));
    }
    return out;
}

} // namespace

QString kindKey(Kind kind)
{
    for (const auto &[k, key] : KindKeys) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<Kind> kindFromKey(const QString &key)
{
    for (const auto &[k, name] : KindKeys) {
        if (key == QLatin1StringView(name))
            return k;
    }
    return std::nullopt;
}

QString kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::AppRole:
        return Tr::tr("Application permission");
    case Kind::Scope:
        return Tr::tr("Delegated permission");
    case Kind::AzureRole:
        //: An Azure RBAC role definition (not a Graph app role)
        return Tr::tr("Azure role");
    case Kind::DirectoryRole:
        //: A Microsoft Entra built-in directory role
        return Tr::tr("Directory role");
    case Kind::App:
        return Tr::tr("First-party app");
    case Kind::TenantAppRole:
        //: An app role of one of the tenant's own applications
        return Tr::tr("Tenant app role");
    case Kind::KnownGuid:
        return Tr::tr("Other known GUID");
    }
    return {};
}

QString tierTitle(Tier tier)
{
    switch (tier) {
    case Tier::Untiered:
        return Tr::tr("Untiered");
    case Tier::Tier0:
        return Tr::tr("Tier 0");
    case Tier::Tier1:
        return Tr::tr("Tier 1");
    case Tier::Tier2:
        return Tr::tr("Tier 2");
    case Tier::Tier3:
        return Tr::tr("Tier 3");
    }
    return {};
}

namespace {
std::vector<EntryPtr> mergeEntries(const QList<Entry> &bundled,
                                   const QHash<QString, std::pair<Tier, QString>> &tiers,
                                   const TenantSnapshot *tenant);
} // namespace

Catalog::Catalog(QObject *parent)
    : QObject(parent), m_handover(std::make_shared<WorkerHandover<Catalog>>(this))
{
    m_index = std::make_shared<SearchIndex>(std::vector<EntryPtr>{});
}

Catalog::~Catalog()
{
    m_handover->detach();
}

VoidResult Catalog::loadBundled(const QString &dir)
{
    m_loadTimer.start();
    // The largest file parses on another thread meanwhile; joined below, never left running.
    auto azureRoles = std::async(std::launch::async, loadAzureRoles, dir);
    QList<Entry> out;
    out.reserve(10000);
    QHash<QString, std::pair<Tier, QString>> tiers;

    // Microsoft Graph.
    {
        auto r = readJson(dir, u"graph-permissions.json"_s);
        if (!r)
            return r.error();
        const QJsonObject &g = *r;
        const QString appId = g.value("resourceAppId"_L1).toString(graphAppId());
        const QString name = g.value("resourceDisplayName"_L1).toString();
        const QString file = u"graph-permissions.json"_s;
        auto addRoles = [&](const QJsonArray &roles, const QString &note) {
            for (const QJsonValue &v : roles) {
                Entry e = appRoleFrom(v.toObject(), Kind::AppRole, appId, name);
                e.sourceFile = file;
                e.note = note;
                out.append(std::move(e));
            }
        };
        auto addScopes = [&](const QJsonArray &scopes, const QString &note) {
            for (const QJsonValue &v : scopes) {
                Entry e = scopeFrom(v.toObject(), appId, name);
                e.sourceFile = file;
                e.note = note;
                out.append(std::move(e));
            }
        };
        addRoles(g.value("appRoles"_L1).toArray(), {});
        addScopes(g.value("delegatedScopes"_L1).toArray(), {});
        const QJsonObject extra = g.value("documentedButNotOnServicePrincipal"_L1).toObject();
        const QString extraNote = Tr::tr("Documented by Microsoft but not on the Microsoft Graph "
                                         "service principal.");
        addRoles(extra.value("appRoles"_L1).toArray(), extraNote);
        addScopes(extra.value("delegatedScopes"_L1).toArray(), extraNote);
    }

    // Other Microsoft resource APIs; their identifier URIs also go to the first-party apps.
    QHash<QString, QStringList> identifierUris;
    {
        auto r = readJson(dir, u"microsoft-resource-apis.json"_s);
        if (!r)
            return r.error();
        const QString file = u"microsoft-resource-apis.json"_s;
        for (const QJsonValue &v : r->value("servicePrincipals"_L1).toArray()) {
            const QJsonObject sp = v.toObject();
            const QString appId = sp.value("appId"_L1).toString().toLower();
            const QString name = sp.value("displayName"_L1).toString();
            QStringList uris;
            for (const QString &u : toStringList(sp.value("servicePrincipalNames"_L1))) {
                if (u.compare(appId, Qt::CaseInsensitive) != 0)
                    uris.append(u);
            }
            identifierUris.insert(appId, uris);
            if (appId == graphAppId())
                continue; // graph-permissions.json has Graph's own lists
            for (const QJsonValue &rv : sp.value("appRoles"_L1).toArray()) {
                Entry e = appRoleFrom(rv.toObject(), Kind::AppRole, appId, name);
                e.sourceFile = file;
                out.append(std::move(e));
            }
            for (const QJsonValue &sv : sp.value("delegatedScopes"_L1).toArray()) {
                Entry e = scopeFrom(sv.toObject(), appId, name);
                e.sourceFile = file;
                out.append(std::move(e));
            }
        }
    }

    // Azure roles, from the second thread.
    {
        auto r = azureRoles.get();
        if (!r)
            return r.error();
        out.append(std::move(*r));
    }

    // Entra directory roles.
    {
        auto r = readJson(dir, u"entra-directory-roles.json"_s);
        if (!r)
            return r.error();
        for (const QJsonValue &v : r->value("roles"_L1).toArray()) {
            const QJsonObject o = v.toObject();
            Entry e;
            e.kind = Kind::DirectoryRole;
            e.id = o.value("templateId"_L1).toString().toLower();
            e.value = o.value("displayName"_L1).toString();
            e.displayName = e.value;
            e.description = o.value("description"_L1).toString();
            e.status = o.value("status"_L1).toString();
            e.note = o.value("note"_L1).toString();
            e.formerNames = toStringList(o.value("formerNames"_L1));
            e.sourceFile = u"entra-directory-roles.json"_s;
            out.append(std::move(e));
        }
    }

    // First-party apps.
    QSet<QString> appIds;
    {
        auto r = readJson(dir, u"microsoft-first-party-apps.json"_s);
        if (!r)
            return r.error();
        for (const QJsonValue &v : r->value("apps"_L1).toArray()) {
            const QJsonObject o = v.toObject();
            Entry e;
            e.kind = Kind::App;
            e.id = o.value("appId"_L1).toString().toLower();
            e.value = o.value("displayName"_L1).toString();
            e.displayName = e.value;
            const QString owner = o.value("appOwnerOrganizationId"_L1).toString();
            if (!owner.isEmpty())
                e.description = Tr::tr("Owned by tenant %1").arg(owner);
            if (o.value("source"_L1).toString() == "community"_L1)
                e.note = Tr::tr("Community-contributed name, less authoritative.");
            e.identifierUris = identifierUris.value(e.id);
            e.sourceFile = u"microsoft-first-party-apps.json"_s;
            appIds.insert(e.id);
            out.append(std::move(e));
        }
    }

    // The Entra docs' known-GUID list: only what the files above do not already say.
    {
        auto r = readJson(dir, u"entra-docs-known-guids.json"_s);
        if (!r)
            return r.error();
        for (const QJsonValue &v : r->value("guids"_L1).toArray()) {
            const QJsonObject o = v.toObject();
            const QString kind = o.value("kind"_L1).toString();
            const QString id = o.value("guid"_L1).toString().toLower();
            if (kind != "unclassified"_L1 && !(kind == "application"_L1 && !appIds.contains(id)))
                continue;
            Entry e;
            e.kind = Kind::KnownGuid;
            e.id = id;
            e.value = o.value("name"_L1).toString();
            e.displayName = e.value;
            e.sourceFile = u"entra-docs-known-guids.json"_s;
            out.append(std::move(e));
        }
    }

    // Privilege tiers.
    {
        auto r = readJson(dir, u"privilege-tiers.json"_s);
        if (!r)
            return r.error();
        auto add = [&](const char *list, Kind kind, const QString &resourceAppId) {
            for (const QJsonValue &v : r->value(QLatin1StringView(list)).toArray()) {
                const QJsonObject o = v.toObject();
                tiers.insert(tierKey(kind, resourceAppId, o.value("id"_L1).toString().toLower()),
                             {tierFromString(o.value("tier"_L1).toString()),
                              o.value("pathType"_L1).toString()});
            }
        };
        add("msgraphAppPermissions", Kind::AppRole, graphAppId());
        add("azureRoles", Kind::AzureRole, {});
        add("entraRoles", Kind::DirectoryRole, {});
    }

    m_bundled = std::move(out);
    m_tiers = std::move(tiers);
    m_bundledDate = bundleDate(dir);
    rebuild();
    return Done{};
}

bool Catalog::isLoaded() const
{
    return !m_bundled.isEmpty();
}

int Catalog::size() const
{
    return int(m_index->entries().size());
}

QList<EntryPtr> Catalog::entries() const
{
    const auto &all = m_index->entries();
    return QList<EntryPtr>(all.begin(), all.end());
}

int Catalog::countOf(Kind kind) const
{
    return m_index->countOf(kind);
}

QSet<QString> Catalog::resourceAppIds() const
{
    QSet<QString> ids;
    for (const Entry &e : m_bundled) {
        if (e.kind == Kind::AppRole || e.kind == Kind::Scope)
            ids.insert(e.resourceAppId);
    }
    return ids;
}

QList<Hit> Catalog::search(const QString &query, const SearchOptions &options) const
{
    return m_index->search(query, options, m_postings.get());
}

bool Catalog::isIndexReady() const
{
    return m_postings != nullptr;
}

EntryPtr Catalog::appRole(const QString &resourceAppId, const QString &id) const
{
    const QString app = resourceAppId.toLower(), guid = normalizeGuid(id);
    if (EntryPtr e = m_index->find(Kind::AppRole, app, guid))
        return e;
    return m_index->find(Kind::TenantAppRole, app, guid);
}

EntryPtr Catalog::scope(const QString &resourceAppId, const QString &id) const
{
    return m_index->find(Kind::Scope, resourceAppId.toLower(), normalizeGuid(id));
}

EntryPtr Catalog::azureRole(const QString &roleDefinitionId) const
{
    // "/subscriptions/.../providers/Microsoft.Authorization/roleDefinitions/<guid>" or the GUID.
    const QString last = roleDefinitionId.section(u'/', -1, -1, QString::SectionSkipEmpty);
    return m_index->find(Kind::AzureRole, {}, normalizeGuid(last));
}

EntryPtr Catalog::directoryRole(const QString &templateId) const
{
    return m_index->find(Kind::DirectoryRole, {}, normalizeGuid(templateId));
}

EntryPtr Catalog::app(const QString &appId) const
{
    return m_index->find(Kind::App, {}, normalizeGuid(appId));
}

EntryPtr Catalog::appByAudience(const QString &audience) const
{
    QString a = audience.trimmed().toLower();
    if (a.endsWith("/.default"_L1))
        a.chop(9);
    while (a.endsWith(u'/'))
        a.chop(1);
    const QString guid = normalizeGuid(a);
    return m_index->byAudience(guid.isEmpty() ? a : guid);
}

EntryPtr Catalog::permissionByValue(Kind kind, const QString &resourceAppId,
                                    const QString &value) const
{
    return m_index->findValue(kind, resourceAppId.toLower(), value.toLower());
}

QList<EntryPtr> Catalog::byId(const QString &guid) const
{
    return m_index->byId(normalizeGuid(guid));
}

EntryPtr Catalog::twinOf(const Entry &entry) const
{
    if (entry.twinId.isEmpty())
        return nullptr;
    const Kind other = entry.kind == Kind::Scope ? Kind::AppRole : Kind::Scope;
    return m_index->find(other, entry.resourceAppId, entry.twinId);
}

Tier Catalog::tierFor(Kind kind, const QString &resourceAppId, const QString &id) const
{
    const QString app = kind == Kind::AppRole ? resourceAppId.toLower() : QString();
    const auto it = m_tiers.constFind(tierKey(kind, app, normalizeGuid(id)));
    return it == m_tiers.cend() ? Tier::Untiered : it->first;
}

void Catalog::setTenantSnapshot(const TenantSnapshot &snapshot)
{
    m_tenant = snapshot;
    rebuild();
}

void Catalog::mergeTenantSnapshot(const TenantSnapshot &snapshot)
{
    // Everything the worker reads is a copy (implicitly shared, never written by either side).
    const quint64 generation = ++m_generation;
    m_handover->setGeneration(m_generation);
    m_mergeGeneration = generation;
    auto tenant = std::make_shared<const TenantSnapshot>(snapshot);
    QThreadPool::globalInstance()->start([handover = m_handover, bundled = m_bundled,
                                          tiers = m_tiers, tenant, generation] {
        if (handover->stale(generation))
            return;
        auto index
                = std::make_shared<const SearchIndex>(mergeEntries(bundled, tiers, tenant.get()));
        auto postings = index->buildPostings();
        handover->post([index, postings, tenant, generation](Catalog *self) {
            if (self->m_generation != generation)
                return; // overtaken
            self->m_mergeGeneration = 0;
            self->m_tenant = *tenant;
            self->m_index = index;
            self->m_postings = postings;
            qCDebug(lcCatalog) << "tenant merged:" << index->entries().size() << "entries";
            Q_EMIT self->changed();
            Q_EMIT self->indexReady();
        });
    });
}

void Catalog::clearTenantSnapshot()
{
    m_tenant.reset();
    rebuild();
}

QString Catalog::resourceObjectId(const QString &appId) const
{
    if (!m_tenant)
        return {};
    return m_tenant->resourceObjectIds.value(appId.toLower());
}

QString Catalog::normalizeGuid(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith("urn:uuid:"_L1, Qt::CaseInsensitive))
        s = s.mid(9);
    if (s.startsWith(u'{') && s.endsWith(u'}'))
        s = s.mid(1, s.size() - 2);
    s = s.toLower();
    static const QRegularExpression dashed(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    static const QRegularExpression bare(u"^[0-9a-f]{32}$"_s);
    if (dashed.match(s).hasMatch())
        return s;
    if (bare.match(s).hasMatch())
        return s.left(8) + u'-' + s.mid(8, 4) + u'-' + s.mid(12, 4) + u'-' + s.mid(16, 4) + u'-'
                + s.mid(20);
    return {};
}

namespace {

// The merge behind every rebuild, a pure function of its inputs (run on a worker thread by
// mergeTenantSnapshot()).
std::vector<EntryPtr> mergeEntries(const QList<Entry> &bundled,
                                   const QHash<QString, std::pair<Tier, QString>> &tiers,
                                   const TenantSnapshot *tenant)
{
    // Merge: live lists replace the bundled lists of the resources they cover; what the bundle
    // has and the tenant lacks stays, marked Gone; what only the tenant has is marked New.
    QHash<QString, const Entry *> liveByKey;
    QSet<QString> refreshed;
    if (tenant) {
        for (const QString &a : tenant->refreshedResources)
            refreshed.insert(a.toLower());
        for (const Entry &e : tenant->entries)
            liveByKey.insert(tierKey(e.kind, e.resourceAppId, e.id), &e);
    }

    std::vector<std::shared_ptr<Entry>> all;
    all.reserve(size_t(bundled.size()) + (tenant ? size_t(tenant->entries.size()) : 0));
    QSet<QString> seen;
    for (const Entry &b : std::as_const(bundled)) {
        auto e = std::make_shared<Entry>(b);
        if (tenant && (e->kind == Kind::AppRole || e->kind == Kind::Scope)
            && refreshed.contains(e->resourceAppId)) {
            const QString k = tierKey(e->kind, e->resourceAppId, e->id);
            if (const Entry *live = liveByKey.value(k)) {
                e->liveState = LiveState::Confirmed;
                e->tenantId = tenant->tenantId;
                e->fetchedAt = tenant->fetchedAt;
                if (!live->displayName.isEmpty())
                    e->displayName = live->displayName;
                if (!live->description.isEmpty())
                    e->description = live->description;
                e->isEnabled = live->isEnabled;
                seen.insert(k);
            } else {
                e->liveState = LiveState::Gone;
            }
        }
        all.push_back(std::move(e));
    }
    if (tenant) {
        for (const Entry &l : tenant->entries) {
            const QString k = tierKey(l.kind, l.resourceAppId, l.id);
            if (seen.contains(k))
                continue;
            auto e = std::make_shared<Entry>(l);
            e->origin = Origin::Live;
            e->liveState = LiveState::New;
            e->tenantId = tenant->tenantId;
            e->fetchedAt = tenant->fetchedAt;
            all.push_back(std::move(e));
            seen.insert(k);
        }
    }

    // Tiers and twins.
    QHash<QString, Entry *> byValue;
    for (auto &e : all) {
        if (e->kind == Kind::AppRole || e->kind == Kind::AzureRole
            || e->kind == Kind::DirectoryRole) {
            const QString app = e->kind == Kind::AppRole ? e->resourceAppId : QString();
            const auto it = tiers.constFind(tierKey(e->kind, app, e->id));
            if (it != tiers.cend()) {
                e->tier = it->first;
                e->tierPathType = it->second;
            }
        }
        if ((e->kind == Kind::AppRole || e->kind == Kind::Scope) && !e->value.isEmpty())
            byValue.insert(tierKey(e->kind, e->resourceAppId, e->value.toLower()), e.get());
    }
    for (auto &e : all) {
        if (e->kind != Kind::AppRole || e->value.isEmpty())
            continue;
        Entry *twin = byValue.value(tierKey(Kind::Scope, e->resourceAppId, e->value.toLower()));
        if (twin) {
            e->twinId = twin->id;
            twin->twinId = e->id;
        }
    }

    return std::vector<EntryPtr>(all.begin(), all.end());
}

} // namespace

void Catalog::rebuild()
{
    m_handover->setGeneration(++m_generation);
    m_mergeGeneration = 0;
    install(std::make_shared<const SearchIndex>(
            mergeEntries(m_bundled, m_tiers, m_tenant ? &*m_tenant : nullptr)));
    qCDebug(lcCatalog) << "catalog rebuilt:" << m_index->entries().size() << "entries at"
                       << m_loadTimer.elapsed() << "ms";
    Q_EMIT changed();
}

void Catalog::install(std::shared_ptr<const SearchIndex> index)
{
    m_index = std::move(index);
    m_postings.reset();
    startPostings();
}

void Catalog::startPostings()
{
    const quint64 generation = m_generation;
    QThreadPool::globalInstance()->start([handover = m_handover, index = m_index, generation] {
        if (handover->stale(generation))
            return;
        auto postings = index->buildPostings();
        handover->post([index, postings, generation](Catalog *self) {
            if (self->m_generation != generation || self->m_index != index)
                return;
            self->m_postings = postings;
            Q_EMIT self->indexReady();
        });
    });
}

// --- the tenant snapshot on disk -----------------------------------------------------------

namespace {

QJsonObject entryToJson(const Entry &e)
{
    QJsonObject o{{"kind"_L1, kindKey(e.kind)},
                  {"id"_L1, e.id},
                  {"value"_L1, e.value},
                  {"displayName"_L1, e.displayName},
                  {"description"_L1, e.description},
                  {"isEnabled"_L1, e.isEnabled}};
    if (!e.resourceAppId.isEmpty()) {
        o.insert("resourceAppId"_L1, e.resourceAppId);
        o.insert("resourceName"_L1, e.resourceName);
    }
    if (!e.consentType.isEmpty())
        o.insert("type"_L1, e.consentType);
    if (!e.userConsentDisplayName.isEmpty())
        o.insert("userConsentDisplayName"_L1, e.userConsentDisplayName);
    if (!e.userConsentDescription.isEmpty())
        o.insert("userConsentDescription"_L1, e.userConsentDescription);
    if (e.kind == Kind::AzureRole) {
        o.insert("actions"_L1, QJsonArray::fromStringList(e.actions));
        o.insert("notActions"_L1, QJsonArray::fromStringList(e.notActions));
        o.insert("dataActions"_L1, QJsonArray::fromStringList(e.dataActions));
        o.insert("notDataActions"_L1, QJsonArray::fromStringList(e.notDataActions));
        o.insert("customRole"_L1, e.customRole);
    }
    return o;
}

std::optional<Entry> entryFromJson(const QJsonObject &o)
{
    const auto kind = kindFromKey(o.value("kind"_L1).toString());
    const QString id = Catalog::normalizeGuid(o.value("id"_L1).toString());
    if (!kind || id.isEmpty())
        return std::nullopt;
    Entry e;
    e.kind = *kind;
    e.id = id;
    e.value = o.value("value"_L1).toString();
    e.displayName = o.value("displayName"_L1).toString();
    e.description = o.value("description"_L1).toString();
    e.isEnabled = o.value("isEnabled"_L1).toBool(true);
    e.resourceAppId = o.value("resourceAppId"_L1).toString().toLower();
    e.resourceName = o.value("resourceName"_L1).toString();
    e.consentType = o.value("type"_L1).toString();
    e.userConsentDisplayName = o.value("userConsentDisplayName"_L1).toString();
    e.userConsentDescription = o.value("userConsentDescription"_L1).toString();
    e.actions = toStringList(o.value("actions"_L1));
    e.notActions = toStringList(o.value("notActions"_L1));
    e.dataActions = toStringList(o.value("dataActions"_L1));
    e.notDataActions = toStringList(o.value("notDataActions"_L1));
    e.customRole = o.value("customRole"_L1).toBool();
    e.origin = Origin::Live;
    return e;
}

} // namespace

QByteArray TenantSnapshot::toJson() const
{
    QJsonArray list;
    for (const Entry &e : entries)
        list.append(entryToJson(e));
    QJsonObject ids;
    for (auto it = resourceObjectIds.cbegin(); it != resourceObjectIds.cend(); ++it)
        ids.insert(it.key(), it.value());
    const QJsonObject root{
            {"format"_L1, 1},
            {"tenantId"_L1, tenantId},
            {"fetchedAt"_L1, fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
            {"refreshedResources"_L1, QJsonArray::fromStringList(refreshedResources)},
            {"resourceObjectIds"_L1, ids},
            {"warnings"_L1, QJsonArray::fromStringList(warnings)},
            {"entries"_L1, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<TenantSnapshot> TenantSnapshot::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return ApiError::make(
                ApiError::Kind::Parse,
                Tr::tr("The cached tenant catalog is corrupt (%1).").arg(pe.errorString()));
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toInt() != 1)
        return ApiError::make(ApiError::Kind::Parse,
                              Tr::tr("The cached tenant catalog has an unknown format."));
    TenantSnapshot s;
    s.tenantId = root.value("tenantId"_L1).toString();
    s.fetchedAt = QDateTime::fromString(root.value("fetchedAt"_L1).toString(), Qt::ISODate);
    if (s.tenantId.isEmpty() || !s.fetchedAt.isValid() || !root.value("entries"_L1).isArray())
        return ApiError::make(ApiError::Kind::Parse,
                              Tr::tr("The cached tenant catalog is incomplete."));
    s.refreshedResources = toStringList(root.value("refreshedResources"_L1));
    s.warnings = toStringList(root.value("warnings"_L1));
    const QJsonObject ids = root.value("resourceObjectIds"_L1).toObject();
    for (auto it = ids.begin(); it != ids.end(); ++it)
        s.resourceObjectIds.insert(it.key().toLower(), it.value().toString());
    for (const QJsonValue &v : root.value("entries"_L1).toArray()) {
        auto e = entryFromJson(v.toObject());
        if (!e)
            return ApiError::make(ApiError::Kind::Parse,
                                  Tr::tr("The cached tenant catalog holds an invalid entry."));
        e->tenantId = s.tenantId;
        e->fetchedAt = s.fetchedAt;
        s.entries.append(std::move(*e));
    }
    return s;
}

} // namespace ie::catalog
