#include "sandbox/reportcommand.h"

#include "auth/clientcredentials.h"
#include "cli/cli.h"
#include "graph/permissionreport.h"
#include "net/httpclient.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::sandbox::ReportCommand)
};

// Everything a verb needs to talk to a tenant. The one place to swap in other credentials.
struct Connection
{
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<ie::net::HttpClient> client;
    std::unique_ptr<ie::auth::ClientCredentialsProvider> tokens;
};

std::unique_ptr<Connection> connect(QString *error)
{
    auto c = std::make_unique<Connection>();
    c->sandbox = std::make_unique<SandboxServer>();
    if (!c->sandbox->start(error))
        return nullptr;
    c->client = std::make_unique<ie::net::HttpClient>();
    c->client->setCloud(c->sandbox->cloud());
    c->tokens = std::make_unique<ie::auth::ClientCredentialsProvider>(
            c->client.get(), c->sandbox->tenantId(), c->sandbox->adminClientId(),
            c->sandbox->adminClientSecret());
    c->client->setTokenProvider(c->tokens.get());
    return c;
}

} // namespace

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Lists every identity with its Graph app roles and Azure role assignments."));
    parser.addHelpOption();
    const QCommandLineOption managed(u"managed"_s, Tr::tr("Only managed identities."));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print JSON."));
    const QCommandLineOption csv(u"csv"_s, Tr::tr("Print CSV."));
    const QCommandLineOption lang(u"lang"_s, Tr::tr("User interface language (e.g. de, en)."),
                                  Tr::tr("language"));
    parser.addOptions({managed, json, csv, lang});
    if (!parser.parse(QStringList{u"identity-explorer report"_s} + args))
        return ie::cli::fail(u"report"_s, parser.errorText(), 2);
    if (parser.isSet(u"help"_s)) {
        ie::cli::out() << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return ie::cli::fail(
                u"report"_s,
                Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()), 2);
    if (parser.isSet(json) && parser.isSet(csv))
        return ie::cli::fail(u"report"_s, Tr::tr("--json and --csv exclude each other"), 2);

    QString error;
    std::unique_ptr<Connection> c = connect(&error);
    if (!c)
        return ie::cli::fail(u"report"_s, Tr::tr("cannot connect: %1").arg(error));
    ie::graph::PermissionReportJob job(c->client.get(), parser.isSet(managed));
    int code = 1;
    QObject::connect(&job, &ie::graph::PermissionReportJob::finished, &job, [&] {
        const auto &r = job.result();
        if (!r) {
            code = ie::cli::fail(u"report"_s, r.error().summary());
        } else {
            if (parser.isSet(json))
                ie::cli::out() << QString::fromUtf8(
                        QJsonDocument(ie::graph::PermissionReportJob::toJson(*r))
                                .toJson(QJsonDocument::Indented));
            else if (parser.isSet(csv))
                ie::cli::out() << QString::fromUtf8(ie::graph::PermissionReportJob::toCsv(*r));
            else
                ie::cli::out() << ie::graph::PermissionReportJob::toText(*r);
            ie::cli::out().flush();
            for (const QString &w : job.warnings())
                ie::cli::err() << u"identity-explorer report: warning: "_s << w << u'\n';
            ie::cli::err().flush();
            code = 0;
        }
        QCoreApplication::exit(code);
    });
    job.start();
    QCoreApplication::exec();
    return code;
}

} // namespace ie::sandbox
