#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ie::sandbox {

class SigningKey;
class TenantState;
struct ServicePrincipal;

struct MintedToken
{
    QByteArray token;
    qint64 expiresIn = 0;
    QDateTime expiresOn;
    QString resource; // what the token's aud names
};

// Mints and checks the sandbox's access tokens: RS256, signed by the sandbox key, with the
// claims Entra ID puts in app-only tokens (v1.0 for Graph and ARM, v2.0 for APIs that ask for
// it). The roles claim is read from the tenant state at mint time, so a grant shows up in the
// next token and a revocation disappears from it.
class TokenIssuer
{
public:
    TokenIssuer(const SigningKey *key, const TenantState *state, const QUrl &loginUrl);

    QString issuerV1() const; // {login}/{tid}/
    QString issuerV2() const; // {login}/{tid}/v2.0
    QJsonObject jwks() const;
    QJsonObject openIdConfiguration(bool v2) const;

    // An app-only token for `client` (an application or managed identity) to `resource` (a
    // resource URI or appId; scope suffix "/.default" allowed). `miResourceId` marks a managed
    // identity token (xms_mirid). Fails with an OAuth error code and AADSTS description.
    std::optional<MintedToken> mintAppToken(const ServicePrincipal &client, const QString &resource,
                                            int lifetimeSeconds, QString *error,
                                            QString *description, int *aadsts,
                                            const QString &miResourceId = {}) const;
    // Signs arbitrary claims (for delegated tokens and tests).
    QByteArray sign(const QJsonObject &payload) const;

    // Checks "Authorization: Bearer ..." for a service that accepts `audiences`. Returns the
    // token's claims, or sets `code` / `message` as the service would say it. A well-signed token
    // for another audience also sets `wrongAudience` (ARM names it in its own error).
    std::optional<QJsonObject> validate(const QByteArray &authorization, const QStringList &audiences,
                                        QString *code, QString *message,
                                        QString *wrongAudience = nullptr) const;

private:
    const SigningKey *m_key;
    const TenantState *m_state;
    QUrl m_login;
};

} // namespace ie::sandbox
