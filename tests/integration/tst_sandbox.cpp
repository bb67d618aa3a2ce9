// The sandbox tenant behaves like the real services for the calls the app makes: the token
// endpoint and its errors, bearer validation, Graph query options and paging, ARM api-version and
// paging, consistency between Graph and ARM, faults on demand.

#include "sandboxfixture.h"

#include "sandbox/faultinjector.h"
#include "sandbox/tenantstate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::net::HttpRequest;
using ie::net::HttpResponse;

namespace {

ie::Result<HttpResponse> run(ie::net::HttpClient &client, const HttpRequest &r)
{
    ie::Result<HttpResponse> result(ApiError::make(ApiError::Kind::Timeout, u"no answer"_s));
    ie::net::HttpJob *job = client.send(r);
    QObject::connect(job, &ie::net::HttpJob::finished, job, [&result, job] { result = job->result(); });
    QSignalSpy spy(job, &ie::net::HttpJob::finished);
    spy.wait(20000);
    return result;
}

QJsonArray allPages(ie::net::HttpClient &client, const QUrl &first, int *pages = nullptr,
                    ie::Result<ie::Done> *outcome = nullptr)
{
    QJsonArray all;
    ie::net::PageJob *job = client.getPages(HttpRequest::get(first));
    QObject::connect(job, &ie::net::PageJob::pageArrived, job, [&all](const QJsonArray &items) {
        for (const QJsonValue &v : items)
            all.append(v);
    });
    ie::Result<ie::Done> result(ApiError::make(ApiError::Kind::Timeout, u"no answer"_s));
    QObject::connect(job, &ie::net::PageJob::finished, job, [&result, job, pages] {
        result = job->result();
        if (pages)
            *pages = job->pagesLoaded();
    });
    QSignalSpy spy(job, &ie::net::PageJob::finished);
    spy.wait(30000);
    if (outcome)
        *outcome = result;
    return all;
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tokenEndpointErrors_data();
    void tokenEndpointErrors();
    void tokensCarryEntraClaims();
    void openIdConfigurationAndKeys();
    void graphNeedsAToken();
    void servicePrincipalsPageThroughEverything();
    void servicePrincipalsQueryOptions_data();
    void servicePrincipalsQueryOptions();
    void searchNeedsConsistencyLevel();
    void bySpIdAndAppId();
    void graphAndArmAgreeOnIdentities();
    void resourcesListedPerSubscription();
    void armNeedsApiVersion();
    void armRoleAssignmentsOfAPrincipal();
    void batchAnswersEachItem();
    void faultsOnDemand();
    void foreignNextLinkIsRefused();
    void faultSpecs_data();
    void faultSpecs();

private:
    ie::test::SandboxFixture m_sandbox;
};

void TestSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestSandbox::tokenEndpointErrors_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("aadsts");
    // (Not QString::arg: the percent-encoded scope is full of "%2F".)
    const auto ok = [](const QString &id, const QString &secret) {
        return u"grant_type=client_credentials&client_id="_s + id + u"&client_secret="_s + secret
                + u"&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"_s;
    };
    QTest::newRow("wrong-secret") << QString() << ok(u"ID"_s, u"nope"_s) << 401 << u"invalid_client"_s << u"AADSTS7000215"_s;
    QTest::newRow("unknown-client") << QString() << ok(u"11111111-2222-3333-4444-555555555555"_s, u"x"_s) << 400 << u"unauthorized_client"_s << u"AADSTS700016"_s;
    QTest::newRow("scope-without-default") << QString() << u"grant_type=client_credentials&client_id=ID&client_secret=SECRET&scope=User.Read"_s << 400 << u"invalid_scope"_s << u"AADSTS1002012"_s;
    QTest::newRow("unknown-resource") << QString() << u"grant_type=client_credentials&client_id=ID&client_secret=SECRET&scope=api%3A%2F%2Fnothing%2F.default"_s << 400 << u"invalid_resource"_s << u"AADSTS500011"_s;
    QTest::newRow("no-grant-type") << QString() << u"client_id=ID"_s << 400 << u"invalid_request"_s << u"AADSTS900144"_s;
    QTest::newRow("bad-grant-type") << QString() << u"grant_type=password&client_id=ID"_s << 400 << u"unsupported_grant_type"_s << u"AADSTS70003"_s;
    QTest::newRow("unknown-tenant") << u"fabrikam.onmicrosoft.com"_s << ok(u"ID"_s, u"SECRET"_s) << 400 << u"invalid_tenant"_s << u"AADSTS90002"_s;
}

