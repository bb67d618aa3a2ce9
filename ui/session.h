#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace ie {
class AuditLog;
}
namespace ie::auth {
class ClientCredentialsProvider;
class SecretStore;
class SignInSession;
class TokenCache;
} // namespace ie::auth
namespace ie::catalog {
class Catalog;
class LiveCatalog;
} // namespace ie::catalog
namespace ie::net {
class HttpClient;
}
namespace ie::sandbox {
class SandboxServer;
}

namespace ie::federation {
struct FicTarget;
}

namespace ie::ui {
class FederationDialog;

class GrantWidget;
class GuidLookupWidget;
class IdentitiesWidget;
class MainWindow;
class TokenInspectorWidget;

// Who is signed in to which tenant: the one value every area of the window follows.
struct SignInState
{
    QString tenantId; // empty: not signed in
    QString tenantName; // "Contoso (contoso.onmicrosoft.com)", else the tenant id
    QString cloudDisplayName;
    // Who makes the changes, as the audit record stores it ("sandbox admin app" untranslated,
    // else the principal the sign-in names).
    QString principal;
    // How the status bar names it (translated, with the way of signing in).
    QString principalLabel;
    bool sandbox = false; // the in-process sandbox tenant

    bool isSignedIn() const { return !tenantId.isEmpty(); }
    bool operator==(const SignInState &) const = default;
};

// The running app: the one HttpClient, the sign-in session, the GUID catalog and its live part,
// the audit record, the keychain store, the main window and its areas, wired together once. The
// executable and the GUI tests build the same Session, so the tests run the real wiring.
//
// Sign-in state is one value (state()): every sign-in, sign-out or switch of tenant goes through
// apply(), which hands it to every area (status bar and title, tree, grant panels and audit
// record, token inspector, live catalog of the lookup).
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)
public:
    struct Options
    {
        QString auditPath; // empty: the default audit record (AuditLog::defaultPath())
        QString keychainService; // empty: the app's own
    };

    // `sandbox` (started, not owned, outliving the session) is the fresh start: the session opens
    // on it signed in as its documented admin app, and a sign-out of it comes back to it.
    explicit Session(ie::sandbox::SandboxServer *sandbox, QObject *parent = nullptr);
    Session(ie::sandbox::SandboxServer *sandbox, const Options &options, QObject *parent = nullptr);
    ~Session() override;

    SignInState state() const { return m_state; }
    // The state of the fresh start (the sandbox admin app).
    SignInState freshStartState() const;

    // A sign-in succeeded (the dialog's, or a test's): the client now uses `cache` (the session
    // owns it) on the cloud set on client(); every area follows `state`. `secretKey` is the
    // keychain entry signed in with, offered for deletion at sign-out.
    void signedIn(ie::auth::TokenCache *cache, const SignInState &state,
                  const QString &secretKey = {});
    // Forgets every token; back to the fresh start when signed in to the sandbox, else not
    // signed in. `forgetSecret`: also delete the saved secret from the keychain.
    void signOut(bool forgetSecret = false);
    QString secretKey() const { return m_secretKey; }

    // File ▸ Sign in… and Sign out (with its question).
    void openSignInDialog();
    void confirmSignOut();

    // Inspect the token of the identity (details, or "Mint a fresh token" after a grant): the
    // sandbox mints it; a real tenant's is explained instead.
    void inspectTokenOf(const QString &objectId);
    // The federated credentials of a user-assigned identity or app registration, and the
    // federation doctor (`doctor`): a dialog on the window, changes through the review, the plan
    // job and the audit record; the details follow each change.
    FederationDialog *openFederation(const ie::federation::FicTarget &target, bool doctor);

    ie::net::HttpClient *client() const { return m_client.get(); }
    ie::auth::SignInSession *signInSession() const { return m_signIn.get(); }
    ie::catalog::Catalog *catalog() const { return m_catalog.get(); }
    ie::catalog::LiveCatalog *liveCatalog() const { return m_live.get(); }
    ie::AuditLog *auditLog() const { return m_audit.get(); }
    ie::auth::SecretStore *secretStore() const { return m_secrets.get(); }
    MainWindow *window() const { return m_window.get(); }
    IdentitiesWidget *identities() const { return m_identities; }
    GrantWidget *grant() const { return m_grant; }
    TokenInspectorWidget *inspector() const { return m_inspector; }
    GuidLookupWidget *lookup() const { return m_lookup; }

Q_SIGNALS:
    // After every area follows the new state.
    void stateChanged(const ie::ui::SignInState &state);

private:
    void createAreas();
    void connectAreas();
    void apply(const SignInState &state);
    // The lookup's snippets grant to the identity selected in the tree, on the signed-in cloud.
    void updateSnippetTarget();
    void showStatus(const QString &text, int timeoutMs = 0);

    QPointer<ie::sandbox::SandboxServer> m_sandbox;
    // Declared in the order they are built; the window (and its areas, which point at the rest)
    // goes first.
    std::unique_ptr<ie::net::HttpClient> m_client;
    std::unique_ptr<ie::auth::ClientCredentialsProvider> m_freshTokens;
    std::unique_ptr<ie::auth::SignInSession> m_signIn;
    std::unique_ptr<ie::catalog::Catalog> m_catalog;
    std::unique_ptr<ie::catalog::LiveCatalog> m_live;
    std::unique_ptr<ie::AuditLog> m_audit;
    std::unique_ptr<ie::auth::SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    IdentitiesWidget *m_identities = nullptr; // the window's
    GrantWidget *m_grant = nullptr;
    TokenInspectorWidget *m_inspector = nullptr;
    GuidLookupWidget *m_lookup = nullptr;
    SignInState m_state;
    QString m_secretKey;
};

} // namespace ie::ui
