#include "auth/secretstore.h"
#include "auth/tokencache.h"
#include "browserplayer.h"
#include "sandboxfixture.h"
#include "sandbox/tenantstate.h"
#include "signindialog.h"
#include "testcertificate.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using ie::ui::SignInDialog;

class TestSignInDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void listsTheWays();
    void rowsFollowTheWay_data();
    void rowsFollowTheWay();
    void sandboxWayNamesTheSandboxCloud();
    void keyboardThroughTheWays();
    void signIn_data();
    void signIn();
    void wrongSecretShowsTheError();
    void remembersTheChoiceWithoutTheSecret();
    void deviceCodeShowsTheCodeAndCancels();
    void failedSignInIsNotRemembered();
    void browserSignIn();
    void browserCancel();
    void chainEndsInTheBrowser();
    void certificateWay_data();
    void certificateWay();

private:
    void useBrowserWay(SignInDialog &dialog, QList<QUrl> *opened);
    void useSecretWay(SignInDialog &dialog, const QString &secret);
    ie::test::SandboxFixture m_sandbox;
    ie::auth::SecretStore m_store{u"identity-explorer-test"_s};
};

void TestSignInDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestSignInDialog::init()
{
    QSettings().clear();
}

void TestSignInDialog::listsTheWays()
{
    SignInDialog dialog(&m_sandbox.client(), &m_store);
    auto *way = dialog.findChild<QComboBox *>(u"way"_s);
    QVERIFY(way);
    QCOMPARE(way->count(), 10);
    QStringList names;
    for (int i = 0; i < way->count(); ++i) {
        names << way->itemData(i).toString();
        QVERIFY(!way->itemData(i, Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(names, SignInDialog::wayNames());
    QVERIFY(names.contains(u"secret"_s));
    QVERIFY(names.contains(u"browser"_s));
    auto *explanation = dialog.findChild<QLabel *>(u"explanation"_s);
    way->setCurrentIndex(names.indexOf(u"device-code"_s));
    QCOMPARE(explanation->text(), way->itemData(way->currentIndex(), Qt::ToolTipRole).toString());
    auto *cloud = dialog.findChild<QComboBox *>(u"cloud"_s);
    QVERIFY(cloud->findData(u"AzureUSGovernment"_s) >= 0);
    QVERIFY(cloud->findData(u"AzureChinaCloud"_s) >= 0);
    QVERIFY(cloud->findData(u"custom"_s) >= 0);
    QVERIFY(cloud->findData(m_sandbox.server().cloud().name) < 0);
    dialog.setSandbox(m_sandbox.server().cloud(), m_sandbox.server().tenantId(),
                      m_sandbox.server().adminClientId(), m_sandbox.server().adminClientSecret());
    QVERIFY(cloud->findData(m_sandbox.server().cloud().name) >= 0);
    auto *secret = dialog.findChild<QLineEdit *>(u"secret"_s);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

// Each way shows the rows it needs, with room, whichever ways were shown before it.
void TestSignInDialog::rowsFollowTheWay_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("way");
    QTest::addColumn<QStringList>("rows"); // the fields shown, in form order
    const QHash<QString, QStringList> rows = {
            {u"sandbox"_s, {u"cloud"_s}},
            {u"chain"_s, {u"cloud"_s, u"tenant"_s}},
            {u"cli"_s, {u"cloud"_s, u"tenant"_s}},
            {u"device-code"_s, {u"cloud"_s, u"tenant"_s, u"clientId"_s}},
            {u"browser"_s, {u"cloud"_s, u"tenant"_s, u"clientId"_s}},
            {u"secret"_s, {u"cloud"_s, u"tenant"_s, u"clientId"_s, u"secret"_s, u"saveSecret"_s}},
            {u"certificate"_s,
             {u"cloud"_s, u"tenant"_s, u"clientId"_s, u"certificateFile"_s,
              u"certificatePassword"_s, u"saveCertificatePassword"_s}},
            {u"managed-identity"_s, {u"cloud"_s, u"clientId"_s}},
            {u"environment"_s, {u"cloud"_s}},
            {u"pasted"_s, {u"pasted"_s}}};
    for (const QString &before : SignInDialog::wayNames()) {
        for (const QString &way : SignInDialog::wayNames()) {
            if (before != way)
                QTest::addRow("%s then %s", qPrintable(before), qPrintable(way))
                        << before << way << rows.value(way);
        }
    }
}

void TestSignInDialog::rowsFollowTheWay()
{
    QFETCH(QString, before);
    QFETCH(QString, way);
    QFETCH(QStringList, rows);
    SignInDialog dialog(&m_sandbox.client(), &m_store);
    dialog.setSandbox(m_sandbox.server().cloud(), m_sandbox.server().tenantId(),
                      m_sandbox.server().adminClientId(), m_sandbox.server().adminClientSecret());
    dialog.show();
    auto *wayBox = dialog.findChild<QComboBox *>(u"way"_s);
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A person looks through the list, down and up again, then at `before`, then at `way`.
    for (int i = 0; i < wayBox->count(); ++i) {
        wayBox->setCurrentIndex(i);
        QCoreApplication::processEvents();
    }
    for (int i = wayBox->count() - 1; i >= 0; --i) {
        wayBox->setCurrentIndex(i);
        QCoreApplication::processEvents();
    }
    wayBox->setCurrentIndex(wayBox->findData(before));
    QCoreApplication::processEvents();
    wayBox->setCurrentIndex(wayBox->findData(way));
    QCoreApplication::processEvents();
    QStringList shown;
    for (const QString &field : {u"cloud"_s, u"cloudConfig"_s, u"tenant"_s, u"clientId"_s,
                                 u"secret"_s, u"saveSecret"_s, u"certificateFile"_s,
                                 u"certificatePassword"_s, u"saveCertificatePassword"_s,
                                 u"pasted"_s}) {
        auto *w = dialog.findChild<QWidget *>(field);
        QVERIFY2(w, qPrintable(field));
        if (!w->isVisible())
            continue;
        shown << field;
        // Shown, and with room: not squeezed to nothing by the layout.
        QVERIFY2(w->height() >= w->minimumSizeHint().height(),
                 qPrintable(u"%1 is %2 px high"_s.arg(field).arg(w->height())));
    }
    QCOMPARE(shown, rows);
}

// The way list answers the keyboard while the dialog grows to fit each way.
void TestSignInDialog::keyboardThroughTheWays()
{
    SignInDialog dialog(&m_sandbox.client(), &m_store);
    dialog.setSandbox(m_sandbox.server().cloud(), m_sandbox.server().tenantId(),
                      m_sandbox.server().adminClientId(), m_sandbox.server().adminClientSecret());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *way = dialog.findChild<QComboBox *>(u"way"_s);
    way->setFocus();
    dialog.activateWindow();
    QTRY_VERIFY(way->hasFocus());
    // Keys go where the keyboard focus is, as a person's do.
    const auto press = [](Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); };
    press(Qt::Key_End);
    QCOMPARE(way->currentData().toString(), u"pasted"_s);
    const int tall = dialog.height();
    press(Qt::Key_Home);
    QCOMPARE(way->currentData().toString(), u"sandbox"_s);
    QCOMPARE(dialog.height(), tall); // nothing shrinks under the pointer
    QVERIFY2(way->hasFocus(), QApplication::focusWidget()
                                      ? QApplication::focusWidget()->objectName().toUtf8().constData()
                                      : "nothing");
    press(Qt::Key_Down);
    QCOMPARE(way->currentData().toString(), u"chain"_s);
    press(Qt::Key_Down);
    QCOMPARE(way->currentData().toString(), u"cli"_s);
    QVERIFY(way->hasFocus());
}

void TestSignInDialog::sandboxWayNamesTheSandboxCloud()
{
    SignInDialog dialog(&m_sandbox.client(), &m_store);
    dialog.setSandbox(m_sandbox.server().cloud(), m_sandbox.server().tenantId(),
                      m_sandbox.server().adminClientId(), m_sandbox.server().adminClientSecret());
    auto *way = dialog.findChild<QComboBox *>(u"way"_s);
    auto *cloud = dialog.findChild<QComboBox *>(u"cloud"_s);
    way->setCurrentIndex(way->findData(u"cli"_s));
    way->setCurrentIndex(way->findData(u"sandbox"_s));
    QCOMPARE(cloud->currentData().toString(), m_sandbox.server().cloud().name);
    QCOMPARE(cloud->currentText(), m_sandbox.server().cloud().displayName);
}

void TestSignInDialog::useSecretWay(SignInDialog &dialog, const QString &secret)
{
    dialog.setSandbox(m_sandbox.server().cloud(), m_sandbox.server().tenantId(),
                      m_sandbox.server().adminClientId(), m_sandbox.server().adminClientSecret());
    auto *way = dialog.findChild<QComboBox *>(u"way"_s);
    way->setCurrentIndex(way->findData(u"secret"_s));
    auto *cloud = dialog.findChild<QComboBox *>(u"cloud"_s);
    cloud->setCurrentIndex(cloud->findData(m_sandbox.server().cloud().name));
    dialog.findChild<QLineEdit *>(u"tenant"_s)->setText(m_sandbox.server().tenantId());
    dialog.findChild<QLineEdit *>(u"clientId"_s)->setText(m_sandbox.server().adminClientId());
    dialog.findChild<QLineEdit *>(u"secret"_s)->setText(secret);
}

void TestSignInDialog::signIn_data()
{
    QTest::addColumn<QString>("way");
    QTest::newRow("sandbox") << u"sandbox"_s;
    QTest::newRow("secret") << u"secret"_s;
}

void TestSignInDialog::signIn()
{
    QFETCH(QString, way);
    ie::net::HttpClient client;
    SignInDialog dialog(&client, &m_store);
    useSecretWay(dialog, m_sandbox.server().adminClientSecret());
    auto *wayBox = dialog.findChild<QComboBox *>(u"way"_s);
    wayBox->setCurrentIndex(wayBox->findData(way));
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
    dialog.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() + failed.count() > 0, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.principal(), u"Identity Explorer Sandbox Admin"_s);
    QCOMPARE(dialog.tenant(), m_sandbox.server().tenantId());
    QCOMPARE(dialog.cloudDisplayName(), m_sandbox.server().cloud().displayName);
    QVERIFY(!dialog.credentialDisplayName().isEmpty());
    QVERIFY(dialog.tokenCache());
    QCOMPARE(client.tokenProvider(), dialog.tokenCache());
    QCOMPARE(client.cloud().name, m_sandbox.server().cloud().name);
    QCOMPARE(dialog.tokenCache()->size(), 1);
}

void TestSignInDialog::wrongSecretShowsTheError()
{
    ie::net::HttpClient client;
    SignInDialog dialog(&client, &m_store);
    useSecretWay(dialog, u"not-the-secret"_s);
    QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    dialog.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    QVERIFY(signedIn.isEmpty());
    const QString text = dialog.findChild<QLabel *>(u"status"_s)->text();
    QVERIFY(!text.isEmpty());
    QCOMPARE(text, dialog.errorText());
    QCOMPARE(failed.first().first().toString(), text);
    QVERIFY2(!text.contains(u"not-the-secret"_s), qPrintable(text));
    QVERIFY(!client.tokenProvider());
}

void TestSignInDialog::remembersTheChoiceWithoutTheSecret()
{
    const QString secret = m_sandbox.server().adminClientSecret();
    {
        ie::net::HttpClient client;
        SignInDialog dialog(&client, &m_store);
        useSecretWay(dialog, secret);
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        dialog.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 10000);
    }
    {
        QSettings settings;
        settings.sync();
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(secret), qPrintable(key));
        QVERIFY(!settings.allKeys().isEmpty());
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toUtf8()));
    }
    ie::net::HttpClient client;
    SignInDialog dialog(&client, &m_store);
    dialog.setSandbox(m_sandbox.server().cloud(), m_sandbox.server().tenantId(),
                      m_sandbox.server().adminClientId(), m_sandbox.server().adminClientSecret());
    QCOMPARE(dialog.findChild<QComboBox *>(u"way"_s)->currentData().toString(), u"secret"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"cloud"_s)->currentData().toString(),
             m_sandbox.server().cloud().name);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"tenant"_s)->text(), m_sandbox.server().tenantId());
    QCOMPARE(dialog.findChild<QLineEdit *>(u"clientId"_s)->text(),
             m_sandbox.server().adminClientId());
    QVERIFY(dialog.findChild<QLineEdit *>(u"secret"_s)->text().isEmpty());
}

