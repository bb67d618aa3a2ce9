#include "cli/tenantconnection.h"

#include "auth/interactivebrowsercredential.h"
#include "auth/secretstore.h"
#include "auth/tokencache.h"
#include "cli/cli.h"
#include "net/httpclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace ie::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::cli::TenantConnection)
};

ApiError withMessage(ApiError e, const QString &message)
{
    e.message = message;
    return e;
}

// Owns what a signed-in client needs: the keychain and the token cache (its children).
class Holder : public QObject
{
public:
    ie::auth::SecretStore *store = new ie::auth::SecretStore(u"identity-explorer"_s, this);
};

void signIn(const CredentialOptions &options, ie::net::HttpClient &client,
            const std::shared_ptr<Holder> &holder,
            const std::function<void(Result<TenantConnection>)> &done)
{
    const QString name = options.credential;
    ie::auth::makeTokenProvider(
            options, &client, holder->store, holder.get(),
            [holder, name, done](Result<ie::auth::TokenCache *> cache) {
                if (!cache.ok()) {
                    done(withMessage(cache.error(),
                                     CredentialOptions::failureLine(name, cache.error())));
                    return;
                }
                done(TenantConnection{holder, *cache, name});
            });
}

} // namespace

std::optional<CredentialOptions> parseVerbArguments(QCommandLineParser &p, const QString &verb,
                                                    const QStringList &args, int *exitCode)
{
    p.addHelpOption();
    p.addOption(QCommandLineOption(u"lang"_s, Tr::tr("User interface language (e.g. de, en)."),
                                   Tr::tr("language")));
    p.addOptions(CredentialOptions::commandLineOptions());
    if (!p.parse(QStringList{u"identity-explorer "_s + verb} + args)) {
        *exitCode = fail(verb, p.errorText(), 2);
        return std::nullopt;
    }
    if (p.isSet(u"help"_s)) {
        out() << helpText(p, verb);
        out().flush();
        *exitCode = 0;
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty()) {
        *exitCode = fail(
                verb, Tr::tr("unexpected argument '%1'").arg(p.positionalArguments().constFirst()),
                2);
        return std::nullopt;
    }
    Result<CredentialOptions> options = CredentialOptions::fromParser(p);
    if (!options.ok()) {
        *exitCode = fail(verb, options.error().message, 2);
        return std::nullopt;
    }
    if (const QString note = options->ignoredOptionNote(); !note.isEmpty())
        err() << "identity-explorer " << verb << ": " << note << Qt::endl;
    return *options;
}

void connectTenant(const CredentialOptions &options, ie::net::HttpClient &client,
                   const Connector &fallback, std::function<void(Result<TenantConnection>)> done)
{
    const bool builtInSandbox = options.credential == "sandbox"_L1
            && options.cloudConfigFile.isEmpty() && options.cloudName.isEmpty();
    if (fallback && (!options.given || builtInSandbox)) {
        const Result<Connection> c = fallback(client);
        if (!c.ok()) {
            done(withMessage(c.error(), CredentialOptions::failureLine(u"sandbox"_s, c.error())));
            return;
        }
        done(TenantConnection{*c, nullptr, u"sandbox"_s});
        return;
    }
    // Released from inside a keychain or token callback: deleted once that callback has returned.
    auto holder = std::shared_ptr<Holder>(new Holder, [](Holder *h) { h->deleteLater(); });
    if (!options.secretFromStdin && !options.certificatePasswordFromStdin) {
        signIn(options, client, holder, done);
        return;
    }
    // A client secret or a certificate file's password from stdin: signs in with it first and
    // stores it only once that has worked, so that a mistyped one never replaces the one in the
    // keychain that works.
    const bool secret = options.secretFromStdin;
    const QByteArray read = readStdin(secret ? 1024 * 1024 : 4096);
    const QString value = QString::fromUtf8(read).trimmed();
    if ((secret && value.isEmpty()) || options.tenantId.isEmpty() || options.clientId.isEmpty()) {
        done(ApiError::make(ApiError::Kind::InvalidInput,
                            secret ? Tr::tr("secret: --secret-stdin needs --tenant, --client-id "
                                            "and a secret on stdin.")
                                   : Tr::tr("certificate: --certificate-password-stdin needs "
                                            "--tenant and --client-id.")));
        return;
    }
    CredentialOptions withValue = options;
    if (secret)
        withValue.clientSecret = value;
    else
        withValue.certificatePassword = value.toUtf8();
    const QString key = secret
            ? ie::auth::SecretStore::clientSecretKey(options.tenantId, options.clientId)
            : ie::auth::SecretStore::certificatePasswordKey(options.tenantId, options.clientId);
    const QString notStored = secret
            ? Tr::tr("The secret from stdin was not stored; the keychain keeps what it held.")
            : Tr::tr("The certificate password from stdin was not stored; the keychain keeps "
                     "what it held.");
    QPointer<ie::net::HttpClient> guard(&client);
    signIn(withValue, client, holder,
           [options, guard, holder, key, value, notStored, done](Result<TenantConnection> c) {
               if (!c.ok() || !guard) {
                   if (!c.ok())
                       done(withMessage(c.error(), c.error().message + u' ' + notStored));
                   else
                       done(c);
                   return;
               }
               const TenantConnection connection = *c;
               connection.cache->getToken(
                       {guard->cloud().graphAudience(), {}, {}, false}, holder.get(),
                       [options, holder, key, value, notStored, connection,
                        done](Result<ie::net::AccessToken> t) {
                           if (!t.ok()) {
                               ApiError e = t.error();
                               done(withMessage(
                                       e,
                                       CredentialOptions::failureLine(options.credential, e) + u' '
                                               + notStored));
                               return;
                           }
                           holder->store->write(
                                   key, value, holder.get(), [options, connection, done](VoidResult r) {
                                       if (!r.ok()) {
                                           done(withMessage(
                                                   r.error(),
                                                   CredentialOptions::failureLine(
                                                           options.credential, r.error())));
                                           return;
                                       }
                                       done(connection);
                                   });
                       });
           });
}

