#include "models/identitydetailsloader.h"

#include "arm/roleassignmentclient.h"
#include "catalog/catalog.h"
#include "graph/approleclient.h"
#include "models/heldapprolemodel.h"
#include "models/roleassignmentmodel.h"
#include "net/httpclient.h"

#include <QSet>

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ie::models {

namespace {
const auto FederatedCredentialsApi = "2023-01-31"_L1;

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

QDateTime when(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
} // namespace

IdentityDetails IdentityDetails::fromGraph(const QJsonObject &sp)
{
    IdentityDetails d;
    d.objectId = sp.value("id"_L1).toString();
    d.appOwnerTenantId = sp.value("appOwnerOrganizationId"_L1).toString();
    d.credentials = credentialsFromGraph(sp);
    for (const QJsonValue &v : sp.value("appRoles"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        ExposedAppRole r;
        r.id = o.value("id"_L1).toString();
        r.value = o.value("value"_L1).toString();
        r.displayName = o.value("displayName"_L1).toString();
        r.description = o.value("description"_L1).toString();
        r.allowedMemberTypes = strings(o.value("allowedMemberTypes"_L1));
        r.enabled = o.value("isEnabled"_L1).toBool(true);
        d.appRoles.append(r);
    }
    return d;
}

QList<IdentityCredential> IdentityDetails::credentialsFromGraph(const QJsonObject &object)
{
    QList<IdentityCredential> out;
    for (const char *field : {"keyCredentials", "passwordCredentials"}) {
        for (const QJsonValue &v : object.value(QLatin1StringView(field)).toArray()) {
            const QJsonObject o = v.toObject();
            IdentityCredential c;
            c.certificate = qstrcmp(field, "keyCredentials") == 0;
            c.displayName = o.value("displayName"_L1).toString();
            c.keyId = o.value("keyId"_L1).toString();
            c.type = o.value("type"_L1).toString();
            c.start = when(o.value("startDateTime"_L1));
            c.end = when(o.value("endDateTime"_L1));
            // Edm.Binary, base64: a certificate's SHA-1 thumbprint as the portal shows it.
            const QByteArray id = QByteArray::fromBase64(
                    o.value("customKeyIdentifier"_L1).toString().toLatin1());
            if (c.certificate && !id.isEmpty())
                c.thumbprint = QString::fromLatin1(id.toHex().toUpper());
            out.append(c);
        }
    }
    return out;
}

QList<FederatedIdentityCredential> IdentityDetails::federatedFromArm(const QJsonArray &value)
{
    QList<FederatedIdentityCredential> out;
    for (const QJsonValue &v : value) {
        const QJsonObject o = v.toObject();
        const QJsonObject p = o.value("properties"_L1).toObject();
        out.append({o.value("name"_L1).toString(), p.value("issuer"_L1).toString(),
                    p.value("subject"_L1).toString(), strings(p.value("audiences"_L1))});
    }
    return out;
}

IdentityDetailsLoader::IdentityDetailsLoader(ie::net::HttpClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_roleClient(new ie::graph::AppRoleClient(client, this)),
      m_rbacClient(new ie::arm::RoleAssignmentClient(client, this)),
      m_held(new HeldAppRoleModel(nullptr, this)),
      m_assignments(new RoleAssignmentModel(nullptr, this))
{ }

void IdentityDetailsLoader::setCatalog(ie::catalog::Catalog *catalog)
{
    if (catalog == m_catalog)
        return;
    m_catalog = catalog;
    // The models name through the catalog they are made with.
    delete m_held;
    delete m_assignments;
    m_held = new HeldAppRoleModel(catalog, this);
    m_assignments = new RoleAssignmentModel(catalog, this);
    m_details.heldDone = m_details.rbacDone = false;
    Q_EMIT changed();
}

IdentityDetailsLoader::~IdentityDetailsLoader()
{
    clear();
}

void IdentityDetailsLoader::clear()
{
    if (m_graph) {
        m_graph->disconnect(this);
        m_graph->cancel();
    }
    if (m_arm) {
        m_arm->disconnect(this);
        m_arm->cancel();
    }
    if (m_application) {
        m_application->disconnect(this);
        m_application->cancel();
    }
    m_application = nullptr;
    m_graph = nullptr;
    m_arm = nullptr;
    m_details = IdentityDetails();
    ++m_generation;
    m_held->clear();
    m_assignments->clear();
}

void IdentityDetailsLoader::load(const Identity &identity)
{
    clear();
    m_identity = identity;
    m_details.objectId = identity.objectId;
    if (!m_client || identity.objectId.isEmpty()) {
        m_details.graphDone = m_details.armDone = true;
        m_details.heldDone = m_details.rbacDone = true;
        m_details.applicationDone = true;
        Q_EMIT changed();
        return;
    }
    loadHeld(identity.objectId);
    loadRbac(identity);
    loadApplication(identity);
    QUrl url(m_client->cloud().graphUrl.toString() + u"/v1.0/servicePrincipals/"_s
             + identity.objectId);
    QUrlQuery q;
    q.addQueryItem(u"$select"_s,
                   u"id,appOwnerOrganizationId,keyCredentials,passwordCredentials,appRoles"_s);
    url.setQuery(q);
    m_graph = m_client->send(
            ie::net::HttpRequest::get(url), this, [this](const Result<ie::net::HttpResponse> &r) {
                m_graph = nullptr;
                if (r.ok()) {
                    IdentityDetails d = IdentityDetails::fromGraph(r->json.object());
                    m_details.appOwnerTenantId = d.appOwnerTenantId;
                    m_details.credentials = d.credentials;
                    m_details.appRoles = d.appRoles;
                } else {
                    m_details.graphError = r.error().userMessage();
                }
                m_details.graphDone = true;
                Q_EMIT changed();
            });

    const bool userAssigned = identity.kind == Identity::Kind::UserAssigned
            && !identity.resourceId.isEmpty() && !m_client->cloud().armUrl.isEmpty();
    if (!userAssigned) {
        m_details.armDone = true;
        return;
    }
    QUrl fic(m_client->cloud().armUrl.toString() + identity.resourceId
             + u"/federatedIdentityCredentials"_s);
    QUrlQuery fq;
    fq.addQueryItem(u"api-version"_s, FederatedCredentialsApi);
    fic.setQuery(fq);
    m_arm = m_client->getPages(ie::net::HttpRequest::get(fic));
    connect(m_arm, &ie::net::PageJob::pageArrived, this, [this](const QJsonArray &items) {
        m_details.federated += IdentityDetails::federatedFromArm(items);
    });
    connect(m_arm, &ie::net::PageJob::finished, this, [this, job = m_arm.data()] {
        m_arm = nullptr;
        if (!job->result().ok())
            m_details.armError = job->result().error().userMessage();
        m_details.armDone = true;
        Q_EMIT changed();
    });
}

void IdentityDetailsLoader::loadApplication(const Identity &identity)
{
    // Only an application registered in this tenant has its registration here to read.
    m_details.hasApplication = identity.kind == Identity::Kind::Application && !identity.appId.isEmpty();
    if (!m_details.hasApplication) {
        m_details.applicationDone = true;
        return;
    }
    // https://learn.microsoft.com/graph/api/application-get?view=graph-rest-1.0 (by appId)
    QUrl url(m_client->cloud().graphUrl.toString() + u"/v1.0/applications(appId='"_s
             + QString::fromLatin1(QUrl::toPercentEncoding(identity.appId)) + u"')"_s);
    QUrlQuery q;
    q.addQueryItem(u"$select"_s, u"id,keyCredentials,passwordCredentials"_s);
    url.setQuery(q);
    m_application = m_client->send(
            ie::net::HttpRequest::get(url), this, [this](const Result<ie::net::HttpResponse> &r) {
                m_application = nullptr;
                if (r.ok())
                    m_details.applicationCredentials =
                            IdentityDetails::credentialsFromGraph(r->json.object());
                else
                    m_details.applicationError = r.error().userMessage();
                m_details.applicationDone = true;
                Q_EMIT changed();
            });
}

void IdentityDetailsLoader::followChange(const ie::models::HeldChange &change)
{
    if (!m_client || m_details.objectId.isEmpty()
        || change.principalId.compare(m_details.objectId, Qt::CaseInsensitive) != 0)
        return;
    const bool all = change.isEmpty();
    if (all || change.touchesAppRoles()) {
        m_held->expect(change.appRolesAdded, change.appRolesRemoved);
        m_heldAttempt = 0;
        m_details.heldDone = false;
        m_details.heldError.clear();
        loadHeld(m_details.objectId);
    }
    if ((all || change.touchesRoles()) && !m_client->cloud().armUrl.isEmpty()) {
        m_assignments->expect(change.rolesAdded, change.rolesRemoved);
        m_rbacAttempt = 0;
        m_details.rbacDone = false;
        loadRbac(m_identity);
    }
    Q_EMIT changed();
}

void IdentityDetailsLoader::retryWhileLagging(bool appRoles)
{
    int &attempt = appRoles ? m_heldAttempt : m_rbacAttempt;
    const ie::graph::AppRoleClient::Delays delays = m_roleClient->replicationDelays();
    if (attempt >= delays.size())
        return; // the pane goes on saying the list lags
    const quint64 generation = m_generation;
    QTimer::singleShot(delays.at(attempt++), this, [this, generation, appRoles] {
        if (generation != m_generation)
            return;
        if (appRoles)
            loadHeld(m_details.objectId);
        else
            loadRbac(m_identity);
    });
}

void IdentityDetailsLoader::loadHeld(const QString &objectId)
{
    const quint64 generation = m_generation;
    const quint64 read = ++m_heldRead;
    m_roleClient->listAssignments(
            objectId, this,
            [this, generation, read](const Result<QList<ie::graph::AppRoleAssignment>> &r) {
                if (generation != m_generation || read != m_heldRead)
                    return;
                if (!r) {
                    m_details.heldError = r.error().userMessage();
                    m_details.heldDone = true;
                    Q_EMIT changed();
                    return;
                }
                resolveHeld(*r);
            });
}

// Each resource API the roles are on, read once (its own app roles name them; its appId lets
// the catalog name them when it does not).
void IdentityDetailsLoader::resolveHeld(const QList<ie::graph::AppRoleAssignment> &assignments)
{
    QSet<QString> missing;
    for (const ie::graph::AppRoleAssignment &a : assignments) {
        if (!a.resourceId.isEmpty() && !m_resources.contains(a.resourceId))
            missing.insert(a.resourceId);
    }
    const quint64 generation = m_generation;
    auto finish = [this, assignments] {
        m_held->setAssignments(assignments, m_resources);
        m_details.heldDone = true;
        Q_EMIT changed();
        if (m_held->lags())
            retryWhileLagging(true);
    };
    if (missing.isEmpty() || !m_client) {
        finish();
        return;
    }
    auto pending = std::make_shared<int>(int(missing.size()));
    for (const QString &id : std::as_const(missing)) {
        QUrl url(m_client->cloud().graphUrl.toString() + u"/v1.0/servicePrincipals/"_s + id);
        QUrlQuery q;
        q.addQueryItem(u"$select"_s, u"id,appId,displayName,appRoles,oauth2PermissionScopes"_s);
        url.setQuery(q);
        m_client->send(ie::net::HttpRequest::get(url), this,
                       [this, generation, pending, finish](const Result<ie::net::HttpResponse> &r) {
                           if (r.ok()) {
                               const ie::graph::ResourceApi api
                                       = ie::graph::AppRoleClient::resourceFromJson(
                                               r->json.object());
                               if (!api.id.isEmpty())
                                   m_resources.insert(api.id, api);
                           } // else the role shows by its id (and the resource by its name)
                           if (--*pending == 0 && generation == m_generation)
                               finish();
                       });
    }
}

void IdentityDetailsLoader::loadRbac(const Identity &identity)
{
    if (m_client->cloud().armUrl.isEmpty()) {
        m_details.rbacDone = true;
        return;
    }
    const quint64 generation = m_generation;
    const quint64 read = ++m_rbacRead;
    // Inherited: made above the identity's own resource (its subscription, resource group).
    const QString viewed = identity.resourceId;
    m_rbacClient->listAssignments(
            identity.objectId, this,
            [this, generation, read, viewed](const Result<ie::arm::AssignmentList> &r) {
                if (generation != m_generation || read != m_rbacRead)
                    return;
                m_details.rbacDone = true;
                m_details.rbacError.clear();
                m_details.rbacWarnings.clear();
                if (!r) {
                    m_details.rbacError = r.error().kind == ApiError::Kind::Forbidden
                            ? tr("ARM refused to list the subscriptions (403): you need a role "
                                 "such as Reader on a subscription to see role assignments there.")
                            : r.error().userMessage();
                    Q_EMIT changed();
                    return;
                }
                m_assignments->setAssignments(r->items);
                m_assignments->setViewedScope(viewed);
                for (const QString &sub : r->forbidden)
                    m_details.rbacWarnings
                            << tr("Subscription %1: not allowed to read its role assignments "
                                  "(403). That needs Microsoft.Authorization/roleAssignments/read "
                                  "there, which the Reader role carries.")
                                       .arg(sub);
                for (const QString &w : r->warnings) { // the other failures, as they are
                    bool forbidden = false;
                    for (const QString &sub : r->forbidden)
                        forbidden = forbidden || w.contains(sub);
                    if (!forbidden)
                        m_details.rbacWarnings << w;
                }
                Q_EMIT changed();
                if (m_assignments->lags())
                    retryWhileLagging(false);
            });
}

} // namespace ie::models
