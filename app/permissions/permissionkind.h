#pragma once

#include "permissions/changerunner.h"
#include "permissions/heldpermission.h"

namespace ie::permissions {

// Something the grant panel offers to grant: an app role of a resource API, an Azure role
// definition, a directory role definition.
struct Grantable
{
    QString id; // appRoleId, role definition GUID, directory role template id
    QString name; // value, roleName, displayName
    QString displayName;
    QString description;
    QString resourceId; // app roles: the resource service principal
    QString resourceAppId;
    QString resourceName;
    bool custom = false; // a tenant's own role definition
    ie::catalog::Tier tier = ie::catalog::Tier::Untiered;
    QStringList keyActions; // what the role allows, a few lines (Azure and directory roles)
};

// One kind of permission: what an identity holds of it, what can be granted, how a grant and a
// revoke are planned and run. The plan job runs plans of every kind through this interface; the
// grant panel shape and the per-identity store read through it. A new kind is one more
// implementation (and its sandbox routes), nothing copied.
//
// Callbacks are bound to `context` (not called once it is gone) and called exactly once.
class PermissionKind : public ChangeRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionKind)
public:
    using HeldCallback = std::function<void(const Result<QList<HeldPermission>> &, QStringList)>;
    using GrantableCallback = std::function<void(const Result<QList<Grantable>> &)>;

    explicit PermissionKind(QObject *parent = nullptr) : ChangeRunner(parent) { }
    ~PermissionKind() override;

    virtual Kind kind() const = 0;
    // What `principalId` holds of this kind. The string list carries notes (a part that could not
    // be read, said plainly).
    virtual void listHeld(const QString &principalId, QObject *context, HeldCallback done) = 0;
    // What can be granted (at `scope` where the kind has scopes; empty: the tenant).
    virtual void listGrantable(const QString &scope, QObject *context, GrantableCallback done) = 0;
    // The planned change that grants `what` to the identity at `scope`, and the one that revokes
    // `held`.
    virtual ie::graph::PlannedChange planGrant(const QString &principalId,
                                               const QString &principalName, const Grantable &what,
                                               const QString &scope) const = 0;
    virtual ie::graph::PlannedChange planRevoke(const HeldPermission &held,
                                                const QString &principalName) const = 0;
    // Whether `held` can be revoked here: by default an active assignment to the identity itself,
    // at its scope or one above (not what it holds through a group, which is the group's; not an
    // eligible role, which is PIM's). A read-only kind returns false.
    virtual bool canRevoke(const HeldPermission &held) const;
    // Whether `change` is of this kind (its grant or revoke action).
    bool handles(const ie::graph::PlannedChange &change) const override;
    // Sends `changes` (all of this kind, for one identity): `each` is called once per change as
    // it completes. Retries what the service says to retry (replication lag right after an
    // identity was created; 429 is app/net's) and reports "already exists" as AlreadyDone.
    void run(const QList<ie::graph::PlannedChange> &changes, QObject *context,
             OutcomeCallback each) override
            = 0;
    // The plan in one of the export formats (the requests as they would be sent, as a script).
    virtual QString exportPlan(const ie::graph::GrantPlan &plan,
                               ie::graph::GrantPlan::Format format) const
    {
        return plan.exportAs(format);
    }
    // The audit record's action for a change ("grant-app-role", ...), and the result word of a
    // change that was Done or AlreadyDone.
    QString auditAction(const ie::graph::PlannedChange &change) const override;
    QString auditResult(const ChangeOutcome &outcome) const override;

protected:
    // What a kind's changes are and what the audit record calls them.
    struct Words
    {
        ie::graph::PlannedChange::Action grant;
        ie::graph::PlannedChange::Action revoke;
        QString grantAction; // "grant-app-role"
        QString revokeAction; // "revoke-app-role"
        QString granted = QStringLiteral("granted");
        QString revoked = QStringLiteral("revoked");
        QString alreadyGranted = QStringLiteral("already-held");
        QString alreadyRevoked = QStringLiteral("already-revoked");
    };
    void setWords(const Words &words) { m_words = words; }
    // The revoke of `held` with what every kind fills the same way (identity, assignment, tier,
    // role, scope); a kind adds its own fields.
    ie::graph::PlannedChange revokeOf(const HeldPermission &held,
                                      const QString &principalName) const;
    // The outcome of a DELETE answered with `r` (its request id): done, or failed; with
    // `goneIsDone` a 404 (nothing to delete any more) is AlreadyDone.
    static ChangeOutcome deleteOutcome(const ie::graph::PlannedChange &change,
                                       const Result<QString> &r, bool goneIsDone);

private:
    std::optional<Words> m_words;
};

} // namespace ie::permissions
