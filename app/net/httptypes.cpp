#include "net/httptypes.h"

namespace ie::net {

bool HttpRequest::isIdempotent() const
{
    static const QList<QByteArray> idempotent = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"};
    return idempotentOverride || idempotent.contains(method.toUpper());
}

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

HttpRequest HttpRequest::json(const QByteArray &method, const QUrl &url, const QJsonDocument &body)
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.body = body.toJson(QJsonDocument::Compact);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const RawHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace ie::net
