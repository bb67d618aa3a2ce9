#pragma once

#include <QString>
#include <QStringList>

namespace ie::need {

// What one input of `need` asks about. Only Azure operations are answered today; a Graph call
// is recognised so that it is reported as such (Microsoft's Graph permissions map is not
// bundled) and so that a Graph resolver can be added as another kind.
enum class InputKind {
    AzureAction, // "Microsoft.KeyVault/vaults/secrets/getSecret/action", "data:..."
    GraphCall, // "GET /users/{id}/messages", "https://graph.microsoft.com/v1.0/me"
};
InputKind classifyInput(const QString &text);
QString inputKindKey(InputKind kind); // "azure-action", "graph-call"

// `identity-explorer need [--json] ACTION...` (and `-` for stdin, one per line): the built-in
// Azure roles that grant each operation, fewest operations first, the smallest role that covers
// them all, and a custom role when none is close. `need --role NAME|GUID`: what a role grants.
// Exit 0 when every input resolved, 3 when some did not, 2 on bad usage, 1 when the catalog
// cannot load.
int runNeed(const QStringList &args);

} // namespace ie::need
