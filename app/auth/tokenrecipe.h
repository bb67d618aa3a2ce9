#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ie::auth {

// How to get a managed identity's access token where it lives. Its token comes only from the
// endpoint on its own host (IMDS on a VM, IDENTITY_ENDPOINT in App Service, Functions and
// Container Apps, the Azure Arc agent's challenge endpoint); outside the sandbox nothing here can
// mint it. These are the exact requests to run on that host, as Microsoft documents them, to paste
// the answer into the token inspector.
struct TokenRecipe
{
    QString title; // "On the VM (IMDS)"
    QString command; // one shell command (or two lines for Arc's challenge)
    QString note; // what to do with the answer
};

struct ManagedIdentityHost
{
    bool userAssigned = false;
    QString clientId; // the identity's client (app) id: needed for a user-assigned identity
    QString resourceType; // system-assigned: its resource's type ("Microsoft.Web/sites")
    QStringList attachedTo; // user-assigned: the ARM ids of the resources that use it
};

// The requests for `resource` (an App ID URI such as "https://graph.microsoft.com"), the most
// likely host first. A user-assigned identity names its client id in each (a host may carry
// several identities); a system-assigned one does not need to.
QList<TokenRecipe> managedIdentityRecipes(const ManagedIdentityHost &host, const QString &resource);

// The recipes as one text to show or copy.
QString recipesText(const QList<TokenRecipe> &recipes);

} // namespace ie::auth
