#include "grantpanel.h"

#include "grantreviewdialog.h"
#include "heldlistbox.h"
#include "reservedspace.h"

#include "catalog/catalog.h"
#include "core/auditlog.h"
#include "models/heldchange.h"
#include "permissions/permissionkind.h"
#include "permissions/planjob.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ie::ui {

using ie::permissions::ChangeOutcome;

GrantPanel::GrantPanel(ie::permissions::PermissionKind *kind, QAbstractItemModel *heldModel,
                       ie::catalog::Catalog *catalog, ie::AuditLog *audit, const Texts &texts,
                       QWidget *parent)
    : QWidget(parent), m_kind(kind), m_catalog(catalog), m_audit(audit), m_texts(texts)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(m_texts.noIdentity, this);
    m_title->setObjectName(u"title"_s);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    const HeldListBox held = HeldListBox::create(this, m_texts.held, heldModel, tr("Reload"),
                                                 m_texts.remove, m_texts.removeName);
    m_heldBox = held.box;
    m_heldBox->setObjectName(u"heldBox"_s);
    m_held = held.table;
    m_refresh = held.reload;
    m_remove = held.remove;
    layout->addWidget(held.box, 1);

    m_grantBox = new QGroupBox(m_texts.grantBox, this);
    m_grantLayout = new QVBoxLayout(m_grantBox);
    layout->addWidget(m_grantBox, 2);

    // Fixed heights below: nothing moves under the pointer as waits, results and notices come
    // and go.
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(u"countdown"_s);
    layout->addWidget(reservedspace::lines(m_waiting, 2, this));
    m_result = new QLabel(this);
    m_result->setObjectName(u"result"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(reservedspace::lines(m_result, 3, this));
    m_noticeRow = new QHBoxLayout;
    m_notice = new QLabel(tr("Running code keeps the token it already has: managed identity "
                             "endpoints may serve a cached token for up to 24 hours, so a change "
                             "can take that long to reach a running app (restart it to be sure)."),
                          this);
    m_notice->setObjectName(u"cacheNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    reservedspace::keepWhenHidden(m_notice);
    m_noticeRow->addWidget(m_notice, 1);
    layout->addLayout(m_noticeRow);

    connect(m_refresh, &QPushButton::clicked, this, &GrantPanel::refresh);
    HeldListBox::onSelectionChange(m_held, this, [this] { setBusy(false, 0); });
    if (m_kind)
        connect(m_kind, &ie::permissions::PermissionKind::waiting, this,
                [this](const QString &principalId, qint64 delayMs) {
                    if (principalId.compare(m_principalId, Qt::CaseInsensitive) == 0)
                        m_waiting->setText(waitingText(delayMs));
                });
}

GrantPanel::~GrantPanel() = default;

ie::permissions::PlanJob *GrantPanel::lastJob() const
{
    return m_job;
}

ie::permissions::PermissionKind *GrantPanel::kind() const
{
    return m_kind;
}

ie::permissions::Kind GrantPanel::kindOf() const
{
    return m_kind ? m_kind->kind() : ie::permissions::Kind::AppRole;
}

ie::catalog::Catalog *GrantPanel::catalog() const
{
    return m_catalog;
}

void GrantPanel::setGrantButton(QPushButton *button)
{
    m_grant = button;
    m_grantLayout->addWidget(button, 0, Qt::AlignRight);
    setBusy(false, 0);
}

void GrantPanel::addNoticeWidget(QWidget *widget)
{
    m_noticeWidgets.append(widget);
    widget->hide();
    reservedspace::keepWhenHidden(widget);
    m_noticeRow->addWidget(widget);
}

void GrantPanel::setBusy(bool busy, int step)
{
    m_busy = std::max(0, m_busy + (busy ? step : -step));
    const bool ready = m_busy == 0 && !m_principalId.isEmpty();
    if (m_grant)
        m_grant->setEnabled(ready);
    m_remove->setEnabled(ready && HeldListBox::hasSelection(m_held));
    m_refresh->setEnabled(!m_principalId.isEmpty());
}

void GrantPanel::setIdentity(const QString &objectId, const QString &displayName)
{
    // What was picked for another identity must not become its grant (what was picked before
    // any identity, as by "Grant to…" from the lookup, is for the one picked next).
    if (!m_principalId.isEmpty() && objectId.compare(m_principalId, Qt::CaseInsensitive) != 0)
        clearPick();
    if (objectId.isEmpty()) { // nothing selected any more
        m_principalId.clear();
        m_title->setText(m_texts.noIdentity);
        setBusy(false, 0);
        identityChanged();
        return;
    }
    m_principalId = objectId;
    m_principalName = displayName;
    m_title->setText(m_texts.title.arg(displayName.toHtmlEscaped(), objectId));
    m_result->clear();
    m_outcome.clear();
    m_waiting->clear();
    m_notice->hide();
    for (QWidget *w : std::as_const(m_noticeWidgets))
        w->hide();
    m_lagAttempt = 0;
    identityChanged();
    refresh();
}

void GrantPanel::setSignedIn(const QString &principal, const QString &tenantId)
{
    m_signedIn = principal;
    m_tenantId = tenantId;
}

void GrantPanel::refresh()
{
    if (m_principalId.isEmpty())
        return;
    setBusy(true);
    readHeld(m_principalId);
}

void GrantPanel::heldRead(const QString &principalId, const QString &problem, bool lags)
{
    setBusy(false);
    if (principalId != m_principalId)
        return;
    if (!problem.isEmpty()) {
        m_result->setText(m_outcome.isEmpty() ? problem : m_outcome + u"\n\n"_s + problem);
        return;
    }
    if (!lags && m_lagAttempt > 0) {
        m_lagAttempt = 0;
        Q_EMIT heldCaughtUp(principalId);
    }
    showLag(lags);
    Q_EMIT changed();
}

QList<std::chrono::milliseconds> GrantPanel::lagDelays() const
{
    return {1000ms, 2000ms, 4000ms, 8000ms, 15000ms};
}

void GrantPanel::showLag(bool lags)
{
    if (!lags) {
        m_heldBox->setTitle(m_texts.held);
        return;
    }
    // What the service lists is not what was just done: say so rather than pass it off as
    // current.
    const QList<std::chrono::milliseconds> delays = lagDelays();
    if (m_lagAttempt >= delays.size()) {
        m_heldBox->setTitle(m_texts.heldStale);
        return;
    }
    const auto delay = delays.at(m_lagAttempt++);
    m_heldBox->setTitle(m_texts.heldWaiting);
    const QString principal = m_principalId;
    QTimer::singleShot(delay, this, [this, principal] {
        if (principal == m_principalId)
            refresh();
    });
}

QList<int> GrantPanel::selectedHeldRows() const
{
    QList<int> rows;
    if (!m_held->selectionModel())
        return rows;
    for (const QModelIndex &i : m_held->selectionModel()->selectedRows())
        rows.append(i.row());
    return rows;
}

void GrantPanel::clearHeldSelection()
{
    if (m_held->selectionModel())
        m_held->selectionModel()->clear();
}

bool GrantPanel::reviewRevokeOf(const QList<ie::permissions::HeldPermission> &held)
{
    if (!m_kind || m_principalId.isEmpty() || isBusy())
        return false;
    ie::graph::GrantPlan plan = newPlan();
    for (const ie::permissions::HeldPermission &p : held) {
        if (p.principalId.compare(m_principalId, Qt::CaseInsensitive) == 0 && m_kind->canRevoke(p))
            plan.add(m_kind->planRevoke(p, m_principalName));
    }
    if (plan.isEmpty())
        return false;
    review(plan);
    return true;
}

void GrantPanel::review(const ie::graph::GrantPlan &plan)
{
    auto *dialog = new GrantReviewDialog(plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog's run button works only after the second confirmation a tier-0 grant needs.
    connect(dialog, &QDialog::accepted, this,
            [this, plan] { run(plan, plan.needsSecondConfirmation()); });
    dialog->open();
}

void GrantPanel::run(const ie::graph::GrantPlan &plan, bool tier0Confirmed)
{
    if (m_job)
        m_job->deleteLater();
    auto *job = new ie::permissions::PlanJob(plan, {m_kind.data()}, m_audit,
                                             {m_signedIn, m_tenantId, tier0Confirmed}, this);
    m_job = job;
    setBusy(true);
    m_result->setText(tr("Sending %n change(s)…", nullptr, int(plan.changes().size())));
    connect(job, &ie::permissions::PlanJob::finished, this, [this, job] {
        setBusy(false);
        m_waiting->clear();
        clearPick(); // the plan has run: what was picked is spent, whatever the outcome
        QStringList lines;
        ie::models::HeldChange change;
        change.principalId = job->plan().changes().value(0).principalId;
        for (const ChangeOutcome &o : job->outcomes()) {
            lines << outcomeLine(o);
            addToChange(change, o);
        }
        m_outcome = lines.join(u'\n');
        m_result->setText(m_outcome);
        planFinished(*job);
        if (change.principalId.compare(m_principalId, Qt::CaseInsensitive) == 0) {
            expectChange(change);
            m_lagAttempt = 0;
            refresh();
        }
        Q_EMIT heldChanged(change);
    });
    job->start();
}

QString GrantPanel::outcomeLine(const ChangeOutcome &o) const
{
    const QString label = changeLabel(o.change);
    const bool grant = o.change.isGrant();
    switch (o.status) {
    case ChangeOutcome::Status::Done:
        return (grant ? m_texts.done : m_texts.undone).arg(label);
    case ChangeOutcome::Status::AlreadyDone:
        return (grant ? m_texts.alreadyDone : m_texts.alreadyUndone).arg(label);
    case ChangeOutcome::Status::Cancelled:
        return tr("%1: not sent (cancelled)").arg(label);
    case ChangeOutcome::Status::Failed:
        break;
    }
    return (grant ? m_texts.failed : m_texts.notUndone)
            .arg(label, o.error ? o.error->userMessage() : QString());
}

void GrantPanel::planFinished(const ie::permissions::PlanJob &job)
{
    const bool any = job.count(ChangeOutcome::Status::Done) > 0;
    m_notice->setVisible(any);
    for (QWidget *w : std::as_const(m_noticeWidgets))
        w->setVisible(any);
}

} // namespace ie::ui
