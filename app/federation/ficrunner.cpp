#include "federation/ficrunner.h"

#include "federation/ficclient.h"
#include "net/httpclient.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::federation {

using ie::graph::PlannedChange;
using ie::permissions::ChangeOutcome;

FicRunner::FicRunner(ie::net::HttpClient *client, QObject *parent)
    : ChangeRunner(parent), m_fic(new FicClient(client, this))
{ }

FicRunner::~FicRunner() = default;

bool FicRunner::handles(const PlannedChange &change) const
{
    return change.isFederated();
}

ie::graph::GrantPlan FicRunner::planOf(const QList<FicChange> &changes,
                                       const ie::net::HttpClient *client,
                                       const QString &principalId)
{
    ie::graph::GrantPlan plan;
    if (client)
        plan.setEndpoints(client->cloud().graphUrl.toString(QUrl::StripTrailingSlash),
                          client->cloud().armUrl.toString(QUrl::StripTrailingSlash));
    for (const FicChange &c : changes)
        plan.add(PlannedChange::fromFederated(c, principalId));
    return plan;
}

void FicRunner::run(const QList<PlannedChange> &changes, QObject *context, OutcomeCallback each)
{
    runAt(std::make_shared<QList<PlannedChange>>(changes), 0, context, std::move(each));
}

// One after the other: two PUTs to one identity's credentials at once make ARM answer 409
// ("concurrent federated identity credential writes are not supported").
void FicRunner::runAt(std::shared_ptr<QList<PlannedChange>> changes, qsizetype at,
                      QPointer<QObject> context, OutcomeCallback each)
{
    if (at >= changes->size() || !context)
        return;
    const PlannedChange c = changes->at(at);
    m_fic->apply(c.federated, context, [this, changes, at, context, each, c](const Result<QString> &r) {
        ChangeOutcome o;
        o.change = c;
        if (r) {
            o.status = ChangeOutcome::Status::Done;
            o.requestId = *r;
        } else if (c.federated.action == FicChange::Action::Remove
                   && r.error().httpStatus == 404) {
            o.status = ChangeOutcome::Status::AlreadyDone;
            o.requestId = r.error().requestId;
        } else {
            o.error = r.error();
            o.requestId = r.error().requestId;
        }
        each(o);
        runAt(changes, at + 1, context, each);
    });
}

QString FicRunner::auditAction(const PlannedChange &change) const
{
    switch (change.action) {
    case PlannedChange::Action::AddFederatedCredential:
        return u"add-federated-credential"_s;
    case PlannedChange::Action::UpdateFederatedCredential:
        return u"update-federated-credential"_s;
    default:
        break;
    }
    return u"remove-federated-credential"_s;
}

QString FicRunner::auditResult(const ChangeOutcome &o) const
{
    switch (o.status) {
    case ChangeOutcome::Status::Done:
        switch (o.change.action) {
        case PlannedChange::Action::AddFederatedCredential:
            return u"added"_s;
        case PlannedChange::Action::UpdateFederatedCredential:
            return u"updated"_s;
        default:
            return u"removed"_s;
        }
    case ChangeOutcome::Status::AlreadyDone:
        return u"already-removed"_s;
    case ChangeOutcome::Status::Cancelled:
        return u"cancelled"_s;
    case ChangeOutcome::Status::Failed:
        break;
    }
    return u"failed: "_s + (o.error ? o.error->code : QString());
}

} // namespace ie::federation
