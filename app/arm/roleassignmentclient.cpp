#include "arm/roleassignmentclient.h"

#include "arm/roleassignmentcreatejob.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
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

// The children of a management group as GET ...?$expand=children lists them.
QList<ScopeNode> childrenOf(const QJsonObject &group)
{
    QList<ScopeNode> out;
    const QJsonArray children
            = group.value("properties"_L1).toObject().value("children"_L1).toArray();
    for (const QJsonValue &v : children) {
        const QJsonObject c = v.toObject();
        ScopeNode n;
        n.id = c.value("id"_L1).toString();
        n.name = c.value("displayName"_L1).toString(c.value("name"_L1).toString());
        n.type = c.value("type"_L1).toString();
        if (ScopeHierarchy::isManagementGroup(n.id))
            n.level = ScopeNode::Level::ManagementGroup;
        else if (!ScopeHierarchy::subscriptionOf(n.id).isEmpty())
            n.level = ScopeNode::Level::Subscription;
        else
            continue;
        out.append(n);
    }
    return out;
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

QString RoleAssignmentClient::armGuid(const QStringList &arguments)
{
    // QUuid::createUuidV5(QUuid, QString) hashes the namespace's RFC 4122 bytes and the name's
    // UTF-8 bytes with SHA-1 and sets version 5 and the RFC 4122 variant, as ARM does.
    return QUuid::createUuidV5(GuidNamespace, arguments.join(u'-').toUtf8())
            .toString(QUuid::WithoutBraces);
}

QString RoleAssignmentClient::assignmentName(const QString &scope, const QString &principalId,
                                             const QString &roleDefinitionGuid)
{
    return armGuid({scope.toLower(), principalId.toLower(), roleDefinitionGuid.toLower()});
}

QString RoleAssignmentClient::roleDefinitionIdFor(const QString &scope,
                                                  const QString &roleDefinitionGuid)
{
    // Built-in and custom roles are addressed under the subscription of the scope; at a
    // management group (or the root) as tenant-level ids, which is where built-in roles live.
    const QString sub = scope.startsWith("/subscriptions/"_L1, Qt::CaseInsensitive)
            ? scope.section(u'/', 0, 2)
            : QString();
    return sub + u"/providers/Microsoft.Authorization/roleDefinitions/"_s
            + roleDefinitionGuid.toLower();
}

QString RoleAssignmentClient::explainForbidden(const ApiError &error, const QString &action,
                                               const QString &scope)
{
    if (!error.caller.isEmpty())
        return Tr::tr("Signed in as %1, who is not allowed to change role assignments at %2: that "
                      "needs the permission %3 there, which the Azure roles Owner, User Access "
                      "Administrator and Role Based Access Control Administrator carry. Ask "
                      "someone who holds one of them at this scope or above, or export the plan "
                      "and let them run it.")
                .arg(error.caller.name, scope, action);
    return Tr::
            tr("You are not allowed to change role assignments at %1: that needs the permission "
               "%2 there, which the roles Owner, User Access Administrator and Role Based Access "
               "Control Administrator carry. Ask someone who holds one of them at this scope or "
               "above, or export the plan and let them run it.")
                    .arg(scope, action);
}

namespace {

// The parts of listAssignments() as they come in: finished when the last part is.
struct Gathered
{
    AssignmentList list;
    QSet<QString> seen; // lower-case assignment ids
    int pending = 0;
    bool finished = false; // the callback was called (with the list or an error)
    std::function<void(const Result<AssignmentList> &)> callback;

    void add(const QList<RoleAssignment> &items)
    {
        for (const RoleAssignment &a : items) {
            if (!seen.contains(a.id.toLower())) {
                seen.insert(a.id.toLower());
                list.items.append(a);
            }
        }
    }
    void done()
    {
        if (--pending > 0 || finished)
            return;
        finished = true;
        std::sort(
                list.items.begin(), list.items.end(),
                [](const RoleAssignment &a, const RoleAssignment &b) { return a.scope < b.scope; });
        callback(list);
    }
};

} // namespace

void RoleAssignmentClient::listAssignments(
        const QString &principalId, QObject *context,
        std::function<void(const Result<AssignmentList> &)> callback)
{
    if (!m_client)
        return;
    QPointer<QObject> guard(context);
    auto g = std::make_shared<Gathered>();
    g->callback = std::move(callback);
    g->pending = 2; // the subscriptions, the management groups
    auto assignmentsAt = [this, principalId](const QString &scope) {
        QUrl url = armUrl(scope + u"/providers/Microsoft.Authorization/roleAssignments"_s);
        QUrlQuery q;
        q.addQueryItem(u"api-version"_s, QLatin1StringView(ApiVersion));
        q.addQueryItem(u"$filter"_s, u"principalId eq '%1'"_s.arg(principalId));
        url.setQuery(q);
        return url;
    };
    auto toAssignment = [](const QJsonObject &o) -> std::optional<RoleAssignment> {
        return roleAssignmentFromJson(o);
    };
    // Every subscription: what is assigned in it and (ARM lists it with a principal filter)
    // what it inherits from the management groups above.
    collect<QString>(
            m_client, armUrl(u"/subscriptions?api-version=2022-12-01"_s), context,
            [](const QJsonObject &o) -> std::optional<QString> {
                return o.value("subscriptionId"_L1).toString();
            },
            [this, guard, g, assignmentsAt, toAssignment](const Result<QList<QString>> &subs) {
                if (!subs) {
                    // Nothing can be listed without the subscriptions: that is an error.
                    if (!g->finished) {
                        g->finished = true;
                        g->callback(subs.error());
                    }
                    g->done();
                    return;
                }
                g->pending += int(subs->size());
                for (const QString &sub : *subs) {
                    collect<RoleAssignment>(
                            m_client, assignmentsAt(u"/subscriptions/"_s + sub), guard.data(),
                            toAssignment, [g, sub](const Result<QList<RoleAssignment>> &r) {
                                if (r)
                                    g->add(*r);
                                else
                                    g->list.warnings << Tr::tr("Subscription %1: %2")
                                                                .arg(sub, r.error().summary());
                                if (!r && r.error().kind == ApiError::Kind::Forbidden)
                                    g->list.forbidden << sub;
                                g->done();
                            });
                }
                g->done();
            });

    // Every management group the user can read: its place in the tree and what is assigned
    // there (also when no subscription below it is readable).
    collect<QString>(
            m_client,
            armUrl(u"/providers/Microsoft.Management/managementGroups?api-version="_s
                   + QLatin1StringView(ManagementGroupsApiVersion)),
            context,
            [](const QJsonObject &o) -> std::optional<QString> {
                return o.value("name"_L1).toString();
            },
            [this, guard, g, assignmentsAt, toAssignment](const Result<QList<QString>> &groups) {
                if (!groups) {
                    g->list.warnings
                            << Tr::tr("Management groups: %1").arg(groups.error().summary());
                    g->done();
                    return;
                }
                g->pending += 2 * int(groups->size());
                for (const QString &name : *groups) {
                    const QString scope = ScopeHierarchy::managementGroupScope(name);
                    ie::net::HttpRequest req = ie::net::HttpRequest::get(
                            armUrl(scope + u"?api-version="_s
                                   + QLatin1StringView(ManagementGroupsApiVersion)
                                   + u"&$expand=children"_s));
                    m_client->send(req, guard.data(),
                                   [g, scope](const Result<ie::net::HttpResponse> &r) {
                                       if (r) {
                                           for (const ScopeNode &n : childrenOf(r->json.object()))
                                               g->list.hierarchy.setParent(n.id, scope);
                                       }
                                       g->done();
                                   });
                    collect<RoleAssignment>(
                            m_client, assignmentsAt(scope), guard.data(), toAssignment,
                            [g, name](const Result<QList<RoleAssignment>> &r) {
                                if (r)
                                    g->add(*r);
                                else
                                    g->list.warnings << Tr::tr("Management group %1: %2")
                                                                .arg(name, r.error().summary());
                                g->done();
                            });
                }
                g->done();
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
    if (ScopeHierarchy::isManagementGroup(parent)) {
        // A group's child groups and subscriptions, in one request.
        m_client->send(
                ie::net::HttpRequest::get(armUrl(parent + u"?api-version="_s
                                                 + QLatin1StringView(ManagementGroupsApiVersion)
                                                 + u"&$expand=children"_s)),
                context, [callback](const Result<ie::net::HttpResponse> &r) {
                    if (!r) {
                        callback(r.error());
                        return;
                    }
                    QList<ScopeNode> children = childrenOf(r->json.object());
                    // Groups first, as the portal shows them.
                    std::stable_sort(children.begin(), children.end(),
                                     [](const ScopeNode &a, const ScopeNode &b) {
                                         return a.level == ScopeNode::Level::ManagementGroup
                                                 && b.level != a.level;
                                     });
                    callback(children);
                });
        return;
    }
    if (parent.isEmpty()) {
        // The subscriptions, then the management groups that can be read. A failure to read
        // the groups leaves the subscriptions (most users cannot read any group).
        QPointer<QObject> guard(context);
        collect<ScopeNode>(
                m_client, armUrl(u"/subscriptions?api-version=2022-12-01"_s), context,
                [](const QJsonObject &o) -> std::optional<ScopeNode> {
                    ScopeNode n;
                    n.level = ScopeNode::Level::Subscription;
                    n.id = o.value("id"_L1).toString();
                    n.name = o.value("displayName"_L1).toString();
                    return n;
                },
                [this, guard, callback](const Result<QList<ScopeNode>> &subs) {
                    if (!subs || !guard) {
                        callback(subs);
                        return;
                    }
                    collect<ScopeNode>(
                            m_client,
                            armUrl(u"/providers/Microsoft.Management/managementGroups"
                                   "?api-version="_s
                                   + QLatin1StringView(ManagementGroupsApiVersion)),
                            guard.data(),
                            [](const QJsonObject &o) -> std::optional<ScopeNode> {
                                ScopeNode n;
                                n.level = ScopeNode::Level::ManagementGroup;
                                n.id = o.value("id"_L1).toString();
                                n.name = o.value("properties"_L1)
                                                 .toObject()
                                                 .value("displayName"_L1)
                                                 .toString(o.value("name"_L1).toString());
                                n.type = o.value("type"_L1).toString();
                                return n;
                            },
                            [subs = *subs, callback](const Result<QList<ScopeNode>> &groups) {
                                QList<ScopeNode> all = subs;
                                if (groups)
                                    all += *groups;
                                callback(all);
                            });
                });
        return;
    }
    if (depth == 2) { // /subscriptions/{id}
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
