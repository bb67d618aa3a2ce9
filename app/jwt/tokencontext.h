#pragma once

#include <QHash>
#include <QString>

namespace ie::catalog {
class Catalog;
}

namespace ie::jwt {

// What the explainer may use to name GUIDs: the catalog (apps, permissions, directory roles) and
// what the signed-in session knows (tenant names, identities in the tree by object id).
struct TokenContext
{
    const ie::catalog::Catalog *catalog = nullptr; // not owned; may be null
    QHash<QString, QString> tenantNames; // tid -> "Contoso (contoso.onmicrosoft.com)"
    QHash<QString, QString> identityNames; // object id -> display name
};

} // namespace ie::jwt
