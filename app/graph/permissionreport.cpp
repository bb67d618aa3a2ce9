#include "graph/permissionreport.h"

#include "arm/roleassignmentclient.h"
#include "graph/approleclient.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace ie::graph {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::graph::PermissionReportJob)
};
} // namespace

PermissionReportJob::PermissionReportJob(ie::net::HttpClient *client, bool managedOnly,
                                         QObject *parent)
    : QObject(parent), m_client(client), m_roles(new AppRoleClient(client, this)),
      m_rbac(new ie::arm::RoleAssignmentClient(client, this)), m_managedOnly(managedOnly),
      m_result(ApiError::make(ApiError::Kind::Cancelled, Tr::tr("The report did not finish.")))
{ }

PermissionReportJob::~PermissionReportJob() = default;

void PermissionReportJob::start()
{
    if (!m_client) {
        finish(ApiError::make(ApiError::Kind::Cancelled, Tr::tr("The connection is gone.")));
        return;
    }
    QUrl url(m_client->cloud().graphUrl.toString() + u"/v1.0/servicePrincipals"_s);
    QUrlQuery q;
    q.addQueryItem(u"$select"_s, u"id,appId,displayName,servicePrincipalType,appRoles"_s);
    q.addQueryItem(u"$top"_s, u"999"_s);
    url.setQuery(q);
    ie::net::PageJob *job = m_client->getPages(ie::net::HttpRequest::get(url));
    connect(job, &ie::net::PageJob::pageArrived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QString id = o.value("id"_L1).toString();
            QHash<QString, QString> roles;
            for (const QJsonValue &r : o.value("appRoles"_L1).toArray())
                roles.insert(r.toObject().value("id"_L1).toString().toLower(),
                             r.toObject().value("value"_L1).toString());
            if (!roles.isEmpty())
                m_resources.insert(id, {o.value("appId"_L1).toString(), roles});
            m_resourceNames.insert(id, o.value("displayName"_L1).toString());
            const QString kind = o.value("servicePrincipalType"_L1).toString();
            if (m_managedOnly && kind != "ManagedIdentity"_L1)
                continue;
            m_entries.append({id,
                              o.value("appId"_L1).toString(),
                              o.value("displayName"_L1).toString(),
                              kind,
                              {},
                              {}});
        }
    });
    connect(job, &ie::net::PageJob::finished, this, [this, job] {
        if (!job->result()) {
            finish(job->result().error());
            return;
        }
        loadPermissions();
    });
}

void PermissionReportJob::loadPermissions()
{
    m_pending = 1; // the ARM part
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        ++m_pending;
        const QString id = m_entries[i].objectId;
        m_roles->listAssignments(id, this, [this, i](const Result<QList<AppRoleAssignment>> &r) {
            if (!r) {
                m_warnings << Tr::tr("App roles of %1: %2")
                                      .arg(m_entries[i].displayName, r.error().summary());
            } else {
                for (const AppRoleAssignment &a : *r) {
                    const auto res = m_resources.value(a.resourceId);
                    m_entries[i].appRoles.append({res.first, a.resourceDisplayName, a.appRoleId,
                                                  res.second.value(a.appRoleId), a.id});
                }
            }
            doneOne();
        });
    }
    // The subscriptions and the management groups: the assignments at each (a group's own, not
    // repeated in the subscriptions' unfiltered lists).
    m_rbac->listScopes({}, this, [this](const Result<QList<ie::arm::ScopeNode>> &subs) {
        if (!subs) {
            m_warnings << Tr::tr("Azure role assignments skipped, the subscriptions could not be "
                                 "listed: %1")
                                  .arg(subs.error().summary());
            doneOne();
            return;
        }
        for (const ie::arm::ScopeNode &sub : *subs) {
            m_pending += 2;
            m_rbac->listRoleDefinitions(sub.id, this,
                                        [this](const Result<QList<ie::arm::RoleDefinition>> &defs) {
                                            if (defs) {
                                                for (const auto &d : *defs)
                                                    m_roleNames.insert(d.name, d.roleName);
                                            }
                                            doneOne();
                                        });
            m_rbac->listAllAssignments(
                    sub.id, this, [this, sub](const Result<QList<ie::arm::RoleAssignment>> &r) {
                        if (!r) {
                            m_warnings << Tr::tr("Subscription %1 skipped, its role assignments "
                                                 "could not be read: %2")
                                                  .arg(sub.name, r.error().summary());
                        } else {
                            for (const auto &a : *r) {
                                for (ReportEntry &e : m_entries) {
                                    if (e.objectId.compare(a.principalId, Qt::CaseInsensitive) == 0)
                                        e.azureRoles.append(
                                                {a.roleDefinitionName, {}, a.scope, a.id});
                                }
                            }
                        }
                        doneOne();
                    });
        }
        doneOne();
    });
}

