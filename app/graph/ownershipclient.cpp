#include "graph/ownershipclient.h"

#include "graph/graphaccess.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::graph {

namespace {

ApiError explained(ApiError e)
{
    if (e.httpStatus == 403 || e.kind == ApiError::Kind::Forbidden)
        e.message = explainGraphDenied(e, GraphOperation::ReadOwnership);
    return e;
}

} // namespace

OwnershipObject OwnershipObject::fromJson(const QJsonObject &o)
{
    OwnershipObject x;
    x.type = o.value("@odata.type"_L1).toString();
    if (x.type.startsWith("#microsoft.graph."_L1))
        x.type = x.type.mid(17);
    x.id = o.value("id"_L1).toString();
    x.appId = o.value("appId"_L1).toString();
    x.displayName = o.value("displayName"_L1).toString();
    x.userPrincipalName = o.value("userPrincipalName"_L1).toString();
    x.servicePrincipalType = o.value("servicePrincipalType"_L1).toString();
    for (const QJsonValue &v : o.value("alternativeNames"_L1).toArray())
        x.alternativeNames << v.toString();
    return x;
}

OwnershipClient::OwnershipClient(ie::net::HttpClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

OwnershipClient::~OwnershipClient() = default;

QString OwnershipClient::graphRoot() const
{
    return (m_client ? m_client->cloud().graphUrl.toString() : u"https://graph.microsoft.com"_s)
            + u"/v1.0"_s;
}

void OwnershipClient::list(const QString &path, QObject *context, ObjectsCallback callback)
{
    if (!m_client) {
        callback(ApiError::make(ApiError::Kind::Cancelled, QString()));
        return;
    }
    auto all = std::make_shared<QList<OwnershipObject>>();
    ie::net::PageJob *job
            = m_client->getPages(ie::net::HttpRequest::get(QUrl(graphRoot() + path)));
    connect(job, &ie::net::PageJob::pageArrived, context, [all](const QJsonArray &items) {
        for (const QJsonValue &v : items)
            all->append(OwnershipObject::fromJson(v.toObject()));
    });
    connect(job, &ie::net::PageJob::finished, context, [job, all, callback] {
        if (!job->result())
            callback(explained(job->result().error()));
        else
            callback(*all);
    });
}

void OwnershipClient::ownedObjects(const QString &spId, QObject *context,
                                   ObjectsCallback callback)
{
    list(u"/servicePrincipals/%1/ownedObjects"_s.arg(spId), context, std::move(callback));
}

void OwnershipClient::servicePrincipalOwners(const QString &spId, QObject *context,
                                             ObjectsCallback callback)
{
    list(u"/servicePrincipals/%1/owners"_s.arg(spId), context, std::move(callback));
}

void OwnershipClient::applicationOwners(const QString &appId, QObject *context,
                                        ObjectsCallback callback)
{
    list(u"/applications(appId='%1')/owners"_s.arg(appId), context, std::move(callback));
}

void OwnershipClient::servicePrincipal(const QString &idOrAppId, bool byAppId, QObject *context,
                                       ObjectCallback callback)
{
    if (!m_client) {
        callback(ApiError::make(ApiError::Kind::Cancelled, QString()));
        return;
    }
    const QString key = byAppId ? u"(appId='%1')"_s.arg(idOrAppId) : u'/' + idOrAppId;
    const QUrl url(graphRoot() + u"/servicePrincipals"_s + key
                   + u"?$select=id,appId,displayName,servicePrincipalType,alternativeNames"_s);
    m_client->send(ie::net::HttpRequest::get(url), context,
                   [callback](const Result<ie::net::HttpResponse> &r) {
                       if (!r)
                           callback(explained(r.error()));
                       else
                           callback(OwnershipObject::fromJson(r->json.object()));
                   });
}

} // namespace ie::graph
