#include "graph/permissionreport.h"

#include "graph/delegatedgrantclient.h"
#include "graph/directoryroleclient.h"

#include "arm/roleassignmentclient.h"
#include "core/jsonstream.h"
#include "core/tablecell.h"
#include "graph/approleclient.h"
#include "graph/graphaccess.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <memory>
#include <tuple>

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

namespace {
constexpr int ResourcesInFlight = 6; // appRoleAssignedTo reads at once: bounded, not a flood
const auto AppRolesPart = "appRoles"_L1;
const auto AzureRolesPart = "azureRoles"_L1;
const auto DirectoryRolesPart = "directoryRoles"_L1;
const auto DelegatedGrantsPart = "delegatedGrants"_L1;
const auto OwnershipPart = "ownership"_L1;
} // namespace

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
            const QJsonArray appRoles = o.value("appRoles"_L1).toArray();
            if (!appRoles.isEmpty()) {
                Resource r{id,
                           o.value("appId"_L1).toString(),
                           o.value("displayName"_L1).toString(),
                           {}};
                for (const QJsonValue &role : appRoles)
                    r.roles.insert(role.toObject().value("id"_L1).toString().toLower(),
                                   role.toObject().value("value"_L1).toString());
                m_resources.append(std::move(r));
            }
            QString kind = o.value("servicePrincipalType"_L1).toString();
            // Agent ID's derived service principals carry their @odata.type (docs/agents.md):
            // named "AgentIdentity" and "AgentIdentityBlueprintPrincipal" in the report.
            const QString odataType = o.value("@odata.type"_L1).toString();
            if (odataType == "#microsoft.graph.agentIdentity"_L1)
                kind = u"AgentIdentity"_s;
            else if (odataType == "#microsoft.graph.agentIdentityBlueprintPrincipal"_L1)
                kind = u"AgentIdentityBlueprintPrincipal"_s;
            if (m_managedOnly && kind != "ManagedIdentity"_L1)
                continue;
            const QString key = id.toLower();
            if (m_entryOf.contains(key))
                continue; // a page repeated by the service must not duplicate identities
            m_entryOf.insert(key, m_entries.size());
            m_entries.append({id,
                              o.value("appId"_L1).toString(),
                              o.value("displayName"_L1).toString(),
                              kind,
                              {},
                              {},
                              {}});
        }
        Q_EMIT progress(Tr::tr("Service principals: %n read", nullptr, int(m_entries.size())));
    });
    connect(job, &ie::net::PageJob::finished, this, [this, job] {
        if (!job->result()) {
            ApiError e = job->result().error();
            if (e.kind == ApiError::Kind::Forbidden)
                e.message = explainGraphDenied(e, GraphOperation::ReadServicePrincipals);
            finish(e);
            return;
        }
        loadPermissions();
    });
}

void PermissionReportJob::noteFailure(const QString &cause, const QString &what,
                                      const ApiError &error)
{
    m_partial = true;
    // One cause: the same part failing the same way (kind, status, code); the message of the
    // first is shown (messages may differ in details such as a byte count).
    ApiError shown = error;
    shown.requestId.clear();
    shown.clientRequestId.clear();
    for (Failure &f : m_failures) {
        if (f.cause == cause && f.error.kind == error.kind && f.error.httpStatus == error.httpStatus
            && f.error.code == error.code) {
            f.what.append(what);
            return;
        }
    }
    m_failures.append({cause, {what}, shown});
}

void PermissionReportJob::loadPermissions()
{
    // Three parts run side by side: the app roles (a read per resource API, a few at a time),
    // the Azure role assignments (per subscription and management group) and the directory roles
    // (one read for the tenant), and the delegated grants (one read for the tenant).
    m_pending = 5;
    if (m_resources.isEmpty())
        doneOne();
    for (int i = 0; i < ResourcesInFlight; ++i)
        startNextResource();
    loadArm();
    loadDirectoryRoles();
    loadDelegatedGrants();
    loadOwnership();
}

