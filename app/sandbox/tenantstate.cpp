#include "sandbox/tenantstate.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

#include <random>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

const auto MicrosoftServicesTenant = "f8cdef31-a31e-4b4a-93e4-5f571e91255a"_L1;
const auto GraphAppId = "00000003-0000-0000-c000-000000000000"_L1;

QString armId(const QString &sub, const QString &rg, const QString &type, const QString &name)
{
    return u"/subscriptions/%1/resourceGroups/%2/providers/%3/%4"_s.arg(sub, rg, type, name);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

// The id of an app registration's application object: the seed's "applicationObjectId", else
// one derived from the appId (stable across runs, never the service principal's id).
QString applicationObjectId(const QJsonObject &seed, const QString &appId)
{
    const QString given = seed.value("applicationObjectId"_L1).toString();
    if (!given.isEmpty())
        return given;
    static const QUuid ns(u"6d3c0e5a-2f1b-4c8d-9e7a-5b4c3d2e1f0a"_s);
    return QUuid::createUuidV5(ns, appId.toLower()).toString(QUuid::WithoutBraces);
}

// Seeded key/password credentials; "startInDays" / "endInDays" give dates relative to now, so
// that the seed keeps a credential that expires soon (and one that has expired) at every run.
QJsonArray seededCredentials(const QJsonArray &seed)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray out;
    for (const QJsonValue &v : seed) {
        QJsonObject o = v.toObject();
        for (const auto &[relative, field] :
             {std::pair{"startInDays"_L1, "startDateTime"_L1}, std::pair{"endInDays"_L1, "endDateTime"_L1}}) {
            if (o.contains(relative)) {
                o.insert(field, now.addDays(o.value(relative).toInt()).toString(Qt::ISODate));
                o.remove(relative);
            }
        }
        out.append(o);
    }
    return out;
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject AppRoleAssignment::toJson() const
{
    return QJsonObject{{"id"_L1, id},
                       {"deletedDateTime"_L1, QJsonValue::Null},
                       {"appRoleId"_L1, appRoleId},
                       {"createdDateTime"_L1, createdDateTime},
                       {"principalDisplayName"_L1, principalDisplayName},
                       {"principalId"_L1, principalId},
                       {"principalType"_L1, principalType},
                       {"resourceDisplayName"_L1, resourceDisplayName},
                       {"resourceId"_L1, resourceId}};
}

QJsonObject ArmResource::toJson() const
{
    QJsonObject o{{"id"_L1, id}, {"name"_L1, name}, {"type"_L1, type}, {"location"_L1, location}};
    if (!kind.isEmpty())
        o.insert("kind"_L1, kind);
    if (!identity.isEmpty())
        o.insert("identity"_L1, identity);
    if (!properties.isEmpty())
        o.insert("properties"_L1, properties);
    o.insert("tags"_L1, QJsonObject());
    if (!createdAt.isEmpty())
        o.insert("systemData"_L1, QJsonObject{{"createdAt"_L1, createdAt},
                                              {"createdBy"_L1, "adele@contoso.onmicrosoft.com"_L1},
                                              {"createdByType"_L1, "User"_L1},
                                              {"lastModifiedAt"_L1, createdAt},
                                              {"lastModifiedBy"_L1, "adele@contoso.onmicrosoft.com"_L1},
                                              {"lastModifiedByType"_L1, "User"_L1}});
    return o;
}

QJsonObject RoleDefinition::toJson(const QString &scope) const
{
    return QJsonObject{
            {"id"_L1, scope + u"/providers/Microsoft.Authorization/roleDefinitions/"_s + name},
            {"name"_L1, name},
            {"type"_L1, "Microsoft.Authorization/roleDefinitions"_L1},
            {"properties"_L1,
             QJsonObject{{"roleName"_L1, roleName},
                         {"type"_L1, type},
                         {"description"_L1, description},
                         {"assignableScopes"_L1,
                          assignableScopes.isEmpty() ? QJsonArray{"/"_L1} : assignableScopes},
                         {"permissions"_L1, permissions},
                         {"createdOn"_L1, "2015-02-02T21:55:09.8806423Z"_L1},
                         {"updatedOn"_L1, "2024-01-01T00:00:00.0000000Z"_L1},
                         {"createdBy"_L1, QJsonValue::Null},
                         {"updatedBy"_L1, QJsonValue::Null}}}};
}

QJsonObject RoleAssignment::toJson() const
{
    const QString sub = scope.section(u'/', 0, 2); // "/subscriptions/<id>"
    return QJsonObject{
            {"id"_L1, scope + u"/providers/Microsoft.Authorization/roleAssignments/"_s + name},
            {"name"_L1, name},
            {"type"_L1, "Microsoft.Authorization/roleAssignments"_L1},
            {"properties"_L1,
             QJsonObject{{"roleDefinitionId"_L1,
                          sub + u"/providers/Microsoft.Authorization/roleDefinitions/"_s
                                  + roleDefinitionName},
                         {"principalId"_L1, principalId},
                         {"principalType"_L1, principalType},
                         {"scope"_L1, scope},
                         {"condition"_L1, QJsonValue::Null},
                         {"conditionVersion"_L1, QJsonValue::Null},
                         {"createdOn"_L1, createdOn},
                         {"updatedOn"_L1, createdOn},
                         {"createdBy"_L1, QJsonValue::Null},
                         {"updatedBy"_L1, QJsonValue::Null},
                         {"delegatedManagedIdentityResourceId"_L1, QJsonValue::Null},
                         {"description"_L1, QJsonValue::Null}}}};
}

QJsonObject FederatedCredential::toJson() const
{
    return QJsonObject{
            {"id"_L1, parentId + u"/federatedIdentityCredentials/"_s + name},
            {"name"_L1, name},
            {"type"_L1, "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials"_L1},
            {"properties"_L1, QJsonObject{{"issuer"_L1, issuer},
                                          {"subject"_L1, subject},
                                          {"audiences"_L1, strings(audiences)}}}};
}

// https://learn.microsoft.com/graph/api/resources/federatedidentitycredential?view=graph-rest-1.0
QJsonObject FederatedCredential::toGraphJson() const
{
    return QJsonObject{{"id"_L1, id},
                       {"name"_L1, name},
                       {"issuer"_L1, issuer},
                       {"subject"_L1, subject},
                       {"description"_L1, description.isNull() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(description)},
                       {"audiences"_L1, strings(audiences)}};
}

namespace {

ServicePrincipal makeSp(const QString &id, const QString &appId, const QString &displayName,
                        const QString &type, const QString &owner,
                        const QString & /*created: Graph v1.0 shows no creation time here*/)
{
    ServicePrincipal sp;
    sp.id = id;
    sp.appId = appId;
    sp.displayName = displayName;
    sp.lowerName = displayName.toLower();
    sp.type = type;
    sp.json = QJsonObject{{"id"_L1, id},
                          {"deletedDateTime"_L1, QJsonValue::Null},
                          {"accountEnabled"_L1, true},
                          {"alternativeNames"_L1, QJsonArray()},
                          {"appDisplayName"_L1, displayName},
                          {"appDescription"_L1, QJsonValue::Null},
                          {"appId"_L1, appId},
                          {"appOwnerOrganizationId"_L1, owner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(owner)},
                          {"appRoleAssignmentRequired"_L1, false},
                          {"description"_L1, QJsonValue::Null},
                          {"displayName"_L1, displayName},
                          {"homepage"_L1, QJsonValue::Null},
                          {"logoutUrl"_L1, QJsonValue::Null},
                          {"publisherName"_L1, owner == MicrosoftServicesTenant ? QJsonValue("Microsoft Services"_L1) : QJsonValue(QJsonValue::Null)},
                          {"replyUrls"_L1, QJsonArray()},
                          {"addIns"_L1, QJsonArray()},
                          {"info"_L1, QJsonObject{{"termsOfServiceUrl"_L1, QJsonValue::Null},
                                                  {"supportUrl"_L1, QJsonValue::Null},
                                                  {"privacyStatementUrl"_L1, QJsonValue::Null},
                                                  {"marketingUrl"_L1, QJsonValue::Null},
                                                  {"logoUrl"_L1, QJsonValue::Null}}},
                          {"servicePrincipalNames"_L1, QJsonArray{appId}},
                          {"servicePrincipalType"_L1, type},
                          {"signInAudience"_L1, type == "ManagedIdentity"_L1 ? QJsonValue(QJsonValue::Null) : QJsonValue("AzureADMyOrg"_L1)},
                          {"tags"_L1, QJsonArray()},
                          {"appRoles"_L1, QJsonArray()},
                          {"oauth2PermissionScopes"_L1, QJsonArray()},
                          {"keyCredentials"_L1, QJsonArray()},
                          {"passwordCredentials"_L1, QJsonArray()}};
    return sp;
}

// A managed identity's service principal: Graph tells the two kinds apart by alternativeNames.
ServicePrincipal makeMiSp(const QString &principalId, const QString &appId, const QString &name,
                          const QString &resourceId, bool userAssigned, const QString &created)
{
    ServicePrincipal sp = makeSp(principalId, appId, name, u"ManagedIdentity"_s, {}, created);
    sp.json.insert("alternativeNames"_L1,
                   QJsonArray{userAssigned ? "isExplicit=True"_L1 : "isExplicit=False"_L1, resourceId});
    sp.json.insert("servicePrincipalNames"_L1,
                   QJsonArray{appId, u"https://identity.azure.net/"_s + QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128).left(12))});
    // Managed identities have a certificate the platform rotates; Graph shows its key credential.
    sp.json.insert("keyCredentials"_L1,
                   QJsonArray{QJsonObject{{"customKeyIdentifier"_L1, "9F3C2B1A0E9D8C7B6A5F4E3D2C1B0A9F8E7D6C5B"_L1},
                                          {"displayName"_L1, u"CN="_s + appId},
                                          {"endDateTime"_L1, "2027-01-20T12:00:00Z"_L1},
                                          {"keyId"_L1, newGuid()},
                                          {"startDateTime"_L1, "2026-10-22T12:00:00Z"_L1},
                                          {"type"_L1, "AsymmetricX509Cert"_L1},
                                          {"usage"_L1, "Verify"_L1},
                                          {"key"_L1, QJsonValue::Null}}});
    return sp;
}

