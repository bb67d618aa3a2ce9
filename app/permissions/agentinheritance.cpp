#include "permissions/agentinheritance.h"

using namespace Qt::StringLiterals;

namespace ie::permissions {

AgentIdentityInfo parseAgentIdentity(const QJsonObject &o)
{
    AgentIdentityInfo a;
    a.id = o.value("id"_L1).toString();
    a.appId = o.value("appId"_L1).toString();
    a.displayName = o.value("displayName"_L1).toString();
    a.blueprintAppId = o.value("agentIdentityBlueprintId"_L1).toString();
    a.createdByAppId = o.value("createdByAppId"_L1).toString();
    a.sponsors = parseSponsors(o.value("sponsors"_L1).toArray()); // with $expand=sponsors
    return a;
}

QList<AgentIdentityInfo> parseAgentIdentities(const QJsonArray &value)
{
    QList<AgentIdentityInfo> out;
    for (const QJsonValue &v : value) {
        const QJsonObject o = v.toObject();
        // The cast segment returns agent identities only; a page of plain servicePrincipals may
        // mix them with others, told apart by @odata.type.
        if (o.contains("@odata.type"_L1) && o.value("@odata.type"_L1).toString() != AgentIdentityType)
            continue;
        out.append(parseAgentIdentity(o));
    }
    return out;
}

AgentBlueprintInfo parseBlueprint(const QJsonObject &o)
{
    AgentBlueprintInfo b;
    b.id = o.value("id"_L1).toString();
    b.appId = o.value("appId"_L1).toString();
    b.displayName = o.value("displayName"_L1).toString();
    return b;
}

QList<InheritableScopes> parseInheritablePermissions(const QJsonArray &value)
{
    QList<InheritableScopes> out;
    for (const QJsonValue &v : value) {
        const QJsonObject o = v.toObject();
        const QJsonObject scopes = o.value("inheritableScopes"_L1).toObject();
        InheritableScopes s;
        s.resourceAppId = o.value("resourceAppId"_L1).toString();
        // The kind discriminator ("allAllowed", "enumerated", "none"), else the derived type
        // (the reference's example writes it without the leading '#').
        const QString kind = scopes.value("kind"_L1).toString();
        const QString type = scopes.value("@odata.type"_L1).toString();
        if (kind.compare("allAllowed"_L1, Qt::CaseInsensitive) == 0
            || type.endsWith("microsoft.graph.allAllowedScopes"_L1)) {
            s.pattern = InheritableScopes::Pattern::AllAllowed;
        } else if (kind.compare("enumerated"_L1, Qt::CaseInsensitive) == 0
                   || type.endsWith("microsoft.graph.enumeratedScopes"_L1)) {
            s.pattern = InheritableScopes::Pattern::Enumerated;
            for (const QJsonValue &sc : scopes.value("scopes"_L1).toArray())
                s.scopes.append(sc.toString());
        }
        out.append(s);
    }
    return out;
}

QStringList parseSponsors(const QJsonArray &value)
{
    QStringList out;
    for (const QJsonValue &v : value) {
        const QJsonObject o = v.toObject();
        QString name = o.value("displayName"_L1).toString();
        if (name.isEmpty())
            name = o.value("userPrincipalName"_L1).toString();
        if (name.isEmpty())
            name = o.value("id"_L1).toString();
        out.append(name);
    }
    return out;
}

QList<BlueprintGrant> parseGrants(const QJsonArray &value)
{
    QList<BlueprintGrant> out;
    for (const QJsonValue &v : value) {
        const QJsonObject o = v.toObject();
        BlueprintGrant g;
        g.id = o.value("id"_L1).toString();
        g.resourceId = o.value("resourceId"_L1).toString();
        g.consentType = o.value("consentType"_L1).toString();
        g.scopes = o.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts);
        out.append(g);
    }
    return out;
}

QList<HeldPermission> inheritedFromBlueprint(const AgentIdentityInfo &agent,
                                             const AgentBlueprintInfo &blueprint,
                                             const QList<BlueprintGrant> &blueprintGrants)
{
    QList<HeldPermission> out;
    if (agent.blueprintAppId.compare(blueprint.appId, Qt::CaseInsensitive) != 0)
        return out;
    for (const BlueprintGrant &g : blueprintGrants) {
        if (g.consentType.compare("AllPrincipals"_L1, Qt::CaseInsensitive) != 0)
            continue;
        const InheritableScopes *rule = nullptr;
        for (const InheritableScopes &s : blueprint.inheritable) {
            if (s.resourceAppId.compare(g.resourceAppId, Qt::CaseInsensitive) == 0)
                rule = &s;
        }
        if (!rule || rule->pattern == InheritableScopes::Pattern::None)
            continue; // a resource app not configured as inheritable passes nothing on
        for (const QString &scope : g.scopes) {
            if (rule->pattern == InheritableScopes::Pattern::Enumerated
                && !rule->scopes.contains(scope, Qt::CaseInsensitive))
                continue;
            HeldPermission p;
            p.kind = Kind::DelegatedGrant;
            p.assignmentId = g.id;
            p.principalId = agent.id;
            p.roleName = scope;
            p.resourceId = g.resourceId;
            p.resourceAppId = g.resourceAppId;
            p.resourceName = g.resourceName;
            p.source = Source::Blueprint;
            p.sourceName = blueprint.displayName.isEmpty() ? blueprint.appId : blueprint.displayName;
            out.append(p);
        }
    }
    return out;
}

} // namespace ie::permissions
