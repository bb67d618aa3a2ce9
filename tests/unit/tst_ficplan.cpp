// Federated credential planning: the presets' issuers and subjects, the checks before sending
// (name, https issuer, audience, duplicates, the limit of 20), the requests a change sends and
// its exports.

#include "federation/ficplan.h"
#include "graph/grantplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::federation;

Q_DECLARE_METATYPE(ie::federation::Preset)
Q_DECLARE_METATYPE(ie::federation::FicHost)
Q_DECLARE_METATYPE(ie::federation::FicExport)
Q_DECLARE_METATYPE(ie::federation::FicChange::Action)
Q_DECLARE_METATYPE(ie::graph::PlannedChange::Action)

namespace {

const QString Uami = u"/subscriptions/2d6a/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-orders-shared"_s;

FicChange change(FicHost host, FicChange::Action action)
{
    FicChange c;
    c.action = action;
    c.target.host = host;
    c.target.armId = host == FicHost::ManagedIdentity ? Uami : QString();
    c.target.appId = host == FicHost::Application ? u"3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9"_s : QString();
    c.credential = {u"github-prod"_s, u"https://token.actions.githubusercontent.com"_s,
                    u"repo:contoso/orders:environment:Production"_s,
                    {u"api://AzureADTokenExchange"_s}, {}, {}};
    return c;
}

} // namespace

class TestFicPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presets_data();
    void presets();
    void presetKeysRoundTrip();
    void validation_data();
    void validation();
    void limitOfTwenty();
    void editingSkipsItself();
    void requests_data();
    void requests();
    void exports_data();
    void exports();
    void targetParts();
    void asGrantPlan_data();
    void asGrantPlan();
};

void TestFicPlan::presets_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("subject");
    const QString gh = u"https://token.actions.githubusercontent.com"_s;
    QTest::newRow("branch") << Preset::GitHubBranch << gh << u"repo:contoso/orders:ref:refs/heads/main"_s;
    QTest::newRow("environment") << Preset::GitHubEnvironment << gh
                                 << u"repo:contoso/orders:environment:main"_s;
    QTest::newRow("pull request") << Preset::GitHubPullRequest << gh
                                  << u"repo:contoso/orders:pull_request"_s;
    QTest::newRow("tag") << Preset::GitHubTag << gh << u"repo:contoso/orders:ref:refs/tags/main"_s;
    QTest::newRow("kubernetes") << Preset::Kubernetes << u"https://oidc.example/cluster/"_s
                                << u"system:serviceaccount:orders:main"_s;
    QTest::newRow("terraform") << Preset::TerraformCloud << u"https://app.terraform.io"_s
                               << u"organization:contoso:project:orders:workspace:main:run_phase:plan"_s;
    QTest::newRow("other") << Preset::Other << u"https://oidc.example/cluster/"_s << u"anything"_s;
}

void TestFicPlan::presets()
{
    QFETCH(Preset, preset);
    PresetInput in;
    in.organization = u"contoso"_s;
    in.repository = u"orders"_s;
    in.value = u"main"_s;
    in.scope = preset == Preset::TerraformCloud ? u"orders"_s : u"orders"_s;
    in.phase = u"plan"_s;
    in.issuer = u"https://oidc.example/cluster/"_s;
    in.subject = u"anything"_s;
    const FicCredential c = credentialFromPreset(preset, in, u"cred"_s);
    QTEST(c.issuer, "issuer");
    QTEST(c.subject, "subject");
    QCOMPARE(c.audiences, QStringList{u"api://AzureADTokenExchange"_s});
    QCOMPARE(c.name, u"cred"_s);
    QVERIFY(!presetName(preset).isEmpty());
}

void TestFicPlan::presetKeysRoundTrip()
{
    for (Preset p : allPresets()) {
        Preset back = Preset::Other;
        QVERIFY(presetFromKey(presetKey(p), &back));
        QCOMPARE(back, p);
    }
    Preset x;
    QVERIFY(!presetFromKey(u"gitlab"_s, &x));
    // The immutable subject form names the owner and repository ids.
    PresetInput in;
    in.organization = u"contoso"_s;
    in.organizationId = u"123"_s;
    in.repository = u"orders"_s;
    in.repositoryId = u"456"_s;
    in.value = u"prod"_s;
    QCOMPARE(credentialFromPreset(Preset::GitHubEnvironment, in, u"x"_s).subject,
             u"repo:contoso@123/orders@456:environment:prod"_s);
}

