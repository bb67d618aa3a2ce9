#pragma once

#include "cli/tenantconnection.h"

#include <QStringList>

namespace ie::cli {

// `identity-explorer list [--managed] [--json]` with the sign-in options of `identity-explorer
// token` (CredentialOptions): every identity the tree shows, read from Graph and ARM through the
// same IdentityLoader. With no sign-in option it connects with `defaultConnection` (main.cpp
// passes the in-process sandbox). Exit codes: 0 the whole list, 1 nothing could be read (or the
// credential failed), 2 bad arguments, 3 a partial list (a page failed for good; what was read is
// printed).
int runList(const QStringList &args, const Connector &defaultConnection);

} // namespace ie::cli
