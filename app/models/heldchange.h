#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace ie::models {

// A change a grant panel made to what one identity holds: the assignments that must now be
// listed and those that must not (app role assignment ids from Graph, role assignment ids from
// ARM). A list read right after the change may lag it (Entra and ARM replicate), and a list that
// does not show the change yet is not the current state: the views that show what the identity
// holds compare what they read with it and say "waiting for Entra" until it shows.
struct HeldChange
{
    QString principalId;
    QSet<QString> appRolesAdded; // lower-case ids
    QSet<QString> appRolesRemoved;
    QSet<QString> rolesAdded;
    QSet<QString> rolesRemoved;
    QSet<QString> directoryRolesAdded; // directory role assignment ids
    QSet<QString> directoryRolesRemoved;

    bool isEmpty() const
    {
        return appRolesAdded.isEmpty() && appRolesRemoved.isEmpty() && rolesAdded.isEmpty()
                && rolesRemoved.isEmpty() && directoryRolesAdded.isEmpty()
                && directoryRolesRemoved.isEmpty();
    }
    bool touchesAppRoles() const { return !appRolesAdded.isEmpty() || !appRolesRemoved.isEmpty(); }
    bool touchesRoles() const { return !rolesAdded.isEmpty() || !rolesRemoved.isEmpty(); }
};

// What a list must show after changes: kept by the model of the list until a read shows it.
class HeldExpectation
{
public:
    void expect(const QSet<QString> &added, const QSet<QString> &removed);
    void clear();
    bool isEmpty() const { return m_added.isEmpty() && m_removed.isEmpty(); }
    // Whether a list of these ids shows every expected change; when it does, the expectation is
    // met and forgotten (what changes later is someone else's doing, not lag).
    bool metBy(const QStringList &ids);

private:
    QSet<QString> m_added;
    QSet<QString> m_removed;
};

} // namespace ie::models
