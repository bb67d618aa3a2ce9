#include "signindialog.h"

#include "auth/chainedcredential.h"
#include "auth/clientsecretcredential.h"
#include "auth/credential.h"
#include "auth/devicecodecredential.h"
#include "auth/interactivebrowsercredential.h"
#include "auth/pastedtokencredential.h"
#include "auth/secretstore.h"
#include "auth/tokencache.h"
#include "auth/credentialoptions.h"
#include "net/httpclient.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace ie::ui {

namespace {
const auto SettingsGroup = "signIn"_L1;
const auto CustomCloud = "custom"_L1;

// The way's sentence: word-wrapped, asking its layout for the height its text needs at its
// width, but without height-for-width: Qt 6.4's QFormLayout gives a row that setRowVisible
// shows again no height at all (the Tenant row vanished after visiting Pasted token) when
// another row has height-for-width.
class SentenceLabel : public QLabel
{
public:
    using QLabel::QLabel;
    bool hasHeightForWidth() const override { return false; }
    QSize minimumSizeHint() const override
    {
        QSize s = QLabel::minimumSizeHint();
        s.setHeight(heightForWidth(isVisible() ? width() : QLabel::sizeHint().width()));
        return s;
    }
    QSize sizeHint() const override
    {
        QSize s = QLabel::sizeHint();
        s.setHeight(minimumSizeHint().height());
        return s;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry(); // another width, another height
    }
};
} // namespace

QStringList SignInDialog::wayNames()
{
    return {u"sandbox"_s,          u"chain"_s,       u"cli"_s,
            u"device-code"_s,      u"browser"_s,     u"secret"_s,
            u"certificate"_s,      u"managed-identity"_s, u"environment"_s,
            u"pasted"_s};
}

