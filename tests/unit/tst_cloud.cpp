#include "cloud/cloud.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCloud : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serviceForUrl_data();
    void serviceForUrl();
    void audienceNormalisation_data();
    void audienceNormalisation();
    void cloudConfig();
    void cloudConfigErrors_data();
    void cloudConfigErrors();
    void builtInCloudsAreHttps();
    void sandboxConfigAccepted();
};

void TestCloud::serviceForUrl_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("service");

    QTest::newRow("graph") << u"AzureCloud"_s << u"https://graph.microsoft.com/v1.0/me"_s << u"graph"_s;
    QTest::newRow("graph-host-case") << u"AzureCloud"_s << u"https://GRAPH.microsoft.com/v1.0"_s << u"graph"_s;
    QTest::newRow("arm") << u"AzureCloud"_s << u"https://management.azure.com/subscriptions"_s << u"arm"_s;
    QTest::newRow("keyvault") << u"AzureCloud"_s << u"https://kv1.vault.azure.net/secrets/x"_s << u"keyvault"_s;
    QTest::newRow("bare-suffix-is-not-a-vault") << u"AzureCloud"_s << u"https://.vault.azure.net/"_s << QString();
    QTest::newRow("http-vault-refused") << u"AzureCloud"_s << u"http://kv1.vault.azure.net/"_s << QString();
    QTest::newRow("lookalike-host") << u"AzureCloud"_s << u"https://graph.microsoft.com.evil.example/v1.0"_s << QString();
    QTest::newRow("other-port") << u"AzureCloud"_s << u"https://graph.microsoft.com:8443/v1.0"_s << QString();
    QTest::newRow("http-scheme") << u"AzureCloud"_s << u"http://graph.microsoft.com/v1.0"_s << QString();
    QTest::newRow("login-has-no-token") << u"AzureCloud"_s << u"https://login.microsoftonline.com/x"_s << QString();
    QTest::newRow("usgov-graph") << u"AzureUSGovernment"_s << u"https://graph.microsoft.us/v1.0"_s << u"graph"_s;
    QTest::newRow("public-graph-in-usgov") << u"AzureUSGovernment"_s << u"https://graph.microsoft.com/v1.0"_s << QString();
    QTest::newRow("china-arm") << u"AzureChinaCloud"_s << u"https://management.chinacloudapi.cn/x"_s << u"arm"_s;
}

void TestCloud::serviceForUrl()
{
    QFETCH(QString, cloud);
    QFETCH(QString, url);
    QFETCH(QString, service);
    const auto c = ie::Cloud::byName(cloud);
    QVERIFY(c);
    const ie::ServiceEndpoint *s = c->serviceForUrl(QUrl(url));
    QCOMPARE(s ? s->id : QString(), service);
}

void TestCloud::audienceNormalisation_data()
{
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("service");
    QTest::newRow("graph") << u"https://graph.microsoft.com"_s << u"graph"_s;
    QTest::newRow("graph-slash") << u"https://graph.microsoft.com/"_s << u"graph"_s;
    QTest::newRow("graph-default-scope") << u"https://graph.microsoft.com/.default"_s << u"graph"_s;
    QTest::newRow("arm-legacy") << u"https://management.core.windows.net/"_s << u"arm"_s;
    QTest::newRow("arm") << u"https://management.azure.com/"_s << u"arm"_s;
    QTest::newRow("vault") << u"https://vault.azure.net"_s << u"keyvault"_s;
    QTest::newRow("unknown") << u"api://my-app"_s << QString();
}

void TestCloud::audienceNormalisation()
{
    QFETCH(QString, audience);
    QFETCH(QString, service);
    const ie::Cloud c = ie::Cloud::azurePublic();
    const ie::ServiceEndpoint *s = c.serviceForAudience(audience);
    QCOMPARE(s ? s->id : QString(), service);
}

