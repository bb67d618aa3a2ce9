#include "permissions/heldpermission.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ie::permissions {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::permissions::HeldPermission)
};

int tierRank(ie::catalog::Tier t)
{
    return t == ie::catalog::Tier::Untiered ? 99 : int(t);
}
} // namespace

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::AppRole:
        return u"app-role"_s;
    case Kind::AzureRole:
        return u"azure-role"_s;
    case Kind::DirectoryRole:
        return u"directory-role"_s;
    case Kind::DelegatedGrant:
        return u"delegated-grant"_s;
    case Kind::Ownership:
        return u"ownership"_s;
    }
    return {};
}

QString kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::AppRole:
        return Tr::tr("Graph app roles");
    case Kind::AzureRole:
        return Tr::tr("Azure roles");
    case Kind::DirectoryRole:
        return Tr::tr("Entra directory roles");
    case Kind::DelegatedGrant:
        return Tr::tr("Delegated permission grants");
    case Kind::Ownership:
        return Tr::tr("Ownership and control");
    }
    return {};
}

QList<Kind> allKinds()
{
    return {Kind::AppRole, Kind::AzureRole, Kind::DirectoryRole, Kind::DelegatedGrant,
            Kind::Ownership};
}

QString sourceKey(Source source)
{
    switch (source) {
    case Source::Direct:
        return u"direct"_s;
    case Source::Inherited:
        return u"inherited"_s;
    case Source::Group:
        return u"group"_s;
    case Source::Blueprint:
        return u"blueprint"_s;
    case Source::OwnedObject:
        return u"owned-object"_s;
    case Source::Owner:
        return u"owner"_s;
    }
    return {};
}

bool HeldPermission::sameAssignment(const HeldPermission &other) const
{
    return kind == other.kind && assignmentId.compare(other.assignmentId, Qt::CaseInsensitive) == 0
            && (kind != Kind::DelegatedGrant || roleName == other.roleName);
}

QList<HeldPermission> IdentityPermissions::ofKind(Kind kind) const
{
    QList<HeldPermission> out;
    for (const HeldPermission &p : items) {
        if (p.kind == kind)
            out.append(p);
    }
    return out;
}

bool IdentityPermissions::isComplete() const
{
    for (Kind k : allKinds()) {
        if (!states.contains(k) || (!states.value(k).loaded && states.value(k).error.isEmpty()))
            return false;
    }
    return true;
}

ie::catalog::Tier IdentityPermissions::highestTier() const
{
    ie::catalog::Tier best = ie::catalog::Tier::Untiered;
    for (const HeldPermission &p : items) {
        if (!p.eligible && tierRank(p.tier) < tierRank(best))
            best = p.tier;
    }
    return best;
}

QList<HeldPermission> IdentityPermissions::sorted() const
{
    QList<HeldPermission> out = items;
    std::stable_sort(out.begin(), out.end(), [](const HeldPermission &a, const HeldPermission &b) {
        if (tierRank(a.tier) != tierRank(b.tier))
            return tierRank(a.tier) < tierRank(b.tier);
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.roleName.compare(b.roleName, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace ie::permissions
