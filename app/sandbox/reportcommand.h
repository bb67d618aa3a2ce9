#pragma once

#include <QStringList>

namespace ie::sandbox {

// `identity-explorer report [--managed] [--json] [--csv]`: every identity (or only the managed
// identities) with its Graph app roles and Azure role assignments. Until the credential options
// of `identity-explorer token` are shared, it runs against a fresh in-process sandbox tenant.
// Exit 0 on success, 1 on failure, 2 on bad arguments.
int runReport(const QStringList &args);

} // namespace ie::sandbox