void PermissionReportJob::startNextResource()
{
    if (m_nextResource >= m_resources.size())
        return;
    const qsizetype at = m_nextResource++;
    ++m_resourcesInFlight;
    m_roles->listAssignedTo(
            m_resources[at].id, this, [this, at](const Result<QList<AppRoleAssignment>> &r) {
                const Resource &res = m_resources[at];
                if (!r) {
                    m_appRolesIncomplete = true;
                    noteFailure(Tr::tr("App role assignments could not be read"), res.displayName,
                                r.error());
                } else {
                    for (const AppRoleAssignment &a : *r) {
                        const auto e = m_entryOf.constFind(a.principalId.toLower());
                        if (e == m_entryOf.cend())
                            continue; // a principal outside the report (--managed)
                        m_entries[*e].appRoles.append(
                                {res.appId,
                                 a.resourceDisplayName.isEmpty() ? res.displayName
                                                                 : a.resourceDisplayName,
                                 a.appRoleId, res.roles.value(a.appRoleId), a.id});
                    }
                }
                --m_resourcesInFlight;
                ++m_resourcesDone;
                Q_EMIT progress(Tr::tr("App roles: %1 of %n resource APIs read", nullptr,
                                       int(m_resources.size()))
                                        .arg(m_resourcesDone));
                if (m_resourcesDone == m_resources.size())
                    doneOne();
                else
                    startNextResource();
            });
}

void PermissionReportJob::loadArm()
{
    // The subscriptions and the management groups: the assignments at each (a group's own, not
    // repeated in the subscriptions' unfiltered lists).
    m_rbac->listScopes({}, this, [this](const Result<QList<ie::arm::ScopeNode>> &subs) {
        if (!subs) {
            m_azureIncomplete = true;
            noteFailure(Tr::tr("Azure role assignments could not be read, the subscriptions "
                               "could not be listed"),
                        {}, subs.error());
            doneOne();
            return;
        }
        for (const ie::arm::ScopeNode &sub : *subs) {
            m_pending += 2;
            m_rbac->listRoleDefinitions(
                    sub.id, this, [this, sub](const Result<QList<ie::arm::RoleDefinition>> &defs) {
                        if (defs) {
                            for (const auto &d : *defs)
                                m_roleNames.insert(d.name, d.roleName);
                        } else {
                            m_roleNamesIncomplete = true;
                            noteFailure(Tr::tr("Role definitions could not be read, so role "
                                               "names may be unknown"),
                                        sub.name, defs.error());
                        }
                        doneOne();
                    });
            m_rbac->listAllAssignments(
                    sub.id, this, [this, sub](const Result<QList<ie::arm::RoleAssignment>> &r) {
                        if (!r) {
                            m_azureIncomplete = true;
                            noteFailure(Tr::tr("Azure role assignments could not be read"),
                                        sub.name, r.error());
                        } else {
                            for (const auto &a : *r) {
                                const auto e = m_entryOf.constFind(a.principalId.toLower());
                                if (e != m_entryOf.cend())
                                    m_entries[*e].azureRoles.append(
                                            {a.roleDefinitionName, {}, a.scope, a.id});
                            }
                        }
                        doneOne();
                    });
        }
        doneOne();
    });
}

void PermissionReportJob::loadDirectoryRoles()
{
    // https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments
    QUrl url(m_client->cloud().graphUrl.toString()
             + u"/v1.0/roleManagement/directory/roleAssignments"_s);
    url.setQuery(u"$expand=roleDefinition"_s);
    ie::net::PageJob *job = m_client->getPages(ie::net::HttpRequest::get(url));
    connect(job, &ie::net::PageJob::pageArrived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            const DirectoryRoleAssignment a = DirectoryRoleClient::assignmentFromJson(v.toObject());
            const auto e = m_entryOf.constFind(a.principalId.toLower());
            if (e == m_entryOf.constEnd())
                continue; // a user's, or an identity the report leaves out
            m_entries[*e].directoryRoles.append({a.roleDefinitionId, a.definition.displayName,
                                                 a.directoryScopeId, a.id});
        }
    });
    connect(job, &ie::net::PageJob::finished, this, [this, job] {
        if (!job->result()) {
            ApiError e = job->result().error();
            if (e.httpStatus == 403)
                e.message = explainGraphDenied(e, GraphOperation::ReadDirectoryRoles);
            noteFailure(Tr::tr("Directory role assignments could not be read"), {}, e);
            m_directoryIncomplete = true;
        }
        doneOne();
    });
}

