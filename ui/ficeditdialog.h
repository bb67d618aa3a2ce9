#pragma once

#include "federation/ficplan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace ie::ui {

// Adds or edits one federated identity credential: a preset (GitHub Actions branch, environment,
// pull request, tag; Kubernetes; Terraform Cloud; other) with only the fields it needs, the
// issuer, subject and audience it makes shown live, and the checks made before anything is sent
// (name, https issuer, audience, duplicates, the limit of 20) shown under them; OK only when
// nothing is wrong. What it makes is credential(); the caller reviews and sends it.
class FicEditDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FicEditDialog)
public:
    // `editing` set: edit that credential (its name fixed), else add one.
    FicEditDialog(ie::federation::FicHost host, const QList<ie::federation::FicCredential> &existing,
                  const std::optional<ie::federation::FicCredential> &editing,
                  QWidget *parent = nullptr);
    ~FicEditDialog() override;

    ie::federation::FicCredential credential() const;
    QStringList problems() const { return m_problems; }
    void setPreset(ie::federation::Preset preset);

private:
    void updatePreview();
    QLineEdit *field(const QString &objectName, const QString &placeholder);

    ie::federation::FicHost m_host;
    QList<ie::federation::FicCredential> m_existing;
    QString m_replacing;
    QFormLayout *m_form;
    QComboBox *m_preset;
    QLineEdit *m_name;
    QLineEdit *m_organization;
    QLineEdit *m_repository;
    QLineEdit *m_organizationId;
    QLineEdit *m_repositoryId;
    QLineEdit *m_value;
    QLineEdit *m_scope;
    QComboBox *m_phase;
    QLineEdit *m_issuer;
    QLineEdit *m_subject;
    QLineEdit *m_audience;
    QLineEdit *m_description;
    QLabel *m_preview = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_problems;
};

} // namespace ie::ui
