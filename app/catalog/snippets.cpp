#include "catalog/snippets.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ie::catalog {

namespace {

// One translation context for the whole file, whether the text is in a member or a free
// function (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::catalog::Snippets)
};

QString orPlaceholder(const QString &value, const QString &placeholder)
{
    return value.isEmpty() ? placeholder : value;
}

// Terraform and Bicep identifiers: letters, digits and underscores.
QString identifier(const QString &value)
{
    QString out;
    for (QChar c : value)
        out.append(c.isLetterOrNumber() ? c.toLower() : u'_');
    while (out.contains("__"_L1))
        out.replace("__"_L1, "_"_L1);
    if (out.isEmpty() || out.front().isDigit())
        out.prepend("r_"_L1);
    return out;
}

// The first comment line of each snippet names the identity ("to the identity vm-batch-01"),
// its name made one line of printable text so that it cannot end the comment.
QList<Snippet> naming(QList<Snippet> snippets, const SnippetTarget &t)
{
    QString name;
    for (const QChar c : t.principalName.simplified()) {
        const auto category = c.category();
        name.append(category == QChar::Other_Control || category == QChar::Other_Format
                                    || category == QChar::Separator_Line
                                    || category == QChar::Separator_Paragraph
                            ? u' '
                            : c);
    }
    name = name.simplified();
    if (name.isEmpty())
        return snippets;
    for (Snippet &s : snippets) {
        const qsizetype end = s.text.indexOf(u'\n');
        const QString first = s.text.left(end);
        if (!first.startsWith(u'#') && !first.startsWith("//"_L1))
            continue;
        const qsizetype at = first.indexOf(" the identity"_L1);
        if (at >= 0)
            s.text.insert(at + 13, u' ' + name);
    }
    return snippets;
}

