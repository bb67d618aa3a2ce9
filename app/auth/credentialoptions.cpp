#include "auth/credentialoptions.h"

#include "auth/azureclicredential.h"
#include "auth/chainedcredential.h"
#include "auth/clientcertificate.h"
#include "auth/clientsecretcredential.h"
#include "auth/credential.h"
#include "auth/devicecodecredential.h"
#include "auth/environmentcredential.h"
#include "auth/interactivebrowsercredential.h"
#include "auth/managedidentitycredential.h"
#include "auth/secretstore.h"
#include "auth/tokencache.h"
#include "core/terminalio.h"
#include "cloud/catrust.h"
#include "net/httpclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace ie::auth {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::auth::CredentialOptions)
};

ApiError invalid(const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidInput, message);
}

// --cloud-config, --cloud or public Azure.
Result<Cloud> namedCloud(const QString &cloudConfigFile, const QString &cloudName)
{
    if (!cloudConfigFile.isEmpty()) {
        QFile f(cloudConfigFile);
        if (!f.open(QIODevice::ReadOnly))
            return invalid(Tr::tr("Cannot read the cloud configuration %1: %2")
                                   .arg(cloudConfigFile, f.errorString()));
        const QFileInfo info(cloudConfigFile);
        return Cloud::fromCloudConfig(f.read(1 << 20), QString(), info.absolutePath());
    }
    if (cloudName.isEmpty())
        return Cloud::azurePublic();
    if (const std::optional<Cloud> c = Cloud::byName(cloudName))
        return *c;
    QStringList names;
    for (const Cloud &c : Cloud::knownClouds())
        names << c.name;
    return invalid(Tr::tr("Unknown cloud '%1': use one of %2, or --cloud-config FILE for a custom "
                          "cloud.")
                           .arg(cloudName, names.join(u", "_s)));
}

} // namespace

QStringList CredentialOptions::credentialNames()
{
    return {u"chain"_s,  u"sandbox"_s,          u"cli"_s,        u"device-code"_s, u"browser"_s,
            u"secret"_s, u"certificate"_s, u"managed-identity"_s, u"environment"_s};
}

QList<QCommandLineOption> CredentialOptions::commandLineOptions()
{
    return {
            QCommandLineOption(
                    u"credential"_s,
                    Tr::tr("How to sign in: %1 (default chain).").arg(credentialNames().join(u'|')),
                    Tr::tr("way")),
            QCommandLineOption(u"tenant"_s, Tr::tr("Tenant id or domain."), Tr::tr("tenant")),
            QCommandLineOption(u"client-id"_s,
                               Tr::tr("Application (client) id; for managed-identity, the "
                                      "user-assigned identity's client id."),
                               Tr::tr("id")),
            QCommandLineOption(
                    u"cloud"_s,
                    Tr::tr("AzureCloud (default), AzureUSGovernment or AzureChinaCloud."),
                    Tr::tr("name")),
            QCommandLineOption(u"cloud-config"_s,
                               Tr::tr("A custom cloud in the format 'az cloud register "
                                      "--cloud-config' reads (plus an optional \"caFile\")."),
                               Tr::tr("file")),
            QCommandLineOption(u"ca-file"_s,
                               Tr::tr("Also trust the CA certificates of this PEM file for the "
                                      "cloud's hosts (a private cloud, a TLS-inspecting proxy); "
                                      "SSL_CERT_FILE is read the same way."),
                               Tr::tr("file")),
            QCommandLineOption(u"secret-stdin"_s,
                               Tr::tr("Read the client secret from stdin and store it in the "
                                      "keychain first (with --credential secret).")),
            QCommandLineOption(u"certificate"_s,
                               Tr::tr("The client certificate (PEM with its key, or PKCS#12) for "
                                      "--credential certificate."),
                               Tr::tr("file")),
            QCommandLineOption(u"certificate-password-stdin"_s,
                               Tr::tr("Read the certificate file's password from stdin and store "
                                      "it in the keychain once the sign-in works (else the "
                                      "keychain's is used, if any).")),
            QCommandLineOption(u"send-certificate-chain"_s,
                               Tr::tr("Send the certificate chain (x5c) for subject name and "
                                      "issuer authentication.")),
    };
}

