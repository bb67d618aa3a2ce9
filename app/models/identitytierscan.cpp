#include "models/identitytierscan.h"

#include "catalog/catalog.h"
#include "graph/permissionreport.h"
#include "net/httpclient.h"

using namespace Qt::StringLiterals;

namespace ie::models {

IdentityTierScan::IdentityTierScan(ie::net::HttpClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

IdentityTierScan::~IdentityTierScan()
{
    cancel();
}

void IdentityTierScan::start()
{
    cancel();
    if (!m_client || !m_catalog)
        return;
    m_job = new ie::graph::PermissionReportJob(m_client, false, this);
    connect(m_job, &ie::graph::PermissionReportJob::finished, this, [this] {
        ie::graph::PermissionReportJob *job = m_job;
        m_job = nullptr;
        job->deleteLater();
        if (!job->result()) {
            m_warnings = {tr("Could not check which identities hold tier 0 or tier 1 "
                             "permissions: %1")
                                  .arg(job->result().error().userMessage())};
        } else {
            m_marks = marksFor(*job->result(), *m_catalog);
            m_warnings = job->warnings();
        }
        Q_EMIT finished();
    });
    m_job->start();
}

void IdentityTierScan::cancel()
{
    if (!m_job)
        return;
    // The job's requests answer to it as their context: deleting it drops them.
    m_job->disconnect(this);
    m_job->deleteLater();
    m_job = nullptr;
}

QHash<QString, TierMark> IdentityTierScan::marksFor(const QList<ie::graph::ReportEntry> &entries,
                                                    const ie::catalog::Catalog &catalog)
{
    using ie::catalog::Kind;
    using ie::catalog::Tier;
    QHash<QString, TierMark> marks;
    for (const ie::graph::ReportEntry &e : entries) {
        TierMark mark;
        auto note = [&mark](Tier tier, const QString &reason) {
            if (tier == Tier::Untiered || int(tier) > 1)
                return;
            if (mark.tier < 0 || int(tier) < mark.tier) {
                mark.tier = int(tier);
                mark.reasons.clear();
            }
            if (int(tier) == mark.tier && !mark.reasons.contains(reason))
                mark.reasons.append(reason);
        };
        for (const ie::graph::ReportAppRole &a : e.appRoles) {
            note(catalog.tierFor(Kind::AppRole, a.resourceAppId, a.appRoleId),
                 tr("%1 on %2").arg(a.value.isEmpty() ? a.appRoleId : a.value,
                                    a.resourceName.isEmpty() ? a.resourceAppId : a.resourceName));
        }
        for (const ie::graph::ReportAzureRole &r : e.azureRoles) {
            const QString guid = r.roleDefinitionId.section(u'/', -1);
            QString name = r.roleName;
            if (name.isEmpty()) {
                const ie::catalog::EntryPtr entry = catalog.azureRole(guid);
                name = entry ? entry->value : guid;
            }
            note(catalog.tierFor(Kind::AzureRole, {}, guid), tr("%1 at %2").arg(name, r.scope));
        }
        for (const ie::graph::ReportDirectoryRole &r : e.directoryRoles)
            note(catalog.tierFor(Kind::DirectoryRole, {}, r.roleDefinitionId),
                 tr("the directory role %1").arg(r.roleName.isEmpty() ? r.roleDefinitionId
                                                                      : r.roleName));
        if (mark.tier >= 0)
            marks.insert(e.objectId.toLower(), mark);
    }
    return marks;
}

} // namespace ie::models