QList<Snippet> appRoleSnippets(const Entry &e, const SnippetTarget &t)
{
    const QString principal = orPlaceholder(t.principalObjectId, u"<principal-object-id>"_s);
    const QString graph = t.graphUrl.endsWith(u'/') ? t.graphUrl.chopped(1) : t.graphUrl;
    const bool knownResource = !t.resourceObjectId.isEmpty();
    const QString label = e.value.isEmpty() ? e.displayName : e.value;
    QList<Snippet> out;

    // Shell: resolve the resource service principal from its appId when not known.
    const QString shellResource = knownResource
            ? t.resourceObjectId
            : u"$(az ad sp show --id %1 --query id -o tsv)"_s.arg(e.resourceAppId);

    out.append(
            {u"curl"_s, Tr::tr("Graph REST (curl)"), u"bash"_s,
             u"# Grant %1 (%2) to the identity\n"
             "RESOURCE_ID=\"%3\"\n"
             "TOKEN=\"$(az account get-access-token --resource %4 --query accessToken -o tsv)\"\n"
             "curl -sS -X POST \"%4/v1.0/servicePrincipals/%5/appRoleAssignments\" \\\n"
             "  -H \"Authorization: Bearer $TOKEN\" -H \"Content-Type: application/json\" \\\n"
             "  -d \"{\\\"principalId\\\": \\\"%5\\\", \\\"resourceId\\\": \\\"$RESOURCE_ID\\\", "
             "\\\"appRoleId\\\": \\\"%6\\\"}\"\n"_s.arg(label, e.resourceName, shellResource, graph,
                                                        principal, e.id)});
    out.append({u"az-rest"_s, Tr::tr("Azure CLI (az rest)"), u"bash"_s,
                u"# Grant %1 (%2) to the identity\n"
                "az rest --method POST \\\n"
                "  --uri \"%3/v1.0/servicePrincipals/%4/appRoleAssignments\" \\\n"
                "  --body \"{\\\"principalId\\\": \\\"%4\\\", \\\"resourceId\\\": \\\"%5\\\", "
                "\\\"appRoleId\\\": \\\"%6\\\"}\"\n"_s.arg(label, e.resourceName, graph, principal,
                                                           shellResource, e.id)});

    const QString psResource = knownResource
            ? u"$resourceId = \"%1\""_s.arg(t.resourceObjectId)
            : u"$resourceId = (Get-MgServicePrincipal -Filter \"appId eq '%1'\").Id"_s.arg(
                    e.resourceAppId);
    out.append({u"powershell"_s, Tr::tr("Microsoft Graph PowerShell"), u"powershell"_s,
                u"# Grant %1 (%2) to the identity\n"
                "Connect-MgGraph -Scopes AppRoleAssignment.ReadWrite.All, Application.Read.All\n"
                "%3\n"
                "New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId \"%4\" `\n"
                "  -PrincipalId \"%4\" -ResourceId $resourceId -AppRoleId \"%5\"\n"_s.arg(
                        label, e.resourceName, psResource, principal, e.id)});

    const QString name = identifier(label);
    const QString bicepResource
            = knownResource ? u"'%1'"_s.arg(t.resourceObjectId) : u"resourceSp.id"_s;
    QString bicep = u"// Grant %1 (%2) to the identity\n"
                    "extension microsoftGraphV1\n\n"_s.arg(label, e.resourceName);
    if (!knownResource)
        bicep += u"resource resourceSp 'Microsoft.Graph/servicePrincipals@v1.0' existing = {\n"
                 "  appId: '%1'\n}\n\n"_s.arg(e.resourceAppId);
    bicep += u"resource %1 'Microsoft.Graph/appRoleAssignedTo@v1.0' = {\n"
             "  appRoleId: '%2'\n"
             "  principalId: '%3'\n"
             "  resourceId: %4\n}\n"_s.arg(name, e.id, principal, bicepResource);
    out.append({u"bicep"_s, Tr::tr("Bicep (Microsoft Graph extension)"), u"bicep"_s, bicep});

    QString tf = u"# Grant %1 (%2) to the identity\n"_s.arg(label, e.resourceName);
    if (!knownResource)
        tf += u"data \"azuread_service_principal\" \"resource\" {\n"
              "  client_id = \"%1\"\n}\n\n"_s.arg(e.resourceAppId);
    tf += u"resource \"azuread_app_role_assignment\" \"%1\" {\n"
          "  app_role_id         = \"%2\"\n"
          "  principal_object_id = \"%3\"\n"
          "  resource_object_id  = %4\n}\n"_s.arg(
                  name, e.id, principal,
                  knownResource ? u"\"%1\""_s.arg(t.resourceObjectId)
                                : u"data.azuread_service_principal.resource.object_id"_s);
    out.append({u"terraform"_s, Tr::tr("Terraform (azuread)"), u"hcl"_s, tf});
    return out;
}

// A role assignment in Bicep, deployed at the level of the scope: a management group
// (targetScope 'managementGroup', the role by its tenant-level id), a subscription, a resource
// group, or a resource inside one (an extension resource on an `existing` reference). The name is
// guid() of the lower-cased scope, principal and role, which is the name this app derives, so
// either can create it first and the other finds it there.
QString bicepRoleAssignment(const Entry &e, const SnippetTarget &t)
{
    const QString principal = orPlaceholder(t.principalObjectId, u"<principal-object-id>"_s);
    const QString scope = t.scope;
    const QString name = identifier(e.value);
    const QString role = e.id.toLower();
    static const QString groups = u"/providers/Microsoft.Management/managementGroups/"_s;
    const int depth = int(scope.count(u'/'));
    QString head, scopeId, roleId, scopeLine;
    if (scope.startsWith(groups, Qt::CaseInsensitive)) {
        head = u"// Deploy with: az deployment mg create --management-group-id %1 --location "
               "<location> --template-file main.bicep\ntargetScope = 'managementGroup'\n\n"_s.arg(
                       scope.mid(groups.size()));
        scopeId = u"managementGroup().id"_s;
        roleId = u"tenantResourceId('Microsoft.Authorization/roleDefinitions', '%1')"_s.arg(role);
    } else if (scope.startsWith("/subscriptions/"_L1, Qt::CaseInsensitive) && depth == 2) {
        head = u"// Deploy with: az deployment sub create --location <location> "
               "--template-file main.bicep\ntargetScope = 'subscription'\n\n"_s;
        scopeId = u"subscription().id"_s;
        roleId = u"subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '%1')"_s.arg(
                role);
    } else {
        head = u"// Deploy with: az deployment group create --resource-group %1 "
               "--template-file main.bicep\n\n"_s.arg(scope.isEmpty() ? u"<resource-group>"_s
                                                                      : scope.section(u'/', 4, 4));
        scopeId = u"resourceGroup().id"_s;
        roleId = u"subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '%1')"_s.arg(
                role);
        if (depth > 4) {
            // A resource: assign on it through an existing reference.
            const QString type = scope.section(u'/', 6, 7);
            head += u"resource target '%1@<api-version>' existing = {\n  name: '%2'\n}\n\n"_s.arg(
                    type, scope.section(u'/', 8));
            scopeId = u"target.id"_s;
            scopeLine = u"  scope: target\n"_s;
        }
    }
    return u"// Assign the Azure role %1 to the identity\n%2"
           "resource %3 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n"
           "%4"
           "  name: guid(toLower(%5), '%6', '%7')\n"
           "  properties: {\n"
           "    roleDefinitionId: %8\n"
           "    principalId: '%9'\n"
           "    principalType: 'ServicePrincipal'\n  }\n}\n"_s.arg(e.value, head, name, scopeLine,
                                                                   scopeId, principal.toLower(),
                                                                   role, roleId, principal);
}

