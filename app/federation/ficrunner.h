#pragma once

#include "permissions/changerunner.h"

#include <QPointer>

namespace ie::net {
class HttpClient;
}

namespace ie::federation {

class FicClient;

// Runs the federated identity credential changes of a plan (PlannedChange::fromFederated), so
// that they go through the same review, plan job and audit record as every grant: the job writes
// "add-federated-credential", "update-federated-credential" or "remove-federated-credential" with
// "added", "updated", "removed" (or "already-removed" for a credential gone before the DELETE),
// "cancelled" or "failed: <code>". The changes are sent one after the other, in plan order.
class FicRunner : public ie::permissions::ChangeRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FicRunner)
public:
    explicit FicRunner(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~FicRunner() override;

    bool handles(const ie::graph::PlannedChange &change) const override;
    void run(const QList<ie::graph::PlannedChange> &changes, QObject *context,
             OutcomeCallback each) override;
    QString auditAction(const ie::graph::PlannedChange &change) const override;
    QString auditResult(const ie::permissions::ChangeOutcome &outcome) const override;

    // The plan that makes `changes` (with the client's Graph and ARM endpoints).
    static ie::graph::GrantPlan planOf(const QList<FicChange> &changes,
                                       const ie::net::HttpClient *client,
                                       const QString &principalId = {});

private:
    void runAt(std::shared_ptr<QList<ie::graph::PlannedChange>> changes, qsizetype at,
               QPointer<QObject> context, OutcomeCallback each);

    FicClient *m_fic;
};

} // namespace ie::federation