void TestFicPlan::validation_data()
{
    QTest::addColumn<FicHost>("host");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QStringList>("audiences");
    QTest::addColumn<int>("problems");
    const QString gh = u"https://token.actions.githubusercontent.com"_s;
    const QStringList aud{u"api://AzureADTokenExchange"_s};
    QTest::newRow("good arm") << FicHost::ManagedIdentity << u"gh-main"_s << gh << u"s"_s << aud << 0;
    QTest::newRow("good graph") << FicHost::Application << u"gh.main~1"_s << gh << u"s"_s << aud << 0;
    QTest::newRow("short name") << FicHost::ManagedIdentity << u"ab"_s << gh << u"s"_s << aud << 1;
    QTest::newRow("arm dot") << FicHost::ManagedIdentity << u"gh.main"_s << gh << u"s"_s << aud << 1;
    QTest::newRow("leading dash") << FicHost::ManagedIdentity << u"-gh"_s << gh << u"s"_s << aud << 1;
    QTest::newRow("http issuer") << FicHost::ManagedIdentity << u"gh-main"_s
                                 << u"http://token.actions.githubusercontent.com"_s << u"s"_s << aud << 1;
    QTest::newRow("no issuer") << FicHost::Application << u"gh-main"_s << QString() << u"s"_s << aud << 1;
    QTest::newRow("no subject") << FicHost::ManagedIdentity << u"gh-main"_s << gh << u" "_s << aud << 1;
    QTest::newRow("no audience") << FicHost::ManagedIdentity << u"gh-main"_s << gh << u"s"_s
                                 << QStringList() << 1;
    QTest::newRow("graph two audiences") << FicHost::Application << u"gh-main"_s << gh << u"s"_s
                                         << (aud + QStringList{u"x"_s}) << 1;
    QTest::newRow("arm two audiences") << FicHost::ManagedIdentity << u"gh-main"_s << gh << u"s"_s
                                       << (aud + QStringList{u"x"_s}) << 0;
    QTest::newRow("duplicate name") << FicHost::ManagedIdentity << u"existing"_s << gh << u"s"_s
                                    << aud << 1;
    QTest::newRow("duplicate issuer+subject")
            << FicHost::ManagedIdentity << u"gh-other"_s << gh << u"repo:a/b:pull_request"_s << aud << 1;
}

void TestFicPlan::validation()
{
    QFETCH(FicHost, host);
    QFETCH(QString, name);
    QFETCH(QString, issuer);
    QFETCH(QString, subject);
    QFETCH(QStringList, audiences);
    const QList<FicCredential> existing{{u"existing"_s, u"https://token.actions.githubusercontent.com"_s,
                                         u"repo:a/b:pull_request"_s, audiences, {}, {}}};
    const QStringList problems = validate({name, issuer, subject, audiences, {}, {}}, host, existing);
    QTEST(int(problems.size()), "problems");
}

void TestFicPlan::limitOfTwenty()
{
    QList<FicCredential> existing;
    const FicCredential draft{u"new-one"_s, u"https://issuer.example"_s, u"new"_s,
                              {u"api://AzureADTokenExchange"_s}, {}, {}};
    for (int i = 0; i < 19; ++i)
        existing.append({u"c%1x"_s.arg(i), u"https://issuer.example"_s, u"s%1"_s.arg(i), {u"a"_s}, {}, {}});
    QVERIFY(validate(draft, FicHost::ManagedIdentity, existing).isEmpty());
    existing.append({u"c19x"_s, u"https://issuer.example"_s, u"s19"_s, {u"a"_s}, {}, {}});
    const QStringList problems = validate(draft, FicHost::Application, existing);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(u"20"_s));
}

void TestFicPlan::editingSkipsItself()
{
    const QList<FicCredential> existing{{u"gh-main"_s, u"https://token.actions.githubusercontent.com"_s,
                                         u"repo:a/b:ref:refs/heads/main"_s,
                                         {u"api://AzureADTokenExchange"_s}, {}, {}}};
    FicCredential edited = existing.first();
    edited.audiences = {u"api://AzureADTokenExchange"_s};
    QVERIFY(validate(edited, FicHost::ManagedIdentity, existing, u"gh-main"_s).isEmpty());
    QCOMPARE(validate(edited, FicHost::ManagedIdentity, existing).size(), 2); // name and pair
}

void TestFicPlan::requests_data()
{
    QTest::addColumn<FicHost>("host");
    QTest::addColumn<FicChange::Action>("action");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("hasName");
    const QString arm = Uami + u"/federatedIdentityCredentials/github-prod?api-version=2023-01-31"_s;
    const QString graph = u"/v1.0/applications(appId='3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9')/federatedIdentityCredentials"_s;
    QTest::newRow("arm add") << FicHost::ManagedIdentity << FicChange::Action::Add << QByteArray("PUT") << arm << false;
    QTest::newRow("arm update") << FicHost::ManagedIdentity << FicChange::Action::Update << QByteArray("PUT") << arm << false;
    QTest::newRow("arm remove") << FicHost::ManagedIdentity << FicChange::Action::Remove << QByteArray("DELETE") << arm << false;
    QTest::newRow("graph add") << FicHost::Application << FicChange::Action::Add << QByteArray("POST") << graph << true;
    QTest::newRow("graph update") << FicHost::Application << FicChange::Action::Update << QByteArray("PATCH")
                                  << graph + u"/github-prod"_s << false;
    QTest::newRow("graph remove") << FicHost::Application << FicChange::Action::Remove << QByteArray("DELETE")
                                  << graph + u"/github-prod"_s << false;
}

