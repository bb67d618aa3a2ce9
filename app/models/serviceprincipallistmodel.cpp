#include "models/serviceprincipallistmodel.h"

#include "net/httpclient.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ie::models {

namespace {

const auto MicrosoftTenants = {"f8cdef31-a31e-4b4a-93e4-5f571e91255a"_L1,
                               "72f988bf-86f1-41af-91ab-2d7cd011db47"_L1,
                               "cdc5aeea-15c5-4db6-b079-fcadd2505dc2"_L1};

} // namespace

ServicePrincipalListModel::ServicePrincipalListModel(ie::net::HttpClient *client, QObject *parent)
    : QAbstractListModel(parent), m_client(client)
{
}

ServicePrincipalListModel::~ServicePrincipalListModel()
{
    if (m_job)
        m_job->cancel();
}

int ServicePrincipalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ServicePrincipalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return r.displayName;
    case Qt::ToolTipRole:
        return tr("%1\nObject (principal) id: %2\nApp (client) id: %3\nType: %4")
                .arg(r.displayName, r.id, r.appId, r.type);
    case ObjectIdRole: return r.id;
    case AppIdRole: return r.appId;
    case TypeRole: return r.type;
    case KindRole: return r.kind;
    case ResourceIdRole: return r.resourceId;
    case SearchTextRole: return r.search;
    default: return {};
    }
}

QHash<int, QByteArray> ServicePrincipalListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ObjectIdRole, "objectId");
    names.insert(AppIdRole, "appId");
    names.insert(TypeRole, "servicePrincipalType");
    names.insert(KindRole, "kind");
    names.insert(ResourceIdRole, "resourceId");
    return names;
}

void ServicePrincipalListModel::reload()
{
    cancel();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    if (!m_client)
        return;
    QUrl url(m_client->cloud().graphUrl.toString()
             + u"/v1.0/servicePrincipals?$select=id,appId,displayName,servicePrincipalType,"
               "alternativeNames,appOwnerOrganizationId&$top=999"_s);
    load(url);
}

void ServicePrincipalListModel::retry()
{
    if (m_state == State::Incomplete && m_resumeUrl.isValid())
        load(m_resumeUrl);
}

void ServicePrincipalListModel::cancel()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
        setState(State::Cancelled);
    }
}

void ServicePrincipalListModel::load(QUrl url)
{
    m_error.reset();
    m_resumeUrl = QUrl();
    ie::net::HttpRequest req = ie::net::HttpRequest::get(url);
    m_job = m_client->getPages(req);
    setState(State::Loading);
    connect(m_job, &ie::net::PageJob::pageArrived, this, [this](const QJsonArray &items) {
        if (items.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(items.size()) - 1);
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            Row r;
            r.id = o.value("id"_L1).toString();
            r.appId = o.value("appId"_L1).toString();
            r.displayName = o.value("displayName"_L1).toString();
            if (r.displayName.isEmpty())
                r.displayName = tr("(no name) %1").arg(r.id);
            r.type = o.value("servicePrincipalType"_L1).toString();
            const QJsonArray alt = o.value("alternativeNames"_L1).toArray();
            const QString owner = o.value("appOwnerOrganizationId"_L1).toString();
            if (r.type == "ManagedIdentity"_L1) {
                bool explicitName = false;
                for (const QJsonValue &a : alt) {
                    const QString s = a.toString();
                    if (s.compare("isExplicit=True"_L1, Qt::CaseInsensitive) == 0)
                        explicitName = true;
                    else if (s.startsWith(u'/'))
                        r.resourceId = s;
                }
                r.kind = explicitName ? u"user-assigned"_s : u"system-assigned"_s;
            } else if (r.type == "Application"_L1) {
                bool microsoft = false;
                for (const auto &t : MicrosoftTenants)
                    microsoft = microsoft || owner == t;
                r.kind = microsoft ? u"microsoft"_s : u"application"_s;
            } else {
                r.kind = u"other"_s;
            }
            r.search = (r.displayName + u' ' + r.id + u' ' + r.appId + u' ' + r.type + u' '
                        + r.resourceId)
                               .toLower();
            m_rows.append(r);
        }
        endInsertRows();
        Q_EMIT progress(int(m_rows.size()));
    });
    connect(m_job, &ie::net::PageJob::finished, this, [this, job = m_job.data()] {
        m_job = nullptr;
        if (job->result().ok()) {
            setState(State::Complete);
            return;
        }
        m_error = job->result().error();
        if (m_error->kind == ApiError::Kind::Cancelled) {
            setState(State::Cancelled);
            return;
        }
        // A next link to another host is never followed, not even on request.
        if (m_error->kind != ApiError::Kind::Protocol)
            m_resumeUrl = job->failedUrl();
        setState(State::Incomplete);
    });
}

void ServicePrincipalListModel::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

} // namespace ie::models
