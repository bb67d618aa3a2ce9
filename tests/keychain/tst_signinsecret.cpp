// File ▸ Sign in… with "Client secret" and "Save the secret in the system keychain" ticked,
// against a real Secret Service (gnome-keyring in its own D-Bus session) and the sandbox tenant:
// the secret reaches the keychain only once it has signed in. A mistyped secret fails and leaves
// the working one stored; the right one is stored.

#include "sandboxfixture.h"
#include "signindialog.h"
#include "testsupport.h"

#include "auth/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using ie::ui::SignInDialog;

namespace {
// QVERIFY2 evaluates its message even when the check passes.
template<typename R>
QByteArray errorOf(const R &r)
{
    return r.ok() ? QByteArray() : r.error().userMessage().toUtf8();
}
} // namespace

class TestSignInSecret : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void rightSecretIsStored();
    void wrongSecretLeavesTheStoredOne_data();
    void wrongSecretLeavesTheStoredOne();

private:
    // Signs in with the secret way and `secret`, save ticked; true when it signed in.
    bool signInWith(const QString &secret, QString *status);
    ie::Result<QString> stored();
    ie::VoidResult store(const QString &secret);
    QString key() const;

    ie::test::SandboxFixture m_sandbox;
    ie::auth::SecretStore m_store{u"identity-explorer-test-signin"_s};
};

void TestSignInSecret::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session with tests/keychain/with-keyring.sh (ctest does)");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestSignInSecret::init()
{
    QSettings().clear();
    std::optional<ie::VoidResult> out;
    m_store.remove(key(), this, [&out](ie::VoidResult r) { out = r; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QVERIFY2(out->ok(), errorOf(*out).constData());
}

QString TestSignInSecret::key() const
{
    auto &server = const_cast<ie::test::SandboxFixture &>(m_sandbox).server();
    return ie::auth::SecretStore::clientSecretKey(server.tenantId(), server.adminClientId());
}

ie::Result<QString> TestSignInSecret::stored()
{
    std::optional<ie::Result<QString>> out;
    m_store.read(key(), this, [&out](ie::Result<QString> r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return ie::ApiError::make(ie::ApiError::Kind::Timeout, u"no answer from the keychain"_s);
    return *out;
}

ie::VoidResult TestSignInSecret::store(const QString &secret)
{
    std::optional<ie::VoidResult> out;
    m_store.write(key(), secret, this, [&out](ie::VoidResult r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return ie::ApiError::make(ie::ApiError::Kind::Timeout, u"no answer from the keychain"_s);
    return *out;
}

bool TestSignInSecret::signInWith(const QString &secret, QString *status)
{
    ie::net::HttpClient client;
    SignInDialog dialog(&client, &m_store);
    dialog.setSandbox(m_sandbox.server().cloud(), m_sandbox.server().tenantId(),
                      m_sandbox.server().adminClientId(), m_sandbox.server().adminClientSecret());
    auto *way = dialog.findChild<QComboBox *>(u"way"_s);
    way->setCurrentIndex(way->findData(u"secret"_s));
    auto *cloud = dialog.findChild<QComboBox *>(u"cloud"_s);
    cloud->setCurrentIndex(cloud->findData(m_sandbox.server().cloud().name));
    dialog.findChild<QLineEdit *>(u"tenant"_s)->setText(m_sandbox.server().tenantId());
    dialog.findChild<QLineEdit *>(u"clientId"_s)->setText(m_sandbox.server().adminClientId());
    dialog.findChild<QLineEdit *>(u"secret"_s)->setText(secret);
    dialog.findChild<QCheckBox *>(u"saveSecret"_s)->setChecked(true);
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
    dialog.signIn();
    if (!QTest::qWaitFor([&] { return signedIn.count() + failed.count() > 0; }, 20000))
        return false;
    // Whatever the dialog does with the keychain, it has done by the time it answers; give a
    // write that might still be under way the time to land, so a late one is caught too.
    QTest::qWait(300);
    *status = dialog.findChild<QLabel *>(u"status"_s)->text();
    return !signedIn.isEmpty();
}

void TestSignInSecret::rightSecretIsStored()
{
    const QString secret = m_sandbox.server().adminClientSecret();
    QVERIFY(!stored().ok());
    QString status;
    QVERIFY2(signInWith(secret, &status), qPrintable(status));
    const ie::Result<QString> now = stored();
    QVERIFY2(now.ok(), errorOf(now).constData());
    QCOMPARE(*now, secret);
}

void TestSignInSecret::wrongSecretLeavesTheStoredOne_data()
{
    QTest::addColumn<bool>("storedBefore");
    QTest::newRow("working secret stored") << true;
    QTest::newRow("nothing stored") << false;
}

void TestSignInSecret::wrongSecretLeavesTheStoredOne()
{
    QFETCH(bool, storedBefore);
    const QString secret = m_sandbox.server().adminClientSecret();
    if (storedBefore) {
        const ie::VoidResult w = store(secret);
        QVERIFY2(w.ok(), errorOf(w).constData());
    }
    QString status;
    QVERIFY(!signInWith(u"not-the-secret"_s, &status));
    QVERIFY2(status.contains(u"AADSTS7000215"_s), qPrintable(status));
    const ie::Result<QString> now = stored();
    if (storedBefore) {
        QVERIFY2(now.ok(), errorOf(now).constData());
        QCOMPARE(*now, secret);
    } else {
        QVERIFY(!now.ok());
        QCOMPARE(now.error().kind, ie::ApiError::Kind::NotFound);
    }
}

QTEST_MAIN(TestSignInSecret)
#include "tst_signinsecret.moc"
