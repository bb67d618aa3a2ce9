// Secrets against a real Secret Service (gnome-keyring in its own D-Bus session, started by the
// test command): store, read, delete; a clear error without a secret service; and a sign-in with a
// client secret that leaves neither the secret nor any token in the app's config, data and cache
// folders, its log output or its activity log.

#include "sandboxfixture.h"
#include "testsupport.h"

#include "auth/clientsecretcredential.h"
#include "auth/secretstore.h"
#include "auth/tokencache.h"
#include "net/activitylog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using ie::ApiError;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

template<typename T>
std::optional<T> wait(std::optional<T> &slot)
{
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return slot.has_value(); }, 20000);
    return slot;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storeReadDelete();
    void noSecretService();
    void signInLeavesNoSecretOrToken();

private:
    ie::Result<QString> read(ie::auth::SecretStore &store, const QString &key);
    ie::VoidResult write(ie::auth::SecretStore &store, const QString &key, const QString &value);
    ie::VoidResult remove(ie::auth::SecretStore &store, const QString &key);
};

void TestSecretStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session with tests/keychain/with-keyring.sh (ctest does)");
}

ie::Result<QString> TestSecretStore::read(ie::auth::SecretStore &store, const QString &key)
{
    std::optional<ie::Result<QString>> out;
    store.read(key, this, [&out](ie::Result<QString> r) { out = r; });
    auto r = wait(out);
    return r ? *r : ie::Result<QString>(ApiError::make(ApiError::Kind::Timeout, u"no answer"_s));
}

ie::VoidResult TestSecretStore::write(ie::auth::SecretStore &store, const QString &key,
                                      const QString &value)
{
    std::optional<ie::VoidResult> out;
    store.write(key, value, this, [&out](ie::VoidResult r) { out = r; });
    auto r = wait(out);
    return r ? *r : ie::VoidResult(ApiError::make(ApiError::Kind::Timeout, u"no answer"_s));
}

ie::VoidResult TestSecretStore::remove(ie::auth::SecretStore &store, const QString &key)
{
    std::optional<ie::VoidResult> out;
    store.remove(key, this, [&out](ie::VoidResult r) { out = r; });
    auto r = wait(out);
    return r ? *r : ie::VoidResult(ApiError::make(ApiError::Kind::Timeout, u"no answer"_s));
}

void TestSecretStore::storeReadDelete()
{
    ie::auth::SecretStore store(u"identity-explorer-test"_s);
    const QString key
            = ie::auth::SecretStore::clientSecretKey(u"Tenant"_s, QUuid::createUuid().toString());
    const QString secret = u"s3cr3t~"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto missing = read(store, key);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ApiError::Kind::NotFound);
    const auto w = write(store, key, secret);
    QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().summary()));
    const auto r = read(store, key);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().summary()));
    QCOMPARE(*r, secret);
    QVERIFY(write(store, key, secret + u"2"_s).ok()); // overwrite
    QCOMPARE(*read(store, key), secret + u"2"_s);
    QVERIFY(remove(store, key).ok());
    QCOMPARE(read(store, key).error().kind, ApiError::Kind::NotFound);
    QVERIFY(remove(store, key).ok()); // deleting what is not there is fine
}

void TestSecretStore::noSecretService()
{
    // The app itself, on a D-Bus session without a Secret Service: a keychain error, no fallback.
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home.filePath(u"no-bus"_s));
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    p.setProcessEnvironment(env);
    p.start(ie::test::executable(),
            {u"token"_s, u"--resource"_s, u"https://graph.microsoft.com"_s, u"--credential"_s,
             u"secret"_s, u"--tenant"_s, u"t"_s, u"--client-id"_s, u"c"_s, u"--secret-stdin"_s});
    QVERIFY(p.waitForStarted());
    p.write("the-secret-value\n");
    p.closeWriteChannel();
    QSignalSpy done(&p, &QProcess::finished);
    QVERIFY(done.wait(30000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(err));
    QVERIFY(!err.contains(u"the-secret-value"_s));
    QVERIFY(ie::test::filesContaining(home.path(), "the-secret-value").isEmpty());
}

void TestSecretStore::signInLeavesNoSecretOrToken()
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

    ie::test::SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    auto &s = sandbox.server();
    const QByteArray secret = s.adminClientSecret().toUtf8();
    g_log.clear();
    // Everything the app logs, at debug level, Qt's network stack included; not the in-process
    // sandbox's HTTP server (the service side, which sees the bearer header by definition).
    // (A filter, because QT_LOGGING_RULES from ctest would override setFilterRules().)
    static QLoggingCategory::CategoryFilter defaultFilter = nullptr;
    defaultFilter = QLoggingCategory::installFilter([](QLoggingCategory *c) {
        const bool server = qstrncmp(c->categoryName(), "qt.httpserver", 13) == 0;
        c->setEnabled(QtDebugMsg, !server);
        c->setEnabled(QtInfoMsg, !server);
        c->setEnabled(QtWarningMsg, true);
    });
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);

    // As the sign-in dialog does it: the secret into the keychain, then read back for signing in.
    ie::auth::SecretStore store;
    const QString key = ie::auth::SecretStore::clientSecretKey(s.tenantId(), s.adminClientId());
    QVERIFY(write(store, key, QString::fromUtf8(secret)).ok());
    const auto readBack = read(store, key);
    QVERIFY(readBack.ok());
    ie::auth::ClientSecretCredential credential(&sandbox.client(), s.tenantId(), s.adminClientId(),
                                                *readBack);
    ie::auth::TokenCache cache(&credential, s.cloud().name);
    sandbox.client().setTokenProvider(&cache);
    // Use the app: Graph and ARM calls with the tokens.
    QList<QByteArray> tokens;
    for (const QUrl &url : {sandbox.graph(u"/servicePrincipals?$top=5"_s),
                            sandbox.arm(u"/subscriptions?api-version=2022-12-01"_s)}) {
        ie::net::HttpJob *job = sandbox.client().send(ie::net::HttpRequest::get(url));
        QSignalSpy finished(job, &ie::net::HttpJob::finished);
        bool ok = false;
        connect(job, &ie::net::HttpJob::finished, this, [&ok, job] { ok = job->result().ok(); });
        QVERIFY(finished.wait(20000));
        QVERIFY(ok);
        QVERIFY(cache.lastToken().has_value());
        tokens << cache.lastToken()->token;
    }
    QCOMPARE(cache.acquisitions(), 2);
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(defaultFilter);

    QVERIFY(g_log.size() > 0); // something was logged, and none of it is a secret
    const QString log = g_log.join(u'\n');
    QVERIFY2(!log.contains(QString::fromUtf8(secret)), "the client secret is in the log");
    for (const QByteArray &t : std::as_const(tokens)) {
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(QString::fromLatin1(t)),
                     qPrintable(u"a token is in the log: "_s + line.left(120)));
        QVERIFY(!log.contains(
                QString::fromLatin1(t.split('.').value(2)))); // not even the signature
    }
    for (const ie::net::ActivityEntry &e : sandbox.client().activityLog()->entries()) {
        QVERIFY(!e.url.contains(QString::fromUtf8(secret)));
        QVERIFY(!e.note.contains(QString::fromUtf8(secret)));
    }
    for (const QString &folder : folders) {
        QVERIFY2(ie::test::filesContaining(folder, secret).isEmpty(), qPrintable(folder));
        for (const QByteArray &t : std::as_const(tokens))
            QVERIFY2(ie::test::filesContaining(folder, t).isEmpty(), qPrintable(folder));
    }
    QVERIFY(remove(store, key).ok());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