void TestFicPlan::requests()
{
    QFETCH(FicHost, host);
    QFETCH(FicChange::Action, action);
    const FicChange c = change(host, action);
    QTEST(c.method(), "method");
    QTEST(c.path(), "path");
    if (action == FicChange::Action::Remove) {
        QVERIFY(c.body().isEmpty());
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(c.body()).object();
    const QJsonObject props = host == FicHost::ManagedIdentity ? body.value("properties"_L1).toObject() : body;
    QCOMPARE(props.value("subject"_L1).toString(), u"repo:contoso/orders:environment:Production"_s);
    QCOMPARE(props.value("audiences"_L1).toArray().size(), 1);
    QTEST(body.contains("name"_L1), "hasName");
    QVERIFY(!c.describe().isEmpty());
}

void TestFicPlan::exports_data()
{
    QTest::addColumn<FicHost>("host");
    QTest::addColumn<FicChange::Action>("action");
    QTest::addColumn<FicExport>("format");
    QTest::addColumn<QStringList>("expected");
    const auto mi = FicHost::ManagedIdentity;
    const auto app = FicHost::Application;
    QTest::newRow("az mi add") << mi << FicChange::Action::Add << FicExport::AzureCli
                               << QStringList{u"az identity federated-credential create --name 'github-prod' --identity-name 'id-orders-shared' --resource-group 'rg-identity' --subscription '2d6a'"_s,
                                              u"--subject 'repo:contoso/orders:environment:Production'"_s,
                                              u"--audiences 'api://AzureADTokenExchange'"_s};
    QTest::newRow("az mi remove") << mi << FicChange::Action::Remove << FicExport::AzureCli
                                  << QStringList{u"az identity federated-credential delete --name 'github-prod'"_s, u"--yes"_s};
    QTest::newRow("az app add") << app << FicChange::Action::Add << FicExport::AzureCli
                                << QStringList{u"az ad app federated-credential create --id '3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9' --parameters '{"_s,
                                               u"\"name\":\"github-prod\""_s};
    QTest::newRow("az app update") << app << FicChange::Action::Update << FicExport::AzureCli
                                   << QStringList{u"az ad app federated-credential update --id '3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9' --federated-credential-id 'github-prod'"_s};
    QTest::newRow("ps mi add") << mi << FicChange::Action::Add << FicExport::PowerShell
                               << QStringList{u"New-AzFederatedIdentityCredential -ResourceGroupName 'rg-identity' -IdentityName 'id-orders-shared' -Name 'github-prod'"_s,
                                              u"-Audience 'api://AzureADTokenExchange'"_s};
    QTest::newRow("ps app remove") << app << FicChange::Action::Remove << FicExport::PowerShell
                                   << QStringList{u"Get-MgApplication -Filter \"appId eq '3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9'\""_s,
                                                  u"Remove-MgApplicationFederatedIdentityCredential -ApplicationId $app.Id -FederatedIdentityCredentialId 'github-prod'"_s};
    QTest::newRow("bicep mi") << mi << FicChange::Action::Add << FicExport::Bicep
                              << QStringList{u"'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2023-01-31'"_s,
                                             u"parent: identity"_s, u"name: 'id-orders-shared'"_s};
    QTest::newRow("bicep app") << app << FicChange::Action::Add << FicExport::Bicep
                               << QStringList{u"extension microsoftGraphV1"_s,
                                              u"'Microsoft.Graph/applications/federatedIdentityCredentials@v1.0'"_s};
    QTest::newRow("terraform mi") << mi << FicChange::Action::Add << FicExport::Terraform
                                  << QStringList{u"resource \"azurerm_federated_identity_credential\" \"github_prod\""_s,
                                                 u"parent_id           = \""_s + Uami + u'"',
                                                 u"audience            = [\"api://AzureADTokenExchange\"]"_s};
    QTest::newRow("terraform app") << app << FicChange::Action::Add << FicExport::Terraform
                                   << QStringList{u"client_id = \"3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9\""_s,
                                                  u"azuread_application_federated_identity_credential"_s};
    QTest::newRow("terraform remove") << mi << FicChange::Action::Remove << FicExport::Terraform
                                      << QStringList{u"terraform destroy -target=azurerm_federated_identity_credential.github_prod"_s};
}

void TestFicPlan::exports()
{
    QFETCH(FicHost, host);
    QFETCH(FicChange::Action, action);
    QFETCH(FicExport, format);
    QFETCH(QStringList, expected);
    const QString text = exportChange(change(host, action), format);
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(u"missing «%1» in:\n%2"_s.arg(e, text)));
    QVERIFY(!exportName(format).isEmpty());
}

