#include "models/auditmodel.h"

#include <QLocale>

namespace ie::models {

AuditModel::AuditModel(ie::AuditLog *log, QObject *parent) : QAbstractTableModel(parent), m_log(log)
{
    if (m_log) {
        connect(m_log, &ie::AuditLog::appended, this, [this](const ie::AuditRecord &r) {
            beginInsertRows({}, int(m_records.size()), int(m_records.size()));
            m_records.append(r);
            endInsertRows();
        });
    }
    reload();
}

void AuditModel::reload()
{
    beginResetModel();
    m_records = m_log ? m_log->records() : QList<ie::AuditRecord>{};
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const ie::AuditRecord &r = m_records.at(index.row());
    switch (index.column()) {
    case Time:
        return QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat);
    case Principal:
        return r.principal;
    case Tenant:
        return r.tenantId;
    case Action:
        return r.action;
    case Target:
        return r.target;
    case Result:
        return r.result;
    case RequestId:
        return r.requestId;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Principal:
        return tr("Signed in as");
    case Tenant:
        return tr("Tenant");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Result:
        return tr("Result");
    case RequestId:
        return tr("Request id");
    }
    return {};
}

} // namespace ie::models
