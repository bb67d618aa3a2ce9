#pragma once

#include "cli/listcommand.h"

namespace ie::sandbox {

// The default connection of the command-line verbs until the shared credential options land: a
// fresh sandbox tenant served in-process on 127.0.0.1, signed in as its documented admin app.
Result<ie::cli::Connection> connectInProcessSandbox(ie::net::HttpClient &client);

} // namespace ie::sandbox
