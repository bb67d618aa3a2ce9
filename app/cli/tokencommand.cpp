#include "cli/tokencommand.h"

#include "core/terminaltext.h"

#include "auth/chainedcredential.h"
#include "auth/tokencache.h"
#include "cli/cli.h"
#include "auth/credentialoptions.h"
#include "cli/tenantconnection.h"
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

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::cli::TokenCommand)
};

} // namespace

int runToken(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Print an access token for a resource."));
    const QCommandLineOption resource(
            u"resource"_s, Tr::tr("The resource (audience) URI, e.g. https://graph.microsoft.com."),
            Tr::tr("uri"));
    const QCommandLineOption json(
            u"json"_s, Tr::tr("Print {accessToken, expiresOn, tenant, tokenType, credential}."));
    p.addOptions({resource, json});
    int exitCode = 1;
    const std::optional<CredentialOptions> options = parseVerbArguments(p, Verb, args, &exitCode);
    if (!options)
        return exitCode;
    const QString uri = p.value(resource).trimmed();
    if (uri.isEmpty() || !QUrl(uri).isValid())
        return fail(Verb, Tr::tr("--resource URI is required (e.g. https://graph.microsoft.com)"),
                    2);

    ie::net::HttpClient client;
    const bool asJson = p.isSet(json);
    QObject scope;
    std::optional<TenantConnection> connection;

    auto finish = [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    };
    auto acquire = [&, uri](ie::auth::TokenCache *cache) {
        cache->getToken(
                {uri, options->tenantId, {}, false}, &scope,
                [&, cache](Result<ie::net::AccessToken> t) {
                    if (!t.ok()) {
                        fail(Verb, CredentialOptions::failureLine(options->credential, t.error()));
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
                        // What the token endpoint sent: a token is base64url, anything else
                        // shows escaped.
                        out() << terminalSafe(QString::fromLatin1(t->token)) << Qt::endl;
                    }
                    // A browser sign-in's refresh token may still be on its way into the keychain.
                    whenKeychainWritten(cache, &scope, [&] { finish(0); });
                });
    };

    QMetaObject::invokeMethod(
            &scope,
            [&] {
                connectTenant(*options, client, {}, [&](Result<TenantConnection> c) {
                    if (!c.ok()) {
                        fail(Verb, c.error().message);
                        finish(exitCodeFor(c.error()));
                        return;
                    }
                    connection = *c;
                    acquire(c->cache);
                });
            },
            Qt::QueuedConnection);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace ie::cli
