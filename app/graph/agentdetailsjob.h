#pragma once

#include "permissions/agentinheritance.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

namespace ie::net {
class HttpClient;
} // namespace ie::net

namespace ie::graph {

// What the app shows of one Microsoft Entra Agent ID service principal (docs/agents.md): for an
// agent identity, its blueprint, the blueprint's principal, its sponsors and what it inherits;
// for a blueprint principal, its blueprint and the agent identities made from it.
struct AgentDetails
{
    bool done = false;
    bool isBlueprintPrincipal = false;
    ie::permissions::AgentIdentityInfo agent; // the agent identity (not for a blueprint principal)
    bool blueprintFound = false;
    ie::permissions::AgentBlueprintInfo blueprint;
    QString blueprintPrincipalName;
    QStringList sponsors;
    bool sponsorsRead = false;
    QList<ie::permissions::HeldPermission> inherited;
    bool inheritanceRead = false;
    QList<ie::permissions::AgentIdentityInfo> agents; // of a blueprint principal's blueprint
    QStringList problems; // parts that could not be read, one line each
};

// Reads AgentDetails through Graph v1.0, with the Agent ID reads the reference documents
// (cited in permissions/agentinheritance.h and app/sandbox/graphroutes.cpp). A part that fails
// (403 without AgentIdentity.ReadWrite.All for sponsors, say) is a problem line; the rest stays.
class AgentDetailsJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentDetailsJob)
public:
    AgentDetailsJob(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~AgentDetailsJob() override;

    // Starts reading the agent identity (or blueprint principal) `objectId`.
    void start(const QString &objectId, bool blueprintPrincipal);
    const AgentDetails &details() const { return m_details; }

Q_SIGNALS:
    void finished();

private:
    using Handler = std::function<void(const QJsonDocument &)>;
    void get(const QString &path, const QUrlQuery &query, const QString &what, Handler onOk);
    void readBlueprint(const QString &blueprintAppId);
    void readBlueprintPrincipal(const QString &blueprintAppId);
    void doneOne();

    QPointer<ie::net::HttpClient> m_client;
    AgentDetails m_details;
    QList<ie::permissions::BlueprintGrant> m_grants;
    int m_pending = 0;
    bool m_grantsRead = false;
    bool m_inheritableRead = false;
};

} // namespace ie::graph
