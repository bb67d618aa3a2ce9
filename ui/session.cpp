#include "session.h"

#include "federationdialog.h"
#include "grantwidget.h"
#include "guidlookupwidget.h"
#include "identitieswidget.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "tokeninspectorwidget.h"
#include "tokenrecipedialog.h"

#include "auth/clientcredentials.h"
#include "auth/secretstore.h"
#include "auth/signinsession.h"
#include "auth/tokenrecipe.h"
#include "catalog/catalog.h"
#include "catalog/livecatalog.h"
#include "catalog/snippets.h"
#include "core/auditlog.h"
#include "federation/ficplan.h"
#include "models/identitytreemodel.h"
#include "net/httpclient.h"
#include "permissions/heldpermission.h"
#include "sandbox/sandboxserver.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ie::ui {

namespace {
// The audit record stores the machine-readable name; its view translates it.
const QString SandboxAdmin = u"sandbox admin app"_s;
} // namespace

Session::Session(ie::sandbox::SandboxServer *sandbox, QObject *parent)
    : Session(sandbox, Options{}, parent)
{ }

Session::Session(ie::sandbox::SandboxServer *sandbox, const Options &options, QObject *parent)
    : QObject(parent), m_sandbox(sandbox), m_client(std::make_unique<ie::net::HttpClient>())
{
    Q_ASSERT(sandbox);
    m_client->setCloud(sandbox->cloud());
    m_freshTokens = std::make_unique<ie::auth::ClientCredentialsProvider>(
            m_client.get(), sandbox->tenantId(), sandbox->adminClientId(),
            sandbox->adminClientSecret());
    m_signIn = std::make_unique<ie::auth::SignInSession>(m_client.get());
    m_signIn->setFreshStart(sandbox->cloud(), m_freshTokens.get());

    m_catalog = std::make_unique<ie::catalog::Catalog>();
    if (const auto loaded = m_catalog->loadBundled(); !loaded)
        qWarning("%s", qPrintable(loaded.error().summary()));
    m_live = std::make_unique<ie::catalog::LiveCatalog>(m_catalog.get(), m_client.get());
    m_audit = std::make_unique<ie::AuditLog>(options.auditPath);
    m_secrets = options.keychainService.isEmpty()
            ? std::make_unique<ie::auth::SecretStore>()
            : std::make_unique<ie::auth::SecretStore>(options.keychainService);

    createAreas();
    connectAreas();
    apply(freshStartState());
}

Session::~Session()
{
    // The areas point at the client, the catalogs and the audit record: they go first.
    m_window.reset();
}

SignInState Session::freshStartState() const
{
    SignInState s;
    if (!m_sandbox)
        return s;
    s.tenantId = m_sandbox->tenantId();
    s.tenantName = u"Contoso (%1)"_s.arg(m_sandbox->tenantDomain());
    s.cloudDisplayName = m_sandbox->cloud().displayName;
    s.principal = SandboxAdmin;
    s.principalLabel = tr("sandbox admin app");
    s.sandbox = true;
    return s;
}

void Session::createAreas()
{
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_identities = new IdentitiesWidget(m_client.get());
    m_window->setAreaWidget(MainWindow::IdentitiesArea, m_identities);
    // Names held app roles and Azure roles in the details.
    m_identities->setCatalog(m_catalog.get());
    // The GUID catalog: bundled data now, the signed-in tenant's part when it is refreshed.
    m_lookup = new GuidLookupWidget(m_catalog.get());
    m_window->setAreaWidget(MainWindow::LookupArea, m_lookup);
    m_lookup->setLiveCatalog(m_live.get());
    m_window->addFileAction(m_lookup->refreshAction());
    m_inspector = new TokenInspectorWidget(m_client.get(), m_catalog.get());
    m_window->setAreaWidget(MainWindow::InspectorArea, m_inspector);
    // The grant panels act on the identity selected in the tree; changes go to the audit record.
    m_grant = new GrantWidget(m_client.get(), m_catalog.get(), m_audit.get());
    m_window->setAreaWidget(MainWindow::GrantArea, m_grant);
    // One store of what each identity holds: the panels change it, the details read it.
    m_identities->setPermissionStore(m_grant->permissionStore());
}

