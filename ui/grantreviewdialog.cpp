#include "grantreviewdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ie::ui {

using ie::graph::GrantPlan;
using ie::graph::PlannedChange;

QString GrantReviewDialog::tierWarning(ie::catalog::Tier tier)
{
    switch (tier) {
    case ie::catalog::Tier::Tier0:
        return tr("Tier 0: whoever holds this can make itself Global Administrator or Owner, "
                  "directly or in a few steps. Treat it as handing over the whole tenant or "
                  "subscription.");
    case ie::catalog::Tier::Tier1:
        return tr("Tier 1: reaches sensitive data or restricted operations across the tenant, "
                  "though no known path leads from it to Global Administrator.");
    default:
        return {};
    }
}

GrantReviewDialog::GrantReviewDialog(const GrantPlan &plan, QWidget *parent)
    : QDialog(parent), m_plan(plan)
{
    setWindowTitle(tr("Review changes"));
    setObjectName(u"grantReview"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("These requests will be sent, in this order:"), this));
    m_requests = new QTextBrowser(this);
    m_requests->setObjectName(u"requests"_s);
    QString html;
    const QList<ie::graph::PlannedRequest> requests = m_plan.requests();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const auto &r = requests[i];
        const PlannedChange &c = m_plan.changes().at(i);
        html += u"<p><b>%1</b> <code>%2</code></p>"_s.arg(QString::fromLatin1(r.method),
                                                          r.url.toHtmlEscaped());
        if (!r.body.isEmpty())
            html += u"<pre>%1</pre>"_s.arg(r.body.toHtmlEscaped());
        html += u"<ul>"_s;
        for (const auto &l : r.labels)
            html += u"<li><code>%1</code>: %2</li>"_s.arg(l.first.toHtmlEscaped(),
                                                          l.second.toHtmlEscaped());
        html += u"</ul>"_s;
        if (c.isGrant()) {
            const QString warning = tierWarning(c.tier);
            if (!warning.isEmpty())
                html += u"<p style=\"color:%1\">%2</p>"_s.arg(
                        c.tier == ie::catalog::Tier::Tier0 ? u"#c00000"_s : u"#b35900"_s,
                        warning.toHtmlEscaped());
        }
        html += u"<hr/>"_s;
    }
    m_requests->setHtml(html);
    layout->addWidget(m_requests, 1);

    m_confirm = new QCheckBox(
            tr("I understand that this grants a tier-0 permission, a path to taking "
               "over the tenant or subscription, and I want to grant it."),
            this);
    m_confirm->setObjectName(u"confirmTier0"_s);
    m_confirm->setVisible(m_plan.needsSecondConfirmation());
    layout->addWidget(m_confirm);

    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(new QLabel(tr("Export instead as:"), this));
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    for (GrantPlan::Format f : GrantPlan::formats())
        m_format->addItem(GrantPlan::formatTitle(f), int(f));
    exportRow->addWidget(m_format, 1);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(u"copyExport"_s);
    exportRow->addWidget(copy);
    layout->addLayout(exportRow);
    m_export = new QPlainTextEdit(this);
    m_export->setObjectName(u"export"_s);
    m_export->setReadOnly(true);
    m_export->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // code: monospace
    layout->addWidget(m_export, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    bool grants = false;
    bool federated = !m_plan.isEmpty();
    for (const PlannedChange &c : m_plan.changes()) {
        grants = grants || c.isGrant();
        federated = federated && c.isFederated();
    }
    m_buttons->button(QDialogButtonBox::Ok)
            ->setText(federated ? tr("Apply") : grants ? tr("Grant") : tr("Revoke"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"run"_s);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QCheckBox::toggled, this, &GrantReviewDialog::updateRunButton);
    connect(m_format, &QComboBox::currentIndexChanged, this, &GrantReviewDialog::updateExport);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(exportText()); });
    updateExport();
    updateRunButton();
    resize(820, 640);
}

GrantReviewDialog::~GrantReviewDialog() = default;

QString GrantReviewDialog::exportText() const
{
    return m_export->toPlainText();
}

void GrantReviewDialog::setExportFormat(GrantPlan::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void GrantReviewDialog::updateExport()
{
    m_export->setPlainText(m_plan.exportAs(GrantPlan::Format(m_format->currentData().toInt())));
}

void GrantReviewDialog::updateRunButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_plan.needsSecondConfirmation() || m_confirm->isChecked());
}

} // namespace ie::ui
