#pragma once

#include <QStringList>

namespace ie::catalog {

// `identity-explorer lookup QUERY... [--kind KIND] [--json] [--limit N]`: searches the bundled
// catalog (plus the cached live part of --tenant, when given). Exit 0 with at least one result,
// 1 with none, 2 on bad arguments.
int runLookup(const QStringList &args);

} // namespace ie::catalog
