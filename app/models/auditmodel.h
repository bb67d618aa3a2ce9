#pragma once

#include "core/auditlog.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ie::models {

// The audit record, one row per change, newest last; follows the log as it grows.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)
public:
    enum Column { Time, Principal, Tenant, Action, Target, Result, RequestId, ColumnCount };
    Q_ENUM(Column)

    explicit AuditModel(ie::AuditLog *log = nullptr, QObject *parent = nullptr);
    void reload();
    const QList<ie::AuditRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<ie::AuditLog> m_log;
    QList<ie::AuditRecord> m_records;
};

} // namespace ie::models
