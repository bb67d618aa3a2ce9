#include "cli/reportcommand.h"

#include "cli/cli.h"
#include "core/jsonstream.h"
#include "graph/permissionreport.h"
#include "net/httpclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;
using ie::graph::PermissionReportJob;

namespace ie::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::cli::ReportCommand)
};

const QString Verb = u"report"_s;

void print(const QList<ie::graph::ReportEntry> &entries, bool json, bool csv)
{
    if (json) {
        out().flush();
        JsonStreamWriter w(stdout);
        PermissionReportJob::writeJson(w, entries);
        w.finish();
        return;
    }
    if (csv)
        out() << QString::fromUtf8(PermissionReportJob::toCsv(entries));
    else
        out() << PermissionReportJob::toText(entries);
    out().flush();
}

} // namespace

int runReport(const QStringList &args, const Connector &defaultConnection)
{
    QCommandLineParser p;
    p.setApplicationDescription(
            Tr::tr("List every identity with its Graph app roles, Azure role assignments and "
                   "Microsoft Entra directory roles."));
    const QCommandLineOption managed(u"managed"_s, Tr::tr("Only managed identities."));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print a JSON array instead of text."));
    const QCommandLineOption csv(u"csv"_s, Tr::tr("Print CSV instead of text."));
    p.addOptions({managed, json, csv});
    int code = 1;
    const std::optional<CredentialOptions> options = parseVerbArguments(p, Verb, args, &code);
    if (!options)
        return code;
    if (p.isSet(json) && p.isSet(csv))
        return fail(Verb, Tr::tr("--json and --csv exclude each other"), 2);

    ie::net::HttpClient client;
    PermissionReportJob job(&client, p.isSet(managed));
    // Progress only for a person at a terminal: a script's stderr holds just the problems.
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    bool progressShown = false;
    if (terminal) {
        QObject::connect(&job, &PermissionReportJob::progress, &job, [&](const QString &text) {
            err() << "\r\x1b[K" << text;
            err().flush();
            progressShown = true;
        });
    }
    QObject::connect(&job, &PermissionReportJob::finished, &job, [&] {
        if (progressShown) {
            err() << "\r\x1b[K";
            err().flush();
        }
        const auto &r = job.result();
        if (!r) {
            code = fail(Verb,
                        Tr::tr("Microsoft Graph service principals: %1").arg(r.error().summary()));
        } else {
            print(*r, p.isSet(json), p.isSet(csv));
            // One line per cause (not per identity), then whether the report is whole.
            for (const QString &w : job.warnings())
                err() << "identity-explorer report: " << Tr::tr("warning: %1").arg(w) << '\n';
            code = 0;
            if (job.isPartial()) {
                code = 3;
                err() << "identity-explorer report: "
                      << Tr::tr("The report is incomplete: what could not be read is marked "
                                "unknown.")
                      << '\n';
            }
            err().flush();
        }
        QCoreApplication::exit(code);
    });
    return execConnected(Verb, *options, client, defaultConnection, [&] { job.start(); });
}

} // namespace ie::cli
