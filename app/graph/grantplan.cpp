#include "graph/grantplan.h"

#include "arm/roleassignmentclient.h"
#include "catalog/snippets.h"
#include "graph/approleclient.h"
#include "graph/directoryroleclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ie::graph {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::graph::GrantPlan)
};

bool isAppRole(const PlannedChange &c)
{
    return c.action == PlannedChange::Action::GrantAppRole
            || c.action == PlannedChange::Action::RevokeAppRole;
}

bool isDirectoryRole(const PlannedChange &c)
{
    // Delegated grants are Graph objects too: the same snippet ids as directory roles.
    return c.action == PlannedChange::Action::AssignDirectoryRole
            || c.action == PlannedChange::Action::RemoveDirectoryRole
            || c.action == PlannedChange::Action::RemoveDelegatedScope;
}

ie::catalog::Entry entryFor(const PlannedChange &c)
{
    ie::catalog::Entry e;
    if (isAppRole(c)) {
        e.kind = ie::catalog::Kind::AppRole;
        e.id = c.appRoleId;
        e.value = c.appRoleValue;
        e.resourceAppId = c.resourceAppId;
        e.resourceName = c.resourceName;
    } else {
        e.kind = isDirectoryRole(c) ? ie::catalog::Kind::DirectoryRole
                                    : ie::catalog::Kind::AzureRole;
        e.id = c.roleDefinitionGuid;
        e.value = c.roleName;
    }
    return e;
}

QString snippetId(GrantPlan::Format f, const PlannedChange &c)
{
    const bool appRole = isAppRole(c);
    if (isDirectoryRole(c)) {
        // Graph's role management API: no Bicep resource exists for directory role assignments.
        switch (f) {
        case GrantPlan::Format::Curl:
            return u"curl"_s;
        case GrantPlan::Format::AzCli:
            return u"az-rest"_s;
        case GrantPlan::Format::PowerShell:
            return u"powershell"_s;
        case GrantPlan::Format::Bicep:
            return u"bicep"_s;
        case GrantPlan::Format::Terraform:
            return u"terraform"_s;
        }
    }
    switch (f) {
    case GrantPlan::Format::Curl:
        return appRole ? u"curl"_s : u"curl-rbac"_s;
    case GrantPlan::Format::AzCli:
        return appRole ? u"az-rest"_s : u"az-role"_s;
    case GrantPlan::Format::PowerShell:
        return appRole ? u"powershell"_s : u"az-powershell"_s;
    case GrantPlan::Format::Bicep:
        return appRole ? u"bicep"_s : u"bicep-rbac"_s;
    case GrantPlan::Format::Terraform:
        return appRole ? u"terraform"_s : u"terraform-rbac"_s;
    }
    return {};
}

// The request a federated credential change sends, with what its ids are.
PlannedRequest federatedRequest(const ie::federation::FicChange &c, const QString &graph,
                                const QString &arm)
{
    const bool onArm = c.target.host == ie::federation::FicHost::ManagedIdentity;
    PlannedRequest r;
    r.method = c.method();
    r.url = (onArm ? arm : graph) + c.path();
    const QByteArray body = c.body();
    if (!body.isEmpty())
        r.body = QString::fromUtf8(QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented));
    if (onArm)
        r.labels = {{c.target.subscriptionId(), Tr::tr("the subscription")}};
    else
        r.labels = {{c.target.appId,
                     Tr::tr("the application (appId): %1").arg(c.target.displayName)}};
    return r;
}

QString federatedExport(const ie::federation::FicChange &c, GrantPlan::Format format,
                        const QString &graph, const QString &arm)
{
    using ie::federation::FicExport;
    switch (format) {
    case GrantPlan::Format::Curl: {
        const PlannedRequest r = federatedRequest(c, graph, arm);
        const bool onArm = c.target.host == ie::federation::FicHost::ManagedIdentity;
        QString out = u"TOKEN=\"$(az account get-access-token --resource %1 --query accessToken -o tsv)\"\n"
                      "curl -sS -X %2 \"%3\" -H \"Authorization: Bearer $TOKEN\""_s
                              .arg(onArm ? arm : graph, QString::fromLatin1(r.method), r.url);
        if (!r.body.isEmpty()) {
            QString body = QString::fromUtf8(c.body());
            body.replace(u'\'', "'\\''"_L1);
            out += u" \\\n  -H \"Content-Type: application/json\" -d '%1'"_s.arg(body);
        }
        return out + u'\n';
    }
    case GrantPlan::Format::AzCli:
        return ie::federation::exportChange(c, FicExport::AzureCli);
    case GrantPlan::Format::PowerShell:
        return ie::federation::exportChange(c, FicExport::PowerShell);
    case GrantPlan::Format::Bicep:
        return ie::federation::exportChange(c, FicExport::Bicep);
    case GrantPlan::Format::Terraform:
        break;
    }
    return ie::federation::exportChange(c, FicExport::Terraform);
}

} // namespace

