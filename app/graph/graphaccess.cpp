#include "graph/graphaccess.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ie::graph {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::graph::GraphAccess)
};

struct KnownRole
{
    const char *name;
    const char *templateId;
};

// https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference
constexpr KnownRole KnownRoles[] = {
        {"Global Administrator", "62e90394-69f5-4237-9190-012177145e10"},
        {"Privileged Role Administrator", "e8611ab8-c189-46e8-94e1-60213ab1f814"},
        {"Cloud Application Administrator", "158c047a-c907-4556-b7ef-446551a6b5f7"},
        {"Application Administrator", "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"},
        {"Global Reader", "f2ef992c-3afb-46b9-b7cf-a126ee74c451"},
        {"Directory Readers", "88d8e3e3-8f55-4a1e-953a-9b9898b8876b"},
        {"Directory Writers", "9360feb5-f418-4baa-8175-e2a00bac4301"},
        {"Directory Synchronization Accounts", "d29b2b05-8046-44ba-8758-1e26182fcf32"},
        {"Hybrid Identity Administrator", "8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2"},
        {"Identity Governance Administrator", "45d8d3c5-c802-45c6-b32a-1d70b5e1e86e"},
        {"User Administrator", "fe930be7-5e62-47db-91af-98c3a49a38b1"},
        {"Application Developer", "cf1c38e5-3621-4004-a7cb-879624dced7c"},
};

const QStringList ReadDirectory = {u"Application.Read.All"_s, u"Application.ReadWrite.All"_s,
                                   u"Directory.Read.All"_s, u"Directory.ReadWrite.All"_s};

// The "rbac-approleassignments" role lists of the Graph reference (least privileged first where
// the app names them to a person).
const QStringList WriteRoles = {u"Privileged Role Administrator"_s,
                                u"Cloud Application Administrator"_s,
                                u"Application Administrator"_s,
                                u"Directory Writers"_s,
                                u"Directory Synchronization Accounts"_s,
                                u"Hybrid Identity Administrator"_s,
                                u"Identity Governance Administrator"_s,
                                u"User Administrator"_s,
                                u"Global Administrator"_s};
const QStringList ReadRoles = {u"Directory Readers"_s,
                               u"Global Reader"_s,
                               u"Privileged Role Administrator"_s,
                               u"Cloud Application Administrator"_s,
                               u"Application Administrator"_s,
                               u"Directory Writers"_s,
                               u"Directory Synchronization Accounts"_s,
                               u"Hybrid Identity Administrator"_s,
                               u"Identity Governance Administrator"_s,
                               u"User Administrator"_s,
                               u"Global Administrator"_s};
// The least privileged roles the oauth2PermissionGrant update and delete pages list.
const QStringList GrantWriteRoles = {u"Application Administrator"_s,
                                     u"Application Developer"_s,
                                     u"Cloud Application Administrator"_s,
                                     u"Directory Writers"_s,
                                     u"Privileged Role Administrator"_s,
                                     u"User Administrator"_s,
                                     u"Global Administrator"_s};
const QStringList GrantReadRoles = GrantWriteRoles + QStringList{u"Directory Readers"_s,
                                                                 u"Global Reader"_s};
const QStringList TierZeroRoles = {u"Privileged Role Administrator"_s, u"Global Administrator"_s};