void TestSandbox::tokenEndpointErrors()
{
    QFETCH(QString, tenant);
    QFETCH(QString, body);
    QFETCH(int, status);
    auto &s = m_sandbox.server();
    body.replace(u"client_id=ID"_s, u"client_id="_s + s.adminClientId());
    body.replace(u"SECRET"_s, QString::fromLatin1(QUrl::toPercentEncoding(s.adminClientSecret())));
    QUrl url(s.loginUrl().toString() + u'/' + (tenant.isEmpty() ? s.tenantId() : tenant) + u"/oauth2/v2.0/token"_s);
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    r.body = body.toUtf8();
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    const auto res = run(m_sandbox.client(), r);
    QVERIFY(!res.ok());
    QCOMPARE(res.error().httpStatus, status);
    QTEST(res.error().code, "error");
    QFETCH(QString, aadsts);
    QVERIFY2(res.error().message.startsWith(aadsts + u':'), qPrintable(res.error().message));
    QVERIFY(!res.error().requestId.isEmpty()); // trace_id
}

void TestSandbox::tokensCarryEntraClaims()
{
    ie::Result<ie::net::AccessToken> token(ApiError::make(ApiError::Kind::Timeout, {}));
    bool called = false;
    m_sandbox.tokens().getToken({u"https://graph.microsoft.com"_s, {}, {}, false}, this,
                                [&](ie::Result<ie::net::AccessToken> t) { token = t; called = true; });
    QTRY_VERIFY(called);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().summary()));
    const QList<QByteArray> parts = token->token.split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject header = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding)).object();
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(header.value("alg"_L1).toString(), u"RS256"_s);
    QVERIFY(!header.value("kid"_L1).toString().isEmpty());
    QCOMPARE(claims.value("aud"_L1).toString(), u"https://graph.microsoft.com"_s);
    QCOMPARE(claims.value("ver"_L1).toString(), u"1.0"_s);
    QCOMPARE(claims.value("idtyp"_L1).toString(), u"app"_s);
    QCOMPARE(claims.value("tid"_L1).toString(), m_sandbox.server().tenantId());
    QCOMPARE(claims.value("appid"_L1).toString(), m_sandbox.server().adminClientId());
    QVERIFY(claims.value("iss"_L1).toString().startsWith(m_sandbox.server().loginUrl().toString()));
    QVERIFY(claims.value("roles"_L1).toArray().contains(u"Application.ReadWrite.All"_s));
    QVERIFY(claims.value("exp"_L1).toInteger() > claims.value("iat"_L1).toInteger());
    for (const char *c : {"nbf", "oid", "sub", "uti", "rh", "aio", "appidacr", "idp"})
        QVERIFY2(claims.contains(QLatin1String(c)), c);
}

void TestSandbox::openIdConfigurationAndKeys()
{
    auto &s = m_sandbox.server();
    const auto conf = run(m_sandbox.client(), HttpRequest::get(QUrl(s.loginUrl().toString() + u'/' + s.tenantId() + u"/v2.0/.well-known/openid-configuration"_s)));
    QVERIFY(conf.ok());
    const QJsonObject c = conf->json.object();
    QCOMPARE(c.value("issuer"_L1).toString(), s.loginUrl().toString() + u'/' + s.tenantId() + u"/v2.0"_s);
    const auto keys = run(m_sandbox.client(), HttpRequest::get(QUrl(c.value("jwks_uri"_L1).toString())));
    QVERIFY(keys.ok());
    const QJsonObject key = keys->json.object().value("keys"_L1).toArray().first().toObject();
    QCOMPARE(key.value("kty"_L1).toString(), u"RSA"_s);
    QCOMPARE(key.value("e"_L1).toString(), u"AQAB"_s);
    QVERIFY(key.value("n"_L1).toString().size() > 300);
}

void TestSandbox::graphNeedsAToken()
{
    HttpRequest r = HttpRequest::get(m_sandbox.graph(u"/servicePrincipals"_s));
    r.authenticate = false;
    const auto res = run(m_sandbox.client(), r);
    QVERIFY(!res.ok());
    QCOMPARE(res.error().httpStatus, 401);
    QCOMPARE(res.error().code, u"InvalidAuthenticationToken"_s);
    QVERIFY(!res.error().requestId.isEmpty());
    QVERIFY(!res.error().date.isEmpty());
}

