#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The `lookup` verb, run as a separate process as scripts would run it.
class TestLookupCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void text();
    void json();
    void jsonFields_data();
    void jsonFields();
    void twinNote();
    void exitCodes_data();
    void exitCodes();
    void limit();
    void tenantCache();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QString &cacheHome = {}) const;
    QString m_binary;
};

void TestLookupCommand::initTestCase()
{
    m_binary = QCoreApplication::applicationDirPath() + u"/../app/identity-explorer"_s;
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary));
}

TestLookupCommand::Run TestLookupCommand::run(const QStringList &args,
                                              const QString &cacheHome) const
{
    QProcess p;
    if (!cacheHome.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CACHE_HOME"_s, cacheHome);
        p.setProcessEnvironment(env);
    }
    p.setProgram(m_binary);
    p.setArguments(QStringList{u"lookup"_s} + args);
    p.start();
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestLookupCommand::text()
{
    const Run r = run({u"df021288-bdef-4463-88db-98f22de89214"_s});
    QCOMPARE(r.exitCode, 0);
    // The same GUID is User.Read.All on Graph and on SharePoint Online: Graph first.
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(),
             u"app-role  df021288-bdef-4463-88db-98f22de89214  User.Read.All  \u2014 Allows the "
             "app to read user profiles without a signed in user."_s);
    QVERIFY(lines[1].contains(u"(Office 365 SharePoint Online)"_s));
}

