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

// Sorted by name (binary search).
constexpr std::array Payload{
        Row{"acct", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Account type"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Whether the user is a member (0) or a guest (1) of the tenant."),
            VK::Text},
        Row{"acr", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Authentication context class"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "How the user signed in: \"0\" means the authentication did not meet "
                              "ISO/IEC 29115 level "
                              "1, \"1\" is a normal sign-in."),
            VK::Text},
        Row{"acrs", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Authentication context"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Conditional Access authentication contexts the sign-in satisfied."),
            VK::List},
        Row{"aio", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Internal data"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Opaque value Microsoft Entra ID uses to reuse tokens. Ignore it."),
            VK::Text},
        Row{"amr", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Authentication methods"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "How the user proved who they are: pwd (password), mfa, rsa (key or "
                              "certificate), otp, "
                              "fed (federated), wia (Windows integrated)."),
            VK::List},
        Row{"app_displayname", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "App display name"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The display name of the client application that asked for the token "
                              "(v1.0 tokens only, "
                              "optional)."),
            VK::Text},
        Row{"appid", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Client app id"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The application (client) id of the app or managed identity that "
                              "asked for the token "
                              "(v1.0 tokens; azp in v2.0)."),
            VK::Guid},
        Row{"appidacr", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Client authentication"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "How the client proved its identity: 0 public client (no secret), 1 "
                              "client secret, 2 "
                              "certificate or managed identity (v1.0 tokens)."),
            VK::Text},
        Row{"aud", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Audience"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The API the token is for. Only that API accepts it; a call to "
                              "another API with this "
                              "token fails with 401 (invalid audience)."),
            VK::Text},
        Row{"auth_time", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Authentication time"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "When the user last entered credentials."),
            VK::Time},
        Row{"azp", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Client app id"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The application (client) id of the app or managed identity that "
                              "asked for the token "
                              "(v2.0 tokens; appid in v1.0)."),
            VK::Guid},
        Row{"azpacr", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Client authentication"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "How the client proved its identity: 0 public client (no secret), 1 "
                              "client secret, 2 "
                              "certificate or managed identity (v2.0 tokens)."),
            VK::Text},
        Row{"ctry", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Country"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The user's country or region (optional claim)."),
            VK::Text},
        Row{"deviceid", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Device id"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The Microsoft Entra device id of the device the user signed in on."),
            VK::Guid},
        Row{"email", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Email"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The user's email address, when the account has one (optional claim; "
                              "not verified for "
                              "guests)."),
            VK::Text},
        Row{"exp", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Expires"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The time after which the API must reject the token. Entra access "
                              "tokens live 60 to 90 "
                              "minutes; managed identity tokens up to 24 hours."),
            VK::Time},
        Row{"family_name", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Last name"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "The user's surname."), VK::Text},
        Row{"given_name", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "First name"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "The user's given name."), VK::Text},
        Row{"groups", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Groups"),
            QT_TRANSLATE_NOOP(
                    "ie::jwt::ClaimDictionary",
                    "Object ids of the groups the user or service principal belongs to (when the "
                    "app asks "
                    "for group claims). Too many groups are replaced by an overage claim."),
            VK::List},
        Row{"hasgroups", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Groups overage"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The user is in more groups than fit in a token: call Microsoft "
                              "Graph to list them."),
            VK::Text},
        Row{"iat", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Issued at"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "When the token was issued."), VK::Time},
        Row{"idp", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Identity provider"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Who authenticated the subject. For a guest it names their home "
                              "tenant or provider; when "
                              "it equals the issuer it is usually left out."),
            VK::Text},
        Row{"idtyp", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Identity type"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "\"app\" for an app-only token (a service principal or managed "
                              "identity), \"user\" for a "
                              "token on behalf of a user (optional claim)."),
            VK::Text},
        Row{"in_corp", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Inside corporate network"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The client signs in from the corporate network (from a federated "
                              "identity provider)."),
            VK::Text},
        Row{"ipaddr", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "IP address"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The IP address the user authenticated from."),
            VK::Text},
        Row{"iss", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Issuer"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The security token service that issued the token and the tenant it "
                              "signed it for. v1.0 "
                              "tokens: https://sts.windows.net/{tenant}/; v2.0: "
                              "https://login.microsoftonline.com/{tenant}/v2.0."),
            VK::Text},
        Row{"jti", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Token id"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "A unique identifier of the token (RFC 7519)."),
            VK::Text},
        Row{"login_hint", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Login hint"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "An opaque hint to sign the same user in again."),
            VK::Text},
        Row{"name", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Name"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The display name of the user. Not unique; never authorize on it."),
            VK::Text},
        Row{"nbf", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Not before"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The time before which the token is not yet valid."),
            VK::Time},
        Row{"nonce", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Nonce"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "A value the client sent to tie an ID token to its sign-in request."),
            VK::Text},
        Row{"oid", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Object id"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The object id of the user, service principal or managed identity in "
                              "this tenant: the "
                              "principal that role assignments and app role assignments name. "
                              "Stable and unique; "
                              "authorize on oid with tid."),
            VK::Guid},
        Row{"onprem_sid", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "On-premises SID"),
            QT_TRANSLATE_NOOP(
                    "ie::jwt::ClaimDictionary",
                    "The security identifier of the user in the on-premises Active Directory."),
            VK::Text},
        Row{"preferred_username",
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Preferred user name"),
            QT_TRANSLATE_NOOP(
                    "ie::jwt::ClaimDictionary",
                    "The user's sign-in name (v2.0). It can change; never authorize on it."),
            VK::Text},
        Row{"puid", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Passport user id"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "An internal Microsoft account identifier."),
            VK::Text},
        Row{"pwd_exp", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Password expires"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Seconds until the user's password expires."),
            VK::Text},
        Row{"pwd_url", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Password change URL"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Where the user can change their password."),
            VK::Text},
        Row{"rh", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Internal data"),
            QT_TRANSLATE_NOOP(
                    "ie::jwt::ClaimDictionary",
                    "Opaque value Microsoft Entra ID uses to revalidate tokens. Ignore it."),
            VK::Text},
        Row{"roles", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Roles"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "App roles (application permissions in app-only tokens, or app roles "
                              "assigned to the "
                              "user) that the client has on this API. Assigned roles appear in the "
                              "next token the "
                              "client obtains, not in one it already holds."),
            VK::List},
        Row{"scp", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Scopes"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Delegated permissions the user consented to for this client on this "
                              "API, separated by "
                              "spaces. Only in tokens on behalf of a user."),
            VK::List},
        Row{"sid", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Session id"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "The user's sign-in session."), VK::Text},
        Row{"signin_state", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Sign-in state"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Device or network facts of the sign-in (kmsi, inknownntwk, "
                              "dvc_mngd, dvc_cmp)."),
            VK::List},
        Row{"sub", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Subject"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The principal the token is about, unique per application "
                              "(pairwise): it differs between "
                              "apps for the same user. For app-only tokens it equals oid."),
            VK::Text},
        Row{"tenant_ctry", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Tenant country"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The country or region of the tenant (optional claim)."),
            VK::Text},
        Row{"tenant_region_scope", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Tenant region"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The region of the tenant (optional claim)."),
            VK::Text},
        Row{"tid", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Tenant id"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The tenant the principal signed in to and whose directory the "
                              "token's oid and roles "
                              "come from."),
            VK::Guid},
        Row{"unique_name", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Unique name"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "A human-readable name of the user (v1.0). It can change; never "
                              "authorize on it."),
            VK::Text},
        Row{"upn", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "User principal name"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The user's sign-in name (user@contoso.com). It can change; never "
                              "authorize on it."),
            VK::Text},
        Row{"uti", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Token identifier"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "A unique id of this token, used by Microsoft Entra ID to revoke it. "
                              "Ignore it."),
            VK::Text},
        Row{"ver", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Token version"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The access token format: \"1.0\" or \"2.0\". The API's manifest "
                              "(requestedAccessTokenVersion) decides it, not the client."),
            VK::Text},
        Row{"verified_primary_email",
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Verified primary email"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The user's primary email, verified by the tenant (optional claim)."),
            VK::Text},
        Row{"verified_secondary_email",
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Verified secondary emails"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The user's other verified emails (optional claim)."),
            VK::List},
        Row{"wids", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Directory roles"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Template ids of the Microsoft Entra directory roles (Global "
                              "Administrator, ...) the "
                              "principal holds in this tenant."),
            VK::List},
        Row{"xms_cc", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Client capabilities"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The client can handle claims challenges (\"cp1\"): the API may send "
                              "one for continuous "
                              "access evaluation."),
            VK::List},
        Row{"xms_ftd", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Internal data"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Opaque value of the token service (front door). Ignore it."),
            VK::Text},
        Row{"xms_idrel", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Identity relationship"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Internal data about how the principal relates to the tenant "
                              "(member, guest). Ignore it."),
            VK::Text},
        Row{"xms_mirid", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Managed identity resource"),
            QT_TRANSLATE_NOOP(
                    "ie::jwt::ClaimDictionary",
                    "The Azure resource id of the managed identity that asked for the token: the "
                    "user-assigned identity itself, or the resource (VM, function app, ...) whose "
                    "system-assigned identity it is."),
            VK::Text},
        Row{"xms_pdl", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Preferred data location"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The user's preferred data location in a multi-geo tenant."),
            VK::Text},
        Row{"xms_pl", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "User preferred language"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The user's preferred language (optional claim)."),
            VK::Text},
        Row{"xms_tcdt", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Tenant creation time"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "When the tenant was created."),
            VK::Time},
        Row{"xms_tpl", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Tenant preferred language"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The tenant's preferred language (optional claim)."),
            VK::Text},
        Row{"ztdid", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Zero-touch deployment id"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The device identity used for Windows Autopilot."),
            VK::Text},
};

