#pragma once

#include "catalog/catalog.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace ie::net {
class HttpClient;
class HttpJob;
class PageJob;
} // namespace ie::net

namespace ie::catalog {

// Fetches what the signed-in tenant adds to the catalog, through the one HTTP client:
//  1. Graph's own service principal: appRoles and oauth2PermissionScopes as this tenant has them;
//  2. every service principal (paged): the object id of each resource service principal, the
//     permissions of the Microsoft APIs the bundle knows, and the app roles of all others (the
//     tenant's own APIs);
//  3. ARM: the custom role definitions of every subscription the caller can see.
// Finishes exactly once with a complete TenantSnapshot or an error; a failure in Graph (throttled
// past the retries, forbidden, cut) yields no snapshot at all, so nothing half-fetched replaces
// good data. ARM failures become warnings: the Graph part is still whole.
class TenantRefreshJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantRefreshJob)
public:
    // `knownResources`: the appIds whose permissions the bundle lists (Catalog::resourceAppIds()).
    TenantRefreshJob(net::HttpClient *client, const QString &tenantId, QSet<QString> knownResources,
                     QObject *parent = nullptr);
    ~TenantRefreshJob() override;

    // Schedules the first request; finished() always comes later, never from inside start().
    void start();
    const Result<TenantSnapshot> &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // A short, translated description of the current step.
    void progress(const QString &step);
    void finished();

private:
    void fetchGraphSp();
    void fetchServicePrincipals();
    void fetchSubscriptions();
    void fetchRoleDefinitions();
    void addServicePrincipal(const QJsonObject &sp);
    void finish(Result<TenantSnapshot> result);

    net::HttpClient *m_client;
    QSet<QString> m_known;
    TenantSnapshot m_snapshot;
    QStringList m_subscriptions;
    QSet<QString> m_customRoleIds;
    // Jobs are owned by the client and delete themselves after finishing; QPointer because a
    // cancel() can race with that.
    QPointer<net::HttpJob> m_job;
    QPointer<net::PageJob> m_pages;
    bool m_finished = false;
    Result<TenantSnapshot> m_result;
};

// The per-tenant cache of the live part, in QStandardPaths::CacheLocation/catalog/<tenant>.json.
// Written through QSaveFile (a temporary file renamed over the old one): a crash or a full disk
// never leaves a half-written cache. Holds ids, names and descriptions only: never a token.
namespace tenantcache {
QString path(const QString &tenantId);
VoidResult save(const TenantSnapshot &snapshot);
// Parse error (Kind::Parse) for a corrupt file, NotFound when there is none.
Result<TenantSnapshot> load(const QString &tenantId);
} // namespace tenantcache

} // namespace ie::catalog
