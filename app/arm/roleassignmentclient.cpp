#include "arm/roleassignmentclient.h"

#include "arm/roleassignmentcreatejob.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace ie::arm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::arm::RoleAssignmentClient)
};

// The namespace of the name-based UUIDs ARM templates' guid() function uses.
const QUuid GuidNamespace(u"11fb06fb-712d-4ddd-98c7-e71bbd588830"_s);

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

RoleDefinition roleDefinitionFromJson(const QJsonObject &o)
{
    const QJsonObject p = o.value("properties"_L1).toObject();
    RoleDefinition d;
    d.id = o.value("id"_L1).toString();
    d.name = o.value("name"_L1).toString().toLower();
    d.roleName = p.value("roleName"_L1).toString();
    d.description = p.value("description"_L1).toString();
    d.custom = p.value("type"_L1).toString() == "CustomRole"_L1;
    for (const QJsonValue &perm : p.value("permissions"_L1).toArray()) {
        d.actions += strings(perm.toObject().value("actions"_L1));
        d.dataActions += strings(perm.toObject().value("dataActions"_L1));
    }
    return d;
}

// Collects every page of an ARM list into `T`s.
template<typename T>
void collect(ie::net::HttpClient *client, const QUrl &url, QObject *context,
             std::function<std::optional<T>(const QJsonObject &)> convert,
             std::function<void(const Result<QList<T>> &)> callback)
{
    auto all = std::make_shared<QList<T>>();
    ie::net::PageJob *job = client->getPages(ie::net::HttpRequest::get(url));
    QObject::connect(job, &ie::net::PageJob::pageArrived, context,
                     [all, convert](const QJsonArray &items) {
                         for (const QJsonValue &v : items) {
                             if (auto t = convert(v.toObject()))
                                 all->append(*t);
                         }
                     });
    QObject::connect(job, &ie::net::PageJob::finished, context, [job, all, callback] {
        if (!job->result())
            callback(job->result().error());
        else
            callback(*all);
    });
}

} // namespace

RoleAssignment roleAssignmentFromJson(const QJsonObject &o)
{
    const QJsonObject p = o.value("properties"_L1).toObject();
    RoleAssignment a;
    a.id = o.value("id"_L1).toString();
    a.name = o.value("name"_L1).toString();
    a.scope = p.value("scope"_L1).toString();
    a.roleDefinitionId = p.value("roleDefinitionId"_L1).toString();
    a.roleDefinitionName = a.roleDefinitionId.section(u'/', -1).toLower();
    a.principalId = p.value("principalId"_L1).toString();
    a.principalType = p.value("principalType"_L1).toString();
    a.createdOn = p.value("createdOn"_L1).toString();
    return a;
}