void PermissionReportJob::loadDelegatedGrants()
{
    // https://learn.microsoft.com/graph/api/oauth2permissiongrant-list
    const QUrl url(m_client->cloud().graphUrl.toString() + u"/v1.0/oauth2PermissionGrants"_s);
    ie::net::PageJob *job = m_client->getPages(ie::net::HttpRequest::get(url));
    connect(job, &ie::net::PageJob::pageArrived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            const DelegatedPermissionGrant g = DelegatedPermissionGrant::fromJson(v.toObject());
            const auto e = m_entryOf.constFind(g.clientId.toLower());
            if (e == m_entryOf.constEnd())
                continue; // a client the report leaves out
            m_entries[*e].delegatedGrants.append({g.id, g.resourceId, {}, g.consentType,
                                                  g.principalId, g.scopes.join(u' ')});
        }
    });
    connect(job, &ie::net::PageJob::finished, this, [this, job] {
        if (!job->result()) {
            ApiError e = job->result().error();
            if (e.httpStatus == 403)
                e.message = explainGraphDenied(e, GraphOperation::ReadDelegatedGrants);
            noteFailure(Tr::tr("Delegated permission grants could not be read"), {}, e);
            m_delegatedIncomplete = true;
        }
        doneOne();
    });
}

void PermissionReportJob::loadOwnership()
{
    // https://learn.microsoft.com/graph/api/application-list (owners: at most 20 expanded)
    QUrl url(m_client->cloud().graphUrl.toString() + u"/v1.0/applications"_s);
    QUrlQuery q;
    q.addQueryItem(u"$select"_s, u"id,appId,displayName"_s);
    q.addQueryItem(u"$expand"_s, u"owners($select=id)"_s);
    q.addQueryItem(u"$top"_s, u"999"_s);
    url.setQuery(q);
    QHash<QString, qsizetype> byAppId;
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        byAppId.insert(m_entries.at(i).appId.toLower(), i);
    ie::net::PageJob *job = m_client->getPages(ie::net::HttpRequest::get(url));
    connect(job, &ie::net::PageJob::pageArrived, this, [this, byAppId](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            const QJsonObject app = v.toObject();
            const QString appObjectId = app.value("id"_L1).toString();
            const QString appId = app.value("appId"_L1).toString();
            const auto own = byAppId.constFind(appId.toLower());
            for (const QJsonValue &o : app.value("owners"_L1).toArray()) {
                const QString ownerId = o.toObject().value("id"_L1).toString();
                QString type = o.toObject().value("@odata.type"_L1).toString();
                type.remove(u"#microsoft.graph."_s);
                if (own != byAppId.constEnd())
                    m_entries[*own].ownership.append(
                            {u"ownedBy"_s, ownerId, type, {}, {}});
                const auto owner = m_entryOf.constFind(ownerId.toLower());
                if (owner != m_entryOf.constEnd())
                    m_entries[*owner].ownership.append(
                            {u"owns"_s, appObjectId, u"application"_s, appId,
                             app.value("displayName"_L1).toString()});
            }
        }
    });
    connect(job, &ie::net::PageJob::finished, this, [this, job] {
        if (!job->result()) {
            ApiError e = job->result().error();
            if (e.httpStatus == 403)
                e.message = explainGraphDenied(e, GraphOperation::ReadOwnership);
            noteFailure(Tr::tr("Owners of applications could not be read"), {}, e);
            m_ownershipIncomplete = true;
        }
        doneOne();
    });
}

