#include "sandbox/issuerkeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {
constexpr qint64 MaxAgeSeconds = 3600; // a key set is fetched again after an hour
constexpr qint64 RefetchSeconds = 30; // an unknown kid or a failure: again after this
constexpr int TimeoutMs = 10000;
constexpr qint64 MaxBody = 512 * 1024; // an OpenID configuration or a JWKS is a few KB
} // namespace

IssuerKeyCache::IssuerKeyCache(QObject *parent) : QObject(parent)
{
    m_cas = QSslConfiguration::systemCaCertificates();
}

IssuerKeyCache::~IssuerKeyCache() = default;

void IssuerKeyCache::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_cas += certificates;
}

const IssuerKeyCache::Entry *IssuerKeyCache::entry(const QString &issuer) const
{
    const auto it = m_entries.constFind(issuer);
    return it == m_entries.cend() ? nullptr : &*it;
}

bool IssuerKeyCache::needsFetch(const QString &issuer, const QString &kid) const
{
    const Entry *e = entry(issuer);
    if (!e)
        return true;
    const qint64 age = e->fetchedAt.secsTo(QDateTime::currentDateTimeUtc());
    if (!e->keys)
        return age >= RefetchSeconds;
    if (age >= MaxAgeSeconds)
        return true;
    return !kid.isEmpty() && !e->keys->find(kid) && age >= RefetchSeconds;
}

void IssuerKeyCache::fetch(const QString &issuer, std::function<void()> done)
{
    const bool running = m_waiting.contains(issuer);
    m_waiting[issuer].append(std::move(done));
    if (running)
        return;
    QString base = issuer;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl configUrl(base + u"/.well-known/openid-configuration"_s);
    if (!configUrl.isValid() || configUrl.scheme() != "https"_L1 || configUrl.host().isEmpty()) {
        finish(issuer, {{}, u"the issuer is not an https URL"_s, QDateTime::currentDateTimeUtc()});
        return;
    }
    get(configUrl, [this, issuer](const QByteArray &body, const QString &error) {
        if (!error.isEmpty()) {
            finish(issuer, {{}, error, QDateTime::currentDateTimeUtc()});
            return;
        }
        const QUrl jwksUri(QJsonDocument::fromJson(body).object().value("jwks_uri"_L1).toString());
        if (!jwksUri.isValid() || jwksUri.scheme() != "https"_L1 || jwksUri.host().isEmpty()) {
            finish(issuer, {{}, u"the OpenID configuration names no https jwks_uri"_s,
                            QDateTime::currentDateTimeUtc()});
            return;
        }
        get(jwksUri, [this, issuer, jwksUri](const QByteArray &jwks, const QString &jwksError) {
            Entry e;
            e.fetchedAt = QDateTime::currentDateTimeUtc();
            if (!jwksError.isEmpty()) {
                e.error = jwksError;
            } else {
                Result<ie::jwt::KeySet> keys = ie::jwt::KeySet::fromJwks(jwks);
                if (keys.ok()) {
                    e.keys = *keys;
                    e.keys->source = jwksUri.toString();
                    e.keys->fetchedAt = e.fetchedAt;
                } else {
                    e.error = keys.error().message;
                }
            }
            finish(issuer, std::move(e));
        });
    });
}

void IssuerKeyCache::get(const QUrl &url,
                         std::function<void(const QByteArray &, const QString &)> then)
{
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(m_cas);
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(TimeoutMs);
    // Entra follows no redirect off the issuer's URLs; neither does the sandbox.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam.get(request);
    connect(reply, &QNetworkReply::readyRead, this, [reply] {
        if (reply->bytesAvailable() + reply->pos() > MaxBody)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, url, then = std::move(then)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            then({}, u"%1: %2"_s.arg(url.toString(), reply->errorString()));
            return;
        }
        if (status != 200) {
            then({}, u"%1 answered HTTP %2"_s.arg(url.toString()).arg(status));
            return;
        }
        then(reply->read(MaxBody), {});
    });
}

QString federatedAssertionIssuer(const QString &assertion, const QString &clientId)
{
    const QList<QByteArray> parts = assertion.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    const QString iss = QJsonDocument::fromJson(QByteArray::fromBase64(
                                                        parts[1], QByteArray::Base64UrlEncoding))
                                .object()
                                .value("iss"_L1)
                                .toString();
    // An application id as issuer is a client's own assertion made for another client (Entra
    // answers AADSTS700021 for that); an external issuer is a URL, as a federated credential's is.
    if (iss.compare(clientId, Qt::CaseInsensitive) == 0 || !QUuid::fromString(iss).isNull())
        return {};
    return iss;
}

void IssuerKeyCache::finish(const QString &issuer, Entry entry)
{
    m_entries.insert(issuer, std::move(entry));
    const QList<std::function<void()>> waiting = m_waiting.take(issuer);
    for (const auto &done : waiting)
        done();
}

} // namespace ie::sandbox
