// Fails when a user-visible source string has no translation: runs lupdate over app/ and ui/
// into a copy of each committed .ts file and checks that nothing is left unfinished or empty.

#include "core/translations.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySourceStringIsTranslated_data();
    void everySourceStringIsTranslated();
    void installedLanguageAnswers_data();
    void installedLanguageAnswers();
};

void TestTranslations::everySourceStringIsTranslated_data()
{
    QTest::addColumn<QString>("tsFile");
    const QDir dir(ie::test::sourceDir() + u"/translations"_s);
    const QStringList files = dir.entryList({u"*.ts"_s}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestTranslations::everySourceStringIsTranslated()
{
    QFETCH(QString, tsFile);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString copy = tmp.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // The same inputs as the update_translations target: app/ and ui/ without the sandbox.
    QStringList sources;
    for (const QString &top : {u"/app"_s, u"/ui"_s}) {
        QDirIterator it(ie::test::sourceDir() + top, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(u"/app/sandbox/"_s))
                sources << path;
        }
    }
    QFile list(tmp.filePath(u"sources.lst"_s));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(sources.join(u'\n').toUtf8());
    list.close();

    // English is the source language: its file carries only the plural forms of %n strings.
    const QStringList pluralOnly
            = tsFile.endsWith(u"_en.ts"_s) ? QStringList{u"-pluralonly"_s} : QStringList{};
    QProcess lupdate;
    lupdate.start(QStringLiteral(IE_LUPDATE),
                  pluralOnly
                          + QStringList{u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s,
                                        // Include paths, so that lupdate resolves each class's
                                        // namespace (its context).
                                        u"-I"_s, ie::test::sourceDir() + u"/app"_s, u"-I"_s,
                                        ie::test::sourceDir() + u"/ui"_s, u"@"_s + list.fileName(),
                                        u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QFile ts(copy);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    QStringList missing;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "source"_L1) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == "translation"_L1) {
            const bool unfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
            const bool obsolete = xml.attributes().value("type"_L1) == "vanished"_L1
                    || xml.attributes().value("type"_L1) == "obsolete"_L1;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!obsolete && (unfinished || text.trimmed().isEmpty()))
                missing << context + u": "_s + source.left(80);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 0, "lupdate found no strings at all");
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 of %2 strings have no translation in %3 (run the update_translations "
                        "target and translate them), e.g.:\n  %4"_s.arg(missing.size())
                                .arg(messages)
                                .arg(QFileInfo(tsFile).fileName(),
                                     missing.mid(0, 15).join(u"\n  "_s))));
}

void TestTranslations::installedLanguageAnswers_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    const QString identities = u"ie::ui::IdentitiesWidget"_s;
    QTest::newRow("en singular") << u"en"_s << identities << u"%n identities."_s << 1
                                 << u"1 identity."_s;
    QTest::newRow("en plural") << u"en"_s << identities << u"%n identities."_s << 7
                               << u"7 identities."_s;
    QTest::newRow("en (s) singular")
            << u"en_GB"_s << u"ie::ApiError"_s << u"Wait %n second(s) and try again."_s << 1
            << u"Wait 1 second and try again."_s;
    QTest::newRow("en (s) plural")
            << u"en_US"_s << u"ie::ApiError"_s << u"Wait %n second(s) and try again."_s << 30
            << u"Wait 30 seconds and try again."_s;
    QTest::newRow("C locale gets English plurals")
            << u"C"_s << identities << u"%n identities."_s << 1 << u"1 identity."_s;
    QTest::newRow("de singular") << u"de"_s << identities << u"%n identities."_s << 1
                                 << u"1 Identität."_s;
    QTest::newRow("de plural") << u"de_DE"_s << identities << u"%n identities."_s << 3
                               << u"3 Identitäten."_s;
}

// The real start-up path: the translators main() installs, then one string looked up through them.
void TestTranslations::installedLanguageAnswers()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);

    ie::installTranslators(*QCoreApplication::instance(), language);
    const QString text
            = QCoreApplication::translate(qPrintable(context), qPrintable(source), nullptr, n);
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
    QCOMPARE(text, expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
