#pragma once

#include "jwt/tokenexplainer.h"

#include <QAbstractTableModel>

namespace ie::models {

// The claims of one token: claim, value, what it means, what its GUIDs or times name. setRows()
// with the same claims (the countdown ticking) only signals dataChanged, so a view keeps its
// selection and scroll position.
class ClaimsTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsTableModel)
public:
    enum Column { ClaimColumn, ValueColumn, ExplanationColumn, ResolvedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        NameRole = Qt::UserRole + 1, // the claim name
        ValueTextRole, // the value in one line
        ObjectIdRole, // the oid row: the object id to select in the tree
        KnownRole, // bool: the dictionary knows the claim
        TitleRole, // "Audience"
        HeaderRole, // bool: a header parameter
    };
    Q_ENUM(Role)

    explicit ClaimsTableModel(QObject *parent = nullptr);
    ~ClaimsTableModel() override;

    void setRows(const QList<ie::jwt::ClaimRow> &rows);
    void clear();
    const QList<ie::jwt::ClaimRow> &rows() const { return m_rows; }
    const ie::jwt::ClaimRow *row(int row) const;
    int rowOf(const QString &claim) const;
    // "name: value" of a row, for the clipboard.
    QString copyText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ie::jwt::ClaimRow> m_rows;
};

} // namespace ie::models
