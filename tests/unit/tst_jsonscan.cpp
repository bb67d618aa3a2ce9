// ie::net::json: the document-free reader of Graph pages accepts exactly what QJsonDocument
// accepts (a page it refuses is retried as before), and reads members and pages as QJsonObject
// reads them.

#include "net/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::net::json::Cursor;

class TestJsonScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validAsQtSays_data();
    void validAsQtSays();
    void readsMembersAsQt();
    void pages_data();
    void pages();
};

void TestJsonScan::validAsQtSays_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QList<QByteArray> cases{
            "{}", "[]", " \r\n\t{ } \n", "{\"a\":1}", "{\"a\":1,}", "{,}", "[1,]", "[,1]",
            "[1 2]", "{\"a\" 1}", "{\"a\":}", "{a:1}", "{'a':1}", "\"text\"", "1", "true",
            "null", "", "   ", "{", "[", "{\"a\":[1,2", "{}{}", "{} x", "[01]", "[-0]", "[1.]",
            "[.5]", "[1e]", "[1e+5]", "[-]", "[1.5E-3]", "[+1]", "[0x10]", "[Infinity]",
            "[NaN]", "[tru]", "[truex]", "[nul]", "[\"a\\x\"]", "[\"\\u12\"]", "[\"\\u12G4\"]",
            "[\"\\ud800\"]", "[\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"]", "[\"tab\there\"]",
            "[\"a\nb\"]", "[\"\xc3\xa4\"]", "[\"\xc3\"]", "[\"\xc0\xaf\"]",
            "[\"\xed\xa0\x80\"]", "[\"\xf4\x90\x80\x80\"]", "[\"\xf0\x9f\x98\x80\"]",
            "[\"\xff\"]", "\xef\xbb\xbf{}", "{\"a\":{\"b\":[{\"c\":null}]}}", "[\"unterminated",
            "{\"value\":[1,2],\"@odata.nextLink\":\"x\"}", "<html>502 Bad Gateway</html>",
            QByteArray("[\"nul\0inside\"]", 14), "{\"a\":1}\x00", "[-.5]", "[.]", "[-1.e5]",
            "[1.5e]", "[\"\\\xc3\xa4\"]", "\xef\xbb\xbf", "\xef\xbb{}", "[1]\xef\xbb\xbf",
    };
    for (const QByteArray &c : cases)
        QTest::newRow(c.left(40).toPercentEncoding(" {}[]\":,").constData()) << c;
    QTest::newRow("nesting 1024") << QByteArray(1024, '[') + QByteArray(1024, ']');
    QTest::newRow("nesting 1025") << QByteArray(1025, '[') + QByteArray(1025, ']');
    QTest::newRow("nesting 2000") << QByteArray(2000, '[') + QByteArray(2000, ']');
}

void TestJsonScan::validAsQtSays()
{
    QFETCH(QByteArray, bytes);
    QJsonParseError e{};
    QJsonDocument::fromJson(bytes, &e);
    QCOMPARE(ie::net::json::isValidDocument(bytes), e.error == QJsonParseError::NoError);
}

void TestJsonScan::readsMembersAsQt()
{
    const QByteArray bytes = QByteArray(R"({"id":"a1","display\u004eame":"Gr\u00fc\u00dfe x \ud83d\ude00",)")
            + R"( "n":12.5e1,"alt":["isExplicit=True","/subscriptions/s",7,null],"id":"a2","o":{"x":[{}]}})";
    const QJsonObject qt = QJsonDocument::fromJson(bytes).object();
    Cursor c(bytes);
    QVERIFY(c.beginObject());
    QJsonObject mine;
    QByteArrayView key;
    while (c.nextMember(&key)) {
        const QString name = QString::fromUtf8(key);
        if (c.peek() == '"') {
            QString s;
            QVERIFY(c.readString(&s));
            mine.insert(name, s); // the last of a repeated key wins, as in QJsonObject
        } else if (name == "alt"_L1) {
            QJsonArray alt;
            QVERIFY(c.beginArray());
            while (c.nextElement()) {
                QString s;
                if (c.peek() == '"')
                    QVERIFY(c.readString(&s));
                else
                    QVERIFY(c.skipValue());
                alt.append(s);
            }
            mine.insert(name, alt);
        } else {
            QVERIFY(c.skipValue());
        }
    }
    QVERIFY(!c.failed());
    QVERIFY(c.atEnd());
    QCOMPARE(mine.value("id"_L1), qt.value("id"_L1));
    QCOMPARE(mine.value("displayName"_L1), qt.value("displayName"_L1));
    QCOMPARE(mine.value("alt"_L1).toArray().at(1), qt.value("alt"_L1).toArray().at(1));
    QCOMPARE(mine.value("alt"_L1).toArray().size(), 4);
}

void TestJsonScan::pages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valueList");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("next");
    QTest::newRow("graph") << QByteArray(R"({"@odata.context":"c","value":[{"id":"1"},{"id":"2"}],"@odata.nextLink":"https://g/x?$skiptoken=a"})")
                           << true << 2 << u"https://g/x?$skiptoken=a"_s;
    QTest::newRow("arm") << QByteArray(R"({"value":[1],"nextLink":"https://m/n"})") << true << 1
                         << u"https://m/n"_s;
    QTest::newRow("both: Graph link wins") << QByteArray(R"({"nextLink":"b","value":[],"@odata.nextLink":"a"})")
                                        << true << 0 << u"a"_s;
    QTest::newRow("last") << QByteArray(R"({"value":[[1,2],{"a":[3]},"s",null]})") << true << 4 << QString();
    QTest::newRow("no value") << QByteArray(R"({"values":[1]})") << false << 0 << QString();
    QTest::newRow("value not a list") << QByteArray(R"({"value":{"a":1}})") << false << 0 << QString();
    QTest::newRow("link not a string") << QByteArray(R"({"value":[],"@odata.nextLink":5,"nextLink":"n"})")
                                       << true << 0 << u"n"_s;
    QTest::newRow("escaped link") << QByteArray(R"({"value":[],"@odata.nextLink":"https:\/\/g\/x"})")
                                  << true << 0 << u"https://g/x"_s;
}

void TestJsonScan::pages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valueList);
    QFETCH(int, items);
    QFETCH(QString, next);
    const ie::net::json::Page page = ie::net::json::scanPage(bytes);
    const QJsonObject qt = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(page.hasValueArray, qt.value("value"_L1).isArray());
    QCOMPARE(page.hasValueArray, valueList);
    QCOMPARE(page.items, qsizetype(items));
    QString qtNext = qt.value("@odata.nextLink"_L1).toString();
    if (qtNext.isEmpty())
        qtNext = qt.value("nextLink"_L1).toString();
    QCOMPARE(page.nextLink, qtNext);
    QCOMPARE(page.nextLink, next);
    if (valueList) {
        const QByteArray span = bytes.mid(page.valueBegin, page.valueEnd - page.valueBegin);
        QCOMPARE(QJsonDocument::fromJson(span).array(), qt.value("value"_L1).toArray());
    }
}

QTEST_GUILESS_MAIN(TestJsonScan)
#include "tst_jsonscan.moc"
