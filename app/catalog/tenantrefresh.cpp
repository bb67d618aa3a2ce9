#include "catalog/tenantrefresh.h"

#include "net/httpclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ie::catalog {

namespace {

// One translation context for the whole file, whether the text is in a member or a free
// function (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::catalog::TenantRefreshJob)
};

QUrl graphUrl(const net::HttpClient *client, const QString &path, const QString &query)
{
    QUrl url = client->cloud().graphUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u"/v1.0"_s + path);
    url.setQuery(query);
    return url;
}

QUrl armUrl(const net::HttpClient *client, const QString &path, const QString &query)
{
    QUrl url = client->cloud().armUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

Entry permissionFrom(const QJsonObject &o, Kind kind, const QString &appId, const QString &name)
{
    Entry e;
    e.kind = kind;
    e.id = Catalog::normalizeGuid(o.value("id"_L1).toString());
    e.value = o.value("value"_L1).toString();
    e.isEnabled = o.value("isEnabled"_L1).toBool(true);
    e.resourceAppId = appId;
    e.resourceName = name;
    if (kind == Kind::Scope) {
        e.displayName = o.value("adminConsentDisplayName"_L1).toString();
        e.description = o.value("adminConsentDescription"_L1).toString();
        e.userConsentDisplayName = o.value("userConsentDisplayName"_L1).toString();
        e.userConsentDescription = o.value("userConsentDescription"_L1).toString();
        e.consentType = o.value("type"_L1).toString();
    } else {
        e.displayName = o.value("displayName"_L1).toString();
        e.description = o.value("description"_L1).toString();
    }
    return e;
}

} // namespace

TenantRefreshJob::TenantRefreshJob(net::HttpClient *client, const QString &tenantId,
                                   QSet<QString> knownResources, QObject *parent)
    : QObject(parent), m_client(client), m_known(std::move(knownResources)),
      m_result(ApiError::make(ApiError::Kind::Cancelled, QString()))
{
    m_snapshot.tenantId = tenantId;
}

TenantRefreshJob::~TenantRefreshJob()
{
    if (m_job)
        m_job->cancel();
    if (m_pages)
        m_pages->cancel();
}

void TenantRefreshJob::start()
{
    QMetaObject::invokeMethod(this, &TenantRefreshJob::fetchGraphSp, Qt::QueuedConnection);
}

void TenantRefreshJob::cancel()
{
    if (m_job)
        m_job->cancel();
    if (m_pages)
        m_pages->cancel();
    finish(ApiError::make(ApiError::Kind::Cancelled, Tr::tr("The catalog refresh was cancelled.")));
}

void TenantRefreshJob::fetchGraphSp()
{
    if (m_finished)
        return;
    Q_EMIT progress(Tr::tr("Reading Microsoft Graph's permissions in this tenant\u2026"));
    const QString graphAppId = QString::fromLatin1(Catalog::GraphAppId);
    const QUrl url = graphUrl(m_client, u"/servicePrincipals(appId='%1')"_s.arg(graphAppId),
                              u"$select=id,appId,displayName,appRoles,oauth2PermissionScopes"_s);
    m_job = m_client->send(
            net::HttpRequest::get(url), this, [this](const Result<net::HttpResponse> &r) {
                if (m_finished)
                    return;
                if (!r)
                    return finish(r.error());
                const QJsonObject sp = r->json.object();
                if (sp.value("appId"_L1).toString().toLower()
                    != QLatin1StringView(Catalog::GraphAppId))
                    return finish(
                            ApiError::make(ApiError::Kind::Parse,
                                           Tr::tr("The tenant's Microsoft Graph service principal "
                                                  "came back in an unexpected shape.")));
                addServicePrincipal(sp);
                fetchServicePrincipals();
            });
}

