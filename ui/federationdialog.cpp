#include "federationdialog.h"

#include "ficeditdialog.h"
#include "grantreviewdialog.h"

#include "core/auditlog.h"
#include "federation/ficclient.h"
#include "federation/ficrunner.h"
#include "net/httpclient.h"
#include "permissions/planjob.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace ie::federation;
using ie::permissions::ChangeOutcome;

namespace ie::ui {

FederationDialog::FederationDialog(ie::net::HttpClient *client, ie::AuditLog *audit,
                                   const FicTarget &target, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_audit(audit),
      m_target(target),
      m_fic(new FicClient(client, this)),
      m_runner(new FicRunner(client, this))
{
    setObjectName(u"federation"_s);
    setWindowTitle(tr("Federated credentials of %1").arg(target.displayName));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto *listPage = new QWidget(m_tabs);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addWidget(new QLabel(
            target.host == FicHost::ManagedIdentity
                    ? tr("Workloads outside Azure that may sign in as this identity "
                         "(at most %1):").arg(MaxCredentialsPerIdentity)
                    : tr("Workloads outside Azure that may sign in as this app registration "
                         "(at most %1):").arg(MaxCredentialsPerIdentity),
            listPage));
    m_list = new QTreeWidget(listPage);
    m_list->setObjectName(u"credentials"_s);
    m_list->setHeaderLabels({tr("Name"), tr("Issuer"), tr("Subject"), tr("Audience")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    listLayout->addWidget(m_list, 1);
    m_state = new QLabel(listPage);
    m_state->setObjectName(u"state"_s);
    m_state->setWordWrap(true);
    listLayout->addWidget(m_state);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add…"), listPage);
    m_add->setObjectName(u"add"_s);
    m_edit = new QPushButton(tr("Edit…"), listPage);
    m_edit->setObjectName(u"edit"_s);
    m_remove = new QPushButton(tr("Remove…"), listPage);
    m_remove->setObjectName(u"remove"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    listLayout->addLayout(buttons);
    m_tabs->addTab(listPage, tr("Credentials"));

    auto *doctorPage = new QWidget(m_tabs);
    auto *doctorLayout = new QVBoxLayout(doctorPage);
    auto *intro = new QLabel(tr("Paste the failing workload's token (from GitHub, Kubernetes or "
                                "another issuer) or Entra ID's AADSTS error text:"),
                             doctorPage);
    intro->setWordWrap(true);
    doctorLayout->addWidget(intro);
    m_presented = new QPlainTextEdit(doctorPage);
    m_presented->setObjectName(u"presented"_s);
    m_presented->setPlaceholderText(tr("eyJhbGciOi… or AADSTS700213: No matching federated "
                                       "identity record found…"));
    m_presented->setMaximumHeight(110);
    doctorLayout->addWidget(m_presented);
    m_report = new QTextBrowser(doctorPage);
    m_report->setObjectName(u"report"_s);
    doctorLayout->addWidget(m_report, 1);
    auto *doctorButtons = new QHBoxLayout;
    m_fix = new QPushButton(tr("Fix…"), doctorPage);
    m_fix->setObjectName(u"fix"_s);
    m_fix->setEnabled(false);
    doctorButtons->addStretch(1);
    doctorButtons->addWidget(m_fix);
    doctorLayout->addLayout(doctorButtons);
    m_tabs->addTab(doctorPage, tr("Federation doctor"));

    m_result = new QLabel(this);
    m_result->setObjectName(u"result"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &FederationDialog::addCredential);
    connect(m_edit, &QPushButton::clicked, this, &FederationDialog::editCredential);
    connect(m_remove, &QPushButton::clicked, this, &FederationDialog::removeCredential);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &FederationDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &FederationDialog::editCredential);
    connect(m_presented, &QPlainTextEdit::textChanged, this, &FederationDialog::diagnose);
    connect(m_fix, &QPushButton::clicked, this, [this] { review(m_diagnosis.plan); });
    resize(860, 560);
    updateButtons();
    reload();
}

FederationDialog::~FederationDialog() = default;

void FederationDialog::setSignedIn(const QString &principal, const QString &tenantId)
{
    m_principal = principal;
    m_tenantId = tenantId;
}

void FederationDialog::showDoctor()
{
    m_tabs->setCurrentIndex(1);
    m_presented->setFocus();
}

QString FederationDialog::outcome() const
{
    return m_result->text();
}

void FederationDialog::reload()
{
    m_state->setText(tr("Reading the federated credentials…"));
    m_fic->list(m_target, this, [this](const Result<QList<FicCredential>> &r) {
        if (!r) {
            m_state->setText(tr("The federated credentials could not be read: %1")
                                     .arg(r.error().userMessage()));
            Q_EMIT loaded();
            return;
        }
        m_credentials = *r;
        m_list->clear();
        for (const FicCredential &c : m_credentials) {
            auto *item = new QTreeWidgetItem(
                    m_list, {c.name, c.issuer, c.subject, c.audiences.join(u", "_s)});
            item->setToolTip(2, c.subject);
        }
        m_state->setText(m_credentials.isEmpty()
                                 ? tr("None: no workload outside Azure can sign in as this "
                                      "identity.")
                                 : tr("%1 of %2 federated credentials.")
                                           .arg(m_credentials.size())
                                           .arg(MaxCredentialsPerIdentity));
        updateButtons();
        diagnose();
        Q_EMIT loaded();
    });
}

void FederationDialog::updateButtons()
{
    const bool busy = m_job && !m_job->isFinished();
    const bool selected = !m_list->selectedItems().isEmpty();
    m_add->setEnabled(!busy);
    m_edit->setEnabled(!busy && selected);
    m_remove->setEnabled(!busy && selected);
    m_fix->setEnabled(!busy && !m_diagnosis.plan.isEmpty());
}

void FederationDialog::addCredential()
{
    openEditor(new FicEditDialog(m_target.host, m_credentials, std::nullopt, this),
               FicChange::Action::Add);
}

void FederationDialog::editCredential()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_credentials.size())
        return;
    openEditor(new FicEditDialog(m_target.host, m_credentials, m_credentials.at(row), this),
               FicChange::Action::Update);
}

void FederationDialog::openEditor(FicEditDialog *editor, FicChange::Action action)
{
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, action] {
        FicChange change;
        change.action = action;
        change.target = m_target;
        change.credential = editor->credential();
        review({change});
    });
    editor->open();
}

