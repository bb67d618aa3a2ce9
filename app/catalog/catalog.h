#pragma once

#include "catalog/catalogentry.h"
#include "core/result.h"
#include "core/workerhandover.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace ie::catalog {

class SearchIndex;
struct SearchPostings;

// How well a hit matched, best first.
enum class MatchRank {
    Exact, // the whole GUID, value, name or display name
    Prefix, // the start of the GUID, value, name or display name
    Words, // every query word somewhere in the value, name or GUID, in any order
    Description, // some query word only in the description
};

struct Hit
{
    EntryPtr entry;
    MatchRank rank = MatchRank::Description;
};

struct SearchOptions
{
    std::optional<Kind> kind; // only this kind
    int limit = 0; // 0: all
};

// What the signed-in tenant adds: Graph's own permissions as the tenant's Graph service principal
// has them, the app roles of every other service principal, custom RBAC roles, and the object id
// of each resource service principal in this tenant. Holds no token and no secret.
struct TenantSnapshot
{
    QString tenantId;
    QDateTime fetchedAt;
    // Kinds AppRole and Scope for resources the bundle knows (they replace the bundled lists of
    // those resources), TenantAppRole for the tenant's own APIs, AzureRole for custom roles.
    QList<Entry> entries;
    // The appIds whose permission lists the snapshot holds in full: bundled permissions of these
    // resources that the snapshot lacks are marked Gone.
    QStringList refreshedResources;
    // Resource appId -> the tenant's service principal object id (an appRoleAssignment's
    // resourceId).
    QHash<QString, QString> resourceObjectIds;
    // Set when a part could not be fetched (throttled, forbidden): what is here is still right.
    QStringList warnings;

    // The on-disk form (no secrets: ids, names and descriptions only).
    QByteArray toJson() const;
    static Result<TenantSnapshot> fromJson(const QByteArray &json);
};

// The GUID catalog: the bundled reference data plus what the signed-in tenant adds. Lookups and
// searches are synchronous and fast (an immutable index rebuilt only when the data changes), so
// every view may call them on each keystroke.
//
// Threads: the Catalog lives on one thread (the UI's) and is only called there. Every change of
// the data builds the search postings on a worker of the global QThreadPool from the immutable
// index; the finished postings come back by a queued call and are swapped in. Until then a
// search scans, with the same results, so no keystroke waits for the build. mergeTenantSnapshot()
// also does the whole tenant merge there.
class Catalog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Catalog)
public:
    explicit Catalog(QObject *parent = nullptr);
    ~Catalog() override;

    // Loads the bundled JSON files from `dir` (the embedded ":/catalog" by default). On failure
    // the catalog keeps what it had.
    VoidResult loadBundled(const QString &dir = QStringLiteral(":/catalog"));
    bool isLoaded() const;
    // The date the bundled data was copied in (bundle-info.json).
    QDate bundledDate() const { return m_bundledDate; }

    int size() const;
    QList<EntryPtr> entries() const;
    int countOf(Kind kind) const;
    // The appIds of the resources whose permissions the bundle lists (Graph included).
    QSet<QString> resourceAppIds() const;

    // Ranked search: GUIDs (whole, partial, braces, upper case, urn:uuid:), values, names, words
    // in any order, descriptions. An empty or blank query finds nothing.
    QList<Hit> search(const QString &query, const SearchOptions &options = {}) const;

    // Exact lookups. Permissions are keyed by (resourceAppId, id): the same GUID can be a
    // different permission on another resource.
    EntryPtr appRole(const QString &resourceAppId, const QString &id) const;
    EntryPtr scope(const QString &resourceAppId, const QString &id) const;
    EntryPtr azureRole(const QString &roleDefinitionId) const; // GUID or full ARM id
    EntryPtr directoryRole(const QString &templateId) const;
    EntryPtr app(const QString &appId) const;
    // An app by appId or by one of its identifier URIs (a token's "aud").
    EntryPtr appByAudience(const QString &audience) const;
    // The permission with this value on this resource ("User.Read.All" on Graph).
    EntryPtr permissionByValue(Kind kind, const QString &resourceAppId, const QString &value) const;
    // Every entry with this GUID, any kind.
    QList<EntryPtr> byId(const QString &guid) const;
    // The other half of an app-role/scope pair with the same value, or null.
    EntryPtr twinOf(const Entry &entry) const;

    Tier tierFor(Kind kind, const QString &resourceAppId, const QString &id) const;

    // True once the search postings of the current data are in (see the class comment).
    bool isIndexReady() const;

    // The live part. setTenantSnapshot() merges at once on the calling thread (the command line,
    // tests); mergeTenantSnapshot() merges on a worker and swaps the result in later, emitting
    // changed() then: what the UI uses, since 20,000 tenant app roles take a few hundred ms.
    // A merge overtaken by another change of the data (a load, another snapshot) is dropped.
    void setTenantSnapshot(const TenantSnapshot &snapshot);
    void mergeTenantSnapshot(const TenantSnapshot &snapshot);
    bool isMerging() const { return m_mergeGeneration != 0; }
    void clearTenantSnapshot();
    const std::optional<TenantSnapshot> &tenantSnapshot() const { return m_tenant; }
    // The tenant's object id of the service principal of `appId`, when known.
    QString resourceObjectId(const QString &appId) const;

    // "{DF021288-...}", "urn:uuid:df021288-...", "DF021288BDEF..." -> "df021288-bdef-...", or
    // empty when `text` is no GUID.
    static QString normalizeGuid(const QString &text);

    static constexpr auto GraphAppId = "00000003-0000-0000-c000-000000000000";

Q_SIGNALS:
    // The entries changed (bundled load, live snapshot): searches may return other results.
    void changed();
    // The search postings of the current data are in: searches use them from now on.
    void indexReady();

private:
    void rebuild();
    void install(std::shared_ptr<const SearchIndex> index);
    void startPostings();

    // Bumped by every change of the data: work started for an older generation is dropped.
    quint64 m_generation = 0;
    quint64 m_mergeGeneration = 0; // the generation a running merge will install, or 0
    std::shared_ptr<WorkerHandover<Catalog>> m_handover;
    std::shared_ptr<const SearchPostings> m_postings;

    QList<Entry> m_bundled;
    QDate m_bundledDate;
    // Tier data: key "<kind>|<resourceAppId>|<id>".
    QHash<QString, std::pair<Tier, QString>> m_tiers;
    std::optional<TenantSnapshot> m_tenant;
    std::shared_ptr<const SearchIndex> m_index;
    QElapsedTimer m_loadTimer;
};

} // namespace ie::catalog