Result<CredentialOptions> CredentialOptions::fromParser(const QCommandLineParser &p)
{
    CredentialOptions o;
    for (const QCommandLineOption &option : commandLineOptions())
        o.given = o.given || p.isSet(option.names().constFirst());
    if (p.isSet(u"credential"_s))
        o.credential = p.value(u"credential"_s).trimmed().toLower();
    if (o.credential == "az"_L1 || o.credential == "azure-cli"_L1)
        o.credential = u"cli"_s;
    if (o.credential == "client-secret"_L1)
        o.credential = u"secret"_s;
    if (!credentialNames().contains(o.credential))
        return invalid(Tr::tr("Unknown credential '%1': use one of %2.")
                               .arg(o.credential, credentialNames().join(u", "_s)));
    o.tenantId = p.value(u"tenant"_s).trimmed();
    o.clientId = p.value(u"client-id"_s).trimmed();
    o.cloudName = p.value(u"cloud"_s).trimmed();
    o.cloudConfigFile = p.value(u"cloud-config"_s).trimmed();
    o.caFile = p.value(u"ca-file"_s).trimmed();
    o.secretFromStdin = p.isSet(u"secret-stdin"_s);
    o.certificatePath = p.value(u"certificate"_s).trimmed();
    o.certificatePasswordFromStdin = p.isSet(u"certificate-password-stdin"_s);
    o.sendCertificateChain = p.isSet(u"send-certificate-chain"_s);
    if (o.credential == "certificate"_L1 && o.certificatePath.isEmpty())
        return invalid(Tr::tr("--credential certificate needs --certificate FILE."));
    if ((!o.certificatePath.isEmpty() || o.certificatePasswordFromStdin || o.sendCertificateChain)
        && o.credential != "certificate"_L1)
        return invalid(Tr::tr("--certificate, --certificate-password-stdin and "
                              "--send-certificate-chain go with --credential certificate."));
    o.showPrompt = printPromptOnStderr;
    o.openUrl = openUrlFromCommandLine;
    if (!o.cloudName.isEmpty() && !o.cloudConfigFile.isEmpty())
        return invalid(Tr::tr("Give either --cloud or --cloud-config, not both."));
    if (o.secretFromStdin && o.credential != "secret"_L1)
        return invalid(Tr::tr("--secret-stdin goes with --credential secret."));
    // Checked before any URL is built: the tenant becomes a path segment of the sign-in URLs.
    if (!o.tenantId.isEmpty() && !ie::auth::isValidTenantId(o.tenantId))
        return ie::auth::invalidTenantError(o.tenantId, u"--tenant"_s);
    return o;
}

QString CredentialOptions::ignoredOptionNote() const
{
    if (credential != "environment"_L1 || clientId.isEmpty())
        return {};
    const QString fromEnvironment = environment.value(u"AZURE_CLIENT_ID"_s).trimmed();
    if (fromEnvironment == clientId)
        return {};
    if (fromEnvironment.isEmpty())
        return Tr::tr("note: --credential environment reads the application from AZURE_CLIENT_ID, "
                      "not from --client-id; set AZURE_CLIENT_ID=%1 to use it.")
                .arg(clientId);
    return Tr::tr("note: --credential environment signs in as AZURE_CLIENT_ID (%1), as the Azure "
                  "SDKs do; --client-id %2 is not used. Leave --client-id out, or change "
                  "AZURE_CLIENT_ID.")
            .arg(fromEnvironment, clientId);
}

QString CredentialOptions::failureLine(const QString &credential, const ApiError &e)
{
    QString message = e.message.isEmpty() ? e.summary() : e.message;
    message.replace(u'\n', u' ');
    if (e.httpStatus > 0 && !message.contains(QString::number(e.httpStatus)))
        message += u" (HTTP %1%2)"_s.arg(e.httpStatus)
                           .arg(e.code.isEmpty() ? QString() : u", "_s + e.code);
    return credential + u": "_s + message;
}

Result<Cloud> CredentialOptions::resolveCloud() const
{
    Result<Cloud> cloud = namedCloud(cloudConfigFile, cloudName);
    if (!cloud)
        return cloud;
    // Trust beyond the system's CAs, for the cloud's own hosts: --ca-file, and SSL_CERT_FILE as
    // OpenSSL-based tools read it (Qt itself does not).
    return withExtraTrust(*std::move(cloud), caFile,
                          environment.value(u"SSL_CERT_FILE"_s).trimmed());
}

void printPromptOnStderr(const QString &message)
{
    err() << message << Qt::endl;
}

void openUrlFromCommandLine(const QUrl &url)
{
    err() << Tr::tr("To sign in, open this address in a web browser:") << Qt::endl
          << url.toString(QUrl::FullyEncoded) << Qt::endl;
    // Try the desktop's browser; without xdg-open (a server, a container) the line above is all.
    auto *opener = new QProcess;
    opener->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    opener->setStandardOutputFile(QProcess::nullDevice());
    QObject::connect(opener, &QProcess::finished, opener, &QObject::deleteLater);
    QObject::connect(opener, &QProcess::errorOccurred, opener, [opener](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            opener->deleteLater();
    });
#if defined(Q_OS_MACOS)
    opener->start(u"open"_s, {url.toString(QUrl::FullyEncoded)});
#else
    opener->start(u"xdg-open"_s, {url.toString(QUrl::FullyEncoded)});
#endif
}