void TestSandbox::servicePrincipalsPageThroughEverything()
{
    int pages = 0;
    ie::Result<ie::Done> outcome(ie::Done{});
    const QJsonArray all = allPages(m_sandbox.client(),
                                    m_sandbox.graph(u"/servicePrincipals?$top=7&$select=id,displayName"_s),
                                    &pages, &outcome);
    QVERIFY(outcome.ok());
    QCOMPARE(all.size(), m_sandbox.server().state().servicePrincipals.size());
    QCOMPARE(pages, int((all.size() + 6) / 7));
    QSet<QString> ids;
    for (const QJsonValue &v : all) {
        // Items of a derived type (agent identities) also carry their @odata.type, as Graph does.
        QStringList keys = v.toObject().keys();
        keys.removeOne(u"@odata.type"_s);
        QCOMPARE(keys, (QStringList{u"displayName"_s, u"id"_s}));
        ids.insert(v.toObject().value("id"_L1).toString());
    }
    QCOMPARE(ids.size(), all.size()); // no page repeated
}

void TestSandbox::servicePrincipalsQueryOptions_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("managed-identities") << u"$filter=servicePrincipalType eq 'ManagedIdentity'"_s << 9 << u"id-orders-shared"_s;
    QTest::newRow("by-appId") << u"$filter=appId eq '00000003-0000-0000-c000-000000000000'"_s << 1 << u"Microsoft Graph"_s;
    QTest::newRow("startswith") << u"$filter=startswith(displayName,'Contoso')"_s << 4 << u"Contoso Orders API"_s;
    QTest::newRow("and") << u"$filter=servicePrincipalType eq 'ManagedIdentity' and startswith(displayName,'id-')"_s << 3 << u"id-dev-unused"_s;
    QTest::newRow("legacy") << u"$filter=servicePrincipalType eq 'Legacy'"_s << 1 << u"Legacy Intranet (ADFS)"_s;
}

void TestSandbox::servicePrincipalsQueryOptions()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    QFETCH(QString, mustContain);
    const QJsonArray all = allPages(m_sandbox.client(), m_sandbox.graph(u"/servicePrincipals?"_s + query));
    QCOMPARE(all.size(), expected);
    bool found = false;
    for (const QJsonValue &v : all)
        found = found || v.toObject().value("displayName"_L1).toString() == mustContain;
    QVERIFY(found);
}

void TestSandbox::searchNeedsConsistencyLevel()
{
    const QUrl url = m_sandbox.graph(u"/servicePrincipals?$search=%22displayName:orders%22&$count=true"_s);
    auto res = run(m_sandbox.client(), HttpRequest::get(url));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().httpStatus, 400);
    QCOMPARE(res.error().code, u"Request_UnsupportedQuery"_s);
    HttpRequest r = HttpRequest::get(url);
    r.headers = {{"ConsistencyLevel", "eventual"}};
    res = run(m_sandbox.client(), r);
    QVERIFY(res.ok());
    const QJsonObject o = res->json.object();
    QCOMPARE(o.value("@odata.count"_L1).toInt(), 4); // Orders API, func-timer-orders, app-orders-web, id-orders-shared
    QCOMPARE(o.value("value"_L1).toArray().size(), 4);
}

void TestSandbox::bySpIdAndAppId()
{
    auto res = run(m_sandbox.client(), HttpRequest::get(m_sandbox.graph(u"/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')"_s)));
    QVERIFY(res.ok());
    const QJsonObject graph = res->json.object();
    QVERIFY(graph.value("appRoles"_L1).toArray().size() > 700);
    const QString id = graph.value("id"_L1).toString();
    res = run(m_sandbox.client(), HttpRequest::get(m_sandbox.graph(u"/servicePrincipals/"_s + id + u"?$select=id,appId"_s)));
    QVERIFY(res.ok());
    QCOMPARE(res->json.object().value("appId"_L1).toString(), u"00000003-0000-0000-c000-000000000000"_s);
    res = run(m_sandbox.client(), HttpRequest::get(m_sandbox.graph(u"/servicePrincipals/00000000-0000-0000-0000-000000000000"_s)));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ApiError::Kind::NotFound);
    QCOMPARE(res.error().code, u"Request_ResourceNotFound"_s);
}

