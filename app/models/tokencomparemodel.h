#pragma once

#include "jwt/decodedtoken.h"

#include <QAbstractTableModel>

namespace ie::models {

// Two tokens side by side, claim by claim: what a refreshed token gained or lost (a new role, a
// scope gone, another audience). Volatile claims that differ in every token (iat, exp, uti, ...)
// count as unchanged so that the real differences stand out.
class TokenCompareModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCompareModel)
public:
    enum Column { ClaimColumn, ChangeColumn, BeforeColumn, AfterColumn, ColumnCount };
    Q_ENUM(Column)
    enum class Change { Unchanged, Added, Removed, Changed };
    Q_ENUM(Change)
    enum Role {
        NameRole = Qt::UserRole + 1,
        ChangeRole, // int(Change)
        VolatileRole, // bool: differs in every token by nature
    };
    Q_ENUM(Role)

    struct Row
    {
        QString name;
        QString before; // empty when the claim is absent
        QString after;
        Change change = Change::Unchanged;
        bool isVolatile = false;
        QStringList added; // list claims (roles, scp, wids, groups): the items added
        QStringList removed;
    };

    explicit TokenCompareModel(QObject *parent = nullptr);
    ~TokenCompareModel() override;

    void setTokens(const ie::jwt::DecodedToken &before, const ie::jwt::DecodedToken &after);
    void clear();
    // Hide claims that did not change (volatile ones included). Default: shown.
    void setShowUnchanged(bool show);
    bool showUnchanged() const { return m_showUnchanged; }
    int count(Change change) const;
    const QList<Row> &rows() const { return m_visible; }
    // "2 added, 1 removed, 1 changed".
    QString summary() const;

    static bool isVolatileClaim(const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuildVisible();

    QList<Row> m_all;
    QList<Row> m_visible;
    bool m_showUnchanged = true;
};

} // namespace ie::models
