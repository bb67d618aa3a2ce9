#include "graph/approleclient.h"

#include "graph/graphaccess.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGraphGrant, "ie.graph.grant")

namespace ie::graph {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::graph::AppRoleClient)
};

constexpr auto GraphAppId = "00000003-0000-0000-c000-000000000000";

// A 403 says who was signed in and what they lack (graphaccess.h).
ApiError explained(ApiError e, GraphOperation operation, bool tierZero = false)
{
    if (e.httpStatus == 403 || e.kind == ApiError::Kind::Forbidden)
        e.message = explainGraphDenied(e, operation, tierZero);
    return e;
}

AppRoleAssignment assignmentFromJson(const QJsonObject &o)
{
    return {o.value("id"_L1).toString(),
            o.value("principalId"_L1).toString(),
            o.value("principalDisplayName"_L1).toString(),
            o.value("resourceId"_L1).toString(),
            o.value("resourceDisplayName"_L1).toString(),
            o.value("appRoleId"_L1).toString().toLower(),
            o.value("createdDateTime"_L1).toString()};
}

bool isAlreadyHeld(int status, const QString &message)
{
    return status == 400 && message.contains("already exists"_L1, Qt::CaseInsensitive);
}

} // namespace

AppRoleClient::AppRoleClient(ie::net::HttpClient *client, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_delays({std::chrono::seconds(1), std::chrono::seconds(2), std::chrono::seconds(4),
                std::chrono::seconds(8), std::chrono::seconds(15)})
{ }

AppRoleClient::~AppRoleClient() = default;

ResourceApi AppRoleClient::resourceFromJson(const QJsonObject &sp)
{
    ResourceApi r;
    r.id = sp.value("id"_L1).toString();
    r.appId = sp.value("appId"_L1).toString();
    r.displayName = sp.value("displayName"_L1).toString();
    for (const QJsonValue &v : sp.value("appRoles"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        AppRole role;
        role.id = o.value("id"_L1).toString().toLower();
        role.value = o.value("value"_L1).toString();
        role.displayName = o.value("displayName"_L1).toString();
        role.description = o.value("description"_L1).toString();
        role.isEnabled = o.value("isEnabled"_L1).toBool(true);
        for (const QJsonValue &t : o.value("allowedMemberTypes"_L1).toArray())
            role.allowedMemberTypes << t.toString();
        r.appRoles.append(role);
    }
    for (const QJsonValue &v : sp.value("oauth2PermissionScopes"_L1).toArray())
        r.scopeIds << v.toObject().value("id"_L1).toString().toLower();
    return r;
}

void AppRoleClient::listAssignments(const QString &principalId, QObject *context,
                                    AssignmentsCallback callback)
{
    if (!m_client)
        return;
    auto all = std::make_shared<QList<AppRoleAssignment>>();
    ie::net::PageJob *job
            = m_client->getPages(ie::net::HttpRequest::get(assignmentsUrl(principalId)));
    connect(job, &ie::net::PageJob::pageArrived, context, [all](const QJsonArray &items) {
        for (const QJsonValue &v : items)
            all->append(assignmentFromJson(v.toObject()));
    });
    connect(job, &ie::net::PageJob::finished, context, [job, all, callback] {
        if (!job->result())
            callback(explained(job->result().error(), GraphOperation::ReadAppRoleAssignments));
        else
            callback(*all);
    });
}

void AppRoleClient::listAssignedTo(const QString &resourceId, QObject *context,
                                   AssignmentsCallback callback)
{
    if (!m_client)
        return;
    // https://learn.microsoft.com/graph/api/serviceprincipal-list-approleassignedto
    QUrl url(m_client->cloud().graphUrl.toString() + u"/v1.0/servicePrincipals/"_s + resourceId
             + u"/appRoleAssignedTo"_s);
    url.setQuery(u"$top=999"_s);
    auto all = std::make_shared<QList<AppRoleAssignment>>();
    ie::net::PageJob *job = m_client->getPages(ie::net::HttpRequest::get(url));
    connect(job, &ie::net::PageJob::pageArrived, context, [all](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            // Users and groups hold app roles too; the report is about service principals.
            if (o.value("principalType"_L1)
                        .toString()
                        .compare("ServicePrincipal"_L1, Qt::CaseInsensitive)
                == 0)
                all->append(assignmentFromJson(o));
        }
    });
    connect(job, &ie::net::PageJob::finished, context, [job, all, callback] {
        if (!job->result())
            callback(explained(job->result().error(), GraphOperation::ReadAppRoleAssignments));
        else
            callback(*all);
    });
}

void AppRoleClient::listResourceApis(QObject *context, ResourcesCallback callback)
{
    if (!m_client)
        return;
    QUrl url(m_client->cloud().graphUrl.toString() + u"/v1.0/servicePrincipals"_s);
    QUrlQuery q;
    q.addQueryItem(u"$select"_s, u"id,appId,displayName,appRoles,oauth2PermissionScopes"_s);
    q.addQueryItem(u"$top"_s, u"999"_s);
    url.setQuery(q);
    auto all = std::make_shared<QList<ResourceApi>>();
    ie::net::PageJob *job = m_client->getPages(ie::net::HttpRequest::get(url));
    connect(job, &ie::net::PageJob::pageArrived, context, [all](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            ResourceApi r = resourceFromJson(v.toObject());
            const bool any = std::any_of(r.appRoles.cbegin(), r.appRoles.cend(),
                                         [](const AppRole &a) { return a.assignableToApps(); });
            if (any)
                all->append(std::move(r));
        }
    });
    connect(job, &ie::net::PageJob::finished, context, [job, all, callback] {
        if (!job->result()) {
            callback(explained(job->result().error(), GraphOperation::ReadServicePrincipals));
            return;
        }
        std::stable_sort(all->begin(), all->end(), [](const ResourceApi &a, const ResourceApi &b) {
            const bool ga = a.appId == QLatin1StringView(GraphAppId);
            const bool gb = b.appId == QLatin1StringView(GraphAppId);
            if (ga != gb)
                return ga;
            return a.displayName.localeAwareCompare(b.displayName) < 0;
        });
        callback(*all);
    });
}

