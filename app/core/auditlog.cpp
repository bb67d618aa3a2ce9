#include "core/auditlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ie {

namespace {

QString csvField(const QString &s)
{
    // Quote every field; a leading =, +, - or @ would be a formula in a spreadsheet.
    QString v = s;
    if (!v.isEmpty() && QStringView(u"=+-@").contains(v.front()))
        v.prepend(u'\'');
    v.replace(u'"', "\"\""_L1);
    return u'"' + v + u'"';
}

} // namespace

QJsonObject AuditRecord::toJson() const
{
    return QJsonObject{{"time"_L1, time.toUTC().toString(Qt::ISODateWithMs)},
                       {"principal"_L1, principal},
                       {"tenantId"_L1, tenantId},
                       {"action"_L1, action},
                       {"target"_L1, target},
                       {"result"_L1, result},
                       {"requestId"_L1, requestId},
                       {"identityDisplayName"_L1, identityDisplayName},
                       {"identityObjectId"_L1, identityObjectId},
                       {"tier0Confirmed"_L1, tier0Confirmed},
                       {"confirmedBy"_L1, confirmedBy},
                       {"sandbox"_L1, sandbox},
                       {"sandboxRun"_L1, sandboxRun}};
}

AuditRecord AuditRecord::fromJson(const QJsonObject &o)
{
    AuditRecord r;
    r.time = QDateTime::fromString(o.value("time"_L1).toString(), Qt::ISODateWithMs);
    r.principal = o.value("principal"_L1).toString();
    r.tenantId = o.value("tenantId"_L1).toString();
    r.action = o.value("action"_L1).toString();
    r.target = o.value("target"_L1).toString();
    r.result = o.value("result"_L1).toString();
    r.requestId = o.value("requestId"_L1).toString();
    r.identityDisplayName = o.value("identityDisplayName"_L1).toString();
    r.identityObjectId = o.value("identityObjectId"_L1).toString();
    r.tier0Confirmed = o.value("tier0Confirmed"_L1).toBool();
    r.confirmedBy = o.value("confirmedBy"_L1).toString();
    r.sandbox = o.value("sandbox"_L1).toBool();
    r.sandboxRun = o.value("sandboxRun"_L1).toString();
    return r;
}

AuditLog::AuditLog(const QString &path, QObject *parent)
    : QObject(parent), m_path(path.isEmpty() ? defaultPath() : path)
{ }

AuditLog::~AuditLog() = default;

QString AuditLog::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"audit.jsonl"_s);
}

QString AuditLog::scrub(const QString &text)
{
    static const QRegularExpression jwt(u"eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"_s);
    static const QRegularExpression bearer(u"Bearer\\s+\\S+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QString s = text;
    s.replace(jwt, u"[token removed]"_s);
    s.replace(bearer, u"Bearer [token removed]"_s);
    return s;
}

QString AuditLog::currentSandboxRun()
{
    static const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return run;
}

void AuditLog::setTenant(const QString &tenantId, bool sandbox, const QString &sandboxRun)
{
    m_tenantId = tenantId;
    m_sandbox = sandbox;
    m_sandboxRun = sandbox ? (sandboxRun.isEmpty() ? currentSandboxRun() : sandboxRun) : QString();
    if (m_sandbox) {
        // The records of an earlier sandbox run name grants in a tenant that is gone.
        const QList<AuditRecord> all = records();
        QList<AuditRecord> keep;
        for (const AuditRecord &r : all) {
            if (!r.sandbox || r.sandboxRun == m_sandboxRun)
                keep.append(r);
        }
        if (keep.size() != all.size()) {
            QSaveFile f(m_path);
            if (f.open(QIODevice::WriteOnly)) {
                for (const AuditRecord &r : std::as_const(keep))
                    f.write(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n');
                f.commit();
            }
        }
    }
    Q_EMIT tenantChanged();
}

bool AuditLog::isCurrent(const AuditRecord &record) const
{
    if (m_tenantId.isEmpty())
        return true;
    if (record.tenantId.compare(m_tenantId, Qt::CaseInsensitive) != 0
        || record.sandbox != m_sandbox)
        return false;
    return !m_sandbox || record.sandboxRun == m_sandboxRun;
}

QList<AuditRecord> AuditLog::currentRecords() const
{
    QList<AuditRecord> out;
    for (const AuditRecord &r : records()) {
        if (isCurrent(r))
            out.append(r);
    }
    return out;
}

VoidResult AuditLog::append(AuditRecord record)
{
    if (!record.time.isValid())
        record.time = QDateTime::currentDateTimeUtc();
    if (!m_tenantId.isEmpty()) {
        if (record.tenantId.isEmpty())
            record.tenantId = m_tenantId;
        if (m_sandbox && record.tenantId.compare(m_tenantId, Qt::CaseInsensitive) == 0) {
            record.sandbox = true;
            record.sandboxRun = m_sandboxRun;
        }
    }
    for (QString *s : {&record.principal, &record.tenantId, &record.action, &record.target,
                       &record.result, &record.requestId, &record.identityDisplayName,
                       &record.identityObjectId, &record.confirmedBy})
        *s = scrub(*s);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return ApiError::make(
                ApiError::Kind::InvalidInput,
                tr("The audit record %1 cannot be written: %2").arg(m_path, f.errorString()));
    }
    f.write(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n');
    f.close();
    Q_EMIT appended(record);
    return Done{};
}

QList<AuditRecord> AuditLog::records() const
{
    QList<AuditRecord> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError pe{};
        const QJsonDocument d = QJsonDocument::fromJson(line, &pe);
        if (pe.error == QJsonParseError::NoError && d.isObject())
            out.append(AuditRecord::fromJson(d.object()));
    }
    return out;
}

QByteArray AuditLog::toCsv(const QList<AuditRecord> &records)
{
    QString out = u"time,principal,tenantId,action,target,result,requestId,identityDisplayName,"
                  "identityObjectId,tier0Confirmed,confirmedBy,sandbox\r\n"_s;
    for (const AuditRecord &r : records) {
        out += QStringList{csvField(r.time.toUTC().toString(Qt::ISODateWithMs)),
                           csvField(r.principal),
                           csvField(r.tenantId),
                           csvField(r.action),
                           csvField(r.target),
                           csvField(r.result),
                           csvField(r.requestId),
                           csvField(r.identityDisplayName),
                           csvField(r.identityObjectId),
                           csvField(r.tier0Confirmed ? u"true"_s : u"false"_s),
                           csvField(r.confirmedBy),
                           csvField(r.sandbox ? u"true"_s : u"false"_s)}
                        .join(u',')
                + "\r\n"_L1;
    }
    return out.toUtf8();
}

QByteArray AuditLog::toJson(const QList<AuditRecord> &records)
{
    QJsonArray a;
    for (const AuditRecord &r : records)
        a.append(r.toJson());
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

} // namespace ie
