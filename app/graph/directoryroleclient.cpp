#include "graph/directoryroleclient.h"

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

DirectoryRoleDefinition definitionFromJson(const QJsonObject &o)
{
    DirectoryRoleDefinition d;
    d.id = o.value("id"_L1).toString();
    d.templateId = o.value("templateId"_L1).toString(d.id);
    d.displayName = o.value("displayName"_L1).toString();
    d.description = o.value("description"_L1).toString();
    d.isBuiltIn = o.value("isBuiltIn"_L1).toBool(true);
    return d;
}

QString filterFor(const QString &principalId)
{
    // Object ids are GUIDs; a quote would end the literal (OData doubles it).
    QString id = principalId;
    id.replace(u'\'', u"''"_s);
    return u"principalId eq '%1'"_s.arg(id);
}

} // namespace

DirectoryRoleClient::DirectoryRoleClient(ie::net::HttpClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

DirectoryRoleClient::~DirectoryRoleClient() = default;

QUrl DirectoryRoleClient::assignmentsUrl() const
{
    const QString graph
            = m_client ? m_client->cloud().graphUrl.toString() : u"https://graph.microsoft.com"_s;
    return QUrl(graph + u"/v1.0/roleManagement/directory/roleAssignments"_s);
}

QJsonObject DirectoryRoleClient::createBody(const QString &principalId,
                                            const QString &roleDefinitionId,
                                            const QString &directoryScopeId)
{
    return {{"@odata.type"_L1, "#microsoft.graph.unifiedRoleAssignment"_L1},
            {"principalId"_L1, principalId},
            {"roleDefinitionId"_L1, roleDefinitionId},
            {"directoryScopeId"_L1, directoryScopeId.isEmpty() ? u"/"_s : directoryScopeId}};
}

bool DirectoryRoleClient::isAlreadyAssigned(const ApiError &error)
{
    return error.httpStatus == 400
            && error.message.contains("conflicting object"_L1, Qt::CaseInsensitive);
}

bool DirectoryRoleClient::isNoPimLicence(const ApiError &error)
{
    return error.code == "AadPremiumLicenseRequired"_L1;
}

DirectoryRoleAssignment DirectoryRoleClient::assignmentFromJson(const QJsonObject &o)
{
    DirectoryRoleAssignment a;
    a.id = o.value("id"_L1).toString();
    a.principalId = o.value("principalId"_L1).toString();
    a.roleDefinitionId = o.value("roleDefinitionId"_L1).toString();
    a.directoryScopeId = o.value("directoryScopeId"_L1).toString(u"/"_s);
    if (o.value("roleDefinition"_L1).isObject())
        a.definition = definitionFromJson(o.value("roleDefinition"_L1).toObject());
    return a;
}

void DirectoryRoleClient::listPages(const QUrl &url, bool eligible, QObject *context,
                                    AssignmentsCallback callback)
{
    if (!m_client) {
        callback(ApiError::make(ApiError::Kind::Cancelled, QString()));
        return;
    }
    auto all = std::make_shared<QList<DirectoryRoleAssignment>>();
    ie::net::PageJob *job = m_client->getPages(ie::net::HttpRequest::get(url));
    connect(job, &ie::net::PageJob::pageArrived, context, [all, eligible](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            DirectoryRoleAssignment a = assignmentFromJson(v.toObject());
            a.eligible = eligible;
            all->append(a);
        }
    });
    connect(job, &ie::net::PageJob::finished, context, [job, all, callback] {
        if (!job->result())
            callback(explained(job->result().error(), GraphOperation::ReadDirectoryRoles));
        else
            callback(*all);
    });
}

void DirectoryRoleClient::listAssignments(const QString &principalId, QObject *context,
                                          AssignmentsCallback callback)
{
    QUrl url = assignmentsUrl();
    QUrlQuery q;
    q.addQueryItem(u"$filter"_s, filterFor(principalId));
    q.addQueryItem(u"$expand"_s, u"roleDefinition"_s);
    url.setQuery(q);
    listPages(url, false, context, std::move(callback));
}

void DirectoryRoleClient::listEligible(const QString &principalId, QObject *context,
                                       AssignmentsCallback callback)
{
    QUrl url(assignmentsUrl().toString().replace(u"/roleAssignments"_s,
                                                 u"/roleEligibilitySchedules"_s));
    QUrlQuery q;
    q.addQueryItem(u"$filter"_s, filterFor(principalId));
    q.addQueryItem(u"$expand"_s, u"roleDefinition"_s);
    url.setQuery(q);
    listPages(url, true, context, std::move(callback));
}

void DirectoryRoleClient::listDefinitions(
        QObject *context,
        std::function<void(const Result<QList<DirectoryRoleDefinition>> &)> callback)
{
    if (!m_client) {
        callback(ApiError::make(ApiError::Kind::Cancelled, QString()));
        return;
    }
    const QUrl url(
            assignmentsUrl().toString().replace(u"/roleAssignments"_s, u"/roleDefinitions"_s));
    auto all = std::make_shared<QList<DirectoryRoleDefinition>>();
    ie::net::PageJob *job = m_client->getPages(ie::net::HttpRequest::get(url));
    connect(job, &ie::net::PageJob::pageArrived, context, [all](const QJsonArray &items) {
        for (const QJsonValue &v : items)
            all->append(definitionFromJson(v.toObject()));
    });
    connect(job, &ie::net::PageJob::finished, context, [job, all, callback] {
        if (!job->result())
            callback(explained(job->result().error(), GraphOperation::ReadDirectoryRoles));
        else
            callback(*all);
    });
}

void DirectoryRoleClient::create(
        const QString &principalId, const QString &roleDefinitionId,
        const QString &directoryScopeId, QObject *context,
        std::function<void(const Result<QPair<DirectoryRoleAssignment, QString>> &)> callback)
{
    if (!m_client) {
        callback(ApiError::make(ApiError::Kind::Cancelled, QString()));
        return;
    }
    const ie::net::HttpRequest req = ie::net::HttpRequest::json(
            "POST", assignmentsUrl(),
            QJsonDocument(createBody(principalId, roleDefinitionId, directoryScopeId)));
    m_client->send(req, context, [callback](const Result<ie::net::HttpResponse> &r) {
        if (!r) {
            callback(explained(r.error(), GraphOperation::WriteDirectoryRoles));
            return;
        }
        callback(QPair<DirectoryRoleAssignment, QString>(assignmentFromJson(r->json.object()),
                                                         r->requestId));
    });
}

void DirectoryRoleClient::remove(const QString &assignmentId, QObject *context,
                                 std::function<void(const Result<QString> &)> callback)
{
    if (!m_client) {
        callback(ApiError::make(ApiError::Kind::Cancelled, QString()));
        return;
    }
    ie::net::HttpRequest req;
    req.method = "DELETE";
    req.url = QUrl(assignmentsUrl().toString() + u'/' + assignmentId);
    m_client->send(req, context, [callback](const Result<ie::net::HttpResponse> &r) {
        if (r)
            callback(r->requestId);
        else
            callback(explained(r.error(), GraphOperation::WriteDirectoryRoles));
    });
}

} // namespace ie::graph
