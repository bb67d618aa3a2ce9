#include "core/apierror.h"

#include <QCoreApplication>

namespace ie {

ApiError ApiError::make(Kind kind, const QString &message, const QString &code)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.code = code;
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Throttled: return QStringLiteral("throttled");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Parse: return QStringLiteral("parse");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::Auth: return QStringLiteral("auth");
    case Kind::Keychain: return QStringLiteral("keychain");
    case Kind::InvalidInput: return QStringLiteral("invalid-input");
    case Kind::Unsupported: return QStringLiteral("unsupported");
    }
    return QStringLiteral("unknown");
}

QString ApiError::summary() const
{
    QString s = kindName(kind);
    if (httpStatus > 0)
        s += QLatin1Char(' ') + QString::number(httpStatus);
    if (!code.isEmpty())
        s += QLatin1Char(' ') + code;
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    if (!requestId.isEmpty())
        s += QStringLiteral(" (request-id ") + requestId + QLatin1Char(')');
    return s;
}

QString ApiError::userMessage() const
{
    QString what;
    QString todo;
    switch (kind) {
    case Kind::Network:
        what = tr("The service could not be reached.");
        todo = tr("Check the network connection and the cloud's endpoints, then try again.");
        break;
    case Kind::Timeout:
        what = tr("The service did not answer in time.");
        todo = tr("Try again; if it keeps happening, the service may be overloaded.");
        break;
    case Kind::Cancelled:
        what = tr("The operation was cancelled.");
        break;
    case Kind::Throttled:
        what = tr("The service is throttling requests and the retries ran out.");
        todo = retryAfterSeconds > 0
                ? tr("Wait %n second(s) and try again.", nullptr, retryAfterSeconds)
                : tr("Wait a minute and try again.");
        break;
    case Kind::Unauthorized:
        what = tr("The service did not accept the sign-in.");
        todo = tr("Sign in again, or check that the token is for this service and tenant.");
        break;
    case Kind::Forbidden:
        what = tr("The signed-in identity lacks a permission this needs.");
        todo = tr("Ask an administrator for the permission, or sign in with another identity.");
        break;
    case Kind::NotFound:
        what = tr("The object was not found.");
        todo = tr("It may have been deleted, or not be replicated yet; reload and try again.");
        break;
    case Kind::Parse:
        what = tr("The service sent an answer that could not be read.");
        todo = tr("Try again; if it persists, report it with the request id.");
        break;
    case Kind::Protocol:
        what = tr("The service's answer broke the protocol and was not followed.");
        todo = tr("The rows loaded so far are kept; try again later.");
        break;
    case Kind::Auth:
        what = tr("No token could be obtained.");
        todo = tr("Check the sign-in method and its settings.");
        break;
    case Kind::Keychain:
        what = tr("The system keychain could not be used.");
        todo = tr("Unlock the keychain (Secret Service) or start one, then try again. Secrets are never stored elsewhere.");
        break;
    case Kind::InvalidInput:
        what = tr("The input is not valid.");
        break;
    case Kind::Unsupported:
        what = tr("This is not possible here.");
        break;
    case Kind::Http:
        what = httpStatus >= 500 ? tr("The service failed to handle the request.")
                                 : tr("The service refused the request.");
        todo = retryable ? tr("Try again in a moment.") : QString();
        break;
    }
    QString detail;
    if (!code.isEmpty() || !message.isEmpty()) {
        detail = code.isEmpty() ? message
                                : (message.isEmpty() ? code : code + QStringLiteral(": ") + message);
    }
    QStringList parts{what};
    if (!detail.isEmpty())
        parts << detail;
    if (httpStatus > 0)
        parts << tr("HTTP status %1.").arg(httpStatus);
    if (!requestId.isEmpty())
        parts << tr("Request id %1.").arg(requestId);
    if (!todo.isEmpty())
        parts << todo;
    return parts.join(QLatin1Char(' '));
}

ApiError::Caller ApiError::Caller::fromClaims(const QJsonObject &claims)
{
    Caller c;
    const auto list = [&claims](const char *name) {
        const QJsonValue v = claims.value(QLatin1StringView(name));
        QStringList out;
        if (v.isArray()) {
            for (const QJsonValue &x : v.toArray())
                out << x.toString();
        } else {
            out = v.toString().split(QLatin1Char(v.toString().contains(QLatin1Char(',')) ? ',' : ' '),
                                     Qt::SkipEmptyParts);
        }
        return out;
    };
    const QString idtyp = claims.value(QLatin1StringView("idtyp")).toString();
    c.delegated = idtyp.isEmpty() ? claims.contains(QLatin1StringView("scp"))
                                  : idtyp == QLatin1StringView("user");
    for (const char *n : {"upn", "unique_name", "preferred_username", "app_displayname", "appid",
                          "azp", "oid"}) {
        if (c.name.isEmpty())
            c.name = claims.value(QLatin1StringView(n)).toString();
    }
    c.scopes = list("scp");
    c.appRoles = list("roles");
    c.directoryRoleIds = list("wids");
    return c;
}

} // namespace ie
