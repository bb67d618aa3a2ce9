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
    // What a person reads first; the target, the longest, last so that it takes the width left.
    enum Column {
        Time,
        Identity,
        Action,
        Result,
        Tier0,
        Principal,
        Tenant,
        RequestId,
        Target,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AuditModel(ie::AuditLog *log = nullptr, QObject *parent = nullptr);
    // The records of the log's current tenant (AuditLog::setTenant), oldest first.
    void reload();
    // The stored words ("grant-app-role", "granted", "failed: <code>") in the user's language;
    // the file keeps the machine-readable form.
    static QString actionText(const QString &action);
    static QString resultText(const QString &result);
    static QString principalText(const QString &principal);
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
