#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ie::net {
class HttpClient;
}
namespace ie::graph {
class AppRoleClient;
}
namespace ie::arm {
class RoleAssignmentClient;
}

namespace ie::graph {

struct ReportAppRole
{
    QString resourceAppId;
    QString resourceName;
    QString appRoleId;
    QString value;
    QString assignmentId;
};

struct ReportAzureRole
{
    QString roleDefinitionId;
    QString roleName;
    QString scope;
    QString assignmentId;
};

// One identity of the permissions report.
struct ReportEntry
{
    QString objectId;
    QString appId;
    QString displayName;
    QString kind; // servicePrincipalType: "ManagedIdentity", "Application", ...
    QList<ReportAppRole> appRoles;
    QList<ReportAzureRole> azureRoles;
};

// The permissions report: every service principal of the tenant (or only the managed
// identities) with the Graph app roles it holds and its Azure role assignments in every readable
// subscription. Subscriptions that cannot be read are named in warnings(); the rest is right.
class PermissionReportJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionReportJob)
public:
    PermissionReportJob(ie::net::HttpClient *client, bool managedOnly, QObject *parent = nullptr);
    ~PermissionReportJob() override;

    void start();
    const Result<QList<ReportEntry>> &result() const { return m_result; }
    QStringList warnings() const { return m_warnings; }

    // `--json`: an array of objects with objectId, appId, displayName, kind, appRoles and
    // azureRoles.
    static QJsonArray toJson(const QList<ReportEntry> &entries);
    // One line per identity and permission, tab-separated.
    static QString toText(const QList<ReportEntry> &entries);
    static QByteArray toCsv(const QList<ReportEntry> &entries);

Q_SIGNALS:
    void finished();

private:
    void loadPermissions();
    void doneOne();
    void finish(Result<QList<ReportEntry>> result);

    QPointer<ie::net::HttpClient> m_client;
    AppRoleClient *m_roles;
    ie::arm::RoleAssignmentClient *m_rbac;
    bool m_managedOnly;
    QList<ReportEntry> m_entries;
    QHash<QString, QPair<QString, QHash<QString, QString>>>
            m_resources; // id -> (appId, roleId -> value)
    QHash<QString, QString> m_resourceNames;
    QHash<QString, QString> m_roleNames; // role definition GUID -> name
    QStringList m_warnings;
    int m_pending = 0;
    bool m_finished = false;
    Result<QList<ReportEntry>> m_result;
};

} // namespace ie::graph