SignInDialog::SignInDialog(ie::net::HttpClient *client, ie::auth::SecretStore *store,
                           QWidget *parent)
    : QDialog(parent), m_client(client), m_store(store)
{
    setWindowTitle(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_way = new QComboBox(this);
    m_way->setObjectName(u"way"_s);
    const QStringList labels = {tr("Sandbox tenant"),   tr("Automatic"),   tr("Azure CLI"),
                                tr("Device code"),      tr("Browser"),     tr("Client secret"),
                                tr("Client certificate"), tr("Managed identity"), tr("Environment"),
                                tr("Pasted token")};
    const QStringList sentences
            = {tr("The built-in sandbox tenant, signed in as its documented admin app."),
               tr("Tries what the Azure SDKs' default credential tries, in order: the environment "
                  "variables, workload identity, this machine's managed identity and the Azure "
                  "CLI; then the web browser. Says why each step was skipped."),
               tr("Uses the account you signed in with 'az login'."),
               tr("Shows a code to enter at a web page, on any device with a browser."),
               tr("Opens your organization's sign-in page in the web browser; the next start "
                  "signs in silently with the refresh token kept in the system keychain."),
               tr("An application's tenant, client id and secret; the secret is kept only in the "
                  "system keychain."),
               tr("An application's tenant, client id and certificate file (PEM with its private "
                  "key, or PKCS#12); the file's password is kept only in the system keychain."),
               tr("The identity of the Azure machine, App Service or container this app runs on."),
               tr("Reads AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or "
                  "AZURE_CLIENT_CERTIFICATE_PATH), as the Azure SDKs do."),
               tr("An access token you paste, used for its own audience until it expires.")};
    const QStringList names = wayNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        m_way->addItem(labels.at(i), names.at(i));
        m_way->setItemData(int(i), sentences.at(i), Qt::ToolTipRole);
    }
    m_form->addRow(tr("&Way:"), m_way);
    m_explanation = new SentenceLabel(this);
    m_explanation->setObjectName(u"explanation"_s);
    m_explanation->setWordWrap(true);
    m_form->addRow(QString(), m_explanation);

    m_cloudBox = new QComboBox(this);
    m_cloudBox->setObjectName(u"cloud"_s);
    for (const Cloud &c : Cloud::knownClouds())
        m_cloudBox->addItem(c.displayName, c.name);
    m_cloudBox->addItem(tr("Custom cloud (configuration file)"), QString(CustomCloud));
    m_form->addRow(tr("&Cloud:"), m_cloudBox);
    m_cloudFile = new QLineEdit(this);
    m_cloudFile->setObjectName(u"cloudConfig"_s);
    m_cloudFile->setPlaceholderText(tr("File in the format 'az cloud register' reads"));
    m_form->addRow(tr("Cloud &file:"), m_cloudFile);
    m_tenantEdit = new QLineEdit(this);
    m_tenantEdit->setObjectName(u"tenant"_s);
    m_tenantEdit->setPlaceholderText(tr("Tenant id or domain"));
    m_form->addRow(tr("&Tenant:"), m_tenantEdit);
    m_clientIdEdit = new QLineEdit(this);
    m_clientIdEdit->setObjectName(u"clientId"_s);
    m_form->addRow(tr("Client &id:"), m_clientIdEdit);
    m_secretEdit = new QLineEdit(this);
    m_secretEdit->setObjectName(u"secret"_s);
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(tr("Leave empty to use the secret in the keychain"));
    m_form->addRow(tr("&Secret:"), m_secretEdit);
    m_saveSecret = new QCheckBox(tr("Save the secret in the system keychain"), this);
    m_saveSecret->setObjectName(u"saveSecret"_s);
    m_form->addRow(QString(), m_saveSecret);
    m_certificateBox = new QWidget(this);
    auto *certificateLayout = new QHBoxLayout(m_certificateBox);
    certificateLayout->setContentsMargins({});
    m_certificateFile = new QLineEdit(m_certificateBox);
    m_certificateFile->setObjectName(u"certificateFile"_s);
    m_certificateFile->setPlaceholderText(tr("PEM or PKCS#12 (.pfx) file"));
    auto *browse = new QPushButton(tr("&Browse…"), m_certificateBox);
    browse->setObjectName(u"browseCertificate"_s);
    certificateLayout->addWidget(m_certificateFile, 1);
    certificateLayout->addWidget(browse);
    m_form->addRow(tr("C&ertificate:"), m_certificateBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Client certificate"), m_certificateFile->text(),
                                        tr("Certificates (*.pem *.crt *.pfx *.p12);;All files (*)"));
        chooser->setFileMode(QFileDialog::ExistingFile);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this,
                [this](const QString &file) { m_certificateFile->setText(file); });
        chooser->open(); // not exec(): the UI thread never waits
    });
    m_certificatePassword = new QLineEdit(this);
    m_certificatePassword->setObjectName(u"certificatePassword"_s);
    m_certificatePassword->setEchoMode(QLineEdit::Password);
    m_certificatePassword->setPlaceholderText(
            tr("Leave empty to use the password in the keychain, or none"));
    m_form->addRow(tr("File &password:"), m_certificatePassword);
    m_saveCertificatePassword
            = new QCheckBox(tr("Save the password in the system keychain"), this);
    m_saveCertificatePassword->setObjectName(u"saveCertificatePassword"_s);
    m_form->addRow(QString(), m_saveCertificatePassword);
    m_pastedEdit = new QPlainTextEdit(this);
    m_pastedEdit->setObjectName(u"pasted"_s);
    m_form->addRow(tr("&Token:"), m_pastedEdit);

    m_deviceBox = new QWidget(this);
    auto *deviceLayout = new QHBoxLayout(m_deviceBox);
    deviceLayout->setContentsMargins({});
    m_deviceCode = new QLabel(m_deviceBox);
    m_deviceCode->setObjectName(u"deviceCode"_s);
    m_deviceCode->setWordWrap(true);
    m_deviceCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyCode = new QPushButton(tr("Cop&y code"), m_deviceBox);
    m_copyCode->setObjectName(u"copyCode"_s);
    deviceLayout->addWidget(m_deviceCode, 1);
    deviceLayout->addWidget(m_copyCode);
    m_deviceBox->hide();
    layout->addWidget(m_deviceBox);

    m_browserBox = new QWidget(this);
    auto *browserLayout = new QHBoxLayout(m_browserBox);
    browserLayout->setContentsMargins({});
    m_browserUrl = new QLabel(m_browserBox);
    m_browserUrl->setObjectName(u"browserUrl"_s);
    m_browserUrl->setWordWrap(true);
    m_browserUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyUrl = new QPushButton(tr("Copy &address"), m_browserBox);
    m_copyUrl->setObjectName(u"copyUrl"_s);
    browserLayout->addWidget(m_browserUrl, 1);
    browserLayout->addWidget(m_copyUrl);
    m_browserBox->hide();
    layout->addWidget(m_browserBox);
    m_urlOpener = [](const QUrl &url) {
        QDesktopServices::openUrl(url);
    };

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_signInButton = buttons->addButton(tr("Sign &in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(u"signIn"_s);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_pending) {
            // Stop at once, not at the credential's next poll (the browser sign-in also closes
            // its listener); fail() first, so the credential's own Cancelled goes unheard.
            QPointer<ie::auth::Credential> c = m_pending->credential();
            fail(tr("Sign-in cancelled."));
            if (c)
                c->cancel();
            return;
        }
        if (m_saveFailed)
            accept(); // signed in; only the keychain failed
        else
            reject();
    });
    connect(m_copyCode, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_copyCode->property("code").toString());
    });
    connect(m_copyUrl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_copyUrl->property("url").toString()); });
    // Wide enough for the ways' sentences and the placeholders in a few lines, in every
    // language the app has.
    setMinimumWidth(fontMetrics().averageCharWidth() * 96);
    connect(m_way, &QComboBox::currentIndexChanged, this, &SignInDialog::updateFields);
    connect(m_cloudBox, &QComboBox::currentIndexChanged, this, &SignInDialog::updateFields);
    loadSettings();
    updateFields();
}

