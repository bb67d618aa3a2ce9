// File ▸ Sign in… with "Client certificate" and "Save the password in the system keychain"
// ticked, against a real Secret Service (gnome-keyring in its own D-Bus session) and the sandbox
// tenant: the file's password reaches the keychain only once it has signed in; a wrong password,
// or a right one for an app the certificate is not registered on, stores nothing; the next
// sign-in with the field empty opens the file with the stored password.

#include "sandboxfixture.h"
#include "signindialog.h"
#include "testcertificate.h"

#include "auth/secretstore.h"
#include "sandbox/tenantstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using ie::ui::SignInDialog;

namespace {
const QString App = u"5f4c3d2e-1b0a-4f9c-c8d7-e6f5a4b3c2d1"_s; // Contoso Build Pipeline
}

class TestSignInCertificate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void notStoredWhenTheSignInFails_data();
    void notStoredWhenTheSignInFails();
    void storedAfterASignInAndUsedNextTime();

private:
    bool signInWith(const QString &clientId, const QString &password, bool save, QString *status);
    ie::Result<QString> stored(const QString &clientId);

    ie::test::SandboxFixture m_sandbox;
    ie::test::TestCert m_cert = ie::test::makeTestCertificate();
    ie::auth::SecretStore m_store{u"identity-explorer-test-signin"_s};
    QTemporaryDir m_dir;
    QString m_file;
};

void TestSignInCertificate::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session with tests/keychain/with-keyring.sh (ctest does)");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    m_file = m_dir.filePath(u"app.pem"_s);
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_cert.certPem + m_cert.encryptedKeyPem); // password "pass-word"
    f.close();
    ie::sandbox::ApplicationCredentials *app =
            m_sandbox.server().state().applicationCredentialsOf(App);
    QVERIFY(app);
    app->keyCredentials.append(QJsonObject{{"type"_L1, "AsymmetricX509Cert"_L1},
                                           {"usage"_L1, "Verify"_L1},
                                           {"key"_L1, QString::fromLatin1(m_cert.certDer.toBase64())}});
}

ie::Result<QString> TestSignInCertificate::stored(const QString &clientId)
{
    std::optional<ie::Result<QString>> out;
    m_store.read(ie::auth::SecretStore::certificatePasswordKey(m_sandbox.server().tenantId(), clientId),
                 this, [&out](ie::Result<QString> r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return ie::ApiError::make(ie::ApiError::Kind::Timeout, u"no answer from the keychain"_s);
    return *out;
}

bool TestSignInCertificate::signInWith(const QString &clientId, const QString &password, bool save,
                                       QString *status)
{
    ie::net::HttpClient client;
    SignInDialog dialog(&client, &m_store);
    dialog.setSandbox(m_sandbox.server().cloud(), m_sandbox.server().tenantId(),
                      m_sandbox.server().adminClientId(), m_sandbox.server().adminClientSecret());
    auto *way = dialog.findChild<QComboBox *>(u"way"_s);
    way->setCurrentIndex(way->findData(u"certificate"_s));
    auto *cloud = dialog.findChild<QComboBox *>(u"cloud"_s);
    cloud->setCurrentIndex(cloud->findData(m_sandbox.server().cloud().name));
    dialog.findChild<QLineEdit *>(u"tenant"_s)->setText(m_sandbox.server().tenantId());
    dialog.findChild<QLineEdit *>(u"clientId"_s)->setText(clientId);
    dialog.findChild<QLineEdit *>(u"certificateFile"_s)->setText(m_file);
    dialog.findChild<QLineEdit *>(u"certificatePassword"_s)->setText(password);
    dialog.findChild<QCheckBox *>(u"saveCertificatePassword"_s)->setChecked(save);
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
    dialog.signIn();
    if (!QTest::qWaitFor([&] { return signedIn.count() + failed.count() > 0; }, 20000))
        return false;
    QTest::qWait(300); // a late keychain write would land now
    *status = dialog.findChild<QLabel *>(u"status"_s)->text();
    return !signedIn.isEmpty();
}

void TestSignInCertificate::notStoredWhenTheSignInFails_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong password") << App << u"not-it"_s << u"password"_s;
    // The right password, but the certificate is not registered on the admin app.
    QTest::newRow("certificate not registered")
            << u"5a3d9c1e-7b4f-4e2a-8c6d-0f1e2d3c4b5a"_s << u"pass-word"_s << u"AADSTS700027"_s;
}

void TestSignInCertificate::notStoredWhenTheSignInFails()
{
    QFETCH(QString, clientId);
    QFETCH(QString, password);
    QFETCH(QString, says);
    QString status;
    QVERIFY(!signInWith(clientId, password, true, &status));
    QVERIFY2(status.contains(says), qPrintable(status));
    const ie::Result<QString> now = stored(clientId);
    QVERIFY(!now.ok());
    QCOMPARE(now.error().kind, ie::ApiError::Kind::NotFound);
}

void TestSignInCertificate::storedAfterASignInAndUsedNextTime()
{
    QString status;
    QVERIFY2(signInWith(App, u"pass-word"_s, true, &status), qPrintable(status));
    const ie::Result<QString> now = stored(App);
    QVERIFY2(now.ok(), qPrintable(now.ok() ? QString() : now.error().userMessage()));
    QCOMPARE(*now, u"pass-word"_s);
    // Not in the settings, only in the keychain.
    QSettings settings;
    for (const QString &k : settings.allKeys())
        QVERIFY2(!settings.value(k).toString().contains(u"pass-word"_s), qPrintable(k));
    // The field left empty: the keychain's password opens the file.
    QVERIFY2(signInWith(App, QString(), false, &status), qPrintable(status));
}

QTEST_MAIN(TestSignInCertificate)
#include "tst_signincertificate.moc"