void AppRoleClient::getResource(const QString &resourceId, QObject *context,
                                std::function<void(const Result<ResourceApi> &)> callback)
{
    if (!m_client) {
        callback(ApiError::make(ApiError::Kind::Cancelled, QString()));
        return;
    }
    QUrl url(m_client->cloud().graphUrl.toString() + u"/v1.0/servicePrincipals/"_s + resourceId);
    QUrlQuery q;
    q.addQueryItem(u"$select"_s, u"id,appId,displayName,appRoles,oauth2PermissionScopes"_s);
    url.setQuery(q);
    m_client->send(ie::net::HttpRequest::get(url), context,
                   [callback](const Result<ie::net::HttpResponse> &r) {
                       if (!r)
                           callback(explained(r.error(), GraphOperation::ReadServicePrincipals));
                       else
                           callback(resourceFromJson(r->json.object()));
                   });
}

VoidResult AppRoleClient::validate(const ResourceApi &resource, const QString &appRoleId)
{
    const QString id = appRoleId.toLower();
    if (resource.scopeIds.contains(id) && !resource.role(id))
        return ApiError::make(ApiError::Kind::InvalidInput,
                              Tr::tr("%1 is a delegated permission (scope) of %2, not an app role: "
                                     "delegated permissions are consented, never assigned to an "
                                     "identity.")
                                      .arg(id, resource.displayName),
                              u"ScopeNotAppRole"_s);
    const AppRole *role = resource.role(id);
    if (!role)
        return ApiError::make(ApiError::Kind::InvalidInput,
                              Tr::tr("%1 is not an app role of %2.").arg(id, resource.displayName),
                              u"UnknownAppRole"_s);
    if (!role->assignableToApps())
        return ApiError::make(ApiError::Kind::InvalidInput,
                              Tr::tr("The app role %1 of %2 cannot be assigned to applications.")
                                      .arg(role->value, resource.displayName),
                              u"AppRoleNotForApps"_s);
    return Done{};
}

QUrl AppRoleClient::assignmentsUrl(const QString &principalId) const
{
    const QString base = m_client ? m_client->cloud().graphUrl.toString() : QString();
    return QUrl(base + u"/v1.0/servicePrincipals/%1/appRoleAssignments"_s.arg(principalId));
}

QJsonObject AppRoleClient::grantBody(const QString &principalId, const QString &resourceId,
                                     const QString &appRoleId)
{
    return QJsonObject{{"principalId"_L1, principalId},
                       {"resourceId"_L1, resourceId},
                       {"appRoleId"_L1, appRoleId}};
}