SignInDialog::~SignInDialog()
{
    delete m_pending;
}

void SignInDialog::setSandbox(const Cloud &cloud, const QString &tenantId, const QString &clientId,
                              const QString &clientSecret)
{
    m_sandboxCloud = cloud;
    m_sandboxTenant = tenantId;
    m_sandboxClientId = clientId;
    m_sandboxSecret = clientSecret;
    if (m_cloudBox->findData(cloud.name) < 0)
        m_cloudBox->insertItem(m_cloudBox->count() - 1, cloud.displayName, cloud.name);
    loadSettings();
    updateFields();
}

QString SignInDialog::errorText() const
{
    return m_error;
}

void SignInDialog::updateFields()
{
    const QString way = m_way->currentData().toString();
    m_explanation->setText(m_way->currentData(Qt::ToolTipRole).toString());
    if (way == "sandbox"_L1 && m_sandboxCloud) {
        // The sandbox way signs in to the sandbox cloud: the cloud row says so.
        const QSignalBlocker blocker(m_cloudBox);
        if (const int i = m_cloudBox->findData(m_sandboxCloud->name); i >= 0)
            m_cloudBox->setCurrentIndex(i);
    }
    const bool usesCloud = way != "pasted"_L1;
    const bool custom = m_cloudBox->currentData().toString() == CustomCloud;
    const bool tenant = way == "chain"_L1 || way == "cli"_L1 || way == "device-code"_L1
            || way == "browser"_L1 || way == "secret"_L1 || way == "certificate"_L1;
    const bool clientId = way == "device-code"_L1 || way == "browser"_L1 || way == "secret"_L1
            || way == "certificate"_L1 || way == "managed-identity"_L1;
    m_clientIdEdit->setPlaceholderText(way == "managed-identity"_L1
                                               ? tr("User-assigned identity's client id (optional)")
                                               : tr("Application (client) id"));
    const QList<std::pair<QWidget *, bool>> rows = {{m_cloudBox, usesCloud},
                                                    {m_cloudFile, usesCloud && custom},
                                                    {m_tenantEdit, tenant},
                                                    {m_clientIdEdit, clientId},
                                                    {m_secretEdit, way == "secret"_L1},
                                                    {m_saveSecret, way == "secret"_L1},
                                                    {m_certificateBox, way == "certificate"_L1},
                                                    {m_certificatePassword, way == "certificate"_L1},
                                                    {m_saveCertificatePassword,
                                                     way == "certificate"_L1},
                                                    {m_pastedEdit, way == "pasted"_L1}};
    // The rows that go first, then those that come: never both at once, which would make the
    // dialog as tall as the two ways together.
    for (const auto &[widget, shown] : rows) {
        if (!shown)
            m_form->setRowVisible(widget, false);
    }
    for (const auto &[widget, shown] : rows) {
        if (shown)
            m_form->setRowVisible(widget, true);
    }
}

