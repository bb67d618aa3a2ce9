#include "graph/delegatedgrantclient.h"

#include "graph/graphaccess.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::graph {

namespace {

ApiError explained(ApiError e, GraphOperation operation)
{
    if (e.httpStatus == 403 || e.kind == ApiError::Kind::Forbidden)
        e.message = explainGraphDenied(e, operation);
    return e;
}

ApiError cancelled()
{
    return ApiError::make(ApiError::Kind::Cancelled, QString());
}

} // namespace

DelegatedPermissionGrant DelegatedPermissionGrant::fromJson(const QJsonObject &o)
{
    DelegatedPermissionGrant g;
    g.id = o.value("id"_L1).toString();
    g.clientId = o.value("clientId"_L1).toString();
    g.consentType = o.value("consentType"_L1).toString();
    g.principalId = o.value("principalId"_L1).toString(); // null for AllPrincipals
    g.resourceId = o.value("resourceId"_L1).toString();
    g.scopes = o.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts);
    return g;
}

DelegatedGrantClient::DelegatedGrantClient(ie::net::HttpClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

DelegatedGrantClient::~DelegatedGrantClient() = default;

QString DelegatedGrantClient::graphRoot() const
{
    return (m_client ? m_client->cloud().graphUrl.toString() : u"https://graph.microsoft.com"_s)
            + u"/v1.0"_s;
}

QUrl DelegatedGrantClient::grantsUrl() const
{
    return QUrl(graphRoot() + u"/oauth2PermissionGrants"_s);
}

QJsonObject DelegatedGrantClient::updateBody(const QStringList &scopes)
{
    return {{"scope"_L1, scopes.join(u' ')}};
}

void DelegatedGrantClient::listGrants(const QString &clientSpId, QObject *context,
                                      GrantsCallback callback)
{
    if (!m_client) {
        callback(cancelled());
        return;
    }
    const QUrl url(graphRoot() + u"/servicePrincipals/%1/oauth2PermissionGrants"_s.arg(clientSpId));
    auto all = std::make_shared<QList<DelegatedPermissionGrant>>();
    ie::net::PageJob *job = m_client->getPages(ie::net::HttpRequest::get(url));
    connect(job, &ie::net::PageJob::pageArrived, context, [all](const QJsonArray &items) {
        for (const QJsonValue &v : items)
            all->append(DelegatedPermissionGrant::fromJson(v.toObject()));
    });
    connect(job, &ie::net::PageJob::finished, context, [job, all, callback] {
        if (!job->result())
            callback(explained(job->result().error(), GraphOperation::ReadDelegatedGrants));
        else
            callback(*all);
    });
}

void DelegatedGrantClient::get(const QString &grantId, QObject *context, GrantCallback callback)
{
    if (!m_client) {
        callback(cancelled());
        return;
    }
    m_client->send(ie::net::HttpRequest::get(QUrl(grantsUrl().toString() + u'/' + grantId)),
                   context, [callback](const Result<ie::net::HttpResponse> &r) {
                       if (!r)
                           callback(explained(r.error(), GraphOperation::ReadDelegatedGrants));
                       else
                           callback(DelegatedPermissionGrant::fromJson(r->json.object()));
                   });
}

void DelegatedGrantClient::updateScopes(const QString &grantId, const QStringList &scopes,
                                        QObject *context, DoneCallback callback)
{
    if (!m_client) {
        callback(cancelled());
        return;
    }
    const ie::net::HttpRequest req = ie::net::HttpRequest::json(
            "PATCH", QUrl(grantsUrl().toString() + u'/' + grantId),
            QJsonDocument(updateBody(scopes)));
    m_client->send(req, context, [callback](const Result<ie::net::HttpResponse> &r) {
        if (r)
            callback(r->requestId);
        else
            callback(explained(r.error(), GraphOperation::WriteDelegatedGrants));
    });
}

void DelegatedGrantClient::remove(const QString &grantId, QObject *context, DoneCallback callback)
{
    if (!m_client) {
        callback(cancelled());
        return;
    }
    ie::net::HttpRequest req;
    req.method = "DELETE";
    req.url = QUrl(grantsUrl().toString() + u'/' + grantId);
    m_client->send(req, context, [callback](const Result<ie::net::HttpResponse> &r) {
        if (r)
            callback(r->requestId);
        else
            callback(explained(r.error(), GraphOperation::WriteDelegatedGrants));
    });
}

void DelegatedGrantClient::nameOf(const QString &objectId, bool user, QObject *context,
                                  std::function<void(const Result<DirectoryObjectName> &)> callback)
{
    if (!m_client) {
        callback(cancelled());
        return;
    }
    QUrl url(graphRoot() + (user ? u"/users/"_s : u"/servicePrincipals/"_s) + objectId);
    QUrlQuery q;
    q.addQueryItem(u"$select"_s, user ? u"id,displayName,userPrincipalName"_s
                                      : u"id,appId,displayName"_s);
    url.setQuery(q);
    m_client->send(ie::net::HttpRequest::get(url), context,
                   [callback](const Result<ie::net::HttpResponse> &r) {
                       if (!r) {
                           callback(r.error());
                           return;
                       }
                       const QJsonObject o = r->json.object();
                       callback(DirectoryObjectName{o.value("id"_L1).toString(),
                                                    o.value("appId"_L1).toString(),
                                                    o.value("displayName"_L1).toString(),
                                                    o.value("userPrincipalName"_L1).toString()});
                   });
}

} // namespace ie::graph
