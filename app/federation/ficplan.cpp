#include "federation/ficplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ie::federation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::federation::FicPlan)
};

QString segmentAfter(const QString &armId, const QString &key)
{
    const QStringList parts = armId.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i].compare(key, Qt::CaseInsensitive) == 0)
            return parts[i + 1];
    }
    return {};
}

// Single-quoted for POSIX shells, Bicep and PowerShell (each doubles or escapes differently).
QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(u'\'', "'\\''"_L1);
    return u'\'' + q + u'\'';
}
QString psQuote(const QString &s)
{
    QString q = s;
    q.replace(u'\'', "''"_L1);
    return u'\'' + q + u'\'';
}
QString bicepQuote(const QString &s)
{
    QString q = s;
    q.replace(u'\\', "\\\\"_L1).replace(u'\'', "\\'"_L1).replace("${"_L1, "\\${"_L1);
    return u'\'' + q + u'\'';
}
QString hclQuote(const QString &s)
{
    QString q = s;
    q.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1).replace("${"_L1, "$${"_L1);
    return u'"' + q + u'"';
}

QString terraformName(const QString &name)
{
    QString n = name;
    static const QRegularExpression bad(u"[^A-Za-z0-9_]"_s);
    n.replace(bad, u"_"_s);
    if (n.isEmpty() || n.front().isDigit())
        n.prepend(u"fic_"_s);
    return n;
}

QJsonObject graphBody(const FicChange &c)
{
    QJsonObject o{{"issuer"_L1, c.credential.issuer},
                  {"subject"_L1, c.credential.subject},
                  {"audiences"_L1, QJsonArray::fromStringList(c.credential.audiences)}};
    if (c.action == FicChange::Action::Add)
        o.insert("name"_L1, c.credential.name);
    if (!c.credential.description.isEmpty())
        o.insert("description"_L1, c.credential.description);
    return o;
}

QString githubRepo(const PresetInput &in)
{
    if (!in.organizationId.isEmpty() && !in.repositoryId.isEmpty())
        return u"repo:%1@%2/%3@%4"_s.arg(in.organization, in.organizationId, in.repository,
                                          in.repositoryId);
    return u"repo:%1/%2"_s.arg(in.organization, in.repository);
}

} // namespace

QString FicTarget::subscriptionId() const
{
    return segmentAfter(armId, u"subscriptions"_s);
}
QString FicTarget::resourceGroup() const
{
    return segmentAfter(armId, u"resourceGroups"_s);
}
QString FicTarget::identityName() const
{
    return segmentAfter(armId, u"userAssignedIdentities"_s);
}

QList<Preset> allPresets()
{
    return {Preset::GitHubBranch, Preset::GitHubEnvironment, Preset::GitHubPullRequest,
            Preset::GitHubTag,    Preset::Kubernetes,        Preset::TerraformCloud,
            Preset::Other};
}

QString presetKey(Preset preset)
{
    switch (preset) {
    case Preset::GitHubBranch:
        return u"github-branch"_s;
    case Preset::GitHubEnvironment:
        return u"github-environment"_s;
    case Preset::GitHubPullRequest:
        return u"github-pull-request"_s;
    case Preset::GitHubTag:
        return u"github-tag"_s;
    case Preset::Kubernetes:
        return u"kubernetes"_s;
    case Preset::TerraformCloud:
        return u"terraform-cloud"_s;
    case Preset::Other:
        break;
    }
    return u"other"_s;
}

bool presetFromKey(const QString &key, Preset *preset)
{
    for (Preset p : allPresets()) {
        if (presetKey(p) == key) {
            *preset = p;
            return true;
        }
    }
    return false;
}

