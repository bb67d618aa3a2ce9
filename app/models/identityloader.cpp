#include "models/identityloader.h"

#include "graph/graphaccess.h"
#include "net/httpclient.h"
#include "net/jsonscan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::models {

namespace {
const auto ArmSubscriptionsApi = "2022-12-01"_L1;
const auto ArmResourcesApi = "2021-04-01"_L1;
constexpr int ArmSlice = 4000;
constexpr int RowSlice = 250;
} // namespace

IdentityLoader::IdentityLoader(ie::net::HttpClient *client, IdentityTreeModel *model,
                               QObject *parent)
    : QObject(parent), m_client(client), m_model(model)
{
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(0);
    connect(&m_drainTimer, &QTimer::timeout, this, &IdentityLoader::drain);
}

IdentityLoader::~IdentityLoader()
{
    cancel();
}

QString IdentityLoader::graphSelect() const
{
    // Only the fields the tree needs: 100,000 service principals with every field is a lot.
    return u"id,appId,displayName,servicePrincipalType,alternativeNames,appOwnerOrganizationId"_s;
}

QStringList IdentityLoader::problems() const
{
    QStringList all;
    if (!m_graphProblem.isEmpty())
        all.append(m_graphProblem);
    return all + m_armProblems;
}

void IdentityLoader::load()
{
    cancel();
    m_graphProblem.clear();
    m_armProblems.clear();
    m_graphError.reset();
    m_arm = ArmSnapshot();
    m_armApplied = 0;
    m_searchTerm.clear();
    m_model->clear();
    QUrl url(m_client->cloud().graphUrl.toString() + u"/v1.0/servicePrincipals"_s);
    QUrlQuery q;
    q.addQueryItem(u"$select"_s, graphSelect());
    q.addQueryItem(u"$top"_s, QString::number(m_pageSize));
    url.setQuery(q);
    startGraph(url, {});
    startArm();
}

void IdentityLoader::search(const QString &text)
{
    const QString term = text.simplified().remove(u'"');
    if (term.isEmpty()) {
        load();
        return;
    }
    cancel();
    m_graphProblem.clear();
    m_graphError.reset();
    m_searchTerm = term;
    m_model->clear();
    QUrl url(m_client->cloud().graphUrl.toString() + u"/v1.0/servicePrincipals"_s);
    QUrlQuery q;
    q.addQueryItem(u"$search"_s, u"\"displayName:%1\""_s.arg(term));
    q.addQueryItem(u"$select"_s, graphSelect());
    q.addQueryItem(u"$count"_s, u"true"_s);
    q.addQueryItem(u"$top"_s, QString::number(m_pageSize));
    url.setQuery(q);
    startGraph(url, {{"ConsistencyLevel", "eventual"}});
    m_armApplied = 0;
    // The ARM data of a full load still applies to the matches: maybeFinish() merges it.
    if (!m_armStarted) {
        m_armProblems.clear();
        m_arm = ArmSnapshot();
        startArm();
    }
}

void IdentityLoader::startGraph(QUrl url, QList<QPair<QByteArray, QByteArray>> headers)
{
    m_graphDone = false;
    m_resume = QUrl();
    m_graphHeaders = headers;
    ie::net::HttpRequest req = ie::net::HttpRequest::get(url);
    req.headers = headers;
    req.scanJson = true; // read straight into rows, no QJsonDocument of 999 objects
    m_graph = m_client->getPages(req);
    setState(State::Loading);
    connect(m_graph, &ie::net::PageJob::pageScanned, this,
            [this](const QByteArray &body, qsizetype valueBegin, qsizetype valueEnd) {
                auto page = std::make_unique<ScannedPage>(body, valueBegin, valueEnd);
                page->cursor.beginArray();
                m_queue.push_back(std::move(page));
                if (!m_drainTimer.isActive())
                    m_drainTimer.start();
            });
    connect(m_graph, &ie::net::PageJob::retrying, this,
            [this](int attempt, qint64 delayMs, const QString &reason) {
                Q_EMIT notice(tr("Graph is busy (%1); retry %2 in %3 s.")
                                      .arg(reason)
                                      .arg(attempt)
                                      .arg(double(delayMs) / 1000.0, 0, 'f', 1));
            });
    connect(m_graph, &ie::net::PageJob::finished, this, [this, job = m_graph.data()] {
        m_graph = nullptr;
        m_graphDone = true;
        if (!job->result().ok()) {
            m_graphError = job->result().error();
            if (m_graphError->kind == ApiError::Kind::Cancelled)
                return;
            if (m_graphError->kind == ApiError::Kind::Forbidden)
                m_graphError->message = ie::graph::explainGraphDenied(
                        *m_graphError, ie::graph::GraphOperation::ReadServicePrincipals);
            // A next link to another host is never followed, not even on request.
            if (m_graphError->kind != ApiError::Kind::Protocol)
                m_resume = job->failedUrl();
            m_graphProblem = tr("Service principals: %1").arg(m_graphError->userMessage());
            Q_EMIT problem(m_graphProblem);
        }
        maybeFinish();
    });
}

