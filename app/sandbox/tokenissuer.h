#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QList>
#include <QUrl>

#include <utility>

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

    // Issuers as Entra names them for the authority host a client asked (`authority`, an origin
    // such as https://login.microsoftonline.com or https://127.0.0.1:8443; empty: the sandbox's
    // own login URL). v1.0: https://sts.windows.net/{tid}/ for login.microsoftonline.com, else
    // {authority}/{tid}/; v2.0: {authority}/{tid}/v2.0.
    QString issuerV1(const QUrl &authority = {}) const;
    QString issuerV2(const QUrl &authority = {}) const;
    QJsonObject jwks(const QUrl &authority = {}) const;
    // The OpenID Provider Configuration (v1.0 or v2.0 shape) for `tenantSegment` ("adfs" for the
    // ADFS-style authority MSAL accepts without instance discovery; else the tenant), naming
    // `authority`.
    QJsonObject openIdConfiguration(bool v2, const QUrl &authority = {},
                                    const QString &tenantSegment = {}) const;
    // The sandbox's own base URLs for Graph and ARM are resource URIs too (what a custom cloud of
    // the Azure CLI asks for): a token for `base` is one for `appId`, with `aud` as asked.
    void addResourceAlias(const QUrl &base, const QString &appId);
    // The authority that names tokens no request decides (managed identity, tests).
    void setHomeAuthority(const QUrl &authority) { m_login = authority; }
    QUrl homeAuthority() const { return m_login; }

    // An app-only token for `client` (an application or managed identity) to `resource` (a
    // resource URI or appId; scope suffix "/.default" allowed). `miResourceId` marks a managed
    // identity token (xms_mirid). Fails with an OAuth error code and AADSTS description.
    std::optional<MintedToken> mintAppToken(const ServicePrincipal &client, const QString &resource,
                                            int lifetimeSeconds, QString *error,
                                            QString *description, int *aadsts,
                                            const QString &miResourceId = {},
                                            const QUrl &authority = {}) const;
    // The resource service principal a token request names (a resource URI, an appId or one of
    // the sandbox's own base URLs; "/.default" allowed), or null. `alias` tells whether it was
    // named by the sandbox's own base URL (then `aud` stays as asked, even for v2.0 resources).
    const ServicePrincipal *resolveResource(const QString &resource, bool *alias = nullptr) const;
    // The claims Entra ID gives each token for a resource (aio, rh, uti, ...): fresh random values.
    static QString randomClaimValue(int bytes = 16);
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
    QList<std::pair<QString, QString>> m_aliases; // lower-case base without '/', appId
};

} // namespace ie::sandbox
