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

    VoidResult append(AuditRecord record);
    // Every record, oldest first; lines that do not parse are skipped.
    QList<AuditRecord> records() const;

    static QByteArray toCsv(const QList<AuditRecord> &records);
    static QByteArray toJson(const QList<AuditRecord> &records);
    // Removes anything that looks like a JWT or a "Bearer ..." value.
    static QString scrub(const QString &text);

Q_SIGNALS:
    void appended(const ie::AuditRecord &record);

private:
    QString m_path;
};

} // namespace ie