void Session::connectAreas()
{
    MainWindow *window = m_window.get();
    connect(window, &MainWindow::reloadRequested, m_identities, &IdentitiesWidget::reload);
    connect(window, &MainWindow::signInRequested, this, &Session::openSignInDialog);
    connect(window, &MainWindow::signOutRequested, this, &Session::confirmSignOut);
    // The tree's count, progress and problems go to the status bar too.
    connect(m_identities, &IdentitiesWidget::statusMessage, this,
            [this](const QString &text) { showStatus(text); });
    connect(m_inspector, &TokenInspectorWidget::statusMessage, this,
            [this](const QString &text) { showStatus(text, 8000); });
    connect(m_identities, &IdentitiesWidget::currentIdentityChanged, m_grant,
            &GrantWidget::setIdentity);
    connect(m_identities, &IdentitiesWidget::currentIdentityChanged, this,
            &Session::updateSnippetTarget);
    // What a grant changes, the details show too, and the tree's tier marks are checked again.
    connect(m_grant, &GrantWidget::heldChanged, m_identities, &IdentitiesWidget::followHeldChange);
    // Revoke on the card: the grant panel of its kind reviews and runs it.
    connect(m_identities, &IdentitiesWidget::revokeRequested, m_grant,
            [this](const ie::permissions::HeldPermission &held) {
                if (!m_grant->reviewRevoke(held))
                    showStatus(tr("%1 cannot be revoked from here.").arg(held.roleName), 8000);
            });
    // Across the areas: "Grant…" in the details opens the panels on that identity; "Grant to…" in
    // the lookup preselects the role; the oid of a token selects its identity in the tree.
    connect(m_lookup, &GuidLookupWidget::grantRequested, m_grant,
            [this](const QString &kind, const QString &app, const QString &id) {
                m_grant->preselectRole(kind, app, id);
                m_window->showArea(MainWindow::GrantArea);
            });
    connect(m_identities, &IdentitiesWidget::grantRequested, m_grant,
            [this](const QString &objectId, const QString &name) {
                m_grant->setIdentity(objectId, name);
                m_window->showArea(MainWindow::GrantArea);
            });
    connect(m_inspector, &TokenInspectorWidget::identityRequested, m_identities,
            [this](const QString &objectId) {
                m_identities->selectIdentity(objectId);
                m_window->showArea(MainWindow::IdentitiesArea);
            });
    connect(m_identities, &IdentitiesWidget::inspectTokenRequested, this, &Session::inspectTokenOf);
    connect(m_identities, &IdentitiesWidget::federationRequested, this,
            [this](const ie::federation::FicTarget &t, bool doctor) { openFederation(t, doctor); });
    connect(m_grant, &GrantWidget::mintTokenRequested, this, &Session::inspectTokenOf);
}

void Session::apply(const SignInState &state)
{
    m_state = state;
    m_window->setSignInState(state.tenantId, state.cloudDisplayName, state.principalLabel);
    m_window->setTenantDescription(state.isSignedIn() ? state.tenantName : QString(),
                                   state.sandbox);
    // The inspector's verdict names the signed-in tenant; Get token names whose token it is.
    m_inspector->setTenantName(state.tenantId, state.tenantName);
    m_inspector->setSignedInAs(state.principalLabel);
    // The audit record names who made each change, and shows this tenant's.
    m_grant->setSignedIn(state.principal, state.tenantId, state.sandbox);
    // The lookup's live part is the signed-in tenant's.
    m_live->setTenant(state.tenantId, state.tenantName);
    m_identities->reload();
    updateSnippetTarget();
    Q_EMIT stateChanged(m_state);
}

void Session::updateSnippetTarget()
{
    ie::catalog::SnippetTarget target;
    if (const ie::models::Identity *i = m_identities->currentIdentity()) {
        target.principalObjectId = i->objectId;
        target.principalName = i->displayName;
    }
    const ie::Cloud &cloud = m_client->cloud();
    if (cloud.graphUrl.isValid())
        target.graphUrl = cloud.graphUrl.toString();
    if (cloud.armUrl.isValid())
        target.armUrl = cloud.armUrl.toString();
    m_lookup->setSnippetTarget(target);
}

void Session::signedIn(ie::auth::TokenCache *cache, const SignInState &state,
                       const QString &secretKey)
{
    m_signIn->signedIn(cache);
    m_secretKey = secretKey;
    apply(state);
}

void Session::signOut(bool forgetSecret)
{
    m_signIn->signOut();
    if (forgetSecret && !m_secretKey.isEmpty()) {
        m_secrets->remove(m_secretKey, this, [this](ie::VoidResult r) {
            if (!r.ok())
                showStatus(r.error().userMessage());
        });
    }
    m_secretKey.clear();
    apply(m_signIn->isFreshStart() ? freshStartState() : SignInState{});
}

