#include "cloud/cloud.h"

#include "cloud/catrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ie {

namespace {

QUrl u(const char *s)
{
    return QUrl(QString::fromLatin1(s));
}

// "https://host:443/" and "https://host:443" are the same base URL; keep the form without a path
// so that appending "/v1.0/..." gives one slash.
QUrl baseUrl(const QString &s)
{
    QUrl url(s.trimmed());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

ServiceEndpoint exact(const char *id, const char *audience, const QUrl &base,
                      QStringList extra = {})
{
    return ServiceEndpoint{QString::fromLatin1(id), QString::fromLatin1(audience), std::move(extra),
                           base, {}};
}

ServiceEndpoint suffix(const char *id, const char *audience, const char *hostSuffix)
{
    return ServiceEndpoint{QString::fromLatin1(id), QString::fromLatin1(audience), {}, {},
                           QString::fromLatin1(hostSuffix)};
}

Cloud makeCloud(const char *name, const QString &display, const char *login, const char *graph,
                const char *arm, const char *portal, const char *vaultSuffix,
                const char *storageSuffix, const char *vaultAudience, const char *storageAudience)
{
    Cloud c;
    c.name = QString::fromLatin1(name);
    c.displayName = display;
    c.loginUrl = u(login);
    c.graphUrl = u(graph);
    c.armUrl = u(arm);
    c.portalUrl = u(portal);
    c.services = {
        exact("graph", graph, c.graphUrl),
        exact("arm", arm, c.armUrl,
              {QString::fromLatin1(arm) + QLatin1Char('/'),
               QStringLiteral("https://management.core.windows.net/")}),
        suffix("keyvault", vaultAudience, vaultSuffix),
        suffix("storage", storageAudience, storageSuffix),
    };
    return c;
}

} // namespace

Cloud Cloud::azurePublic()
{
    return makeCloud("AzureCloud", QCoreApplication::translate("ie::Cloud", "Azure (public)"),
                     "https://login.microsoftonline.com", "https://graph.microsoft.com",
                     "https://management.azure.com", "https://portal.azure.com", ".vault.azure.net",
                     ".core.windows.net", "https://vault.azure.net", "https://storage.azure.com");
}

Cloud Cloud::usGovernment()
{
    Cloud c = makeCloud("AzureUSGovernment",
                        QCoreApplication::translate("ie::Cloud", "Azure US Government"),
                        "https://login.microsoftonline.us", "https://graph.microsoft.us",
                        "https://management.usgovcloudapi.net", "https://portal.azure.us",
                        ".vault.usgovcloudapi.net", ".core.usgovcloudapi.net",
                        "https://vault.usgovcloudapi.net", "https://storage.azure.com");
    c.services[1].extraAudiences = {QStringLiteral("https://management.usgovcloudapi.net/"),
                                    QStringLiteral("https://management.core.usgovcloudapi.net/")};
    return c;
}

Cloud Cloud::china()
{
    Cloud c = makeCloud("AzureChinaCloud", QCoreApplication::translate("ie::Cloud", "Azure China (21Vianet)"),
                        "https://login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn",
                        "https://management.chinacloudapi.cn", "https://portal.azure.cn",
                        ".vault.azure.cn", ".core.chinacloudapi.cn", "https://vault.azure.cn",
                        "https://storage.azure.com");
    c.services[1].extraAudiences = {QStringLiteral("https://management.chinacloudapi.cn/"),
                                    QStringLiteral("https://management.core.chinacloudapi.cn/")};
    return c;
}

QList<Cloud> Cloud::knownClouds()
{
    return {azurePublic(), usGovernment(), china()};
}

std::optional<Cloud> Cloud::byName(const QString &name)
{
    for (const Cloud &c : knownClouds()) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    static const QList<std::pair<QString, QString>> aliases = {
        {QStringLiteral("public"), QStringLiteral("AzureCloud")},
        {QStringLiteral("azure"), QStringLiteral("AzureCloud")},
        {QStringLiteral("usgov"), QStringLiteral("AzureUSGovernment")},
        {QStringLiteral("china"), QStringLiteral("AzureChinaCloud")},
    };
    for (const auto &[alias, real] : aliases) {
        if (alias.compare(name, Qt::CaseInsensitive) == 0)
            return byName(real);
    }
    return std::nullopt;
}

Cloud Cloud::sandbox(const QUrl &login, const QUrl &graph, const QUrl &arm, const QUrl &mi,
                     const QList<QSslCertificate> &ca)
{
    Cloud c;
    c.name = QStringLiteral("Sandbox");
    c.displayName = QCoreApplication::translate("ie::Cloud", "Sandbox tenant");
    c.loginUrl = login;
    c.graphUrl = graph;
    c.armUrl = arm;
    c.portalUrl = u("https://portal.azure.com");
    c.managedIdentityUrl = mi;
    c.extraCaCertificates = ca;
    // The sandbox accepts the public audiences (as an emulator must, so that clients asking for
    // "https://graph.microsoft.com" work) and its own base URLs.
    c.services = {
        exact("graph", "https://graph.microsoft.com", graph,
              {graph.toString(QUrl::StripTrailingSlash)}),
        exact("arm", "https://management.azure.com", arm,
              {QStringLiteral("https://management.azure.com/"),
               QStringLiteral("https://management.core.windows.net/"),
               arm.toString(QUrl::StripTrailingSlash)}),
    };
    return c;
}

Result<QUrl> Cloud::httpsEndpoint(const QString &value, const QString &field)
{
    auto refused = [&](const QString &why) {
        return ApiError::make(ApiError::Kind::InvalidInput, why);
    };
    const QString text = value.trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return refused(QCoreApplication::translate(
                               "ie::Cloud",
                               "%1 is \"%2\", which is not a URL: it needs an address such as "
                               "https://login.example.com/.")
                               .arg(field, text));
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return refused(QCoreApplication::translate(
                               "ie::Cloud",
                               "%1 is %2: it must be an https:// address, because secrets and "
                               "tokens are only sent over TLS (as the Azure SDKs require).")
                               .arg(field, url.toString(QUrl::RemoveUserInfo)));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return refused(QCoreApplication::translate(
                               "ie::Cloud",
                               "%1 is %2: an endpoint is scheme, host, port and path, without user "
                               "name, query or fragment.")
                               .arg(field, url.toString(QUrl::RemoveUserInfo)));
    return url;
}

Result<Cloud> Cloud::fromCloudConfig(const QByteArray &json, const QString &name,
                                     const QString &baseDir)
{
    auto invalid = [](const QString &message) {
        return ApiError::make(ApiError::Kind::InvalidInput, message);
    };
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        return invalid(QCoreApplication::translate(
                               "ie::Cloud",
                               "The cloud configuration is not valid JSON: %1 at character %2.")
                               .arg(pe.errorString())
                               .arg(pe.offset));
    }
    if (!doc.isObject()) {
        return invalid(QCoreApplication::translate(
                "ie::Cloud",
                "The cloud configuration must be a JSON object ({\"endpoints\": {...}}), not "
                "an array or a value."));
    }
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("endpoints")).isObject()) {
        return invalid(QCoreApplication::translate(
                "ie::Cloud",
                "The cloud configuration has no \"endpoints\" object: it needs at least "
                "endpoints.activeDirectory and endpoints.resourceManager."));
    }
    const QJsonObject ep = root.value(QStringLiteral("endpoints")).toObject();
    // Every endpoint given as an address must be https (the ones not used here too: they end up
    // in the same scripts), and those used must be there and be URLs.
    for (auto it = ep.begin(); it != ep.end(); ++it) {
        const QString field = QStringLiteral("endpoints.") + it.key();
        if (!it.value().isString()) {
            return invalid(QCoreApplication::translate("ie::Cloud",
                                                       "%1 must be a string holding an https:// "
                                                       "address.")
                                   .arg(field));
        }
        if (it.value().toString().contains(QLatin1String("://"))) {
            const Result<QUrl> url = httpsEndpoint(it.value().toString(), field);
            if (!url)
                return url.error();
        }
    }
    auto required = [&](const char *key) -> Result<QUrl> {
        const QString field = QStringLiteral("endpoints.") + QLatin1String(key);
        if (!ep.contains(QLatin1String(key)))
            return invalid(QCoreApplication::translate(
                                   "ie::Cloud",
                                   "The cloud configuration has no %1: it needs at least "
                                   "endpoints.activeDirectory and endpoints.resourceManager.")
                                   .arg(field));
        return httpsEndpoint(ep.value(QLatin1String(key)).toString(), field);
    };
    auto optional = [&](const char *key, const char *fallback) -> Result<QUrl> {
        if (!ep.contains(QLatin1String(key)))
            return QUrl(QLatin1String(fallback));
        return httpsEndpoint(ep.value(QLatin1String(key)).toString(),
                             QStringLiteral("endpoints.") + QLatin1String(key));
    };
    const Result<QUrl> login = required("activeDirectory");
    if (!login)
        return login.error();
    const Result<QUrl> arm = required("resourceManager");
    if (!arm)
        return arm.error();
    const Result<QUrl> graph = optional("microsoftGraphResourceId", "https://graph.microsoft.com/");
    if (!graph)
        return graph.error();
    const Result<QUrl> armAudienceUrl = optional("activeDirectoryResourceId", "");
    if (!armAudienceUrl)
        return armAudienceUrl.error();
    Result<QUrl> portal = optional("portal", "");
    if (!portal)
        return portal.error();

    Cloud c;
    c.name = name.isEmpty() ? root.value(QStringLiteral("name")).toString(QStringLiteral("Custom"))
                            : name;
    c.displayName = c.name;
    c.loginUrl = baseUrl(login->toString());
    c.graphUrl = baseUrl(graph->toString());
    c.armUrl = baseUrl(arm->toString());
    c.portalUrl = *portal;
    const QString armText = ep.value(QStringLiteral("resourceManager")).toString().trimmed();
    const QString graphText = graph->toString();
    const QString armAudience = armAudienceUrl->isEmpty() ? armText : armAudienceUrl->toString();

    // Each host serves one thing, and an audience belongs to one host: a token asked for Graph
    // must never be what the ARM host is sent, nor the other way round.
    const struct
    {
        const char *field;
        QUrl url;
    } hosts[] = {{"endpoints.activeDirectory", c.loginUrl},
                 {"endpoints.microsoftGraphResourceId", c.graphUrl},
                 {"endpoints.resourceManager", c.armUrl}};
    for (size_t i = 0; i < std::size(hosts); ++i) {
        for (size_t j = i + 1; j < std::size(hosts); ++j) {
            if (sameOrigin(hosts[i].url, hosts[j].url))
                return invalid(QCoreApplication::translate(
                                       "ie::Cloud",
                                       "%1 and %2 name the same host (%3): each service needs its "
                                       "own, so that a token for one is never sent to the "
                                       "other. Give each its own address.")
                                       .arg(QLatin1String(hosts[i].field),
                                            QLatin1String(hosts[j].field),
                                            hosts[i].url.host()));
        }
    }
    const QString armAud = normalizeAudience(armAudience);
    // What is another service's audience here or in any Azure cloud (Graph, Key Vault, Storage).
    QStringList foreign = {normalizeAudience(graphText), normalizeAudience(c.graphUrl.toString()),
                           normalizeAudience(c.loginUrl.toString())};
    for (const Cloud &known : knownClouds()) {
        for (const ServiceEndpoint &s : known.services) {
            if (s.id != QLatin1String("arm"))
                foreign << normalizeAudience(s.audience);
        }
    }
    if (foreign.contains(armAud)) {
        return invalid(QCoreApplication::translate(
                               "ie::Cloud",
                               "endpoints.activeDirectoryResourceId is %1, the audience of "
                               "another service (Microsoft Graph, the sign-in host, Key Vault or "
                               "Storage): tokens for it would go to the Resource Manager host %2. "
                               "Set it to the Resource Manager audience (e.g. "
                               "https://management.core.windows.net/), or leave it out to use "
                               "endpoints.resourceManager.")
                               .arg(armAudience, c.armUrl.host()));
    }
    QStringList armAudiences;
    for (const Cloud &known : knownClouds()) {
        const ServiceEndpoint *knownArm = known.service(QStringLiteral("arm"));
        armAudiences << normalizeAudience(knownArm->audience);
        for (const QString &a : knownArm->extraAudiences)
            armAudiences << normalizeAudience(a);
    }
    const QString graphAud = normalizeAudience(graphText);
    if (graphAud == armAud || normalizeAudience(armText) == graphAud
        || armAudiences.contains(graphAud)) {
        return invalid(QCoreApplication::translate(
                               "ie::Cloud",
                               "endpoints.microsoftGraphResourceId is %1, a Resource Manager "
                               "audience: tokens for Resource Manager would go to the Graph host. "
                               "Set it to the Microsoft Graph address (e.g. "
                               "https://graph.microsoft.com/).")
                               .arg(graphText));
    }
    c.services = {
        ServiceEndpoint{QStringLiteral("graph"), c.graphUrl.toString(), {graphText}, c.graphUrl,
                        {}},
        ServiceEndpoint{QStringLiteral("arm"),
                        armAudience,
                        {armText, c.armUrl.toString(), QUrl(armAudience).toString()},
                        c.armUrl,
                        {}},
    };
    const QJsonValue caValue = root.value(QStringLiteral("caFile"));
    if (!caValue.isUndefined() && !caValue.isString())
        return invalid(QCoreApplication::translate("ie::Cloud",
                                                   "caFile must be a string: the path of a PEM "
                                                   "file of CA certificates."));
    const QString caFile = caValue.toString();
    if (!caFile.isEmpty()) {
        const QString path = QDir::isAbsolutePath(caFile) || baseDir.isEmpty()
                ? caFile
                : QDir(baseDir).filePath(caFile);
        Result<QList<QSslCertificate>> ca = readCaCertificates(path, QStringLiteral("caFile"));
        if (!ca)
            return ca.error();
        c.extraCaCertificates = *ca;
    }
    return c;
}

