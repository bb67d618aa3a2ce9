#pragma once

#include "permissions/heldpermission.h"

#include <QAbstractListModel>
#include <QPointer>

namespace ie::catalog {
class Catalog;
}
namespace ie::permissions {
class PermissionStore;
}

namespace ie::models {

// "What it can do": everything one identity holds, of every kind the permission store reads, as
// one list, highest tier first. Each row says in plain words what the holder could do (the
// catalog's description of the permission or role, else the one the holder's resource gives) and
// where the grant comes from (direct, inherited from a scope above, through a group, ...: the
// HeldPermission's source). A kind that could not be read is a row of its own saying so, and the
// verdict on top never claims "nothing" while a kind is unknown.
//
// Generic over the kinds: a new PermissionKind added to the store shows here without changes.
class CapabilityModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityModel)
public:
    enum class RowType {
        Held, // something the identity holds
        Failed, // a kind that could not be read
        Loading, // a kind still being read
        Note, // a part of a kind that could not be read, said plainly
    };
    Q_ENUM(RowType)
    enum DataRole {
        RowTypeRole = Qt::UserRole + 1, // RowType
        KindRole, // int (permissions::Kind)
        TierRole, // int (catalog::Tier; -1 untiered)
        WhatRole, // QString: what the holder could do, in plain words
        SourceRole, // QString: where it comes from and where it applies
        RevocableRole, // bool: Revoke is offered
        AssignmentIdRole, // QString
    };
    Q_ENUM(DataRole)

    explicit CapabilityModel(QObject *parent = nullptr);
    ~CapabilityModel() override;

    // Names and describes through the catalog (may be null).
    void setCatalog(const ie::catalog::Catalog *catalog);
    // Follows `store` (may be null): the rows are what it knows of the identity set.
    void setStore(ie::permissions::PermissionStore *store);
    void setPrincipalId(const QString &principalId);
    QString principalId() const { return m_principalId; }

    // The one-line verdict: the most dangerous thing held, a kind that could not be read, still
    // reading, or "Nothing tier 0 or tier 1".
    QString verdict() const { return m_verdict; }
    // The tier the verdict is about (-1: none of tier 0 or 1 known).
    int verdictTier() const { return m_verdictTier; }
    // Every kind of the store was read without an error.
    bool isComplete() const { return m_complete; }
    // Every kind of the store was read or refused: nothing is still on its way.
    bool isSettled() const { return m_settled; }
    const ie::permissions::HeldPermission &permission(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // What the holder of `p` could do, in plain words.
    static QString whatText(const ie::permissions::HeldPermission &p,
                            const ie::catalog::Catalog *catalog);
    // Where the grant of `p` comes from and where it applies.
    static QString sourceText(const ie::permissions::HeldPermission &p);
    // "User.Read.All on Microsoft Graph", "Owner at /subscriptions/…", "Global Administrator".
    static QString titleText(const ie::permissions::HeldPermission &p);

Q_SIGNALS:
    // After the rows and the verdict changed.
    void updated();

private:
    struct Row
    {
        RowType type = RowType::Held;
        ie::permissions::HeldPermission held;
        QString text; // Failed: the error
        bool revocable = false;
    };
    void rebuild();
    QString verdictFor(const ie::permissions::HeldPermission &p) const;

    QPointer<ie::permissions::PermissionStore> m_store;
    const ie::catalog::Catalog *m_catalog = nullptr;
    QString m_principalId;
    QList<Row> m_rows;
    QString m_verdict;
    int m_verdictTier = -1;
    bool m_complete = false;
    bool m_settled = false;
};

} // namespace ie::models
