#include "sandbox/router.h"

#include "sandbox/tenantstate.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString Request::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

bool Request::hasQuery(const QString &name) const
{
    return query.hasQueryItem(name);
}

QUrlQuery Request::form() const
{
    // '+' means space in form encoding; QUrlQuery leaves it alone.
    QByteArray b = body;
    b.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(b));
}

Response Response::json(int status, const QJsonObject &body)
{
    return json(status, QJsonDocument(body));
}

Response Response::json(int status, const QJsonDocument &body)
{
    Response r;
    r.status = status;
    r.body = body.toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

Response Response::empty(int status)
{
    Response r;
    r.status = status;
    return r;
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

Response graphError(const Request &req, int status, const QString &code, const QString &message)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject inner{{"date"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                      {"request-id"_L1, requestId},
                      {"client-request-id"_L1, QString::fromLatin1(req.header("client-request-id"))}};
    Response r = Response::json(status, QJsonObject{{"error"_L1, QJsonObject{{"code"_L1, code},
                                                                             {"message"_L1, message},
                                                                             {"innerError"_L1, inner}}}});
    r.setHeader("request-id", requestId.toLatin1());
    return r;
}

Response armError(int status, const QString &code, const QString &message)
{
    return Response::json(status,
                          QJsonObject{{"error"_L1, QJsonObject{{"code"_L1, code}, {"message"_L1, message}}}});
}

Response oauthError(int status, const QString &error, const QString &description, int aadsts)
{
    const QString trace = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
    return Response::json(
            status,
            QJsonObject{{"error"_L1, error},
                        {"error_description"_L1,
                         u"AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5"_s.arg(aadsts)
                                 .arg(description, trace, correlation, now)},
                        {"error_codes"_L1, QJsonArray{aadsts}},
                        {"timestamp"_L1, now},
                        {"trace_id"_L1, trace},
                        {"correlation_id"_L1, correlation},
                        {"error_uri"_L1, u"https://login.microsoftonline.com/error?code=%1"_s.arg(aadsts)}});
}

void Router::add(const QString &service, const QByteArray &method, const QString &pattern,
                 Handler handler)
{
    m_routes.append({service, method,
                     QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                        QRegularExpression::CaseInsensitiveOption),
                     std::move(handler)});
}

std::optional<Response> Router::dispatch(const Request &request, SandboxContext &context) const
{
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (route.service != request.service)
            continue;
        const QRegularExpressionMatch m = route.pattern.match(request.path);
        if (!m.hasMatch())
            continue;
        pathMatched = true;
        if (route.method != request.method)
            continue;
        return route.handler(request, m, context);
    }
    if (pathMatched) {
        if (request.service == "graph"_L1)
            return graphError(request, 405, u"Request_BadRequest"_s,
                              u"Specified HTTP method is not allowed for the request target."_s);
        if (request.service == "arm"_L1)
            return armError(405, u"MethodNotAllowed"_s, u"The requested method is not allowed."_s);
        return oauthError(405, u"invalid_request"_s, u"The request method is not supported."_s, 900561);
    }
    return std::nullopt;
}

} // namespace ie::sandbox
