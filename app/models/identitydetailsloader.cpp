#include "models/identitydetailsloader.h"

#include "net/httpclient.h"

#include <QJsonArray>
#include <QJsonObject>
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
    : QObject(parent), m_client(client)
{ }

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
}

void IdentityDetailsLoader::load(const Identity &identity)
{
    clear();
    m_details.objectId = identity.objectId;
    if (!m_client || identity.objectId.isEmpty()) {
        m_details.graphDone = m_details.armDone = true;
        m_details.applicationDone = true;
        Q_EMIT changed();
        return;
    }
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

} // namespace ie::models