bool AppRoleClient::isReplicationDelay(const ApiError &error)
{
    return (error.httpStatus == 404 && error.code == "Request_ResourceNotFound"_L1)
            || (error.httpStatus == 400
                && error.message.contains("not a valid reference update"_L1, Qt::CaseInsensitive));
}

void AppRoleClient::grant(const QString &principalId, const ResourceApi &resource,
                          const QStringList &appRoleIds, QObject *context, GrantCallback callback)
{
    grantAttempt(principalId, resource, appRoleIds, context, std::move(callback), 0, false);
}

void AppRoleClient::grantAttempt(const QString &principalId, const ResourceApi &resource,
                                 const QStringList &appRoleIds, QObject *context,
                                 GrantCallback callback, int attempt, bool waited)
{
    QPointer<QObject> guard(context);
    grantOnce(principalId, resource, appRoleIds, context,
              [this, guard, principalId, resource, callback, attempt,
               waited](const Result<QList<GrantOutcome>> &r) {
                  if (!guard)
                      return;
                  if (!r) {
                      callback(r);
                      return;
                  }
                  QList<GrantOutcome> outcomes = *r;
                  QStringList again;
                  for (const GrantOutcome &o : outcomes) {
                      if (o.status == GrantOutcome::Status::Failed && o.error
                          && isReplicationDelay(*o.error))
                          again << o.appRoleId;
                  }
                  if (again.isEmpty() || attempt >= m_delays.size()) {
                      confirmListed(principalId, outcomes, guard, callback, 0, waited);
                      return;
                  }
                  const qint64 delay = m_delays.at(attempt).count();
                  qCInfo(lcGraphGrant) << "Entra does not know" << principalId
                                       << "yet; retrying in" << delay << "ms";
                  Q_EMIT waitingForEntra(principalId, delay);
                  QTimer::singleShot(delay, guard, [=, this] {
                      grantAttempt(principalId, resource, again, guard,
                                   [outcomes, callback](const Result<QList<GrantOutcome>> &retried) mutable {
                                       if (!retried) {
                                           callback(retried);
                                           return;
                                       }
                                       for (const GrantOutcome &n : *retried) {
                                           for (GrantOutcome &o : outcomes) {
                                               if (o.appRoleId == n.appRoleId)
                                                   o = n;
                                           }
                                       }
                                       callback(outcomes);
                                   },
                                   attempt + 1, true);
                  });
              });
}

// Re-reads the assignments until every new one is listed (or the waits are used up): what the
// panel shows next is then what Entra has.
void AppRoleClient::confirmListed(const QString &principalId, const QList<GrantOutcome> &outcomes,
                                  QObject *context, GrantCallback callback, int attempt,
                                  bool waited)
{
    QStringList expected;
    for (const GrantOutcome &o : outcomes) {
        if (o.status == GrantOutcome::Status::Granted && !o.assignmentId.isEmpty())
            expected << o.assignmentId;
    }
    if (expected.isEmpty()) {
        if (waited)
            Q_EMIT entraCaughtUp(principalId);
        callback(outcomes);
        return;
    }
    QPointer<QObject> guard(context);
    listAssignments(principalId, context,
                    [=, this](const Result<QList<AppRoleAssignment>> &list) {
                        if (!guard)
                            return;
                        bool all = true;
                        if (list) {
                            for (const QString &id : expected) {
                                all = all
                                        && std::any_of(list->begin(), list->end(),
                                                       [&id](const AppRoleAssignment &a) {
                                                           return a.id == id;
                                                       });
                            }
                        }
                        if (all || !list || attempt >= m_delays.size()) {
                            if (waited || attempt > 0)
                                Q_EMIT entraCaughtUp(principalId);
                            callback(outcomes);
                            return;
                        }
                        const qint64 delay = m_delays.at(attempt).count();
                        Q_EMIT waitingForEntra(principalId, delay);
                        QTimer::singleShot(delay, guard, [=, this] {
                            confirmListed(principalId, outcomes, guard, callback, attempt + 1,
                                          true);
                        });
                    });
}

