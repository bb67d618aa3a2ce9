#pragma once

#include "core/apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>

#include <chrono>

namespace ie::net {

using RawHeader = QPair<QByteArray, QByteArray>;

// How hard to try before giving up. Tests shrink the delays; the defaults match what the Azure
// SDKs do (exponential from 0.8 s, at most 3 retries, capped by an overall deadline).
struct RetryPolicy
{
    int maxRetries = 3;
    std::chrono::milliseconds baseDelay{800};
    std::chrono::milliseconds maxDelay{60000};
    std::chrono::milliseconds maxRetryAfter{120000}; // longer Retry-After: give up, report it
    double jitter = 0.25; // +-25 %
};

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QList<RawHeader> headers; // Content-Type is set for JSON bodies unless given
    // Attach a bearer token for the service that owns url's host (from the current cloud). A
    // request to a host that no service of the cloud owns is sent without one.
    bool authenticate = true;
    // When set, the request must go to the host of this audience's service; if it does not, the
    // request is refused before it is sent (a token is never sent elsewhere).
    QString audience;
    QString tenantId; // token tenant, when it differs from the credential's
    RetryPolicy retry;
    std::chrono::milliseconds transferTimeout{30000}; // no bytes for this long: abort the attempt
    std::chrono::milliseconds deadline{180000}; // overall, retries and waits included
    // GET, HEAD, PUT, DELETE, OPTIONS are idempotent; a POST retries only on statuses the
    // service sent (429/503/504), never after a network error, unless this says it may.
    bool idempotentOverride = false;
    // Hand every HTTP answer back as an HttpResponse, 4xx and 5xx included (no status retries,
    // no 401 token refresh), for protocols that read the error themselves: the Azure Arc
    // challenge's WWW-Authenticate, the managed-identity endpoints' own retry rules.
    bool anyStatus = false;
    // "Authorization: Basic <this>" (the answer to Azure Arc's challenge), sent only to url's own
    // origin and never together with a bearer token. Headers cannot carry Authorization.
    QByteArray basicAuthorization;
    // The body or a header carries a credential (a client secret or assertion, an authorization
    // code, a refresh token, a device code): the request goes only to an https:// URL and never
    // follows a redirect off its origin, so the credential is never re-sent anywhere else.
    bool carriesSecret = false;
    // A managed-identity endpoint on the host itself (IMDS, App Service IDENTITY_ENDPOINT, Azure
    // Arc, Cloud Shell): plain HTTP by design, and the only request allowed to carry its identity
    // header (or Arc's Basic answer) over http. It never follows a redirect off its origin either.
    bool identityEndpoint = false;
    // A JSON answer is checked (accepted exactly when QJsonDocument would accept it, else the
    // same error and retry) but not decoded into HttpResponse::json: the caller reads the bytes
    // with net/jsonscan.h. For pages of 999 service principals: no document of generic values.
    bool scanJson = false;

    bool isIdempotent() const;
    static HttpRequest get(const QUrl &url);
    static HttpRequest json(const QByteArray &method, const QUrl &url, const QJsonDocument &body);
};

struct HttpResponse
{
    int status = 0;
    QUrl url;
    QByteArray body;
    QJsonDocument json; // decoded once, when the body is JSON
    QList<RawHeader> headers;
    QString requestId; // request-id / x-ms-request-id
    QString clientRequestId;
    qint64 elapsedMs = 0;
    int attempts = 1;
    ApiError::Caller caller; // whom the request was sent as (from its token's claims)

    QByteArray header(const QByteArray &name) const; // case-insensitive
};

} // namespace ie::net