void SignInDialog::loadSettings()
{
    QSettings s;
    s.beginGroup(SettingsGroup);
    if (const int i = m_way->findData(s.value("way"_L1).toString()); i >= 0)
        m_way->setCurrentIndex(i);
    if (const int i = m_cloudBox->findData(s.value("cloud"_L1).toString()); i >= 0)
        m_cloudBox->setCurrentIndex(i);
    m_cloudFile->setText(s.value("cloudConfig"_L1).toString());
    m_tenantEdit->setText(s.value("tenant"_L1).toString());
    m_clientIdEdit->setText(s.value("clientId"_L1).toString());
    m_certificateFile->setText(s.value("certificate"_L1).toString());
}

QHash<QString, QString> SignInDialog::currentChoice() const
{
    // The choice only: never the secret, the certificate's password or the pasted token (the
    // certificate file's path is no secret).
    return {{u"way"_s, m_way->currentData().toString()},
            {u"cloud"_s, m_cloudBox->currentData().toString()},
            {u"cloudConfig"_s, m_cloudFile->text().trimmed()},
            {u"tenant"_s, m_tenantEdit->text().trimmed()},
            {u"clientId"_s, m_clientIdEdit->text().trimmed()},
            {u"certificate"_s, m_certificateFile->text().trimmed()}};
}

void SignInDialog::saveSettings(const QHash<QString, QString> &choice)
{
    QSettings s;
    s.beginGroup(SettingsGroup);
    for (auto it = choice.cbegin(); it != choice.cend(); ++it)
        s.setValue(it.key(), it.value());
}

void SignInDialog::setBusy(bool busy)
{
    m_signInButton->setEnabled(!busy);
    m_way->setEnabled(!busy);
    if (!busy) {
        m_deviceBox->hide();
        m_browserBox->hide();
    }
}

void SignInDialog::fail(const QString &message)
{
    if (m_previousCloud && m_client)
        m_client->setCloud(*m_previousCloud);
    m_previousCloud.reset();
    if (m_pending)
        m_pending->deleteLater(); // may be the context of the callback that failed
    m_pending.clear();
    m_secretToSave.clear();
    m_error = message;
    m_status->setText(message);
    setBusy(false);
    Q_EMIT signInFailed(message);
}

