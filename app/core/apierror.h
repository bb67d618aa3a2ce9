#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QString>

namespace ie {

// One error type for everything that can fail on the way to a service and back: the network, the
// HTTP status, the service's own error body (Graph or ARM shape), the decoding of a reply, a
// credential, the keychain. The UI renders it; nothing else needs to know where it came from.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ie::ApiError)

public:
    enum class Kind {
        Network, // connection refused, reset, DNS, TLS handshake: no HTTP answer at all
        Timeout, // the transfer or the overall deadline ran out
        Cancelled, // the caller cancelled
        Http, // the service answered with an error status (see httpStatus, code)
        Throttled, // 429 (or 503 with Retry-After) and the retry budget ran out
        Unauthorized, // 401: token missing, expired or for the wrong audience
        Forbidden, // 403: signed in, but lacks a permission
        NotFound, // 404
        Parse, // the answer was not the JSON it should have been
        Protocol, // the answer broke a protocol rule (foreign or looping nextLink, ...)
        Auth, // a credential could not produce a token
        Keychain, // the OS keychain failed (no service, locked, denied)
        InvalidInput, // the caller's own input is unusable
        Unsupported, // not possible in this environment
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString code; // the service's machine-readable code: Graph/ARM error.code, OAuth "error"
    QString message; // the service's or our own message, in the service's words
    QString requestId; // Graph request-id / ARM x-ms-request-id / login trace id
    QString clientRequestId; // the client-request-id we sent
    QString date; // Graph innerError.date
    QJsonArray details; // ARM error.details / Graph error.details
    QString service; // "graph", "arm", "login", "imds", ... for the message
    bool retryable = false; // a later attempt may succeed (throttling, 5xx, network)
    int retryAfterSeconds = -1; // what the service asked for, when it did

    // Who the request was sent as, read from its token's claims (never the token itself), so a
    // 403 can say what the signed-in identity lacks. Empty when no token was sent.
    struct Caller
    {
        QString name; // upn of a user, display name or appId of an application
        bool delegated = false; // a user's token (scp) rather than an application's (roles)
        QStringList scopes; // scp
        QStringList appRoles; // roles
        QStringList directoryRoleIds; // wids: template ids of the user's directory roles
        bool isEmpty() const { return name.isEmpty(); }
        // From a token's payload (the middle part of a compact JWT, decoded as JSON).
        static Caller fromClaims(const QJsonObject &claims);
    };
    Caller caller;

    static ApiError make(Kind kind, const QString &message, const QString &code = {});

    // One paragraph for a person: what happened and what to do next. Translated.
    QString userMessage() const;
    // A single line for logs and the command line (no secrets ever reach an ApiError).
    QString summary() const;
    static QString kindName(Kind kind);
};

} // namespace ie
