// ie::terminalSafe: text from a token or the network cannot drive a terminal or forge a line.

#include "core/terminaltext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTerminalText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"https://graph.microsoft.com"_s
                               << u"https://graph.microsoft.com"_s;
        QTest::newRow("umlaut and emoji")
                << u"Gr\u00fc\u00dfe \U0001F600"_s << u"Gr\u00fc\u00dfe \U0001F600"_s;
        QTest::newRow("backslash kept") << u"C:\\temp"_s << u"C:\\temp"_s;
        QTest::newRow("forged verdict") << u"\u001b[2J\u001b[H\r\nFAKE: signature valid"_s
                                        << u"\\u001b[2J\\u001b[H\\r\\nFAKE: signature valid"_s;
        QTest::newRow("NUL") << QString(u"a\0b"_s) << u"a\\u0000b"_s;
        QTest::newRow("BEL") << u"\u0007"_s << u"\\u0007"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"a\\tb"_s;
        QTest::newRow("DEL") << u"\u007f"_s << u"\\u007f"_s;
        QTest::newRow("C1 CSI") << u"\u009b2J"_s << u"\\u009b2J"_s;
        QTest::newRow("RLO") << u"abc\u202Etxt.exe"_s << u"abc\\u202etxt.exe"_s;
        QTest::newRow("LRE PDF") << u"\u202Ax\u202C"_s << u"\\u202ax\\u202c"_s;
        QTest::newRow("isolates") << u"\u2066\u2067\u2068\u2069"_s
                                  << u"\\u2066\\u2067\\u2068\\u2069"_s;
        QTest::newRow("LRM RLM ALM") << u"\u200E\u200F\u061C"_s << u"\\u200e\\u200f\\u061c"_s;
        QTest::newRow("zero width and BOM") << u"\u200B\uFEFF"_s << u"\\u200b\\ufeff"_s;
        QTest::newRow("line separator") << u"a\u2028b\u2029"_s << u"a\\u2028b\\u2029"_s;
        QTest::newRow("tag character") << u"\U000E0041"_s << u"\\U000e0041"_s;
        QTest::newRow("unpaired surrogate") << QString(QChar(0xd800)) << u"\\ud800"_s;
    }
    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ie::terminalSafe(text), expected);
        QCOMPARE(ie::needsTerminalEscape(text), text != expected);
    }

    void cutsToLength_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short") << u"abc"_s << 5 << u"abc"_s;
        QTest::newRow("exact") << u"abcde"_s << 5 << u"abcde"_s;
        QTest::newRow("long") << u"abcdefgh"_s << 5 << u"abcde\u2026"_s;
        QTest::newRow("escapes count") << u"\r\n\r\nabc"_s << 6 << u"\\r\\n\\r\u2026"_s;
        QTest::newRow("no half emoji") << u"abcd\U0001F600x"_s << 5 << u"abcd\u2026"_s;
        QTest::newRow("10 MB") << QString(10 * 1024 * 1024, u'<') << 3 << u"<<<\u2026"_s;
    }
    void cutsToLength()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, expected);
        QCOMPARE(ie::terminalSafe(text, max), expected);
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
