#include "auth/tokenrecipe.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ie::auth {

namespace {

// The translation context of these texts; lupdate reads Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::auth::TokenRecipe)
};

enum class Host { Vm, AppService, Arc };

// A resource type ("Microsoft.Web/sites") or an ARM id (".../providers/Microsoft.Web/sites/x").
Host hostOf(const QString &typeOrId)
{
    QString t = typeOrId.toLower();
    const qsizetype providers = t.lastIndexOf("/providers/"_L1);
    if (providers >= 0)
        t = t.mid(providers + 11);
    // App Service, Functions, Logic Apps Standard and Container Apps: IDENTITY_ENDPOINT.
    if (t.startsWith("microsoft.web/"_L1) || t.startsWith("microsoft.app/"_L1))
        return Host::AppService;
    if (t.startsWith("microsoft.hybridcompute/"_L1))
        return Host::Arc;
    return Host::Vm; // VMs, scale sets, AKS nodes and most others use IMDS
}

// resource=…&client_id=…, each value percent-encoded as a query value.
QString query(const QString &resource, const ManagedIdentityHost &host)
{
    QString q = u"resource="_s + QString::fromLatin1(QUrl::toPercentEncoding(resource));
    if (host.userAssigned && !host.clientId.isEmpty())
        q += u"&client_id="_s + QString::fromLatin1(QUrl::toPercentEncoding(host.clientId));
    return q;
}

TokenRecipe recipeFor(Host kind, const ManagedIdentityHost &host, const QString &resource)
{
    const QString q = query(resource, host);
    switch (kind) {
    case Host::AppService:
        // https://learn.microsoft.com/azure/app-service/overview-managed-identity#rest-endpoint-reference
        return {Tr::tr("In App Service, Functions or Container Apps (IDENTITY_ENDPOINT)"),
                u"curl -s -H \"X-IDENTITY-HEADER: $IDENTITY_HEADER\" "
                "\"$IDENTITY_ENDPOINT?api-version=2019-08-01&%1\""_s.arg(q),
                Tr::tr("Run it in the app's console (Kudu/SSH) and paste the JSON answer into the token inspector.")};
    case Host::Arc:
        // https://learn.microsoft.com/azure/azure-arc/servers/managed-identity-authentication
        return {Tr::tr("On the Azure Arc-enabled server (challenge, then the key file)"),
                u"url=\"http://localhost:40342/metadata/identity/oauth2/token?api-version=2020-06-01&%1\"\n"
                "key=$(curl -s -D - -o /dev/null -H Metadata:true \"$url\" | sed -n 's/^WWW-Authenticate: Basic realm=\\([^[:space:]]*\\).*/\\1/ip')\n"
                "curl -s -H Metadata:true -H \"Authorization: Basic $(cat \"$key\")\" \"$url\""_s
                        .arg(q),
                Tr::tr("Run it as a member of the himds group (or root) and paste the JSON answer "
                   "into the token inspector.")};
    case Host::Vm:
        break;
    }
    // https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/how-to-use-vm-token
    return {Tr::tr("On the VM, scale set or AKS node (IMDS)"),
            u"curl -s -H Metadata:true "
            "\"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&%1\""_s
                    .arg(q),
            Tr::tr("Run it on the host and paste the JSON answer into the token inspector.")};
}

} // namespace

QList<TokenRecipe> managedIdentityRecipes(const ManagedIdentityHost &host, const QString &resource)
{
    QList<Host> kinds;
    if (host.userAssigned) {
        for (const QString &t : host.attachedTo) {
            const Host k = hostOf(t);
            if (!kinds.contains(k))
                kinds.append(k);
        }
        // Not attached anywhere ARM shows: any of the hosts could carry it.
        for (Host k : {Host::Vm, Host::AppService, Host::Arc}) {
            if (!kinds.contains(k))
                kinds.append(k);
        }
    } else {
        kinds.append(hostOf(host.resourceType));
    }
    QList<TokenRecipe> out;
    for (Host k : std::as_const(kinds))
        out.append(recipeFor(k, host, resource));
    // The Azure CLI on the same host, for those who have it there.
    out.append({Tr::tr("With the Azure CLI on that host"),
                (host.userAssigned && !host.clientId.isEmpty()
                         ? u"az login --identity --username %1 --allow-no-subscriptions\n"_s.arg(
                                 host.clientId)
                         : u"az login --identity --allow-no-subscriptions\n"_s)
                        + u"az account get-access-token --resource %1 --query accessToken -o tsv"_s
                                  .arg(resource),
                Tr::tr("Paste the token it prints into the token inspector.")});
    return out;
}

QString recipesText(const QList<TokenRecipe> &recipes)
{
    QStringList parts;
    for (const TokenRecipe &r : recipes)
        parts.append(r.title + u":\n"_s + r.command + u"\n# "_s + r.note);
    return parts.join(u"\n\n"_s);
}

} // namespace ie::auth
