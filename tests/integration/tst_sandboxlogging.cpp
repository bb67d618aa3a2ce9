// No token reaches a log line, the sandbox's included: with every logging category on at debug
// level (as QT_LOGGING_RULES="*.debug=true" would have it) and every message captured, a client
// secret sign-in, Graph and ARM calls with bearer tokens and an App Service managed-identity call
// leave no secret, token or identity header in what was logged.

#include "sandboxfixture.h"

#include "auth/managedidentitycredential.h"
#include "net/httpclient.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QMutex logMutex;
QStringList logged;
QtMessageHandler previousHandler = nullptr;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logged << QString::fromLatin1(context.category ? context.category : "default") + u": "_s
                        + message;
    }
    Q_UNUSED(type);
}

// Every category on, debug included, whatever QT_LOGGING_RULES says (ctest turns debug off).
void everything(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    for (QtMsgType t : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
        category->setEnabled(t, true);
}

ie::Result<ie::net::HttpResponse> get(ie::net::HttpClient &client, const QUrl &url)
{
    ie::Result<ie::net::HttpResponse> out(
            ie::ApiError::make(ie::ApiError::Kind::Timeout, u"no answer"_s));
    bool done = false;
    QObject context;
    client.send(ie::net::HttpRequest::get(url), &context,
                [&](const ie::Result<ie::net::HttpResponse> &r) {
                    out = r;
                    done = true;
                });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return out;
    return out;
}

} // namespace

class TestSandboxLogging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noSecretInAnyLogLine();
    void withoutTheFilterDumpsWouldShowThem();

private:
    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
};

void TestSandboxLogging::initTestCase()
{
    previousFilter = QLoggingCategory::installFilter(everything);
    previousHandler = qInstallMessageHandler(capture);
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
}

void TestSandboxLogging::cleanupTestCase()
{
    m_sandbox.reset();
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::installFilter(previousFilter);
}

void TestSandboxLogging::noSecretInAnyLogLine()
{
    auto &s = m_sandbox->server();
    // Graph and ARM with the admin app's bearer tokens (a client secret sign-in first).
    const auto graph = get(m_sandbox->client(), m_sandbox->graph(u"/servicePrincipals?$top=5"_s));
    QVERIFY2(graph.ok(), qPrintable(graph.ok() ? QString() : graph.error().summary()));
    const auto arm
            = get(m_sandbox->client(), m_sandbox->arm(u"/subscriptions?api-version=2022-12-01"_s));
    QVERIFY2(arm.ok(), qPrintable(arm.ok() ? QString() : arm.error().summary()));
    // App Service managed identity: the X-IDENTITY-HEADER secret and a token in the answer.
    QProcessEnvironment env;
    env.insert(u"IDENTITY_ENDPOINT"_s, s.appServiceUrl().toString());
    env.insert(u"IDENTITY_HEADER"_s, s.identityHeader());
    ie::auth::ManagedIdentityCredential::Options mi;
    mi.environment = env;
    ie::auth::ManagedIdentityCredential credential(&m_sandbox->client(), mi);
    std::optional<ie::Result<ie::net::AccessToken>> miToken;
    credential.requestToken({u"https://management.azure.com"_s, {}, {}, false},
                            [&](ie::Result<ie::net::AccessToken> t) { miToken = t; });
    QVERIFY(QTest::qWaitFor([&] { return miToken.has_value(); }, 20000));
    QVERIFY2(miToken->ok(), qPrintable(miToken->ok() ? QString() : miToken->error().summary()));

    // The tokens the sandbox issued, as a client holds them.
    std::optional<ie::Result<ie::net::AccessToken>> adminToken;
    m_sandbox->tokens().getToken({u"https://graph.microsoft.com"_s, {}, {}, false}, this,
                                 [&](ie::Result<ie::net::AccessToken> t) { adminToken = t; });
    QVERIFY(QTest::qWaitFor([&] { return adminToken.has_value(); }, 20000));
    QVERIFY(adminToken->ok());

    QStringList lines;
    {
        QMutexLocker lock(&logMutex);
        lines = logged;
    }
    const QList<QByteArray> secrets{(*adminToken)->token, (*miToken)->token,
                                    s.adminClientSecret().toUtf8(), s.identityHeader().toUtf8()};
    for (const QString &line : std::as_const(lines)) {
        const QByteArray bytes = line.toUtf8();
        QVERIFY2(!bytes.contains("Bearer ey"), bytes.constData());
        for (const QByteArray &secret : secrets) {
            // The signature alone would be enough to misuse nothing, but the payload is the
            // token's content: neither may appear, nor any 40 characters of it.
            QVERIFY(!secret.isEmpty());
            for (qsizetype at = 0; at + 40 <= secret.size(); at += 40)
                QVERIFY2(!bytes.contains(secret.mid(at, 40)), bytes.constData());
            if (secret.size() < 40)
                QVERIFY2(!bytes.contains(secret), bytes.constData());
        }
    }
}

// The premise of the test above: Qt HttpServer's dumps do print the Authorization header when
// nothing keeps them off (here the all-on filter is installed over the sandbox's), so the test
// above would fail if the sandbox did not keep them off. Captured in memory only.
void TestSandboxLogging::withoutTheFilterDumpsWouldShowThem()
{
    const QLoggingCategory::CategoryFilter sandboxFilter = QLoggingCategory::installFilter(
            [](QLoggingCategory *category) { category->setEnabled(QtDebugMsg, true); });
    {
        QMutexLocker lock(&logMutex);
        logged.clear();
    }
    const auto graph = get(m_sandbox->client(), m_sandbox->graph(u"/servicePrincipals?$top=1"_s));
    QLoggingCategory::installFilter(sandboxFilter);
    QVERIFY(graph.ok());
    QStringList lines;
    {
        QMutexLocker lock(&logMutex);
        lines = logged;
        logged.clear();
    }
    bool dumped = false;
    for (const QString &line : std::as_const(lines))
        dumped = dumped || (line.startsWith(u"qt.httpserver"_s) && line.contains(u"Bearer ey"_s));
    QVERIFY2(dumped, qPrintable(lines.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSandboxLogging)
#include "tst_sandboxlogging.moc"
