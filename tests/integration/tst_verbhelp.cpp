// Every verb's --help, as a user meets it: exit 0, the usage line names
// "identity-explorer VERB" (not the path the program was started by), and the text lists the
// verb's own options.

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestVerbHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QByteArray>("option"); // one option the help must list
        QTest::newRow("token") << u"token"_s << QByteArray("--resource");
        QTest::newRow("list") << u"list"_s << QByteArray("--managed");
        QTest::newRow("report") << u"report"_s << QByteArray("--csv");
        QTest::newRow("lookup") << u"lookup"_s << QByteArray("--kind");
        QTest::newRow("need") << u"need"_s << QByteArray("--role");
        QTest::newRow("decode") << u"decode"_s << QByteArray("--verify");
        QTest::newRow("sandbox") << u"sandbox"_s << QByteArray("--mi-resource");
        QTest::newRow("catalog-export") << u"catalog-export"_s << QByteArray("--out");
    }

    void help()
    {
        QFETCH(QString, verb);
        QFETCH(QByteArray, option);
        const ie::test::CommandRun r
                = ie::test::runCommand({verb, u"--help"_s}, ie::test::cleanEnvironment());
        QCOMPARE(r.exitCode, 0);
        const QByteArray firstLine = r.out.left(r.out.indexOf('\n'));
        QVERIFY2(firstLine.startsWith("Usage: identity-explorer " + verb.toUtf8() + ' '),
                 firstLine.constData());
        QVERIFY2(!firstLine.contains('/'), firstLine.constData());
        QVERIFY2(r.out.contains(option), r.out.constData());
        QVERIFY2(r.out.contains("--help"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestVerbHelp)
#include "tst_verbhelp.moc"
