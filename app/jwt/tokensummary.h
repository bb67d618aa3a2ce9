#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ie::jwt {

// What a person wants to know first about an access token.
struct TokenSummary
{
    enum class Kind { AppOnly, Delegated };

    QString version; // "1.0" or "2.0" (from ver, else from the issuer's form)
    Kind kind = Kind::AppOnly;
    QString audience; // aud as it is (the first one when it is a list)
    QString audienceName; // the API's name, when the catalog knows it
    QString issuer;
    QString tenant; // tid
    QString tenantName; // when known
    QString clientId; // appid (v1) or azp (v2)
    QString clientName; // app_displayname, the catalog's or the tree's name
    QString objectId; // oid
    QString objectName; // the identity's name in the tree, when known
    QString user; // upn / preferred_username / unique_name / name, for delegated tokens
    QStringList roles;
    QStringList scopes;
    QStringList directoryRoles; // wids, as names when the catalog knows them
    QString managedIdentityResource; // xms_mirid
    QString managedIdentityName; // its last path segment
    QDateTime issuedAt;
    QDateTime notBefore;
    QDateTime expiresAt; // invalid when the token has no exp
    QDateTime evaluatedAt; // the "now" the times below were computed for
    // exp, nbf or iat holding a number that is no time (negative, past year 9999, not finite):
    // the token is invalid, whatever it says otherwise (RFC 7519 NumericDate).
    QStringList invalidTimes;
    QStringList invalidTimeTexts; // "invalid exp: 1e+308 is not a time between 1970 and 9999"
    bool expired = false;
    bool notYetValid = false;
    qint64 secondsLeft = 0; // negative once expired

    bool hasInvalidTimes() const { return !invalidTimes.isEmpty(); }
    bool isManagedIdentity() const { return !managedIdentityResource.isEmpty(); }
    QString kindKey() const
    {
        return kind == Kind::AppOnly ? QStringLiteral("app-only") : QStringLiteral("delegated");
    }
};

} // namespace ie::jwt