RoleAssignmentClient::RoleAssignmentClient(ie::net::HttpClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

RoleAssignmentClient::~RoleAssignmentClient() = default;

ie::net::HttpClient *RoleAssignmentClient::httpClient() const
{
    return m_client;
}

QUrl RoleAssignmentClient::armUrl(const QString &pathAndQuery) const
{
    return QUrl(m_client->cloud().armUrl.toString() + pathAndQuery);
}

QString RoleAssignmentClient::assignmentName(const QString &scope, const QString &principalId,
                                             const QString &roleDefinitionGuid)
{
    const QString input
            = scope.toLower() + u'-' + principalId.toLower() + u'-' + roleDefinitionGuid.toLower();
    return QUuid::createUuidV5(GuidNamespace, input).toString(QUuid::WithoutBraces);
}

QString RoleAssignmentClient::roleDefinitionIdFor(const QString &scope,
                                                  const QString &roleDefinitionGuid)
{
    // Built-in and custom roles are addressed under the subscription of the scope.
    const QString sub = scope.startsWith("/subscriptions/"_L1, Qt::CaseInsensitive)
            ? scope.section(u'/', 0, 2)
            : QString();
    return sub + u"/providers/Microsoft.Authorization/roleDefinitions/"_s
            + roleDefinitionGuid.toLower();
}

QString RoleAssignmentClient::explainForbidden(const ApiError &error, const QString &action,
                                               const QString &scope)
{
    Q_UNUSED(error)
    return Tr::
            tr("You are not allowed to change role assignments at %1: that needs the permission "
               "%2 there, which the roles Owner, User Access Administrator and Role Based Access "
               "Control Administrator carry. Ask someone who holds one of them at this scope or "
               "above, or export the plan and let them run it.")
                    .arg(scope, action);
}

void RoleAssignmentClient::listAssignments(
        const QString &principalId, QObject *context,
        std::function<void(const Result<AssignmentList> &)> callback)
{
    if (!m_client)
        return;
    const QUrl subs = armUrl(u"/subscriptions?api-version=2022-12-01"_s);
    QPointer<QObject> guard(context);
    collect<QString>(
            m_client, subs, context,
            [](const QJsonObject &o) -> std::optional<QString> {
                return o.value("subscriptionId"_L1).toString();
            },
            [this, guard, principalId, callback](const Result<QList<QString>> &subsResult) {
                if (!subsResult) {
                    callback(subsResult.error());
                    return;
                }
                auto list = std::make_shared<AssignmentList>();
                auto pending = std::make_shared<int>(int(subsResult->size()));
                if (*pending == 0) {
                    callback(*list);
                    return;
                }
                for (const QString &sub : *subsResult) {
                    QUrl url = armUrl(
                            u"/subscriptions/%1/providers/Microsoft.Authorization/roleAssignments"_s
                                    .arg(sub));
                    QUrlQuery q;
                    q.addQueryItem(u"api-version"_s, QLatin1StringView(ApiVersion));
                    q.addQueryItem(u"$filter"_s, u"principalId eq '%1'"_s.arg(principalId));
                    url.setQuery(q);
                    collect<RoleAssignment>(
                            m_client, url, guard.data(),
                            [](const QJsonObject &o) -> std::optional<RoleAssignment> {
                                return roleAssignmentFromJson(o);
                            },
                            [sub, list, pending, callback](const Result<QList<RoleAssignment>> &r) {
                                if (r)
                                    list->items += *r;
                                else
                                    list->warnings << Tr::tr("Subscription %1: %2")
                                                              .arg(sub, r.error().summary());
                                if (!r && r.error().kind == ApiError::Kind::Forbidden)
                                    list->forbidden << sub;
                                if (--*pending == 0) {
                                    std::sort(list->items.begin(), list->items.end(),
                                              [](const RoleAssignment &a, const RoleAssignment &b) {
                                                  return a.scope < b.scope;
                                              });
                                    callback(*list);
                                }
                            });
                }
            });
}

void RoleAssignmentClient::listAllAssignments(
        const QString &scope, QObject *context,
        std::function<void(const Result<QList<RoleAssignment>> &)> callback)
{
    if (!m_client)
        return;
    collect<RoleAssignment>(
            m_client,
            armUrl(scope + u"/providers/Microsoft.Authorization/roleAssignments?api-version="_s
                   + QLatin1StringView(ApiVersion)),
            context,
            [](const QJsonObject &o) -> std::optional<RoleAssignment> {
                return roleAssignmentFromJson(o);
            },
            callback);
}

void RoleAssignmentClient::listRoleDefinitions(
        const QString &scope, QObject *context,
        std::function<void(const Result<QList<RoleDefinition>> &)> callback)
{
    if (!m_client)
        return;
    collect<RoleDefinition>(
            m_client,
            armUrl(scope + u"/providers/Microsoft.Authorization/roleDefinitions?api-version="_s
                   + QLatin1StringView(ApiVersion)),
            context,
            [](const QJsonObject &o) -> std::optional<RoleDefinition> {
                return roleDefinitionFromJson(o);
            },
            [callback](const Result<QList<RoleDefinition>> &r) {
                if (!r) {
                    callback(r);
                    return;
                }
                QList<RoleDefinition> sorted = *r;
                std::sort(sorted.begin(), sorted.end(),
                          [](const RoleDefinition &a, const RoleDefinition &b) {
                              return a.roleName.localeAwareCompare(b.roleName) < 0;
                          });
                callback(sorted);
            });
}

void RoleAssignmentClient::listScopes(
        const QString &parent, QObject *context,
        std::function<void(const Result<QList<ScopeNode>> &)> callback)
{
    if (!m_client)
        return;
    const int depth = int(parent.count(u'/'));
    QString path;
    ScopeNode::Level level = ScopeNode::Level::Subscription;
    if (parent.isEmpty()) {
        path = u"/subscriptions?api-version=2022-12-01"_s;
    } else if (depth == 2) { // /subscriptions/{id}
        path = parent + u"/resourcegroups?api-version=2021-04-01"_s;
        level = ScopeNode::Level::ResourceGroup;
    } else if (depth == 4) { // /subscriptions/{id}/resourceGroups/{name}
        path = parent + u"/resources?api-version=2021-04-01"_s;
        level = ScopeNode::Level::Resource;
    } else {
        callback(QList<ScopeNode>{});
        return;
    }
    collect<ScopeNode>(
            m_client, armUrl(path), context,
            [level](const QJsonObject &o) -> std::optional<ScopeNode> {
                ScopeNode n;
                n.level = level;
                n.id = o.value("id"_L1).toString();
                n.name = level == ScopeNode::Level::Subscription
                        ? o.value("displayName"_L1).toString()
                        : o.value("name"_L1).toString();
                n.type = o.value("type"_L1).toString();
                return n;
            },
            callback);
}

RoleAssignmentCreateJob *RoleAssignmentClient::create(const QString &scope,
                                                      const QString &roleDefinitionGuid,
                                                      const QString &principalId)
{
    auto *job = new RoleAssignmentCreateJob(m_client, scope, roleDefinitionGuid.toLower(),
                                            principalId,
                                            assignmentName(scope, principalId, roleDefinitionGuid));
    job->setParent(this);
    job->start();
    return job;
}

void RoleAssignmentClient::remove(const QString &assignmentId, QObject *context,
                                  std::function<void(const Result<QString> &)> callback)
{
    if (!m_client)
        return;
    ie::net::HttpRequest req;
    req.method = "DELETE";
    req.url = armUrl(assignmentId + u"?api-version="_s + QLatin1StringView(ApiVersion));
    const QString scope = assignmentId.section(u"/providers/Microsoft.Authorization/"_s, 0, 0);
    m_client->send(req, context, [callback, scope](const Result<ie::net::HttpResponse> &r) {
        if (r) {
            callback(r->requestId);
            return;
        }
        ApiError e = r.error();
        if (e.httpStatus == 403)
            e.message = explainForbidden(e, u"Microsoft.Authorization/roleAssignments/delete"_s,
                                         scope);
        callback(e);
    });
}

} // namespace ie::arm
