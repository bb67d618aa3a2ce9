#include "catalog/exportcommand.h"

#include "cli/cli.h"
#include "cloud/catrust.h"
#include "cloud/cloud.h"
#include "net/httpclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>

using namespace Qt::StringLiterals;

namespace ie::catalog {

namespace {

// One translation context for the whole file, whether the text is in a member or a free
// function (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::catalog::ExportCommand)
};

const QString Verb = u"catalog-export"_s;
const QString GraphAppId = u"00000003-0000-0000-c000-000000000000"_s;
// The tenants Microsoft's own service principals are owned by.
const QStringList MicrosoftTenants
        = {u"f8cdef31-a31e-4b4a-93e4-5f571e91255a"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s,
           u"cdc5aeea-15c5-4db6-b079-fcadd2505dc2"_s};

// Tokens pasted through the environment: in memory only.
class EnvironmentTokens : public net::TokenProvider
{
public:
    void getToken(const net::TokenRequest &request, QObject *, net::TokenCallback callback) override
    {
        const bool arm = request.audience.contains("management"_L1);
        const QByteArray token = qgetenv(arm ? "IE_ARM_TOKEN" : "IE_GRAPH_TOKEN");
        if (token.isEmpty())
            return callback(ApiError::make(
                    ApiError::Kind::Auth,
                    Tr::tr("Set %1 to a bearer token for %2.")
                            .arg(arm ? u"IE_ARM_TOKEN"_s : u"IE_GRAPH_TOKEN"_s, request.audience)));
        net::AccessToken t;
        t.token = token;
        t.audience = request.audience;
        t.expiresOn = QDateTime::currentDateTimeUtc().addSecs(600);
        t.credential = u"environment"_s;
        callback(t);
    }
};

QJsonArray sortedBy(QJsonArray items, const QString &key)
{
    QList<QJsonValue> list(items.begin(), items.end());
    std::stable_sort(list.begin(), list.end(), [&key](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(key).toString().compare(b.toObject().value(key).toString(),
                                                          Qt::CaseInsensitive)
                < 0;
    });
    QJsonArray out;
    for (const QJsonValue &v : list)
        out.append(v);
    return out;
}

QJsonArray appRolesOf(const QJsonObject &sp, bool full)
{
    QJsonArray out;
    for (const QJsonValue &v : sp.value("appRoles"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        QJsonObject o{{"id"_L1, r.value("id"_L1).toString().toLower()},
                      {"value"_L1, r.value("value"_L1)},
                      {"displayName"_L1, r.value("displayName"_L1).toString().trimmed()},
                      {"description"_L1, r.value("description"_L1).toString().trimmed()}};
        if (full) {
            o.insert("isEnabled"_L1, r.value("isEnabled"_L1).toBool(true));
            o.insert("allowedMemberTypes"_L1, r.value("allowedMemberTypes"_L1));
            o.insert("privilegeLevel"_L1, QJsonValue::Null);
        }
        out.append(o);
    }
    return sortedBy(out, u"value"_s);
}

QJsonArray scopesOf(const QJsonObject &sp, bool full)
{
    QJsonArray out;
    for (const QJsonValue &v : sp.value("oauth2PermissionScopes"_L1).toArray()) {
        const QJsonObject s = v.toObject();
        QJsonObject o{{"id"_L1, s.value("id"_L1).toString().toLower()},
                      {"value"_L1, s.value("value"_L1)}};
        if (full) {
            o.insert("type"_L1, s.value("type"_L1));
            o.insert("isEnabled"_L1, s.value("isEnabled"_L1).toBool(true));
            for (const char *k : {"adminConsentDisplayName", "adminConsentDescription",
                                  "userConsentDisplayName", "userConsentDescription"})
                o.insert(QLatin1StringView(k), s.value(QLatin1StringView(k)).toString().trimmed());
            o.insert("privilegeLevel"_L1, QJsonValue::Null);
            o.insert("personalAccounts"_L1, QJsonValue::Null);
        } else {
            o.insert("displayName"_L1, s.value("adminConsentDisplayName"_L1).toString().trimmed());
            o.insert("description"_L1, s.value("adminConsentDescription"_L1).toString().trimmed());
        }
        out.append(o);
    }
    return sortedBy(out, u"value"_s);
}

// Runs GETs one after another (each paged), then writes the files.
class Exporter : public QObject
{
public:
    Exporter(net::HttpClient *client, QString outDir, QString subscription)
        : m_client(client), m_out(std::move(outDir)), m_subscription(std::move(subscription))
    { }

    void start()
    {
        const QString graph = m_client->cloud().graphUrl.toString(QUrl::StripTrailingSlash);
        const QString arm = m_client->cloud().armUrl.toString(QUrl::StripTrailingSlash);
        m_steps.append({QUrl(graph
                             + u"/v1.0/servicePrincipals?$select=id,appId,displayName,"
                               "appOwnerOrganizationId,servicePrincipalNames,appRoles,"
                               "oauth2PermissionScopes&$top=999"_s),
                        [this](const QJsonArray &items) {
                            for (const QJsonValue &v : items)
                                m_servicePrincipals.append(v);
                        }});
        m_steps.append(
                {QUrl(graph + u"/v1.0/directoryRoleTemplates"_s), [this](const QJsonArray &items) {
                     for (const QJsonValue &v : items)
                         m_roleTemplates.append(v);
                 }});
        if (!m_subscription.isEmpty())
            m_steps.append({QUrl(arm
                                 + u"/subscriptions/%1/providers/Microsoft.Authorization/"
                                   "roleDefinitions?$filter=type%20eq%20'BuiltInRole'"
                                   "&api-version=2022-04-01"_s.arg(m_subscription)),
                            [this](const QJsonArray &items) {
                                for (const QJsonValue &v : items)
                                    m_roleDefinitions.append(v);
                            }});
        next();
    }

    int exitCode() const { return m_exitCode; }

private:
    struct Step
    {
        QUrl url;
        std::function<void(const QJsonArray &)> onPage;
    };

    void next()
    {
        if (m_steps.isEmpty()) {
            m_exitCode = write();
            QCoreApplication::exit(m_exitCode);
            return;
        }
        const Step step = m_steps.takeFirst();
        cli::err() << Tr::tr("Reading %1").arg(net::HttpClient::redactUrl(step.url)) << Qt::endl;
        net::PageJob *job = m_client->getPages(net::HttpRequest::get(step.url));
        connect(job, &net::PageJob::pageArrived, this,
                [cb = step.onPage](const QJsonArray &items) { cb(items); });
        connect(job, &net::PageJob::finished, this, [this, job] {
            if (!job->result()) {
                m_exitCode = cli::fail(Verb, job->result().error().summary(), 1);
                QCoreApplication::exit(m_exitCode);
                return;
            }
            next();
        });
    }

    bool save(const QString &name, const QJsonObject &root)
    {
        QSaveFile f(m_out + u'/' + name);
        if (!f.open(QIODevice::WriteOnly)) {
            cli::fail(Verb, Tr::tr("cannot write %1: %2").arg(f.fileName(), f.errorString()), 1);
            return false;
        }
        f.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
        if (!f.commit()) {
            cli::fail(Verb, Tr::tr("cannot write %1: %2").arg(f.fileName(), f.errorString()), 1);
            return false;
        }
        cli::out() << f.fileName() << Qt::endl;
        return true;
    }

    int write()
    {
        QJsonObject graphFile;
        QJsonArray apis, apps;
        for (const QJsonValue &v : std::as_const(m_servicePrincipals)) {
            const QJsonObject sp = v.toObject();
            const QString appId = sp.value("appId"_L1).toString().toLower();
            const QString owner = sp.value("appOwnerOrganizationId"_L1).toString().toLower();
            if (appId == GraphAppId) {
                graphFile = QJsonObject{{"resourceAppId"_L1, GraphAppId},
                                        {"resourceDisplayName"_L1, sp.value("displayName"_L1)},
                                        {"appRoles"_L1, appRolesOf(sp, true)},
                                        {"delegatedScopes"_L1, scopesOf(sp, true)},
                                        {"documentedButNotOnServicePrincipal"_L1,
                                         QJsonObject{{"appRoles"_L1, QJsonArray{}},
                                                     {"delegatedScopes"_L1, QJsonArray{}}}}};
            }
            if (!MicrosoftTenants.contains(owner))
                continue;
            apps.append(QJsonObject{{"appId"_L1, appId},
                                    {"displayName"_L1, sp.value("displayName"_L1)},
                                    {"appOwnerOrganizationId"_L1, owner},
                                    {"source"_L1, u"graph"_s}});
            const QJsonArray roles = appRolesOf(sp, false);
            const QJsonArray scopes = scopesOf(sp, false);
            if (roles.isEmpty() && scopes.isEmpty())
                continue;
            QJsonObject api{{"appId"_L1, appId},
                            {"displayName"_L1, sp.value("displayName"_L1)},
                            {"servicePrincipalNames"_L1, sp.value("servicePrincipalNames"_L1)},
                            {"appRoles"_L1, appId == GraphAppId ? QJsonArray{} : roles},
                            {"delegatedScopes"_L1, appId == GraphAppId ? QJsonArray{} : scopes}};
            if (appId == GraphAppId)
                api.insert("note"_L1, u"See graph-permissions.json."_s);
            apis.append(api);
        }
        if (graphFile.isEmpty())
            return cli::fail(Verb, Tr::tr("the tenant has no Microsoft Graph service principal"),
                             1);

        QJsonArray roles;
        for (const QJsonValue &v : std::as_const(m_roleTemplates)) {
            const QJsonObject t = v.toObject();
            roles.append(QJsonObject{{"templateId"_L1, t.value("id"_L1).toString().toLower()},
                                     {"displayName"_L1, t.value("displayName"_L1)},
                                     {"description"_L1, t.value("description"_L1)},
                                     {"isPrivileged"_L1, QJsonValue::Null},
                                     {"status"_L1, u"current"_s},
                                     {"formerNames"_L1, QJsonArray{}},
                                     {"note"_L1, QJsonValue::Null}});
        }

        if (!QDir().mkpath(m_out))
            return cli::fail(Verb, Tr::tr("cannot create %1").arg(m_out), 1);
        bool ok = save(u"graph-permissions.json"_s, graphFile)
                && save(u"microsoft-resource-apis.json"_s,
                        {{"servicePrincipals"_L1, sortedBy(apis, u"displayName"_s)}})
                && save(u"microsoft-first-party-apps.json"_s,
                        {{"apps"_L1, sortedBy(apps, u"displayName"_s)}})
                && save(u"entra-directory-roles.json"_s,
                        {{"roles"_L1, sortedBy(roles, u"displayName"_s)}});
        if (ok && !m_subscription.isEmpty()) {
            QJsonArray builtIn;
            for (const QJsonValue &v : std::as_const(m_roleDefinitions)) {
                const QJsonObject o = v.toObject();
                const QJsonObject p = o.value("properties"_L1).toObject();
                builtIn.append(QJsonObject{{"id"_L1, o.value("name"_L1).toString().toLower()},
                                           {"roleName"_L1, p.value("roleName"_L1)},
                                           {"description"_L1, p.value("description"_L1)},
                                           {"roleType"_L1, p.value("type"_L1)},
                                           {"permissions"_L1, p.value("permissions"_L1)},
                                           {"createdOn"_L1, p.value("createdOn"_L1)},
                                           {"updatedOn"_L1, p.value("updatedOn"_L1)},
                                           {"formerNames"_L1, QJsonArray{}}});
            }
            ok = save(u"azure-builtin-roles.json"_s,
                      {{"roleDefinitionIdPrefix"_L1,
                        u"/providers/Microsoft.Authorization/roleDefinitions/"_s},
                       {"roles"_L1, sortedBy(builtIn, u"roleName"_s)},
                       {"removedRoles"_L1, QJsonArray{}},
                       {"otherKnownRoleIds"_L1, QJsonArray{}}});
        }
        return ok ? 0 : 1;
    }

    net::HttpClient *m_client;
    QString m_out;
    QString m_subscription;
    QList<Step> m_steps;
    QJsonArray m_servicePrincipals;
    QJsonArray m_roleTemplates;
    QJsonArray m_roleDefinitions;
    int m_exitCode = 1;
};

} // namespace

int runCatalogExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Regenerate the bundled catalog files from a tenant's live Graph and ARM."));
    const QCommandLineOption outOption(u"out"_s, Tr::tr("Directory to write the files to."),
                                       Tr::tr("dir"));
    const QCommandLineOption graphOption(
            u"graph"_s, Tr::tr("Graph base URL (default: public cloud)."), u"url"_s);
    const QCommandLineOption armOption(u"arm"_s, Tr::tr("ARM base URL (default: public cloud)."),
                                       u"url"_s);
    const QCommandLineOption subOption(
            u"subscription"_s, Tr::tr("Subscription to read the built-in Azure roles from."),
            u"id"_s);
    const QCommandLineOption caOption(
            u"ca-file"_s,
            Tr::tr("Also trust the CA certificates of this PEM file for the Graph and ARM hosts."),
            Tr::tr("file"));
    const QCommandLineOption langOption(u"lang"_s, Tr::tr("User interface language."),
                                        Tr::tr("language"));
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    for (const auto *o :
         {&outOption, &graphOption, &armOption, &subOption, &caOption, &langOption, &helpOption})
        parser.addOption(*o);
    if (!parser.parse(QStringList{u"identity-explorer catalog-export"_s} + args))
        return cli::fail(Verb, parser.errorText(), 2);
    if (parser.isSet(helpOption)) {
        cli::out() << cli::helpText(parser, u"catalog-export"_s);
        cli::out().flush();
        return 0;
    }
    if (!parser.isSet(outOption) || !parser.positionalArguments().isEmpty())
        return cli::fail(Verb, Tr::tr("usage: catalog-export --out DIR [--subscription ID]"), 2);

