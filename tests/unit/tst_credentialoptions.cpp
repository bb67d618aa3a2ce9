// The shared sign-in options: credential names and aliases, --cloud names and aliases, a
// --cloud-config file with a relative caFile trusted for that cloud only, and the errors.

#include "auth/chainedcredential.h"
#include "auth/credential.h"
#include "auth/devicecodecredential.h"
#include "auth/interactivebrowsercredential.h"
#include "auth/credentialoptions.h"
#include "net/httpclient.h"
#include "sandbox/crypto.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/x509.h>

using namespace Qt::StringLiterals;
using ie::auth::CredentialOptions;

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
    void extraTrust_data();
    void extraTrust();
    void browserCredential();
    void chainLeavesOutInteractive();
    void promptsOnlyWhereAsked();
    void tenants_data();
    void tenants();
    void clientIdWithEnvironment_data();
    void clientIdWithEnvironment();
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
    QTest::newRow("browser") << QStringList{u"--credential"_s, u"browser"_s} << u"browser"_s;
    QTest::newRow("unknown") << QStringList{u"--credential"_s, u"password"_s} << QString();
    QTest::newRow("certificate")
            << QStringList{u"--credential"_s, u"certificate"_s, u"--certificate"_s,
                           u"/tmp/c.pem"_s, u"--send-certificate-chain"_s}
            << u"certificate"_s;
    QTest::newRow("certificate without path")
            << QStringList{u"--credential"_s, u"certificate"_s} << QString();
    QTest::newRow("certificate path with secret")
            << QStringList{u"--credential"_s, u"secret"_s, u"--certificate"_s,
                           u"/tmp/c.pem"_s}
            << QString();
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
    auto o = parse({u"--cloud-config"_s, cfg.fileName()});
    QVERIFY(o.ok());
    o->environment = QProcessEnvironment(); // no SSL_CERT_FILE
    const auto c = o->resolveCloud();
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().summary()));
    QCOMPARE(c->loginUrl, QUrl(u"https://login.stack.local"_s));
    QCOMPARE(c->extraCaCertificates.size(), 1);
    QCOMPARE(c->extraCaCertificates.first().toPem(),
             QSslCertificate(tls.caCertPem, QSsl::Pem).toPem());
    QVERIFY(c->ownsHost(QUrl(u"https://management.stack.local/subscriptions"_s)));
    QVERIFY(!c->ownsHost(QUrl(u"https://management.azure.com/"_s)));
}

// --ca-file and SSL_CERT_FILE add the certificates the system store lacks, for any cloud; the
// system bundle named by SSL_CERT_FILE (common: Debian's ca-certificates.crt, OpenSSL's default
// file) adds nothing.
void TestCredentialOptions::extraTrust_data()
{
    QTest::addColumn<bool>("caFileOption");
    QTest::addColumn<QString>("sslCertFile"); // "{ca}": the private CA; "{system}": the bundle
    QTest::addColumn<int>("extra");
    QTest::newRow("neither") << false << QString() << 0;
    QTest::newRow("ca-file") << true << QString() << 1;
    QTest::newRow("ssl-cert-file") << false << u"{ca}"_s << 1;
    QTest::newRow("both-same") << true << u"{ca}"_s << 1;
    QTest::newRow("system-bundle") << false << u"{system}"_s << 0;
}

