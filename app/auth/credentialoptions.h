#pragma once

#include "auth/credential.h"
#include "cloud/cloud.h"
#include "core/result.h"

#include <QCommandLineOption>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <functional>

class QCommandLineParser;

namespace ie::net {
class HttpClient;
}
namespace ie::auth {
class SecretStore;
class TokenCache;
} // namespace ie::auth

namespace ie::auth {

// The sign-in options every verb that talks to a tenant (token, list, report) shares:
//   --credential chain|sandbox|cli|device-code|browser|secret|certificate|managed-identity|environment
//   --tenant T  --client-id ID  --cloud NAME | --cloud-config FILE  --ca-file FILE
//   --secret-stdin  --certificate FILE [--certificate-password-stdin]
//   [--send-certificate-chain]
// and the one place that turns them into a cloud and a credential behind a token cache.
struct CredentialOptions
{
    QString credential = QStringLiteral("chain");
    QString tenantId;
    QString clientId;
    QString cloudName; // --cloud
    QString cloudConfigFile; // --cloud-config
    QString caFile; // --ca-file: more CA certificates (PEM) for the cloud's hosts
    bool secretFromStdin = false; // --secret-stdin: sign in with it, then store it in the keychain
    // The client secret read from stdin: `secret` signs in with it instead of the keychain's.
    // In memory only.
    QString clientSecret;
    // --certificate FILE (PEM or PKCS#12) for --credential certificate; its password from stdin
    // (--certificate-password-stdin, stored in the keychain once a sign-in with it has worked)
    // or the keychain, never from the command line.
    QString certificatePath;
    QByteArray certificatePassword; // in memory only
    bool certificatePasswordFromStdin = false;
    bool sendCertificateChain = false; // --send-certificate-chain: the x5c header
    bool given = false; // any of the options above was on the command line
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The default chain ends with the interactive browser sign-in only when this is set; like
    // DefaultAzureCredential it is off by default, so `token` never opens a browser unasked.
    bool chainIncludesInteractive = false;
    // Where a device code prompt and a browser sign-in's URL go. Unset (the GUI, which shows
    // them itself), they go nowhere; fromParser() sets the command line's: the prompt and the
    // URL on stderr, and the URL handed to xdg-open (asynchronously, its absence ignored).
    std::function<void(const QString &message)> showPrompt;
    std::function<void(const QUrl &url)> openUrl;

    static QStringList credentialNames();
    static QList<QCommandLineOption> commandLineOptions();
    // After QCommandLineParser::parse(): reads and checks the options.
    static Result<CredentialOptions> fromParser(const QCommandLineParser &parser);

    // --cloud NAME (AzureCloud, AzureUSGovernment, AzureChinaCloud or an alias), --cloud-config
    // FILE (the format `az cloud register --cloud-config` reads, plus "caFile"), else public Azure;
    // trusting also --ca-file and the environment's SSL_CERT_FILE for the cloud's hosts.
    Result<Cloud> resolveCloud() const;

    // A line for stderr when an option given is not the one that counts: --client-id with
    // --credential environment (AZURE_CLIENT_ID wins, as in the SDKs). Empty otherwise.
    QString ignoredOptionNote() const;

    // One line for stderr: the credential and what failed, with the HTTP status and error code.
    static QString failureLine(const QString &credential, const ApiError &error);
};

// The credential the options name, with `parent` as its parent. Asynchronous because a client
// secret is read from the keychain (`store` may be null for every other credential).
void makeCredential(const CredentialOptions &options, ie::net::HttpClient *client,
                    ie::auth::SecretStore *store, QObject *parent,
                    std::function<void(Result<ie::auth::Credential *>)> done);

// The SDK-like default chain: environment, workload identity, managed identity, Azure CLI, and
// the interactive browser sign-in when options.chainIncludesInteractive.
ie::auth::Credential *makeDefaultChain(const CredentialOptions &options,
                                       ie::net::HttpClient *client, QObject *parent,
                                       ie::auth::SecretStore *store = nullptr);
// The command line's showPrompt / openUrl (stderr, xdg-open).
void printPromptOnStderr(const QString &message);
void openUrlFromCommandLine(const QUrl &url);

// Cloud + credential + cache: sets `client`'s cloud and hands back a TokenCache (child of
// `parent`) that `client` already uses as its token provider.
void makeTokenProvider(const CredentialOptions &options, ie::net::HttpClient *client,
                       ie::auth::SecretStore *store, QObject *parent,
                       std::function<void(Result<ie::auth::TokenCache *>)> done);

} // namespace ie::auth