void TestSignInDialog::deviceCodeShowsTheCodeAndCancels()
{
    ie::net::HttpClient client;
    SignInDialog dialog(&client, &m_store);
    useSecretWay(dialog, QString());
    auto *way = dialog.findChild<QComboBox *>(u"way"_s);
    way->setCurrentIndex(way->findData(u"device-code"_s));
    dialog.findChild<QLineEdit *>(u"clientId"_s)->clear();
    QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
    dialog.signIn();
    auto *code = dialog.findChild<QLabel *>(u"deviceCode"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty() || !failed.isEmpty(), 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(dialog.errorText()));
    auto *copy = dialog.findChild<QPushButton *>(u"copyCode"_s);
    const QString userCode = copy->property("code").toString();
    QVERIFY(!userCode.isEmpty());
    QVERIFY(code->text().contains(userCode));
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), userCode);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
    QVERIFY(!client.tokenProvider());
}

void TestSignInDialog::failedSignInIsNotRemembered()
{
    ie::net::HttpClient client;
    SignInDialog dialog(&client, &m_store);
    useSecretWay(dialog, u"not-the-secret"_s);
    QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
    dialog.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    QSettings settings;
    QVERIFY2(!settings.contains(u"signIn/way"_s), qPrintable(settings.allKeys().join(u',')));
    QVERIFY(!settings.contains(u"signIn/tenant"_s));
}