QString Cloud::graphAudience() const
{
    const ServiceEndpoint *s = service(QStringLiteral("graph"));
    return s ? s->audience : QString();
}

QString Cloud::armAudience() const
{
    const ServiceEndpoint *s = service(QStringLiteral("arm"));
    return s ? s->audience : QString();
}

const ServiceEndpoint *Cloud::service(const QString &id) const
{
    for (const ServiceEndpoint &s : services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

bool Cloud::sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defA = a.scheme() == QLatin1String("http") ? 80 : 443;
    const int defB = b.scheme() == QLatin1String("http") ? 80 : 443;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
            && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defA) == b.port(defB);
}

const ServiceEndpoint *Cloud::serviceForUrl(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return nullptr;
    for (const ServiceEndpoint &s : services) {
        if (s.baseUrl.isValid() && sameOrigin(s.baseUrl, url))
            return &s;
        if (!s.hostSuffix.isEmpty() && url.scheme() == QLatin1String("https")
            && url.host().endsWith(s.hostSuffix, Qt::CaseInsensitive)
            && url.host().size() > s.hostSuffix.size())
            return &s;
    }
    return nullptr;
}

QString Cloud::normalizeAudience(const QString &audience)
{
    QString a = audience.trimmed();
    if (a.endsWith(QLatin1String("/.default")))
        a.chop(9);
    while (a.endsWith(QLatin1Char('/')))
        a.chop(1);
    return a.toLower();
}

const ServiceEndpoint *Cloud::serviceForAudience(const QString &audience) const
{
    const QString want = normalizeAudience(audience);
    for (const ServiceEndpoint &s : services) {
        if (normalizeAudience(s.audience) == want)
            return &s;
        for (const QString &extra : s.extraAudiences) {
            if (normalizeAudience(extra) == want)
                return &s;
        }
    }
    return nullptr;
}

bool Cloud::ownsHost(const QUrl &url) const
{
    if (sameOrigin(url, loginUrl) || (managedIdentityUrl.isValid() && sameOrigin(url, managedIdentityUrl)))
        return true;
    return serviceForUrl(url) != nullptr;
}

} // namespace ie
