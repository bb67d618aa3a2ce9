#pragma once

#include <QStringList>

namespace ie::cli {

// identity-explorer token --resource URI [--credential WAY] [--tenant T] [--client-id ID]
//                         [--cloud NAME | --cloud-config FILE] [--secret-stdin] [--json]
// Prints an access token for the resource: the token alone (pipes into `decode`), or with --json
// {"accessToken", "expiresOn", "tenant", "tokenType", "credential"}.
int runToken(const QStringList &args);

} // namespace ie::cli
