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
    QTest::newRow("not-json") << QByteArray("{");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no-endpoints") << QByteArray("{}");
    QTest::newRow("no-arm") << QByteArray(R"({"endpoints":{"activeDirectory":"https://x"}})");
    QTest::newRow("missing-ca-file")
            << QByteArray(R"({"endpoints":{"activeDirectory":"https://x","resourceManager":"https://y"},"caFile":"/nonexistent/ca.pem"})");
}

void TestCloud::cloudConfigErrors()
{
    QFETCH(QByteArray, json);
    const auto r = ie::Cloud::fromCloudConfig(json, u"x"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ie::ApiError::Kind::InvalidInput);
    QVERIFY(!r.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestCloud)
#include "tst_cloud.moc"
