// The shared sign-in options: credential names and aliases, --cloud names and aliases, a
// --cloud-config file with a relative caFile trusted for that cloud only, and the errors.

#include "cli/credentialoptions.h"
#include "sandbox/crypto.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::cli::CredentialOptions;

namespace {

ie::Result<CredentialOptions> parse(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(CredentialOptions::commandLineOptions());
    if (!p.parse(QStringList{u"x"_s} + args))
        return ie::ApiError::make(ie::ApiError::Kind::InvalidInput, p.errorText());
    return CredentialOptions::fromParser(p);
}

} // namespace

class TestCredentialOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void credentials_data();
    void credentials();
    void clouds_data();
    void clouds();
    void cloudConfigWithCaFile();
    void cloudConfigErrors();
};

void TestCredentialOptions::credentials_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("credential"); // empty: refused
    QTest::newRow("default-chain") << QStringList{} << u"chain"_s;
    QTest::newRow("cli") << QStringList{u"--credential"_s, u"cli"_s} << u"cli"_s;
    QTest::newRow("az-alias") << QStringList{u"--credential"_s, u"az"_s} << u"cli"_s;
    QTest::newRow("upper") << QStringList{u"--credential"_s, u"Managed-Identity"_s}
                           << u"managed-identity"_s;
    QTest::newRow("client-secret-alias")
            << QStringList{u"--credential"_s, u"client-secret"_s} << u"secret"_s;
    QTest::newRow("unknown") << QStringList{u"--credential"_s, u"password"_s} << QString();
    QTest::newRow("two-clouds") << QStringList{u"--cloud"_s, u"china"_s, u"--cloud-config"_s,
                                               u"f"_s}
                                << QString();
}

void TestCredentialOptions::credentials()
{
    QFETCH(QStringList, args);
    QFETCH(QString, credential);
    const auto o = parse(args);
    QCOMPARE(o.ok(), !credential.isEmpty());
    if (o.ok())
        QCOMPARE(o->credential, credential);
    else
        QCOMPARE(o.error().kind, ie::ApiError::Kind::InvalidInput);
}

void TestCredentialOptions::clouds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cloud"); // empty: refused
    QTest::addColumn<QString>("login");
    QTest::newRow("default") << QString() << u"AzureCloud"_s
                             << u"https://login.microsoftonline.com"_s;
    QTest::newRow("usgov") << u"usgov"_s << u"AzureUSGovernment"_s
                           << u"https://login.microsoftonline.us"_s;
    QTest::newRow("china") << u"AzureChinaCloud"_s << u"AzureChinaCloud"_s
                           << u"https://login.chinacloudapi.cn"_s;
    QTest::newRow("unknown") << u"Mars"_s << QString() << QString();
}

void TestCredentialOptions::clouds()
{
    QFETCH(QString, name);
    QFETCH(QString, cloud);
    const auto o = parse(name.isEmpty() ? QStringList{} : QStringList{u"--cloud"_s, name});
    QVERIFY(o.ok());
    const auto c = o->resolveCloud();
    QCOMPARE(c.ok(), !cloud.isEmpty());
    if (!c.ok()) {
        QVERIFY(c.error().message.contains(u"AzureUSGovernment"_s));
        return;
    }
    QCOMPARE(c->name, cloud);
    QTEST(c->loginUrl.toString(), "login");
}

void TestCredentialOptions::cloudConfigWithCaFile()
{
    QTemporaryDir dir;
    QFile cfg(dir.filePath(u"stack.json"_s));
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(R"({"endpoints": {"activeDirectory": "https://login.stack.local/",
                                "resourceManager": "https://management.stack.local/",
                                "microsoftGraphResourceId": "https://graph.stack.local/"},
                  "caFile": "ca.pem"})");
    cfg.close();
    QFile ca(dir.filePath(u"ca.pem"_s));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    QString error;
    const ie::sandbox::TlsMaterial tls = ie::sandbox::TlsMaterial::create({u"localhost"_s}, &error);
    QVERIFY2(!tls.caCertPem.isEmpty(), qPrintable(error));
    ca.write(tls.caCertPem);
    ca.close();
    const auto o = parse({u"--cloud-config"_s, cfg.fileName()});
    QVERIFY(o.ok());
    const auto c = o->resolveCloud();
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().summary()));
    QCOMPARE(c->loginUrl, QUrl(u"https://login.stack.local"_s));
    QCOMPARE(c->extraCaCertificates.size(), 1);
    QCOMPARE(c->extraCaCertificates.first().toPem(),
             QSslCertificate(tls.caCertPem, QSsl::Pem).toPem());
    QVERIFY(c->ownsHost(QUrl(u"https://management.stack.local/subscriptions"_s)));
    QVERIFY(!c->ownsHost(QUrl(u"https://management.azure.com/"_s)));
}

void TestCredentialOptions::cloudConfigErrors()
{
    QTemporaryDir dir;
    const auto missing = parse({u"--cloud-config"_s, dir.filePath(u"none.json"_s)});
    QVERIFY(missing.ok());
    QVERIFY(!missing->resolveCloud().ok());
    QFile cfg(dir.filePath(u"bad.json"_s));
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(R"({"endpoints": {"activeDirectory": "https://login.x/"}, "caFile": "nope.pem"})");
    cfg.close();
    const auto bad = parse({u"--cloud-config"_s, cfg.fileName()});
    QVERIFY(bad.ok());
    const auto c = bad->resolveCloud();
    QVERIFY(!c.ok());
    QVERIFY(c.error().message.contains(u"resourceManager"_s));
}

QTEST_GUILESS_MAIN(TestCredentialOptions)
#include "tst_credentialoptions.moc"