QString presetName(Preset preset)
{
    switch (preset) {
    case Preset::GitHubBranch:
        return Tr::tr("GitHub Actions: branch");
    case Preset::GitHubEnvironment:
        return Tr::tr("GitHub Actions: environment");
    case Preset::GitHubPullRequest:
        return Tr::tr("GitHub Actions: pull request");
    case Preset::GitHubTag:
        return Tr::tr("GitHub Actions: tag");
    case Preset::Kubernetes:
        return Tr::tr("Kubernetes service account");
    case Preset::TerraformCloud:
        return Tr::tr("Terraform Cloud");
    case Preset::Other:
        break;
    }
    return Tr::tr("Other issuer");
}

// Subjects as the issuers document them:
// https://docs.github.com/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect
// https://learn.microsoft.com/azure/aks/workload-identity-overview
// https://developer.hashicorp.com/terraform/cloud-docs/workspaces/dynamic-provider-credentials/azure-configuration
FicCredential credentialFromPreset(Preset preset, const PresetInput &in, const QString &name)
{
    FicCredential c;
    c.name = name;
    c.audiences = {QString::fromLatin1(DefaultAudience)};
    switch (preset) {
    case Preset::GitHubBranch:
        c.issuer = QString::fromLatin1(GitHubIssuer);
        c.subject = githubRepo(in) + u":ref:refs/heads/"_s + in.value;
        break;
    case Preset::GitHubEnvironment:
        c.issuer = QString::fromLatin1(GitHubIssuer);
        c.subject = githubRepo(in) + u":environment:"_s + in.value;
        break;
    case Preset::GitHubPullRequest:
        c.issuer = QString::fromLatin1(GitHubIssuer);
        c.subject = githubRepo(in) + u":pull_request"_s;
        break;
    case Preset::GitHubTag:
        c.issuer = QString::fromLatin1(GitHubIssuer);
        c.subject = githubRepo(in) + u":ref:refs/tags/"_s + in.value;
        break;
    case Preset::Kubernetes:
        c.issuer = in.issuer;
        c.subject = u"system:serviceaccount:%1:%2"_s.arg(in.scope, in.value);
        break;
    case Preset::TerraformCloud:
        c.issuer = QString::fromLatin1(TerraformCloudIssuer);
        c.subject = u"organization:%1:project:%2:workspace:%3:run_phase:%4"_s.arg(
                in.organization, in.scope.isEmpty() ? u"Default Project"_s : in.scope, in.value,
                in.phase.isEmpty() ? u"apply"_s : in.phase);
        break;
    case Preset::Other:
        c.issuer = in.issuer;
        c.subject = in.subject;
        break;
    }
    return c;
}

QStringList validate(const FicCredential &draft, FicHost host, const QList<FicCredential> &existing,
                     const QString &replacing)
{
    QStringList problems;
    // ARM: ^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$; Graph: 3 to 120 URL-friendly characters.
    static const QRegularExpression armName(u"^[a-zA-Z0-9][a-zA-Z0-9_-]{2,119}$"_s);
    static const QRegularExpression graphName(u"^[A-Za-z0-9._~-]{3,120}$"_s);
    if (!(host == FicHost::ManagedIdentity ? armName : graphName).match(draft.name).hasMatch())
        problems << (host == FicHost::ManagedIdentity
                             ? Tr::tr("The name must be 3 to 120 letters, digits, '-' or '_', "
                                      "starting with a letter or digit.")
                             : Tr::tr("The name must be 3 to 120 letters, digits or the "
                                      "characters '.', '_', '~', '-'."));
    const QUrl issuer(draft.issuer, QUrl::StrictMode);
    if (!issuer.isValid() || issuer.scheme() != "https"_L1 || issuer.host().isEmpty())
        problems << Tr::tr("The issuer must be an https URL.");
    if (draft.subject.trimmed().isEmpty())
        problems << Tr::tr("The subject is empty.");
    if (draft.audiences.isEmpty() || draft.audiences.first().trimmed().isEmpty())
        problems << Tr::tr("An audience is required (usually %1).")
                            .arg(QString::fromLatin1(DefaultAudience));
    else if (host == FicHost::Application && draft.audiences.size() != 1)
        problems << Tr::tr("An app registration's credential takes exactly one audience.");
    int others = 0;
    for (const FicCredential &e : existing) {
        if (!replacing.isEmpty() && e.name.compare(replacing, Qt::CaseInsensitive) == 0)
            continue;
        ++others;
        if (replacing.isEmpty() && e.name.compare(draft.name, Qt::CaseInsensitive) == 0)
            problems << Tr::tr("A credential named %1 exists already.").arg(e.name);
        if (e.issuer == draft.issuer && e.subject == draft.subject)
            problems << Tr::tr("The credential %1 has the same issuer and subject already.").arg(e.name);
    }
    if (replacing.isEmpty() && others >= MaxCredentialsPerIdentity)
        problems << Tr::tr("The identity has %1 federated credentials, the most Entra ID allows. "
                           "Remove one first.")
                            .arg(others);
    return problems;
}

