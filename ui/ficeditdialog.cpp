#include "ficeditdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace ie::federation;

namespace ie::ui {

FicEditDialog::FicEditDialog(FicHost host, const QList<FicCredential> &existing,
                             const std::optional<FicCredential> &editing, QWidget *parent)
    : QDialog(parent), m_host(host), m_existing(existing)
{
    setObjectName(u"ficEdit"_s);
    setWindowTitle(editing ? tr("Edit federated credential") : tr("Add federated credential"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"preset"_s);
    for (Preset p : allPresets())
        m_preset->addItem(presetName(p), int(p));
    m_form->addRow(tr("Workload:"), m_preset);
    m_name = field(u"name"_s, tr("e.g. github-main"));
    m_form->addRow(tr("Name:"), m_name);
    m_organization = field(u"organization"_s, tr("e.g. contoso"));
    m_form->addRow(tr("Organization:"), m_organization);
    m_repository = field(u"repository"_s, tr("e.g. orders"));
    m_form->addRow(tr("Repository:"), m_repository);
    m_value = field(u"value"_s, QString());
    m_form->addRow(tr("Branch:"), m_value);
    m_scope = field(u"scope"_s, QString());
    m_form->addRow(tr("Namespace:"), m_scope);
    m_phase = new QComboBox(this);
    m_phase->setObjectName(u"phase"_s);
    m_phase->addItem(tr("apply"), u"apply"_s);
    m_phase->addItem(tr("plan"), u"plan"_s);
    m_form->addRow(tr("Run phase:"), m_phase);
    m_organizationId = field(u"organizationId"_s, tr("optional: for the immutable subject form"));
    m_form->addRow(tr("Owner id:"), m_organizationId);
    m_repositoryId = field(u"repositoryId"_s, tr("optional: for the immutable subject form"));
    m_form->addRow(tr("Repository id:"), m_repositoryId);
    m_issuer = field(u"issuer"_s, tr("https://…"));
    m_form->addRow(tr("Issuer:"), m_issuer);
    m_subject = field(u"subject"_s, QString());
    m_form->addRow(tr("Subject:"), m_subject);
    m_audience = field(u"audience"_s, QString());
    m_audience->setText(QString::fromLatin1(DefaultAudience));
    m_form->addRow(tr("Audience:"), m_audience);
    m_description = field(u"description"_s, tr("optional"));
    if (host == FicHost::Application)
        m_form->addRow(tr("Description:"), m_description);
    else
        m_description->hide();

    m_preview = new QLabel(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_preview);
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(u"problems"_s);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(u"color: #c00000"_s);
    layout->addWidget(m_problemsLabel);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Review…"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"review"_s);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (editing) {
        // An existing credential is edited as "other": its issuer and subject as they are.
        m_replacing = editing->name;
        m_name->setText(editing->name);
        m_name->setReadOnly(true);
        m_issuer->setText(editing->issuer);
        m_subject->setText(editing->subject);
        m_audience->setText(editing->audiences.join(u", "_s));
        m_description->setText(editing->description);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Other)));
    }
    connect(m_preset, &QComboBox::currentIndexChanged, this, &FicEditDialog::updatePreview);
    connect(m_phase, &QComboBox::currentIndexChanged, this, &FicEditDialog::updatePreview);
    updatePreview();
    resize(620, sizeHint().height());
}

FicEditDialog::~FicEditDialog() = default;

QLineEdit *FicEditDialog::field(const QString &objectName, const QString &placeholder)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    connect(e, &QLineEdit::textChanged, this, &FicEditDialog::updatePreview);
    return e;
}

void FicEditDialog::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

FicCredential FicEditDialog::credential() const
{
    const auto preset = Preset(m_preset->currentData().toInt());
    PresetInput in;
    in.organization = m_organization->text().trimmed();
    in.repository = m_repository->text().trimmed();
    in.organizationId = m_organizationId->text().trimmed();
    in.repositoryId = m_repositoryId->text().trimmed();
    in.value = m_value->text().trimmed();
    in.scope = m_scope->text().trimmed();
    in.phase = m_phase->currentData().toString();
    in.issuer = m_issuer->text().trimmed();
    in.subject = m_subject->text().trimmed();
    FicCredential c = credentialFromPreset(preset, in, m_name->text().trimmed());
    QStringList audiences;
    for (const QString &a : m_audience->text().split(u',', Qt::SkipEmptyParts))
        audiences << a.trimmed();
    c.audiences = audiences;
    c.description = m_host == FicHost::Application ? m_description->text().trimmed() : QString();
    return c;
}

void FicEditDialog::updatePreview()
{
    if (!m_buttons)
        return; // still being built
    const auto preset = Preset(m_preset->currentData().toInt());
    const bool github = preset == Preset::GitHubBranch || preset == Preset::GitHubEnvironment
            || preset == Preset::GitHubPullRequest || preset == Preset::GitHubTag;
    const bool k8s = preset == Preset::Kubernetes;
    const bool tfc = preset == Preset::TerraformCloud;
    const bool other = preset == Preset::Other;
    auto show = [this](QWidget *w, bool on) { m_form->setRowVisible(w, on); };
    show(m_organization, github || tfc);
    show(m_repository, github);
    show(m_organizationId, github);
    show(m_repositoryId, github);
    show(m_value, (github && preset != Preset::GitHubPullRequest) || k8s || tfc);
    show(m_scope, k8s || tfc);
    show(m_phase, tfc);
    show(m_issuer, k8s || other);
    show(m_subject, other);
    auto label = [this](QWidget *w, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(w)))
            l->setText(text);
    };
    switch (preset) {
    case Preset::GitHubEnvironment:
        label(m_value, tr("Environment:"));
        m_value->setPlaceholderText(tr("e.g. production"));
        break;
    case Preset::GitHubTag:
        label(m_value, tr("Tag:"));
        m_value->setPlaceholderText(tr("e.g. v1.0.0"));
        break;
    case Preset::Kubernetes:
        label(m_value, tr("Service account:"));
        label(m_scope, tr("Namespace:"));
        label(m_issuer, tr("Cluster's OIDC issuer:"));
        m_value->setPlaceholderText(tr("e.g. orders-sa"));
        m_scope->setPlaceholderText(tr("e.g. default"));
        break;
    case Preset::TerraformCloud:
        label(m_organization, tr("Organization:"));
        label(m_value, tr("Workspace:"));
        label(m_scope, tr("Project:"));
        m_value->setPlaceholderText(tr("e.g. orders-prod"));
        m_scope->setPlaceholderText(tr("Default Project"));
        break;
    case Preset::Other:
        label(m_issuer, tr("Issuer:"));
        break;
    default:
        label(m_value, tr("Branch:"));
        m_value->setPlaceholderText(tr("e.g. main"));
        break;
    }
    const FicCredential c = credential();
    m_preview->setText(tr("Entra ID will accept a token with\nissuer: %1\nsubject: %2\naudience: %3")
                               .arg(c.issuer.isEmpty() ? tr("(none)") : c.issuer,
                                    c.subject.isEmpty() ? tr("(none)") : c.subject,
                                    c.audiences.isEmpty() ? tr("(none)") : c.audiences.join(u", "_s)));
    m_problems = validate(c, m_host, m_existing, m_replacing);
    m_problemsLabel->setText(m_problems.join(u'\n'));
    m_problemsLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace ie::ui
