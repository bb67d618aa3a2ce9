// The local audit record: append-only JSON lines, never a token, CSV and JSON export.

#include "core/auditlog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::AuditLog;
using ie::AuditRecord;

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendAndReadBack();
    void appendOnly();
    void neverAToken_data();
    void neverAToken();
    void csvExport();
    void jsonExport();
    void defaultPathIsAppData();
    void unwritable();
};

namespace {

AuditRecord record(const QString &action, const QString &result)
{
    AuditRecord r;
    r.time = QDateTime(QDate(2026, 12, 1), QTime(20, 0), Qt::UTC);
    r.principal = u"Identity Explorer Sandbox Admin"_s;
    r.tenantId = u"8c1f0e4a-6b2d-4c3e-9f7a-2d5b8e1c4a90"_s;
    r.action = action;
    r.target = u"User.Read.All on Microsoft Graph for f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s;
    r.result = result;
    r.requestId = u"0a1b2c3d-0000-4000-8000-000000000001"_s;
    return r;
}

} // namespace

void TestAuditLog::appendAndReadBack()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(u"sub/audit.jsonl"_s));
    QSignalSpy appended(&log, &AuditLog::appended);
    QVERIFY(log.append(record(u"grant-app-role"_s, u"granted"_s)).ok());
    QVERIFY(log.append(record(u"revoke-app-role"_s, u"revoked"_s)).ok());
    QCOMPARE(appended.size(), 2);
    const auto all = log.records();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].action, u"grant-app-role"_s);
    QCOMPARE(all[1].result, u"revoked"_s);
    QCOMPARE(all[0].time, record({}, {}).time);
    QCOMPARE(all[0].requestId, u"0a1b2c3d-0000-4000-8000-000000000001"_s);
}

void TestAuditLog::appendOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.jsonl"_s);
    {
        AuditLog first(path);
        QVERIFY(first.append(record(u"a"_s, u"granted"_s)).ok());
    }
    AuditLog second(path);
    QVERIFY(second.append(record(u"b"_s, u"granted"_s)).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &l : lines)
        QVERIFY(QJsonDocument::fromJson(l).isObject());
    QCOMPARE(second.records().size(), 2);
}

void TestAuditLog::neverAToken_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("jwt")
            << u"failed: eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwcyJ9.c2lnbmF0dXJl"_s;
    QTest::newRow("bearer") << u"Authorization: Bearer abc.def-ghi"_s;
}

void TestAuditLog::neverAToken()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    AuditLog log(dir.filePath(u"audit.jsonl"_s));
    AuditRecord r = record(u"grant-app-role"_s, text);
    r.target = text;
    QVERIFY(log.append(r).ok());
    QFile f(log.path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    QVERIFY2(!all.contains("eyJ0eXAi"), all.constData());
    QVERIFY2(!all.contains("abc.def-ghi"), all.constData());
    QVERIFY(all.contains("[token removed]"));
}

void TestAuditLog::csvExport()
{
    AuditRecord r = record(u"grant-app-role"_s, u"failed: \"quoted\""_s);
    r.target = u"=HYPERLINK(\"x\")"_s;
    const QByteArray csv = AuditLog::toCsv({r});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines[0].trimmed(),
             QByteArray("time,principal,tenantId,action,target,result,requestId,identityDisplayName,"
                        "identityObjectId,tier0Confirmed,confirmedBy,sandbox"));
    QVERIFY2(lines[1].contains("\"failed: \"\"quoted\"\"\""), lines[1].constData());
    // A formula is defused.
    QVERIFY2(lines[1].contains("\"'=HYPERLINK(\"\"x\"\")\""), lines[1].constData());
    QVERIFY(lines[1].startsWith("\"2026-12-01T20:00:00.000Z\""));
}

void TestAuditLog::jsonExport()
{
    const QJsonArray a = QJsonDocument::fromJson(AuditLog::toJson({record(u"x"_s, u"granted"_s),
                                                                   record(u"y"_s, u"failed"_s)}))
                                 .array();
    QCOMPARE(a.size(), 2);
    const QJsonObject o = a[1].toObject();
    for (const char *key :
         {"time", "principal", "tenantId", "action", "target", "result", "requestId"})
        QVERIFY2(o.contains(QLatin1StringView(key)), key);
    QCOMPARE(o.value("action"_L1).toString(), u"y"_s);
}

void TestAuditLog::defaultPathIsAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(AuditLog::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(AuditLog::defaultPath().endsWith(u"audit.jsonl"_s));
}

void TestAuditLog::unwritable()
{
    QTemporaryDir dir;
    // A directory where the file should be.
    QVERIFY(QDir(dir.path()).mkpath(u"audit.jsonl"_s));
    AuditLog log(dir.filePath(u"audit.jsonl"_s));
    const auto r = log.append(record(u"x"_s, u"granted"_s));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(dir.filePath(u"audit.jsonl"_s)));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