QString FicChange::describe() const
{
    const QString who = target.displayName.isEmpty()
            ? (target.host == FicHost::ManagedIdentity ? target.identityName() : target.appId)
            : target.displayName;
    switch (action) {
    case Action::Add:
        return Tr::tr("Add the federated credential %1 to %2 (issuer %3, subject %4)")
                .arg(credential.name, who, credential.issuer, credential.subject);
    case Action::Update:
        return Tr::tr("Change the federated credential %1 of %2 to issuer %3, subject %4")
                .arg(credential.name, who, credential.issuer, credential.subject);
    case Action::Remove:
        break;
    }
    return Tr::tr("Remove the federated credential %1 from %2").arg(credential.name, who);
}

QByteArray FicChange::method() const
{
    if (action == Action::Remove)
        return "DELETE";
    if (target.host == FicHost::ManagedIdentity)
        return "PUT";
    return action == Action::Add ? "POST" : "PATCH";
}

QString FicChange::path() const
{
    if (target.host == FicHost::ManagedIdentity)
        return target.armId + u"/federatedIdentityCredentials/"_s
                + QString::fromLatin1(QUrl::toPercentEncoding(credential.name))
                + u"?api-version="_s + QLatin1StringView(ArmApiVersion);
    QString p = u"/v1.0/applications(appId='%1')/federatedIdentityCredentials"_s.arg(target.appId);
    if (action != Action::Add)
        p += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(credential.name));
    return p;
}

QByteArray FicChange::body() const
{
    if (action == Action::Remove)
        return {};
    if (target.host == FicHost::ManagedIdentity)
        return QJsonDocument(QJsonObject{{"properties"_L1,
                                          QJsonObject{{"issuer"_L1, credential.issuer},
                                                      {"subject"_L1, credential.subject},
                                                      {"audiences"_L1, QJsonArray::fromStringList(
                                                                               credential.audiences)}}}})
                .toJson(QJsonDocument::Compact);
    return QJsonDocument(graphBody(*this)).toJson(QJsonDocument::Compact);
}

QString exportName(FicExport format)
{
    switch (format) {
    case FicExport::AzureCli:
        return Tr::tr("Azure CLI");
    case FicExport::PowerShell:
        return Tr::tr("PowerShell");
    case FicExport::Bicep:
        return Tr::tr("Bicep");
    case FicExport::Terraform:
        break;
    }
    return Tr::tr("Terraform");
}