void TestCredentialOptions::extraTrust()
{
    QFETCH(bool, caFileOption);
    QFETCH(QString, sslCertFile);
    QTemporaryDir dir;
    QString error;
    const ie::sandbox::TlsMaterial tls = ie::sandbox::TlsMaterial::create({u"localhost"_s}, &error);
    QVERIFY2(!tls.caCertPem.isEmpty(), qPrintable(error));
    const QString caPath = dir.filePath(u"ca.pem"_s);
    QFile ca(caPath);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(tls.caCertPem);
    ca.close();
    // OpenSSL's default file, through a symbolic link as Debian has it.
    const QString systemBundle = dir.filePath(u"system.pem"_s);
    const QString openSslDefault = QString::fromLocal8Bit(X509_get_default_cert_file());
    if (sslCertFile == "{system}"_L1 && !QFileInfo::exists(openSslDefault))
        QSKIP("this machine has no OpenSSL default CA file");
    QFile::link(openSslDefault, systemBundle);

    auto o = parse(caFileOption ? QStringList{u"--cloud"_s, u"AzureCloud"_s, u"--ca-file"_s, caPath}
                                : QStringList{u"--cloud"_s, u"AzureCloud"_s});
    QVERIFY(o.ok());
    o->environment = QProcessEnvironment();
    if (!sslCertFile.isEmpty())
        o->environment.insert(u"SSL_CERT_FILE"_s,
                              sslCertFile == "{ca}"_L1 ? caPath : systemBundle);
    const auto c = o->resolveCloud();
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().summary()));
    QTEST(int(c->extraCaCertificates.size()), "extra");
    if (!c->extraCaCertificates.isEmpty())
        QCOMPARE(c->extraCaCertificates.first().toPem(),
                 QSslCertificate(tls.caCertPem, QSsl::Pem).toPem());
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

namespace {

ie::auth::Credential *make(const CredentialOptions &o, ie::net::HttpClient *client, QObject *parent)
{
    ie::auth::Credential *made = nullptr;
    ie::auth::makeCredential(o, client, nullptr, parent,
                            [&made](ie::Result<ie::auth::Credential *> c) {
                                if (c.ok())
                                    made = *c;
                            });
    return made;
}

} // namespace

void TestCredentialOptions::browserCredential()
{
    ie::net::HttpClient client;
    QObject parent;
    CredentialOptions o;
    o.credential = u"browser"_s;
    auto *b = qobject_cast<ie::auth::InteractiveBrowserCredential *>(make(o, &client, &parent));
    QVERIFY(b);
    QCOMPARE(b->name(), u"browser"_s);
    QCOMPARE(b->tenantId(), u"organizations"_s);
    // The Azure CLI's public client unless --client-id says otherwise.
    QVERIFY(b->refreshTokenKey().endsWith(
            u"/organizations/04b07795-8ddb-461a-bbee-02f9e1bf7b46"_s));
    o.tenantId = u"contoso.onmicrosoft.com"_s;
    o.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    b = qobject_cast<ie::auth::InteractiveBrowserCredential *>(make(o, &client, &parent));
    QVERIFY(b);
    QCOMPARE(b->tenantId(), o.tenantId);
    QVERIFY(b->refreshTokenKey().endsWith(u"/contoso.onmicrosoft.com/"_s + o.clientId));
}

void TestCredentialOptions::chainLeavesOutInteractive()
{
    ie::net::HttpClient client;
    QObject parent;
    CredentialOptions o;
    auto *chain = qobject_cast<ie::auth::ChainedCredential *>(make(o, &client, &parent));
    QVERIFY(chain);
    QStringList names;
    for (const auto &step : chain->steps())
        names << step.name;
    QVERIFY2(!names.contains(u"browser"_s), qPrintable(names.join(u',')));
    o.chainIncludesInteractive = true;
    chain = qobject_cast<ie::auth::ChainedCredential *>(make(o, &client, &parent));
    QVERIFY(chain);
    QCOMPARE(chain->steps().last().name, u"browser"_s);
}

void TestCredentialOptions::promptsOnlyWhereAsked()
{
    // The dialog's options print nothing; the command line's print the device code prompt and
    // the browser address (on stderr).
    const CredentialOptions gui;
    QVERIFY(!gui.showPrompt);
    QVERIFY(!gui.openUrl);
    const auto cli = parse({u"--credential"_s, u"device-code"_s});
    QVERIFY(cli.ok());
    QVERIFY(cli->showPrompt);
    QVERIFY(cli->openUrl);

    ie::net::HttpClient client;
    QObject parent;
    CredentialOptions o;
    o.credential = u"device-code"_s;
    QStringList shown;
    o.showPrompt = [&shown](const QString &m) {
        shown << m;
    };
    auto *dc = qobject_cast<ie::auth::DeviceCodeCredential *>(make(o, &client, &parent));
    QVERIFY(dc);
    Q_EMIT dc->userCodeReady({u"ABC"_s, QUrl(u"https://login/devicelogin"_s), u"enter ABC"_s, {}});
    QCOMPARE(shown, QStringList{u"enter ABC"_s});
    o.showPrompt = nullptr;
    dc = qobject_cast<ie::auth::DeviceCodeCredential *>(make(o, &client, &parent));
    Q_EMIT dc->userCodeReady({u"ABC"_s, QUrl(u"https://login/devicelogin"_s), u"enter ABC"_s, {}});
    QCOMPARE(shown.size(), 1);
}

