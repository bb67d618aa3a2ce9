#include "sandbox/sandboxserver.h"

#include "sandbox/crypto.h"
#include "sandbox/faultinjector.h"
#include "sandbox/issuerkeys.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpDate()
{
    return QLocale::c()
            .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
            .toLatin1();
}

} // namespace

class Listener;

struct SandboxServer::Private
{
    Options options;
    TlsMaterial tls;
    std::unique_ptr<SigningKey> key;
    std::unique_ptr<SigningKey> exampleIssuerKey; // the sandbox's example OIDC issuer
    IssuerKeyCache issuerKeys; // external issuers' keys, as Entra fetches them
    TenantState state;
    std::unique_ptr<TokenIssuer> issuer;
    FaultInjector faults;
    Router router;
    SandboxContext context;
    QList<Listener *> listeners;
    QTemporaryDir dir;
    QString caFile;
    QString identityHeader;
    quint16 loginPort = 0, graphPort = 0, armPort = 0, miPort = 0;

    // Resource units spent per "tenant/app" in the budget window: (when, units).
    QHash<QString, QList<QPair<qint64, int>>> spent;

    void handle(const QString &service, bool tls, const QHttpServerRequest &request,
                QTcpSocket *socket);
    void respond(Request req, QTcpSocket *socket);
    QString issuerToFetch(const Request &req) const;
    std::optional<Response> faultAnswer(const Request &req,
                                        const QList<FaultInjector::Fault> &faults);
    std::optional<Response> spendBudget(const Request &req, Response *headersOut);
    Response answer(Request &req);
    void write(QTcpSocket *socket, const Response &r, const QList<FaultInjector::Fault> &faults);
    void addStandardHeaders(const Request &req, Response &r);
};

// One port, one default service (and routing on well-known Host names).
class Listener : public QAbstractHttpServer
{
public:
    Listener(SandboxServer::Private *d, QString service, bool tls, QObject *parent)
        : QAbstractHttpServer(parent), m_d(d), m_service(std::move(service)), m_tls(tls)
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_d->handle(m_service, m_tls, request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    SandboxServer::Private *m_d;
    QString m_service;
    bool m_tls = false;
};

// What the client asked for: scheme of the listener, host and port from the Host header
// (RFC 9110, 7.2), or the socket's own address when the header is absent or not a host.
QUrl requestOrigin(bool tls, const QByteArray &hostHeader, const QTcpSocket *socket)
{
    static const QRegularExpression hostPort(
            uR"(^([a-z0-9]([a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(:([0-9]{1,5}))?$)"_s);
    QUrl origin;
    origin.setScheme(tls ? u"https"_s : u"http"_s);
    const int defaultPort = tls ? 443 : 80;
    const QRegularExpressionMatch m = hostPort.match(QString::fromLatin1(hostHeader.trimmed().toLower()));
    if (m.hasMatch()) {
        QString host = m.captured(1);
        if (host.startsWith(u'['))
            host = host.mid(1, host.size() - 2);
        origin.setHost(host);
        const int port = m.captured(4).isEmpty() ? defaultPort : m.captured(4).toInt();
        if (port != defaultPort && port > 0 && port < 65536)
            origin.setPort(port);
        if (origin.isValid() && !origin.host().isEmpty())
            return origin;
    }
    origin.setHost(socket->localAddress().toString());
    if (socket->localPort() != defaultPort)
        origin.setPort(socket->localPort());
    return origin;
}

void SandboxServer::Private::handle(const QString &listenerService, bool tls,
                                    const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    Request req;
    req.service = listenerService;
    req.method = methodName(request.method());
    req.path = request.url().path(QUrl::FullyDecoded);
    req.query = QUrlQuery(request.url());
    req.headers = request.headers();
    req.body = request.body();
    req.origin = requestOrigin(tls, req.header("Host"), socket);
    // One port can serve every service when the client names the public host (clients pointed at
    // the sandbox through a hosts-file entry or a proxy).
    const QByteArray host = req.header("Host").toLower();
    const QByteArray hostName = host.left(host.indexOf(':') < 0 ? host.size() : host.indexOf(':'));
    if (hostName == "graph.microsoft.com")
        req.service = u"graph"_s;
    else if (hostName == "management.azure.com")
        req.service = u"arm"_s;
    else if (hostName == "login.microsoftonline.com")
        req.service = u"login"_s;

    // A federated client assertion is checked with its issuer's keys, which Entra fetches over
    // the network first: the route runs once they (or the reason they could not be) are known.
    const QString issuer = issuerToFetch(req);
    if (!issuer.isEmpty()) {
        QPointer<QTcpSocket> guard(socket);
        issuerKeys.fetch(issuer, [this, guard, req] {
            if (guard)
                respond(req, guard);
        });
        return;
    }
    respond(std::move(req), socket);
}

// The issuer whose keys a token request needs fetched first: a federated assertion (not the
// client's own) from an issuer that a federated identity credential of the tenant trusts (Entra
// fetches nothing for an issuer no credential names), whose keys are not known or are stale.
QString SandboxServer::Private::issuerToFetch(const Request &req) const
{
    if (req.service != "login"_L1 || req.method != "POST" || !req.path.endsWith("/token"_L1))
        return {};
    const QUrlQuery form = req.form();
    const QString assertion = form.queryItemValue(u"client_assertion"_s, QUrl::FullyDecoded);
    if (assertion.isEmpty())
        return {};
    const QString issuer = federatedAssertionIssuer(
            assertion, form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded));
    if (issuer.isEmpty())
        return {};
    bool trusted = false;
    for (const auto *list : {&state.federatedCredentials, &state.appFederatedCredentials}) {
        for (const FederatedCredential &f : *list)
            trusted = trusted || f.issuer == issuer;
    }
    const QString kid = QJsonDocument::fromJson(
                                QByteArray::fromBase64(assertion.toLatin1().split('.').value(0),
                                                       QByteArray::Base64UrlEncoding))
                                .object()
                                .value("kid"_L1)
                                .toString();
    return trusted && issuerKeys.needsFetch(issuer, kid) ? issuer : QString();
}