void IdentityLoader::startArm()
{
    if (m_client->cloud().armUrl.isEmpty())
        return;
    m_armStarted = true;
    m_armPending = 1;
    m_armUnavailable = false;
    ie::net::HttpRequest req = ie::net::HttpRequest::get(QUrl(m_client->cloud().armUrl.toString()
                                                              + u"/subscriptions?api-version="_s
                                                              + ArmSubscriptionsApi));
    auto *job = m_client->getPages(req);
    m_armJobs.append(job);
    auto subs = std::make_shared<QStringList>();
    connect(job, &ie::net::PageJob::pageArrived, this, [subs](const QJsonArray &items) {
        for (const QJsonValue &v : items)
            subs->append(v.toObject().value("subscriptionId"_L1).toString());
    });
    connect(job, &ie::net::PageJob::finished, this, [this, job, subs] {
        const QStringList found = *subs;
        if (!job->result().ok()) {
            if (job->result().error().kind != ApiError::Kind::Cancelled) {
                m_armUnavailable = true;
                const QString text = tr("Subscriptions could not be listed, so the managed "
                                        "identities' resources are not shown: %1")
                                             .arg(job->result().error().userMessage());
                m_armProblems.append(text);
                Q_EMIT problem(text);
            }
        } else {
            for (const QString &s : found)
                loadSubscription(s);
        }
        armFinishedOne();
    });
}

void IdentityLoader::loadSubscription(const QString &subscriptionId)
{
    ++m_armPending;
    QUrl url(m_client->cloud().armUrl.toString() + u"/subscriptions/"_s + subscriptionId
             + u"/resources"_s);
    QUrlQuery q;
    q.addQueryItem(u"api-version"_s, ArmResourcesApi);
    q.addQueryItem(u"$expand"_s, u"createdTime"_s);
    url.setQuery(q);
    auto *job = m_client->getPages(ie::net::HttpRequest::get(url));
    m_armJobs.append(job);
    connect(job, &ie::net::PageJob::retrying, this,
            [this](int attempt, qint64 delayMs, const QString &reason) {
                Q_EMIT notice(tr("Azure Resource Manager is busy (%1); retry %2 in %3 s.")
                                      .arg(reason)
                                      .arg(attempt)
                                      .arg(double(delayMs) / 1000.0, 0, 'f', 1));
            });
    connect(job, &ie::net::PageJob::pageArrived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            const QJsonObject r = v.toObject();
            const QString id = r.value("id"_L1).toString();
            const QString key = id.toLower();
            m_arm.resourceTypes.insert(key, r.value("type"_L1).toString());
            QString created = r.value("createdTime"_L1).toString();
            if (created.isEmpty())
                created = r.value("systemData"_L1).toObject().value("createdAt"_L1).toString();
            if (!created.isEmpty())
                m_arm.createdAt.insert(key, created);
            const QJsonObject ua = r.value("identity"_L1)
                                           .toObject()
                                           .value("userAssignedIdentities"_L1)
                                           .toObject();
            for (auto it = ua.begin(); it != ua.end(); ++it)
                m_arm.attachedTo[it.key().toLower()].append(id);
        }
    });
    connect(job, &ie::net::PageJob::finished, this, [this, job, subscriptionId] {
        if (job->result().ok()) {
            m_arm.readableSubscriptions.append(subscriptionId.toLower());
        } else if (job->result().error().kind != ApiError::Kind::Cancelled) {
            m_arm.unreadableSubscriptions.append(subscriptionId.toLower());
            const QString text = tr("Subscription %1 could not be read and was skipped: %2")
                                         .arg(subscriptionId, job->result().error().userMessage());
            m_armProblems.append(text);
            Q_EMIT problem(text);
        }
        armFinishedOne();
    });
}

