#include "models/auditmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ie::models {

AuditModel::AuditModel(ie::AuditLog *log, QObject *parent) : QAbstractTableModel(parent), m_log(log)
{
    if (m_log) {
        connect(m_log, &ie::AuditLog::appended, this, [this](const ie::AuditRecord &r) {
            if (!m_log->isCurrent(r))
                return;
            beginInsertRows({}, int(m_records.size()), int(m_records.size()));
            m_records.append(r);
            endInsertRows();
        });
        connect(m_log, &ie::AuditLog::tenantChanged, this, &AuditModel::reload);
    }
    reload();
}

void AuditModel::reload()
{
    beginResetModel();
    m_records = m_log ? m_log->currentRecords() : QList<ie::AuditRecord>{};
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

QString AuditModel::actionText(const QString &action)
{
    if (action == "grant-app-role"_L1)
        return tr("Grant app role");
    if (action == "revoke-app-role"_L1)
        return tr("Revoke app role");
    if (action == "create-role-assignment"_L1)
        return tr("Assign Azure role");
    if (action == "delete-role-assignment"_L1)
        return tr("Remove Azure role assignment");
    return action;
}

QString AuditModel::resultText(const QString &result)
{
    if (result == "granted"_L1)
        return tr("granted");
    if (result == "already-held"_L1)
        return tr("already held");
    if (result == "already-granted"_L1)
        return tr("already assigned");
    if (result == "revoked"_L1)
        return tr("revoked");
    if (result == "removed"_L1)
        return tr("removed");
    if (result.startsWith("failed: "_L1))
        return tr("failed: %1").arg(result.mid(8));
    if (result == "failed"_L1)
        return tr("failed");
    return result;
}

QString AuditModel::principalText(const QString &principal)
{
    // The fresh start's name for the sandbox's admin app, stored in English.
    if (principal == "sandbox admin app"_L1)
        return tr("sandbox admin app");
    return principal;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ie::AuditRecord &r = m_records.at(index.row());
    if (role == Qt::ToolTipRole)
        return index.column() == Target || index.column() == Identity ? r.target : QVariant();
    switch (index.column()) {
    case Time:
        return QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat);
    case Identity:
        return r.identityDisplayName.isEmpty() ? r.identityObjectId : r.identityDisplayName;
    case Principal:
        return principalText(r.principal);
    case Tenant:
        return r.sandbox ? tr("%1 (sandbox)").arg(r.tenantId) : r.tenantId;
    case Action:
        return actionText(r.action);
    case Target:
        return r.target;
    case Result:
        return resultText(r.result);
    case Tier0:
        if (!r.tier0Confirmed)
            return QString();
        return r.confirmedBy.isEmpty() ? tr("confirmed")
                                       : tr("confirmed by %1").arg(principalText(r.confirmedBy));
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
    case Identity:
        return tr("Identity");
    case Tier0:
        return tr("Tier 0 confirmation");
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
