#pragma once

#include "auth/connector.h"
#include "auth/credentialoptions.h"
#include "core/result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace ie::net {
class HttpClient;
}
namespace ie::auth {
class TokenCache;
}

namespace ie::cli {

using ie::auth::Connection;
using ie::auth::Connector;
using ie::auth::CredentialOptions;

// A client signed in for a verb.
struct TenantConnection
{
    Connection keepAlive;
    ie::auth::TokenCache *cache = nullptr; // null when a Connector provided the tokens
    QString credential; // the credential's name, for error lines
};

// Adds the verb's own options' companions (--help, --lang) and the sign-in options of
// CredentialOptions to `parser`, parses `args` and hands back the sign-in options; or, after
// --help or a bad argument (its line printed on stderr), nothing and the exit code in `*exitCode`.
std::optional<CredentialOptions> parseVerbArguments(QCommandLineParser &parser, const QString &verb,
                                                    const QStringList &args, int *exitCode);

// Signs `client` in as `options` say (with --secret-stdin, storing the secret read from stdin in
// the keychain first). When `fallback` is set and no sign-in option was given, or only
// `--credential sandbox` without a cloud, it connects with `fallback` instead. An error's message
// is one line naming the credential; Kind::InvalidInput marks bad options (exit code 2).
void connectTenant(const CredentialOptions &options, ie::net::HttpClient &client,
                   const Connector &fallback, std::function<void(Result<TenantConnection>)> done);

// connectTenant, then one Microsoft Graph token, so that a credential that cannot sign in is
// named as such before the verb reads anything.
void connectForGraph(const CredentialOptions &options, ie::net::HttpClient &client,
                     const Connector &fallback, std::function<void(Result<TenantConnection>)> done);

// The event loop of a verb that reads Graph and ARM: connects as connectForGraph does, then calls
// `start`, whose work ends the loop with QCoreApplication::exit(code). A connection error is
// printed as one line and ends it with exitCodeFor(). Returns the loop's exit code; the
// connection lives until then.
int execConnected(const QString &verb, const CredentialOptions &options,
                  ie::net::HttpClient &client, const Connector &fallback,
                  const std::function<void()> &start);

// The exit code for a connection error: 2 for bad options, else 1.
// Calls `then` once nothing the sign-in is writing into the keychain is still on its way (a
// browser sign-in's refresh token, written after each token), at once when nothing is: a verb
// that exits before that would lose the silent sign-in of the next run.
void whenKeychainWritten(ie::auth::TokenCache *cache, QObject *context,
                         const std::function<void()> &then);

int exitCodeFor(const ApiError &error);

} // namespace ie::cli