void IdentityLoader::armFinishedOne()
{
    if (--m_armPending == 0)
        maybeFinish();
}

IdentityLoader::ScannedPage::ScannedPage(const QByteArray &bytes, qsizetype valueBegin,
                                         qsizetype valueEnd)
    : body(bytes), cursor(QByteArrayView(body).sliced(valueBegin, valueEnd - valueBegin))
{ }

void IdentityLoader::drain()
{
    // A page of 999 goes into the model a slice per event loop turn: the UI stays responsive.
    int budget = RowSlice;
    while (budget > 0 && !m_queue.empty()) {
        ScannedPage &page = *m_queue.front();
        QList<Identity> rows;
        rows.reserve(budget);
        bool more = true;
        while (budget > 0 && (more = page.cursor.nextElement())) {
            --budget;
            ie::models::GraphServicePrincipal sp;
            if (IdentityTreeModel::readServicePrincipal(page.cursor, &sp))
                rows.append(IdentityTreeModel::fromFields(sp));
        }
        m_model->addIdentities(rows);
        if (armDone() && m_armApplied < m_model->identityCount()) {
            // ARM is read: merge it into the new rows now, while the next page is on its way,
            // not all at the end (a slice at a time, as maybeFinish() does).
            const int to = std::min(m_model->identityCount(), m_armApplied + ArmSlice);
            m_model->applyArm(m_arm, m_armApplied, to);
            m_armApplied = to;
        }
        if (!more) {
            m_queue.pop_front();
            Q_EMIT progress(m_model->identityCount());
        }
    }
    if (!m_queue.empty())
        m_drainTimer.start();
    else if (m_graphDone)
        maybeFinish();
}

void IdentityLoader::maybeFinish()
{
    if (!m_graphDone || !m_queue.empty() || (m_armStarted && m_armPending > 0))
        return;
    if (m_armStarted && m_armApplied < m_model->identityCount()) {
        // 100,000 identities are merged a slice per event loop turn: the UI never stalls.
        const int to = m_armApplied + ArmSlice;
        m_model->applyArm(m_arm, m_armApplied, to);
        m_armApplied = std::min(to, m_model->identityCount());
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                maybeFinish();
        });
        return;
    }
    if (m_graphError && m_graphError->kind == ApiError::Kind::Cancelled)
        setState(State::Cancelled);
    else
        setState(m_graphError ? State::Incomplete : State::Complete);
}

void IdentityLoader::retry()
{
    if (m_state != State::Incomplete || !m_resume.isValid())
        return;
    m_graphError.reset();
    m_graphProblem.clear(); // subscriptions that could not be read stay reported
    startGraph(m_resume, m_graphHeaders);
}

void IdentityLoader::cancel()
{
    ++m_generation; // a pending slice of the ARM merge is dropped
    m_drainTimer.stop();
    m_queue.clear(); // rows received but not yet shown are dropped with the load
    const bool busy = m_graph || m_armPending > 0 || m_state == State::Loading;
    if (m_graph) {
        m_graph->disconnect(this);
        m_graph->cancel();
        m_graph = nullptr;
        m_graphDone = true;
        m_graphError = ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."));
    }
    for (const QPointer<ie::net::PageJob> &j : std::as_const(m_armJobs)) {
        if (j) {
            j->disconnect(this);
            j->cancel();
        }
    }
    m_armJobs.clear();
    if (m_armPending > 0) // a finished ARM read stays valid; a partial one does not
        m_armStarted = false;
    m_armPending = 0;
    if (busy)
        setState(State::Cancelled);
}

void IdentityLoader::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

} // namespace ie::models
