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

Result<Cloud> Cloud::fromCloudConfig(const QByteArray &json, const QString &name,
                                     const QString &baseDir)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return ApiError::make(ApiError::Kind::InvalidInput,
                              QCoreApplication::translate("ie::Cloud",
                                                          "The cloud configuration is not a JSON object: %1")
                                      .arg(pe.errorString()));
    }
    const QJsonObject root = doc.object();
    const QJsonObject ep = root.value(QStringLiteral("endpoints")).toObject();
    auto str = [&](const char *key) { return ep.value(QLatin1String(key)).toString(); };
    const QString login = str("activeDirectory");
    const QString arm = str("resourceManager");
    QString graph = str("microsoftGraphResourceId");
    if (login.isEmpty() || arm.isEmpty()) {
        return ApiError::make(ApiError::Kind::InvalidInput,
                              QCoreApplication::translate("ie::Cloud",
                                                          "The cloud configuration needs at least "
                                                          "endpoints.activeDirectory and "
                                                          "endpoints.resourceManager."));
    }
    if (graph.isEmpty())
        graph = QStringLiteral("https://graph.microsoft.com/");
    Cloud c;
    c.name = name.isEmpty() ? root.value(QStringLiteral("name")).toString(QStringLiteral("Custom"))
                            : name;
    c.displayName = c.name;
    c.loginUrl = baseUrl(login);
    c.graphUrl = baseUrl(graph);
    c.armUrl = baseUrl(arm);
    c.portalUrl = QUrl(str("portal"));
    QString armAudience = str("activeDirectoryResourceId");
    if (armAudience.isEmpty())
        armAudience = arm;
    c.services = {
        ServiceEndpoint{QStringLiteral("graph"), c.graphUrl.toString(),
                        {QUrl(graph).toString()}, c.graphUrl, {}},
        ServiceEndpoint{QStringLiteral("arm"), armAudience,
                        {arm, c.armUrl.toString(), QUrl(armAudience).toString()}, c.armUrl, {}},
    };
    const QString caFile = root.value(QStringLiteral("caFile")).toString();
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
