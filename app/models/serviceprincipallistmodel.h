#pragma once

#include "core/result.h"

#include <QAbstractListModel>
#include <QPointer>

namespace ie::net {
class HttpClient;
class PageJob;
} // namespace ie::net

namespace ie::models {

// Every service principal of the signed-in tenant, loaded page by page from Graph
// (`GET /v1.0/servicePrincipals?$select=...&$top=999`) through the HTTP core; rows are inserted as
// pages arrive. A page that fails for good leaves the rows loaded so far and says the list is
// incomplete; retry() continues from the page that failed.
class ServicePrincipalListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicePrincipalListModel)
public:
    enum Role {
        ObjectIdRole = Qt::UserRole + 1,
        AppIdRole,
        TypeRole, // servicePrincipalType
        KindRole, // "system-assigned", "user-assigned", "application", "microsoft", "other"
        ResourceIdRole, // managed identities: the ARM id from alternativeNames
        SearchTextRole, // lower-case name, ids, type and resource: what the filter matches
    };
    Q_ENUM(Role)
    enum class State { Idle, Loading, Complete, Incomplete, Cancelled };
    Q_ENUM(State)

    explicit ServicePrincipalListModel(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~ServicePrincipalListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    State state() const { return m_state; }
    const std::optional<ApiError> &lastError() const { return m_error; }

public Q_SLOTS:
    void reload(); // from the first page, dropping what was loaded
    void retry(); // from the page that failed
    void cancel();

Q_SIGNALS:
    void stateChanged(ie::models::ServicePrincipalListModel::State state);
    void progress(int rows);

private:
    struct Row
    {
        QString id, appId, displayName, type, kind, resourceId, search;
    };
    void load(QUrl url); // by value: retry() passes m_resumeUrl, which load() clears
    void setState(State s);

    QPointer<ie::net::HttpClient> m_client;
    QPointer<ie::net::PageJob> m_job;
    QList<Row> m_rows;
    QUrl m_resumeUrl;
    State m_state = State::Idle;
    std::optional<ApiError> m_error;
};

} // namespace ie::models
