#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace ie {

// One change the app made (or tried to make) to a tenant.
struct AuditRecord
{
    QDateTime time; // UTC
    QString principal; // who was signed in (object id or name)
    QString tenantId;
    QString action; // "grant-app-role", "revoke-app-role", "create-role-assignment", ...
    QString target; // what was changed, in one line
    QString result; // "granted", "already-held", "revoked", "failed: <code>", ...
    QString requestId; // the service's request id, to quote to support
    // The identity the change was made to: its display name (the object id is in `target`).
    QString identityDisplayName;
    QString identityObjectId;
    // A tier-0 change needs an explicit confirmation: whether it was given, and by whom (the
    // signed-in principal that clicked it).
    bool tier0Confirmed = false;
    QString confirmedBy;
    // Made against the local sandbox tenant; `sandboxRun` names the run (one per process), so a
    // new sandbox does not show the grants of one that no longer exists.
    bool sandbox = false;
    QString sandboxRun;

    QJsonObject toJson() const;
    static AuditRecord fromJson(const QJsonObject &o);
};

// The local, append-only audit record: one JSON object per line in a file under the app's data
// directory. Nothing in it is a secret: anything shaped like a bearer token is removed before a
// line is written.
class AuditLog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLog)
public:
    // `path` empty: audit.jsonl under QStandardPaths::AppDataLocation.
    explicit AuditLog(const QString &path = {}, QObject *parent = nullptr);
    ~AuditLog() override;

    static QString defaultPath();
    QString path() const { return m_path; }

    // Records from now on belong to this tenant. A sandbox tenant's records are stamped with
    // `sandboxRun` (currentSandboxRun() when empty): records of earlier sandbox runs are dropped
    // from the file, since the tenant they changed no longer exists.
    void setTenant(const QString &tenantId, bool sandbox, const QString &sandboxRun = {});
    QString tenantId() const { return m_tenantId; }
    bool isSandbox() const { return m_sandbox; }
    QString sandboxRun() const { return m_sandboxRun; }
    // One id per process: the in-process sandbox lives as long as the process.
    static QString currentSandboxRun();
    // Whether `record` belongs to the current tenant (everything when none is set).
    bool isCurrent(const AuditRecord &record) const;

    VoidResult append(AuditRecord record);
    // Every record, oldest first; lines that do not parse are skipped.
    QList<AuditRecord> records() const;
    // The records of the current tenant only (all of them when no tenant is set).
    QList<AuditRecord> currentRecords() const;

    static QByteArray toCsv(const QList<AuditRecord> &records);
    static QByteArray toJson(const QList<AuditRecord> &records);
    // Removes anything that looks like a JWT or a "Bearer ..." value.
    static QString scrub(const QString &text);

Q_SIGNALS:
    void appended(const ie::AuditRecord &record);
    void tenantChanged();

private:
    QString m_path;
    QString m_tenantId;
    bool m_sandbox = false;
    QString m_sandboxRun;
};

} // namespace ie
