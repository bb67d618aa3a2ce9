#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace ie::jwt {

// One public key of a JWKS (RFC 7517) or a PEM file, as a libcrypto key.
struct PublicKey
{
    QString kid;
    QString kty; // "RSA" or "EC"
    QString alg; // what the key says it is for, may be empty
    QString crv; // EC only
    QString x5t;
    std::shared_ptr<EVP_PKEY> key;
};

// A set of signing keys: an issuer's JWKS, a JWKS file or a single PEM key.
class KeySet
{
    Q_DECLARE_TR_FUNCTIONS(ie::jwt::KeySet)
public:
    // {"keys":[...]} (keys of other types or unusable ones are skipped, but at least one must be
    // usable).
    static Result<KeySet> fromJwks(const QByteArray &json);
    // "-----BEGIN PUBLIC KEY-----" or "-----BEGIN CERTIFICATE-----".
    static Result<KeySet> fromPem(const QByteArray &pem);
    // Either of the above, by content.
    static Result<KeySet> fromFileContents(const QByteArray &data);

    const QList<PublicKey> &keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    // The key for `kid` (or x5t); with no kid, the only key if there is just one.
    const PublicKey *find(const QString &kid, const QString &x5t = {}) const;

    QString source; // jwks_uri or file name
    QDateTime fetchedAt;
    QStringList skipped; // why some keys were not taken

private:
    QList<PublicKey> m_keys;
};

} // namespace ie::jwt
