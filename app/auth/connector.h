#pragma once

#include "core/result.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ie::net {
class HttpClient;
}

namespace ie::auth {

// What keeps a connection alive (a token provider, a keychain, an in-process server) while the
// client uses it.
using Connection = std::shared_ptr<QObject>;
// Points `client` at a cloud and gives it a token provider (main.cpp passes the in-process
// sandbox to the verbs; the core never links the sandbox itself).
using Connector = std::function<Result<Connection>(ie::net::HttpClient &client)>;

} // namespace ie::auth
