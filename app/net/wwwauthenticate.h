#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ie::net {

// One challenge of a WWW-Authenticate header (RFC 9110 §11.6.1): a scheme and its parameters,
// as ARM sends it (Bearer authorization_uri="...", error="invalid_token", error_description="...")
// and Graph (Bearer realm="", authorization_uri="...", client_id="..."). A claims challenge
// (error="insufficient_claims", claims="base64") asks for a new token with those claims.
struct AuthChallenge
{
    QString scheme; // "Bearer", "Basic", ...
    QList<QPair<QString, QString>> params; // names lower-cased, values unquoted

    QString param(const QString &name) const; // "" when absent
    QString error() const { return param(QStringLiteral("error")); }
    // The claims a claims challenge asks for, decoded (JSON text), or "" when it is none.
    QString claims() const;

    // Every challenge of a header value (several may share one header, separated by commas).
    static QList<AuthChallenge> parse(const QByteArray &header);
    // The claims of the first claims challenge among `header`'s challenges, or "".
    static QString claimsOf(const QByteArray &header);
};

} // namespace ie::net