void TestFicPlan::targetParts()
{
    FicTarget t;
    t.armId = Uami;
    QCOMPARE(t.subscriptionId(), u"2d6a"_s);
    QCOMPARE(t.resourceGroup(), u"rg-identity"_s);
    QCOMPARE(t.identityName(), u"id-orders-shared"_s);
}

// A change as the plan the review and the plan job run: the review's request is exactly what
// FicClient sends, the audit target names the credential, and each export format is the change's.
void TestFicPlan::asGrantPlan_data()
{
    QTest::addColumn<FicHost>("host");
    QTest::addColumn<FicChange::Action>("action");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<ie::graph::PlannedChange::Action>("planned");
    const QString arm = u"https://arm.test"_s + Uami
            + u"/federatedIdentityCredentials/github-prod?api-version=2023-01-31"_s;
    const QString graph = u"https://graph.test/v1.0/applications(appId='3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9')/federatedIdentityCredentials"_s;
    using P = ie::graph::PlannedChange::Action;
    QTest::newRow("arm add") << FicHost::ManagedIdentity << FicChange::Action::Add << u"PUT"_s << arm
                             << P::AddFederatedCredential;
    QTest::newRow("arm update") << FicHost::ManagedIdentity << FicChange::Action::Update << u"PUT"_s
                                << arm << P::UpdateFederatedCredential;
    QTest::newRow("arm remove") << FicHost::ManagedIdentity << FicChange::Action::Remove
                                << u"DELETE"_s << arm << P::RemoveFederatedCredential;
    QTest::newRow("graph add") << FicHost::Application << FicChange::Action::Add << u"POST"_s
                               << graph << P::AddFederatedCredential;
    QTest::newRow("graph update") << FicHost::Application << FicChange::Action::Update
                                  << u"PATCH"_s << graph + u"/github-prod"_s
                                  << P::UpdateFederatedCredential;
    QTest::newRow("graph remove") << FicHost::Application << FicChange::Action::Remove
                                  << u"DELETE"_s << graph + u"/github-prod"_s
                                  << P::RemoveFederatedCredential;
}

void TestFicPlan::asGrantPlan()
{
    QFETCH(FicHost, host);
    QFETCH(FicChange::Action, action);
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(ie::graph::PlannedChange::Action, planned);
    const FicChange c = change(host, action);
    ie::graph::GrantPlan plan;
    plan.setEndpoints(u"https://graph.test"_s, u"https://arm.test"_s);
    plan.add(ie::graph::PlannedChange::fromFederated(c));
    QCOMPARE(plan.changes().first().action, planned);
    QVERIFY(plan.changes().first().isFederated());
    QVERIFY(!plan.changes().first().isGrant()); // never a tier-0 confirmation
    QVERIFY(!plan.needsSecondConfirmation());
    const QList<ie::graph::PlannedRequest> requests = plan.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(QString::fromLatin1(requests.first().method), method);
    QCOMPARE(requests.first().url, url);
    if (action == FicChange::Action::Remove) {
        QVERIFY(requests.first().body.isEmpty());
    } else {
        QCOMPARE(QJsonDocument::fromJson(requests.first().body.toUtf8()),
                 QJsonDocument::fromJson(c.body()));
    }
    QVERIFY(plan.changes().first().target().contains(u"github-prod"_s));
    QCOMPARE(plan.exportAs(ie::graph::GrantPlan::Format::AzCli), exportChange(c, FicExport::AzureCli));
    QCOMPARE(plan.exportAs(ie::graph::GrantPlan::Format::Bicep), exportChange(c, FicExport::Bicep));
    QCOMPARE(plan.exportAs(ie::graph::GrantPlan::Format::Terraform),
             exportChange(c, FicExport::Terraform));
    QCOMPARE(plan.exportAs(ie::graph::GrantPlan::Format::PowerShell),
             exportChange(c, FicExport::PowerShell));
    const QString curl = plan.exportAs(ie::graph::GrantPlan::Format::Curl);
    QVERIFY2(curl.contains(u"-X "_s + method + u" \""_s + url + u'"'), qPrintable(curl));
    QCOMPARE(curl.contains(u"-d '"_s), action != FicChange::Action::Remove);
}

QTEST_GUILESS_MAIN(TestFicPlan)
#include "tst_ficplan.moc"