QString PlannedChange::target() const
{
    switch (action) {
    case Action::GrantAppRole:
    case Action::RevokeAppRole:
        return u"%1 (%2) on %3 for %4"_s.arg(appRoleValue, appRoleId, resourceName, principalId);
    case Action::CreateRoleAssignment:
    case Action::DeleteRoleAssignment:
    case Action::AssignDirectoryRole:
    case Action::RemoveDirectoryRole:
        return u"%1 (%2) at %3 for %4"_s.arg(roleName, roleDefinitionGuid, scope, principalId);
    case Action::RemoveDelegatedScope:
        return u"%1 on %2 (grant %3, %4) for %5"_s.arg(roleName, resourceName, assignmentId,
                                                      consentType, principalId);
    case Action::AddFederatedCredential:
    case Action::UpdateFederatedCredential:
    case Action::RemoveFederatedCredential: {
        const ie::federation::FicTarget &t = federated.target;
        const QString host = t.host == ie::federation::FicHost::ManagedIdentity
                ? t.armId
                : u"application %1"_s.arg(t.appId);
        if (action == Action::RemoveFederatedCredential)
            return u"federated credential %1 on %2"_s.arg(federated.credential.name, host);
        return u"federated credential %1 (issuer %2, subject %3, audiences %4) on %5"_s.arg(
                federated.credential.name, federated.credential.issuer,
                federated.credential.subject, federated.credential.audiences.join(u','), host);
    }
    }
    return {};
}

PlannedChange PlannedChange::fromFederated(const ie::federation::FicChange &change,
                                           const QString &principalId)
{
    PlannedChange c;
    switch (change.action) {
    case ie::federation::FicChange::Action::Add:
        c.action = Action::AddFederatedCredential;
        break;
    case ie::federation::FicChange::Action::Update:
        c.action = Action::UpdateFederatedCredential;
        break;
    case ie::federation::FicChange::Action::Remove:
        c.action = Action::RemoveFederatedCredential;
        break;
    }
    c.federated = change;
    c.principalId = principalId;
    c.principalName = change.target.displayName;
    return c;
}

QList<GrantPlan::Format> GrantPlan::formats()
{
    return {Format::Curl, Format::AzCli, Format::PowerShell, Format::Bicep, Format::Terraform};
}

QString GrantPlan::formatTitle(Format format)
{
    switch (format) {
    case Format::Curl:
        return Tr::tr("curl");
    case Format::AzCli:
        return Tr::tr("Azure CLI");
    case Format::PowerShell:
        return Tr::tr("PowerShell (Microsoft Graph / Az)");
    case Format::Bicep:
        return Tr::tr("Bicep");
    case Format::Terraform:
        return Tr::tr("Terraform");
    }
    return {};
}

QString GrantPlan::formatKey(Format format)
{
    switch (format) {
    case Format::Curl:
        return u"curl"_s;
    case Format::AzCli:
        return u"az"_s;
    case Format::PowerShell:
        return u"powershell"_s;
    case Format::Bicep:
        return u"bicep"_s;
    case Format::Terraform:
        return u"terraform"_s;
    }
    return {};
}

void GrantPlan::setEndpoints(const QString &graphUrl, const QString &armUrl)
{
    m_graph = graphUrl;
    m_arm = armUrl;
}

bool GrantPlan::needsSecondConfirmation() const
{
    for (const PlannedChange &c : m_changes) {
        if (c.isGrant() && c.tier == ie::catalog::Tier::Tier0)
            return true;
    }
    return false;
}

bool GrantPlan::hasTier1() const
{
    for (const PlannedChange &c : m_changes) {
        if (c.isGrant() && c.tier == ie::catalog::Tier::Tier1)
            return true;
    }
    return false;
}

