#pragma once

#include "jwt/claimdictionary.h"
#include "jwt/decodedtoken.h"
#include "jwt/tokencontext.h"
#include "jwt/tokensummary.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

namespace ie::jwt {

struct SignatureCheck;

// One row of the claims table.
struct ClaimRow
{
    QString name;
    QJsonValue value; // exactly as decoded
    QString valueText; // one line
    QString title; // "Audience"
    QString explanation;
    QString resolved; // what a GUID names, a time in UTC and local time, ...
    bool known = false;
    bool header = false; // a header parameter, not a payload claim
    QString objectId; // set on the oid row: a click selects the identity
};

// Turns a decoded token into a summary, a verdict line and claim rows. Pure functions of the
// token, the context and the time they are given, so the UI can call them on every keystroke
// and every clock tick.
class TokenExplainer
{
    Q_DECLARE_TR_FUNCTIONS(ie::jwt::TokenExplainer)
public:
    static TokenSummary summarize(const DecodedToken &token, const TokenContext &context,
                                  const QDateTime &now);
    static QList<ClaimRow> claims(const DecodedToken &token, const TokenContext &context,
                                  const QDateTime &now);
    // "App-only token for Microsoft Graph (v1.0), issued to managed identity id-timer-func in
    // tenant Contoso, roles: User.Read.All, expires in 54 min, signature not checked".
    static QString verdict(const TokenSummary &summary, const SignatureCheck *signature = nullptr);

    // "expires in 42 min", "expired 3 h ago", "valid from 10:00 (in 5 min)".
    static QString expiryText(const TokenSummary &summary);
    // "42 min", "3 h 5 min", "2 d", "12 s".
    static QString durationText(qint64 seconds);
    // "2026-12-01 19:40:00 UTC (20:40:00 local)".
    static QString timeText(const QDateTime &utc);
    static QString valueText(const QJsonValue &value);
    // The API name for an audience: the catalog's app, else the known clouds' service names.
    static QString audienceName(const QString &audience, const TokenContext &context);
};

} // namespace ie::jwt
