#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ie::federation {

// Where a federated identity credential lives: on a user-assigned managed identity (ARM
// Microsoft.ManagedIdentity/userAssignedIdentities/{name}/federatedIdentityCredentials) or on an
// app registration (Graph applications/{id}/federatedIdentityCredentials).
enum class FicHost { ManagedIdentity, Application };

// One federated identity credential, as either API describes it.
struct FicCredential
{
    QString name;
    QString issuer;
    QString subject;
    QStringList audiences;
    QString description; // Graph only
    QString id; // Graph: the object id; ARM: the resource id
    bool operator==(const FicCredential &) const = default;
};

// The identity the credentials belong to.
struct FicTarget
{
    FicHost host = FicHost::ManagedIdentity;
    QString armId; // the user-assigned identity's ARM id (ManagedIdentity)
    QString appId; // the app registration's appId (Application)
    QString displayName;
    // "/subscriptions/S/resourceGroups/R/providers/Microsoft.ManagedIdentity/
    // userAssignedIdentities/N" split up, for the exports.
    QString subscriptionId() const;
    QString resourceGroup() const;
    QString identityName() const;
};

inline constexpr auto DefaultAudience = "api://AzureADTokenExchange";
inline constexpr int MaxCredentialsPerIdentity = 20;
inline constexpr auto GitHubIssuer = "https://token.actions.githubusercontent.com";
inline constexpr auto TerraformCloudIssuer = "https://app.terraform.io";

// The presets of the add dialog and of `fic add --preset`.
enum class Preset {
    GitHubBranch, // repo:ORG/REPO:ref:refs/heads/BRANCH
    GitHubEnvironment, // repo:ORG/REPO:environment:ENV
    GitHubPullRequest, // repo:ORG/REPO:pull_request
    GitHubTag, // repo:ORG/REPO:ref:refs/tags/TAG
    Kubernetes, // system:serviceaccount:NAMESPACE:NAME, the cluster's OIDC issuer
    TerraformCloud, // organization:ORG:project:PROJECT:workspace:WS:run_phase:PHASE
    Other,
};

struct PresetInput
{
    QString organization; // GitHub owner, Terraform organization
    QString repository; // GitHub repository
    QString value; // branch, environment, tag; Terraform workspace; Kubernetes service account
    QString scope; // Kubernetes namespace; Terraform project
    QString phase; // Terraform run phase: plan or apply
    QString issuer; // Kubernetes: the cluster's OIDC issuer URL; Other: any
    QString subject; // Other
    // GitHub's immutable subject form: repo:ORG@ORGID/REPO@REPOID:... (empty: the classic form).
    QString organizationId;
    QString repositoryId;
};

QList<Preset> allPresets();
QString presetKey(Preset preset); // "github-branch", ... (the command line's --preset values)
bool presetFromKey(const QString &key, Preset *preset);
QString presetName(Preset preset); // translated, for the dialog
// The issuer and subject a preset makes of the input, with the default audience.
FicCredential credentialFromPreset(Preset preset, const PresetInput &input, const QString &name);

// What is wrong with `draft` before it is sent, given the credentials the identity already has
// (`existing`; `replacing`: the name of the credential being edited, empty when adding).
// Translated sentences; empty: nothing.
QStringList validate(const FicCredential &draft, FicHost host,
                     const QList<FicCredential> &existing, const QString &replacing = {});

// An add, update or remove, as the review shows it and as the exports write it.
struct FicChange
{
    enum class Action { Add, Update, Remove };
    Action action = Action::Add;
    FicTarget target;
    FicCredential credential;
    QString describe() const; // one translated sentence for the review and the audit log
    // The request the change sends: method and path relative to the service root.
    QByteArray method() const;
    QString path() const; // ARM path with api-version, or Graph path (v1.0)
    QByteArray body() const; // JSON, empty for DELETE
};

inline constexpr auto ArmApiVersion = "2023-01-31";

enum class FicExport { AzureCli, PowerShell, Bicep, Terraform };
QString exportName(FicExport format); // translated
// The change as a script or template for `format`.
QString exportChange(const FicChange &change, FicExport format);

} // namespace ie::federation