void SandboxServer::Private::respond(Request req, QTcpSocket *socket)
{
    QString target = req.path;
    if (!req.query.isEmpty())
        target += u'?' + req.query.toString(QUrl::FullyDecoded);
    const QList<FaultInjector::Fault> faults = this->faults.take(req.service, req.method, target);

    // A request refused with 429, 503, 500 or 403 never reached the service: it must change
    // nothing (a throttled grant is not granted). Other faults spoil the answer of a request that ran.
    bool refused = false;
    for (const auto &f : faults)
        refused = refused || f.kind == FaultInjector::Kind::Throttle
                || f.kind == FaultInjector::Kind::Unavailable
                || f.kind == FaultInjector::Kind::ServerError
                || f.kind == FaultInjector::Kind::Forbidden;
    std::optional<Response> early = faultAnswer(req, faults);
    Response budgetHeaders;
    if (!early && !refused && req.service == "graph"_L1)
        early = spendBudget(req, &budgetHeaders);
    Response r = early ? *early : refused ? Response::empty(200) : answer(req);
    for (const auto &h : std::as_const(budgetHeaders.headers))
        r.setHeader(h.first, h.second);
    addStandardHeaders(req, r);

    int latency = options.latencyMs;
    for (const auto &f : faults) {
        if (f.kind == FaultInjector::Kind::Latency)
            latency += f.arg;
    }
    if (latency > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(latency, socket, [this, guard, r, faults] {
            if (guard)
                write(guard, r, faults);
        });
        return;
    }
    write(socket, r, faults);
}