void PermissionReportJob::doneOne()
{
    if (--m_pending > 0)
        return;
    for (ReportEntry &e : m_entries) {
        for (ReportAzureRole &r : e.azureRoles) {
            r.roleName = m_roleNames.value(r.roleDefinitionId);
            // Deduplicate: a subscription lists assignments below it once each.
        }
        std::sort(e.azureRoles.begin(), e.azureRoles.end(),
                  [](const auto &a, const auto &b) { return a.assignmentId < b.assignmentId; });
        e.azureRoles.erase(std::unique(e.azureRoles.begin(), e.azureRoles.end(),
                                       [](const auto &a, const auto &b) {
                                           return a.assignmentId == b.assignmentId;
                                       }),
                           e.azureRoles.end());
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const ReportEntry &a, const ReportEntry &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    finish(m_entries);
}

void PermissionReportJob::finish(Result<QList<ReportEntry>> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
}

QJsonArray PermissionReportJob::toJson(const QList<ReportEntry> &entries)
{
    QJsonArray out;
    for (const ReportEntry &e : entries) {
        QJsonArray app, azure;
        for (const auto &r : e.appRoles)
            app.append(QJsonObject{{"resourceAppId"_L1, r.resourceAppId},
                                   {"resourceName"_L1, r.resourceName},
                                   {"appRoleId"_L1, r.appRoleId},
                                   {"value"_L1, r.value},
                                   {"assignmentId"_L1, r.assignmentId}});
        for (const auto &r : e.azureRoles)
            azure.append(QJsonObject{{"roleDefinitionId"_L1, r.roleDefinitionId},
                                     {"roleName"_L1, r.roleName},
                                     {"scope"_L1, r.scope},
                                     {"assignmentId"_L1, r.assignmentId}});
        out.append(QJsonObject{{"objectId"_L1, e.objectId},
                               {"appId"_L1, e.appId},
                               {"displayName"_L1, e.displayName},
                               {"kind"_L1, e.kind},
                               {"appRoles"_L1, app},
                               {"azureRoles"_L1, azure}});
    }
    return out;
}

QString PermissionReportJob::toText(const QList<ReportEntry> &entries)
{
    QString out;
    for (const ReportEntry &e : entries) {
        const QString head = e.displayName + u'\t' + e.objectId + u'\t' + e.kind;
        for (const auto &r : e.appRoles)
            out += head + u"\tapp-role\t"_s + r.resourceName + u'\t'
                    + (r.value.isEmpty() ? r.appRoleId : r.value) + u'\n';
        for (const auto &r : e.azureRoles)
            out += head + u"\tazure-role\t"_s
                    + (r.roleName.isEmpty() ? r.roleDefinitionId : r.roleName) + u'\t' + r.scope
                    + u'\n';
        if (e.appRoles.isEmpty() && e.azureRoles.isEmpty())
            out += head + u"\tnone\n"_s;
    }
    return out;
}

QByteArray PermissionReportJob::toCsv(const QList<ReportEntry> &entries)
{
    auto field = [](QString s) {
        if (!s.isEmpty() && QStringView(u"=+-@").contains(s.front()))
            s.prepend(u'\'');
        return u'"' + s.replace(u'"', "\"\""_L1) + u'"';
    };
    QString out
            = u"displayName,objectId,appId,kind,permissionKind,resource,permission,assignmentId\r\n"_s;
    for (const ReportEntry &e : entries) {
        const QString head = QStringList{field(e.displayName), field(e.objectId), field(e.appId),
                                         field(e.kind)}
                                     .join(u',');
        for (const auto &r : e.appRoles)
            out += head + u','
                    + QStringList{field(u"app-role"_s), field(r.resourceName), field(r.value),
                                  field(r.assignmentId)}
                              .join(u',')
                    + "\r\n"_L1;
        for (const auto &r : e.azureRoles)
            out += head + u','
                    + QStringList{field(u"azure-role"_s), field(r.scope), field(r.roleName),
                                  field(r.assignmentId)}
                              .join(u',')
                    + "\r\n"_L1;
    }
    return out.toUtf8();
}

} // namespace ie::graph
