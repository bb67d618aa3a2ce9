#pragma once

#include "catalog/catalog.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace ie::models {

// The lookup results as a two-level tree: one group row per kind (in kind order, only kinds with
// hits), the hits of that kind below it, best first. Re-searches on setQuery() and whenever the
// catalog changes.
class CatalogSearchModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogSearchModel)
public:
    enum Column { NameColumn, IdColumn, DescriptionColumn, ResourceColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        KindRole = Qt::UserRole + 1, // int(ie::catalog::Kind)
        KindKeyRole, // "app-role", ...
        IdRole,
        ValueRole,
        DisplayNameRole,
        ResourceAppIdRole,
        RankRole, // int(ie::catalog::MatchRank)
        TierRole, // int(ie::catalog::Tier)
        TwinIdRole, // the other half of an app-role/scope pair, or empty
        IsGroupRole,
        LiveStateRole, // int(ie::catalog::LiveState)
    };
    Q_ENUM(Role)

    explicit CatalogSearchModel(catalog::Catalog *catalog, QObject *parent = nullptr);
    ~CatalogSearchModel() override;

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // At most this many hits in all (the best ones). Default 500.
    void setLimit(int limit);
    int limit() const { return m_limit; }
    int hitCount() const { return m_hitCount; }

    // The entry behind a hit row, or null for a group row or an invalid index.
    catalog::EntryPtr entry(const QModelIndex &index) const;
    // The best hit overall (the groups are in kind order, so it need not be the first row).
    QModelIndex bestIndex() const { return indexOf(m_best); }
    // The hit row of an entry, e.g. to select the twin.
    QModelIndex indexOf(const catalog::EntryPtr &entry, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void searched(int hits);

private:
    struct Group
    {
        catalog::Kind kind;
        QList<catalog::Hit> hits;
    };
    void refresh();

    QPointer<catalog::Catalog> m_catalog;
    QString m_query;
    int m_limit = 500;
    int m_hitCount = 0;
    QList<Group> m_groups;
    catalog::EntryPtr m_best;
};

} // namespace ie::models
