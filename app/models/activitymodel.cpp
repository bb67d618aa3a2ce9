#include "models/activitymodel.h"

namespace ie::models {

ActivityModel::ActivityModel(QObject *parent) : QAbstractTableModel(parent) { }

void ActivityModel::setLog(ie::net::ActivityLog *log)
{
    beginResetModel();
    if (m_log)
        m_log->disconnect(this);
    m_log = log;
    m_rows = log ? int(log->entries().size()) : 0;
    if (log) {
        connect(log, &ie::net::ActivityLog::entryAppended, this, &ActivityModel::onAppended);
        connect(log, &ie::net::ActivityLog::entriesDropped, this, &ActivityModel::onDropped);
        connect(log, &ie::net::ActivityLog::cleared, this, &ActivityModel::onCleared);
    }
    endResetModel();
}

void ActivityModel::onAppended()
{
    beginInsertRows({}, m_rows, m_rows);
    ++m_rows;
    endInsertRows();
}

void ActivityModel::onDropped(int count)
{
    // The log already dropped its oldest `count` entries; the view still shows them.
    beginRemoveRows({}, 0, count - 1);
    m_rows -= count;
    endRemoveRows();
}

void ActivityModel::onCleared()
{
    beginResetModel();
    m_rows = 0;
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!m_log || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ie::net::ActivityEntry &e = m_log->entries().at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e.time.toString(Qt::ISODateWithMs).mid(11, 12);
        case Method:
            return e.method;
        case Status:
            return e.status > 0 ? QString::number(e.status) : tr("—");
        case Duration:
            return tr("%1 ms").arg(e.durationMs);
        case Url:
            return e.url;
        case RequestId:
            return e.requestId.isEmpty() ? e.clientRequestId : e.requestId;
        case Note:
            return e.attempt > 1 ? tr("attempt %1 %2").arg(e.attempt).arg(e.note) : e.note;
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("%1 %2\nstatus %3, %4 ms, attempt %5\nrequest-id %6\nclient-request-id %7\n%8")
                .arg(e.method, e.url)
                .arg(e.status)
                .arg(e.durationMs)
                .arg(e.attempt)
                .arg(e.requestId, e.clientRequestId, e.note);
    } else if (role == FailedRole) {
        return e.status == 0 || e.status >= 400;
    } else if (role == Qt::TextAlignmentRole
               && (index.column() == Status || index.column() == Duration)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Url:
        return tr("URL");
    case RequestId:
        return tr("Request id");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace ie::models