namespace {

ie::auth::InteractiveBrowserCredential *makeBrowser(const CredentialOptions &o,
                                                    ie::net::HttpClient *client,
                                                    ie::auth::SecretStore *store, QObject *parent)
{
    ie::auth::InteractiveBrowserCredential::Options b;
    if (!o.tenantId.isEmpty())
        b.tenantId = o.tenantId;
    if (!o.clientId.isEmpty())
        b.clientId = o.clientId;
    b.store = store;
    auto *cred = new ie::auth::InteractiveBrowserCredential(client, b, parent);
    if (o.openUrl)
        QObject::connect(cred, &ie::auth::InteractiveBrowserCredential::openUrl, cred, o.openUrl);
    return cred;
}

} // namespace

ie::auth::Credential *makeDefaultChain(const CredentialOptions &o, ie::net::HttpClient *client,
                                       QObject *parent, ie::auth::SecretStore *store)
{
    auto *chain = new ie::auth::ChainedCredential(parent);
    chain->append(new ie::auth::EnvironmentCredential(client, o.environment, false));
    chain->append(new ie::auth::EnvironmentCredential(client, o.environment, true));
    ie::auth::ManagedIdentityCredential::Options mi;
    mi.environment = o.environment;
    mi.clientId = o.clientId.isEmpty() ? o.environment.value(u"AZURE_CLIENT_ID"_s) : o.clientId;
    mi.probe = true; // only inside the chain, as the SDKs do
    chain->append(new ie::auth::ManagedIdentityCredential(client, mi));
    ie::auth::AzureCliCredential::Options cli;
    cli.environment = o.environment;
    cli.tenantId = o.tenantId;
    chain->append(new ie::auth::AzureCliCredential(cli));
    if (o.chainIncludesInteractive)
        chain->append(makeBrowser(o, client, store, nullptr));
    return chain;
}

namespace {

// --credential certificate: the file's password from stdin, else from the keychain (none there
// means the file has none).
void makeCertificateCredential(const CredentialOptions &o, ie::net::HttpClient *client,
                               ie::auth::SecretStore *store, QObject *parent,
                               std::function<void(Result<ie::auth::Credential *>)> done)
{
    if (o.tenantId.isEmpty() || o.clientId.isEmpty()) {
        done(invalid(Tr::tr("The client certificate credential needs --tenant and --client-id.")));
        return;
    }
    ie::auth::AssertionOptions assertion;
    assertion.sendCertificateChain = o.sendCertificateChain;
    const auto build = [o, client, assertion, done](const QByteArray &password, QObject *owner,
                                                    bool noneStored = false) {
        const Result<ie::auth::ClientCertificate> cert =
                ie::auth::ClientCertificate::fromFile(o.certificatePath, password);
        if (!cert.ok()) {
            ApiError e = cert.error();
            if (noneStored)
                e.message += u' '
                        + Tr::tr("The keychain holds no password for this certificate of %1 in "
                                 "tenant %2: give it once with --certificate-password-stdin, or "
                                 "sign in with it in the sign-in dialog.")
                                  .arg(o.clientId, o.tenantId);
            done(e);
            return;
        }
        done(ie::auth::newClientCertificateCredential(client, o.tenantId, o.clientId, *cert,
                                                      assertion, owner));
    };
    if (!o.certificatePassword.isEmpty() || !store) {
        build(o.certificatePassword, parent);
        return;
    }
    QPointer<QObject> guard(parent);
    store->read(ie::auth::SecretStore::certificatePasswordKey(o.tenantId, o.clientId), parent,
                [build, guard, done](Result<QString> password) {
                    if (!password.ok() && password.error().kind != ApiError::Kind::NotFound) {
                        done(password.error());
                        return;
                    }
                    build(password.ok() ? password->toUtf8() : QByteArray(), guard.data(),
                          !password.ok());
                });
}

} // namespace

