// The executable's own command line as a user meets it on a server or in CI: no display, no
// QT_QPA_PLATFORM. --help, --version and every verb answer on the terminal; a mistyped verb is
// an error naming the verbs, never a window that opens (or a SIGABRT without a display).

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment noDisplay()
{
    QProcessEnvironment e = ie::test::cleanEnvironment();
    for (const char *v : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        e.remove(QString::fromLatin1(v));
    return e;
}

const QStringList Verbs = {u"catalog-export"_s, u"decode"_s,  u"list"_s, u"lookup"_s,
                           u"report"_s,         u"sandbox"_s, u"token"_s};

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--help") << QStringList{u"--help"_s};
        QTest::newRow("-h") << QStringList{u"-h"_s};
        QTest::newRow("--help --lang en") << QStringList{u"--help"_s, u"--lang"_s, u"en"_s};
        QTest::newRow("-platform offscreen --help")
                << QStringList{u"-platform"_s, u"offscreen"_s, u"--help"_s};
    }
    void help()
    {
        QFETCH(QStringList, args);
        const ie::test::CommandRun r = ie::test::runCommand(args, noDisplay());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Usage: identity-explorer [options] [VERB [options]]"),
                 r.out.constData());
        for (const QString &verb : Verbs)
            QVERIFY2(r.out.contains(verb.toUtf8()), qPrintable(verb));
        QVERIFY(r.out.contains("--version"));
    }

    void version()
    {
        const ie::test::CommandRun r = ie::test::runCommand({u"--version"_s}, noDisplay());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("identity-explorer " IE_VERSION));
    }

    void verbHelp_data()
    {
        QTest::addColumn<QString>("verb");
        for (const QString &verb : Verbs)
            QTest::newRow(qPrintable(verb)) << verb;
    }
    void verbHelp()
    {
        QFETCH(QString, verb);
        const ie::test::CommandRun r = ie::test::runCommand({verb, u"--help"_s}, noDisplay());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Usage: identity-explorer " + verb.toUtf8()), r.out.constData());
    }

    void verbRunsWithoutDisplay()
    {
        const ie::test::CommandRun r = ie::test::runCommand(
                {u"lookup"_s, u"User.Read.All"_s, u"--limit"_s, u"1"_s}, noDisplay());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("df021288-bdef-4463-88db-98f22de89214"), r.out.constData());
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("mistyped verb") << QStringList{u"lsit"_s} << 2
                                       << QByteArray("unknown verb \"lsit\"; the verbs are: "
                                                     "catalog-export, decode, fic, list, lookup, "
                                                     "need, report, sandbox, token");
        QTest::newRow("mistyped verb with options")
                << QStringList{u"--sandbox"_s, u"decdoe"_s, u"x"_s} << 2
                << QByteArray("unknown verb \"decdoe\"");
        QTest::newRow("escape in verb")
                << QStringList{u"\u001b[2Jx"_s} << 2 << QByteArray("unknown verb \"\\u001b[2Jx\"");
        QTest::newRow("unknown option")
                << QStringList{u"--frobnicate"_s} << 2 << QByteArray("frobnicate");
        QTest::newRow("window without display") << QStringList{} << 1 << QByteArray("no display");
        QTest::newRow("window with options, no display")
                << QStringList{u"--sandbox"_s, u"--lang"_s, u"en"_s} << 1
                << QByteArray("no display");
    }
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const ie::test::CommandRun r = ie::test::runCommand(args, noDisplay());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        const QByteArray line = r.err.trimmed();
        QVERIFY2(line.startsWith("identity-explorer: ") && !line.contains('\n'), r.err.constData());
        QVERIFY2(line.contains(message), r.err.constData());
    }

    void mistypedVerbOpensNoWindow()
    {
        // With a display (offscreen) a mistyped verb still only prints the error.
        QProcessEnvironment e = ie::test::cleanEnvironment();
        e.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const ie::test::CommandRun r = ie::test::runCommand({u"lsit"_s}, e);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown verb"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
