#include "permissions/planjob.h"

#include "core/auditlog.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ie::permissions {

using ie::graph::PlannedChange;
using Group = QPair<QPointer<ChangeRunner>, QList<PlannedChange>>;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::permissions::PlanJob)
};
} // namespace

PlanJob::PlanJob(ie::graph::GrantPlan plan, QList<ChangeRunner *> kinds, ie::AuditLog *audit,
                 PlanSigner signer, QObject *parent)
    : QObject(parent), m_plan(std::move(plan)), m_audit(audit), m_signer(std::move(signer))
{
    for (ChangeRunner *k : kinds) {
        m_kinds.append(k);
        if (k)
            connect(k, &ChangeRunner::waiting, this, [this](const QString &, qint64 delayMs) {
                if (!m_finished)
                    Q_EMIT waiting(delayMs);
            });
    }
}

PlanJob::~PlanJob() = default;

ChangeRunner *PlanJob::kindFor(const PlannedChange &change) const
{
    for (const QPointer<ChangeRunner> &k : m_kinds) {
        if (k && k->handles(change))
            return k;
    }
    return nullptr;
}

int PlanJob::count(ChangeOutcome::Status status) const
{
    int n = 0;
    for (const ChangeOutcome &o : m_outcomes)
        n += o.status == status ? 1 : 0;
    return n;
}

void PlanJob::start()
{
    if (m_started)
        return;
    m_started = true;
    for (const PlannedChange &c : m_plan.changes()) {
        ChangeRunner *kind = kindFor(c);
        if (!kind) {
            // Reported when the run starts, as every outcome is (never inside start()).
            m_groups.append(Group(nullptr, QList<PlannedChange>{c}));
            continue;
        }
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_groups.size(); ++i) {
            if (m_groups.at(i).first == kind)
                at = i;
        }
        if (at < 0) {
            m_groups.append(Group(kind, QList<PlannedChange>{}));
            at = m_groups.size() - 1;
        }
        m_groups[at].second.append(c);
    }
    QTimer::singleShot(0, this, &PlanJob::runNextKind);
}

void PlanJob::runNextKind()
{
    if (m_finished)
        return;
    if (m_nextGroup >= m_groups.size()) {
        finish();
        return;
    }
    const auto group = m_groups.at(m_nextGroup++);
    ChangeRunner *kind = group.first;
    if (!kind) {
        for (const PlannedChange &c : group.second) {
            ChangeOutcome o;
            o.change = c;
            o.error = ApiError::make(
                    ApiError::Kind::InvalidInput,
                    Tr::tr("Nothing here can make this change: %1").arg(c.target()));
            record(o);
        }
        runNextKind();
        return;
    }
    m_inFlight = int(group.second.size());
    // The kind's answers are bound to this job: a job deleted before they came hears nothing (the
    // service still made the change; the next read of what the identity holds shows it).
    kind->run(group.second, this, [this](const ChangeOutcome &o) {
        record(o);
        if (--m_inFlight == 0 && !m_finished)
            runNextKind();
    });
}

void PlanJob::record(const ChangeOutcome &o)
{
    if (m_audit) {
        ChangeRunner *kind = kindFor(o.change);
        ie::AuditRecord r;
        r.principal = m_signer.principal;
        r.tenantId = m_signer.tenantId;
        r.action = kind ? kind->auditAction(o.change) : u"unknown"_s;
        r.target = o.change.target();
        r.result = kind ? kind->auditResult(o)
                        : u"failed: "_s + (o.error ? o.error->code : QString());
        r.requestId = o.requestId;
        r.identityDisplayName = o.change.principalName;
        r.identityObjectId = o.change.principalId;
        if (o.change.isGrant() && o.change.tier == ie::catalog::Tier::Tier0) {
            r.tier0Confirmed = m_signer.tier0Confirmed;
            if (m_signer.tier0Confirmed)
                r.confirmedBy = m_signer.principal;
        }
        (void)m_audit->append(r);
    }
    if (m_finished)
        return; // answered after cancel(): recorded, no longer reported
    m_outcomes.append(o);
    Q_EMIT changeFinished(o);
}

void PlanJob::cancel()
{
    if (m_finished)
        return;
    // Every change not sent yet: the groups after the running one (or all, before the start).
    for (qsizetype i = m_nextGroup; i < m_groups.size(); ++i) {
        for (const PlannedChange &c : m_groups.at(i).second) {
            ChangeOutcome o;
            o.change = c;
            o.status = ChangeOutcome::Status::Cancelled;
            record(o);
        }
    }
    if (!m_started) {
        for (const PlannedChange &c : m_plan.changes()) {
            ChangeOutcome o;
            o.change = c;
            o.status = ChangeOutcome::Status::Cancelled;
            record(o);
        }
        m_started = true;
    }
    m_nextGroup = m_groups.size();
    finish();
}

void PlanJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace ie::permissions