namespace {

QString azCli(const FicChange &c)
{
    const FicCredential &f = c.credential;
    if (c.target.host == FicHost::ManagedIdentity) {
        const QString where = u" --name %1 --identity-name %2 --resource-group %3 --subscription %4"_s
                                      .arg(shellQuote(f.name), shellQuote(c.target.identityName()),
                                           shellQuote(c.target.resourceGroup()),
                                           shellQuote(c.target.subscriptionId()));
        if (c.action == FicChange::Action::Remove)
            return u"az identity federated-credential delete"_s + where + u" --yes\n"_s;
        return u"az identity federated-credential %1"_s.arg(c.action == FicChange::Action::Add
                                                                   ? u"create"_s
                                                                   : u"update"_s)
                + where
                + u" \\\n    --issuer %1 --subject %2 --audiences %3\n"_s.arg(
                        shellQuote(f.issuer), shellQuote(f.subject),
                        f.audiences.isEmpty() ? QString() : shellQuote(f.audiences.join(u' ')));
    }
    if (c.action == FicChange::Action::Remove)
        return u"az ad app federated-credential delete --id %1 --federated-credential-id %2\n"_s
                .arg(shellQuote(c.target.appId), shellQuote(f.name));
    QJsonObject params = graphBody(c);
    params.insert("name"_L1, f.name);
    const QString json = QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    if (c.action == FicChange::Action::Add)
        return u"az ad app federated-credential create --id %1 --parameters %2\n"_s.arg(
                shellQuote(c.target.appId), shellQuote(json));
    return u"az ad app federated-credential update --id %1 --federated-credential-id %2 "
           "--parameters %3\n"_s.arg(shellQuote(c.target.appId), shellQuote(f.name),
                                      shellQuote(json));
}

QString powerShell(const FicChange &c)
{
    const FicCredential &f = c.credential;
    QStringList aud;
    for (const QString &a : f.audiences)
        aud << psQuote(a);
    if (c.target.host == FicHost::ManagedIdentity) {
        const QString where = u" -ResourceGroupName %1 -IdentityName %2 -Name %3 -SubscriptionId %4"_s
                                      .arg(psQuote(c.target.resourceGroup()),
                                           psQuote(c.target.identityName()), psQuote(f.name),
                                           psQuote(c.target.subscriptionId()));
        if (c.action == FicChange::Action::Remove)
            return u"Remove-AzFederatedIdentityCredential"_s + where + u'\n';
        return (c.action == FicChange::Action::Add ? u"New-AzFederatedIdentityCredential"_s
                                                   : u"Update-AzFederatedIdentityCredential"_s)
                + where
                + u" `\n    -Issuer %1 -Subject %2 -Audience %3\n"_s.arg(
                        psQuote(f.issuer), psQuote(f.subject), aud.join(u','));
    }
    QString s = u"$app = Get-MgApplication -Filter \"appId eq '%1'\"\n"_s.arg(c.target.appId);
    if (c.action == FicChange::Action::Remove)
        return s
                + u"Remove-MgApplicationFederatedIdentityCredential -ApplicationId $app.Id "
                  "-FederatedIdentityCredentialId %1\n"_s.arg(psQuote(f.name));
    QString body = u"@{\n"_s;
    if (c.action == FicChange::Action::Add)
        body += u"    name = %1\n"_s.arg(psQuote(f.name));
    body += u"    issuer = %1\n    subject = %2\n    audiences = @(%3)\n"_s.arg(
            psQuote(f.issuer), psQuote(f.subject), aud.join(u','));
    if (!f.description.isEmpty())
        body += u"    description = %1\n"_s.arg(psQuote(f.description));
    body += u"}\n"_s;
    if (c.action == FicChange::Action::Add)
        return s + u"$body = "_s + body
                + u"New-MgApplicationFederatedIdentityCredential -ApplicationId $app.Id "
                  "-BodyParameter $body\n"_s;
    return s + u"$body = "_s + body
            + u"Update-MgApplicationFederatedIdentityCredential -ApplicationId $app.Id "
              "-FederatedIdentityCredentialId %1 -BodyParameter $body\n"_s.arg(psQuote(f.name));
}

QString bicep(const FicChange &c)
{
    const FicCredential &f = c.credential;
    if (c.action == FicChange::Action::Remove)
        return u"// %1\n// A deployment does not delete resources it no longer declares: remove the "
               "credential's resource from the template and delete it (see the Azure CLI export).\n"_s
                .arg(c.describe());
    QStringList aud;
    for (const QString &a : f.audiences)
        aud << u"    "_s + bicepQuote(a);
    if (c.target.host == FicHost::ManagedIdentity)
        return u"resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@%1' existing = {\n"
               "  name: %2\n}\n\n"
               "resource credential 'Microsoft.ManagedIdentity/userAssignedIdentities/"
               "federatedIdentityCredentials@%1' = {\n"
               "  parent: identity\n  name: %3\n  properties: {\n    issuer: %4\n    subject: %5\n"
               "    audiences: [\n  %6\n    ]\n  }\n}\n"_s.arg(QLatin1StringView(ArmApiVersion),
                                                              bicepQuote(c.target.identityName()),
                                                              bicepQuote(f.name),
                                                              bicepQuote(f.issuer),
                                                              bicepQuote(f.subject),
                                                              aud.join(u"\n  "_s));
    // The Microsoft Graph Bicep extension names an application's credential
    // '<application uniqueName>/<credential name>'.
    return u"extension microsoftGraphV1\n\n"
           "param applicationUniqueName string // the uniqueName of the app registration %1\n\n"
           "resource credential 'Microsoft.Graph/applications/federatedIdentityCredentials@v1.0' = {\n"
           "  name: '${applicationUniqueName}/%2'\n  issuer: %3\n  subject: %4\n"
           "  audiences: [\n  %5\n  ]\n}\n"_s.arg(c.target.appId, f.name, bicepQuote(f.issuer),
                                                  bicepQuote(f.subject), aud.join(u"\n  "_s));
}

QString terraform(const FicChange &c)
{
    const FicCredential &f = c.credential;
    QStringList aud;
    for (const QString &a : f.audiences)
        aud << hclQuote(a);
    const QString res = terraformName(f.name);
    if (c.target.host == FicHost::ManagedIdentity) {
        const QString block
                = u"resource \"azurerm_federated_identity_credential\" \"%1\" {\n"
                  "  name                = %2\n  resource_group_name = %3\n"
                  "  parent_id           = %4\n  issuer              = %5\n"
                  "  subject             = %6\n  audience            = [%7]\n}\n"_s
                          .arg(res, hclQuote(f.name), hclQuote(c.target.resourceGroup()),
                               hclQuote(c.target.armId), hclQuote(f.issuer), hclQuote(f.subject),
                               aud.join(u", "_s));
        if (c.action == FicChange::Action::Remove)
            return u"# %1: delete this block from the configuration, or\n"
                   "# terraform destroy -target=azurerm_federated_identity_credential.%2\n"_s.arg(
                           c.describe(), res);
        return block;
    }
    const QString block
            = u"data \"azuread_application\" \"app\" {\n  client_id = %1\n}\n\n"
              "resource \"azuread_application_federated_identity_credential\" \"%2\" {\n"
              "  application_id = data.azuread_application.app.id\n  display_name   = %3\n"
              "  issuer         = %4\n  subject        = %5\n  audiences      = [%6]\n}\n"_s
                      .arg(hclQuote(c.target.appId), res, hclQuote(f.name), hclQuote(f.issuer),
                           hclQuote(f.subject), aud.join(u", "_s));
    if (c.action == FicChange::Action::Remove)
        return u"# %1: delete this block from the configuration, or\n"
               "# terraform destroy -target=azuread_application_federated_identity_credential.%2\n"_s
                .arg(c.describe(), res);
    return block;
}

} // namespace

QString exportChange(const FicChange &change, FicExport format)
{
    switch (format) {
    case FicExport::AzureCli:
        return azCli(change);
    case FicExport::PowerShell:
        return powerShell(change);
    case FicExport::Bicep:
        return bicep(change);
    case FicExport::Terraform:
        break;
    }
    return terraform(change);
}

} // namespace ie::federation
