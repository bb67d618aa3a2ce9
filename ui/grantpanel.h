#pragma once

#include "graph/grantplan.h"

#include <QPointer>
#include <QWidget>

#include <chrono>

class QAbstractItemModel;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace ie {
class AuditLog;
}
namespace ie::catalog {
class Catalog;
}
namespace ie::models {
struct HeldChange;
}
namespace ie::permissions {
enum class Kind;
struct ChangeOutcome;
struct HeldPermission;
class PermissionKind;
class PlanJob;
} // namespace ie::permissions

namespace ie::ui {

// The shape every grant panel has, whatever kind of permission it changes: a title naming the
// identity, the box of what it holds (a table over the kind's model, Reload, the remove action),
// the kind's picker (the subclass fills grantBox()), a waiting line, the result of the last plan
// and the reminder that running code keeps its cached token. A plan is reviewed in the review
// dialog (exact requests, tier warnings, second confirmation for tier 0, exports) and run by the
// plan job of the permissions layer, which writes the audit record; the panel shows a line per
// change, reads the list again expecting the change, says while it lags, and emits heldChanged().
class GrantPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantPanel)
public:
    // The words of one kind of panel (translated by the subclass).
    struct Texts
    {
        QString noIdentity; // "Select an identity in the tree to see and change its ..."
        QString title; // "App roles of %1 (%2)": display name, object id
        QString held; // the held box's title
        QString heldWaiting; // ... while the list does not show the latest change
        QString heldStale; // ... when it still does not after every wait
        QString remove; // "Revoke selected…"
        QString removeName; // object name of the remove button
        QString grantBox; // the picker box's title
        QString pickFirst; // the remove action without a selection
        // A result line per change: %1 the change's label (changeLabel()), %2 why it failed.
        QString done; // "%1: granted"
        QString undone; // "%1: revoked"
        QString alreadyDone; // "%1: already held"
        QString alreadyUndone; // "%1: already revoked"
        QString failed; // "%1: failed: %2"
        QString notUndone; // "%1: not revoked: %2"
    };

    GrantPanel(ie::permissions::PermissionKind *kind, QAbstractItemModel *heldModel,
               ie::catalog::Catalog *catalog, ie::AuditLog *audit, const Texts &texts,
               QWidget *parent = nullptr);
    ~GrantPanel() override;

    QString principalId() const { return m_principalId; }
    bool isBusy() const { return m_busy > 0; }
    // The plan job of the last plan (until the next one), for tests and the status bar.
    ie::permissions::PlanJob *lastJob() const;
    // Reviews the revoke of `held` (of this panel's kind and identity) in the review dialog and
    // runs it by the plan job, as the held list's remove action does (the card's Revoke comes
    // here too). False, with nothing shown, when none of it can be revoked here: another
    // identity, a grant through a group, an eligible role.
    bool reviewRevokeOf(const QList<ie::permissions::HeldPermission> &held);
    // The kind this panel changes.
    ie::permissions::Kind kindOf() const;

public Q_SLOTS:
    void setIdentity(const QString &objectId, const QString &displayName);
    // Who is signed in, for the audit record.
    void setSignedIn(const QString &principal, const QString &tenantId);
    void refresh();

Q_SIGNALS:
    void changed();
    // A plan ran: what the identity holds changed (the details follow).
    void heldChanged(const ie::models::HeldChange &change);
    // The list shows a change it lagged behind after a wait: the store reads it again too.
    void heldCaughtUp(const QString &principalId);

protected:
    QGroupBox *grantBox() const { return m_grantBox; }
    QVBoxLayout *grantLayout() const { return m_grantLayout; }
    QTableView *heldView() const { return m_held; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *waitingLabel() const { return m_waiting; }
    QLabel *noticeLabel() const { return m_notice; }
    QPushButton *removeButton() const { return m_remove; }
    ie::permissions::PermissionKind *kind() const;
    ie::catalog::Catalog *catalog() const;
    QString principalName() const { return m_principalName; }
    // Adds the picker's action button (enabled while an identity is set and nothing runs).
    void setGrantButton(QPushButton *button);
    // Adds a row under the notice (e.g. "Mint a fresh token"), shown with the notice.
    void addNoticeWidget(QWidget *widget);

    // `step` 0: only brings the actions up to date.
    void setBusy(bool busy, int step = 1);
    // Shows `plan` in the review dialog; on confirmation the plan job runs it.
    void review(const ie::graph::GrantPlan &plan);
    // An empty plan that knows this kind's endpoints (for the exports).
    virtual ie::graph::GrantPlan newPlan() const = 0;
    // The rows selected in the held table.
    QList<int> selectedHeldRows() const;
    void clearHeldSelection();

    // The subclass reads what the identity holds into its model and calls heldRead().
    virtual void readHeld(const QString &principalId) = 0;
    // After readHeld(): the result line of a failure (empty: none), whether the model lags.
    void heldRead(const QString &principalId, const QString &problem, bool lags);
    // The model expects `change` (what a list must show now).
    virtual void expectChange(const ie::models::HeldChange &change) = 0;
    // What the outcome adds to or removes from the change the views follow.
    virtual void addToChange(ie::models::HeldChange &change,
                             const ie::permissions::ChangeOutcome &outcome) const = 0;
    // What one change is about, in the result lines ("User.Read.All", "Reader at
    // /subscriptions/…").
    virtual QString changeLabel(const ie::graph::PlannedChange &change) const = 0;
    // One line of the result for one change, in the panel's words.
    QString outcomeLine(const ie::permissions::ChangeOutcome &outcome) const;
    // The picked role and held rows belong to one identity and one plan: dropped when the
    // identity changes and after a plan ran.
    virtual void clearPick() = 0;
    // The identity changed to `objectId` (the pickers may need loading).
    virtual void identityChanged() { }
    // After a plan ran, with its outcomes: e.g. shows the cache notice.
    virtual void planFinished(const ie::permissions::PlanJob &job);
    // How long to wait before reading a lagging list again, each time.
    virtual QList<std::chrono::milliseconds> lagDelays() const;
    // "Waiting for ... (next try in N s)".
    virtual QString waitingText(qint64 delayMs) const = 0;

private:
    void run(const ie::graph::GrantPlan &plan, bool tier0Confirmed);
    void showLag(bool lags);

    QPointer<ie::permissions::PermissionKind> m_kind;
    QPointer<ie::catalog::Catalog> m_catalog;
    QPointer<ie::AuditLog> m_audit;
    Texts m_texts;
    QString m_principalId;
    QString m_principalName;
    QString m_signedIn;
    QString m_tenantId;
    int m_busy = 0;
    int m_lagAttempt = 0; // waits used up while the list lags a change
    // What the last plan on this identity did: kept in the result when reading the list again
    // fails, so its outcome is never replaced by the read's problem.
    QString m_outcome;
    QPointer<ie::permissions::PlanJob> m_job;

    QLabel *m_title;
    QGroupBox *m_heldBox;
    QTableView *m_held;
    QPushButton *m_refresh;
    QPushButton *m_remove;
    QGroupBox *m_grantBox;
    QVBoxLayout *m_grantLayout;
    QPushButton *m_grant = nullptr;
    QLabel *m_waiting;
    QLabel *m_result;
    QLabel *m_notice;
    QHBoxLayout *m_noticeRow;
    QList<QWidget *> m_noticeWidgets;
};

} // namespace ie::ui