bool holdsOne(const QStringList &held, const QStringList &wanted)
{
    if (wanted.isEmpty())
        return true;
    for (const QString &w : wanted) {
        if (held.contains(w, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// "A, B or C" for the first `max` names.
QString orList(QStringList names, int max = 3)
{
    if (names.size() > max)
        names = names.mid(0, max);
    if (names.size() == 1)
        return names.first();
    const QString last = names.takeLast();
    //: joins names: "A, B or C"
    return Tr::tr("%1 or %2").arg(names.join(u", "_s), last);
}

QString actionOf(GraphOperation op, bool tierZero)
{
    switch (op) {
    case GraphOperation::ReadServicePrincipals:
        return Tr::tr("reading service principals");
    case GraphOperation::ReadAppRoleAssignments:
        return Tr::tr("reading app role assignments");
    case GraphOperation::GrantAppRole:
        return tierZero ? Tr::tr("granting app roles of Microsoft Graph")
                        : Tr::tr("granting app roles");
    case GraphOperation::RevokeAppRole:
        return tierZero ? Tr::tr("revoking app roles of Microsoft Graph")
                        : Tr::tr("revoking app roles");
    case GraphOperation::ReadDirectoryRoles:
        return Tr::tr("reading directory role assignments");
    case GraphOperation::WriteDirectoryRoles:
        return Tr::tr("assigning or removing directory roles");
    case GraphOperation::ReadDelegatedGrants:
        return Tr::tr("reading delegated permission grants");
    case GraphOperation::WriteDelegatedGrants:
        return Tr::tr("changing or deleting delegated permission grants");
    case GraphOperation::ReadOwnership:
        return Tr::tr("reading owners and owned objects");
    }
    return {};
}

} // namespace

bool isTierZeroResourceApp(const QString &appId)
{
    return appId.compare("00000003-0000-0000-c000-000000000000"_L1, Qt::CaseInsensitive) == 0
            || appId.compare("00000002-0000-0000-c000-000000000000"_L1, Qt::CaseInsensitive) == 0;
}

GraphRequirement requirementFor(GraphOperation operation, bool tierZeroResource)
{
    switch (operation) {
    case GraphOperation::ReadServicePrincipals:
        return {ReadDirectory, {}, {}};
    case GraphOperation::ReadAppRoleAssignments:
        return {ReadDirectory, {}, ReadRoles};
    case GraphOperation::GrantAppRole:
        return {{u"AppRoleAssignment.ReadWrite.All"_s},
                ReadDirectory,
                tierZeroResource ? TierZeroRoles : WriteRoles};
    case GraphOperation::RevokeAppRole:
        return {{u"AppRoleAssignment.ReadWrite.All"_s},
                {},
                tierZeroResource ? TierZeroRoles : WriteRoles};
    case GraphOperation::ReadDirectoryRoles:
        return {{u"RoleManagement.Read.Directory"_s, u"Directory.Read.All"_s,
                 u"RoleManagement.ReadWrite.Directory"_s, u"Directory.ReadWrite.All"_s},
                {},
                {u"Directory Readers"_s, u"Global Reader"_s, u"Privileged Role Administrator"_s,
                 u"Global Administrator"_s}};
    case GraphOperation::WriteDirectoryRoles:
        return {{u"RoleManagement.ReadWrite.Directory"_s}, {}, TierZeroRoles};
    case GraphOperation::ReadDelegatedGrants:
        return {{u"Directory.Read.All"_s, u"DelegatedPermissionGrant.ReadWrite.All"_s,
                 u"Directory.ReadWrite.All"_s},
                {},
                GrantReadRoles};
    case GraphOperation::WriteDelegatedGrants:
        return {{u"DelegatedPermissionGrant.ReadWrite.All"_s, u"Directory.ReadWrite.All"_s},
                {},
                GrantWriteRoles};
    case GraphOperation::ReadOwnership: // any member user may, delegated
        return {{u"Application.Read.All"_s, u"Application.ReadWrite.All"_s,
                 u"Application.ReadWrite.OwnedBy"_s, u"Directory.Read.All"_s,
                 u"Directory.ReadWrite.All"_s},
                {},
                {}};
    }
    return {};
}

QString directoryRoleTemplateId(const QString &displayName)
{
    for (const KnownRole &r : KnownRoles) {
        if (displayName.compare(QLatin1StringView(r.name), Qt::CaseInsensitive) == 0)
            return QLatin1StringView(r.templateId);
    }
    return {};
}

QString explainGraphDenied(const ApiError &error, GraphOperation operation, bool tierZeroResource)
{
    const ApiError::Caller &c = error.caller;
    if (c.isEmpty())
        return error.message;
    const GraphRequirement need = requirementFor(operation, tierZeroResource);
    const QString action = actionOf(operation, tierZeroResource);
    const QStringList &held = c.delegated ? c.scopes : c.appRoles;
    QStringList missing;
    if (!holdsOne(held, need.anyOf))
        missing << need.anyOf.first();
    if (!holdsOne(held, need.andOneOf))
        missing << need.andOneOf.first();
    if (!c.delegated) {
        if (missing.isEmpty())
            return Tr::tr("Signed in as the application %1, which holds the permissions for %2, "
                          "yet Microsoft Graph refused: a permission may have been revoked since "
                          "its token was issued. Sign in again.")
                    .arg(c.name, action);
        return Tr::tr("Signed in as the application %1, which lacks the Microsoft Graph "
                      "application permission %2 needed for %3. Grant it to the application "
                      "(and consent), then sign in again.")
                .arg(c.name, missing.join(Tr::tr(" and ")), action);
    }
    if (!missing.isEmpty())
        return Tr::tr("Signed in as %1 through a client that was not granted the delegated "
                      "permission %2 on Microsoft Graph, needed for %3. An administrator can "
                      "consent to it for the client, or sign in with a client that has it.")
                .arg(c.name, missing.join(Tr::tr(" and ")), action);
    QStringList heldRoles;
    for (const QString &r : need.directoryRoles) {
        if (c.directoryRoleIds.contains(directoryRoleTemplateId(r), Qt::CaseInsensitive))
            heldRoles << r;
    }
    if (!need.directoryRoles.isEmpty() && heldRoles.isEmpty())
        return Tr::tr("Signed in as %1, which has no directory role that allows %2 (needs %3).")
                .arg(c.name, action, orList(need.directoryRoles));
    return Tr::tr("Signed in as %1, which holds what %2 needs, yet Microsoft Graph refused: a "
                  "role may have been removed since sign-in, or the object is protected. Sign "
                  "in again, or ask an administrator.")
            .arg(c.name, action);
}

} // namespace ie::graph