void TestSignInDialog::useBrowserWay(SignInDialog &dialog, QList<QUrl> *opened)
{
    useSecretWay(dialog, QString());
    auto *way = dialog.findChild<QComboBox *>(u"way"_s);
    way->setCurrentIndex(way->findData(u"browser"_s));
    dialog.findChild<QLineEdit *>(u"clientId"_s)->clear(); // the Azure CLI's public client
    QVERIFY(dialog.findChild<QLineEdit *>(u"tenant"_s)->isVisibleTo(&dialog));
    QVERIFY(!dialog.findChild<QLineEdit *>(u"secret"_s)->isVisibleTo(&dialog));
    QCOMPARE(dialog.findChild<QLabel *>(u"explanation"_s)->text(),
             way->itemData(way->currentIndex(), Qt::ToolTipRole).toString());
    dialog.setUrlOpener([opened](const QUrl &url) { opened->append(url); });
}

void TestSignInDialog::browserSignIn()
{
    ie::net::HttpClient client;
    SignInDialog dialog(&client, nullptr); // no keychain here: the refresh token stays in memory
    QList<QUrl> opened;
    useBrowserWay(dialog, &opened);
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
    dialog.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(dialog.errorText()));
    const QUrl url = opened.first();
    QVERIFY(url.path().endsWith(u"/oauth2/v2.0/authorize"_s));
    // The address is shown, with a copy button, in case no browser opened.
    auto *shown = dialog.findChild<QLabel *>(u"browserUrl"_s);
    QVERIFY(shown->isVisibleTo(&dialog));
    QVERIFY(shown->text().contains(url.toString(QUrl::FullyEncoded)));
    dialog.findChild<QPushButton *>(u"copyUrl"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), url.toString(QUrl::FullyEncoded));
    QVERIFY(!dialog.findChild<QPushButton *>(u"signIn"_s)->isEnabled());

    const ie::test::BrowserPlayer browser(m_sandbox.server().caCertificate());
    const auto visit = browser.visit(url);
    QVERIFY2(visit.error.isEmpty(), qPrintable(visit.error));
    QCOMPARE(visit.loopbackStatus, 200);
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() + failed.count() > 0, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.principal(), u"Adele Vance"_s);
    QCOMPARE(dialog.tenant(), m_sandbox.server().tenantId());
    QCOMPARE(dialog.tenantDisplayName(), u"contoso.onmicrosoft.com"_s);
    QVERIFY(dialog.secretKey().startsWith(u"refresh-token/"_s));
    QCOMPARE(client.tokenProvider(), dialog.tokenCache());
    QVERIFY(!shown->isVisibleTo(&dialog));
    QSettings settings;
    QCOMPARE(settings.value(u"signIn/way"_s).toString(), u"browser"_s);
}

