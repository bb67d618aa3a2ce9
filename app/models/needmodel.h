#pragma once

#include "catalog/actionindex.h"
#include "core/workerhandover.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

namespace ie::catalog {
class Catalog;
}

namespace ie::models {

// "What does it need?": the built-in Azure roles that grant what was typed, fewest operations
// first. The text is one or more Azure operations (separated by spaces, commas or new lines,
// each optionally prefixed data: or control:); for several the rows are the roles that grant
// them all. The index behind it is built on a worker of the global QThreadPool whenever the
// catalog changes; until it is in, isReady() is false and the rows are empty (the query is kept
// and answered once it arrives).
class NeedModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NeedModel)
public:
    enum Column {
        RoleColumn,
        OperationsColumn,
        TierColumn,
        MatchedByColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RoleIdRole = Qt::UserRole + 1, // the role definition GUID
        RoleNameRole,
        OperationsRole, // int
        TierRole, // int(ie::catalog::Tier)
        ConditionalRole, // bool: granted only under an ABAC condition
        MatchedByRole,
    };
    Q_ENUM(Role)

    explicit NeedModel(catalog::Catalog *catalog, QObject *parent = nullptr);
    ~NeedModel() override;

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    bool isReady() const { return m_index != nullptr; }

    // The answer behind the rows: one resolution per operation typed, the covering roles, and
    // the custom role when one is suggested.
    const catalog::CoverResult &result() const { return m_result; }
    // The index in use (null until built): for the reverse view of a role.
    std::shared_ptr<const catalog::ActionIndex> actionIndex() const { return m_index; }
    catalog::EntryPtr role(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Splits the box's text into operations.
    static QList<catalog::ActionQuery> parseQueries(const QString &text);

Q_SIGNALS:
    // The rows were replaced (a new query, or the index arrived).
    void resolved();
    void readyChanged(bool ready);

private:
    void rebuildIndex();
    void refresh();

    QPointer<catalog::Catalog> m_catalog;
    std::shared_ptr<WorkerHandover<NeedModel>> m_handover;
    quint64 m_generation = 1;
    std::shared_ptr<const catalog::ActionIndex> m_index;
    QString m_query;
    catalog::CoverResult m_result;
    QList<catalog::RoleGrant> m_rows;
};

} // namespace ie::models
