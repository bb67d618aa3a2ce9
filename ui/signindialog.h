#pragma once

#include "auth/tokencache.h"
#include "cloud/cloud.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <QUrl>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QFormLayout;
class QPushButton;
class QWidget;

namespace ie::net {
class HttpClient;
}
namespace ie::auth {
class Credential;
class SecretStore;
} // namespace ie::auth

namespace ie::ui {

// File ▸ Sign in…: the ways to get a token (sandbox, Azure CLI, device code, client secret,
// managed identity, environment, pasted token), each explained in a sentence, the cloud and the
// tenant / client id each way needs. A typed client secret goes only to the keychain (when the
// user asks) and to the credential in memory; the last choice, never a secret, is kept in
// QSettings. On success the HttpClient uses the new cloud and token cache (tokenCache(), a child
// of the client) and signedIn() is emitted; failures are shown in the dialog.
class SignInDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)
public:
    SignInDialog(ie::net::HttpClient *client, ie::auth::SecretStore *store,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    // The in-process sandbox: offered as a cloud, and its admin app as the "sandbox" way.
    void setSandbox(const Cloud &cloud, const QString &tenantId, const QString &clientId,
                    const QString &clientSecret);

    // Machine names of the ways, in list order: sandbox, cli, device-code, browser, secret,
    // managed-identity, environment, pasted.
    static QStringList wayNames();

    // After signedIn():
    ie::auth::TokenCache *tokenCache() const { return m_cache; }
    QString principal() const { return m_principal; }
    QString tenant() const { return m_tenant; }
    // The signed-in user's domain ("contoso.onmicrosoft.com") when the token names one, else the
    // tenant id: for the token inspector's verdict.
    QString tenantDisplayName() const { return m_tenantName; }
    QString cloudDisplayName() const { return m_cloud.displayName; }
    QString credentialDisplayName() const { return m_credentialName; }
    QString errorText() const;
    // The keychain entry of the client secret or the browser sign-in's refresh token signed in
    // with (empty for the other ways).
    QString secretKey() const { return m_secretKey; }

    // How the browser sign-in's address is opened: QDesktopServices::openUrl unless a test
    // replaces it. The address is also shown, with a copy button, in case no browser opened.
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_urlOpener = std::move(opener); }

public Q_SLOTS:
    void signIn();

Q_SIGNALS:
    void signedIn();
    void signInFailed(const QString &message);

private:
    void updateFields();
    void loadSettings();
    // The choice being signed in with, written to QSettings only once it succeeded.
    QHash<QString, QString> currentChoice() const;
    static void saveSettings(const QHash<QString, QString> &choice);
    void fail(const QString &message);
    void finishWith(ie::auth::Credential *credential);
    // Shows the browser sign-in's address (and opens it) while the sign-in waits for it.
    void showBrowserUrl(const QUrl &url);
    void setBusy(bool busy);
    // Emits signedIn() and closes, or (the secret could not be saved) stays open saying so.
    void completeSignIn(const QString &keychainError);

    QPointer<ie::net::HttpClient> m_client;
    QPointer<ie::auth::SecretStore> m_store;
    std::optional<Cloud> m_sandboxCloud;
    QString m_sandboxTenant;
    QString m_sandboxClientId;
    QString m_sandboxSecret;
    std::optional<Cloud> m_previousCloud;

    QFormLayout *m_form = nullptr;
    QComboBox *m_way = nullptr;
    QLabel *m_explanation = nullptr;
    QComboBox *m_cloudBox = nullptr;
    QLineEdit *m_cloudFile = nullptr;
    QLineEdit *m_tenantEdit = nullptr;
    QLineEdit *m_clientIdEdit = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QCheckBox *m_saveSecret = nullptr;
    QWidget *m_certificateBox = nullptr; // the file's path and a Browse… button
    QLineEdit *m_certificateFile = nullptr;
    QLineEdit *m_certificatePassword = nullptr;
    QCheckBox *m_saveCertificatePassword = nullptr;
    QPlainTextEdit *m_pastedEdit = nullptr;
    QWidget *m_deviceBox = nullptr;
    QLabel *m_deviceCode = nullptr;
    QPushButton *m_copyCode = nullptr;
    QWidget *m_browserBox = nullptr;
    QLabel *m_browserUrl = nullptr;
    QPushButton *m_copyUrl = nullptr;
    std::function<void(const QUrl &)> m_urlOpener;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_signInButton = nullptr;
    QLabel *m_status = nullptr;

    QPointer<ie::auth::TokenCache> m_pending;
    QPointer<ie::auth::TokenCache> m_cache;
    QString m_principal;
    QString m_tenant;
    QString m_tenantName;
    QString m_credentialName;
    QString m_error;
    QString m_secretKey;
    QString m_pendingSecretKey;
    // A typed secret to save once it has signed in (empty: nothing to save).
    QString m_secretToSave;
    bool m_saveFailed = false;
    QHash<QString, QString> m_pendingChoice;
    Cloud m_cloud;
};

} // namespace ie::ui
