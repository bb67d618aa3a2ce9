#include "jwt/claimdictionary.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ie::jwt {

namespace {

using VK = ClaimDictionary::ValueKind;

struct Row
{
    const char *name;
    const char *title;
    const char *text;
    VK kind;
};

#define C(name, title, text, kind) \
    Row \
    { \
        name, QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", title), \
                QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", text), kind \
    }

// Sorted by name (binary search).
constexpr std::array Payload{
        C("acct", "Account type", "Whether the user is a member (0) or a guest (1) of the tenant.",
          VK::Text),
        C("acr", "Authentication context class",
          "How the user signed in: \"0\" means the authentication did not meet ISO/IEC 29115 level "
          "1, \"1\" is a normal sign-in.",
          VK::Text),
        C("acrs", "Authentication context",
          "Conditional Access authentication contexts the sign-in satisfied.", VK::List),
        C("aio", "Internal data",
          "Opaque value Microsoft Entra ID uses to reuse tokens. Ignore it.", VK::Text),
        C("amr", "Authentication methods",
          "How the user proved who they are: pwd (password), mfa, rsa (key or certificate), otp, "
          "fed (federated), wia (Windows integrated).",
          VK::List),
        C("app_displayname", "App display name",
          "The display name of the client application that asked for the token (v1.0 tokens only, "
          "optional).",
          VK::Text),
        C("appid", "Client app id",
          "The application (client) id of the app or managed identity that asked for the token "
          "(v1.0 tokens; azp in v2.0).",
          VK::Guid),
        C("appidacr", "Client authentication",
          "How the client proved its identity: 0 public client (no secret), 1 client secret, 2 "
          "certificate or managed identity (v1.0 tokens).",
          VK::Text),
        C("aud", "Audience",
          "The API the token is for. Only that API accepts it; a call to another API with this "
          "token fails with 401 (invalid audience).",
          VK::Text),
        C("auth_time", "Authentication time", "When the user last entered credentials.", VK::Time),
        C("azp", "Client app id",
          "The application (client) id of the app or managed identity that asked for the token "
          "(v2.0 tokens; appid in v1.0).",
          VK::Guid),
        C("azpacr", "Client authentication",
          "How the client proved its identity: 0 public client (no secret), 1 client secret, 2 "
          "certificate or managed identity (v2.0 tokens).",
          VK::Text),
        C("ctry", "Country", "The user's country or region (optional claim).", VK::Text),
        C("deviceid", "Device id",
          "The Microsoft Entra device id of the device the user signed in on.", VK::Guid),
        C("email", "Email",
          "The user's email address, when the account has one (optional claim; not verified for "
          "guests).",
          VK::Text),
        C("exp", "Expires",
          "The time after which the API must reject the token. Entra access tokens live 60 to 90 "
          "minutes; managed identity tokens up to 24 hours.",
          VK::Time),
        C("family_name", "Last name", "The user's surname.", VK::Text),
        C("given_name", "First name", "The user's given name.", VK::Text),
        C("groups", "Groups",
          "Object ids of the groups the user or service principal belongs to (when the app asks "
          "for group claims). Too many groups are replaced by an overage claim.",
          VK::List),
        C("hasgroups", "Groups overage",
          "The user is in more groups than fit in a token: call Microsoft Graph to list them.",
          VK::Text),
        C("iat", "Issued at", "When the token was issued.", VK::Time),
        C("idp", "Identity provider",
          "Who authenticated the subject. For a guest it names their home tenant or provider; when "
          "it equals the issuer it is usually left out.",
          VK::Text),
        C("idtyp", "Identity type",
          "\"app\" for an app-only token (a service principal or managed identity), \"user\" for a "
          "token on behalf of a user (optional claim).",
          VK::Text),
        C("in_corp", "Inside corporate network",
          "The client signs in from the corporate network (from a federated identity provider).",
          VK::Text),
        C("ipaddr", "IP address", "The IP address the user authenticated from.", VK::Text),
        C("iss", "Issuer",
          "The security token service that issued the token and the tenant it signed it for. v1.0 "
          "tokens: https://sts.windows.net/{tenant}/; v2.0: "
          "https://login.microsoftonline.com/{tenant}/v2.0.",
          VK::Text),
        C("jti", "Token id", "A unique identifier of the token (RFC 7519).", VK::Text),
        C("login_hint", "Login hint", "An opaque hint to sign the same user in again.", VK::Text),
        C("name", "Name", "The display name of the user. Not unique; never authorize on it.",
          VK::Text),
        C("nbf", "Not before", "The time before which the token is not yet valid.", VK::Time),
        C("nonce", "Nonce", "A value the client sent to tie an ID token to its sign-in request.",
          VK::Text),
        C("oid", "Object id",
          "The object id of the user, service principal or managed identity in this tenant: the "
          "principal that role assignments and app role assignments name. Stable and unique; "
          "authorize on oid with tid.",
          VK::Guid),
        C("onprem_sid", "On-premises SID",
          "The security identifier of the user in the on-premises Active Directory.", VK::Text),
        C("preferred_username", "Preferred user name",
          "The user's sign-in name (v2.0). It can change; never authorize on it.", VK::Text),
        C("puid", "Passport user id", "An internal Microsoft account identifier.", VK::Text),
        C("pwd_exp", "Password expires", "Seconds until the user's password expires.", VK::Text),
        C("pwd_url", "Password change URL", "Where the user can change their password.", VK::Text),
        C("rh", "Internal data",
          "Opaque value Microsoft Entra ID uses to revalidate tokens. Ignore it.", VK::Text),
        C("roles", "Roles",
          "App roles (application permissions in app-only tokens, or app roles assigned to the "
          "user) that the client has on this API. Assigned roles appear in the next token the "
          "client obtains, not in one it already holds.",
          VK::List),
        C("scp", "Scopes",
          "Delegated permissions the user consented to for this client on this API, separated by "
          "spaces. Only in tokens on behalf of a user.",
          VK::List),
        C("sid", "Session id", "The user's sign-in session.", VK::Text),
        C("signin_state", "Sign-in state",
          "Device or network facts of the sign-in (kmsi, inknownntwk, dvc_mngd, dvc_cmp).",
          VK::List),
        C("sub", "Subject",
          "The principal the token is about, unique per application (pairwise): it differs between "
          "apps for the same user. For app-only tokens it equals oid.",
          VK::Text),
        C("tenant_ctry", "Tenant country", "The country or region of the tenant (optional claim).",
          VK::Text),
        C("tenant_region_scope", "Tenant region", "The region of the tenant (optional claim).",
          VK::Text),
        C("tid", "Tenant id",
          "The tenant the principal signed in to and whose directory the token's oid and roles "
          "come from.",
          VK::Guid),
        C("unique_name", "Unique name",
          "A human-readable name of the user (v1.0). It can change; never authorize on it.",
          VK::Text),
        C("upn", "User principal name",
          "The user's sign-in name (user@contoso.com). It can change; never authorize on it.",
          VK::Text),
        C("uti", "Token identifier",
          "A unique id of this token, used by Microsoft Entra ID to revoke it. Ignore it.",
          VK::Text),
        C("ver", "Token version",
          "The access token format: \"1.0\" or \"2.0\". The API's manifest "
          "(requestedAccessTokenVersion) decides it, not the client.",
          VK::Text),
        C("verified_primary_email", "Verified primary email",
          "The user's primary email, verified by the tenant (optional claim).", VK::Text),
        C("verified_secondary_email", "Verified secondary emails",
          "The user's other verified emails (optional claim).", VK::List),
        C("wids", "Directory roles",
          "Template ids of the Microsoft Entra directory roles (Global Administrator, ...) the "
          "principal holds in this tenant.",
          VK::List),
        C("xms_cc", "Client capabilities",
          "The client can handle claims challenges (\"cp1\"): the API may send one for continuous "
          "access evaluation.",
          VK::List),
        C("xms_ftd", "Internal data", "Opaque value of the token service (front door). Ignore it.",
          VK::Text),
        C("xms_idrel", "Identity relationship",
          "Internal data about how the principal relates to the tenant (member, guest). Ignore it.",
          VK::Text),
        C("xms_mirid", "Managed identity resource",
          "The Azure resource id of the managed identity that asked for the token: the "
          "user-assigned identity itself, or the resource (VM, function app, ...) whose "
          "system-assigned identity it is.",
          VK::Text),
        C("xms_pdl", "Preferred data location",
          "The user's preferred data location in a multi-geo tenant.", VK::Text),
        C("xms_pl", "User preferred language", "The user's preferred language (optional claim).",
          VK::Text),
        C("xms_tcdt", "Tenant creation time", "When the tenant was created.", VK::Time),
        C("xms_tpl", "Tenant preferred language",
          "The tenant's preferred language (optional claim).", VK::Text),
        C("ztdid", "Zero-touch deployment id", "The device identity used for Windows Autopilot.",
          VK::Text),
};