void TestSignInDialog::browserCancel()
{
    ie::net::HttpClient client;
    SignInDialog dialog(&client, nullptr);
    QList<QUrl> opened;
    useBrowserWay(dialog, &opened);
    QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
    dialog.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(dialog.errorText()));
    const QUrl redirect(
            QUrlQuery(opened.first()).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(failed.size(), 1); // at once, and once
    QVERIFY(dialog.errorText().contains(u"cancelled"_s));
    QVERIFY(!dialog.findChild<QLabel *>(u"browserUrl"_s)->isVisibleTo(&dialog));
    QVERIFY(dialog.findChild<QPushButton *>(u"signIn"_s)->isEnabled());
    QVERIFY(!client.tokenProvider());
    QTcpSocket probe;
    QSignalSpy refused(&probe, &QTcpSocket::errorOccurred);
    probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(refused.wait(5000));
    QCOMPARE(failed.size(), 1);
}

void TestSignInDialog::chainEndsInTheBrowser()
{
    // Nothing else in the chain can sign in here: no AZURE_* variables, a managed-identity
    // endpoint on a closed port, no `az` on PATH. So the browser step, last, is reached.
    const QByteArray path = qgetenv("PATH");
    const QByteArray pod = qgetenv("AZURE_POD_IDENTITY_AUTHORITY_HOST");
    const auto restore = qScopeGuard([&] {
        qputenv("PATH", path);
        if (pod.isNull())
            qunsetenv("AZURE_POD_IDENTITY_AUTHORITY_HOST");
        else
            qputenv("AZURE_POD_IDENTITY_AUTHORITY_HOST", pod);
    });
    const QProcessEnvironment clean = ie::test::cleanEnvironment();
    for (const QString &name : QProcessEnvironment::systemEnvironment().keys()) {
        if (!clean.contains(name))
            qunsetenv(name.toLocal8Bit().constData());
    }
    qputenv("PATH", "/nonexistent");
    qputenv("AZURE_POD_IDENTITY_AUTHORITY_HOST", "http://127.0.0.1:9");

    ie::net::HttpClient client;
    SignInDialog dialog(&client, nullptr);
    QList<QUrl> opened;
    useBrowserWay(dialog, &opened);
    auto *way = dialog.findChild<QComboBox *>(u"way"_s);
    way->setCurrentIndex(way->findData(u"chain"_s));
    QVERIFY(dialog.findChild<QLineEdit *>(u"tenant"_s)->isVisibleTo(&dialog));
    QVERIFY(!dialog.findChild<QLineEdit *>(u"secret"_s)->isVisibleTo(&dialog));
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
    dialog.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(dialog.errorText()));
    QVERIFY(opened.first().path().endsWith(u"/oauth2/v2.0/authorize"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"browserUrl"_s)->isVisibleTo(&dialog));

    const ie::test::BrowserPlayer browser(m_sandbox.server().caCertificate());
    const auto visit = browser.visit(opened.first());
    QVERIFY2(visit.error.isEmpty(), qPrintable(visit.error));
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() + failed.count() > 0, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.principal(), u"Adele Vance"_s);
    QVERIFY(dialog.secretKey().startsWith(u"refresh-token/"_s));
    QCOMPARE(client.tokenProvider(), dialog.tokenCache());
    QCOMPARE(QSettings().value(u"signIn/way"_s).toString(), u"chain"_s);
}

