#pragma once

#include "models/identitytreemodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ie::catalog {
class Catalog;
}
namespace ie::graph {
class PermissionReportJob;
struct ReportEntry;
} // namespace ie::graph
namespace ie::net {
class HttpClient;
}

namespace ie::models {

// Which identities of the tenant hold anything of tier 0 or 1 (privilege-tiers.json), for the
// tree to mark them as loudly as the grant panels do. One pass of the permissions report (a
// bounded number of requests: each resource API's appRoleAssignedTo and the role assignments per
// subscription), after the tree has loaded; nothing per identity. A part that could not be read
// is said in warnings() (the marks then cover only what was read).
class IdentityTierScan : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityTierScan)
public:
    explicit IdentityTierScan(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~IdentityTierScan() override;

    void setCatalog(const ie::catalog::Catalog *catalog) { m_catalog = catalog; }
    // Starts a scan (a running one is dropped).
    void start();
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    // Object id (lower case) -> mark, for identities that hold anything of tier 0 or 1.
    const QHash<QString, TierMark> &marks() const { return m_marks; }
    QStringList warnings() const { return m_warnings; }

    // The marks of a report's entries (tiers 0 and 1 only).
    static QHash<QString, TierMark> marksFor(const QList<ie::graph::ReportEntry> &entries,
                                             const ie::catalog::Catalog &catalog);

Q_SIGNALS:
    void finished();

private:
    QPointer<ie::net::HttpClient> m_client;
    const ie::catalog::Catalog *m_catalog = nullptr;
    ie::graph::PermissionReportJob *m_job = nullptr;
    QHash<QString, TierMark> m_marks;
    QStringList m_warnings;
};

} // namespace ie::models