void PermissionReportJob::doneOne()
{
    if (--m_pending > 0)
        return;
    int unnamed = 0;
    // The resources of delegated grants by object id: the identities listed, the resource APIs.
    QHash<QString, QString> names;
    for (const ReportEntry &e : std::as_const(m_entries))
        names.insert(e.objectId.toLower(), e.displayName);
    for (const Resource &r : std::as_const(m_resources))
        names.insert(r.id.toLower(), r.displayName);
    for (ReportEntry &e : m_entries) {
        for (ReportAzureRole &r : e.azureRoles) {
            r.roleName = m_roleNames.value(r.roleDefinitionId);
            if (r.roleName.isEmpty())
                ++unnamed;
        }
        // Deduplicate: a subscription lists assignments below it once each.
        std::sort(e.azureRoles.begin(), e.azureRoles.end(),
                  [](const auto &a, const auto &b) { return a.assignmentId < b.assignmentId; });
        e.azureRoles.erase(std::unique(e.azureRoles.begin(), e.azureRoles.end(),
                                       [](const auto &a, const auto &b) {
                                           return a.assignmentId == b.assignmentId;
                                       }),
                           e.azureRoles.end());
        std::sort(e.appRoles.begin(), e.appRoles.end(),
                  [](const auto &a, const auto &b) { return a.assignmentId < b.assignmentId; });
        if (m_appRolesIncomplete)
            e.unknown.append(AppRolesPart);
        if (m_azureIncomplete)
            e.unknown.append(AzureRolesPart);
        if (m_directoryIncomplete) {
            e.directoryRoles.clear();
            e.unknown.append(DirectoryRolesPart);
        }
        std::sort(e.directoryRoles.begin(), e.directoryRoles.end(),
                  [](const auto &a, const auto &b) { return a.assignmentId < b.assignmentId; });
        if (m_delegatedIncomplete) {
            e.delegatedGrants.clear();
            e.unknown.append(DelegatedGrantsPart);
        }
        for (ReportDelegatedGrant &g : e.delegatedGrants)
            g.resourceName = names.value(g.resourceId.toLower());
        if (m_ownershipIncomplete) {
            e.ownership.clear();
            e.unknown.append(OwnershipPart);
        }
        for (ReportOwnership &o : e.ownership) {
            if (o.displayName.isEmpty())
                o.displayName = names.value(o.objectId.toLower());
        }
        std::sort(e.ownership.begin(), e.ownership.end(), [](const auto &a, const auto &b) {
            return std::tie(a.relation, a.objectId) < std::tie(b.relation, b.objectId);
        });
        std::sort(e.delegatedGrants.begin(), e.delegatedGrants.end(),
                  [](const auto &a, const auto &b) { return a.grantId < b.grantId; });
    }
    for (const Failure &f : std::as_const(m_failures)) {
        QString what = f.what.join(", "_L1);
        if (f.what.size() > 5)
            what = Tr::tr("%1 and %n more", nullptr, int(f.what.size() - 5))
                           .arg(f.what.mid(0, 5).join(", "_L1));
        m_warnings << (what.isEmpty()
                               ? Tr::tr("%1: %2").arg(f.cause, f.error.summary())
                               : Tr::tr("%1 (%2): %3").arg(f.cause, what, f.error.summary()));
    }
    if (unnamed > 0 && !m_roleNamesIncomplete) {
        m_partial = true;
        m_warnings << Tr::tr("%n Azure role assignments name a role definition that was not "
                             "found; their role name is unknown.",
                             nullptr, unnamed);
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

namespace {

void writeField(JsonStreamWriter &w, QLatin1StringView key, const QString &value)
{
    w.key(key);
    w.string(value);
}

// One part of a report row: null when it could not be read (unknown), never an empty list (holds
// nothing); else an array of one object per item, whose members `writeItem` writes.
template <typename T, typename WriteItem>
void writePart(JsonStreamWriter &w, QLatin1StringView key, bool known, const QList<T> &items,
               WriteItem writeItem)
{
    w.key(key);
    if (!known) {
        w.null();
        return;
    }
    w.beginArray();
    for (const T &item : items) {
        w.beginObject();
        writeItem(item);
        w.endObject();
    }
    w.endArray();
}

} // namespace

void PermissionReportJob::writeJson(JsonStreamWriter &w, const QList<ReportEntry> &entries)
{
    // Keys in QJsonObject's (sorted) order: the bytes QJsonDocument would write.
    w.beginArray();
    for (const ReportEntry &e : entries) {
        w.beginObject();
        writeField(w, "appId"_L1, e.appId);
        writePart(w, "appRoles"_L1, e.isKnown(AppRolesPart), e.appRoles,
                  [&w](const ReportAppRole &r) {
                      writeField(w, "appRoleId"_L1, r.appRoleId);
                      writeField(w, "assignmentId"_L1, r.assignmentId);
                      writeField(w, "resourceAppId"_L1, r.resourceAppId);
                      writeField(w, "resourceName"_L1, r.resourceName);
                      writeField(w, "value"_L1, r.value);
                  });
        writePart(w, "azureRoles"_L1, e.isKnown(AzureRolesPart), e.azureRoles,
                  [&w](const ReportAzureRole &r) {
                      writeField(w, "assignmentId"_L1, r.assignmentId);
                      writeField(w, "roleDefinitionId"_L1, r.roleDefinitionId);
                      w.key("roleName"_L1); // null: the role definition could not be read
                      if (r.roleName.isEmpty())
                          w.null();
                      else
                          w.string(r.roleName);
                      writeField(w, "scope"_L1, r.scope);
                  });
        writePart(w, "delegatedGrants"_L1, e.isKnown(DelegatedGrantsPart), e.delegatedGrants,
                  [&w](const ReportDelegatedGrant &g) {
                      writeField(w, "consentType"_L1, g.consentType);
                      writeField(w, "grantId"_L1, g.grantId);
                      w.key("principalId"_L1); // null: consented for all principals
                      if (g.principalId.isEmpty())
                          w.null();
                      else
                          w.string(g.principalId);
                      writeField(w, "resourceId"_L1, g.resourceId);
                      writeField(w, "resourceName"_L1, g.resourceName);
                      writeField(w, "scope"_L1, g.scope);
                  });
        writePart(w, "directoryRoles"_L1, e.isKnown(DirectoryRolesPart), e.directoryRoles,
                  [&w](const ReportDirectoryRole &r) {
                      writeField(w, "assignmentId"_L1, r.assignmentId);
                      writeField(w, "directoryScopeId"_L1, r.directoryScopeId);
                      writeField(w, "roleDefinitionId"_L1, r.roleDefinitionId);
                      writeField(w, "roleName"_L1, r.roleName);
                  });
        writeField(w, "displayName"_L1, e.displayName);
        writeField(w, "kind"_L1, e.kind);
        writeField(w, "objectId"_L1, e.objectId);
        writePart(w, "ownership"_L1, e.isKnown(OwnershipPart), e.ownership,
                  [&w](const ReportOwnership &o) {
                      writeField(w, "appId"_L1, o.appId);
                      writeField(w, "displayName"_L1, o.displayName);
                      writeField(w, "objectId"_L1, o.objectId);
                      writeField(w, "objectType"_L1, o.objectType);
                      writeField(w, "relation"_L1, o.relation);
                  });
        w.key("unknown"_L1);
        w.stringArray(e.unknown);
        w.endObject();
    }
    w.endArray();
}

QJsonArray PermissionReportJob::toJson(const QList<ReportEntry> &entries)
{
    QByteArray bytes;
    {
        JsonStreamWriter w([&bytes](QByteArrayView b) { bytes.append(b); });
        writeJson(w, entries);
    }
    return QJsonDocument::fromJson(bytes).array();
}

namespace {

// A role whose name could not be read is marked as such, never shown as if its id were its name.
QString roleCell(const ReportAzureRole &r)
{
    return r.roleName.isEmpty() ? u"unknown ("_s + r.roleDefinitionId + u')' : r.roleName;
}

QString delegatedResource(const ReportDelegatedGrant &g)
{
    return g.resourceName.isEmpty() ? g.resourceId : g.resourceName;
}

// "all users", or "user <id>" for a grant of one user.
QString consentCell(const ReportDelegatedGrant &g)
{
    return g.consentType == "Principal"_L1 ? u"user "_s + g.principalId : u"all users"_s;
}

} // namespace

QString PermissionReportJob::toText(const QList<ReportEntry> &entries)
{
    QString out;
    for (const ReportEntry &e : entries) {
        const QString head = escapedCell(e.displayName) + u'\t' + escapedCell(e.objectId) + u'\t'
                + escapedCell(e.kind);
        for (const auto &r : e.appRoles)
            out += head + u"\tapp-role\t"_s + escapedCell(r.resourceName) + u'\t'
                    + escapedCell(r.value.isEmpty() ? r.appRoleId : r.value) + u'\n';
        for (const auto &r : e.azureRoles)
            out += head + u"\tazure-role\t"_s
                    + escapedCell(roleCell(r)) + u'\t'
                    + escapedCell(r.scope) + u'\n';
        for (const auto &r : e.directoryRoles)
            out += head + u"\tdirectory-role\t"_s + escapedCell(r.roleName) + u'\t'
                    + escapedCell(r.directoryScopeId) + u'\n';
        for (const auto &g : e.delegatedGrants)
            out += head + u"\tdelegated-grant\t"_s + escapedCell(delegatedResource(g)) + u'\t'
                    + escapedCell(g.scope) + u'\t' + escapedCell(consentCell(g)) + u'\n';
        for (const auto &o : e.ownership)
            out += head + u"\townership\t"_s + o.relation + u'\t'
                    + escapedCell(o.displayName.isEmpty() ? o.objectId : o.displayName) + u'\t'
                    + escapedCell(o.objectType) + u'\n';
        for (const QString &part : e.unknown)
            out += head + u"\tunknown\t"_s + part + u'\n';
        if (e.appRoles.isEmpty() && e.azureRoles.isEmpty() && e.directoryRoles.isEmpty()
            && e.delegatedGrants.isEmpty() && e.ownership.isEmpty() && e.unknown.isEmpty())
            out += head + u"\tnone\n"_s;
    }
    return out;
}

QByteArray PermissionReportJob::toCsv(const QList<ReportEntry> &entries)
{
    QString out
            = u"displayName,objectId,appId,kind,permissionKind,resource,permission,assignmentId\r\n"_s;
    auto row = [&out](const QString &head, const QString &kind, const QString &resource,
                      const QString &permission, const QString &assignment) {
        out += head + u',' + csvCell(kind) + u',' + csvCell(resource) + u',' + csvCell(permission)
                + u',' + csvCell(assignment) + "\r\n"_L1;
    };
    for (const ReportEntry &e : entries) {
        const QString head = csvCell(e.displayName) + u',' + csvCell(e.objectId) + u','
                + csvCell(e.appId) + u',' + csvCell(e.kind);
        for (const auto &r : e.appRoles)
            row(head, u"app-role"_s, r.resourceName, r.value.isEmpty() ? r.appRoleId : r.value,
                r.assignmentId);
        for (const auto &r : e.azureRoles)
            row(head, u"azure-role"_s, r.scope, roleCell(r), r.assignmentId);
        for (const auto &r : e.directoryRoles)
            row(head, u"directory-role"_s, r.directoryScopeId, r.roleName, r.assignmentId);
        for (const auto &g : e.delegatedGrants)
            row(head, u"delegated-grant"_s, delegatedResource(g),
                g.scope + u" ("_s + consentCell(g) + u')', g.grantId);
        for (const auto &o : e.ownership)
            row(head, u"ownership"_s, o.relation,
                o.displayName.isEmpty() ? o.objectId : o.displayName, o.objectId);
        // The same rows as the text: an identity that holds nothing, or whose part is unknown,
        // still has its row.
        for (const QString &part : e.unknown)
            row(head, u"unknown"_s, part, {}, {});
        if (e.appRoles.isEmpty() && e.azureRoles.isEmpty() && e.directoryRoles.isEmpty()
            && e.delegatedGrants.isEmpty() && e.ownership.isEmpty() && e.unknown.isEmpty())
            row(head, u"none"_s, {}, {}, {});
    }
    return out.toUtf8();
}

} // namespace ie::graph
