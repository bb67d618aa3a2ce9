// The browser sign-in's refresh token against a real Secret Service (gnome-keyring in its own
// D-Bus session, started by the test command): it lands in the keyring and nowhere under the
// app's config, data and cache folders or in the log; a second credential instance (the next
// start) signs in silently with it; a refused refresh (invalid_grant) deletes the stale entry and
// falls back to the browser.

#include "browserplayer.h"
#include "sandboxfixture.h"
#include "testsupport.h"

#include "auth/interactivebrowsercredential.h"
#include "auth/secretstore.h"
#include "sandbox/router.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::auth::InteractiveBrowserCredential;
using ie::net::AccessToken;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

} // namespace

class TestBrowserKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refreshTokenInTheKeyringOnly();

private:
    ie::Result<QString> read(const QString &key);
    ie::Result<AccessToken> signIn(InteractiveBrowserCredential &c, const QString &audience,
                                   bool expectBrowser);

    ie::test::SandboxFixture m_sandbox;
    std::unique_ptr<ie::auth::SecretStore> m_store;
};

void TestBrowserKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session with tests/keychain/with-keyring.sh (ctest does)");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    m_store = std::make_unique<ie::auth::SecretStore>(
            u"identity-explorer-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
}

ie::Result<QString> TestBrowserKeychain::read(const QString &key)
{
    std::optional<ie::Result<QString>> out;
    m_store->read(key, this, [&out](ie::Result<QString> r) { out = r; });
    [[maybe_unused]] const bool answered
            = QTest::qWaitFor([&out] { return out.has_value(); }, 20000);
    return out ? *out : ie::Result<QString>(ApiError::make(ApiError::Kind::Timeout, u"none"_s));
}

ie::Result<AccessToken> TestBrowserKeychain::signIn(InteractiveBrowserCredential &c,
                                                    const QString &audience, bool expectBrowser)
{
    QSignalSpy opened(&c, &InteractiveBrowserCredential::openUrl);
    std::optional<ie::Result<AccessToken>> out;
    c.requestToken({audience, {}, {}, false}, [&out](ie::Result<AccessToken> t) { out = t; });
    [[maybe_unused]] const bool done
            = QTest::qWaitFor([&] { return out.has_value() || !opened.isEmpty(); }, 20000);
    if (!opened.isEmpty()) {
        if (!expectBrowser)
            return ApiError::make(ApiError::Kind::Auth, u"the browser was asked"_s);
        const ie::test::BrowserPlayer browser(m_sandbox.server().caCertificate());
        const auto visit = browser.visit(opened.first().first().toUrl());
        if (!visit.error.isEmpty())
            return ApiError::make(ApiError::Kind::Network, visit.error);
        [[maybe_unused]] const bool answered
                = QTest::qWaitFor([&out] { return out.has_value(); }, 20000);
    } else if (expectBrowser) {
        return ApiError::make(ApiError::Kind::Auth, u"the browser was not asked"_s);
    }
    return out ? *out : ie::Result<AccessToken>(ApiError::make(ApiError::Kind::Timeout, u"none"_s));
}

void TestBrowserKeychain::refreshTokenInTheKeyringOnly()
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(u"cache"_s).toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    const QStringList folders{
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), home.path()};
    for (const QString &f : folders)
        QDir().mkpath(f);
    static QLoggingCategory::CategoryFilter defaultFilter = nullptr;
    defaultFilter = QLoggingCategory::installFilter([](QLoggingCategory *c) {
        const bool server = qstrncmp(c->categoryName(), "qt.httpserver", 13) == 0;
        c->setEnabled(QtDebugMsg, !server);
        c->setEnabled(QtInfoMsg, !server);
        c->setEnabled(QtWarningMsg, true);
    });
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);

    InteractiveBrowserCredential::Options o;
    o.tenantId = m_sandbox.server().tenantId();
    o.store = m_store.get();
    auto first = std::make_unique<InteractiveBrowserCredential>(&m_sandbox.client(), o);
    const QString key = first->refreshTokenKey();
    QVERIFY(key.startsWith(u"refresh-token/"_s));
    const auto t1 = signIn(*first, u"https://graph.microsoft.com"_s, true);
    QVERIFY2(t1.ok(), qPrintable(t1.ok() ? QString() : t1.error().summary()));
    // The keychain holds the refresh token the sandbox issued, and it is the only one there is.
    const auto &issued = m_sandbox.server().context().refreshTokens;
    QCOMPARE(issued.size(), 1);
    const QString refreshToken = issued.constBegin().key();
    QTRY_COMPARE_WITH_TIMEOUT(first->pendingKeychainWrites(), 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(read(key).ok() ? *read(key) : QString(), refreshToken, 20000);
    first.reset();

    // The next start: a new instance signs in without the browser, and the rotated token is kept.
    auto second = std::make_unique<InteractiveBrowserCredential>(&m_sandbox.client(), o);
    const auto t2 = signIn(*second, u"https://management.azure.com"_s, false);
    QVERIFY2(t2.ok(), qPrintable(t2.ok() ? QString() : t2.error().summary()));
    QCOMPARE(issued.size(), 1);
    const QString rotated = issued.constBegin().key();
    QVERIFY(rotated != refreshToken);
    QTRY_COMPARE_WITH_TIMEOUT(read(key).ok() ? *read(key) : QString(), rotated, 20000);
    second.reset();

    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(defaultFilter);
    const QString log = g_log.join(u'\n');
    for (const QString &t : {refreshToken, rotated}) {
        QVERIFY2(!log.contains(t), "a refresh token is in the log");
        for (const QString &folder : folders)
            QVERIFY2(ie::test::filesContaining(folder, t.toLatin1()).isEmpty(), qPrintable(folder));
    }
    for (const QByteArray &t : {t1->token, t2->token}) {
        QVERIFY2(!log.contains(QString::fromLatin1(t)), "an access token is in the log");
        for (const QString &folder : folders)
            QVERIFY2(ie::test::filesContaining(folder, t).isEmpty(), qPrintable(folder));
    }

    // Revoked at the tenant: the silent sign-in is refused, the entry deleted, the browser asked.
    m_sandbox.server().context().refreshTokens.clear();
    InteractiveBrowserCredential third(&m_sandbox.client(), o);
    QSignalSpy opened(&third, &InteractiveBrowserCredential::openUrl);
    std::optional<ie::Result<AccessToken>> out;
    third.requestToken({u"https://graph.microsoft.com"_s, {}, {}, false},
                       [&out](ie::Result<AccessToken> t) { out = t; });
    QVERIFY(opened.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!read(key).ok() && read(key).error().kind == ApiError::Kind::NotFound,
                             20000);
    third.cancel();
    QVERIFY(out.has_value());
    QCOMPARE(out->error().kind, ApiError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestBrowserKeychain)
#include "tst_browserkeychain.moc"