constexpr std::array Header{
        C("alg", "Algorithm",
          "The signature algorithm. Entra ID signs with RS256; \"none\" (unsigned) is never "
          "acceptable.",
          VK::Text),
        C("crit", "Critical", "Header parameters the receiver must understand.", VK::List),
        C("cty", "Content type", "The type of the payload when it is itself a JWT.", VK::Text),
        C("jku", "Key set URL",
          "A URL of keys. Never trusted: the keys come from the issuer's OpenID configuration.",
          VK::Text),
        C("kid", "Key id", "Which of the issuer's signing keys (in its JWKS) signed the token.",
          VK::Text),
        C("nonce", "Nonce",
          "Microsoft Graph adds this to its tokens: they are meant only for Graph, and their "
          "signature cannot be verified by anyone else. That is by design, not tampering.",
          VK::Text),
        C("typ", "Type", "The token type, usually \"JWT\".", VK::Text),
        C("x5c", "Certificate chain", "The signing certificate itself.", VK::Text),
        C("x5t", "Certificate thumbprint",
          "The SHA-1 thumbprint of the signing certificate (v1.0 tokens; the same as kid).",
          VK::Text),
};

#undef C

template<std::size_t N>
const Row *find(const std::array<Row, N> &rows, const QString &name)
{
    const QByteArray key = name.toUtf8();
    const auto it = std::lower_bound(
            rows.begin(), rows.end(), key,
            [](const Row &r, const QByteArray &k) { return qstrcmp(r.name, k.constData()) < 0; });
    if (it != rows.end() && key == it->name)
        return &*it;
    return nullptr;
}

ClaimDictionary::Info info(const Row *r, const QString &name)
{
    ClaimDictionary::Info i;
    i.name = name;
    if (!r) {
        i.title = ClaimDictionary::tr("Unknown claim");
        i.explanation = ClaimDictionary::tr("Not a claim Microsoft Entra ID documents: an optional "
                                            "claim of the API, or one added by another issuer.");
        return i;
    }
    i.title = ClaimDictionary::tr(r->title);
    i.explanation = ClaimDictionary::tr(r->text);
    i.valueKind = r->kind;
    i.known = true;
    return i;
}

} // namespace

ClaimDictionary::Info ClaimDictionary::payloadClaim(const QString &name)
{
    return info(find(Payload, name), name);
}

ClaimDictionary::Info ClaimDictionary::headerParameter(const QString &name)
{
    return info(find(Header, name), name);
}

QStringList ClaimDictionary::knownPayloadClaims()
{
    QStringList names;
    for (const Row &r : Payload)
        names.append(QString::fromLatin1(r.name));
    return names;
}

QString ClaimDictionary::source()
{
    return u"https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference, "
           "https://learn.microsoft.com/entra/identity-platform/optional-claims-reference, "
           "RFC 7519, RFC 7515"_s;
}

} // namespace ie::jwt
