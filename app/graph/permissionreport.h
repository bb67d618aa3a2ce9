#pragma once

#include "core/result.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ie::net {
class HttpClient;
}
namespace ie {
class JsonStreamWriter;
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
    QString roleName; // empty: unknown (the role definitions could not be read or do not name it)
    QString scope;
    QString assignmentId;
};

struct ReportDirectoryRole
{
    QString roleDefinitionId; // the template id of a built-in role
    QString roleName;
    QString directoryScopeId; // "/" or "/administrativeUnits/{id}"
    QString assignmentId;
};

// A delegated permission grant where the identity is the client (oAuth2PermissionGrant).
struct ReportDelegatedGrant
{
    QString grantId;
    QString resourceId; // the resource service principal's object id
    QString resourceName; // empty when the report does not know it
    QString consentType; // "AllPrincipals" or "Principal"
    QString principalId; // the user, for Principal
    QString scope; // space-separated, as Graph has it
};

// Ownership of an app registration, from the identity's side: an application it owns
// (relation "owns"), or an owner of its own application ("ownedBy", a user or service principal).
struct ReportOwnership
{
    QString relation; // "owns" or "ownedBy"
    QString objectId; // the owned application's object id, or the owner's id
    QString objectType; // "application", "user", "servicePrincipal"
    QString appId; // owns: the owned application's appId
    QString displayName; // owns: the application's name; ownedBy: the owner's where known
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
    // Parts that could not be read in full: "appRoles", "azureRoles", "directoryRoles",
    // "delegatedGrants", "ownership". Such a list is unknown,
    // not empty: --json writes it as null and names it in "unknown".
    QStringList unknown;
    // Active Microsoft Entra directory roles (last, so that brace-initialised entries need not
    // name it).
    QList<ReportDirectoryRole> directoryRoles = {};
    QList<ReportDelegatedGrant> delegatedGrants = {};
    QList<ReportOwnership> ownership = {};
    bool isKnown(QLatin1StringView part) const { return !unknown.contains(part); }
};

// The permissions report: every service principal of the tenant (or only the managed
// identities) with the Graph app roles it holds and its Azure role assignments in every readable
// subscription. A bounded number of requests: the service principals' pages, each resource
// API's appRoleAssignedTo (every service principal that exposes app roles), and per subscription
// or management group its role definitions and role assignments; joined through hashes. What
// could not be read is marked unknown in the entries (ReportEntry::unknown) and summarised in
// warnings(), one line per cause; isPartial() then says so.
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
    bool isPartial() const { return m_partial; }

    // `--json`: an array of objects with objectId, appId, displayName, kind, appRoles,
    // azureRoles, delegatedGrants and directoryRoles, streamed (100,000 identities never make a document in memory).
    static void writeJson(JsonStreamWriter &writer, const QList<ReportEntry> &entries);
    // The same as a document, for a caller that wants one.
    static QJsonArray toJson(const QList<ReportEntry> &entries);
    // One line per identity and permission, tab-separated.
    static QString toText(const QList<ReportEntry> &entries);
    static QByteArray toCsv(const QList<ReportEntry> &entries);

Q_SIGNALS:
    // Reading progress, for a terminal: the step and how far it is.
    void progress(const QString &text);
    void finished();

private:
    struct Resource
    {
        QString id;
        QString appId;
        QString displayName;
        QHash<QString, QString> roles; // lower-case app role id -> value
    };
    void loadPermissions();
    void startNextResource();
    void loadArm();
    // GET /roleManagement/directory/roleAssignments?$expand=roleDefinition, every page: one
    // read for the whole tenant, joined by principalId.
    void loadDirectoryRoles();
    // GET /oauth2PermissionGrants, every page: one read for the tenant, joined by clientId.
    void loadDelegatedGrants();
    // GET /applications?$select=id,appId,displayName&$expand=owners($select=id), every page: one
    // read for the tenant, joined by owner id (owns) and by appId (ownedBy).
    void loadOwnership();
    void noteFailure(const QString &cause, const QString &what, const ApiError &error);
    void doneOne();
    void finish(Result<QList<ReportEntry>> result);

    QPointer<ie::net::HttpClient> m_client;
    AppRoleClient *m_roles;
    ie::arm::RoleAssignmentClient *m_rbac;
    bool m_managedOnly;
    QList<ReportEntry> m_entries;
    QHash<QString, qsizetype> m_entryOf; // lower-case object id -> index in m_entries
    QList<Resource> m_resources; // service principals that expose app roles
    qsizetype m_nextResource = 0;
    int m_resourcesInFlight = 0;
    int m_resourcesDone = 0;
    QHash<QString, QString> m_roleNames; // role definition GUID -> name
    // Failures grouped by cause (part and error without its request id): what failed, the error.
    struct Failure
    {
        QString cause;
        QStringList what;
        ApiError error;
    };
    QList<Failure> m_failures;
    QStringList m_warnings;
    bool m_appRolesIncomplete = false;
    bool m_azureIncomplete = false;
    bool m_directoryIncomplete = false;
    bool m_delegatedIncomplete = false;
    bool m_ownershipIncomplete = false;
    bool m_roleNamesIncomplete = false;
    bool m_partial = false;
    int m_pending = 0;
    bool m_finished = false;
    Result<QList<ReportEntry>> m_result;
};

} // namespace ie::graph
