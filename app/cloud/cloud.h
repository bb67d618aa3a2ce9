#pragma once

#include "core/result.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

namespace ie {

// Where a cloud's services live and which token audience belongs to which host. The bearer-token
// rule of app/net rests on this table: a token for an audience is only ever sent to the hosts
// listed for that audience here.
struct ServiceEndpoint
{
    QString id; // "graph", "arm", "keyvault", "storage", ...
    QString audience; // the resource URI a token is requested for ("https://graph.microsoft.com")
    QStringList extraAudiences; // other URIs tokens for this service carry in "aud"
    QUrl baseUrl; // exact origin (scheme, host, port) for a single-host service
    QString hostSuffix; // or a DNS suffix (".vault.azure.net") for per-resource hosts
};

struct Cloud
{
    QString name; // "AzureCloud", "AzureUSGovernment", "AzureChinaCloud", "Sandbox", custom
    QString displayName;
    QUrl loginUrl; // authority host, e.g. https://login.microsoftonline.com
    QUrl graphUrl; // without /v1.0
    QUrl armUrl;
    QUrl portalUrl;
    QList<ServiceEndpoint> services;
    QList<QSslCertificate> extraCaCertificates; // trusted for this cloud's hosts only
    QUrl managedIdentityUrl; // only for the sandbox: its IMDS-style endpoint

    static Cloud azurePublic();
    static Cloud usGovernment();
    static Cloud china();
    static QList<Cloud> knownClouds();
    static std::optional<Cloud> byName(const QString &name);

    // Reads the JSON `az cloud register --cloud-config` reads ({"endpoints": {...}}), plus an
    // optional "caFile" naming a PEM file of extra CA certificates for this cloud.
    static Result<Cloud> fromCloudConfig(const QByteArray &json, const QString &name,
                                         const QString &baseDir = {});

    // `value` as an endpoint: an absolute https:// URL, or an error naming `field` and what to
    // fix (not a URL; http, ftp, ...; user info or a query).
    static Result<QUrl> httpsEndpoint(const QString &value, const QString &field);

    // The sandbox tenant: all services on loopback, audiences as in the public cloud.
    static Cloud sandbox(const QUrl &login, const QUrl &graph, const QUrl &arm, const QUrl &mi,
                         const QList<QSslCertificate> &ca);

    QString graphAudience() const;
    QString armAudience() const;
    const ServiceEndpoint *service(const QString &id) const;

    // The service whose host serves `url`, if any: its audience is the only one whose token may
    // be attached to a request for `url`.
    const ServiceEndpoint *serviceForUrl(const QUrl &url) const;
    // Which service a token audience (a resource URI, with or without trailing slash or
    // "/.default") belongs to.
    const ServiceEndpoint *serviceForAudience(const QString &audience) const;
    // True when `url` is one of this cloud's hosts (login included), for the extra CA.
    bool ownsHost(const QUrl &url) const;

    static QString normalizeAudience(const QString &audience);
    static bool sameOrigin(const QUrl &a, const QUrl &b);
};

} // namespace ie
