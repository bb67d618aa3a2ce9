#pragma once

#include "federation/ficdoctor.h"
#include "federation/ficplan.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace ie {
class AuditLog;
}
namespace ie::net {
class HttpClient;
}
namespace ie::federation {
class FicClient;
class FicRunner;
} // namespace ie::federation
namespace ie::permissions {
class PlanJob;
}

namespace ie::ui {

class FicEditDialog;

// The federated identity credentials of one user-assigned identity (ARM) or app registration
// (Graph): the list, Add…, Edit… and Remove, each through the grant review (the exact requests
// and the exports) and the plan job with its audit record; and the federation doctor: the failing
// workload's token or Entra's AADSTS error text pasted, each credential's issuer, subject and
// audience compared with it, and "Fix…" reviewing the doctor's plan.
class FederationDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FederationDialog)
public:
    FederationDialog(ie::net::HttpClient *client, ie::AuditLog *audit,
                     const ie::federation::FicTarget &target, QWidget *parent = nullptr);
    ~FederationDialog() override;

    // Who makes the changes, for the audit record.
    void setSignedIn(const QString &principal, const QString &tenantId);
    void showDoctor();
    void reload();

    const ie::federation::FicTarget &target() const { return m_target; }
    const QList<ie::federation::FicCredential> &credentials() const { return m_credentials; }
    const ie::federation::Diagnosis &diagnosis() const { return m_diagnosis; }
    // The outcome of the last plan, one line per change.
    QString outcome() const;

Q_SIGNALS:
    void loaded();
    // A plan ran (the tenant may have changed).
    void planFinished();

private:
    void addCredential();
    void editCredential();
    void removeCredential();
    void openEditor(FicEditDialog *editor, ie::federation::FicChange::Action action);
    void diagnose();
    void review(const QList<ie::federation::FicChange> &changes);
    void run(const QList<ie::federation::FicChange> &changes);
    void updateButtons();

    QPointer<ie::net::HttpClient> m_client;
    QPointer<ie::AuditLog> m_audit;
    ie::federation::FicTarget m_target;
    QString m_principal;
    QString m_tenantId;
    ie::federation::FicClient *m_fic;
    ie::federation::FicRunner *m_runner;
    QPointer<ie::permissions::PlanJob> m_job;
    QList<ie::federation::FicCredential> m_credentials;
    ie::federation::Diagnosis m_diagnosis;
    QTabWidget *m_tabs;
    QTreeWidget *m_list;
    QLabel *m_state;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_result;
    QPlainTextEdit *m_presented;
    QTextBrowser *m_report;
    QPushButton *m_fix;
};

} // namespace ie::ui