void TestLookupCommand::json()
{
    const Run r = run({u"--json"_s, u"key"_s, u"vault"_s, u"secrets"_s, u"user"_s, u"--kind"_s,
                       u"azure-role"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonObject first = doc.array().first().toObject();
    QCOMPARE(first.value("kind"_L1).toString(), u"azure-role"_s);
    QCOMPARE(first.value("id"_L1).toString(), u"4633458b-17de-408a-b874-0445c86b69e6"_s);
    QCOMPARE(first.value("name"_L1).toString(), u"Key Vault Secrets User"_s);
    QCOMPARE(first.value("source"_L1).toString(), u"bundled"_s);
    QVERIFY(first.value("dataActions"_L1)
                    .toArray()
                    .contains(u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s));
    for (const QJsonValue &v : doc.array())
        QCOMPARE(v.toObject().value("kind"_L1).toString(), u"azure-role"_s);
}

void TestLookupCommand::jsonFields_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("fields");
    const QStringList common{u"kind"_s, u"id"_s, u"displayName"_s, u"description"_s, u"source"_s};
    QTest::newRow("app-role") << u"Mail.Send"_s << u"app-role"_s
                              << (common
                                  + QStringList{u"value"_s, u"resourceAppId"_s, u"resourceName"_s});
    QTest::newRow("scope") << u"openid"_s << u"scope"_s
                           << (common
                               + QStringList{u"value"_s, u"resourceAppId"_s, u"resourceName"_s});
    QTest::newRow("azure-role") << u"Contributor"_s << u"azure-role"_s
                                << (common + QStringList{u"name"_s});
    QTest::newRow("directory-role") << u"Global Administrator"_s << u"directory-role"_s
                                    << (common + QStringList{u"name"_s});
    QTest::newRow("app") << u"Azure Resource Manager"_s << u"app"_s
                         << (common + QStringList{u"name"_s});
}

void TestLookupCommand::jsonFields()
{
    QFETCH(QString, query);
    QFETCH(QString, kind);
    QFETCH(QStringList, fields);
    const Run r = run({query, u"--json"_s, u"--kind"_s, kind, u"--limit"_s, u"1"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(a.size(), 1);
    const QJsonObject o = a.first().toObject();
    for (const QString &f : std::as_const(fields))
        QVERIFY2(o.contains(f), qPrintable(f));
    QCOMPARE(o.value("kind"_L1).toString(), kind);
}

void TestLookupCommand::twinNote()
{
    const Run r = run({u"User.Read.All"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(
            u"app-role  df021288-bdef-4463-88db-98f22de89214  User.Read.All"_s));
    QVERIFY(lines[1].startsWith(u"scope  a154be20-db9c-4678-8ab7-66f6cc099a59  User.Read.All"_s));
    QVERIFY(r.err.contains(u"df021288-bdef-4463-88db-98f22de89214"_s));
    QCOMPARE(r.err.count(u"note: "_s), 1);

    // Many matches of one name, on several APIs (one id serving two of them): still one note
    // per name, naming each API's application permission id once.
    const Run many = run({u"User.Read"_s});
    QCOMPARE(many.exitCode, 0);
    const QStringList notes = many.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(notes.filter(u"note: User.Read.All "_s).size(), 1);
    const QString note = notes.filter(u"note: User.Read.All "_s).value(0);
    QCOMPARE(note.count(u"df021288-bdef-4463-88db-98f22de89214"_s), 1);
    QVERIFY2(note.contains(u"Microsoft Graph, Office 365 SharePoint Online: "
                           "df021288-bdef-4463-88db-98f22de89214"_s),
             qPrintable(note));
    QVERIFY2(note.contains(u"Office 365 Exchange Online: bf24470f-10c1-436d-8d53-7b997eb473be"_s),
             qPrintable(note));
    QCOMPARE(notes.size(), QSet<QString>(notes.begin(), notes.end()).size());
}

void TestLookupCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("found") << QStringList{u"Reader"_s} << 0;
    QTest::newRow("urn guid") << QStringList{u"urn:uuid:B24988AC-6180-42A0-AB88-20F7382DD24C"_s}
                              << 0;
    QTest::newRow("none") << QStringList{u"zzzzqqqq-no-such-thing"_s} << 1;
    QTest::newRow("none of kind") << QStringList{u"User.Read.All"_s, u"--kind"_s,
                                                 u"directory-role"_s}
                                  << 1;
    QTest::newRow("no query") << QStringList{} << 2;
    QTest::newRow("blank query") << QStringList{u"  "_s} << 2;
    QTest::newRow("control chars only") << QStringList{QString::fromUtf16(u"\u0001\u0002")} << 2;
    QTest::newRow("bad kind") << QStringList{u"Reader"_s, u"--kind"_s, u"role"_s} << 2;
    QTest::newRow("bad limit") << QStringList{u"Reader"_s, u"--limit"_s, u"many"_s} << 2;
    QTest::newRow("negative limit") << QStringList{u"Reader"_s, u"--limit"_s, u"-1"_s} << 2;
    QTest::newRow("unknown option") << QStringList{u"Reader"_s, u"--frobnicate"_s} << 2;
    QTest::newRow("huge limit") << QStringList{u"Reader"_s, u"--limit"_s, u"99999999999999"_s}
                                << 2;
    QTest::newRow("10000 chars") << QStringList{QString(10000, u'q')} << 1;
}

void TestLookupCommand::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY(r.err.startsWith(u"identity-explorer lookup: "_s));
        // A number out of range is named with the range it must be in.
        if (args.contains(u"--limit"_s))
            QVERIFY2(r.err.contains(u"--limit takes a whole number from 0 to 1000000"_s),
                     qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
}

void TestLookupCommand::limit()
{
    const Run all = run({u"read"_s, u"--limit"_s, u"0"_s});
    const Run five = run({u"read"_s, u"--limit"_s, u"5"_s});
    QCOMPARE(five.exitCode, 0);
    const QStringList a = all.out.split(u'\n', Qt::SkipEmptyParts);
    const QStringList f = five.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(f.size(), 5);
    QVERIFY(a.size() > 100);
    QCOMPARE(a.mid(0, 5), f);
}

void TestLookupCommand::tenantCache()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString tenant = u"11111111-2222-4333-8444-555555555555"_s;
    // Where the app's QStandardPaths::CacheLocation is under this XDG_CACHE_HOME.
    const QString dir = home.path() + u"/IdentityExplorer/identity-explorer/catalog"_s;
    QVERIFY(QDir().mkpath(dir));

    ie::catalog::TenantSnapshot s;
    s.tenantId = tenant;
    s.fetchedAt = QDateTime::currentDateTimeUtc();
    ie::catalog::Entry e;
    e.kind = ie::catalog::Kind::TenantAppRole;
    e.id = u"0a000000-0000-4000-8000-0000000000d1"_s;
    e.value = u"Widgets.Manage.All"_s;
    e.displayName = u"Manage all widgets"_s;
    e.resourceAppId = u"0a000000-0000-4000-8000-0000000000d2"_s;
    e.resourceName = u"Widgets API"_s;
    s.entries = {e};
    QFile f(dir + u'/' + tenant + u".json"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(s.toJson());
    f.close();

    const Run live
            = run({u"Widgets.Manage.All"_s, u"--json"_s, u"--tenant"_s, tenant}, home.path());
    QCOMPARE(live.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(live.out.toUtf8()).array().first().toObject();
    QCOMPARE(o.value("kind"_L1).toString(), u"tenant-app-role"_s);
    QCOMPARE(o.value("source"_L1).toString(), u"live:"_s + tenant);
    QCOMPARE(o.value("resourceName"_L1).toString(), u"Widgets API"_s);
    // Without --tenant the bundle alone does not know it.
    QCOMPARE(run({u"Widgets.Manage.All"_s}, home.path()).exitCode, 1);

    // A corrupt cache: a warning, and the bundled catalog still answers.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"format\":1,\"tenantId\":");
    f.close();
    const Run corrupt = run({u"Contributor"_s, u"--tenant"_s, tenant}, home.path());
    QCOMPARE(corrupt.exitCode, 0);
    QVERIFY(corrupt.out.startsWith(
            u"azure-role  b24988ac-6180-42a0-ab88-20f7382dd24c  Contributor"_s));
    QVERIFY(corrupt.err.contains(u"warning: "_s));
}

QTEST_GUILESS_MAIN(TestLookupCommand)
#include "tst_lookupcommand.moc"