QList<Snippet> azureRoleSnippets(const Entry &e, const SnippetTarget &t)
{
    const QString principal = orPlaceholder(t.principalObjectId, u"<principal-object-id>"_s);
    const QString scope = orPlaceholder(t.scope, u"/subscriptions/<subscription-id>"_s);
    const QString name = identifier(e.value);
    QList<Snippet> out;
    out.append({u"az-role"_s, Tr::tr("Azure CLI (az role assignment create)"), u"bash"_s,
                u"# Assign the Azure role %1 to the identity\n"
                "az role assignment create \\\n"
                "  --assignee-object-id \"%2\" --assignee-principal-type ServicePrincipal \\\n"
                "  --role \"%3\" \\\n"
                "  --scope \"%4\"\n"_s.arg(e.value, principal, e.id, scope)});
    // The same name as Bicep's guid() and this app's own assignments, when the plan knows it:
    // whichever creates the assignment first, the others find it.
    const QString tfName = t.assignmentName.isEmpty()
            ? QString()
            : u"  name               = \"%1\"\n"_s.arg(t.assignmentName);
    out.append(
            {u"terraform-rbac"_s, Tr::tr("Terraform (azurerm)"), u"hcl"_s,
             u"# Assign the Azure role %1 to the identity\n"
             "resource \"azurerm_role_assignment\" \"%2\" {\n"
             "%7"
             "  scope              = \"%3\"\n"
             "  role_definition_id = \"%4/providers/Microsoft.Authorization/roleDefinitions/%5\"\n"
             "  principal_id       = \"%6\"\n"
             "  principal_type     = \"ServicePrincipal\"\n}\n"_s.arg(
                     e.value, name, scope,
                     scope.startsWith("/subscriptions/"_L1) ? scope.section(u'/', 0, 2) : QString(),
                     e.id, principal, tfName)});
    const QString arm = t.armUrl.endsWith(u'/') ? t.armUrl.chopped(1) : t.armUrl;
    const QString assignment = t.assignmentName.isEmpty() ? u"$(uuidgen)"_s : t.assignmentName;
    const QString roleDefinitionId = (scope.startsWith("/subscriptions/"_L1) ? scope.section(u'/', 0, 2) : QString())
            + u"/providers/Microsoft.Authorization/roleDefinitions/"_s + e.id;
    out.append({u"curl-rbac"_s, Tr::tr("ARM REST (curl)"), u"bash"_s,
                u"# Assign the Azure role %1 to the identity\n"
                "TOKEN=\"$(az account get-access-token --resource %2 --query accessToken -o tsv)\"\n"
                "curl -sS -X PUT \"%2%3/providers/Microsoft.Authorization/roleAssignments/%4"
                "?api-version=2022-04-01\" \\\n"
                "  -H \"Authorization: Bearer $TOKEN\" -H \"Content-Type: application/json\" \\\n"
                "  -d \"{\\\"properties\\\": {\\\"roleDefinitionId\\\": \\\"%5\\\", "
                "\\\"principalId\\\": \\\"%6\\\", \\\"principalType\\\": "
                "\\\"ServicePrincipal\\\"}}\"\n"_s.arg(e.value, arm, scope, assignment,
                                                          roleDefinitionId, principal)});
    out.append({u"az-powershell"_s, Tr::tr("Az PowerShell"), u"powershell"_s,
                u"# Assign the Azure role %1 to the identity\n"
                "Connect-AzAccount\n"
                "New-AzRoleAssignment -ObjectId \"%2\" `\n"
                "  -RoleDefinitionId \"%3\" `\n"
                "  -Scope \"%4\" -ObjectType ServicePrincipal\n"_s.arg(e.value, principal, e.id, scope)});
    out.append({u"bicep-rbac"_s, Tr::tr("Bicep"), u"bicep"_s, bicepRoleAssignment(e, t)});
    return out;
}

