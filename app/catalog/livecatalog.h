#pragma once

#include "catalog/catalog.h"
#include "core/result.h"
#include "core/workerhandover.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace ie::net {
class HttpClient;
}

namespace ie::catalog {

class TenantRefreshJob;

// The live part of the catalog as the GUI sees it: which tenant it belongs to, its cache on disk,
// and "Refresh from tenant". setTenant() (sign-in, sign-out, a switch) drops the part of the tenant
// before and loads the new tenant's cache; refresh() runs a TenantRefreshJob through the shared
// HttpClient and, when it completes, merges the snapshot (Catalog::mergeTenantSnapshot) and
// writes the cache. A failure, a cancel or an unreadable cache leaves the data the catalog had:
// the bundled catalog always keeps working. Cache files are read and written on a worker of the
// global QThreadPool, never on the UI thread.
class LiveCatalog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCatalog)
public:
    enum class State {
        NoTenant, // not signed in
        LoadingCache, // reading the tenant's cache
        BundledOnly, // signed in, no cache yet
        CacheUnreadable, // the cache file is corrupt: bundled only until a refresh replaces it
        Live, // the tenant's part is in the catalog
    };
    Q_ENUM(State)

    LiveCatalog(Catalog *catalog, net::HttpClient *client, QObject *parent = nullptr);
    ~LiveCatalog() override;

    // The signed-in tenant (id and a name for people, "Contoso"); an empty id: not signed in.
    // A new id cancels a running refresh, clears the tenant part and loads the new one's cache.
    void setTenant(const QString &tenantId, const QString &displayName);
    QString tenantId() const { return m_tenantId; }
    QString tenantName() const { return m_tenantName.isEmpty() ? m_tenantId : m_tenantName; }

    State state() const { return m_state; }
    bool isRefreshing() const { return m_job != nullptr; }
    bool canRefresh() const { return !m_tenantId.isEmpty() && !isRefreshing(); }
    // When the live data in the catalog was fetched (invalid without any).
    QDateTime fetchedAt() const { return m_fetchedAt; }

    // One line on where the live part comes from: "Live from Contoso, refreshed 2026-12-01
    // 14:03", "Bundled catalog only — Refresh from tenant to add ...".
    QString statusText() const;
    // The current step of a running refresh, empty otherwise.
    QString progressText() const { return m_progress; }
    // What went wrong last (a failed refresh, an unreadable cache, a cache not written, parts
    // not fetched), with what to do; empty when all is well.
    QString problemText() const { return m_problem; }

public Q_SLOTS:
    void refresh();
    void cancel();

Q_SIGNALS:
    // Any of state, statusText, progressText, problemText or isRefreshing changed.
    void statusChanged();
    // A refresh ended: `ok` when its data is in the catalog (the cache write may still fail).
    void refreshFinished(bool ok);
    // The cache of the current tenant was read (or found missing or unreadable).
    void cacheLoaded();

private:
    void loadCache();
    void onCacheLoaded(quint64 generation, const Result<TenantSnapshot> &result);
    void onRefreshFinished();
    void saveCache(const TenantSnapshot &snapshot);
    void onCacheSaveFailed(quint64 generation, const QString &message);
    void setState(State state);

    QPointer<Catalog> m_catalog;
    QPointer<net::HttpClient> m_client;
    std::shared_ptr<WorkerHandover<LiveCatalog>> m_handover;
    quint64 m_generation = 0; // bumped by every tenant change: older cache work is dropped
    QString m_tenantId;
    QString m_tenantName;
    State m_state = State::NoTenant;
    QDateTime m_fetchedAt;
    QString m_progress;
    QString m_problem;
    TenantRefreshJob *m_job = nullptr;
};

} // namespace ie::catalog
