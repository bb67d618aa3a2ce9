#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <QString>

namespace ie::sandbox {

// Misbehaviour on demand, per route, so that clients can be tested against what real services do
// under load or on a bad network.
//
// Spec syntax (Options::faults, `identity-explorer sandbox --fault SPEC`):
//   [METHOD ]SERVICE:GLOB=KIND[:ARG][@COUNT]
//   SERVICE  login | graph | arm | mi | *
//   GLOB     matched against the decoded path and query ("/v1.0/servicePrincipals?$top=999"),
//            '*' any run of characters, '?' one character
//   KIND     latency:MS    answer after MS milliseconds
//            429:SECONDS   429 Too Many Requests with Retry-After: SECONDS (default 1)
//            503:SECONDS   503 Service Unavailable with Retry-After (default: none)
//            500           500 with the service's error body
//            403           403 with the service's own denial (Graph Authorization_RequestDenied,
//                          else ARM AuthorizationFailed), as for a caller without the permission
//            cut           headers and half the body, then the connection is closed
//            truncate      a body cut short that still claims to be complete (bad JSON)
//            malformed     a body that is not JSON at all
//            foreign-nextlink  the page's nextLink points at https://evil.example
//            redirect[:STATUS] a redirect (301, 302, 303, 307 or 308; default 302) to the same
//                          path and query on https://evil.example, another origin
//            claims        401 with a claims challenge (WWW-Authenticate error="insufficient_claims",
//                          claims="base64"), until the token presented was issued for a token
//                          request that passed those claims
//            notfound[:MS] Graph 404 Request_ResourceNotFound, as right after an identity was
//                          created (Entra has not replicated it yet), for MS ms after the fault
//                          was added (default: as long as COUNT lasts)
//            badref[:MS]   Graph 400 "Not a valid reference update." (the same delay, on a write)
//            lag[:MS]      app role assignment lists leave out assignments made in the last MS
//                          ms (default 3000): the list lags a grant
//   COUNT    how many matching requests to affect (default: all)
// Examples: "graph:/v1.0/servicePrincipals*=429:2@1"  "arm:*=latency:200"
class FaultInjector
{
public:
    enum class Kind {
        Latency,
        Throttle,
        Unavailable,
        ServerError,
        Forbidden,
        Cut,
        Truncate,
        Malformed,
        ForeignNextLink,
        Redirect,
        ClaimsChallenge,
        NotReplicated,
        BadReference,
        ListLag
    };
    struct Fault
    {
        QString service; // "*" for any
        QByteArray method; // empty for any
        QRegularExpression pattern;
        Kind kind = Kind::Latency;
        int arg = 0;
        int remaining = -1; // -1: unlimited
        qint64 until = 0; // ms since the epoch after which it no longer applies (0: no end)
    };

    // Parses and adds a spec; false (with `error`) when it is malformed.
    bool addSpec(const QString &spec, QString *error = nullptr);
    void add(const Fault &fault);
    void clear();
    // The faults that apply to this request (counts are used up).
    // `only`: just faults of these kinds ($batch sub-requests), others are left untouched.
    QList<Fault> take(const QString &service, const QByteArray &method, const QString &target,
                      const QList<Kind> &only = {});

private:
    QMutex m_mutex;
    QList<Fault> m_faults;
};

} // namespace ie::sandbox
