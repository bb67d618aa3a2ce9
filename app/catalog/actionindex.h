#pragma once

#include "catalog/catalogentry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace ie::catalog {

// Which half of Azure RBAC an operation belongs to. Control-plane operations are matched only
// against a role's actions/notActions, data actions only against dataActions/notDataActions.
enum class ActionPlane {
    Auto, // as the data knows it: a string only ever named as a data action is a data action
    Control,
    Data,
};
QString planeKey(ActionPlane plane); // "control", "data", "auto"

// ARM's wildcard match: case-insensitive, and a '*' matches any run of characters, '/' included
// ("*/read" matches "Microsoft.Storage/storageAccounts/read").
bool actionMatches(QStringView pattern, QStringView action);

// One operation asked for. Text may carry a plane prefix: "data:Microsoft.KeyVault/..." or
// "control:...".
struct ActionQuery
{
    QString action;
    ActionPlane plane = ActionPlane::Auto;
    static ActionQuery parse(const QString &text);
};

// A built-in role that grants an operation.
struct RoleGrant
{
    EntryPtr role;
    int operations = 0; // known operations the role grants in total (both planes)
    QString matchedBy; // the role's pattern that grants it ("Microsoft.KeyVault/vaults/secrets/*")
    bool conditional = false; // granted only by a permission block with an ABAC condition
};

enum class ActionStatus {
    Resolved, // a known operation and at least one role grants it
    Unknown, // named by no role definition: maybe a typo (see suggestions); `roles` are the
             // roles whose wildcards would match it if it exists
    NoRole, // a known operation that no built-in role grants
    Invalid, // empty, a wildcard (ask for concrete operations), or no Provider/... form
};
QString statusKey(ActionStatus status); // "resolved", "unknown", "no-role", "invalid"

struct ActionResolution
{
    QString input; // as given
    QString action; // the data's spelling when known, else as given
    ActionPlane plane = ActionPlane::Control; // Control or Data, never Auto
    bool alsoOtherPlane = false; // the same string is also an operation of the other plane
    ActionStatus status = ActionStatus::Invalid;
    QList<RoleGrant> roles; // ranked: fewest operations first, ties by name
    QStringList suggestions; // for Unknown: the nearest known operations
    bool resolved() const { return status == ActionStatus::Resolved; }
};

// What a custom role for exactly the asked operations looks like.
struct CustomRoleDefinition
{
    QString name;
    QString description;
    QStringList actions;
    QStringList dataActions;
    QStringList assignableScopes;

    // The JSON `az role definition create --role-definition` takes.
    QByteArray toJson() const;
    QString azCli() const;
    QString bicep() const;
    QString terraform() const;
};

struct CoverOptions
{
    // A custom role is suggested when the smallest covering role grants more than this many
    // times the operations asked for.
    int maxRatio = 50;
    QString scope; // the custom role's assignable scope; empty: "/subscriptions/{subscriptionId}"
    QString customRoleName; // empty: a name made from the operations
};

struct CoverResult
{
    QList<ActionResolution> actions; // one per query, in order
    int requested = 0; // distinct known operations asked for (they are what a role must cover)
    QList<RoleGrant> covering; // roles that grant every known operation asked for, ranked
    bool customSuggested = false;
    QString customReason; // "none" (no built-in role covers them all) or "ratio"
    CustomRoleDefinition custom; // set when customSuggested
    bool allResolved() const;
};

// The reverse: what a role grants, per provider.
struct ProviderGrants
{
    QString provider; // "Microsoft.KeyVault", or "*" for patterns that name no provider
    QStringList patterns; // the role's actions (or dataActions) of this provider, as written
    QStringList notPatterns; // its notActions (or notDataActions)
    QStringList operations; // the known operations of this provider the role grants
};

struct RoleContents
{
    EntryPtr role;
    int operations = 0;
    QList<ProviderGrants> control;
    QList<ProviderGrants> data;
    QStringList conditions;
};

// "Which built-in role grants this Azure operation with the fewest other rights": an immutable
// index over the Azure role definitions of the catalog (built-in, not removed). The universe of
// operations is every concrete (wildcard-free) action and data action any role names: Azure's
// full provider-operation list is not bundled, so a role's size is counted over that universe.
// Building takes a few tens of milliseconds (run it off the UI thread); every const member is
// then fast and safe to call from any thread.
class ActionIndex
{
public:
    ActionIndex() = default;
    explicit ActionIndex(const QList<EntryPtr> &entries);

    int roleCount() const { return int(m_roles.size()); }
    int operationCount(ActionPlane plane = ActionPlane::Auto) const;
    bool isEmpty() const { return m_roles.empty(); }
    // The universe: every known operation of this plane (Auto: both), in the data's spelling.
    QStringList operations(ActionPlane plane = ActionPlane::Auto) const;

    ActionResolution resolve(const ActionQuery &query) const;
    CoverResult cover(const QList<ActionQuery> &queries, const CoverOptions &options = {}) const;
    // The nearest known operations: those that start with `text` first (shortest first), then by
    // edit distance within the same (or a near) provider, then by the length of the shared
    // prefix.
    QStringList suggestions(const QString &text, int max = 5) const;

    // A role by name (case-insensitive, former names too) or by GUID / full ARM id.
    EntryPtr findRole(const QString &nameOrId) const;
    RoleContents contents(const EntryPtr &role) const;
    // Known operations the role grants in total; -1 for a role not in the index.
    int operationsOf(const EntryPtr &role) const;

private:
    using Bits = std::vector<quint64>;
    struct Operation
    {
        QString name;
        QString lower;
        ActionPlane plane;
    };
    struct RoleBits
    {
        EntryPtr role;
        QList<RolePermission> blocks; // as written
        QList<RolePermission> lowered; // the same, trimmed and lower case, for matching
        Bits granted;
        Bits unconditional;
        int count = 0;
    };

    const Bits &patternBits(const QString &pattern, ActionPlane plane);
    bool test(const Bits &bits, int op) const { return (bits[size_t(op) >> 6] >> (op & 63)) & 1; }
    int indexOf(const QString &lower, ActionPlane plane) const;
    // Whether the role grants `lower` in `plane` by matching its patterns (for operations
    // outside the universe); `matchedBy` (the pattern as written) and `conditional` are filled
    // when it does.
    static bool grantsByPattern(const RoleBits &role, const QString &lower, ActionPlane plane,
                                QString *matchedBy, bool *conditional);
    static QList<RolePermission> blocksOf(const Entry &role);
    QList<RoleGrant> rank(QList<RoleGrant> grants) const;

    std::vector<Operation> m_ops;
    QHash<QString, int> m_control; // lower-case name -> index in m_ops
    QHash<QString, int> m_data;
    QHash<QString, Bits> m_patternCache; // "c|pattern" / "d|pattern", lower case
    // Provider namespace (lower case) -> its operations, for suggestions.
    QHash<QString, std::vector<int>> m_byProvider;
    std::vector<RoleBits> m_roles;
    QHash<QString, int> m_roleByName; // lower-case names and former names -> m_roles index
    QHash<QString, int> m_roleById;
};

} // namespace ie::catalog
