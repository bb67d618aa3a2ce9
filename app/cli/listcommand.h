#pragma once

#include "core/result.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace ie::net {
class HttpClient;
}

namespace ie::cli {

// What keeps a connection alive (a token provider, an in-process server) while the client uses it.
using Connection = std::shared_ptr<QObject>;
// Points `client` at a cloud and gives it a token provider.
using Connector = std::function<Result<Connection>(ie::net::HttpClient &client)>;

// --cloud-config FILE (the JSON `az cloud register --cloud-config` reads, as the standalone
// sandbox writes it) with client credentials from AZURE_TENANT_ID, AZURE_CLIENT_ID and
// AZURE_CLIENT_SECRET.
Result<Connection> connectWithCloudConfig(const QString &file, ie::net::HttpClient &client);

// `identity-explorer list [--managed] [--json] [--cloud-config FILE]`: every identity the tree
// shows, read from Graph and ARM through the same IdentityLoader. Without --cloud-config it
// connects with `defaultConnection`. Exit codes: 0 the whole list, 1 nothing could be read,
// 2 bad arguments, 3 a partial list (a page failed for good; what was read is printed).
int runList(const QStringList &args, const Connector &defaultConnection);

} // namespace ie::cli
