#pragma once

#include "auth/connector.h"

namespace ie::sandbox {

// The default connection of `list` and `report` when no sign-in option is given: a
// fresh sandbox tenant served in-process on 127.0.0.1, signed in as its documented admin app.
Result<ie::auth::Connection> connectInProcessSandbox(ie::net::HttpClient &client);

} // namespace ie::sandbox
