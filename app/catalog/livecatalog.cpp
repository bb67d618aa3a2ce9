#include "catalog/livecatalog.h"

#include "catalog/tenantrefresh.h"
#include "net/httpclient.h"

#include <QLoggingCategory>
#include <QThreadPool>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLiveCatalog, "ie.catalog.live", QtInfoMsg)

namespace ie::catalog {

// Brings the results of cache reads and writes on a worker back to the controller, unless it is
// gone by then.
LiveCatalog::LiveCatalog(Catalog *catalog, net::HttpClient *client, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_client(client),
      m_handover(std::make_shared<WorkerHandover<LiveCatalog>>(this))
{ }

LiveCatalog::~LiveCatalog()
{
    m_handover->detach();
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void LiveCatalog::setTenant(const QString &tenantId, const QString &displayName)
{
    if (tenantId == m_tenantId && m_state != State::NoTenant) {
        if (displayName != m_tenantName) {
            m_tenantName = displayName;
            Q_EMIT statusChanged();
        }
        return;
    }
    ++m_generation;
    if (m_job) {
        // The refresh was for the tenant before: its result must not land in this one.
        TenantRefreshJob *job = std::exchange(m_job, nullptr);
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
    m_tenantId = tenantId;
    m_tenantName = displayName;
    m_fetchedAt = {};
    m_progress.clear();
    m_problem.clear();
    if (m_catalog)
        m_catalog->clearTenantSnapshot();
    if (tenantId.isEmpty()) {
        setState(State::NoTenant);
        Q_EMIT cacheLoaded();
        return;
    }
    setState(State::LoadingCache);
    loadCache();
}

void LiveCatalog::loadCache()
{
    const quint64 generation = m_generation;
    const QString tenantId = m_tenantId;
    QThreadPool::globalInstance()->start([handover = m_handover, generation, tenantId] {
        Result<TenantSnapshot> result = tenantcache::load(tenantId);
        handover->post([generation, result = std::move(result)](LiveCatalog *target) {
            target->onCacheLoaded(generation, result);
        });
    });
}

void LiveCatalog::onCacheLoaded(quint64 generation, const Result<TenantSnapshot> &result)
{
    if (generation != m_generation)
        return; // another tenant by now
    if (m_state != State::LoadingCache) {
        // A refresh finished first and is newer than the cache.
        Q_EMIT cacheLoaded();
        return;
    }
    if (result.ok()) {
        m_fetchedAt = result->fetchedAt;
        if (m_catalog)
            m_catalog->mergeTenantSnapshot(*result);
        if (!result->warnings.isEmpty())
            m_problem = tr("The last refresh could not fetch everything: %1")
                                .arg(result->warnings.join(u' '));
        setState(State::Live);
    } else if (result.error().kind == ApiError::Kind::NotFound) {
        setState(State::BundledOnly);
    } else {
        qCWarning(lcLiveCatalog) << "unreadable tenant cache:" << result.error().summary();
        m_problem = tr("The cached data of %1 could not be read (%2). The bundled catalog is "
                       "used; Refresh from tenant replaces the file.")
                            .arg(tenantName(), result.error().message);
        setState(State::CacheUnreadable);
    }
    Q_EMIT cacheLoaded();
}

void LiveCatalog::refresh()
{
    if (!canRefresh() || !m_client || !m_catalog)
        return;
    m_problem.clear();
    m_progress = tr("Starting…");
    m_job = new TenantRefreshJob(m_client, m_tenantId, m_catalog->resourceAppIds(), this);
    connect(m_job, &TenantRefreshJob::progress, this, [this](const QString &step) {
        m_progress = step;
        Q_EMIT statusChanged();
    });
    connect(m_job, &TenantRefreshJob::finished, this, &LiveCatalog::onRefreshFinished);
    m_job->start();
    Q_EMIT statusChanged();
}

void LiveCatalog::cancel()
{
    if (m_job)
        m_job->cancel(); // finishes at once with Cancelled
}

void LiveCatalog::onRefreshFinished()
{
    TenantRefreshJob *job = std::exchange(m_job, nullptr);
    if (!job)
        return;
    job->deleteLater();
    m_progress.clear();
    const Result<TenantSnapshot> &result = job->result();
    if (!result.ok()) {
        const ApiError &error = result.error();
        qCInfo(lcLiveCatalog) << "tenant refresh failed:" << error.summary();
        const QString kept = m_state == State::Live
                ? tr("The catalog keeps the data refreshed %1.")
                          .arg(m_fetchedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
                : tr("The bundled catalog keeps working.");
        if (error.kind == ApiError::Kind::Cancelled) {
            m_problem = tr("Refresh cancelled. %1").arg(kept);
        } else {
            QString text = error.userMessage();
            if (error.kind == ApiError::Kind::Forbidden)
                text += u' '
                        + tr("Reading the tenant's service principals needs the Graph permission "
                             "Application.Read.All (or a directory reader role).");
            m_problem = tr("Refresh from %1 failed: %2 %3").arg(tenantName(), text, kept);
        }
        Q_EMIT statusChanged();
        Q_EMIT refreshFinished(false);
        return;
    }
    const TenantSnapshot &snapshot = *result;
    m_fetchedAt = snapshot.fetchedAt;
    if (m_catalog)
        m_catalog->mergeTenantSnapshot(snapshot);
    if (!snapshot.warnings.isEmpty())
        m_problem = tr("Refreshed, but not everything could be fetched: %1")
                            .arg(snapshot.warnings.join(u' '));
    saveCache(snapshot);
    setState(State::Live);
    Q_EMIT statusChanged();
    Q_EMIT refreshFinished(true);
}

void LiveCatalog::saveCache(const TenantSnapshot &snapshot)
{
    const quint64 generation = m_generation;
    QThreadPool::globalInstance()->start([handover = m_handover, generation, snapshot] {
        const VoidResult saved = tenantcache::save(snapshot);
        if (saved.ok())
            return;
        handover->post([generation, message = saved.error().message](LiveCatalog *target) {
            target->onCacheSaveFailed(generation, message);
        });
    });
}

void LiveCatalog::onCacheSaveFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_problem = tr("The refreshed data is used, but the cache could not be written (%1): it is "
                   "lost when the app quits.")
                        .arg(message);
    Q_EMIT statusChanged();
}

void LiveCatalog::setState(State state)
{
    m_state = state;
    Q_EMIT statusChanged();
}

QString LiveCatalog::statusText() const
{
    switch (m_state) {
    case State::NoTenant:
        return tr("Bundled catalog only — sign in to add your tenant's APIs and object ids");
    case State::LoadingCache:
        return tr("Loading the cached data of %1…").arg(tenantName());
    case State::Live:
        //: %2 is the date and time of the refresh, e.g. 2026-12-01 14:03
        return tr("Live from %1, refreshed %2")
                .arg(tenantName(), m_fetchedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    case State::BundledOnly:
    case State::CacheUnreadable:
        break;
    }
    return tr("Bundled catalog only — Refresh from tenant to add your tenant's APIs and object "
              "ids");
}

} // namespace ie::catalog