QList<Snippet> directoryRoleSnippets(const Entry &e, const SnippetTarget &t)
{
    const QString principal = orPlaceholder(t.principalObjectId, u"<principal-object-id>"_s);
    const QString graph = t.graphUrl.endsWith(u'/') ? t.graphUrl.chopped(1) : t.graphUrl;
    QList<Snippet> out;
    // https://learn.microsoft.com/graph/api/rbacapplication-post-roleassignments
    out.append({u"curl"_s, Tr::tr("Graph REST (curl)"), u"bash"_s,
                u"# Assign the directory role %1 to the identity, tenant-wide\n"
                "TOKEN=\"$(az account get-access-token --resource %2 --query accessToken -o tsv)\"\n"
                "curl -sS -X POST \"%2/v1.0/roleManagement/directory/roleAssignments\" \\\n"
                "  -H \"Authorization: Bearer $TOKEN\" -H \"Content-Type: application/json\" \\\n"
                "  -d '{\"principalId\": \"%3\", \"roleDefinitionId\": \"%4\", "
                "\"directoryScopeId\": \"/\"}'\n"_s.arg(e.value, graph, principal, e.id)});
    out.append({u"bicep"_s, Tr::tr("Bicep (Microsoft Graph extension)"), u"bicep"_s,
                u"// The Microsoft Graph Bicep extension has no resource for directory role\n"
                "// assignments: assign %1 with the az rest or PowerShell lines of this plan.\n"_s
                        .arg(e.value)});
    out.append({u"az-rest"_s, Tr::tr("Azure CLI (az rest)"), u"bash"_s,
                u"# Assign the directory role %1 to the identity, tenant-wide\n"
                "az rest --method POST \\\n"
                "  --uri \"%2/v1.0/roleManagement/directory/roleAssignments\" \\\n"
                "  --body \"{\\\"principalId\\\": \\\"%3\\\", \\\"roleDefinitionId\\\": "
                "\\\"%4\\\", \\\"directoryScopeId\\\": \\\"/\\\"}\"\n"_s.arg(e.value, graph,
                                                                             principal, e.id)});
    out.append({u"powershell"_s, Tr::tr("Microsoft Graph PowerShell"), u"powershell"_s,
                u"# Assign the directory role %1 to the identity, tenant-wide\n"
                "Connect-MgGraph -Scopes RoleManagement.ReadWrite.Directory\n"
                "New-MgRoleManagementDirectoryRoleAssignment -PrincipalId \"%2\" `\n"
                "  -RoleDefinitionId \"%3\" -DirectoryScopeId \"/\"\n"_s.arg(e.value, principal,
                                                                             e.id)});
    out.append({u"terraform"_s, Tr::tr("Terraform (azuread)"), u"hcl"_s,
                u"# Assign the directory role %1 to the identity, tenant-wide\n"
                "resource \"azuread_directory_role_assignment\" \"%2\" {\n"
                "  role_id             = \"%3\"\n"
                "  principal_object_id = \"%4\"\n}\n"_s.arg(e.value, identifier(e.value), e.id,
                                                            principal)});
    return out;
}

} // namespace