void TestSandbox::graphAndArmAgreeOnIdentities()
{
    // Every managed identity's alternativeNames name an ARM resource whose identity block (or
    // properties, for a user-assigned identity) names the same principal; one is an orphan.
    const QJsonArray mis = allPages(m_sandbox.client(), m_sandbox.graph(u"/servicePrincipals?$filter=servicePrincipalType eq 'ManagedIdentity'&$select=id,alternativeNames"_s));
    QJsonArray resources;
    for (const QJsonValue &s : allPages(m_sandbox.client(), m_sandbox.arm(u"/subscriptions?api-version=2022-12-01"_s))) {
        const QString sub = s.toObject().value("subscriptionId"_L1).toString();
        for (const QJsonValue &r : allPages(m_sandbox.client(), m_sandbox.arm(u"/subscriptions/"_s + sub + u"/resources?api-version=2021-04-01"_s)))
            resources.append(r);
    }
    int orphans = 0;
    for (const QJsonValue &v : mis) {
        const QJsonArray alt = v.toObject().value("alternativeNames"_L1).toArray();
        QCOMPARE(alt.size(), 2);
        const bool user = alt[0].toString() == "isExplicit=True"_L1;
        const QString resourceId = alt[1].toString();
        const QString principal = v.toObject().value("id"_L1).toString();
        bool found = false;
        for (const QJsonValue &r : resources) {
            const QJsonObject o = r.toObject();
            if (o.value("id"_L1).toString().compare(resourceId, Qt::CaseInsensitive) != 0)
                continue;
            found = true;
            if (user)
                QCOMPARE(o.value("type"_L1).toString(), u"Microsoft.ManagedIdentity/userAssignedIdentities"_s);
            else
                QCOMPARE(o.value("identity"_L1).toObject().value("principalId"_L1).toString(), principal);
        }
        orphans += found ? 0 : 1;
    }
    QCOMPARE(orphans, 1);
}

void TestSandbox::resourcesListedPerSubscription()
{
    // Each subscription lists exactly its own resources, in pages of any size, whatever the case of
    // the subscription id in the URL; a resource group lists the part of them below it.
    QSet<QString> everyId;
    int subscriptions = 0;
    for (const QJsonValue &s : allPages(m_sandbox.client(), m_sandbox.arm(u"/subscriptions?api-version=2022-12-01"_s))) {
        const QString sub = s.toObject().value("subscriptionId"_L1).toString();
        ++subscriptions;
        const QString prefix = u"/subscriptions/"_s + sub + u'/';
        QSet<QString> ids;
        QSet<QString> groups;
        for (const QJsonValue &r : allPages(m_sandbox.client(), m_sandbox.arm(prefix + u"resources?api-version=2021-04-01"_s))) {
            const QString id = r.toObject().value("id"_L1).toString();
            QVERIFY2(id.startsWith(prefix, Qt::CaseInsensitive), qPrintable(id));
            QVERIFY2(!everyId.contains(id.toLower()), qPrintable(id));
            ids.insert(id.toLower());
            groups.insert(id.section(u'/', 4, 4));
        }
        QVERIFY(!ids.isEmpty());
        everyId.unite(ids);
        QSet<QString> paged;
        for (const QJsonValue &r : allPages(m_sandbox.client(), m_sandbox.arm(u"/subscriptions/"_s + sub.toUpper() + u"/resources?api-version=2021-04-01&$top=2"_s)))
            paged.insert(r.toObject().value("id"_L1).toString().toLower());
        QCOMPARE(paged, ids);
        const QString group = *groups.cbegin();
        int inGroup = 0;
        for (const QJsonValue &r : allPages(m_sandbox.client(), m_sandbox.arm(prefix + u"resourceGroups/"_s + group + u"/resources?api-version=2021-04-01"_s))) {
            const QString id = r.toObject().value("id"_L1).toString().toLower();
            QVERIFY(ids.contains(id));
            QCOMPARE(id.section(u'/', 4, 4), group.toLower());
            ++inGroup;
        }
        QVERIFY(inGroup > 0);
    }
    QVERIFY(subscriptions > 1);
}

void TestSandbox::armNeedsApiVersion()
{
    auto res = run(m_sandbox.client(), HttpRequest::get(m_sandbox.arm(u"/subscriptions"_s)));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().httpStatus, 400);
    QCOMPARE(res.error().code, u"MissingApiVersionParameter"_s);
    res = run(m_sandbox.client(), HttpRequest::get(m_sandbox.arm(u"/subscriptions?api-version=2022-12-01"_s)));
    QVERIFY(res.ok());
    QCOMPARE(res->json.object().value("value"_L1).toArray().size(), 2);
    QVERIFY(!res->requestId.isEmpty()); // x-ms-request-id
}

