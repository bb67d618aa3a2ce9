#pragma once

#include "core/result.h"
#include "graph/grantplan.h"

#include <QObject>

#include <functional>
#include <optional>

namespace ie::permissions {

// What became of one planned change.
struct ChangeOutcome
{
    enum class Status {
        Done, // granted or revoked
        AlreadyDone, // the service says it already exists (a grant) or is gone (a revoke)
        Failed,
        Cancelled, // the plan was cancelled before this change was sent
    };
    ie::graph::PlannedChange change;
    Status status = Status::Failed;
    QString assignmentId; // of a grant that was Done
    QString requestId;
    std::optional<ApiError> error; // Failed only
};

// Something that can send planned changes: each permission kind (PermissionKind), and the
// federated identity credentials (ie::federation::FicRunner). The plan job runs a plan through
// the runners it is given, and writes each outcome to the audit record in the runner's words.
//
// Callbacks are bound to `context` (not called once it is gone) and called exactly once.
class ChangeRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeRunner)
public:
    using OutcomeCallback = std::function<void(const ChangeOutcome &)>;

    explicit ChangeRunner(QObject *parent = nullptr) : QObject(parent) { }
    ~ChangeRunner() override;

    // Whether this runner sends `change`.
    virtual bool handles(const ie::graph::PlannedChange &change) const = 0;
    // Sends `changes` (all handled by this runner, for one identity): `each` is called once per
    // change as it completes.
    virtual void run(const QList<ie::graph::PlannedChange> &changes, QObject *context,
                     OutcomeCallback each)
            = 0;
    // The audit record's action for a change ("grant-app-role", ...), and the result word of an
    // outcome ("granted", "failed: <code>", ...).
    virtual QString auditAction(const ie::graph::PlannedChange &change) const = 0;
    virtual QString auditResult(const ChangeOutcome &outcome) const = 0;

Q_SIGNALS:
    // The service has not caught up with the identity yet: the next try is in `delayMs`.
    void waiting(const QString &principalId, qint64 delayMs);
};

} // namespace ie::permissions