QStringList GrantPlan::scopesLeft(const QString &grantId) const
{
    QStringList left;
    QStringList removed;
    for (const PlannedChange &c : m_changes) {
        if (c.action != PlannedChange::Action::RemoveDelegatedScope
            || c.assignmentId.compare(grantId, Qt::CaseInsensitive) != 0)
            continue;
        if (left.isEmpty() && removed.isEmpty())
            left = c.grantScopes;
        removed << c.roleName;
    }
    for (const QString &r : std::as_const(removed))
        left.removeAll(r);
    return left;
}

QString GrantPlan::assignmentNameFor(const PlannedChange &c)
{
    return ie::arm::RoleAssignmentClient::assignmentName(c.scope, c.principalId,
                                                         c.roleDefinitionGuid);
}

QList<PlannedRequest> GrantPlan::requests() const
{
    QList<PlannedRequest> out;
    QSet<QString> grantsDone; // delegated grants: one request for all of a grant's removals
    for (const PlannedChange &c : m_changes) {
        PlannedRequest r;
        const QPair<QString, QString> principal{
                c.principalId, Tr::tr("the identity (principalId) %1").arg(c.principalName)};
        switch (c.action) {
        case PlannedChange::Action::GrantAppRole:
            r.method = "POST";
            r.url = u"%1/v1.0/servicePrincipals/%2/appRoleAssignments"_s.arg(m_graph,
                                                                             c.principalId);
            r.body = QString::fromUtf8(
                    QJsonDocument(
                            AppRoleClient::grantBody(c.principalId, c.resourceId, c.appRoleId))
                            .toJson(QJsonDocument::Indented));
            r.labels = {principal,
                        {c.resourceId,
                         Tr::tr("the resource API's service principal (resourceId): %1")
                                 .arg(c.resourceName)},
                        {c.appRoleId, Tr::tr("the app role (appRoleId): %1").arg(c.appRoleValue)}};
            break;
        case PlannedChange::Action::RevokeAppRole:
            r.method = "DELETE";
            r.url = u"%1/v1.0/servicePrincipals/%2/appRoleAssignments/%3"_s.arg(
                    m_graph, c.principalId, c.assignmentId);
            r.labels = {principal,
                        {c.assignmentId,
                         Tr::tr("the assignment of %1 on %2").arg(c.appRoleValue, c.resourceName)}};
            break;
        case PlannedChange::Action::CreateRoleAssignment: {
            const QString name = assignmentNameFor(c);
            const QString roleId = ie::arm::RoleAssignmentClient::roleDefinitionIdFor(
                    c.scope, c.roleDefinitionGuid);
            r.method = "PUT";
            r.url = u"%1%2/providers/Microsoft.Authorization/roleAssignments/%3?api-version=%4"_s
                            .arg(m_arm, c.scope, name,
                                 QLatin1StringView(ie::arm::RoleAssignmentClient::ApiVersion));
            r.body = QString::fromUtf8(
                    QJsonDocument(
                            QJsonObject{{"properties"_L1,
                                         QJsonObject{{"roleDefinitionId"_L1, roleId},
                                                     {"principalId"_L1, c.principalId},
                                                     {"principalType"_L1, "ServicePrincipal"_L1}}}})
                            .toJson(QJsonDocument::Indented));
            r.labels = {
                    principal,
                    {name,
                     Tr::tr("the role assignment's name, derived from scope, identity and role")},
                    {c.roleDefinitionGuid, Tr::tr("the role definition: %1").arg(c.roleName)}};
            if (c.scope.startsWith("/subscriptions/"_L1))
                r.labels.append({c.scope.section(u'/', 2, 2), Tr::tr("the subscription")});
            else if (ie::arm::ScopeHierarchy::isManagementGroup(c.scope))
                r.labels.append({ie::arm::ScopeHierarchy::managementGroupName(c.scope),
                                 Tr::tr("the management group")});
            break;
        }
        case PlannedChange::Action::AssignDirectoryRole:
            r.method = "POST";
            r.url = u"%1/v1.0/roleManagement/directory/roleAssignments"_s.arg(m_graph);
            r.body = QString::fromUtf8(QJsonDocument(DirectoryRoleClient::createBody(
                                                             c.principalId, c.roleDefinitionGuid,
                                                             c.scope))
                                               .toJson(QJsonDocument::Indented));
            r.labels = {principal,
                        {c.roleDefinitionGuid,
                         Tr::tr("the directory role (roleDefinitionId): %1").arg(c.roleName)}};
            break;
        case PlannedChange::Action::RemoveDirectoryRole:
            r.method = "DELETE";
            r.url = u"%1/v1.0/roleManagement/directory/roleAssignments/%2"_s.arg(m_graph,
                                                                                c.assignmentId);
            r.labels = {{c.assignmentId,
                         Tr::tr("the assignment of the directory role %1").arg(c.roleName)}};
            break;
        case PlannedChange::Action::RemoveDelegatedScope: {
            if (grantsDone.contains(c.assignmentId.toLower()))
                continue;
            grantsDone.insert(c.assignmentId.toLower());
            const QStringList left = scopesLeft(c.assignmentId);
            r.url = u"%1/v1.0/oauth2PermissionGrants/%2"_s.arg(m_graph, c.assignmentId);
            if (left.isEmpty()) {
                r.method = "DELETE";
            } else {
                r.method = "PATCH";
                r.body = QString::fromUtf8(QJsonDocument(QJsonObject{{"scope"_L1, left.join(u' ')}})
                                                   .toJson(QJsonDocument::Indented));
            }
            r.labels = {{c.assignmentId,
                         Tr::tr("the delegated permission grant of %1 on %2")
                                 .arg(c.principalName, c.resourceName)}};
            break;
        }
        case PlannedChange::Action::AddFederatedCredential:
        case PlannedChange::Action::UpdateFederatedCredential:
        case PlannedChange::Action::RemoveFederatedCredential:
            r = federatedRequest(c.federated, m_graph, m_arm);
            break;
        case PlannedChange::Action::DeleteRoleAssignment:
            r.method = "DELETE";
            r.url = u"%1%2?api-version=%3"_s.arg(
                    m_arm, c.assignmentId,
                    QLatin1StringView(ie::arm::RoleAssignmentClient::ApiVersion));
            r.labels = {{c.assignmentId.section(u'/', -1),
                         Tr::tr("the role assignment of %1").arg(c.roleName)}};
            if (c.scope.startsWith("/subscriptions/"_L1))
                r.labels.append({c.scope.section(u'/', 2, 2), Tr::tr("the subscription")});
            else if (ie::arm::ScopeHierarchy::isManagementGroup(c.scope))
                r.labels.append({ie::arm::ScopeHierarchy::managementGroupName(c.scope),
                                 Tr::tr("the management group")});
            break;
        }
        out.append(r);
    }
    return out;
}