// The Certificate way: a certificate registered on the Contoso Build Pipeline app, its encrypted
// PEM file and the password typed (not saved: no keychain here; tests/keychain covers saving).
// A wrong password says so and signs nobody in; the password is never in the settings.
void TestSignInDialog::certificateWay_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::newRow("right password") << u"pass-word"_s << true;
    QTest::newRow("wrong password") << u"not-the-password"_s << false;
}

void TestSignInDialog::certificateWay()
{
    QFETCH(QString, password);
    QFETCH(bool, ok);
    const QString app = u"5f4c3d2e-1b0a-4f9c-c8d7-e6f5a4b3c2d1"_s;
    const ie::test::TestCert cert = ie::test::makeTestCertificate();
    ie::sandbox::ApplicationCredentials *registration =
            m_sandbox.server().state().applicationCredentialsOf(app);
    QVERIFY(registration);
    registration->keyCredentials.append(
            QJsonObject{{"type"_L1, "AsymmetricX509Cert"_L1},
                        {"usage"_L1, "Verify"_L1},
                        {"key"_L1, QString::fromLatin1(cert.certDer.toBase64())}});
    QTemporaryDir dir;
    const QString file = dir.filePath(u"app.pem"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(cert.certPem + cert.encryptedKeyPem);
    f.close();

    ie::net::HttpClient client;
    SignInDialog dialog(&client, &m_store);
    useSecretWay(dialog, QString());
    auto *way = dialog.findChild<QComboBox *>(u"way"_s);
    way->setCurrentIndex(way->findData(u"certificate"_s));
    dialog.findChild<QLineEdit *>(u"clientId"_s)->setText(app);
    dialog.findChild<QLineEdit *>(u"certificateFile"_s)->setText(file);
    auto *passwordEdit = dialog.findChild<QLineEdit *>(u"certificatePassword"_s);
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
    passwordEdit->setText(password);
    QVERIFY(dialog.findChild<QPushButton *>(u"browseCertificate"_s));
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
    dialog.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() + failed.count() > 0, 10000);
    if (!ok) {
        QVERIFY(signedIn.isEmpty());
        QVERIFY2(dialog.errorText().contains(u"password"_s), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.errorText().contains(password));
        QVERIFY(!client.tokenProvider());
        return;
    }
    QVERIFY2(failed.isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.principal(), u"Contoso Build Pipeline"_s);
    QCOMPARE(dialog.secretKey(),
             ie::auth::SecretStore::certificatePasswordKey(m_sandbox.server().tenantId(), app));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
    QCOMPARE(settings.value(u"signIn/certificate"_s).toString(), file);
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