namespace {

QJsonObject unverifiedClaims(const QByteArray &authorization)
{
    const QList<QByteArray> parts = authorization.mid(7).trimmed().split('.');
    if (!authorization.startsWith("Bearer ") || parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
            .object();
}

QString firstGuid(const QString &path)
{
    static const QRegularExpression guid(
            u"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"_s);
    return guid.match(path).captured(0);
}

} // namespace

// Faults that answer in the service's own words instead of the route: a claims challenge, and
// Entra's replication delay right after an identity was created.
std::optional<Response> SandboxServer::Private::faultAnswer(
        const Request &req, const QList<FaultInjector::Fault> &faults)
{
    for (const auto &f : faults) {
        switch (f.kind) {
        case FaultInjector::Kind::ClaimsChallenge: {
            const QByteArray auth = req.header("Authorization");
            if (auth.startsWith("Bearer ") && context.claimsSatisfied.contains(auth.mid(7).trimmed()))
                break;
            // Continuous access evaluation: the token predates a policy change; a token issued
            // now satisfies it. https://learn.microsoft.com/entra/identity-platform/claims-challenge
            const QByteArray claims
                    = QJsonDocument(
                              QJsonObject{{"access_token"_L1,
                                           QJsonObject{{"nbf"_L1,
                                                        QJsonObject{{"essential"_L1, true},
                                                                    {"value"_L1,
                                                                     QString::number(
                                                                             QDateTime::currentSecsSinceEpoch())}}}}}})
                              .toJson(QJsonDocument::Compact)
                              .toBase64();
            Response r;
            if (req.service == "arm"_L1) {
                r = armError(401, u"InvalidAuthenticationToken"_s,
                             u"The access token is not valid: a claims challenge requires a new "
                             "token."_s);
                r.setHeader("WWW-Authenticate",
                            "Bearer authorization_uri=\"" + context.loginUrl.toEncoded() + '/'
                                    + state.tenantId.toLatin1()
                                    + "\", error=\"insufficient_claims\", claims=\"" + claims
                                    + '"');
            } else {
                r = graphError(req, 401, u"InvalidAuthenticationToken"_s,
                               u"Continuous access evaluation resulted in challenge with result: "
                               "InteractionRequired and code: TokenCreatedWithOutdatedPolicies"_s);
                r.setHeader("WWW-Authenticate",
                            "Bearer realm=\"\", authorization_uri=\"" + context.loginUrl.toEncoded()
                                    + "/common/oauth2/authorize\", client_id=\"00000003-0000-"
                                      "0000-c000-000000000000\", error=\"insufficient_claims\", "
                                      "claims=\""
                                    + claims + '"');
            }
            return r;
        }
        case FaultInjector::Kind::Redirect: {
            // A front end sending the client elsewhere: the same path on another origin.
            QUrl target(u"https://evil.example"_s);
            target.setPath(req.path);
            if (!req.query.isEmpty())
                target.setQuery(req.query.toString(QUrl::FullyEncoded));
            Response r = Response::empty(f.arg);
            r.setHeader("Location", target.toEncoded());
            return r;
        }
        case FaultInjector::Kind::NotReplicated:
            // https://learn.microsoft.com/graph/errors (Request_ResourceNotFound)
            return graphError(req, 404, u"Request_ResourceNotFound"_s,
                              u"Resource '%1' does not exist or one of its queried "
                              "reference-property objects are not present."_s.arg(
                                      firstGuid(req.path)));
        case FaultInjector::Kind::BadReference:
            return graphError(req, 400, u"Request_BadRequest"_s,
                              u"Not a valid reference update."_s);
        default:
            break;
        }
    }
    return std::nullopt;
}

// Graph's throttling of an app in a tenant by resource units
// (https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits): a
// request of servicePrincipals costs 2 units (1 with $select), any other 1, a $batch the sum of
// its requests. Over the budget: 429 with Retry-After and the x-ms-throttle-* headers.
std::optional<Response> SandboxServer::Private::spendBudget(const Request &req,
                                                            Response *headersOut)
{
    if (options.graphBudget <= 0)
        return std::nullopt;
    const QJsonObject claims = unverifiedClaims(req.header("Authorization"));
    const QString app = claims.value("appid"_L1).toString(claims.value("azp"_L1).toString());
    if (app.isEmpty())
        return std::nullopt;
    int cost = 1;
    if (req.path.endsWith("/$batch"_L1)) {
        cost = int(QJsonDocument::fromJson(req.body).object().value("requests"_L1).toArray().size());
    } else if (req.path.contains(QRegularExpression(u"^/v1\\.0/servicePrincipals(/[^/]+|\\(.*\\))?/?$"_s,
                                                    QRegularExpression::CaseInsensitiveOption))) {
        cost = req.hasQuery(u"$select"_s) ? 1 : 2;
    }
    cost = std::max(cost, 1);
    const QString key = claims.value("tid"_L1).toString() + u'/' + app;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QPair<qint64, int>> &log = spent[key];
    while (!log.isEmpty() && log.first().first <= now - options.budgetWindowMs)
        log.removeFirst();
    int used = 0;
    for (const auto &e : std::as_const(log))
        used += e.second;
    if (used + cost > options.graphBudget) {
        // Retry when enough units have left the window.
        int freed = 0;
        qint64 at = now;
        for (const auto &e : std::as_const(log)) {
            freed += e.second;
            at = e.first + options.budgetWindowMs;
            if (used - freed + cost <= options.graphBudget)
                break;
        }
        const qint64 seconds = std::max<qint64>(1, (at - now + 999) / 1000);
        Response r = graphError(req, 429, u"TooManyRequests"_s,
                                u"Too many requests. The resource unit limit of this application "
                                "in this tenant is exceeded; retry after %1 seconds."_s.arg(seconds));
        r.setHeader("Retry-After", QByteArray::number(seconds));
        r.setHeader("x-ms-throttle-information", "ResourceUnitLimitExceeded");
        r.setHeader("x-ms-throttle-scope",
                    "Tenant_Application/ReadWrite/" + claims.value("tid"_L1).toString().toLatin1()
                            + '/' + app.toLatin1());
        r.setHeader("x-ms-resource-unit", QByteArray::number(cost));
        return r;
    }
    log.append({now, cost});
    headersOut->setHeader("x-ms-resource-unit", QByteArray::number(cost));
    const double share = double(used + cost) / options.graphBudget;
    if (share >= 0.8)
        headersOut->setHeader("x-ms-throttle-limit-percentage", QByteArray::number(share, 'f', 2));
    return std::nullopt;
}

Response SandboxServer::Private::answer(Request &req)
{
    // Faults that replace the answer are applied in write(); routing first.
    if (std::optional<Response> r = router.dispatch(req, context))
        return *r;
    if (req.service == "graph"_L1)
        return graphError(
                req, 400, u"BadRequest"_s,
                u"Resource not found for the segment '%1'."_s.arg(req.path.section(u'/', -1)));
    if (req.service == "arm"_L1)
        return armError(
                404, u"InvalidResourceType"_s,
                u"The resource type could not be found in the namespace for api version."_s);
    if (req.service == "mi"_L1)
        return Response::json(404,
                              QJsonObject{{"error"_L1, "not_found"_L1},
                                          {"error_description"_L1, "No such endpoint."_L1}});
    return oauthError(404, u"invalid_request"_s, u"The requested endpoint does not exist."_s,
                      900561);
}

void SandboxServer::Private::addStandardHeaders(const Request &req, Response &r)
{
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    r.setHeader("Date", httpDate());
    r.setHeader("Cache-Control", req.service == "login"_L1 ? "no-store, no-cache" : "no-cache");
    if (req.service == "graph"_L1) {
        bool has = false;
        for (const auto &h : r.headers)
            has = has || h.first.compare("request-id", Qt::CaseInsensitive) == 0;
        if (!has)
            r.setHeader("request-id", requestId);
        if (!req.header("client-request-id").isEmpty())
            r.setHeader("client-request-id", req.header("client-request-id"));
        r.setHeader(
                "x-ms-ags-diagnostic",
                R"({"ServerInfo":{"DataCenter":"West Europe","Slice":"E","Ring":"5","ScaleUnit":"000","RoleInstance":"SANDBOX"}})");
        r.setHeader("Strict-Transport-Security", "max-age=31536000");
        bool challenged = false;
        for (const auto &h : r.headers)
            challenged = challenged || h.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0;
        // Graph's 401s name the authority and Graph's own app id, as Graph sends them.
        if (r.status == 401 && !challenged)
            r.setHeader("WWW-Authenticate",
                        "Bearer realm=\"\", authorization_uri=\"" + context.loginUrl.toEncoded()
                                + "/common/oauth2/authorize\", client_id=\"00000003-0000-0000-"
                                  "c000-000000000000\"");
    } else if (req.service == "arm"_L1) {
        r.setHeader("x-ms-request-id", requestId);
        r.setHeader("x-ms-correlation-request-id", requestId);
        r.setHeader("x-ms-routing-request-id",
                    "WESTEUROPE:"
                            + QDateTime::currentDateTimeUtc()
                                      .toString(u"yyyyMMdd'T'HHmmss'Z'"_s)
                                      .toLatin1()
                            + ":" + requestId);
        r.setHeader("x-ms-ratelimit-remaining-subscription-reads", "11999");
        if (!req.header("x-ms-client-request-id").isEmpty())
            r.setHeader("x-ms-client-request-id", req.header("x-ms-client-request-id"));
        r.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    } else if (req.service == "login"_L1) {
        r.setHeader("Pragma", "no-cache");
        r.setHeader("x-ms-request-id", requestId);
    }
}

void SandboxServer::Private::write(QTcpSocket *socket, const Response &original,
                                   const QList<FaultInjector::Fault> &faults)
{
    Response r = original;
    bool cut = false;
    for (const auto &f : faults) {
        switch (f.kind) {
        case FaultInjector::Kind::Latency:
            break;
        case FaultInjector::Kind::Throttle:
            r.status = 429;
            r.body = R"({"error":{"code":"TooManyRequests","message":"Too many requests. Please retry after the time given in the Retry-After header.","innerError":{}}})";
            r.setHeader("Content-Type", "application/json");
            r.setHeader("Retry-After", QByteArray::number(f.arg));
            break;
        case FaultInjector::Kind::Unavailable:
            r.status = 503;
            r.body = R"({"error":{"code":"ServiceUnavailable","message":"Service Unavailable. Please try again later."}})";
            r.setHeader("Content-Type", "application/json");
            if (f.arg >= 0)
                r.setHeader("Retry-After", QByteArray::number(f.arg));
            break;
        case FaultInjector::Kind::ServerError:
            r.status = 500;
            r.body = R"({"error":{"code":"InternalServerError","message":"An internal server error occurred."}})";
            r.setHeader("Content-Type", "application/json");
            break;
        case FaultInjector::Kind::Forbidden:
            r.status = 403;
            r.body = f.service == "graph"_L1
                    ? R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{}}})"
                    : R"({"error":{"code":"AuthorizationFailed","message":"The client does not have authorization to perform this action over this scope or the scope is invalid."}})";
            r.setHeader("Content-Type", "application/json");
            break;
        case FaultInjector::Kind::Cut:
            cut = true;
            break;
        case FaultInjector::Kind::ClaimsChallenge:
        case FaultInjector::Kind::NotReplicated:
        case FaultInjector::Kind::BadReference:
        case FaultInjector::Kind::Redirect:
            break; // answered in faultAnswer()
        case FaultInjector::Kind::ListLag: {
            // The replica that answers has not seen the newest assignments yet.
            QJsonObject o = QJsonDocument::fromJson(r.body).object();
            if (r.status != 200 || !o.contains("value"_L1))
                break;
            const QDateTime cutoff = QDateTime::currentDateTimeUtc().addMSecs(-f.arg);
            QJsonArray kept;
            for (const QJsonValue &v : o.value("value"_L1).toArray()) {
                const QDateTime created = QDateTime::fromString(
                        v.toObject().value("createdDateTime"_L1).toString(), Qt::ISODateWithMs);
                if (!created.isValid() || created < cutoff)
                    kept.append(v);
            }
            o.insert("value"_L1, kept);
            r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            break;
        }
        case FaultInjector::Kind::Truncate:
            r.body = r.body.left(std::max<qsizetype>(1, r.body.size() / 2));
            break;
        case FaultInjector::Kind::Malformed:
            r.body = "<html><body>upstream error</body></html>";
            break;
        case FaultInjector::Kind::ForeignNextLink: {
            QJsonDocument doc = QJsonDocument::fromJson(r.body);
            QJsonObject o = doc.object();
            const QString key
                    = o.contains("@odata.nextLink"_L1) ? u"@odata.nextLink"_s : u"nextLink"_s;
            QUrl link(o.value(key).toString());
            if (!link.isValid() || link.isEmpty())
                link = QUrl(u"https://evil.example/v1.0/servicePrincipals?$skiptoken=steal"_s);
            link.setScheme(u"https"_s);
            link.setHost(u"evil.example"_s);
            link.setPort(-1);
            o.insert(key, link.toString());
            r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            break;
        }
        }
    }
    QByteArray out
            = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    for (const auto &h : r.headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            out += h.first + ": " + h.second + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
    if (cut) {
        out += r.body.left(r.body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    out += r.body;
    socket->write(out); // one write per response
}

namespace {

QLoggingCategory::CategoryFilter previousLogFilter = nullptr;

// Qt HttpServer's debug lines print whole requests, headers and all: "Authorization: Bearer
// eyJ...", an App Service X-IDENTITY-HEADER. They stay off whatever the logging rules say (a
// QT_LOGGING_RULES="*.debug=true" included), so that no token of the sandbox reaches a log.
void keepRequestDumpsOff(QLoggingCategory *category)
{
    if (previousLogFilter)
        previousLogFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

void SandboxServer::installLogFilter()
{
    static const bool installed = [] {
        previousLogFilter = QLoggingCategory::installFilter(keepRequestDumpsOff);
        return true;
    }();
    Q_UNUSED(installed);
}

SandboxServer::SandboxServer(QObject *parent) : SandboxServer(Options{}, parent) { }

SandboxServer::SandboxServer(Options options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

SandboxServer::~SandboxServer()
{
    qDeleteAll(d->listeners);
}

static QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool SandboxServer::start(QString *error)
{
    installLogFilter();
    QString err;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!d->state.load(readResource(u":/sandbox/contoso.json"_s),
                       readResource(u":/catalog/graph-permissions.json"_s),
                       readResource(u":/catalog/azure-builtin-roles.json"_s), &err))
        return fail(err);
    if (d->options.publicNames && d->options.basePort != 443)
        return fail(u"--public-names needs --port 443: clients reach the production host names on "
                    "port 443"_s);
    if (!d->options.signInAs.isEmpty() && !d->state.user(d->options.signInAs))
        return fail(u"--sign-in-as: the sandbox tenant has no user %1"_s.arg(d->options.signInAs));
    d->state.grow(d->options.extraServicePrincipals, d->options.seed,
                  d->options.extraAppRoleAssignments);
    if (!d->options.miResource.isEmpty()) {
        const ArmResource *res = d->state.resourceById(d->options.miResource);
        if (!res || res->identity.isEmpty())
            return fail(
                    u"--mi-resource: the sandbox tenant has no resource %1 with a managed identity"_s
                            .arg(d->options.miResource));
        d->state.miResourceId = res->id;
    }
    for (const QString &spec : std::as_const(d->options.faults)) {
        if (!d->faults.addSpec(spec, &err))
            return fail(err);
    }
    d->tls = TlsMaterial::create({u"localhost"_s, u"login.microsoftonline.com"_s,
                                  u"graph.microsoft.com"_s, u"management.azure.com"_s},
                                 &err);
    if (d->tls.caCertPem.isEmpty())
        return fail(err);
    d->key = SigningKey::create(&err);
    if (!d->key)
        return fail(err);
    d->exampleIssuerKey = SigningKey::create(&err);
    if (!d->exampleIssuerKey)
        return fail(err);
    // Issuers are fetched over https with the system's CAs, the sandbox's own (its example
    // issuer) and any the caller names (an issuer a test or the conformance suite serves).
    d->issuerKeys.addCaCertificates({QSslCertificate(d->tls.caCertPem, QSsl::Pem)});
    for (const QString &file : std::as_const(d->options.issuerCaFiles)) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(file, QSsl::Pem);
        if (cas.isEmpty())
            return fail(u"--issuer-ca: no PEM certificate in %1"_s.arg(file));
        d->issuerKeys.addCaCertificates(cas);
    }
    if (!d->dir.isValid())
        return fail(u"cannot create a temporary directory"_s);
    d->caFile
            = d->options.caOut.isEmpty() ? d->dir.filePath(u"sandbox-ca.pem"_s) : d->options.caOut;
    QFile ca(d->caFile);
    if (!ca.open(QIODevice::WriteOnly) || ca.write(d->tls.caCertPem) != d->tls.caCertPem.size())
        return fail(u"cannot write the CA file %1"_s.arg(d->caFile));
    ca.close();
    d->identityHeader = QUuid::createUuid().toString(QUuid::WithoutBraces);

    const QSslCertificate cert(d->tls.serverCertPem, QSsl::Pem);
    const QSslKey key(d->tls.serverKeyPem, QSsl::Ec, QSsl::Pem);
    const QList<std::pair<QString, bool>> services
            = {{u"login"_s, true}, {u"graph"_s, true}, {u"arm"_s, true}, {u"mi"_s, false}};
    QList<quint16> ports;
    for (int i = 0; i < services.size(); ++i) {
        auto *l = new Listener(d.get(), services[i].first, services[i].second, nullptr);
        std::optional<QSslConfiguration> tls;
        if (services[i].second) {
            QSslConfiguration c;
            c.setLocalCertificate(cert);
            c.setPrivateKey(key);
            c.setProtocol(QSsl::SecureProtocols);
            tls = c;
        }
        // The front door sees every byte before QAbstractHttpServer buffers it.
        auto *door = new FrontDoorServer(d->options.limits, tls, l);
        const quint16 want = d->options.basePort ? quint16(d->options.basePort + i) : 0;
        quint16 port = 0;
        if (door->listen(QHostAddress::LocalHost, want)) {
            port = door->serverPort();
            l->bind(door);
        }
        d->listeners.append(l);
        if (port == 0)
            return fail(u"cannot listen on 127.0.0.1:%1"_s.arg(want));
        ports.append(port);
    }
    if (d->options.imdsAddress) {
        auto *l = new Listener(d.get(), u"mi"_s, false, nullptr);
        auto *door = new FrontDoorServer(d->options.limits, std::nullopt, l);
        d->listeners.append(l);
        const bool bound = door->listen(QHostAddress(u"169.254.169.254"_s), 80);
        if (bound)
            l->bind(door);
        if (!bound)
            return fail(u"cannot listen on 169.254.169.254:80 (the address must be on an interface, "
                        "and binding port 80 needs the right to)"_s);
    }
    d->loginPort = ports[0];
    d->graphPort = ports[1];
    d->armPort = ports[2];
    d->miPort = ports[3];

    d->issuer = std::make_unique<TokenIssuer>(d->key.get(), &d->state, loginUrl());
    d->issuer->addResourceAlias(graphUrl(), u"00000003-0000-0000-c000-000000000000"_s);
    d->issuer->addResourceAlias(armUrl(), u"797f4846-ba00-4fd7-ba43-dac1f8f63013"_s);
    d->context.router = &d->router;
    d->context.state = &d->state;
    d->context.tokens = d->issuer.get();
    d->context.issuerKeys = &d->issuerKeys;
    d->context.exampleIssuerKey = d->exampleIssuerKey.get();
    d->context.loginUrl = loginUrl();
    d->context.graphUrl = graphUrl();
    d->context.armUrl = armUrl();
    d->context.miUrl = managedIdentityUrl();
    d->context.identityHeader = d->identityHeader;
    d->context.miResource = d->state.miResourceId;
    d->context.arcKeyDirectory = d->dir.filePath(u"azcmagent-tokens"_s);
    d->context.interactiveUser = d->options.signInAs;
    d->context.deviceLoginManual = d->options.deviceLoginManual;
    d->context.subRequestFault = [p = d.get()](const Request &sub) {
        QString target = sub.path;
        if (!sub.query.isEmpty())
            target += u'?' + sub.query.toString(QUrl::FullyDecoded);
        return p->faultAnswer(sub, p->faults.take(sub.service, sub.method, target,
                                                  {FaultInjector::Kind::NotReplicated,
                                                   FaultInjector::Kind::BadReference}));
    };
    registerLoginRoutes(d->router);
    registerExampleIssuerRoutes(d->router);
    registerGraphRoutes(d->router);
    registerArmRoutes(d->router);
    registerGrantRoutes(d->router);
    registerDirectoryRoleRoutes(d->router);
    registerDelegatedGrantRoutes(d->router);
    registerOwnershipRoutes(d->router);
    registerFederatedCredentialRoutes(d->router);
    registerApplicationRoutes(d->router);
    registerManagedIdentityRoutes(d->router);
    registerDeviceCodeRoutes(d->router);
    registerAuthorizationCodeRoutes(d->router, d->context);
    return true;
}

bool SandboxServer::isListening() const
{
    return d->loginPort != 0;
}

static QUrl local(const char *scheme, quint16 port)
{
    QUrl u;
    u.setScheme(QString::fromLatin1(scheme));
    u.setHost(u"127.0.0.1"_s);
    u.setPort(port);
    return u;
}

QUrl SandboxServer::loginUrl() const
{
    return d->options.publicNames ? QUrl(u"https://login.microsoftonline.com"_s)
                                  : local("https", d->loginPort);
}
QUrl SandboxServer::graphUrl() const
{
    return d->options.publicNames ? QUrl(u"https://graph.microsoft.com"_s)
                                  : local("https", d->graphPort);
}
QUrl SandboxServer::armUrl() const
{
    return d->options.publicNames ? QUrl(u"https://management.azure.com"_s)
                                  : local("https", d->armPort);
}
QUrl SandboxServer::managedIdentityUrl() const
{
    return local("http", d->miPort);
}
QUrl SandboxServer::imdsUrl() const
{
    return managedIdentityUrl().resolved(QUrl(u"/metadata/identity/oauth2/token"_s));
}
QUrl SandboxServer::appServiceUrl() const
{
    return managedIdentityUrl().resolved(QUrl(u"/msi/token"_s));
}
QUrl SandboxServer::arcUrl() const
{
    return managedIdentityUrl().resolved(QUrl(u"/arc/metadata/identity/oauth2/token"_s));
}
QUrl SandboxServer::cloudShellUrl() const
{
    return managedIdentityUrl().resolved(QUrl(u"/oauth2/token"_s));
}
QString SandboxServer::arcKeyDirectory() const
{
    return d->context.arcKeyDirectory;
}
QString SandboxServer::miResourceId() const
{
    return d->state.miResourceId;
}
QSslCertificate SandboxServer::caCertificate() const
{
    return QSslCertificate(d->tls.caCertPem, QSsl::Pem);
}
QString SandboxServer::exampleIssuerUrl() const
{
    return ie::sandbox::exampleIssuerUrl(d->context.loginUrl);
}

QByteArray SandboxServer::mintExampleIssuerToken(const QJsonObject &claims, int lifetimeSeconds) const
{
    return ie::sandbox::mintExampleIssuerToken(*d->exampleIssuerKey, d->context.loginUrl, claims,
                                               lifetimeSeconds);
}

IssuerKeyCache &SandboxServer::issuerKeys()
{
    return d->issuerKeys;
}

QString SandboxServer::caFile() const
{
    return d->caFile;
}
QString SandboxServer::tenantId() const
{
    return d->state.tenantId;
}
QString SandboxServer::tenantDomain() const
{
    return d->state.tenantDomain;
}
QString SandboxServer::adminClientId() const
{
    return d->state.adminAppId;
}
QString SandboxServer::adminClientSecret() const
{
    return d->state.adminSecret;
}
QString SandboxServer::identityHeader() const
{
    return d->identityHeader;
}
TenantState &SandboxServer::state()
{
    return d->state;
}
FaultInjector &SandboxServer::faults()
{
    return d->faults;
}
void SandboxServer::setGraphBudget(int units, int windowMs)
{
    d->options.graphBudget = units;
    d->options.budgetWindowMs = std::max(1, windowMs);
    d->spent.clear();
}
TokenIssuer &SandboxServer::tokenIssuer()
{
    return *d->issuer;
}

QByteArray SandboxServer::mintTokenFor(const QString &objectId, const QString &resource,
                                       QString *error)
{
    const ServicePrincipal *sp = d->state.spById(objectId);
    if (!sp) {
        if (error)
            *error = u"The sandbox tenant has no service principal %1."_s.arg(objectId);
        return {};
    }
    // A managed identity's alternativeNames name its ARM resource: the backing resource of a
    // system-assigned identity, the identity resource of a user-assigned one. That is xms_mirid.
    QString mirid;
    if (sp->json.value("servicePrincipalType"_L1).toString() == "ManagedIdentity"_L1) {
        const QJsonArray names = sp->json.value("alternativeNames"_L1).toArray();
        for (const QJsonValue &n : names) {
            if (n.toString().startsWith("/subscriptions/"_L1, Qt::CaseInsensitive))
                mirid = n.toString();
        }
    }
    QString code, description;
    int aadsts = 0;
    const auto minted
            = d->issuer->mintAppToken(*sp, resource, 3600, &code, &description, &aadsts, mirid);
    if (!minted) {
        if (error)
            *error = description.isEmpty() ? code : description;
        return {};
    }
    return minted->token;
}
Router &SandboxServer::router()
{
    return d->router;
}
SandboxContext &SandboxServer::context()
{
    return d->context;
}

ie::Cloud SandboxServer::cloud() const
{
    return ie::Cloud::sandbox(loginUrl(), graphUrl(), armUrl(), managedIdentityUrl(),
                              {caCertificate()});
}

} // namespace ie::sandbox
