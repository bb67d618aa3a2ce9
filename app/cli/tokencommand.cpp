#include "cli/tokencommand.h"

#include "auth/chainedcredential.h"
#include "auth/interactivebrowsercredential.h"
#include "auth/secretstore.h"
#include "auth/tokencache.h"
#include "cli/cli.h"
#include "cli/credentialoptions.h"
#include "net/httpclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace ie::cli {

namespace {

const QString Verb = u"token"_s;

// One line: the credential and what failed.
QString failureLine(const QString &credential, const ApiError &e)
{
    QString message = e.message.isEmpty() ? e.summary() : e.message;
    message.replace(u'\n', u' ');
    if (e.httpStatus > 0 && !message.contains(QString::number(e.httpStatus)))
        message += u" (HTTP %1%2)"_s.arg(e.httpStatus)
                           .arg(e.code.isEmpty() ? QString() : u", "_s + e.code);
    return credential + u": "_s + message;
}

} // namespace

int runToken(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Print an access token for a resource."_s);
    p.addHelpOption();
    const QCommandLineOption resource(
            u"resource"_s, u"The resource (audience) URI, e.g. https://graph.microsoft.com."_s,
            u"URI"_s);
    const QCommandLineOption json(
            u"json"_s, u"Print {accessToken, expiresOn, tenant, tokenType, credential}."_s);
    const QCommandLineOption secretStdin(
            u"secret-stdin"_s,
            u"Read the client secret from stdin and store it in the keychain first (with --credential secret)."_s);
    const QCommandLineOption lang(u"lang"_s, u"User interface language."_s, u"LANG"_s);
    p.addOptions({resource, json, secretStdin, lang});
    p.addOptions(CredentialOptions::commandLineOptions());
    if (!p.parse(QStringList{u"identity-explorer token"_s} + args))
        return fail(Verb, p.errorText(), 2);
    if (p.isSet(u"help"_s)) {
        out() << p.helpText();
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(Verb, u"unexpected argument '%1'"_s.arg(p.positionalArguments().first()), 2);
    const QString uri = p.value(resource).trimmed();
    if (uri.isEmpty() || !QUrl(uri).isValid())
        return fail(Verb, u"--resource URI is required (e.g. https://graph.microsoft.com)"_s, 2);
    Result<CredentialOptions> options = CredentialOptions::fromParser(p);
    if (!options.ok())
        return fail(Verb, options.error().message, 2);
    if (p.isSet(secretStdin) && options->credential != "secret"_L1)
        return fail(Verb, u"--secret-stdin goes with --credential secret"_s, 2);

    ie::net::HttpClient client;
    ie::auth::SecretStore store;
    int exitCode = 1;
    const QString credentialName = options->credential;
    const bool asJson = p.isSet(json);
    QObject scope;

    auto finish = [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    };
    auto acquire = [&, uri](ie::auth::TokenCache *cache) {
        cache->getToken(
                {uri, options->tenantId, {}, false}, &scope,
                [&, cache](Result<ie::net::AccessToken> t) {
                    if (!t.ok()) {
                        fail(Verb, failureLine(credentialName, t.error()));
                        finish(1);
                        return;
                    }
                    QString used = t->credential;
                    if (auto *chain
                        = qobject_cast<ie::auth::ChainedCredential *>(cache->credential()))
                        used = chain->selected() ? chain->selected()->name() : used;
                    if (asJson) {
                        const QJsonObject o{
                                {"accessToken"_L1, QString::fromLatin1(t->token)},
                                {"expiresOn"_L1, t->expiresOn.toUTC().toString(Qt::ISODate)},
                                {"tenant"_L1, t->tenantId},
                                {"tokenType"_L1, "Bearer"_L1},
                                {"credential"_L1, used}};
                        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))
                              << Qt::endl;
                    } else {
                        out() << QString::fromLatin1(t->token) << Qt::endl;
                    }
                    // A browser sign-in's refresh token is still on its way into the keychain.
                    if (auto *browser = qobject_cast<ie::auth::InteractiveBrowserCredential *>(
                                cache->credential());
                        browser && browser->pendingKeychainWrites() > 0) {
                        QObject::connect(
                                browser,
                                &ie::auth::InteractiveBrowserCredential::keychainWritesFinished,
                                &scope, [&] { finish(0); });
                        return;
                    }
                    finish(0);
                });
    };
    auto start = [&] {
        makeTokenProvider(*options, &client, &store, &scope, [&](Result<ie::auth::TokenCache *> c) {
            if (!c.ok()) {
                fail(Verb, failureLine(credentialName, c.error()));
                finish(c.error().kind == ApiError::Kind::InvalidInput ? 2 : 1);
                return;
            }
            acquire(*c);
        });
    };

    QMetaObject::invokeMethod(
            &scope,
            [&] {
                if (!p.isSet(secretStdin)) {
                    start();
                    return;
                }
                const QString secret = QString::fromUtf8(readStdin()).trimmed();
                if (secret.isEmpty() || options->tenantId.isEmpty()
                    || options->clientId.isEmpty()) {
                    fail(Verb,
                         u"secret: --secret-stdin needs --tenant, --client-id and a secret on stdin"_s);
                    finish(2);
                    return;
                }
                store.write(ie::auth::SecretStore::clientSecretKey(options->tenantId,
                                                                   options->clientId),
                            secret, &scope, [&](VoidResult r) {
                                if (!r.ok()) {
                                    fail(Verb, failureLine(credentialName, r.error()));
                                    finish(1);
                                    return;
                                }
                                start();
                            });
            },
            Qt::QueuedConnection);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace ie::cli