void TestSandbox::armRoleAssignmentsOfAPrincipal()
{
    const QString sub = u"2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90"_s;
    const QJsonArray all = allPages(m_sandbox.client(), m_sandbox.arm(u"/subscriptions/"_s + sub + u"/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01&$filter=principalId%20eq%20'd2e3f4a5-0002-4b6c-9d7e-8f9a0b1c2d3e'"_s));
    QCOMPARE(all.size(), 1);
    const QJsonObject p = all.first().toObject().value("properties"_L1).toObject();
    QVERIFY(p.value("roleDefinitionId"_L1).toString().endsWith(u"4633458b-17de-408a-b874-0445c86b69e6"_s)); // Key Vault Secrets User
    QVERIFY(p.value("scope"_L1).toString().endsWith(u"/vaults/kv-contoso-prod"_s));
}

void TestSandbox::batchAnswersEachItem()
{
    QList<ie::net::BatchItem> items;
    items.append({"GET", u"/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')?$select=id"_s, {}, {}});
    items.append({"GET", u"/servicePrincipals/00000000-0000-0000-0000-000000000000"_s, {}, {}});
    items.append({"GET", u"/organization"_s, {}, {}});
    ie::net::BatchJob *job = m_sandbox.client().batch(m_sandbox.graph(QString()), items);
    QSignalSpy finished(job, &ie::net::BatchJob::finished);
    QList<ie::net::BatchItemResult> results;
    connect(job, &ie::net::BatchJob::finished, job, [&] { if (job->result().ok()) results = job->result().value(); });
    QVERIFY(finished.wait(20000));
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0].status, 200);
    QCOMPARE(results[1].status, 404);
    QCOMPARE(results[1].error->code, u"Request_ResourceNotFound"_s);
    QCOMPARE(results[2].body.value("value"_L1).toArray().first().toObject().value("displayName"_L1).toString(), u"Contoso"_s);
}

void TestSandbox::faultsOnDemand()
{
    auto &faults = m_sandbox.server().faults();
    QVERIFY(faults.addSpec(u"graph:/v1.0/organization*=429:1@1"_s));
    QVERIFY(faults.addSpec(u"graph:/v1.0/organization*=cut@1"_s));
    HttpRequest r = HttpRequest::get(m_sandbox.graph(u"/organization"_s));
    r.retry.baseDelay = std::chrono::milliseconds(20);
    const auto res = run(m_sandbox.client(), r);
    QVERIFY2(res.ok(), qPrintable(res.ok() ? QString() : res.error().summary()));
    QCOMPARE(res->attempts, 2); // both faults hit the first attempt: 429 wins the status, then the body is cut
    faults.clear();
}

void TestSandbox::foreignNextLinkIsRefused()
{
    auto &faults = m_sandbox.server().faults();
    QVERIFY(faults.addSpec(u"graph:/v1.0/servicePrincipals*=foreign-nextlink@1"_s));
    int pages = 0;
    ie::Result<ie::Done> outcome(ie::Done{});
    const QJsonArray all = allPages(m_sandbox.client(), m_sandbox.graph(u"/servicePrincipals?$top=5"_s), &pages, &outcome);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, ApiError::Kind::Protocol);
    QCOMPARE(all.size(), 5);
    faults.clear();
}

void TestSandbox::faultSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("throttle") << u"graph:/v1.0/servicePrincipals*=429:2@1"_s << true;
    QTest::newRow("latency-any") << u"*:*=latency:50"_s << true;
    QTest::newRow("method") << u"POST login:*/token=503:3"_s << true;
    QTest::newRow("no-kind") << u"graph:/x"_s << false;
    QTest::newRow("bad-service") << u"mars:/x=cut"_s << false;
    QTest::newRow("bad-kind") << u"graph:/x=explode"_s << false;
    QTest::newRow("bad-count") << u"graph:/x=cut@zero"_s << false;
    QTest::newRow("bad-arg") << u"graph:/x=latency:soon"_s << false;
}

void TestSandbox::faultSpecs()
{
    QFETCH(QString, spec);
    ie::sandbox::FaultInjector f;
    QString error;
    QTEST(f.addSpec(spec, &error), "valid");
    QFETCH(bool, valid);
    QCOMPARE(error.isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
