#include "sandbox/sandboxcommand.h"

#include "cli/cli.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    // Only async-signal-safe work here: the event loop reads the pipe and quits.
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

} // namespace

int runSandbox(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Serve the sandbox tenant (Entra ID login, Microsoft Graph, ARM, "
                                "managed identity) on 127.0.0.1 until interrupted."_s);
    p.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"First port: login N, Graph N+1, ARM N+2, managed identity N+3 (default and 0: free ports)."_s, u"N"_s);
    const QCommandLineOption publicNames(u"public-names"_s, u"Name the services by their production host names (login.microsoftonline.com, graph.microsoft.com, management.azure.com), for a network namespace whose hosts file maps them to 127.0.0.1; needs --port 443."_s);
    const QCommandLineOption imdsAddress(u"imds-address"_s, u"Also serve the managed identity endpoints on 169.254.169.254:80, the IMDS address (it must be on an interface, e.g. lo inside a network namespace)."_s);
    const QCommandLineOption size(u"size"_s, u"Add N generated service principals (20 % managed identities)."_s, u"N"_s);
    const QCommandLineOption assignments(u"app-role-assignments"_s, u"With --size: give the generated service principals N Microsoft Graph app role assignments in all (read-only roles, spread evenly), for benchmarks of report."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed for the generated tenant (default 1)."_s, u"S"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay every answer by N milliseconds, or per service: imds=1500,graph=200 (login, graph, arm, mi or imds)."_s, u"N|SERVICE=N,..."_s);
    const QCommandLineOption fault(u"fault"_s, u"Misbehave on demand, e.g. graph:/v1.0/servicePrincipals*=429:2@1 (see docs/sandbox.md)."_s, u"SPEC"_s);
    const QCommandLineOption json(u"json"_s, u"Print the endpoints as one JSON object on the first line."_s);
    const QCommandLineOption caOut(u"ca-out"_s, u"Also write the CA certificate (PEM) to FILE."_s, u"FILE"_s);
    const QCommandLineOption miResource(u"mi-resource"_s, u"ARM id of the resource the managed identity endpoints answer as."_s, u"ID"_s);
    const QCommandLineOption budget(u"graph-budget"_s, u"Throttle Graph per app and tenant at N resource units per 10 s (Graph: 3500 to 8000)."_s, u"N"_s);
    const QCommandLineOption signInAs(u"sign-in-as"_s, u"The sandbox user browser and device code sign-ins sign in as: adele (admin, the default), nestor (reader) or megan (no role), or any UPN of the tenant."_s, u"USER"_s);
    const QCommandLineOption deviceLogin(u"device-login"_s, u"How device codes are approved: auto (at the first poll, as --sign-in-as; the default) or manual (each waits until a user enters it: POST /devicelogin with otc=CODE and login_hint=USER)."_s, u"auto|manual"_s);
    const QCommandLineOption issuerCa(u"issuer-ca"_s, u"Also trust the CA certificates in FILE (PEM) when the token endpoint fetches an external issuer's OpenID configuration and keys for a federated credential (repeatable)."_s, u"FILE"_s);
    const QCommandLineOption lang(u"lang"_s, u"Ignored (the sandbox speaks the services' English)."_s, u"LANG"_s);
    p.addOptions({port, size, assignments, seed, latency, fault, json, caOut, miResource, budget, signInAs, lang,
                  publicNames, imdsAddress, deviceLogin, issuerCa});
    if (!p.parse(QStringList{u"identity-explorer sandbox"_s} + args))
        return cli::fail(u"sandbox"_s, p.errorText(), 2);
    if (p.isSet(u"help"_s)) {
        cli::out() << cli::helpText(p, u"sandbox"_s);
        return 0;
    }
    SandboxServer::Options o;
    QString rangeProblem; // the first option out of range, said with its own range
    auto number = [&](const QCommandLineOption &opt, long long min, long long max, bool *ok) {
        const std::optional<qint64> v = cli::numberInRange(p.value(opt), min, max);
        *ok = v.has_value();
        if (!v && rangeProblem.isEmpty())
            rangeProblem = cli::rangeMessage(u"--"_s + opt.names().constFirst(), min, max,
                                             p.value(opt));
        return v.value_or(0);
    };
    bool ok = true;
    if (p.isSet(port))
        o.basePort = quint16(number(port, 0, 65532, &ok));
    if (ok && p.isSet(size))
        o.extraServicePrincipals = int(number(size, 0, 1000000, &ok));
    if (ok && p.isSet(assignments))
        o.extraAppRoleAssignments = int(number(assignments, 0, 10000000, &ok));
    if (ok && p.isSet(seed))
        o.seed = quint64(number(seed, 0, std::numeric_limits<long long>::max(), &ok));
    if (ok && p.isSet(latency)) {
        if (p.value(latency).contains(u'=')) {
            // Per service: each becomes a latency fault on every path of that service.
            for (const QString &item : p.value(latency).split(u',', Qt::SkipEmptyParts)) {
                QString service = item.section(u'=', 0, 0).trimmed().toLower();
                const int ms = item.section(u'=', 1).trimmed().toInt(&ok);
                if (service == "imds"_L1)
                    service = u"mi"_s;
                ok = ok && ms >= 0 && ms <= 600000
                        && QStringList{u"login"_s, u"graph"_s, u"arm"_s, u"mi"_s}.contains(service);
                if (!ok)
                    return cli::fail(u"sandbox"_s,
                                     u"--latency-ms: expected N or SERVICE=N,... with SERVICE one "
                                     "of login, graph, arm, mi, imds (got \"%1\")"_s.arg(item), 2);
                o.faults.append(u"%1:*=latency:%2"_s.arg(service).arg(ms));
            }
        } else {
            o.latencyMs = int(number(latency, 0, 600000, &ok));
        }
    }
    if (ok && p.isSet(budget))
        o.graphBudget = int(number(budget, 1, 10000000, &ok));
    if (!ok)
        return cli::fail(u"sandbox"_s, rangeProblem, 2);
    o.faults += p.values(fault);
    o.caOut = p.value(caOut);
    o.miResource = p.value(miResource);
    o.publicNames = p.isSet(publicNames);
    o.imdsAddress = p.isSet(imdsAddress);
    o.signInAs = p.value(signInAs);
    o.issuerCaFiles = p.values(issuerCa);
    if (p.isSet(deviceLogin)) {
        const QString mode = p.value(deviceLogin);
        if (mode != "auto"_L1 && mode != "manual"_L1)
            return cli::fail(u"sandbox"_s,
                             u"--device-login: expected auto or manual (got \"%1\")"_s.arg(mode), 2);
        o.deviceLoginManual = mode == "manual"_L1;
    }
    if (!o.signInAs.isEmpty() && !o.signInAs.contains(u'@'))
        o.signInAs += u"@contoso.onmicrosoft.com"_s;

    SandboxServer server(o);
    QString error;
    if (!server.start(&error))
        return cli::fail(u"sandbox"_s, error, 1);

    // A cloud configuration in the format `az cloud register --cloud-config @FILE` reads.
    const QString cloudConfig = QFileInfo(server.caFile()).absolutePath() + u"/sandbox-cloud.json"_s;
    const QString graph = server.graphUrl().toString() + u'/';
    const QJsonObject cfg{
            {"endpoints"_L1,
             QJsonObject{{"activeDirectory"_L1, server.loginUrl().toString()},
                         {"activeDirectoryResourceId"_L1, "https://management.core.windows.net/"_L1},
                         {"activeDirectoryGraphResourceId"_L1, "https://graph.windows.net/"_L1},
                         {"microsoftGraphResourceId"_L1, graph},
                         {"resourceManager"_L1, server.armUrl().toString() + u'/'},
                         {"management"_L1, "https://management.core.windows.net/"_L1}}},
            {"caFile"_L1, server.caFile()}};
    QSaveFile f(cloudConfig);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(cfg).toJson()) < 0 || !f.commit())
        return cli::fail(u"sandbox"_s, u"cannot write %1"_s.arg(cloudConfig), 1);
    // The same cloud for `az cloud register`, with the ADFS-style authority ({login}/adfs): MSAL
    // skips instance discovery (a call to login.microsoftonline.com) only for such authorities.
    const QString azCloudConfig
            = QFileInfo(server.caFile()).absolutePath() + u"/sandbox-az-cloud.json"_s;
    QJsonObject azCfg = cfg;
    QJsonObject azEndpoints = cfg.value("endpoints"_L1).toObject();
    azEndpoints.insert("activeDirectory"_L1, server.loginUrl().toString() + u"/adfs"_s);
    azCfg.insert("endpoints"_L1, azEndpoints);
    azCfg.remove("caFile"_L1);
    QSaveFile azFile(azCloudConfig);
    if (!azFile.open(QIODevice::WriteOnly) || azFile.write(QJsonDocument(azCfg).toJson()) < 0
        || !azFile.commit())
        return cli::fail(u"sandbox"_s, u"cannot write %1"_s.arg(azCloudConfig), 1);

    if (p.isSet(json)) {
        const QJsonObject line{
                {"listening"_L1, server.loginUrl().toString()},
                {"tenantId"_L1, server.tenantId()},
                {"clientId"_L1, server.adminClientId()},
                {"clientSecret"_L1, server.adminClientSecret()},
                {"caFile"_L1, server.caFile()},
                {"cloudConfig"_L1, cloudConfig},
                {"azCloudConfig"_L1, azCloudConfig},
                {"identityHeader"_L1, server.identityHeader()},
                {"miResource"_L1, server.miResourceId()},
                {"exampleIssuer"_L1, server.exampleIssuerUrl()},
                // What a managed-identity client reads from its environment, per hosting kind.
                {"managedIdentityEndpoints"_L1,
                 QJsonObject{{"imds"_L1, server.imdsUrl().toString()},
                             {"appService"_L1, server.appServiceUrl().toString()},
                             {"arc"_L1, server.arcUrl().toString()},
                             {"arcKeyDirectory"_L1, server.arcKeyDirectory()},
                             {"cloudShell"_L1, server.cloudShellUrl().toString()}}},
                {"endpoints"_L1, QJsonObject{{"login"_L1, server.loginUrl().toString()},
                                             {"graph"_L1, server.graphUrl().toString()},
                                             {"arm"_L1, server.armUrl().toString()},
                                             {"managedIdentity"_L1, server.managedIdentityUrl().toString()}}}};
        cli::out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        cli::out() << "listening on " << server.loginUrl().toString() << '\n'
                   << "tenant:           " << server.tenantId() << " (" << server.tenantDomain() << ")\n"
                   << "admin client id:  " << server.adminClientId() << '\n'
                   << "admin secret:     " << server.adminClientSecret() << '\n'
                   << "CA file:          " << server.caFile() << '\n'
                   << "cloud config:     " << cloudConfig << '\n'
                   << "az cloud config:  " << azCloudConfig << '\n'
                   << "login:            " << server.loginUrl().toString() << '\n'
                   << "graph:            " << server.graphUrl().toString() << "/v1.0\n"
                   << "arm:              " << server.armUrl().toString() << '\n'
                   << "managed identity: " << server.managedIdentityUrl().toString() << '\n'
                   << "  IMDS:           " << server.imdsUrl().toString() << '\n'
                   << "  App Service:    " << server.appServiceUrl().toString() << '\n'
                   << "  Azure Arc:      " << server.arcUrl().toString() << " (keys in "
                   << server.arcKeyDirectory() << ")\n"
                   << "  Cloud Shell:    " << server.cloudShellUrl().toString() << '\n'
                   << "  answers as:     " << server.miResourceId() << '\n'
                   << "example issuer:   " << server.exampleIssuerUrl() << " (POST /token: sub=...)\n"
                   << "identity header:  " << server.identityHeader() << Qt::endl;
    }

    if (::pipe(g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, qApp);
        QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    return QCoreApplication::exec();
}

} // namespace ie::sandbox
