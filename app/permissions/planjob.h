#pragma once

#include "graph/grantplan.h"
#include "permissions/changerunner.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace ie {
class AuditLog;
}

namespace ie::permissions {

// Who runs a plan, for its audit record.
struct PlanSigner
{
    QString principal; // who is signed in (as the audit record stores it)
    QString tenantId;
    bool tier0Confirmed = false; // the review's second confirmation was given
};

// Runs any plan, whatever kinds its changes are of: each change goes to the kind that handles
// it (a kind gets all of its changes at once, so that it can batch them), one kind after the
// other. Each change is reported as it completes (changeFinished) and written to the audit record
// (granted, already-held, revoked, failed: <code>, cancelled). finished() is emitted exactly once:
// after the last change, or at cancel(). Changes not sent by then are reported Cancelled; the
// answers of requests already in flight are still written to the audit record (they did change
// the tenant) but are not reported any more.
//
// A change no kind handles fails at once (InvalidInput). The job does not delete itself.
class PlanJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanJob)
public:
    PlanJob(ie::graph::GrantPlan plan, QList<ChangeRunner *> kinds, ie::AuditLog *audit,
            PlanSigner signer, QObject *parent = nullptr);
    ~PlanJob() override;

    // Schedules the run (returns at once).
    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const ie::graph::GrantPlan &plan() const { return m_plan; }
    // One per change, in the order they completed.
    const QList<ChangeOutcome> &outcomes() const { return m_outcomes; }
    int count(ChangeOutcome::Status status) const;

Q_SIGNALS:
    void changeFinished(const ie::permissions::ChangeOutcome &outcome);
    // A kind waits for the service to know the identity; the next try is in `delayMs`.
    void waiting(qint64 delayMs);
    void finished();

private:
    void runNextKind();
    void record(const ChangeOutcome &outcome);
    void finish();
    ChangeRunner *kindFor(const ie::graph::PlannedChange &change) const;

    ie::graph::GrantPlan m_plan;
    QList<QPointer<ChangeRunner>> m_kinds;
    QPointer<ie::AuditLog> m_audit;
    PlanSigner m_signer;
    // The plan's changes by the kind that runs them, in the order the kinds come in the plan.
    QList<QPair<QPointer<ChangeRunner>, QList<ie::graph::PlannedChange>>> m_groups;
    qsizetype m_nextGroup = 0;
    int m_inFlight = 0; // changes of the running group not answered yet
    QList<ChangeOutcome> m_outcomes;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace ie::permissions