QList<Snippet> revokeSnippetsFor(const Entry &e, const SnippetTarget &t, const QString &assignmentId)
{
    const QString principal = orPlaceholder(t.principalObjectId, u"<principal-object-id>"_s);
    const QString graph = t.graphUrl.endsWith(u'/') ? t.graphUrl.chopped(1) : t.graphUrl;
    const QString arm = t.armUrl.endsWith(u'/') ? t.armUrl.chopped(1) : t.armUrl;
    const QString label = e.value.isEmpty() ? e.displayName : e.value;
    QList<Snippet> out;
    if (e.kind == Kind::AppRole || e.kind == Kind::TenantAppRole) {
        const QString url = u"%1/v1.0/servicePrincipals/%2/appRoleAssignments/%3"_s.arg(graph, principal, assignmentId);
        out.append({u"curl"_s, Tr::tr("Graph REST (curl)"), u"bash"_s,
                    u"# Revoke %1 (%2) from the identity\n"
                    "TOKEN=\"$(az account get-access-token --resource %3 --query accessToken -o tsv)\"\n"
                    "curl -sS -X DELETE \"%4\" -H \"Authorization: Bearer $TOKEN\"\n"_s.arg(
                            label, e.resourceName, graph, url)});
        out.append({u"az-rest"_s, Tr::tr("Azure CLI (az rest)"), u"bash"_s,
                    u"# Revoke %1 (%2) from the identity\n"
                    "az rest --method DELETE --uri \"%3\"\n"_s.arg(label, e.resourceName, url)});
        out.append({u"powershell"_s, Tr::tr("Microsoft Graph PowerShell"), u"powershell"_s,
                    u"# Revoke %1 (%2) from the identity\n"
                    "Connect-MgGraph -Scopes AppRoleAssignment.ReadWrite.All\n"
                    "Remove-MgServicePrincipalAppRoleAssignment -ServicePrincipalId \"%3\" `\n"
                    "  -AppRoleAssignmentId \"%4\"\n"_s.arg(label, e.resourceName, principal, assignmentId)});
        out.append({u"bicep"_s, Tr::tr("Bicep (Microsoft Graph extension)"), u"bicep"_s,
                    u"// Revoke %1 (%2): delete the Microsoft.Graph/appRoleAssignedTo resource with\n"
                    "// appRoleId '%3' and principalId '%4' from the template; Bicep does not delete\n"
                    "// Graph resources itself, so also run the az rest DELETE of this plan.\n"_s.arg(
                            label, e.resourceName, e.id, principal)});
        out.append({u"terraform"_s, Tr::tr("Terraform (azuread)"), u"hcl"_s,
                    u"# Revoke %1 (%2): remove the azuread_app_role_assignment with\n"
                    "# app_role_id = \"%3\" and principal_object_id = \"%4\" from the configuration\n"
                    "# and run terraform apply.\n"_s.arg(label, e.resourceName, e.id, principal)});
    } else if (e.kind == Kind::DirectoryRole) {
        // https://learn.microsoft.com/graph/api/unifiedroleassignment-delete
        const QString url = u"%1/v1.0/roleManagement/directory/roleAssignments/%2"_s.arg(graph, assignmentId);
        out.append({u"curl"_s, Tr::tr("Graph REST (curl)"), u"bash"_s,
                    u"# Remove the directory role %1 from the identity\n"
                    "TOKEN=\"$(az account get-access-token --resource %2 --query accessToken -o tsv)\"\n"
                    "curl -sS -X DELETE \"%3\" -H \"Authorization: Bearer $TOKEN\"\n"_s.arg(
                            label, graph, url)});
        out.append({u"az-rest"_s, Tr::tr("Azure CLI (az rest)"), u"bash"_s,
                    u"# Remove the directory role %1 from the identity\n"
                    "az rest --method DELETE --uri \"%2\"\n"_s.arg(label, url)});
        out.append({u"powershell"_s, Tr::tr("Microsoft Graph PowerShell"), u"powershell"_s,
                    u"# Remove the directory role %1 from the identity\n"
                    "Connect-MgGraph -Scopes RoleManagement.ReadWrite.Directory\n"
                    "Remove-MgRoleManagementDirectoryRoleAssignment "
                    "-UnifiedRoleAssignmentId \"%2\"\n"_s.arg(label, assignmentId)});
        out.append({u"bicep"_s, Tr::tr("Bicep (Microsoft Graph extension)"), u"bicep"_s,
                    u"// The Microsoft Graph Bicep extension has no resource for directory role\n"
                    "// assignments: remove %1 with the az rest DELETE of this plan.\n"_s.arg(label)});
        out.append({u"terraform"_s, Tr::tr("Terraform (azuread)"), u"hcl"_s,
                    u"# Remove the directory role %1: remove the azuread_directory_role_assignment\n"
                    "# with role_id = \"%2\" and principal_object_id = \"%3\" from the\n"
                    "# configuration and run terraform apply.\n"_s.arg(label, e.id, principal)});
    } else if (e.kind == Kind::AzureRole) {
        out.append({u"curl-rbac"_s, Tr::tr("ARM REST (curl)"), u"bash"_s,
                    u"# Remove the Azure role %1 from the identity\n"
                    "TOKEN=\"$(az account get-access-token --resource %2 --query accessToken -o tsv)\"\n"
                    "curl -sS -X DELETE \"%2%3?api-version=2022-04-01\" -H \"Authorization: Bearer $TOKEN\"\n"_s.arg(
                            label, arm, assignmentId)});
        out.append({u"az-role"_s, Tr::tr("Azure CLI (az role assignment delete)"), u"bash"_s,
                    u"# Remove the Azure role %1 from the identity\n"
                    "az role assignment delete --ids \"%2\"\n"_s.arg(label, assignmentId)});
        out.append({u"az-powershell"_s, Tr::tr("Az PowerShell"), u"powershell"_s,
                    u"# Remove the Azure role %1 from the identity\n"
                    "Connect-AzAccount\n"
                    "Remove-AzRoleAssignment -ObjectId \"%2\" -RoleDefinitionId \"%3\" `\n"
                    "  -Scope \"%4\"\n"_s.arg(label, principal, e.id, t.scope)});
        out.append({u"bicep-rbac"_s, Tr::tr("Bicep"), u"bicep"_s,
                    u"// Remove the Azure role %1: delete the Microsoft.Authorization/roleAssignments\n"
                    "// resource '%2' from the template and deploy with --mode Complete, or run the\n"
                    "// az role assignment delete of this plan.\n"_s.arg(label, assignmentId.section(u'/', -1))});
        out.append({u"terraform-rbac"_s, Tr::tr("Terraform (azurerm)"), u"hcl"_s,
                    u"# Remove the Azure role %1: remove the azurerm_role_assignment for\n"
                    "# %2 from the configuration and run terraform apply.\n"_s.arg(label, assignmentId)});
    }
    return naming(out, t);
}

