#pragma once

#include <QStringList>

namespace ie::catalog {

// `identity-explorer catalog-export --out DIR [--graph URL] [--arm URL] [--subscription ID]`:
// regenerates the bundled catalog files (resources/catalog/*.json, same shapes) from a tenant's
// live Graph and ARM responses, through the app's own HTTP client. Bearer tokens come from the
// environment (IE_GRAPH_TOKEN, IE_ARM_TOKEN; e.g. from `az account get-access-token`), are kept in
// memory only and are sent only to the Graph and ARM hosts. See docs/catalog.md.
// Exit 0 when every file was written, 1 when a request failed, 2 on bad arguments.
int runCatalogExport(const QStringList &args);

} // namespace ie::catalog
