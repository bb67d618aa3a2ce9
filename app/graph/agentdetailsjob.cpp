#include "graph/agentdetailsjob.h"

#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ie::graph {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::graph::AgentDetailsJob)
};

QUrlQuery selectQuery(const QString &select, const QString &filter = {})
{
    QUrlQuery q;
    if (!filter.isEmpty())
        q.addQueryItem(u"$filter"_s, filter);
    q.addQueryItem(u"$select"_s, select);
    return q;
}

QString quoted(const QString &s)
{
    QString v = s;
    return v.replace(u'\'', "''"_L1);
}
} // namespace

AgentDetailsJob::AgentDetailsJob(ie::net::HttpClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

AgentDetailsJob::~AgentDetailsJob() = default;

void AgentDetailsJob::get(const QString &path, const QUrlQuery &query, const QString &what,
                          Handler onOk)
{
    ++m_pending;
    QUrl url(m_client->cloud().graphUrl.toString() + u"/v1.0"_s + path);
    url.setQuery(query);
    m_client->send(ie::net::HttpRequest::get(url), this,
                   [this, what, onOk](const Result<ie::net::HttpResponse> &r) {
                       if (r.ok())
                           onOk(r->json);
                       else
                           m_details.problems.append(
                                   Tr::tr("%1: %2").arg(what, r.error().userMessage()));
                       doneOne();
                   });
}

void AgentDetailsJob::start(const QString &objectId, bool blueprintPrincipal)
{
    m_details = {};
    m_details.isBlueprintPrincipal = blueprintPrincipal;
    m_grants.clear();
    m_grantsRead = m_inheritableRead = false;
    if (!m_client) {
        m_details.done = true;
        Q_EMIT finished();
        return;
    }
    if (blueprintPrincipal) {
        // https://learn.microsoft.com/graph/api/agentidentityblueprintprincipal-get?view=graph-rest-1.0
        get(u"/servicePrincipals/%1/microsoft.graph.agentIdentityBlueprintPrincipal"_s.arg(objectId),
            selectQuery(u"id,appId,displayName"_s), Tr::tr("The blueprint principal"),
            [this](const QJsonDocument &d) {
                const QString appId = d.object().value("appId"_L1).toString();
                m_details.blueprintPrincipalName = d.object().value("displayName"_L1).toString();
                readBlueprint(appId);
                // Its agents: the agent identity list, those naming this blueprint.
                // https://learn.microsoft.com/graph/api/agentidentity-list?view=graph-rest-1.0
                get(u"/servicePrincipals/microsoft.graph.agentIdentity"_s,
                    selectQuery(u"id,appId,displayName,agentIdentityBlueprintId,createdByAppId"_s),
                    Tr::tr("The agent identities"), [this, appId](const QJsonDocument &page) {
                        for (const auto &a : ie::permissions::parseAgentIdentities(
                                     page.object().value("value"_L1).toArray())) {
                            if (a.blueprintAppId.compare(appId, Qt::CaseInsensitive) == 0)
                                m_details.agents.append(a);
                        }
                    });
            });
        return;
    }
    // https://learn.microsoft.com/graph/api/agentidentity-get?view=graph-rest-1.0
    get(u"/servicePrincipals/%1/microsoft.graph.agentIdentity"_s.arg(objectId),
        selectQuery(u"id,appId,displayName,agentIdentityBlueprintId,createdByAppId"_s),
        Tr::tr("The agent identity"), [this, objectId](const QJsonDocument &d) {
            m_details.agent = ie::permissions::parseAgentIdentity(d.object());
            readBlueprint(m_details.agent.blueprintAppId);
            readBlueprintPrincipal(m_details.agent.blueprintAppId);
            // https://learn.microsoft.com/graph/api/agentidentity-list-sponsors?view=graph-rest-1.0
            get(u"/servicePrincipals/%1/microsoft.graph.agentIdentity/sponsors"_s.arg(objectId),
                selectQuery(u"id,displayName,userPrincipalName"_s), Tr::tr("Sponsors"),
                [this](const QJsonDocument &s) {
                    m_details.sponsors = ie::permissions::parseSponsors(s.object().value("value"_L1).toArray());
                    m_details.sponsorsRead = true;
                });
        });
}

void AgentDetailsJob::readBlueprint(const QString &blueprintAppId)
{
    if (blueprintAppId.isEmpty())
        return;
    // "List" of https://learn.microsoft.com/graph/api/resources/agentidentityblueprint?view=graph-rest-1.0
    get(u"/applications/microsoft.graph.agentIdentityBlueprint"_s,
        selectQuery(u"id,appId,displayName"_s, u"appId eq '%1'"_s.arg(quoted(blueprintAppId))),
        Tr::tr("The blueprint"), [this](const QJsonDocument &d) {
            const QJsonArray value = d.object().value("value"_L1).toArray();
            if (value.isEmpty())
                return;
            const QString principalId = m_details.blueprint.principalId;
            m_details.blueprint = ie::permissions::parseBlueprint(value.first().toObject());
            m_details.blueprint.principalId = principalId;
            m_details.blueprintFound = true;
            // https://learn.microsoft.com/graph/api/agentidentityblueprint-list-inheritablepermissions?view=graph-rest-1.0
            get(u"/applications/%1/microsoft.graph.agentIdentityBlueprint/inheritablePermissions"_s.arg(
                        m_details.blueprint.id),
                {}, Tr::tr("The blueprint's inheritable permissions"), [this](const QJsonDocument &p) {
                    m_details.blueprint.inheritable = ie::permissions::parseInheritablePermissions(
                            p.object().value("value"_L1).toArray());
                    m_inheritableRead = true;
                });
        });
}

void AgentDetailsJob::readBlueprintPrincipal(const QString &blueprintAppId)
{
    if (blueprintAppId.isEmpty())
        return;
    // https://learn.microsoft.com/graph/api/agentidentityblueprintprincipal-list?view=graph-rest-1.0
    get(u"/servicePrincipals/microsoft.graph.agentIdentityBlueprintPrincipal"_s,
        selectQuery(u"id,appId,displayName"_s, u"appId eq '%1'"_s.arg(quoted(blueprintAppId))),
        Tr::tr("The blueprint principal"), [this](const QJsonDocument &d) {
            const QJsonArray value = d.object().value("value"_L1).toArray();
            if (value.isEmpty())
                return;
            const QJsonObject p = value.first().toObject();
            m_details.blueprint.principalId = p.value("id"_L1).toString();
            m_details.blueprintPrincipalName = p.value("displayName"_L1).toString();
            // What was consented for the blueprint principal: what its agents may inherit.
            // https://learn.microsoft.com/graph/api/serviceprincipal-list-oauth2permissiongrants?view=graph-rest-1.0
            get(u"/servicePrincipals/%1/oauth2PermissionGrants"_s.arg(m_details.blueprint.principalId), {},
                Tr::tr("The blueprint principal's delegated permissions"), [this](const QJsonDocument &g) {
                    m_grants = ie::permissions::parseGrants(g.object().value("value"_L1).toArray());
                    m_grantsRead = true;
                    QSet<QString> resources;
                    for (const auto &grant : std::as_const(m_grants))
                        resources.insert(grant.resourceId.toLower());
                    for (const QString &rid : std::as_const(resources)) {
                        get(u"/servicePrincipals/%1"_s.arg(rid), selectQuery(u"id,appId,displayName"_s),
                            Tr::tr("A resource API"), [this, rid](const QJsonDocument &r) {
                                for (auto &grant : m_grants) {
                                    if (grant.resourceId.compare(rid, Qt::CaseInsensitive) == 0) {
                                        grant.resourceAppId = r.object().value("appId"_L1).toString();
                                        grant.resourceName = r.object().value("displayName"_L1).toString();
                                    }
                                }
                            });
                    }
                });
        });
}

void AgentDetailsJob::doneOne()
{
    if (--m_pending > 0)
        return;
    if (!m_details.isBlueprintPrincipal && m_details.blueprintFound && m_grantsRead && m_inheritableRead) {
        m_details.inherited = ie::permissions::inheritedFromBlueprint(m_details.agent, m_details.blueprint,
                                                                     m_grants);
        m_details.inheritanceRead = true;
    }
    m_details.done = true;
    Q_EMIT finished();
}

} // namespace ie::graph