void Session::openSignInDialog()
{
    auto *dialog = new SignInDialog(m_client.get(), m_secrets.get(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_sandbox)
        dialog->setSandbox(m_sandbox->cloud(), m_sandbox->tenantId(), m_sandbox->adminClientId(),
                           m_sandbox->adminClientSecret());
    connect(dialog, &SignInDialog::signedIn, this, [this, dialog] {
        SignInState s;
        s.tenantId = dialog->tenant();
        s.sandbox = m_sandbox && dialog->tenant() == m_sandbox->tenantId();
        s.tenantName = s.sandbox ? freshStartState().tenantName : dialog->tenantDisplayName();
        s.cloudDisplayName = dialog->cloudDisplayName();
        s.principal = dialog->principal();
        s.principalLabel = tr("%1 (%2)").arg(dialog->principal(), dialog->credentialDisplayName());
        signedIn(dialog->tokenCache(), s, dialog->secretKey());
    });
    dialog->open();
}

void Session::confirmSignOut()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Sign out"),
                                tr("Sign out and forget every access token?"),
                                QMessageBox::Yes | QMessageBox::Cancel, m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_secretKey.isEmpty())
        box->setCheckBox(new QCheckBox(
                m_secretKey.startsWith("refresh-token/"_L1)
                        ? tr("Also delete the saved browser sign-in from the keychain")
                        : tr("Also delete the saved client secret from the keychain")));
    connect(box, &QMessageBox::finished, this, [this, box](int result) {
        if (result == QMessageBox::Yes)
            signOut(box->checkBox() && box->checkBox()->isChecked());
    });
    box->open();
}

void Session::inspectTokenOf(const QString &objectId)
{
    if (!m_sandbox || m_client->cloud().name != "Sandbox"_L1) {
        // A real tenant: nothing here can mint another identity's token. Say so, and for a
        // managed identity give the exact request to run on its host.
        const ie::models::Identity *i
                = m_identities->model()->identity(m_identities->model()->indexOfObjectId(objectId));
        const bool managed = i
                && (i->kind == ie::models::Identity::Kind::SystemAssigned
                    || i->kind == ie::models::Identity::Kind::UserAssigned);
        if (!managed) {
            showStatus(tr("Only the identity itself can get its token: sign in as it (File ▸ "
                          "Sign in…, e.g. with its client secret) and press Get token in the "
                          "inspector."),
                       12000);
            return;
        }
        ie::auth::ManagedIdentityHost host;
        host.userAssigned = i->kind == ie::models::Identity::Kind::UserAssigned;
        host.clientId = i->appId;
        host.resourceType = i->resourceType;
        host.attachedTo = i->attachedTo;
        const QString resource = m_client->cloud().graphAudience();
        auto *dialog = new TokenRecipeDialog(
                i->displayName,
                ie::auth::recipesText(ie::auth::managedIdentityRecipes(host, resource)),
                m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return;
    }
    // The sandbox mints what the identity's own managed-identity endpoint would hand out now,
    // with the roles it holds.
    QString error;
    const QByteArray token
            = m_sandbox->mintTokenFor(objectId, m_sandbox->cloud().graphAudience(), &error);
    if (token.isEmpty()) {
        showStatus(tr("No token for this identity: %1").arg(error), 8000);
        return;
    }
    const ie::models::Identity *i
            = m_identities->model()->identity(m_identities->model()->indexOfObjectId(objectId));
    const QString name = i && !i->displayName.isEmpty()
            ? tr("%1 (%2)").arg(i->displayName, objectId)
            : objectId;
    // Whose token and how it was made: no credential of the identity was used.
    m_inspector->setTokenText(
            QString::fromLatin1(token),
            tr("Minted by the sandbox for %1: the token its own managed-identity endpoint would "
               "hand out now, for %2, with the app roles it holds. No credential of the identity "
               "was used; on Azure only the identity itself can get its token.")
                    .arg(name, m_sandbox->cloud().graphAudience()));
    m_window->showArea(MainWindow::InspectorArea);
}

FederationDialog *Session::openFederation(const ie::federation::FicTarget &target, bool doctor)
{
    auto *dialog = new FederationDialog(m_client.get(), m_audit.get(), target, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSignedIn(m_state.principal, m_state.tenantId);
    connect(dialog, &FederationDialog::planFinished, m_identities, &IdentitiesWidget::reloadDetails);
    if (doctor)
        dialog->showDoctor();
    dialog->show();
    return dialog;
}

void Session::showStatus(const QString &text, int timeoutMs)
{
    m_window->statusBar()->showMessage(text, timeoutMs);
}

} // namespace ie::ui
