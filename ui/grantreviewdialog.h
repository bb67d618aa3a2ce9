#pragma once

#include "graph/grantplan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;
class QTextBrowser;

namespace ie::ui {

// Shows a plan before it runs: every request exactly as it will be sent (method, URL, body, each
// GUID labelled), the tier warnings, and the plan exported for curl, az, PowerShell, Bicep or
// Terraform. A tier-0 grant needs a second, explicit confirmation before the run button works.
class GrantReviewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantReviewDialog)
public:
    explicit GrantReviewDialog(const ie::graph::GrantPlan &plan, QWidget *parent = nullptr);
    ~GrantReviewDialog() override;

    // What a holder of a role of this tier could do, in one sentence; empty for tier 2 and up.
    static QString tierWarning(ie::catalog::Tier tier);

    QString exportText() const;
    void setExportFormat(ie::graph::GrantPlan::Format format);

private:
    void updateExport();
    void updateRunButton();

    ie::graph::GrantPlan m_plan;
    QTextBrowser *m_requests;
    QCheckBox *m_confirm;
    QComboBox *m_format;
    QPlainTextEdit *m_export;
    QDialogButtonBox *m_buttons;
};

} // namespace ie::ui