void connectForGraph(const CredentialOptions &options, ie::net::HttpClient &client,
                     const Connector &fallback, std::function<void(Result<TenantConnection>)> done)
{
    QPointer<ie::net::HttpClient> guard(&client);
    connectTenant(options, client, fallback, [guard, done](Result<TenantConnection> c) {
        if (!c.ok() || !guard || !guard->tokenProvider()) {
            done(c);
            return;
        }
        const TenantConnection connection = *c;
        guard->tokenProvider()->getToken(
                {guard->cloud().graphAudience(), {}, {}, false}, connection.keepAlive.get(),
                [connection, done](Result<ie::net::AccessToken> t) {
                    if (!t.ok()) {
                        done(withMessage(
                                t.error(),
                                CredentialOptions::failureLine(connection.credential, t.error())));
                        return;
                    }
                    done(connection);
                });
    });
}

int execConnected(const QString &verb, const CredentialOptions &options,
                  ie::net::HttpClient &client, const Connector &fallback,
                  const std::function<void()> &start)
{
    std::optional<TenantConnection> connection;
    QObject scope;
    QMetaObject::invokeMethod(
            &scope,
            [&] {
                connectForGraph(options, client, fallback, [&](Result<TenantConnection> c) {
                    if (!c.ok()) {
                        QCoreApplication::exit(
                                fail(verb, c.error().message, exitCodeFor(c.error())));
                        return;
                    }
                    connection = *c;
                    start();
                });
            },
            Qt::QueuedConnection);
    int code = QCoreApplication::exec();
    if (connection && connection->cache) {
        // The verb is done; a refresh token still on its way into the keychain is waited for.
        bool written = false;
        bool waiting = false;
        whenKeychainWritten(connection->cache, &scope, [&] {
            written = true;
            if (waiting)
                QCoreApplication::exit(0);
        });
        if (!written) {
            waiting = true;
            QCoreApplication::exec();
        }
    }
    connection.reset();
    // The token cache and keychain go now, before the client they point at.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}

void whenKeychainWritten(ie::auth::TokenCache *cache, QObject *context,
                         const std::function<void()> &then)
{
    auto *browser = cache
            ? qobject_cast<ie::auth::InteractiveBrowserCredential *>(cache->credential())
            : nullptr;
    if (!browser || browser->pendingKeychainWrites() == 0) {
        then();
        return;
    }
    QObject::connect(browser, &ie::auth::InteractiveBrowserCredential::keychainWritesFinished,
                     context, then, Qt::SingleShotConnection);
}

int exitCodeFor(const ApiError &error)
{
    return error.kind == ApiError::Kind::InvalidInput ? 2 : 1;
}

} // namespace ie::cli