void TenantRefreshJob::addServicePrincipal(const QJsonObject &sp)
{
    const QString appId = sp.value("appId"_L1).toString().toLower();
    const QString objectId = sp.value("id"_L1).toString().toLower();
    const QString name = sp.value("displayName"_L1).toString();
    const QJsonArray roles = sp.value("appRoles"_L1).toArray();
    const QJsonArray scopes = sp.value("oauth2PermissionScopes"_L1).toArray();
    const bool graph = appId == QLatin1StringView(Catalog::GraphAppId);
    const bool known = graph || m_known.contains(appId);
    if (appId.isEmpty() || (!known && roles.isEmpty()))
        return;
    if (!objectId.isEmpty())
        m_snapshot.resourceObjectIds.insert(appId, objectId);
    if (known) {
        if (m_snapshot.refreshedResources.contains(appId))
            return; // Graph comes twice: by appId first, then in the list
        m_snapshot.refreshedResources.append(appId);
        for (const QJsonValue &v : roles) {
            Entry e = permissionFrom(v.toObject(), Kind::AppRole, appId, name);
            if (!e.id.isEmpty())
                m_snapshot.entries.append(std::move(e));
        }
        for (const QJsonValue &v : scopes) {
            Entry e = permissionFrom(v.toObject(), Kind::Scope, appId, name);
            if (!e.id.isEmpty())
                m_snapshot.entries.append(std::move(e));
        }
        return;
    }
    for (const QJsonValue &v : roles) {
        Entry e = permissionFrom(v.toObject(), Kind::TenantAppRole, appId, name);
        if (!e.id.isEmpty())
            m_snapshot.entries.append(std::move(e));
    }
}

void TenantRefreshJob::fetchServicePrincipals()
{
    Q_EMIT progress(Tr::tr("Reading the app roles of every service principal\u2026"));
    const QUrl url = graphUrl(m_client, u"/servicePrincipals"_s,
                              u"$select=id,appId,displayName,appRoles,oauth2PermissionScopes"
                              "&$top=999"_s);
    m_pages = m_client->getPages(net::HttpRequest::get(url));
    connect(m_pages, &net::PageJob::pageArrived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &v : items)
            addServicePrincipal(v.toObject());
    });
    connect(m_pages, &net::PageJob::finished, this, [this, job = m_pages.data()] {
        if (m_finished)
            return;
        if (!job->result())
            return finish(job->result().error());
        fetchSubscriptions();
    });
}

void TenantRefreshJob::fetchSubscriptions()
{
    if (m_client->cloud().armUrl.isEmpty()) {
        m_snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
        return finish(m_snapshot);
    }
    Q_EMIT progress(Tr::tr("Reading the tenant's custom Azure roles\u2026"));
    m_pages = m_client->getPages(net::HttpRequest::get(
            armUrl(m_client, u"/subscriptions"_s, u"api-version=2022-12-01"_s)));
    connect(m_pages, &net::PageJob::pageArrived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            const QString id = v.toObject().value("subscriptionId"_L1).toString();
            if (!id.isEmpty())
                m_subscriptions.append(id);
        }
    });
    connect(m_pages, &net::PageJob::finished, this, [this, job = m_pages.data()] {
        if (m_finished)
            return;
        if (!job->result()) {
            m_snapshot.warnings.append(Tr::tr("Custom Azure roles could not be read: %1")
                                               .arg(job->result().error().summary()));
            m_subscriptions.clear();
        }
        fetchRoleDefinitions();
    });
}