void makeCredential(const CredentialOptions &o, ie::net::HttpClient *client,
                    ie::auth::SecretStore *store, QObject *parent,
                    std::function<void(Result<ie::auth::Credential *>)> done)
{
    const QString &c = o.credential;
    if (c == "chain"_L1) {
        done(makeDefaultChain(o, client, parent, store));
    } else if (c == "cli"_L1) {
        ie::auth::AzureCliCredential::Options cli;
        cli.environment = o.environment;
        cli.tenantId = o.tenantId;
        done(new ie::auth::AzureCliCredential(cli, parent));
    } else if (c == "managed-identity"_L1) {
        ie::auth::ManagedIdentityCredential::Options mi;
        mi.environment = o.environment;
        mi.clientId = o.clientId;
        done(new ie::auth::ManagedIdentityCredential(client, mi, parent));
    } else if (c == "environment"_L1) {
        auto *env = new ie::auth::EnvironmentCredential(client, o.environment, false, parent);
        if (!env->isAvailable()) {
            const QString why = env->unavailableReason();
            delete env;
            done(ApiError::make(ApiError::Kind::Unsupported, why));
            return;
        }
        done(env);
    } else if (c == "sandbox"_L1) {
        // The documented sandbox admin app (resources/sandbox/contoso.json), against a sandbox
        // named by --cloud-config (the file `identity-explorer sandbox` writes).
        if (o.cloudConfigFile.isEmpty()) {
            done(invalid(Tr::tr("The sandbox credential needs --cloud-config FILE: the cloud "
                                "configuration 'identity-explorer sandbox' writes.")));
            return;
        }
        QFile f(u":/sandbox/contoso.json"_s);
        const QJsonObject d = f.open(QIODevice::ReadOnly)
                ? QJsonDocument::fromJson(f.readAll()).object()
                : QJsonObject();
        const QJsonObject admin = d.value("adminApp"_L1).toObject();
        auto *cred = new ie::auth::ClientSecretCredential(
                client, d.value("tenant"_L1).toObject().value("id"_L1).toString(),
                admin.value("appId"_L1).toString(), admin.value("secret"_L1).toString(), parent);
        cred->setName(u"sandbox"_s, Tr::tr("Sandbox admin app"));
        done(cred);
    } else if (c == "secret"_L1) {
        if (o.tenantId.isEmpty() || o.clientId.isEmpty()) {
            done(invalid(Tr::tr("The client secret credential needs --tenant and --client-id.")));
            return;
        }
        if (!o.clientSecret.isEmpty()) {
            done(new ie::auth::ClientSecretCredential(client, o.tenantId, o.clientId,
                                                      o.clientSecret, parent));
            return;
        }
        if (!store) {
            done(ApiError::make(ApiError::Kind::Keychain,
                                Tr::tr("No keychain to read the secret from.")));
            return;
        }
        QPointer<QObject> guard(parent);
        const QString key = ie::auth::SecretStore::clientSecretKey(o.tenantId, o.clientId);
        store->read(key, parent, [o, client, guard, done](Result<QString> secret) {
            if (!secret.ok()) {
                ApiError e = secret.error();
                if (e.kind == ApiError::Kind::NotFound)
                    e.message = Tr::tr("The keychain holds no client secret for %1 in tenant %2: "
                                       "store it first (--secret-stdin, or the sign-in dialog).")
                                        .arg(o.clientId, o.tenantId);
                done(e);
                return;
            }
            done(new ie::auth::ClientSecretCredential(client, o.tenantId, o.clientId, *secret,
                                                      guard.data()));
        });
    } else if (c == "certificate"_L1) {
        makeCertificateCredential(o, client, store, parent, std::move(done));
    } else if (c == "device-code"_L1) {
        ie::auth::DeviceCodeCredential::Options dc;
        if (!o.tenantId.isEmpty())
            dc.tenantId = o.tenantId;
        if (!o.clientId.isEmpty())
            dc.clientId = o.clientId;
        auto *cred = new ie::auth::DeviceCodeCredential(client, dc, parent);
        // On the command line the prompt goes to stderr, so that stdout stays the token alone;
        // the dialog shows it itself.
        if (o.showPrompt)
            QObject::connect(cred, &ie::auth::DeviceCodeCredential::userCodeReady, cred,
                             [show = o.showPrompt](const ie::auth::DeviceCodePrompt &prompt) {
                                 show(prompt.message);
                             });
        done(cred);
    } else if (c == "browser"_L1) {
        done(makeBrowser(o, client, store, parent));
    } else {
        done(invalid(Tr::tr("Unknown credential '%1': use one of %2.")
                             .arg(c, CredentialOptions::credentialNames().join(u", "_s))));
    }
}

void makeTokenProvider(const CredentialOptions &options, ie::net::HttpClient *client,
                       ie::auth::SecretStore *store, QObject *parent,
                       std::function<void(Result<ie::auth::TokenCache *>)> done)
{
    const Result<Cloud> cloud = options.resolveCloud();
    if (!cloud.ok()) {
        done(cloud.error());
        return;
    }
    client->setCloud(*cloud);
    auto *cache = new ie::auth::TokenCache(nullptr, cloud->name, parent);
    QPointer<ie::auth::TokenCache> guard(cache);
    makeCredential(options, client, store, cache,
                   [guard, client, done](Result<ie::auth::Credential *> c) {
                       if (!guard)
                           return;
                       if (!c.ok()) {
                           done(c.error());
                           return;
                       }
                       guard->setCredential(*c);
                       client->setTokenProvider(guard.data());
                       done(guard.data());
                   });
}

} // namespace ie::auth