constexpr std::array Header{
        Row{"alg", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Algorithm"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The signature algorithm. Entra ID signs with RS256; \"none\" "
                              "(unsigned) is never "
                              "acceptable."),
            VK::Text},
        Row{"crit", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Critical"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Header parameters the receiver must understand."),
            VK::List},
        Row{"cty", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Content type"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The type of the payload when it is itself a JWT."),
            VK::Text},
        Row{"jku", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Key set URL"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "A URL of keys. Never trusted: the keys come from the issuer's "
                              "OpenID configuration."),
            VK::Text},
        Row{"kid", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Key id"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Which of the issuer's signing keys (in its JWKS) signed the token."),
            VK::Text},
        Row{"nonce", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Nonce"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "Microsoft Graph adds this to its tokens: they are meant only for "
                              "Graph, and their "
                              "signature cannot be verified by anyone else. That is by design, not "
                              "tampering."),
            VK::Text},
        Row{"typ", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Type"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "The token type, usually \"JWT\"."),
            VK::Text},
        Row{"x5c", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Certificate chain"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "The signing certificate itself."),
            VK::Text},
        Row{"x5t", QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary", "Certificate thumbprint"),
            QT_TRANSLATE_NOOP("ie::jwt::ClaimDictionary",
                              "The SHA-1 thumbprint of the signing certificate (v1.0 tokens; the "
                              "same as kid)."),
            VK::Text},
};

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