QList<Snippet> snippetsFor(const Entry &entry, const SnippetTarget &target)
{
    switch (entry.kind) {
    case Kind::AppRole:
    case Kind::TenantAppRole:
        return naming(appRoleSnippets(entry, target), target);
    case Kind::AzureRole:
        return naming(azureRoleSnippets(entry, target), target);
    case Kind::DirectoryRole:
        return naming(directoryRoleSnippets(entry, target), target);
    case Kind::Scope:
    case Kind::App:
    case Kind::KnownGuid:
        break;
    }
    return {};
}

QList<Snippet> delegatedGrantRevokeSnippets(const SnippetTarget &t, const QString &grantId,
                                            const QStringList &removed,
                                            const QStringList &scopesLeft,
                                            const QString &userObjectId)
{
    const QString client = orPlaceholder(t.principalObjectId, u"<client-object-id>"_s);
    const QString resource = orPlaceholder(t.resourceObjectId, u"<resource-object-id>"_s);
    const QString graph = t.graphUrl.endsWith(u'/') ? t.graphUrl.chopped(1) : t.graphUrl;
    const QString url = u"%1/v1.0/oauth2PermissionGrants/%2"_s.arg(graph, grantId);
    const QString what = removed.join(u' ');
    const QString left = scopesLeft.join(u' ');
    const bool remove = scopesLeft.isEmpty();
    const QString head = remove ? u"Delete the delegated permission grant %1 (%2) of the identity\n"_s.arg(grantId, what)
                                : u"Remove %1 from the delegated permission grant of the identity\n"_s.arg(what);
    QStringList claims;
    for (const QString &c : scopesLeft)
        claims << u'"' + c + u'"';
    QList<Snippet> out;
    out.append({u"curl"_s, Tr::tr("Graph REST (curl)"), u"bash"_s,
                u"# "_s + head
                        + u"TOKEN=\"$(az account get-access-token --resource %1 --query accessToken -o tsv)\"\n"_s.arg(graph)
                        + (remove ? u"curl -sS -X DELETE \"%1\" -H \"Authorization: Bearer $TOKEN\"\n"_s.arg(url)
                                  : u"curl -sS -X PATCH \"%1\" -H \"Authorization: Bearer $TOKEN\" \\\n"
                                    "  -H \"Content-Type: application/json\" -d '{\"scope\": \"%2\"}'\n"_s.arg(url, left))});
    out.append({u"az-rest"_s, Tr::tr("Azure CLI (az rest)"), u"bash"_s,
                u"# "_s + head
                        + (remove ? u"az rest --method DELETE --uri \"%1\"\n"_s.arg(url)
                                  : u"az rest --method PATCH --uri \"%1\" \\\n"
                                    "  --headers Content-Type=application/json --body '{\"scope\": \"%2\"}'\n"_s.arg(url, left))});
    out.append({u"powershell"_s, Tr::tr("Microsoft Graph PowerShell"), u"powershell"_s,
                u"# "_s + head + u"Connect-MgGraph -Scopes DelegatedPermissionGrant.ReadWrite.All\n"_s
                        + (remove ? u"Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId \"%1\"\n"_s.arg(grantId)
                                  : u"Update-MgOauth2PermissionGrant -OAuth2PermissionGrantId \"%1\" -Scope \"%2\"\n"_s.arg(grantId, left))});
    out.append({u"bicep"_s, Tr::tr("Bicep (Microsoft Graph extension)"), u"bicep"_s,
                remove ? u"// "_s + head
                                 + u"// Bicep does not delete Graph resources: remove the\n"
                                   "// Microsoft.Graph/oauth2PermissionGrants resource from the template and run the\n"
                                   "// az rest DELETE of this plan.\n"_s
                       : u"// "_s + head
                                 + u"extension microsoftGraphV1\n\n"
                                   "resource grant 'Microsoft.Graph/oauth2PermissionGrants@v1.0' = {\n"
                                   "  clientId: '%1'\n"
                                   "  resourceId: '%2'\n"
                                   "  consentType: '%3'\n%4"
                                   "  scope: '%5'\n"
                                   "}\n"_s.arg(client, resource,
                                               userObjectId.isEmpty() ? u"AllPrincipals"_s : u"Principal"_s,
                                               userObjectId.isEmpty() ? QString() : u"  principalId: '%1'\n"_s.arg(userObjectId),
                                               left)});
    const QString user = userObjectId.isEmpty() ? QString() : u"  user_object_id                       = \"%1\"\n"_s.arg(userObjectId);
    out.append({u"terraform"_s, Tr::tr("Terraform (azuread)"), u"hcl"_s,
                remove ? u"# "_s + head
                                 + u"# Remove this resource from the configuration and run terraform apply (import it\n"
                                   "# first if Terraform does not manage it yet):\n"
                                   "import {\n  to = azuread_service_principal_delegated_permission_grant.grant\n  id = \"%1\"\n}\n"_s.arg(grantId)
                       : u"# "_s + head
                                 + u"resource \"azuread_service_principal_delegated_permission_grant\" \"grant\" {\n"
                                   "  service_principal_object_id          = \"%1\"\n"
                                   "  resource_service_principal_object_id = \"%2\"\n"
                                   "  claim_values                         = [%3]\n%4"
                                   "}\n"_s.arg(client, resource, claims.join(u", "_s), user)});
    return naming(out, t);
}

} // namespace ie::catalog
