#pragma once

#include "cli/tenantconnection.h"

#include <QStringList>

namespace ie::cli {

// `identity-explorer report [--managed] [--json | --csv]` with the sign-in options of
// `identity-explorer token` (CredentialOptions): every identity (or only the managed identities)
// with its Graph app roles and Azure role assignments, read as the grant panels' report reads
// them. With no sign-in option it connects with `defaultConnection` (main.cpp passes the
// in-process sandbox). A subscription that cannot be read is named on stderr and skipped. Exit 0
// on success, 1 when the credential or the Graph listing fails, 2 on bad arguments.
int runReport(const QStringList &args, const Connector &defaultConnection);

} // namespace ie::cli
