#include "core/auditlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

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
                       {"requestId"_L1, requestId}};
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

VoidResult AuditLog::append(AuditRecord record)
{
    if (!record.time.isValid())
        record.time = QDateTime::currentDateTimeUtc();
    for (QString *s : {&record.principal, &record.tenantId, &record.action, &record.target,
                       &record.result, &record.requestId})
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
    QString out = u"time,principal,tenantId,action,target,result,requestId\r\n"_s;
    for (const AuditRecord &r : records) {
        out += QStringList{csvField(r.time.toUTC().toString(Qt::ISODateWithMs)),
                           csvField(r.principal),
                           csvField(r.tenantId),
                           csvField(r.action),
                           csvField(r.target),
                           csvField(r.result),
                           csvField(r.requestId)}
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