void SignInDialog::signIn()
{
    if (!m_client || m_pending)
        return;
    m_error.clear();
    m_secretToSave.clear();
    m_status->setText(tr("Signing in…"));
    m_pendingChoice = currentChoice();
    const QString way = m_way->currentData().toString();
    ie::auth::CredentialOptions options;
    options.credential = way;
    options.tenantId = m_tenantEdit->text().trimmed();
    options.clientId = m_clientIdEdit->text().trimmed();
    m_pendingSecretKey = way == "secret"_L1
            ? ie::auth::SecretStore::clientSecretKey(options.tenantId, options.clientId)
            : way == "certificate"_L1
            ? ie::auth::SecretStore::certificatePasswordKey(options.tenantId, options.clientId)
            : QString();
    const QString cloudName = m_cloudBox->currentData().toString();
    Result<Cloud> cloud = Cloud::azurePublic();
    if (way == "pasted"_L1) {
        cloud = m_client->cloud();
    } else if (m_sandboxCloud && cloudName == m_sandboxCloud->name) {
        cloud = *m_sandboxCloud;
    } else {
        if (cloudName == CustomCloud)
            options.cloudConfigFile = m_cloudFile->text().trimmed();
        else
            options.cloudName = cloudName;
        cloud = options.resolveCloud();
    }
    if (!cloud.ok()) {
        fail(cloud.error().userMessage());
        return;
    }
    setBusy(true);
    m_previousCloud = m_client->cloud();
    m_cloud = *cloud;
    m_client->setCloud(m_cloud);
    m_pending = new ie::auth::TokenCache(nullptr, m_cloud.name, m_client.data());

    if (way == "sandbox"_L1 && m_sandboxCloud && cloudName == m_sandboxCloud->name) {
        auto *c = new ie::auth::ClientSecretCredential(m_client, m_sandboxTenant, m_sandboxClientId,
                                                       m_sandboxSecret, m_pending.data());
        c->setName(u"sandbox"_s, tr("Sandbox admin app"));
        finishWith(c);
        return;
    }
    if (way == "sandbox"_L1 && options.cloudConfigFile.isEmpty()) {
        fail(tr("The sandbox tenant is not available in this cloud: choose the sandbox cloud, or "
                "a custom cloud file that 'identity-explorer sandbox' wrote."));
        return;
    }
    if (way == "pasted"_L1) {
        auto *c = new ie::auth::PastedTokenCredential(
                m_pastedEdit->toPlainText().trimmed().toUtf8(), m_pending.data());
        if (!c->problem().isEmpty()) {
            fail(c->problem());
            return;
        }
        finishWith(c);
        return;
    }
    const QString secret = m_secretEdit->text();
    if (way == "secret"_L1 && !secret.isEmpty()) {
        if (options.tenantId.isEmpty() || options.clientId.isEmpty()) {
            fail(tr("Enter the tenant and the client id of the application."));
            return;
        }
        if (m_saveSecret->isChecked()) {
            if (!m_store) {
                fail(tr("No keychain is available to save the secret in."));
                return;
            }
            // Kept in memory until the sign-in has worked: a mistyped secret must never replace
            // the working one in the keychain (finishWith writes it).
            m_secretToSave = secret;
        }
        finishWith(new ie::auth::ClientSecretCredential(
                m_client, options.tenantId, options.clientId, secret, m_pending.data()));
        return;
    }
    if (way == "certificate"_L1) {
        options.certificatePath = m_certificateFile->text().trimmed();
        if (options.tenantId.isEmpty() || options.clientId.isEmpty()
            || options.certificatePath.isEmpty()) {
            fail(tr("Enter the tenant, the client id of the application and its certificate "
                    "file."));
            return;
        }
        const QString password = m_certificatePassword->text();
        if (!password.isEmpty()) {
            options.certificatePassword = password.toUtf8();
            if (m_saveCertificatePassword->isChecked()) {
                if (!m_store) {
                    fail(tr("No keychain is available to save the password in."));
                    return;
                }
                // As the secret: written only once the sign-in has worked (finishWith).
                m_secretToSave = password;
            }
        }
    }
    if (way == "chain"_L1) {
        // As the SDKs' default credential with its interactive step: the browser comes last.
        options.chainIncludesInteractive = true;
        options.openUrl = [dialog = QPointer<SignInDialog>(this)](const QUrl &url) {
            if (dialog)
                dialog->showBrowserUrl(url);
        };
    }
    QPointer<ie::auth::TokenCache> pending = m_pending;
    ie::auth::makeCredential(options, m_client, m_store, m_pending.data(),
                            [this, pending](Result<ie::auth::Credential *> c) {
                                if (!pending)
                                    return;
                                if (!c.ok()) {
                                    fail(c.error().userMessage());
                                    return;
                                }
                                finishWith(*c);
                            });
}

void SignInDialog::showBrowserUrl(const QUrl &url)
{
    m_status->setText(tr("Waiting for the sign-in in the web browser…"));
    m_browserUrl->setText(tr("If no browser window opened, open this address: %1")
                                  .arg(url.toString(QUrl::FullyEncoded)));
    m_copyUrl->setProperty("url", url.toString(QUrl::FullyEncoded));
    m_browserBox->show();
    if (m_urlOpener)
        m_urlOpener(url);
}

