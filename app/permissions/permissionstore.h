#pragma once

#include "permissions/heldpermission.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ie::permissions {

class PermissionKind;

// What each identity holds, loaded once per identity from every kind and kept: the details pane,
// the grant panels and `report` read it from here instead of each asking the services again. A
// change made through the plan job refreshes the identity it changed (refresh()); a new sign-in
// clears everything (clear()).
//
// load() reads every kind at once; changed() follows each kind's answer, so a view shows the fast
// kinds before the slow ones. An answer for a read that a newer one has overtaken is dropped.
class PermissionStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionStore)
public:
    explicit PermissionStore(QObject *parent = nullptr);
    ~PermissionStore() override;

    // The kinds to read (not owned), in the order they are shown.
    void addKind(PermissionKind *kind);
    QList<PermissionKind *> kinds() const;
    PermissionKind *kind(Kind kind) const;

    // Reads what `principalId` holds (of every kind, or of `kinds`) unless it is loaded or being
    // loaded already.
    void ensureLoaded(const QString &principalId, const QList<Kind> &kinds = {});
    // Reads it again (the kinds read for it before, every kind when none was, or only `kinds`),
    // keeping what is known until the answers come.
    void refresh(const QString &principalId, const QList<Kind> &kinds = {});
    // What is known of `principalId` (empty with no kind loaded when nothing is).
    IdentityPermissions permissions(const QString &principalId) const;
    bool isLoading(const QString &principalId) const;
    void clear();

Q_SIGNALS:
    void changed(const QString &principalId);

private:
    QString keyOf(const QString &principalId) const { return principalId.toLower(); }

    QList<QPointer<PermissionKind>> m_kinds;
    QHash<QString, IdentityPermissions> m_known;
    // Per identity and kind, the number of the newest read (older answers are dropped).
    QHash<QString, QHash<Kind, quint64>> m_reads;
    QHash<QString, int> m_loading;
    quint64 m_nextRead = 0;
    quint64 m_generation = 0; // of clear()
};

} // namespace ie::permissions