void FederationDialog::removeCredential()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_credentials.size())
        return;
    FicChange change;
    change.action = FicChange::Action::Remove;
    change.target = m_target;
    change.credential = m_credentials.at(row);
    review({change});
}

void FederationDialog::diagnose()
{
    const QString text = m_presented->toPlainText().trimmed();
    m_diagnosis = {};
    if (text.isEmpty()) {
        m_report->setHtml(QString());
        updateButtons();
        return;
    }
    PresentedAssertion presented;
    QString error;
    if (!parsePresented(text, &presented, &error)) {
        m_report->setHtml(u"<p>%1</p>"_s.arg(error.toHtmlEscaped()));
        updateButtons();
        return;
    }
    m_diagnosis = ie::federation::diagnose(presented, m_target, m_credentials);
    QString html = u"<p>%1</p>"_s.arg(
            tr("The workload presents issuer <code>%1</code>, subject <code>%2</code>, audience "
               "<code>%3</code>.")
                    .arg(presented.issuer.isEmpty() ? tr("(not named)") : presented.issuer.toHtmlEscaped(),
                         presented.subject.isEmpty() ? tr("(not named)") : presented.subject.toHtmlEscaped(),
                         presented.audiences.isEmpty() ? tr("(not named)")
                                                       : presented.audiences.join(u", "_s).toHtmlEscaped()));
    if (m_diagnosis.credentials.isEmpty())
        html += u"<p>%1</p>"_s.arg(tr("The identity has no federated credential.").toHtmlEscaped());
    for (const CredentialDiagnosis &cd : m_diagnosis.credentials) {
        html += u"<h4>%1 — %2</h4><table cellpadding='3'>"_s.arg(
                cd.credential.name.toHtmlEscaped(),
                cd.matches() ? tr("matches").toHtmlEscaped()
                             : tr("claims that differ: %1").arg(cd.differing()).toHtmlEscaped());
        for (const FieldCheck &c : cd.checks) {
            const bool same = c.difference == Difference::Same || c.difference == Difference::Unknown;
            html += u"<tr><td valign='top'><b>%1</b></td><td valign='top' style='color:%2'>%3</td>"
                    "<td><tt>%4</tt>%5</td></tr>"_s.arg(
                            fieldName(c.field).toHtmlEscaped(), same ? u"#2e7d32"_s : u"#c00000"_s,
                            differenceName(c.difference).toHtmlEscaped(), c.expected.toHtmlEscaped(),
                            c.explanation.isEmpty()
                                    ? QString()
                                    : u"<br><small>%1</small>"_s.arg(c.explanation.toHtmlEscaped()));
        }
        html += u"</table>"_s;
    }
    for (const QString &n : m_diagnosis.notes)
        html += u"<p>%1</p>"_s.arg(n.toHtmlEscaped());
    if (!m_diagnosis.plan.isEmpty()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(tr("The fix (Fix… reviews it):").toHtmlEscaped());
        for (const FicChange &c : m_diagnosis.plan)
            html += u"<li>%1</li>"_s.arg(c.describe().toHtmlEscaped());
        html += u"</ul>"_s;
    }
    m_report->setHtml(html);
    updateButtons();
}

void FederationDialog::review(const QList<FicChange> &changes)
{
    if (changes.isEmpty() || !m_client)
        return;
    auto *dialog = new GrantReviewDialog(FicRunner::planOf(changes, m_client), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, changes] { run(changes); });
    dialog->open();
}

void FederationDialog::run(const QList<FicChange> &changes)
{
    if (m_job)
        m_job->deleteLater();
    ie::permissions::PlanSigner signer{m_principal, m_tenantId, false};
    auto *job = new ie::permissions::PlanJob(FicRunner::planOf(changes, m_client), {m_runner},
                                             m_audit, signer, this);
    m_job = job;
    m_result->setText(tr("Sending the changes…"));
    updateButtons();
    connect(job, &ie::permissions::PlanJob::finished, this, [this, job] {
        QStringList lines;
        for (const ChangeOutcome &o : job->outcomes()) {
            const QString what = o.change.federated.describe();
            switch (o.status) {
            case ChangeOutcome::Status::Done:
                lines << tr("Done: %1").arg(what);
                break;
            case ChangeOutcome::Status::AlreadyDone:
                lines << tr("Already gone: %1").arg(what);
                break;
            case ChangeOutcome::Status::Cancelled:
                lines << tr("Not sent (cancelled): %1").arg(what);
                break;
            case ChangeOutcome::Status::Failed:
                lines << tr("Failed: %1: %2").arg(what, o.error ? o.error->userMessage() : QString());
                break;
            }
        }
        m_result->setText(lines.join(u'\n'));
        updateButtons();
        Q_EMIT planFinished();
        reload();
    });
    job->start();
}

} // namespace ie::ui