void SignInDialog::finishWith(ie::auth::Credential *credential)
{
    if (!m_pending)
        return;
    if (auto *dc = qobject_cast<ie::auth::DeviceCodeCredential *>(credential)) {
        // makeCredential prints the prompt to stderr for the command line; the dialog shows it.
        connect(dc, &ie::auth::DeviceCodeCredential::userCodeReady, this,
                [this](const ie::auth::DeviceCodePrompt &prompt) {
                    m_deviceCode->setText(tr("Open %1 and enter the code %2")
                                                  .arg(prompt.verificationUri.toDisplayString(),
                                                       prompt.userCode));
                    m_copyCode->setProperty("code", prompt.userCode);
                    m_deviceBox->show();
                });
    }
    if (auto *browser = qobject_cast<ie::auth::InteractiveBrowserCredential *>(credential)) {
        m_pendingSecretKey = browser->refreshTokenKey();
        connect(browser, &ie::auth::InteractiveBrowserCredential::openUrl, this,
                &SignInDialog::showBrowserUrl);
    } else if (qobject_cast<ie::auth::ChainedCredential *>(credential)) {
        // The chain's browser step shows its address through options.openUrl; a sign-in that
        // reaches it leaves a refresh token that Sign out may delete.
        if (auto *browser = credential->findChild<ie::auth::InteractiveBrowserCredential *>()) {
            connect(browser, &ie::auth::InteractiveBrowserCredential::openUrl, this,
                    [this, browser] { m_pendingSecretKey = browser->refreshTokenKey(); });
        }
    }
    m_pending->setCredential(credential);
    ie::net::TokenRequest request;
    if (auto *pasted = qobject_cast<ie::auth::PastedTokenCredential *>(credential))
        request.audience = pasted->audience();
    else
        request.audience = m_cloud.graphAudience();
    m_pending->getToken(request, this, [this](Result<ie::net::AccessToken> token) {
        if (!m_pending)
            return;
        if (!token.ok()) {
            fail(token.error().userMessage());
            return;
        }
        const QJsonObject claims = ie::auth::unverifiedClaims(token->token);
        // A user's token names the client too (app_displayname): the person is who signed in.
        const bool user = claims.value("idtyp"_L1).toString() == "user"_L1
                || (!claims.contains("idtyp"_L1) && claims.contains("scp"_L1));
        const auto keys = user ? QList{"name"_L1, "upn"_L1, "preferred_username"_L1, "oid"_L1}
                               : QList{"app_displayname"_L1, "name"_L1, "upn"_L1,
                                       "preferred_username"_L1, "appid"_L1, "oid"_L1};
        for (const auto &key : keys) {
            m_principal = claims.value(key).toString();
            if (!m_principal.isEmpty())
                break;
        }
        m_tenant = token->tenantId.isEmpty() ? claims.value("tid"_L1).toString() : token->tenantId;
        m_tenantName = m_tenant;
        for (const auto key : {"upn"_L1, "preferred_username"_L1, "unique_name"_L1}) {
            const QString name = claims.value(key).toString();
            if (const qsizetype at = name.lastIndexOf(u'@'); at > 0) {
                m_tenantName = name.mid(at + 1);
                break;
            }
        }
        m_credentialName
                = m_pending->credential() ? m_pending->credential()->displayName() : QString();
        if (m_cache && m_cache != m_pending)
            m_cache->deleteLater();
        m_cache = m_pending;
        m_pending.clear();
        m_previousCloud.reset();
        m_secretKey = m_pendingSecretKey;
        saveSettings(m_pendingChoice); // only a choice that worked is remembered
        m_client->setTokenProvider(m_cache.data());
        const QString secret = std::exchange(m_secretToSave, QString());
        if (secret.isEmpty() || !m_store) {
            completeSignIn(QString());
            return;
        }
        // Only now that the secret has signed in does it replace what the keychain held.
        m_status->setText(tr("Signed in as %1; saving the secret in the keychain…")
                                  .arg(m_principal));
        m_cancel->setEnabled(false); // signed in already: nothing left to cancel
        m_store->write(m_secretKey, secret, this, [this](VoidResult r) {
            completeSignIn(r.ok() ? QString() : r.error().userMessage());
        });
    });
}

void SignInDialog::completeSignIn(const QString &keychainError)
{
    setBusy(false);
    m_cancel->setEnabled(true);
    Q_EMIT signedIn();
    if (keychainError.isEmpty()) {
        m_status->setText(tr("Signed in as %1.").arg(m_principal));
        accept();
        return;
    }
    // Signed in all the same: say so, and that the keychain still holds what it held before.
    m_saveFailed = true;
    m_status->setText(tr("Signed in as %1, but the secret could not be saved in the keychain "
                         "(%2). The keychain still holds what it held before: enter the secret "
                         "again at the next sign-in.")
                              .arg(m_principal, keychainError));
    m_signInButton->setEnabled(false);
    m_cancel->setText(tr("Close"));
}

} // namespace ie::ui