void AppRoleClient::grantOnce(const QString &principalId, const ResourceApi &resource,
                              const QStringList &appRoleIds, QObject *context,
                              GrantCallback callback)
{
    if (!m_client)
        return;
    if (appRoleIds.isEmpty()) {
        callback(ApiError::make(ApiError::Kind::InvalidInput, Tr::tr("No app role was chosen.")));
        return;
    }
    for (const QString &id : appRoleIds) {
        if (const VoidResult ok = validate(resource, id); !ok) {
            callback(ok.error());
            return;
        }
    }
    auto outcomeFor = [resource](const QString &id) {
        GrantOutcome o;
        o.appRoleId = id.toLower();
        if (const AppRole *r = resource.role(id))
            o.value = r->value;
        return o;
    };

    if (appRoleIds.size() == 1) {
        const QString id = appRoleIds.first().toLower();
        ie::net::HttpRequest req = ie::net::HttpRequest::json(
                "POST", assignmentsUrl(principalId),
                QJsonDocument(grantBody(principalId, resource.id, id)));
        const bool tierZero = isTierZeroResourceApp(resource.appId);
        m_client->send(req, context,
                       [callback, tierZero,
                        outcome = outcomeFor(id)](const Result<ie::net::HttpResponse> &r) mutable {
                           if (r) {
                               outcome.status = GrantOutcome::Status::Granted;
                               outcome.assignmentId = r->json.object().value("id"_L1).toString();
                               outcome.requestId = r->requestId;
                           } else if (isAlreadyHeld(r.error().httpStatus, r.error().message)) {
                               outcome.status = GrantOutcome::Status::AlreadyHeld;
                               outcome.requestId = r.error().requestId;
                           } else if (r.error().kind == ApiError::Kind::Cancelled) {
                               callback(r.error());
                               return;
                           } else {
                               outcome.error = explained(r.error(), GraphOperation::GrantAppRole,
                                                         tierZero);
                               outcome.requestId = r.error().requestId;
                           }
                           callback(QList<GrantOutcome>{outcome});
                       });
        return;
    }

    QList<ie::net::BatchItem> items;
    for (const QString &id : appRoleIds) {
        ie::net::BatchItem item;
        item.method = "POST";
        item.url = u"/servicePrincipals/%1/appRoleAssignments"_s.arg(principalId);
        item.body = grantBody(principalId, resource.id, id.toLower());
        item.headers = {{"Content-Type", "application/json"}};
        items.append(item);
    }
    ie::net::BatchJob *job
            = m_client->batch(QUrl(m_client->cloud().graphUrl.toString() + u"/v1.0"_s), items);
    const bool tierZero = isTierZeroResourceApp(resource.appId);
    connect(job, &ie::net::BatchJob::finished, context,
            [job, appRoleIds, outcomeFor, callback, tierZero] {
        const auto &result = job->result();
        if (!result) {
            callback(result.error());
            return;
        }
        QList<GrantOutcome> out;
        for (qsizetype i = 0; i < appRoleIds.size(); ++i) {
            GrantOutcome o = outcomeFor(appRoleIds[i]);
            const ie::net::BatchItemResult item
                    = i < result->size() ? result->at(i) : ie::net::BatchItemResult{};
            for (const auto &h : item.headers) {
                if (h.first.compare("request-id", Qt::CaseInsensitive) == 0)
                    o.requestId = QString::fromLatin1(h.second);
            }
            if (!item.error && item.status >= 200 && item.status < 300) {
                o.status = GrantOutcome::Status::Granted;
                o.assignmentId = item.body.value("id"_L1).toString();
            } else if (item.error && isAlreadyHeld(item.status, item.error->message)) {
                o.status = GrantOutcome::Status::AlreadyHeld;
            } else {
                o.error = item.error
                        ? explained(*item.error, GraphOperation::GrantAppRole, tierZero)
                        : ApiError::make(ApiError::Kind::Protocol,
                                         Tr::tr("Graph gave no answer for this role."));
                if (o.requestId.isEmpty() && o.error)
                    o.requestId = o.error->requestId;
            }
            out.append(o);
        }
        callback(out);
    });
}

void AppRoleClient::revoke(const QString &principalId, const QString &assignmentId,
                           QObject *context, RevokeCallback callback)
{
    if (!m_client)
        return;
    ie::net::HttpRequest req;
    req.method = "DELETE";
    req.url = QUrl(assignmentsUrl(principalId).toString() + u'/' + assignmentId);
    m_client->send(req, context, [callback](const Result<ie::net::HttpResponse> &r) {
        if (r)
            callback(r->requestId);
        else
            callback(explained(r.error(), GraphOperation::RevokeAppRole));
    });
}

} // namespace ie::graph
