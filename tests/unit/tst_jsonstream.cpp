// ie::JsonStreamWriter: streamed JSON, byte for byte what QJsonDocument::toJson(Indented) writes for
// the same document (list --json's output did not change when it stopped building the document).

#include "core/jsonstream.h"
#include "graph/permissionreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Writes `v` through the stream writer (object keys in QJsonObject's order, as callers must).
void write(ie::JsonStreamWriter &w, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Array:
        w.beginArray();
        for (const QJsonValue &e : v.toArray())
            write(w, e);
        w.endArray();
        break;
    case QJsonValue::Object: {
        w.beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray name = it.key().toLatin1();
            w.key(QLatin1StringView(name));
            write(w, it.value());
        }
        w.endObject();
        break;
    }
    case QJsonValue::String:
        w.string(v.toString());
        break;
    case QJsonValue::Bool:
        w.boolean(v.toBool());
        break;
    default:
        w.null();
        break;
    }
}

QByteArray streamed(const QJsonValue &top)
{
    QByteArray out;
    {
        ie::JsonStreamWriter w([&](QByteArrayView b) { out.append(b); });
        write(w, top);
        w.finish();
    }
    return out;
}

QString allAscii()
{
    QString s;
    for (char16_t c = 0; c < 0x80; ++c)
        s.append(QChar(c));
    return s;
}

} // namespace

class TestJsonStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameBytesAsQt_data()
    {
        QTest::addColumn<QJsonValue>("document");
        QTest::newRow("empty array") << QJsonValue(QJsonArray());
        QTest::newRow("empty object") << QJsonValue(QJsonObject());
        QTest::newRow("list row") << QJsonValue(QJsonArray{QJsonObject{
                {"appId"_L1, "e3f4a5b6-0001-4c7d-8e9f-a0b1c2d3e4f5"_L1},
                {"displayName"_L1, "id-orders-shared"_L1},
                {"kind"_L1, "user-assigned"_L1},
                {"orphaned"_L1, false},
                {"resourceIds"_L1, QJsonArray{"/subscriptions/a"_L1, "/subscriptions/b"_L1}}}});
        QTest::newRow("empty and null members") << QJsonValue(QJsonArray{
                QJsonObject{{"a"_L1, QJsonArray()}, {"b"_L1, QJsonValue()}, {"c"_L1, true}},
                QJsonObject{}, QJsonArray{QJsonArray{}, QJsonObject{{"x"_L1, QJsonObject{}}}}});
        QTest::newRow("every ASCII character") << QJsonValue(QJsonArray{allAscii()});
        QTest::newRow("quotes and backslashes") << QJsonValue(QJsonArray{u"a\"b\\c\\\"\""_s});
        QTest::newRow("umlauts, emoji, RLO")
                << QJsonValue(QJsonArray{u"Gr\u00fc\u00dfe \U0001F600 abc\u202Etxt.exe"_s});
        QTest::newRow("lone surrogates")
                << QJsonValue(QJsonArray{QString(QChar(0xd800)) + u"x"_s + QString(QChar(0xdc00))});
        QTest::newRow("DEL, C1, NUL") << QJsonValue(QJsonArray{QString(u"\u007f\u009b\0z"_s)});
        QTest::newRow("empty string") << QJsonValue(QJsonArray{QString()});
    }
    void sameBytesAsQt()
    {
        QFETCH(QJsonValue, document);
        const QByteArray expected = document.isArray()
                ? QJsonDocument(document.toArray()).toJson(QJsonDocument::Indented)
                : QJsonDocument(document.toObject()).toJson(QJsonDocument::Indented);
        QCOMPARE(streamed(document), expected);
    }

    // Many rows go out in pieces of a bounded size, not as one block at the end.
    void flushesAsItGoes()
    {
        QJsonArray rows;
        for (int i = 0; i < 5000; ++i)
            rows.append(QJsonObject{{"objectId"_L1, u"d2e3f4a5-%1-4b6c-9d7e-8f9a0b1c2d3e"_s.arg(i)},
                                    {"orphaned"_L1, i % 2 == 0}});
        QList<qsizetype> pieces;
        QByteArray out;
        {
            ie::JsonStreamWriter w([&](QByteArrayView b) {
                pieces.append(b.size());
                out.append(b);
            });
            write(w, rows);
            w.finish();
        }
        QCOMPARE(out, QJsonDocument(rows).toJson(QJsonDocument::Indented));
        QVERIFY2(pieces.size() > 3, qPrintable(QString::number(pieces.size())));
        for (qsizetype n : std::as_const(pieces))
            QVERIFY(n < 80 * 1024);
    }

    // report --json streams its rows: the same bytes as the document it used to build, with
    // unknown parts null and an unknown role name null, directory roles included.
    void reportRowsAsTheDocumentWas()
    {
        ie::graph::ReportEntry known{u"oid-1"_s, u"app-1"_s, u"func-\u00e4"_s, u"ManagedIdentity"_s,
                                     {{u"00000003-0000-0000-c000-000000000000"_s, u"Microsoft Graph"_s,
                                       u"df021288"_s, u"User.Read.All"_s, u"asg-1"_s}},
                                     {{u"4633458b"_s, QString(), u"/subscriptions/s"_s, u"/ra/1"_s},
                                      {u"ba92f5b4"_s, u"Reader"_s, u"/subscriptions/s/x"_s, u"/ra/2"_s}},
                                     {},
                                     {{u"88d8e3e3"_s, u"Directory Readers"_s, u"/"_s, u"dra-1"_s}},
                                     {{u"g-1"_s, u"res-1"_s, u"Microsoft Graph"_s, u"Principal"_s,
                                       u"user-1"_s, u"User.Read"_s},
                                      {u"g-2"_s, u"res-1"_s, QString(), u"AllPrincipals"_s,
                                       QString(), u"openid"_s}},
                                     {{u"owns"_s, u"app-obj-9"_s, u"application"_s, u"app-9"_s,
                                       u"orders-api"_s}}};
        ie::graph::ReportEntry unknown{u"oid-2"_s, u"app-2"_s, u"orders"_s, u"Application"_s,
                                       {}, {}, {u"appRoles"_s, u"azureRoles"_s, u"directoryRoles"_s}};
        ie::graph::ReportEntry none{u"oid-3"_s, u"app-3"_s, u"none"_s, u"Application"_s, {}, {}, {}};
        const QJsonArray expected{
                QJsonObject{{"objectId"_L1, "oid-1"_L1}, {"appId"_L1, "app-1"_L1},
                            {"displayName"_L1, u"func-\u00e4"_s}, {"kind"_L1, "ManagedIdentity"_L1},
                            {"appRoles"_L1, QJsonArray{QJsonObject{
                                     {"resourceAppId"_L1, "00000003-0000-0000-c000-000000000000"_L1},
                                     {"resourceName"_L1, "Microsoft Graph"_L1},
                                     {"appRoleId"_L1, "df021288"_L1}, {"value"_L1, "User.Read.All"_L1},
                                     {"assignmentId"_L1, "asg-1"_L1}}}},
                            {"azureRoles"_L1, QJsonArray{
                                     QJsonObject{{"roleDefinitionId"_L1, "4633458b"_L1},
                                                 {"roleName"_L1, QJsonValue()},
                                                 {"scope"_L1, "/subscriptions/s"_L1},
                                                 {"assignmentId"_L1, "/ra/1"_L1}},
                                     QJsonObject{{"roleDefinitionId"_L1, "ba92f5b4"_L1},
                                                 {"roleName"_L1, "Reader"_L1},
                                                 {"scope"_L1, "/subscriptions/s/x"_L1},
                                                 {"assignmentId"_L1, "/ra/2"_L1}}}},
                            {"directoryRoles"_L1, QJsonArray{QJsonObject{
                                     {"roleDefinitionId"_L1, "88d8e3e3"_L1},
                                     {"roleName"_L1, "Directory Readers"_L1},
                                     {"directoryScopeId"_L1, "/"_L1},
                                     {"assignmentId"_L1, "dra-1"_L1}}}},
                            {"delegatedGrants"_L1, QJsonArray{
                                     QJsonObject{{"grantId"_L1, "g-1"_L1},
                                                 {"resourceId"_L1, "res-1"_L1},
                                                 {"resourceName"_L1, "Microsoft Graph"_L1},
                                                 {"consentType"_L1, "Principal"_L1},
                                                 {"principalId"_L1, "user-1"_L1},
                                                 {"scope"_L1, "User.Read"_L1}},
                                     QJsonObject{{"grantId"_L1, "g-2"_L1},
                                                 {"resourceId"_L1, "res-1"_L1},
                                                 {"resourceName"_L1, ""_L1},
                                                 {"consentType"_L1, "AllPrincipals"_L1},
                                                 {"principalId"_L1, QJsonValue()},
                                                 {"scope"_L1, "openid"_L1}}}},
                            {"ownership"_L1, QJsonArray{QJsonObject{
                                     {"relation"_L1, "owns"_L1},
                                     {"objectId"_L1, "app-obj-9"_L1},
                                     {"objectType"_L1, "application"_L1},
                                     {"appId"_L1, "app-9"_L1},
                                     {"displayName"_L1, "orders-api"_L1}}}},
                            {"unknown"_L1, QJsonArray()}},
                QJsonObject{{"objectId"_L1, "oid-2"_L1}, {"appId"_L1, "app-2"_L1},
                            {"displayName"_L1, "orders"_L1}, {"kind"_L1, "Application"_L1},
                            {"appRoles"_L1, QJsonValue()}, {"azureRoles"_L1, QJsonValue()},
                            {"directoryRoles"_L1, QJsonValue()},
                            {"delegatedGrants"_L1, QJsonArray()}, {"ownership"_L1, QJsonArray()},
                            {"unknown"_L1,
                             QJsonArray{"appRoles"_L1, "azureRoles"_L1, "directoryRoles"_L1}}},
                QJsonObject{{"objectId"_L1, "oid-3"_L1}, {"appId"_L1, "app-3"_L1},
                            {"displayName"_L1, "none"_L1}, {"kind"_L1, "Application"_L1},
                            {"appRoles"_L1, QJsonArray()}, {"azureRoles"_L1, QJsonArray()},
                            {"directoryRoles"_L1, QJsonArray()},
                            {"delegatedGrants"_L1, QJsonArray()}, {"ownership"_L1, QJsonArray()},
                            {"unknown"_L1, QJsonArray()}}};
        QByteArray out;
        {
            ie::JsonStreamWriter w([&](QByteArrayView b) { out.append(b); });
            ie::graph::PermissionReportJob::writeJson(w, {known, unknown, none});
            w.finish();
        }
        QCOMPARE(out, QJsonDocument(expected).toJson(QJsonDocument::Indented));
        QCOMPARE(ie::graph::PermissionReportJob::toJson({known, unknown, none}), expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_jsonstream.moc"
