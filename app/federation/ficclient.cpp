#include "federation/ficclient.h"

#include "core/auditlog.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::federation {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QString auditAction(FicChange::Action a)
{
    switch (a) {
    case FicChange::Action::Add:
        return u"add-federated-credential"_s;
    case FicChange::Action::Update:
        return u"update-federated-credential"_s;
    case FicChange::Action::Remove:
        break;
    }
    return u"remove-federated-credential"_s;
}

} // namespace

FicClient::FicClient(ie::net::HttpClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

FicClient::~FicClient() = default;

void FicClient::setAuditLog(ie::AuditLog *log, const QString &principal)
{
    m_audit = log;
    m_principal = principal;
}

// https://learn.microsoft.com/rest/api/managedidentity/federated-identity-credentials/get
FicCredential FicClient::fromArm(const QJsonObject &o)
{
    const QJsonObject p = o.value("properties"_L1).toObject();
    return {o.value("name"_L1).toString(), p.value("issuer"_L1).toString(),
            p.value("subject"_L1).toString(), strings(p.value("audiences"_L1)), {},
            o.value("id"_L1).toString()};
}

// https://learn.microsoft.com/graph/api/resources/federatedidentitycredential?view=graph-rest-1.0
FicCredential FicClient::fromGraph(const QJsonObject &o)
{
    return {o.value("name"_L1).toString(),        o.value("issuer"_L1).toString(),
            o.value("subject"_L1).toString(),     strings(o.value("audiences"_L1)),
            o.value("description"_L1).toString(), o.value("id"_L1).toString()};
}

void FicClient::list(const FicTarget &target, QObject *context,
                     std::function<void(const Result<QList<FicCredential>> &)> callback)
{
    const bool arm = target.host == FicHost::ManagedIdentity;
    const QUrl url = arm ? QUrl(m_client->cloud().armUrl.toString() + target.armId
                                + u"/federatedIdentityCredentials?api-version="_s
                                + QLatin1StringView(ArmApiVersion))
                         : QUrl(m_client->cloud().graphUrl.toString()
                                + u"/v1.0/applications(appId='%1')/federatedIdentityCredentials"_s
                                          .arg(target.appId));
    auto all = std::make_shared<QList<FicCredential>>();
    ie::net::PageJob *job = m_client->getPages(ie::net::HttpRequest::get(url));
    connect(job, &ie::net::PageJob::pageArrived, context, [all, arm](const QJsonArray &items) {
        for (const QJsonValue &v : items)
            all->append(arm ? fromArm(v.toObject()) : fromGraph(v.toObject()));
    });
    connect(job, &ie::net::PageJob::finished, context, [job, all, callback] {
        if (!job->result())
            callback(job->result().error());
        else
            callback(*all);
    });
}

void FicClient::apply(const FicChange &change, QObject *context,
                      std::function<void(const Result<QString> &)> callback)
{
    const bool arm = change.target.host == FicHost::ManagedIdentity;
    const QUrl url((arm ? m_client->cloud().armUrl : m_client->cloud().graphUrl).toString()
                           + change.path(),
                   QUrl::StrictMode);
    const QByteArray body = change.body();
    ie::net::HttpRequest req = body.isEmpty()
            ? ie::net::HttpRequest::get(url)
            : ie::net::HttpRequest::json(change.method(), url, QJsonDocument::fromJson(body));
    req.method = change.method();
    QPointer<ie::AuditLog> audit = m_audit;
    const QString principal = m_principal;
    m_client->send(req, context, [change, audit, principal, callback](const Result<ie::net::HttpResponse> &r) {
        if (audit) {
            AuditRecord rec;
            rec.time = QDateTime::currentDateTimeUtc();
            rec.principal = principal;
            rec.action = auditAction(change.action);
            rec.target = change.describe();
            rec.identityDisplayName = change.target.displayName;
            rec.identityObjectId = change.target.host == FicHost::ManagedIdentity
                    ? change.target.armId
                    : change.target.appId;
            rec.result = r ? u"done"_s : u"failed: "_s + r.error().code;
            rec.requestId = r ? r->requestId : r.error().requestId;
            audit->append(rec);
        }
        if (!r)
            callback(r.error());
        else
            callback(r->requestId);
    });
}

} // namespace ie::federation