QJsonObject identityBlock(const QString &tenantId, const QString &systemPrincipal,
                          const QJsonObject &userAssigned)
{
    QString type;
    if (!systemPrincipal.isEmpty() && !userAssigned.isEmpty())
        type = u"SystemAssigned, UserAssigned"_s;
    else if (!systemPrincipal.isEmpty())
        type = u"SystemAssigned"_s;
    else if (!userAssigned.isEmpty())
        type = u"UserAssigned"_s;
    else
        return {};
    QJsonObject o{{"type"_L1, type}};
    if (!systemPrincipal.isEmpty()) {
        o.insert("principalId"_L1, systemPrincipal);
        o.insert("tenantId"_L1, tenantId);
    }
    if (!userAssigned.isEmpty())
        o.insert("userAssignedIdentities"_L1, userAssigned);
    return o;
}

} // namespace

bool TenantState::load(const QByteArray &description, const QByteArray &graphPermissions,
                       const QByteArray &azureRoles, QString *error)
{
    QJsonParseError pe{};
    const QJsonObject d = QJsonDocument::fromJson(description, &pe).object();
    if (pe.error != QJsonParseError::NoError || d.isEmpty()) {
        if (error)
            *error = u"the sandbox tenant description is not valid JSON: "_s + pe.errorString();
        return false;
    }
    const QJsonObject graph = QJsonDocument::fromJson(graphPermissions).object();
    const QJsonObject roles = QJsonDocument::fromJson(azureRoles).object();
    if (graph.value("appRoles"_L1).toArray().isEmpty() || roles.value("roles"_L1).toArray().isEmpty()) {
        if (error)
            *error = u"the bundled Graph permissions or Azure roles are missing"_s;
        return false;
    }

    const QJsonObject t = d.value("tenant"_L1).toObject();
    tenantId = t.value("id"_L1).toString();
    tenantDisplayName = t.value("displayName"_L1).toString();
    tenantDomain = t.value("domain"_L1).toString();
    tenantCreated = t.value("createdDateTime"_L1).toString();
    miResourceId = d.value("miResource"_L1).toString();

    // Microsoft first-party service principals (owned by the Microsoft Services tenant).
    for (const QJsonValue &v : d.value("microsoftApps"_L1).toArray()) {
        const QJsonObject a = v.toObject();
        ServicePrincipal sp = makeSp(a.value("objectId"_L1).toString(), a.value("appId"_L1).toString(),
                                     a.value("displayName"_L1).toString(), u"Application"_s,
                                     MicrosoftServicesTenant, tenantCreated);
        sp.json.insert("servicePrincipalNames"_L1, a.value("servicePrincipalNames"_L1));
        if (sp.appId == GraphAppId) {
            // Microsoft Graph with its real app roles and delegated scopes.
            QJsonArray appRoles;
            for (const QJsonValue &r : graph.value("appRoles"_L1).toArray()) {
                const QJsonObject o = r.toObject();
                appRoles.append(QJsonObject{{"allowedMemberTypes"_L1, QJsonArray{"Application"_L1}},
                                            {"description"_L1, o.value("description"_L1)},
                                            {"displayName"_L1, o.value("displayName"_L1)},
                                            {"id"_L1, o.value("id"_L1)},
                                            {"isEnabled"_L1, o.value("isEnabled"_L1).toBool(true)},
                                            {"origin"_L1, "Application"_L1},
                                            {"value"_L1, o.value("value"_L1)}});
            }
            QJsonArray scopes;
            for (const QJsonValue &r : graph.value("delegatedScopes"_L1).toArray()) {
                const QJsonObject o = r.toObject();
                scopes.append(QJsonObject{{"adminConsentDescription"_L1, o.value("adminConsentDescription"_L1)},
                                          {"adminConsentDisplayName"_L1, o.value("adminConsentDisplayName"_L1)},
                                          {"id"_L1, o.value("id"_L1)},
                                          {"isEnabled"_L1, o.value("isEnabled"_L1).toBool(true)},
                                          {"type"_L1, o.value("type"_L1)},
                                          {"userConsentDescription"_L1, o.value("userConsentDescription"_L1)},
                                          {"userConsentDisplayName"_L1, o.value("userConsentDisplayName"_L1)},
                                          {"value"_L1, o.value("value"_L1)}});
            }
            sp.json.insert("appRoles"_L1, appRoles);
            sp.json.insert("oauth2PermissionScopes"_L1, scopes);
        }
        servicePrincipals.append(sp);
    }

    // The documented admin app that signs in with client credentials.
    const QJsonObject admin = d.value("adminApp"_L1).toObject();
    adminAppId = admin.value("appId"_L1).toString();
    adminSecret = admin.value("secret"_L1).toString();
    {
        ServicePrincipal sp = makeSp(admin.value("objectId"_L1).toString(), adminAppId,
                                     admin.value("displayName"_L1).toString(), u"Application"_s,
                                     tenantId, tenantCreated);
        sp.secret = adminSecret;
        sp.json.insert("passwordCredentials"_L1,
                       QJsonArray{QJsonObject{{"customKeyIdentifier"_L1, QJsonValue::Null},
                                              {"displayName"_L1, "sandbox"_L1},
                                              {"endDateTime"_L1, "2099-01-01T00:00:00Z"_L1},
                                              {"hint"_L1, adminSecret.left(3)},
                                              {"keyId"_L1, "0d6e3a10-5b4c-4f2e-9a8b-7c6d5e4f3a2b"_L1},
                                              {"secretText"_L1, QJsonValue::Null},
                                              {"startDateTime"_L1, tenantCreated}}});
        servicePrincipals.append(sp);
        applicationCredentials.insert(adminAppId.toLower(),
                                      {applicationObjectId(admin, adminAppId), QJsonArray(),
                                       sp.json.value("passwordCredentials"_L1).toArray()});
    }

    // The tenant's own applications.
    for (const QJsonValue &v : d.value("applications"_L1).toArray()) {
        const QJsonObject a = v.toObject();
        ServicePrincipal sp = makeSp(a.value("objectId"_L1).toString(), a.value("appId"_L1).toString(),
                                     a.value("displayName"_L1).toString(), u"Application"_s, tenantId,
                                     a.value("createdDateTime"_L1).toString(tenantCreated));
        if (a.contains("servicePrincipalNames"_L1))
            sp.json.insert("servicePrincipalNames"_L1, a.value("servicePrincipalNames"_L1));
        QJsonArray appRoles;
        for (const QJsonValue &r : a.value("appRoles"_L1).toArray()) {
            QJsonObject o = r.toObject();
            o.insert("allowedMemberTypes"_L1, QJsonArray{"Application"_L1});
            o.insert("isEnabled"_L1, true);
            o.insert("origin"_L1, "Application"_L1);
            appRoles.append(o);
        }
        sp.json.insert("appRoles"_L1, appRoles);
        sp.json.insert("keyCredentials"_L1, a.value("keyCredentials"_L1).toArray());
        sp.accessTokenVersion = a.value("accessTokenVersion"_L1).toInt(1);
        // The registration's own certificates and secrets: those the seed gives the service
        // principal too, and "applicationKeyCredentials" / "applicationPasswordCredentials".
        QJsonArray keys = seededCredentials(a.value("keyCredentials"_L1).toArray());
        for (const QJsonValue &k : seededCredentials(a.value("applicationKeyCredentials"_L1).toArray()))
            keys.append(k);
        applicationCredentials.insert(
                sp.appId.toLower(),
                {applicationObjectId(a, sp.appId), keys,
                 seededCredentials(a.value("applicationPasswordCredentials"_L1).toArray())});
        servicePrincipals.append(sp);
    }
    for (const QJsonValue &v : d.value("others"_L1).toArray()) {
        const QJsonObject a = v.toObject();
        servicePrincipals.append(makeSp(a.value("objectId"_L1).toString(), a.value("appId"_L1).toString(),
                                        a.value("displayName"_L1).toString(),
                                        a.value("servicePrincipalType"_L1).toString(), {},
                                        tenantCreated));
    }

    // Microsoft Entra Agent ID, Graph v1.0 (docs/agents.md), each object with the properties its
    // reference page returns by default ("Only a subset of all properties are returned by
    // default"), as in the pages' examples:
    // https://learn.microsoft.com/graph/api/agentidentityblueprint-get?view=graph-rest-1.0
    // (inherits application), .../agentidentityblueprintprincipal-list (inherits servicePrincipal,
    // servicePrincipalType "Application", appId = the blueprint's) and .../agentidentity-list
    // (servicePrincipalType "ServiceIdentity", agentIdentityBlueprintId = the blueprint's appId,
    // no appId). Both derived service principals are in /servicePrincipals too, with @odata.type.
    agentBlueprints.clear();
    inheritablePermissions.clear();
    const QJsonObject noInfo{{"termsOfServiceUrl"_L1, QJsonValue::Null},
                             {"supportUrl"_L1, QJsonValue::Null},
                             {"privacyStatementUrl"_L1, QJsonValue::Null},
                             {"marketingUrl"_L1, QJsonValue::Null},
                             {"logoUrl"_L1, QJsonValue::Null}};
    for (const QJsonValue &v : d.value("agentBlueprints"_L1).toArray()) {
        const QJsonObject b = v.toObject();
        const QString appId = b.value("appId"_L1).toString();
        const QString name = b.value("displayName"_L1).toString();
        const QString created = b.value("createdDateTime"_L1).toString(tenantCreated);
        QStringList sponsorIds;
        for (const QJsonValue &s : b.value("sponsors"_L1).toArray())
            sponsorIds.append(s.toString());
        ServicePrincipal app;
        app.id = b.value("objectId"_L1).toString();
        app.appId = appId;
        app.displayName = name;
        app.lowerName = name.toLower();
        app.odataType = u"#microsoft.graph.agentIdentityBlueprint"_s;
        app.sponsors = sponsorIds;
        app.json = QJsonObject{
                {"@odata.type"_L1, app.odataType},
                {"id"_L1, app.id},
                {"appId"_L1, appId},
                {"identifierUris"_L1, QJsonArray{u"api://"_s + appId}},
                {"createdByAppId"_L1, adminAppId},
                {"createdDateTime"_L1, created},
                {"description"_L1, QJsonValue::Null},
                {"disabledByMicrosoftStatus"_L1, QJsonValue::Null},
                {"displayName"_L1, name},
                {"groupMembershipClaims"_L1, QJsonValue::Null},
                {"publisherDomain"_L1, tenantDomain},
                {"signInAudience"_L1, "AzureADMyOrg"_L1},
                {"tags"_L1, QJsonArray()},
                {"tokenEncryptionKeyId"_L1, QJsonValue::Null},
                {"uniqueName"_L1, QJsonValue::Null},
                {"serviceManagementReference"_L1, QJsonValue::Null},
                {"optionalClaims"_L1, QJsonValue::Null},
                {"api"_L1, QJsonObject{{"requestedAccessTokenVersion"_L1, 2},
                                       {"acceptMappedClaims"_L1, QJsonValue::Null},
                                       {"knownClientApplications"_L1, QJsonArray()},
                                       {"oauth2PermissionScopes"_L1, QJsonArray()},
                                       {"preAuthorizedApplications"_L1, QJsonArray()}}},
                {"appRoles"_L1, QJsonArray()},
                {"info"_L1, noInfo},
                {"keyCredentials"_L1, QJsonArray()},
                {"passwordCredentials"_L1, QJsonArray()},
                {"requiredResourceAccess"_L1, QJsonArray()},
                {"verifiedPublisher"_L1, QJsonObject{{"displayName"_L1, QJsonValue::Null},
                                                     {"verifiedPublisherId"_L1, QJsonValue::Null},
                                                     {"addedDateTime"_L1, QJsonValue::Null}}}};
        agentBlueprints.append(app);
        inheritablePermissions.insert(app.id.toLower(), b.value("inheritablePermissions"_L1).toArray());

        ServicePrincipal principal;
        principal.id = b.value("principalId"_L1).toString();
        principal.appId = appId;
        principal.displayName = name;
        principal.lowerName = name.toLower();
        principal.type = u"Application"_s;
        principal.odataType = u"#microsoft.graph.agentIdentityBlueprintPrincipal"_s;
        principal.sponsors = sponsorIds;
        principal.json = QJsonObject{{"@odata.type"_L1, principal.odataType},
                                     {"id"_L1, principal.id},
                                     {"appId"_L1, appId},
                                     {"createdDateTime"_L1, created},
                                     {"createdByAppId"_L1, adminAppId},
                                     {"accountEnabled"_L1, true},
                                     {"appDisplayName"_L1, name},
                                     {"appOwnerOrganizationId"_L1, tenantId},
                                     {"appRoleAssignmentRequired"_L1, false},
                                     {"appRoles"_L1, QJsonArray()},
                                     {"disabledByMicrosoftStatus"_L1, QJsonValue::Null},
                                     {"displayName"_L1, name},
                                     {"info"_L1, noInfo},
                                     {"oauth2PermissionScopes"_L1, QJsonArray()},
                                     {"servicePrincipalType"_L1, principal.type},
                                     {"tags"_L1, QJsonArray()},
                                     {"verifiedPublisher"_L1, QJsonValue::Null}};
        servicePrincipals.append(principal);

        for (const QJsonValue &av : b.value("agents"_L1).toArray()) {
            const QJsonObject a = av.toObject();
            ServicePrincipal agent;
            agent.id = a.value("id"_L1).toString();
            agent.displayName = a.value("displayName"_L1).toString();
            agent.lowerName = agent.displayName.toLower();
            agent.type = u"ServiceIdentity"_s;
            agent.odataType = u"#microsoft.graph.agentIdentity"_s;
            for (const QJsonValue &s : a.value("sponsors"_L1).toArray())
                agent.sponsors.append(s.toString());
            agent.json = QJsonObject{{"@odata.type"_L1, agent.odataType},
                                     {"id"_L1, agent.id},
                                     {"displayName"_L1, agent.displayName},
                                     {"createdDateTime"_L1, a.value("createdDateTime"_L1).toString(created)},
                                     {"createdByAppId"_L1, appId}, // made by its blueprint
                                     {"agentIdentityBlueprintId"_L1, appId},
                                     {"accountEnabled"_L1, true},
                                     {"disabledByMicrosoftStatus"_L1, QJsonValue::Null},
                                     {"servicePrincipalType"_L1, agent.type},
                                     {"tags"_L1, QJsonArray()}};
            servicePrincipals.append(agent);
        }
    }

    users.clear();
    directoryRoles.clear();
    directoryRoleAssignments.clear();
    for (const QJsonValue &v : d.value("directoryRoles"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        directoryRoles.append({r.value("templateId"_L1).toString(),
                               r.value("displayName"_L1).toString(), {}});
    }
    // Directory roles of service principals (users name theirs in their own entry).
    for (const QJsonValue &v : d.value("directoryRoleAssignments"_L1).toArray()) {
        const QJsonObject a = v.toObject();
        for (const DirectoryRole &r : std::as_const(directoryRoles)) {
            if (r.displayName == a.value("role"_L1).toString())
                addDirectoryRoleAssignment(a.value("principalId"_L1).toString(), r.templateId,
                                           a.value("directoryScopeId"_L1).toString(u"/"_s));
        }
    }
    delegatedGrants.clear();
    for (const QJsonValue &v : d.value("oauth2PermissionGrants"_L1).toArray()) {
        const QJsonObject g = v.toObject();
        DelegatedGrant grant;
        grant.id = g.value("id"_L1).toString();
        grant.clientAppId = g.value("clientAppId"_L1).toString();
        grant.resourceAppId = g.value("resourceAppId"_L1).toString();
        grant.consentType = g.value("consentType"_L1).toString(u"AllPrincipals"_s);
        grant.principalId = g.value("principalId"_L1).toString();
        grant.scopes = g.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts);
        delegatedGrants.append(grant);
    }
    // Owners: {"application": appId | "servicePrincipal": objectId, "owner": user or SP id}.
    owners.clear();
    for (const QJsonValue &v : d.value("owners"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Ownership own;
        own.ownerId = o.value("owner"_L1).toString();
        if (const ApplicationCredentials *app
            = applicationCredentialsOf(o.value("application"_L1).toString())) {
            own.objectId = app->id;
            own.application = true;
        } else {
            own.objectId = o.value("servicePrincipal"_L1).toString();
        }
        if (!own.objectId.isEmpty() && !own.ownerId.isEmpty())
            owners.append(own);
    }
    QList<QPair<QString, QJsonArray>> userArmRoles;
    for (const QJsonValue &v : d.value("users"_L1).toArray()) {
        QJsonObject u = v.toObject();
        const QString userId = u.value("id"_L1).toString();
        for (const QJsonValue &name : u.take("directoryRoles"_L1).toArray()) {
            for (const DirectoryRole &r : std::as_const(directoryRoles)) {
                if (r.displayName == name.toString())
                    addDirectoryRoleAssignment(userId, r.templateId, u"/"_s);
            }
        }
        userArmRoles.append({userId, u.take("armRoles"_L1).toArray()});
        u.insert("businessPhones"_L1, QJsonArray());
        u.insert("givenName"_L1, u.value("displayName"_L1).toString().section(u' ', 0, 0));
        u.insert("surname"_L1, u.value("displayName"_L1).toString().section(u' ', 1));
        u.insert("mobilePhone"_L1, QJsonValue::Null);
        u.insert("officeLocation"_L1, QJsonValue::Null);
        u.insert("preferredLanguage"_L1, "en-US"_L1);
        users.append(u);
    }

    // ARM: subscriptions, resource groups.
    for (const QJsonValue &v : d.value("subscriptions"_L1).toArray()) {
        const QJsonObject s = v.toObject();
        const QString sub = s.value("subscriptionId"_L1).toString();
        subscriptions.append(QJsonObject{
                {"id"_L1, u"/subscriptions/"_s + sub},
                {"authorizationSource"_L1, "RoleBased"_L1},
                {"managedByTenants"_L1, QJsonArray()},
                {"subscriptionId"_L1, sub},
                {"tenantId"_L1, tenantId},
                {"displayName"_L1, s.value("displayName"_L1)},
                {"state"_L1, "Enabled"_L1},
                {"subscriptionPolicies"_L1,
                 QJsonObject{{"locationPlacementId"_L1, "Public_2014-09-01"_L1},
                             {"quotaId"_L1, "PayAsYouGo_2014-09-01"_L1},
                             {"spendingLimit"_L1, "Off"_L1}}}});
        for (const QJsonValue &g : s.value("resourceGroups"_L1).toArray()) {
            const QJsonObject rg = g.toObject();
            const QString name = rg.value("name"_L1).toString();
            resourceGroups.append(QJsonObject{
                    {"id"_L1, u"/subscriptions/%1/resourceGroups/%2"_s.arg(sub, name)},
                    {"name"_L1, name},
                    {"type"_L1, "Microsoft.Resources/resourceGroups"_L1},
                    {"location"_L1, rg.value("location"_L1)},
                    {"properties"_L1, QJsonObject{{"provisioningState"_L1, "Succeeded"_L1}}}});
        }
    }

    // User-assigned identities: ARM resources and their service principals.
    QHash<QString, QJsonObject> uamiByName;
    for (const QJsonValue &v : d.value("userAssignedIdentities"_L1).toArray()) {
        const QJsonObject u = v.toObject();
        ArmResource r;
        r.subscriptionId = u.value("subscriptionId"_L1).toString();
        r.resourceGroup = u.value("resourceGroup"_L1).toString();
        r.name = u.value("name"_L1).toString();
        r.type = u"Microsoft.ManagedIdentity/userAssignedIdentities"_s;
        r.location = u.value("location"_L1).toString();
        r.id = armId(r.subscriptionId, r.resourceGroup, r.type, r.name);
        const QString principalId = u.value("principalId"_L1).toString();
        const QString clientId = u.value("clientId"_L1).toString();
        r.properties = QJsonObject{{"tenantId"_L1, tenantId},
                                   {"principalId"_L1, principalId},
                                   {"clientId"_L1, clientId}};
        r.createdAt = u.value("createdDateTime"_L1).toString(tenantCreated);
        resources.append(r);
        uamiByName.insert(r.name, QJsonObject{{"id"_L1, r.id}, {"principalId"_L1, principalId}, {"clientId"_L1, clientId}});
        servicePrincipals.append(makeMiSp(principalId, clientId, r.name, r.id, true,
                                          u.value("createdDateTime"_L1).toString(tenantCreated)));
        for (const QJsonValue &f : u.value("federatedIdentityCredentials"_L1).toArray()) {
            const QJsonObject fo = f.toObject();
            QStringList aud;
            for (const QJsonValue &a : fo.value("audiences"_L1).toArray())
                aud << a.toString();
            federatedCredentials.append({r.id, fo.value("name"_L1).toString(),
                                         fo.value("issuer"_L1).toString(),
                                         fo.value("subject"_L1).toString(), aud, {}, {}});
        }
    }

    // Resources, with system-assigned identities and attached user-assigned ones.
    for (const QJsonValue &v : d.value("resources"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        ArmResource r;
        r.subscriptionId = o.value("subscriptionId"_L1).toString();
        r.resourceGroup = o.value("resourceGroup"_L1).toString();
        r.name = o.value("name"_L1).toString();
        r.type = o.value("type"_L1).toString();
        r.kind = o.value("kind"_L1).toString();
        r.location = o.value("location"_L1).toString();
        r.id = armId(r.subscriptionId, r.resourceGroup, r.type, r.name);
        QString systemPrincipal;
        const QJsonObject sys = o.value("systemAssigned"_L1).toObject();
        if (!sys.isEmpty()) {
            systemPrincipal = sys.value("principalId"_L1).toString();
            servicePrincipals.append(makeMiSp(systemPrincipal, sys.value("appId"_L1).toString(),
                                              sys.value("displayName"_L1).toString(r.name), r.id,
                                              false, tenantCreated));
        }
        QJsonObject ua;
        for (const QJsonValue &n : o.value("userAssigned"_L1).toArray()) {
            const QJsonObject u = uamiByName.value(n.toString());
            if (!u.isEmpty())
                ua.insert(u.value("id"_L1).toString(),
                          QJsonObject{{"principalId"_L1, u.value("principalId"_L1)},
                                      {"clientId"_L1, u.value("clientId"_L1)}});
        }
        r.identity = identityBlock(tenantId, systemPrincipal, ua);
        r.createdAt = o.value("createdDateTime"_L1).toString(tenantCreated);
        resources.append(r);
    }

    // Orphans: service principals whose resource is gone.
    for (const QJsonValue &v : d.value("orphans"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        servicePrincipals.append(makeMiSp(o.value("principalId"_L1).toString(),
                                          o.value("appId"_L1).toString(),
                                          o.value("displayName"_L1).toString(),
                                          o.value("resourceId"_L1).toString(),
                                          o.value("explicit"_L1).toBool(), tenantCreated));
    }

    // Role definitions: the listed built-in roles from the bundled catalog, plus custom roles.
    QHash<QString, QJsonObject> builtInByName;
    for (const QJsonValue &v : roles.value("roles"_L1).toArray())
        builtInByName.insert(v.toObject().value("roleName"_L1).toString(), v.toObject());
    for (const QJsonValue &v : d.value("builtInRoles"_L1).toArray()) {
        const QJsonObject r = builtInByName.value(v.toString());
        if (r.isEmpty())
            continue;
        roleDefinitions.append({r.value("id"_L1).toString(), r.value("roleName"_L1).toString(),
                                r.value("description"_L1).toString(), u"BuiltInRole"_s,
                                r.value("permissions"_L1).toArray(), QJsonArray{"/"_L1}});
    }
    for (const QJsonValue &v : d.value("customRoles"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        roleDefinitions.append({r.value("id"_L1).toString(), r.value("roleName"_L1).toString(),
                                r.value("description"_L1).toString(), u"CustomRole"_s,
                                r.value("permissions"_L1).toArray(),
                                r.value("assignableScopes"_L1).toArray()});
    }

    reindex();

    // Role assignments (the admin app's, then the tenant's).
    int n = 0;
    auto assign = [&](const QString &principal, const QString &role, const QString &scope,
                      const QString &principalType = u"ServicePrincipal"_s) {
        const RoleDefinition *def = roleDefinitionByName(role);
        if (!def)
            return;
        const QString name = QUuid::createUuidV5(QUuid(tenantId), principal + scope + def->name)
                                     .toString(QUuid::WithoutBraces);
        roleAssignments.append({name, scope, def->name, principal, principalType,
                                u"2025-01-0%1T10:00:00.0000000Z"_s.arg(1 + (n++ % 9))});
    };
    // Management groups: the tenant root group, named after the tenant as in Azure, and one
    // group below it that holds every subscription.
    {
        ManagementGroup root;
        root.name = tenantId;
        root.displayName = u"Tenant Root Group"_s;
        ManagementGroup zones;
        zones.name = u"contoso-landing-zones"_s;
        zones.displayName = u"Contoso Landing Zones"_s;
        zones.parent = root.name;
        for (const QJsonObject &s : std::as_const(subscriptions))
            zones.subscriptions.append(s.value("subscriptionId"_L1).toString());
        managementGroups = {root, zones};
    }
    for (const QJsonValue &v : admin.value("armRoles"_L1).toArray())
        assign(admin.value("objectId"_L1).toString(), v.toObject().value("role"_L1).toString(),
               v.toObject().value("scope"_L1).toString());
    // The admin app manages the groups too (Owner at the root group, so inherited everywhere).
    assign(admin.value("objectId"_L1).toString(), u"Owner"_s,
           managementGroups.constFirst().scope());
    for (const QJsonValue &v : d.value("roleAssignments"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        assign(o.value("principal"_L1).toString(), o.value("role"_L1).toString(),
               o.value("scope"_L1).toString());
    }
    // The users' own Azure roles (what an admin or a reader signed in by browser may do).
    for (const auto &[userId, armRoles] : std::as_const(userArmRoles)) {
        for (const QJsonValue &v : armRoles)
            assign(userId, v.toObject().value("role"_L1).toString(),
                   v.toObject().value("scope"_L1).toString(), u"User"_s);
    }

    // App role assignments: the admin app's Graph permissions, then the tenant's grants.
    const ServicePrincipal *graphSp = spByAppId(GraphAppId);
    auto grant = [&](const QString &principal, const QString &resourceAppId, const QString &value,
                     const QString &created) {
        const ServicePrincipal *resource = spByAppId(resourceAppId);
        if (!resource)
            return;
        for (const QJsonValue &r : resource->json.value("appRoles"_L1).toArray()) {
            if (r.toObject().value("value"_L1).toString() == value) {
                AppRoleAssignment a;
                if (addAppRoleAssignment(principal, resource->id, r.toObject().value("id"_L1).toString(), &a).isEmpty())
                    appRoleAssignments.last().createdDateTime = created;
                return;
            }
        }
    };
    for (const QJsonValue &v : admin.value("graphRoles"_L1).toArray())
        grant(admin.value("objectId"_L1).toString(), GraphAppId, v.toString(), tenantCreated);
    for (const QJsonValue &v : d.value("appRoleAssignments"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        grant(o.value("principal"_L1).toString(), o.value("resourceAppId"_L1).toString(),
              o.value("value"_L1).toString(), o.value("createdDateTime"_L1).toString(tenantCreated));
    }
    Q_UNUSED(graphSp);
    return true;
}

void TenantState::grow(int count, quint64 seed, int appRoleAssignmentCount)
{
    if (count <= 0)
        return;
    std::mt19937_64 rng(seed);
    auto guid = [&rng] {
        const quint64 a = rng();
        const quint64 b = rng();
        QByteArray bytes(16, Qt::Uninitialized);
        memcpy(bytes.data(), &a, 8);
        memcpy(bytes.data() + 8, &b, 8);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    };
    static const char *words[] = {"orders", "billing", "catalog", "search", "payments", "identity",
                                  "reports", "inventory", "shipping", "analytics", "gateway",
                                  "notify", "ledger", "pricing", "audit", "sync"};
    static const char *envs[] = {"prod", "test", "dev", "stage"};
    const QString sub = subscriptions.isEmpty()
            ? QString()
            : subscriptions.last().value("subscriptionId"_L1).toString();
    const int groups = std::max(1, count / 2000);
    for (int g = 0; g < groups; ++g) {
        const QString name = u"rg-scale-%1"_s.arg(g, 3, 10, QLatin1Char('0'));
        resourceGroups.append(QJsonObject{
                {"id"_L1, u"/subscriptions/%1/resourceGroups/%2"_s.arg(sub, name)},
                {"name"_L1, name},
                {"type"_L1, "Microsoft.Resources/resourceGroups"_L1},
                {"location"_L1, "westeurope"_L1},
                {"properties"_L1, QJsonObject{{"provisioningState"_L1, "Succeeded"_L1}}}});
    }
    servicePrincipals.reserve(servicePrincipals.size() + count);
    for (int i = 0; i < count; ++i) {
        const QString word = QString::fromLatin1(words[rng() % 16]);
        const QString env = QString::fromLatin1(envs[rng() % 4]);
        const QString rg = u"rg-scale-%1"_s.arg(int(rng() % quint64(groups)), 3, 10, QLatin1Char('0'));
        const QString created = QDateTime(QDate(2020, 1, 1).addDays(qint64(rng() % 2000)), QTime(12, 0), Qt::UTC)
                                        .toString(Qt::ISODate);
        if (i % 5 == 0) {
            // A managed identity: alternate user-assigned and system-assigned (web apps, VMs).
            const bool user = (i / 5) % 2 == 0;
            const QString principal = guid();
            const QString client = guid();
            ArmResource r;
            r.subscriptionId = sub;
            r.resourceGroup = rg;
            r.location = u"westeurope"_s;
            if (user) {
                r.type = u"Microsoft.ManagedIdentity/userAssignedIdentities"_s;
                r.name = u"id-%1-%2-%3"_s.arg(word, env).arg(i);
                r.properties = QJsonObject{{"tenantId"_L1, tenantId},
                                           {"principalId"_L1, principal},
                                           {"clientId"_L1, client}};
            } else {
                const bool vm = (i / 10) % 2 == 0;
                r.type = vm ? u"Microsoft.Compute/virtualMachines"_s : u"Microsoft.Web/sites"_s;
                r.kind = vm ? QString() : u"app,linux"_s;
                r.name = (vm ? u"vm-%1-%2-%3"_s : u"app-%1-%2-%3"_s).arg(word, env).arg(i);
            }
            r.id = armId(sub, rg, r.type, r.name);
            r.createdAt = created;
            if (!user)
                r.identity = identityBlock(tenantId, principal, {});
            resources.append(r);
            servicePrincipals.append(makeMiSp(principal, client, r.name, r.id, user, created));
        } else {
            const QString name = u"%1-%2-app-%3"_s.arg(word, env).arg(i);
            servicePrincipals.append(makeSp(guid(), guid(), name, u"Application"_s, tenantId, created));
        }
    }
    reindex();
    growAppRoleAssignments(count, appRoleAssignmentCount, rng);
}

void TenantState::growAppRoleAssignments(int generated, int count, std::mt19937_64 &rng)
{
    const ServicePrincipal *graph = spByAppId(GraphAppId);
    if (count <= 0 || generated <= 0 || !graph)
        return;
    // Read-only roles: a benchmark tenant whose identities read, not one of tier-0 holders.
    QStringList roles;
    for (const QJsonValue &r : graph->json.value("appRoles"_L1).toArray()) {
        if (r.toObject().value("value"_L1).toString().endsWith(".Read.All"_L1))
            roles.append(r.toObject().value("id"_L1).toString().toLower());
    }
    if (roles.isEmpty())
        return;
    count = int(std::min<qint64>(count, qint64(generated) * roles.size()));
    const qsizetype first = servicePrincipals.size() - generated;
    appRoleAssignments.reserve(appRoleAssignments.size() + count);
    for (int k = 0; k < count; ++k) {
        // Principal k mod n; its (k / n)-th role, rotated by the principal: never a duplicate.
        const int p = k % generated;
        const ServicePrincipal &principal = servicePrincipals[first + p];
        AppRoleAssignment a;
        QByteArray raw(24, Qt::Uninitialized);
        for (int i = 0; i < 24; i += 8) {
            const quint64 bits = rng();
            memcpy(raw.data() + i, &bits, 8);
        }
        a.id = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        a.principalId = principal.id;
        a.principalDisplayName = principal.displayName;
        a.resourceId = graph->id;
        a.resourceDisplayName = graph->displayName;
        a.appRoleId = roles[(k / generated + p) % roles.size()];
        a.createdDateTime = u"2024-06-01T12:00:00Z"_s;
        appRoleAssignments.append(a);
    }
}

void TenantState::reindex()
{
    m_spById.clear();
    m_spByAppId.clear();
    m_spByName.clear();
    m_resourceById.clear();
    m_spById.reserve(servicePrincipals.size());
    m_spByAppId.reserve(servicePrincipals.size());
    for (int i = 0; i < servicePrincipals.size(); ++i) {
        const ServicePrincipal &sp = servicePrincipals[i];
        m_spById.insert(sp.id, i);
        if (!sp.appId.isEmpty()) // agent identities have none
            m_spByAppId.insert(sp.appId, i);
        if (sp.type != "ManagedIdentity"_L1) {
            for (const QJsonValue &n : sp.json.value("servicePrincipalNames"_L1).toArray())
                m_spByName.insert(n.toString().toLower(), i);
        }
    }
    m_resourcesBySubscription.clear();
    for (int i = 0; i < resources.size(); ++i) {
        m_resourceById.insert(resources[i].id.toLower(), i);
        // By the id's own subscription segment: what ARM's scope rule compares.
        m_resourcesBySubscription[resources[i].id.section(u'/', 2, 2).toLower()].append(i);
    }
}

const QList<int> &TenantState::resourcesIn(const QString &subscriptionId) const
{
    static const QList<int> none;
    const auto it = m_resourcesBySubscription.constFind(subscriptionId.toLower());
    return it == m_resourcesBySubscription.cend() ? none : *it;
}

const ServicePrincipal *TenantState::spById(const QString &id) const
{
    const auto it = m_spById.constFind(id.toLower());
    return it == m_spById.cend() ? nullptr : &servicePrincipals[*it];
}

ApplicationCredentials *TenantState::applicationCredentialsOf(const QString &appId)
{
    const auto it = applicationCredentials.find(appId.toLower());
    return it == applicationCredentials.end() ? nullptr : &*it;
}

const ServicePrincipal *TenantState::spByAppId(const QString &appId) const
{
    const auto it = m_spByAppId.constFind(appId.toLower());
    return it == m_spByAppId.cend() ? nullptr : &servicePrincipals[*it];
}

const ServicePrincipal *TenantState::agentBlueprintById(const QString &id) const
{
    for (const ServicePrincipal &b : agentBlueprints) {
        if (b.id.compare(id, Qt::CaseInsensitive) == 0)
            return &b;
    }
    return nullptr;
}

const ServicePrincipal *TenantState::spByResource(const QString &resource) const
{
    if (const ServicePrincipal *sp = spByAppId(resource))
        return sp;
    QString r = resource.toLower();
    auto it = m_spByName.constFind(r);
    if (it == m_spByName.cend()) {
        r = r.endsWith(u'/') ? r.chopped(1) : r + u'/';
        it = m_spByName.constFind(r);
    }
    return it == m_spByName.cend() ? nullptr : &servicePrincipals[*it];
}

const ArmResource *TenantState::resourceById(const QString &id) const
{
    const auto it = m_resourceById.constFind(id.toLower());
    return it == m_resourceById.cend() ? nullptr : &resources[*it];
}

QString ManagementGroup::scope() const
{
    return u"/providers/Microsoft.Management/managementGroups/"_s + name;
}

const ManagementGroup *TenantState::managementGroup(const QString &name) const
{
    for (const ManagementGroup &g : managementGroups) {
        if (g.name.compare(name, Qt::CaseInsensitive) == 0)
            return &g;
    }
    return nullptr;
}

const ManagementGroup *TenantState::parentGroupOf(const QString &scope) const
{
    static const QString prefix = u"/providers/Microsoft.Management/managementGroups/"_s;
    if (scope.startsWith(prefix, Qt::CaseInsensitive)) {
        const ManagementGroup *g = managementGroup(scope.mid(prefix.size()).section(u'/', 0, 0));
        return g && !g->parent.isEmpty() ? managementGroup(g->parent) : nullptr;
    }
    if (!scope.startsWith("/subscriptions/"_L1, Qt::CaseInsensitive))
        return nullptr;
    const QString sub = scope.section(u'/', 2, 2);
    for (const ManagementGroup &g : managementGroups) {
        for (const QString &s : g.subscriptions) {
            if (s.compare(sub, Qt::CaseInsensitive) == 0)
                return &g;
        }
    }
    return nullptr;
}

bool TenantState::scopeCovers(const QString &outer, const QString &inner) const
{
    if (outer == "/"_L1 || inner.compare(outer, Qt::CaseInsensitive) == 0
        || inner.startsWith(outer + u'/', Qt::CaseInsensitive))
        return true;
    if (!outer.startsWith("/providers/Microsoft.Management/managementGroups/"_L1,
                          Qt::CaseInsensitive))
        return false;
    QString at = inner;
    for (qsizetype steps = 0; steps <= managementGroups.size(); ++steps) {
        const ManagementGroup *g = parentGroupOf(at);
        if (!g)
            return false;
        if (g->scope().compare(outer, Qt::CaseInsensitive) == 0)
            return true;
        at = g->scope();
    }
    return false;
}

const RoleDefinition *TenantState::roleDefinitionByName(const QString &guidOrRoleName) const
{
    for (const RoleDefinition &r : roleDefinitions) {
        if (r.name.compare(guidOrRoleName, Qt::CaseInsensitive) == 0
            || r.roleName.compare(guidOrRoleName, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

QString TenantState::appIdOfApplication(const QString &objectId) const
{
    for (auto it = applicationCredentials.cbegin(); it != applicationCredentials.cend(); ++it) {
        if (it->id.compare(objectId, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

bool TenantState::isOwner(const QString &ownerId, const QString &objectId) const
{
    return std::any_of(owners.cbegin(), owners.cend(), [&](const Ownership &o) {
        return o.ownerId.compare(ownerId, Qt::CaseInsensitive) == 0
                && o.objectId.compare(objectId, Qt::CaseInsensitive) == 0;
    });
}

const QJsonObject *TenantState::user(const QString &idOrUpn) const
{
    for (const QJsonObject &u : users) {
        if (u.value("id"_L1).toString().compare(idOrUpn, Qt::CaseInsensitive) == 0
            || u.value("userPrincipalName"_L1).toString().compare(idOrUpn, Qt::CaseInsensitive)
                    == 0)
            return &u;
    }
    return nullptr;
}

QStringList TenantState::directoryRoleIdsOf(const QString &userId) const
{
    QStringList out;
    for (const DirectoryRole &r : directoryRoles) {
        for (const QString &m : r.members) {
            if (m.compare(userId, Qt::CaseInsensitive) == 0)
                out << r.templateId;
        }
    }
    return out;
}

const DirectoryRole *TenantState::directoryRole(const QString &templateId) const
{
    for (const DirectoryRole &r : directoryRoles) {
        if (r.templateId.compare(templateId, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

QJsonObject DirectoryRoleAssignment::toJson() const
{
    // resourceScope is deprecated but still in every answer (and in the documented examples).
    return {{"id"_L1, id},
            {"principalId"_L1, principalId},
            {"resourceScope"_L1, directoryScopeId},
            {"directoryScopeId"_L1, directoryScopeId},
            {"roleDefinitionId"_L1, roleDefinitionId}};
}

DirectoryRoleAssignment TenantState::addDirectoryRoleAssignment(const QString &principalId,
                                                                const QString &templateId,
                                                                const QString &directoryScopeId,
                                                                bool *existing)
{
    for (const DirectoryRoleAssignment &a : std::as_const(directoryRoleAssignments)) {
        if (a.principalId.compare(principalId, Qt::CaseInsensitive) == 0
            && a.roleDefinitionId.compare(templateId, Qt::CaseInsensitive) == 0
            && a.directoryScopeId == directoryScopeId) {
            if (existing)
                *existing = true;
            return a;
        }
    }
    if (existing)
        *existing = false;
    DirectoryRoleAssignment a;
    // Entra's ids are the role's and the principal's ids in base64url with a "-1" suffix; any
    // opaque, URL-safe, stable string does here.
    a.id = QString::fromLatin1(
                   (QUuid::fromString(templateId).toRfc4122() + QUuid::fromString(principalId).toRfc4122())
                           .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            + u"-1"_s;
    if (directoryScopeId != "/"_L1)
        a.id += u'-' + QString::number(qHash(directoryScopeId), 16);
    a.principalId = principalId.toLower();
    a.roleDefinitionId = templateId.toLower();
    a.directoryScopeId = directoryScopeId;
    directoryRoleAssignments.append(a);
    if (directoryScopeId == "/"_L1) {
        for (DirectoryRole &r : directoryRoles) {
            if (r.templateId.compare(templateId, Qt::CaseInsensitive) == 0)
                r.members.append(a.principalId);
        }
    }
    return a;
}

bool TenantState::removeDirectoryRoleAssignment(const QString &assignmentId)
{
    for (qsizetype i = 0; i < directoryRoleAssignments.size(); ++i) {
        const DirectoryRoleAssignment a = directoryRoleAssignments.at(i);
        if (a.id != assignmentId)
            continue;
        directoryRoleAssignments.removeAt(i);
        if (a.directoryScopeId == "/"_L1) {
            for (DirectoryRole &r : directoryRoles) {
                if (r.templateId.compare(a.roleDefinitionId, Qt::CaseInsensitive) == 0)
                    r.members.removeIf([&a](const QString &m) {
                        return m.compare(a.principalId, Qt::CaseInsensitive) == 0;
                    });
            }
        }
        return true;
    }
    return false;
}

QString TenantState::directoryRoleName(const QString &templateId) const
{
    for (const DirectoryRole &r : directoryRoles) {
        if (r.templateId.compare(templateId, Qt::CaseInsensitive) == 0)
            return r.displayName;
    }
    return {};
}

bool TenantState::holdsDirectoryRole(const QString &userId, const QStringList &roles) const
{
    for (const DirectoryRole &r : directoryRoles) {
        if (!roles.contains(r.displayName, Qt::CaseInsensitive)
            && !roles.contains(r.templateId, Qt::CaseInsensitive))
            continue;
        for (const QString &m : r.members) {
            if (m.compare(userId, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QStringList TenantState::delegatedScopes(const QString &clientAppId, const QString &resourceAppId,
                                         const QString &userId) const
{
    QStringList out;
    for (const DelegatedGrant &g : delegatedGrants) {
        if (g.clientAppId.compare(clientAppId, Qt::CaseInsensitive) != 0
            || g.resourceAppId.compare(resourceAppId, Qt::CaseInsensitive) != 0)
            continue;
        if (g.consentType != "AllPrincipals"_L1
            && g.principalId.compare(userId, Qt::CaseInsensitive) != 0)
            continue;
        for (const QString &s : g.scopes) {
            if (!out.contains(s))
                out << s;
        }
    }
    return out;
}

QStringList TenantState::rolesOf(const QString &principalId, const QString &resourceSpId) const
{
    const ServicePrincipal *resource = spById(resourceSpId);
    if (!resource)
        return {};
    QHash<QString, QString> valueById;
    for (const QJsonValue &r : resource->json.value("appRoles"_L1).toArray())
        valueById.insert(r.toObject().value("id"_L1).toString(), r.toObject().value("value"_L1).toString());
    QStringList out;
    for (const AppRoleAssignment &a : appRoleAssignments) {
        if (a.principalId.compare(principalId, Qt::CaseInsensitive) == 0
            && a.resourceId.compare(resourceSpId, Qt::CaseInsensitive) == 0) {
            const QString value = valueById.value(a.appRoleId);
            if (!value.isEmpty() && !out.contains(value))
                out << value;
        }
    }
    return out;
}

QString TenantState::addAppRoleAssignment(const QString &principalId, const QString &resourceId,
                                          const QString &appRoleId, AppRoleAssignment *created)
{
    const ServicePrincipal *principal = spById(principalId);
    const ServicePrincipal *resource = spById(resourceId);
    if (!principal || !resource)
        return u"Request_ResourceNotFound"_s;
    bool known = false;
    for (const QJsonValue &r : resource->json.value("appRoles"_L1).toArray())
        known = known || r.toObject().value("id"_L1).toString().compare(appRoleId, Qt::CaseInsensitive) == 0;
    if (!known)
        return u"Request_BadRequest"_s;
    for (const AppRoleAssignment &a : appRoleAssignments) {
        if (a.principalId.compare(principalId, Qt::CaseInsensitive) == 0
            && a.resourceId.compare(resourceId, Qt::CaseInsensitive) == 0
            && a.appRoleId.compare(appRoleId, Qt::CaseInsensitive) == 0)
            return u"Request_BadRequest:exists"_s;
    }
    AppRoleAssignment a;
    // Graph's assignment ids are base64url strings, not GUIDs.
    a.id = QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                               + QUuid::createUuid().toRfc4122().left(8).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    a.principalId = principal->id;
    a.principalDisplayName = principal->displayName;
    a.resourceId = resource->id;
    a.resourceDisplayName = resource->displayName;
    a.appRoleId = appRoleId.toLower();
    a.createdDateTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    appRoleAssignments.append(a);
    if (created)
        *created = a;
    return {};
}

bool TenantState::removeAppRoleAssignment(const QString &principalId, const QString &assignmentId)
{
    for (int i = 0; i < appRoleAssignments.size(); ++i) {
        if (appRoleAssignments[i].id == assignmentId
            && appRoleAssignments[i].principalId.compare(principalId, Qt::CaseInsensitive) == 0) {
            appRoleAssignments.removeAt(i);
            return true;
        }
    }
    return false;
}

} // namespace ie::sandbox