// A tenant is a GUID, a domain name, organizations, common or consumers: refused before any URL
// is built, so that it can never add path segments to a sign-in URL.
void TestCredentialOptions::tenants_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<bool>("valid");
    QTest::newRow("guid") << u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s << true;
    QTest::newRow("domain") << u"contoso.onmicrosoft.com"_s << true;
    QTest::newRow("organizations") << u"organizations"_s << true;
    QTest::newRow("common") << u"common"_s << true;
    QTest::newRow("consumers") << u"consumers"_s << true;
    QTest::newRow("traversal") << u"../../../common/x"_s << false;
    QTest::newRow("dot-dot") << u".."_s << false;
    QTest::newRow("dot") << u"."_s << false;
    QTest::newRow("leading-dot") << u".contoso.com"_s << false;
    QTest::newRow("empty-label") << u"contoso..com"_s << false;
    QTest::newRow("slash") << u"contoso/x"_s << false;
    QTest::newRow("encoded-slash") << u"contoso%2Fx"_s << false;
    QTest::newRow("query") << u"common?x=1"_s << false;
    QTest::newRow("space") << u"con toso"_s << false;
    QTest::newRow("unicode") << u"cöntoso.com"_s << false;
    QTest::newRow("newline") << u"common\nx"_s << false;
}

void TestCredentialOptions::tenants()
{
    QFETCH(QString, tenant);
    QFETCH(bool, valid);
    QCOMPARE(ie::auth::isValidTenantId(tenant), valid);
    const auto o = parse({u"--tenant"_s, tenant});
    QCOMPARE(o.ok(), valid);
    if (!valid) {
        QCOMPARE(o.error().kind, ie::ApiError::Kind::InvalidInput);
        QVERIFY2(o.error().message.contains(u"--tenant"_s)
                         && o.error().message.contains(u"organizations"_s),
                 qPrintable(o.error().message));
    }
}

// --client-id with --credential environment: AZURE_CLIENT_ID wins, and a note says so.
void TestCredentialOptions::clientIdWithEnvironment_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("envClientId");
    QTest::addColumn<QString>("note"); // what the note contains; empty: no note
    const QStringList env{u"--credential"_s, u"environment"_s};
    QTest::newRow("differs") << env + QStringList{u"--client-id"_s, u"cli-app"_s}
                             << u"env-app"_s << u"AZURE_CLIENT_ID (env-app)"_s;
    QTest::newRow("same") << env + QStringList{u"--client-id"_s, u"env-app"_s} << u"env-app"_s
                          << QString();
    QTest::newRow("env-unset") << env + QStringList{u"--client-id"_s, u"cli-app"_s} << QString()
                               << u"AZURE_CLIENT_ID=cli-app"_s;
    QTest::newRow("no-client-id") << env << u"env-app"_s << QString();
    QTest::newRow("other-credential")
            << QStringList{u"--credential"_s, u"managed-identity"_s, u"--client-id"_s, u"x"_s}
            << u"env-app"_s << QString();
}

void TestCredentialOptions::clientIdWithEnvironment()
{
    QFETCH(QStringList, args);
    QFETCH(QString, envClientId);
    QFETCH(QString, note);
    auto o = parse(args);
    QVERIFY(o.ok());
    o->environment = QProcessEnvironment();
    if (!envClientId.isEmpty())
        o->environment.insert(u"AZURE_CLIENT_ID"_s, envClientId);
    const QString got = o->ignoredOptionNote();
    QCOMPARE(got.isEmpty(), note.isEmpty());
    QVERIFY2(got.contains(note), qPrintable(got));
}

QTEST_GUILESS_MAIN(TestCredentialOptions)
#include "tst_credentialoptions.moc"