void TestCloud::cloudConfig()
{
    const QByteArray json = R"({"endpoints": {
        "activeDirectory": "https://127.0.0.1:4431",
        "resourceManager": "https://127.0.0.1:4433/",
        "microsoftGraphResourceId": "https://127.0.0.1:4432/",
        "activeDirectoryResourceId": "https://management.core.windows.net/"}})";
    const auto r = ie::Cloud::fromCloudConfig(json, u"Emu"_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().summary()));
    QCOMPARE(r->name, u"Emu"_s);
    QCOMPARE(r->armUrl, QUrl(u"https://127.0.0.1:4433"_s));
    const ie::ServiceEndpoint *arm = r->serviceForUrl(QUrl(u"https://127.0.0.1:4433/subscriptions"_s));
    QVERIFY(arm);
    QCOMPARE(arm->id, u"arm"_s);
    QCOMPARE(r->serviceForAudience(u"https://management.core.windows.net/"_s), arm);
    QCOMPARE(r->serviceForUrl(QUrl(u"https://127.0.0.1:4432/v1.0/users"_s))->id, u"graph"_s);
    QVERIFY(!r->serviceForUrl(QUrl(u"https://127.0.0.1:4431/x"_s)));
}

void TestCloud::cloudConfigErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions"); // what the message names, so that it says what to fix
    const auto cfg = [](const char *endpoints) {
        return QByteArray(R"({"endpoints":{)") + endpoints + "}}";
    };
    const char *base = R"("activeDirectory":"https://login.example","resourceManager":"https://arm.example/")";
    QTest::newRow("not-json") << QByteArray("{") << QStringList{u"not valid JSON"_s};
    QTest::newRow("array") << QByteArray("[]") << QStringList{u"must be a JSON object"_s};
    QTest::newRow("array-of-config")
            << QByteArray(R"([{"endpoints":{"activeDirectory":"https://x"}}])")
            << QStringList{u"must be a JSON object"_s};
    QTest::newRow("no-endpoints") << QByteArray("{}") << QStringList{u"\"endpoints\""_s};
    QTest::newRow("no-arm") << cfg(R"("activeDirectory":"https://x")")
                            << QStringList{u"endpoints.resourceManager"_s};
    QTest::newRow("login-not-a-url")
            << cfg(R"("activeDirectory":"login","resourceManager":"https://arm.example/")")
            << QStringList{u"endpoints.activeDirectory"_s, u"not a URL"_s};
    QTest::newRow("arm-not-a-url")
            << cfg(R"("activeDirectory":"https://login.example","resourceManager":"https:///")")
            << QStringList{u"endpoints.resourceManager"_s, u"not a URL"_s};
    QTest::newRow("arm-number")
            << cfg(R"("activeDirectory":"https://login.example","resourceManager":42)")
            << QStringList{u"endpoints.resourceManager"_s, u"string"_s};
    QTest::newRow("http-login")
            << cfg(R"("activeDirectory":"http://127.0.0.1:8080","resourceManager":"https://arm.example/")")
            << QStringList{u"endpoints.activeDirectory"_s, u"https://"_s, u"TLS"_s};
    QTest::newRow("http-arm")
            << cfg(R"("activeDirectory":"https://login.example","resourceManager":"http://127.0.0.1:8080/")")
            << QStringList{u"endpoints.resourceManager"_s, u"https://"_s};
    QTest::newRow("http-graph")
            << cfg((QByteArray(base) + R"(,"microsoftGraphResourceId":"http://graph.example/")").constData())
            << QStringList{u"endpoints.microsoftGraphResourceId"_s, u"https://"_s};
    QTest::newRow("ftp-login")
            << cfg(R"("activeDirectory":"ftp://login.example","resourceManager":"https://arm.example/")")
            << QStringList{u"endpoints.activeDirectory"_s, u"ftp://"_s};
    QTest::newRow("http-unused-field")
            << cfg((QByteArray(base) + R"(,"gallery":"http://gallery.example/")").constData())
            << QStringList{u"endpoints.gallery"_s};
    QTest::newRow("user-info")
            << cfg(R"("activeDirectory":"https://u:p@login.example","resourceManager":"https://arm.example/")")
            << QStringList{u"endpoints.activeDirectory"_s};
    QTest::newRow("arm-audience-is-graph")
            << cfg((QByteArray(base) + R"(,"activeDirectoryResourceId":"https://graph.microsoft.com/")").constData())
            << QStringList{u"endpoints.activeDirectoryResourceId"_s, u"https://graph.microsoft.com/"_s};
    QTest::newRow("arm-audience-is-own-graph")
            << cfg((QByteArray(base) + R"(,"microsoftGraphResourceId":"https://graph.example/","activeDirectoryResourceId":"https://graph.example")").constData())
            << QStringList{u"endpoints.activeDirectoryResourceId"_s};
    QTest::newRow("arm-audience-is-vault")
            << cfg((QByteArray(base) + R"(,"activeDirectoryResourceId":"https://vault.azure.net")").constData())
            << QStringList{u"endpoints.activeDirectoryResourceId"_s};
    QTest::newRow("graph-is-arm-audience")
            << cfg((QByteArray(base) + R"(,"microsoftGraphResourceId":"https://management.core.windows.net/")").constData())
            << QStringList{u"endpoints.microsoftGraphResourceId"_s};
    QTest::newRow("graph-and-arm-one-host")
            << cfg(R"("activeDirectory":"https://login.example","resourceManager":"https://one.example/","microsoftGraphResourceId":"https://one.example/")")
            << QStringList{u"same host"_s, u"one.example"_s};
    QTest::newRow("ca-file-not-a-string")
            << QByteArray(R"({"endpoints":{"activeDirectory":"https://x","resourceManager":"https://y"},"caFile":7})")
            << QStringList{u"caFile"_s};
    QTest::newRow("missing-ca-file")
            << QByteArray(R"({"endpoints":{"activeDirectory":"https://x","resourceManager":"https://y"},"caFile":"/nonexistent/ca.pem"})")
            << QStringList{u"/nonexistent/ca.pem"_s, u"caFile"_s};
}

void TestCloud::cloudConfigErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    const auto r = ie::Cloud::fromCloudConfig(json, u"x"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ie::ApiError::Kind::InvalidInput);
    for (const QString &m : mentions)
        QVERIFY2(r.error().message.contains(m), qPrintable(r.error().message));
    QVERIFY2(!r.error().message.contains(u"no error occurred"_s), qPrintable(r.error().message));
}

// Every endpoint of the built-in clouds is https: no token or secret can go out in clear.
void TestCloud::builtInCloudsAreHttps()
{
    for (const ie::Cloud &c : ie::Cloud::knownClouds()) {
        for (const QUrl &u : {c.loginUrl, c.graphUrl, c.armUrl, c.portalUrl})
            QVERIFY2(u.scheme() == u"https"_s, qPrintable(c.name + u": "_s + u.toString()));
        for (const ie::ServiceEndpoint &s : c.services) {
            QVERIFY2(s.baseUrl.isEmpty() || s.baseUrl.scheme() == u"https"_s, qPrintable(s.id));
            QVERIFY(QUrl(s.audience).scheme() == u"https"_s);
        }
    }
}

// What `identity-explorer sandbox` writes (az's fields included) passes the checks.
void TestCloud::sandboxConfigAccepted()
{
    const QByteArray json = R"({"endpoints": {
        "activeDirectory": "https://127.0.0.1:4431",
        "activeDirectoryResourceId": "https://management.core.windows.net/",
        "activeDirectoryGraphResourceId": "https://graph.windows.net/",
        "microsoftGraphResourceId": "https://127.0.0.1:4432/",
        "resourceManager": "https://127.0.0.1:4433/",
        "management": "https://management.core.windows.net/",
        "vmImageAliasDoc": "https://raw.githubusercontent.com/Azure/azure-rest-api-specs/master/arm-compute/quickstart-templates/aliases.json",
        "batchResourceId": "https://batch.core.windows.net/"}})";
    const auto r = ie::Cloud::fromCloudConfig(json, u"Sandbox"_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->armAudience(), u"https://management.core.windows.net/"_s);
}

QTEST_GUILESS_MAIN(TestCloud)
#include "tst_cloud.moc"
