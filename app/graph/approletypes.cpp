#include "graph/approletypes.h"

namespace ie::graph {

const AppRole *ResourceApi::role(const QString &appRoleId) const
{
    for (const AppRole &r : appRoles) {
        if (r.id.compare(appRoleId, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

} // namespace ie::graph