QString GrantPlan::exportAs(Format format) const
{
    QStringList parts;
    QSet<QString> grantsDone;
    for (const PlannedChange &c : m_changes) {
        if (c.isFederated()) {
            parts << federatedExport(c.federated, format, m_graph, m_arm);
            continue;
        }
        ie::catalog::SnippetTarget t;
        t.principalObjectId = c.principalId;
        t.principalName = c.principalName;
        t.resourceObjectId = c.resourceId;
        t.scope = c.scope;
        t.graphUrl = m_graph;
        t.armUrl = m_arm;
        if (c.action == PlannedChange::Action::CreateRoleAssignment)
            t.assignmentName = assignmentNameFor(c);
        if (c.action == PlannedChange::Action::RemoveDelegatedScope) {
            if (grantsDone.contains(c.assignmentId.toLower()))
                continue;
            grantsDone.insert(c.assignmentId.toLower());
            QStringList removed;
            for (const PlannedChange &o : m_changes) {
                if (o.action == c.action
                    && o.assignmentId.compare(c.assignmentId, Qt::CaseInsensitive) == 0)
                    removed << o.roleName;
            }
            const QString id = snippetId(format, c);
            for (const ie::catalog::Snippet &s : ie::catalog::delegatedGrantRevokeSnippets(
                         t, c.assignmentId, removed, scopesLeft(c.assignmentId),
                         c.consentType == "Principal"_L1 ? c.scope : QString())) {
                if (s.id == id)
                    parts << s.text;
            }
            continue;
        }
        const ie::catalog::Entry e = entryFor(c);
        const QList<ie::catalog::Snippet> snippets = c.isGrant()
                ? ie::catalog::snippetsFor(e, t)
                : ie::catalog::revokeSnippetsFor(e, t, c.assignmentId);
        const QString id = snippetId(format, c);
        for (const ie::catalog::Snippet &s : snippets) {
            if (s.id == id)
                parts << s.text;
        }
    }
    return parts.join(u'\n');
}

} // namespace ie::graph