void TenantRefreshJob::fetchRoleDefinitions()
{
    if (m_subscriptions.isEmpty()) {
        m_snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
        return finish(m_snapshot);
    }
    const QString sub = m_subscriptions.takeFirst();
    m_pages = m_client->getPages(net::HttpRequest::get(armUrl(
            m_client,
            u"/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions"_s.arg(sub),
            u"$filter=type%20eq%20'CustomRole'&api-version=2022-04-01"_s)));
    connect(m_pages, &net::PageJob::pageArrived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QJsonObject p = o.value("properties"_L1).toObject();
            if (p.value("type"_L1).toString() != "CustomRole"_L1)
                continue;
            Entry e;
            e.kind = Kind::AzureRole;
            e.id = Catalog::normalizeGuid(o.value("name"_L1).toString());
            if (e.id.isEmpty() || m_customRoleIds.contains(e.id))
                continue;
            m_customRoleIds.insert(e.id);
            e.value = p.value("roleName"_L1).toString();
            e.displayName = e.value;
            e.description = p.value("description"_L1).toString();
            e.customRole = true;
            for (const QJsonValue &pv : p.value("permissions"_L1).toArray()) {
                const QJsonObject perm = pv.toObject();
                for (const QJsonValue &a : perm.value("actions"_L1).toArray())
                    e.actions.append(a.toString());
                for (const QJsonValue &a : perm.value("notActions"_L1).toArray())
                    e.notActions.append(a.toString());
                for (const QJsonValue &a : perm.value("dataActions"_L1).toArray())
                    e.dataActions.append(a.toString());
                for (const QJsonValue &a : perm.value("notDataActions"_L1).toArray())
                    e.notDataActions.append(a.toString());
            }
            m_snapshot.entries.append(std::move(e));
        }
    });
    connect(m_pages, &net::PageJob::finished, this, [this, sub, job = m_pages.data()] {
        if (m_finished)
            return;
        if (!job->result())
            m_snapshot.warnings.append(
                    Tr::tr("Custom roles of subscription %1 could not be read: %2")
                            .arg(sub, job->result().error().summary()));
        fetchRoleDefinitions();
    });
}

void TenantRefreshJob::finish(Result<TenantSnapshot> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
}

namespace tenantcache {

QString path(const QString &tenantId)
{
    // The tenant id is a GUID or a domain; anything else is reduced to safe characters.
    QString safe;
    for (QChar c : tenantId)
        safe.append(c.isLetterOrNumber() || c == u'-' || c == u'.' ? c : u'_');
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/catalog/"_s + safe
            + u".json"_s;
}

VoidResult save(const TenantSnapshot &snapshot)
{
    const QString file = path(snapshot.tenantId);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return ApiError::make(ApiError::Kind::Unsupported,
                              Tr::tr("Cannot create the cache folder for %1.").arg(file));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return ApiError::make(
                ApiError::Kind::Unsupported,
                Tr::tr("Cannot write the catalog cache %1: %2").arg(file, out.errorString()));
    out.write(snapshot.toJson());
    if (!out.commit())
        return ApiError::make(
                ApiError::Kind::Unsupported,
                Tr::tr("Cannot write the catalog cache %1: %2").arg(file, out.errorString()));
    return Done{};
}

Result<TenantSnapshot> load(const QString &tenantId)
{
    QFile in(path(tenantId));
    if (!in.exists())
        return ApiError::make(ApiError::Kind::NotFound,
                              Tr::tr("No cached catalog for tenant %1.").arg(tenantId));
    if (!in.open(QIODevice::ReadOnly))
        return ApiError::make(ApiError::Kind::Unsupported,
                              Tr::tr("Cannot read the catalog cache %1: %2")
                                      .arg(in.fileName(), in.errorString()));
    auto r = TenantSnapshot::fromJson(in.readAll());
    if (!r) {
        ApiError e = r.error();
        e.message = Tr::tr("The cached catalog of tenant %1 (%2) is unusable and was ignored; the "
                           "bundled catalog still works. Refresh to fetch it again. (%3)")
                            .arg(tenantId, in.fileName(), e.message);
        return e;
    }
    if (r->tenantId != tenantId)
        return ApiError::make(
                ApiError::Kind::Parse,
                Tr::tr("The catalog cache %1 belongs to another tenant and was ignored.")
                        .arg(in.fileName()));
    return r;
}

} // namespace tenantcache

} // namespace ie::catalog