    Cloud cloud = Cloud::azurePublic();
    if (parser.isSet(graphOption) || parser.isSet(armOption)) {
        // Another Graph/ARM (a sandbox or an emulator): tokens go to exactly these origins.
        // https only: the tokens from IE_GRAPH_TOKEN / IE_ARM_TOKEN never go out in clear.
        const Result<QUrl> graph = Cloud::httpsEndpoint(parser.value(graphOption), u"--graph"_s);
        if (!graph)
            return cli::fail(Verb, graph.error().message, 2);
        const Result<QUrl> arm = parser.isSet(armOption)
                ? Cloud::httpsEndpoint(parser.value(armOption), u"--arm"_s)
                : graph;
        if (!arm)
            return cli::fail(Verb, arm.error().message, 2);
        cloud = Cloud::sandbox(QUrl(), *graph, *arm, QUrl(), {});
        cloud.name = u"Custom"_s;
    }
    Result<Cloud> trusted = withExtraTrust(cloud, parser.value(caOption).trimmed(),
                                           qEnvironmentVariable("SSL_CERT_FILE").trimmed());
    if (!trusted)
        return cli::fail(Verb, trusted.error().message, 2);
    cloud = *trusted;
    net::HttpClient client;
    client.setCloud(cloud);
    EnvironmentTokens tokens;
    client.setTokenProvider(&tokens);
    Exporter exporter(&client, parser.value(outOption), parser.value(subOption));
    QMetaObject::invokeMethod(
            &exporter, [&exporter] { exporter.start(); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    return exporter.exitCode();
}

} // namespace ie::catalog
