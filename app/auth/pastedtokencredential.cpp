#include "auth/pastedtokencredential.h"

#include "cloud/cloud.h"

#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ie::auth {

PastedTokenCredential::PastedTokenCredential(QByteArray token, QObject *parent)
    : Credential(parent), m_token(token.trimmed())
{
    if (m_token.startsWith("Bearer "))
        m_token = m_token.mid(7).trimmed();
    const QJsonObject claims = unverifiedClaims(m_token);
    if (claims.isEmpty()) {
        m_problem = tr("This is not an access token (a JWT of three dot-separated parts).");
        return;
    }
    m_audience = claims.value("aud"_L1).toString();
    m_tenantId = claims.value("tid"_L1).toString();
    // exp is a NumericDate (RFC 7519): 1e308, -1e18 or 9.22e18 are no time at all, not "never".
    constexpr double MaxTime = 253402300799.0; // 9999-12-31T23:59:59Z
    const QJsonValue exp = claims.value("exp"_L1);
    const double expSeconds = exp.toDouble(-1);
    const bool expIsTime = exp.isDouble() && std::isfinite(expSeconds) && expSeconds > 0
            && expSeconds <= MaxTime;
    if (expIsTime)
        m_expiresOn = QDateTime::fromSecsSinceEpoch(qint64(expSeconds), Qt::UTC);
    if (m_audience.isEmpty())
        m_problem = tr("The token names no audience (aud).");
    else if (exp.isUndefined())
        m_problem = tr("The token has no expiry (exp).");
    else if (!expIsTime)
        m_problem = tr("The token's expiry (exp) is not a time between 1970 and 9999: the token "
                       "is invalid. Paste a token issued by Entra ID.");
}

void PastedTokenCredential::requestToken(const ie::net::TokenRequest &request, Callback done)
{
    if (!m_problem.isEmpty()) {
        done(ApiError::make(ApiError::Kind::InvalidInput, m_problem));
        return;
    }
    if (QDateTime::currentDateTimeUtc() >= m_expiresOn) {
        done(ApiError::make(ApiError::Kind::Auth,
                            tr("The pasted token expired at %1: paste a fresh one.")
                                    .arg(m_expiresOn.toLocalTime().toString(Qt::ISODate))));
        return;
    }
    if (ie::Cloud::normalizeAudience(request.audience)
        != ie::Cloud::normalizeAudience(m_audience)) {
        done(ApiError::make(ApiError::Kind::Auth,
                            tr("The pasted token is for %1, not for %2: paste a token for %2.")
                                    .arg(m_audience, resourceForScope(request.audience))));
        return;
    }
    ie::net::AccessToken t;
    t.token = m_token;
    t.expiresOn = m_expiresOn;
    t.audience = request.audience;
    t.tenantId = m_tenantId;
    t.credential = name();
    done(t);
}

} // namespace ie::auth
