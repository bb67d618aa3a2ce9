#include "models/claimstablemodel.h"

#include "core/terminaltext.h"

using namespace Qt::StringLiterals;

namespace ie::models {

ClaimsTableModel::ClaimsTableModel(QObject *parent) : QAbstractTableModel(parent) { }

ClaimsTableModel::~ClaimsTableModel() = default;

void ClaimsTableModel::setRows(const QList<ie::jwt::ClaimRow> &rows)
{
    bool sameClaims = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameClaims && i < rows.size(); ++i)
        sameClaims = rows[i].name == m_rows[i].name && rows[i].header == m_rows[i].header;
    if (!sameClaims) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ClaimsTableModel::clear()
{
    setRows({});
}

const ie::jwt::ClaimRow *ClaimsTableModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ClaimsTableModel::rowOf(const QString &claim) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name == claim && !m_rows[i].header)
            return int(i);
    }
    return -1;
}

QString ClaimsTableModel::copyText(int r) const
{
    const ie::jwt::ClaimRow *c = row(r);
    return c ? c->name + u": "_s + c->valueText : QString();
}

int ClaimsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ie::jwt::ClaimRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        // A token's names and values are its maker's text: control and bidirectional
        // characters show as escapes, never as a line break or reversed text.
        switch (index.column()) {
        case ClaimColumn:
            return terminalSafe(r.name);
        case ValueColumn:
            return terminalSafe(r.valueText);
        case ExplanationColumn:
            return r.known ? r.title + u": "_s + r.explanation : r.explanation;
        case ResolvedColumn:
            return terminalSafe(r.resolved);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && !r.objectId.isEmpty())
            return tr("Click to select this identity in the tree.");
        return r.explanation;
    case NameRole:
        return r.name;
    case ValueTextRole:
        return r.valueText;
    case ObjectIdRole:
        return r.objectId;
    case KnownRole:
        return r.known;
    case TitleRole:
        return r.title;
    case HeaderRole:
        return r.header;
    default:
        return {};
    }
}

QVariant ClaimsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClaimColumn:
        return tr("Claim");
    case ValueColumn:
        return tr("Value");
    case ExplanationColumn:
        return tr("Meaning");
    case ResolvedColumn:
        return tr("Names and times");
    default:
        return {};
    }
}

QHash<int, QByteArray> ClaimsTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(ValueTextRole, "valueText");
    names.insert(ObjectIdRole, "objectId");
    names.insert(KnownRole, "known");
    names.insert(TitleRole, "title");
    names.insert(HeaderRole, "header");
    return names;
}

} // namespace ie::models
