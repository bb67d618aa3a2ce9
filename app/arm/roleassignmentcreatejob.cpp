#include "arm/roleassignmentcreatejob.h"

#include "arm/roleassignmentclient.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ie::arm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::arm::RoleAssignmentCreateJob)
};

} // namespace

RoleAssignment roleAssignmentFromJson(const QJsonObject &o);

RoleAssignmentCreateJob::Delays RoleAssignmentCreateJob::defaultDelays()
{
    return {5s, 10s, 20s, 30s, 30s, 30s};
}

RoleAssignmentCreateJob::RoleAssignmentCreateJob(ie::net::HttpClient *client, QString scope,
                                                 QString roleGuid, QString principalId,
                                                 QString name)
    : m_client(client), m_scope(std::move(scope)), m_role(std::move(roleGuid)),
      m_principal(std::move(principalId)), m_name(std::move(name)), m_delays(defaultDelays()),
      m_result(ApiError::make(ApiError::Kind::Cancelled,
                              Tr::tr("The role assignment was not created.")))
{
    m_tickTimer.setSingleShot(false);
    connect(&m_tickTimer, &QTimer::timeout, this, [this] {
        const qint64 left = m_waitMs - m_waited.elapsed();
        if (left <= 0) {
            m_tickTimer.stop();
            attempt();
        } else {
            Q_EMIT countdown(left);
            m_tickTimer.start(std::min<qint64>(m_tick.count(), left));
        }
    });
}

RoleAssignmentCreateJob::~RoleAssignmentCreateJob() = default;

void RoleAssignmentCreateJob::start()
{
    // Queued, so that the caller can connect first.
    QMetaObject::invokeMethod(this, &RoleAssignmentCreateJob::attempt, Qt::QueuedConnection);
}

void RoleAssignmentCreateJob::attempt()
{
    if (m_finished)
        return;
    if (!m_client) {
        finish(ApiError::make(ApiError::Kind::Cancelled, Tr::tr("The connection is gone.")));
        return;
    }
    ++m_attempts;
    const QString path = m_scope + u"/providers/Microsoft.Authorization/roleAssignments/"_s + m_name
            + u"?api-version="_s + QLatin1StringView(RoleAssignmentClient::ApiVersion);
    const QJsonObject body{
            {"properties"_L1,
             QJsonObject{{"roleDefinitionId"_L1,
                          RoleAssignmentClient::roleDefinitionIdFor(m_scope, m_role)},
                         {"principalId"_L1, m_principal},
                         {"principalType"_L1, "ServicePrincipal"_L1}}}};
    const ie::net::HttpRequest req = ie::net::HttpRequest::json(
            "PUT", QUrl(m_client->cloud().armUrl.toString() + path), QJsonDocument(body));
    m_current = m_client->send(req, this, [this](const Result<ie::net::HttpResponse> &r) {
        m_current = nullptr;
        if (r) {
            CreateOutcome o;
            o.assignment = roleAssignmentFromJson(r->json.object());
            o.requestId = r->requestId;
            o.attempts = m_attempts;
            finish(o);
            return;
        }
        const ApiError &e = r.error();
        if (e.code == "RoleAssignmentExists"_L1) {
            CreateOutcome o;
            o.status = CreateOutcome::Status::AlreadyExists;
            o.requestId = e.requestId;
            o.attempts = m_attempts;
            finish(o);
            return;
        }
        if (e.code == "PrincipalNotFound"_L1 && m_attempts - 1 < m_delays.size()) {
            m_waitMs = m_delays.at(m_attempts - 1).count();
            Q_EMIT waitingForReplication(m_attempts + 1, m_waitMs);
            m_waited.start();
            m_tickTimer.start(std::min<qint64>(m_tick.count(), m_waitMs));
            return;
        }
        ApiError out = e;
        if (e.kind == ApiError::Kind::Forbidden || e.httpStatus == 403)
            out.message = RoleAssignmentClient::explainForbidden(
                    e, u"Microsoft.Authorization/roleAssignments/write"_s, m_scope);
        else if (e.code == "PrincipalNotFound"_L1)
            out.message = Tr::tr("Azure still does not know the identity %1 after %n attempt(s). "
                                 "If it was created just now, wait a few minutes and try again; "
                                 "otherwise check that it still exists.",
                                 nullptr, m_attempts)
                                  .arg(m_principal);
        finish(out);
    });
}

void RoleAssignmentCreateJob::cancel()
{
    if (m_finished)
        return;
    m_tickTimer.stop();
    if (m_current)
        m_current->cancel();
    finish(ApiError::make(ApiError::Kind::Cancelled, Tr::tr("The role assignment was cancelled.")));
}

void RoleAssignmentCreateJob::finish(Result<CreateOutcome> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_tickTimer.stop();
    m_result = std::move(result);
    Q_EMIT finished();
    deleteLater();
}

} // namespace ie::arm
