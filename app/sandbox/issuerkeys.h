#pragma once

#include "jwt/keyset.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <functional>
#include <optional>

namespace ie::sandbox {

// What Entra ID keeps of the external issuers that federated identity credentials trust (GitHub,
// a Kubernetes cluster's OIDC issuer, ...): their signing keys, found the way Entra finds them,
// over https only: {issuer}/.well-known/openid-configuration, then its jwks_uri
// (https://learn.microsoft.com/entra/workload-id/workload-identity-federation, "How it works").
// A failed fetch is kept too (the token endpoint answers AADSTS50166 for it); key sets are
// fetched again after an hour, or sooner when a token names a key the set does not have (a
// rotated key), at most every 30 s. Trusts the system's CAs and those added (the sandbox's own
// CA, a test issuer's).
class IssuerKeyCache : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuerKeyCache)
public:
    struct Entry
    {
        std::optional<ie::jwt::KeySet> keys;
        QString error; // why the keys could not be fetched (with keys empty)
        QDateTime fetchedAt;
    };

    explicit IssuerKeyCache(QObject *parent = nullptr);
    ~IssuerKeyCache() override;

    void addCaCertificates(const QList<QSslCertificate> &certificates);
    const Entry *entry(const QString &issuer) const;
    // True when a token from `issuer` signed with key `kid` needs the keys fetched first.
    bool needsFetch(const QString &issuer, const QString &kid) const;
    // Fetches the issuer's keys; `done` runs once when the entry is set (fetches coalesce).
    void fetch(const QString &issuer, std::function<void()> done);
    void clear() { m_entries.clear(); }

private:
    void get(const QUrl &url, std::function<void(const QByteArray &body, const QString &error)> then);
    void finish(const QString &issuer, Entry entry);

    QNetworkAccessManager m_nam;
    QList<QSslCertificate> m_cas;
    QHash<QString, Entry> m_entries;
    QHash<QString, QList<std::function<void()>>> m_waiting;
};

// The issuer of a client assertion when it is an external issuer's token (iss not the client
// itself nor another application id, as a certificate assertion's is), else empty. Unverified:
// for routing only.
QString federatedAssertionIssuer(const QString &assertion, const QString &clientId);
inline bool isFederatedAssertion(const QString &assertion, const QString &clientId)
{
    return !federatedAssertionIssuer(assertion, clientId).isEmpty();
}

} // namespace ie::sandbox
