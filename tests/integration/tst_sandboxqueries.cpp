// What Microsoft's own clients need of the sandbox (issue 13; tests/conformance runs the clients
// themselves): Graph's $filter, $orderby and /$count as Graph has them, appRoleAssignments paging,
// links and issuers naming the host that was asked, MSAL's instance discovery, the ADFS-style
// OpenID document, the device code grant's short name and the sandbox's own resource URIs on the
// managed-identity endpoints. Requests go straight to the sandbox's router.

#include "sandboxfixture.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::sandbox::Request;
using ie::sandbox::Response;

class TestSandboxQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void servicePrincipalFilter_data();
    void servicePrincipalFilter();
    void countSegment();
    void orderBy();
    void assignmentsPage();
    void generatedAssignmentsPage_data();
    void generatedAssignmentsPage();
    void linksNameTheAskedHost();
    void issuerPerAuthority();
    void instanceDiscovery();
    void adfsOpenIdConfiguration();
    void deviceCodeShortGrantName();
    void managedIdentityAcceptsSandboxResource();

private:
    Response send(const QString &service, const QByteArray &method, const QString &target,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {},
                  const QByteArray &body = {}, const QString &origin = {});
    Response sendTo(ie::test::SandboxFixture &sandbox, const QString &service,
                    const QByteArray &method, const QString &target,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QByteArray &body = {}, const QString &origin = {});
    QByteArray graphToken(ie::test::SandboxFixture &sandbox);
    static ie::sandbox::SandboxServer::Options grown()
    {
        ie::sandbox::SandboxServer::Options o;
        o.extraServicePrincipals = 300;
        o.extraAppRoleAssignments = 700; // two or three for each of the 300
        return o;
    }
    ie::test::SandboxFixture m_sandbox;
    ie::test::SandboxFixture m_grown{grown()};
};

void TestSandboxQueries::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QVERIFY2(m_grown.start(), qPrintable(m_grown.error()));
}

QByteArray TestSandboxQueries::graphToken(ie::test::SandboxFixture &sandbox)
{
    auto &s = sandbox.server();
    const auto *admin = s.state().spByAppId(s.adminClientId());
    QString code, description;
    int aadsts = 0;
    const auto t = s.tokenIssuer().mintAppToken(*admin, u"https://graph.microsoft.com"_s, 600,
                                                &code, &description, &aadsts);
    return t ? t->token : QByteArray();
}

Response TestSandboxQueries::send(const QString &service, const QByteArray &method,
                                  const QString &target,
                                  const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QByteArray &body, const QString &origin)
{
    return sendTo(m_sandbox, service, method, target, headers, body, origin);
}

Response TestSandboxQueries::sendTo(ie::test::SandboxFixture &sandbox, const QString &service,
                                    const QByteArray &method, const QString &target,
                                    const QList<QPair<QByteArray, QByteArray>> &headers,
                                    const QByteArray &body, const QString &origin)
{
    Request req;
    req.service = service;
    req.method = method;
    const QUrl url(u"https://x"_s + target);
    req.path = url.path(QUrl::FullyDecoded);
    req.query = QUrlQuery(url);
    req.headers = headers;
    if (service == "graph"_L1)
        req.headers.append({"Authorization", "Bearer " + graphToken(sandbox)});
    req.body = body;
    req.origin = QUrl(origin.isEmpty() ? sandbox.server().graphUrl().toString() : origin);
    auto r = sandbox.server().router().dispatch(req, sandbox.server().context());
    return r ? *r : Response::empty(404);
}

void TestSandboxQueries::servicePrincipalFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("advanced"); // with ConsistencyLevel: eventual and $count=true
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("truth"); // the rows, by this C++ predicate's name
    QTest::newRow("eq") << u"servicePrincipalType eq 'ManagedIdentity'"_s << false << 200 << QString() << u"mi"_s;
    QTest::newRow("parentheses") << u"(servicePrincipalType eq 'ManagedIdentity')"_s << false << 200 << QString() << u"mi"_s;
    QTest::newRow("any") << u"servicePrincipalNames/any(c:c eq 'https://graph.microsoft.com')"_s << false << 200 << QString() << u"graph"_s;
    QTest::newRow("or") << u"appId eq '00000003-0000-0000-c000-000000000000' or servicePrincipalType eq 'ManagedIdentity'"_s << false << 200 << QString() << u"mi+graph"_s;
    QTest::newRow("and-startswith") << u"startswith(displayName,'id-') and servicePrincipalType eq 'ManagedIdentity'"_s << false << 200 << QString() << u"mi-id"_s;
    QTest::newRow("ne-plain") << u"servicePrincipalType ne 'ManagedIdentity'"_s << false << 400 << u"Request_UnsupportedQuery"_s << QString();
    QTest::newRow("ne-advanced") << u"servicePrincipalType ne 'ManagedIdentity'"_s << true << 200 << QString() << u"not-mi"_s;
    QTest::newRow("not-advanced") << u"not (servicePrincipalType eq 'ManagedIdentity')"_s << true << 200 << QString() << u"not-mi"_s;
    QTest::newRow("unknown-property") << u"homepage eq 'x'"_s << false << 400 << u"Request_UnsupportedQuery"_s << QString();
    QTest::newRow("syntax") << u"appId eq"_s << false << 400 << u"BadRequest"_s << QString();
    QTest::newRow("unclosed") << u"(appId eq 'x'"_s << false << 400 << u"BadRequest"_s << QString();
}

void TestSandboxQueries::servicePrincipalFilter()
{
    QFETCH(QString, filter);
    QFETCH(bool, advanced);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, truth);
    QUrlQuery q;
    q.addQueryItem(u"$filter"_s, QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    q.addQueryItem(u"$top"_s, u"999"_s);
    if (advanced)
        q.addQueryItem(u"$count"_s, u"true"_s);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (advanced)
        headers.append(qMakePair(QByteArray("ConsistencyLevel"), QByteArray("eventual")));
    const Response r = send(u"graph"_s, "GET", u"/v1.0/servicePrincipals?"_s + q.toString(QUrl::FullyEncoded), headers);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(body.value("error"_L1).toObject().value("code"_L1).toString(), code);
        return;
    }
    QSet<QString> expected;
    for (const auto &sp : m_sandbox.server().state().servicePrincipals) {
        const bool mi = sp.json.value("servicePrincipalType"_L1).toString() == "ManagedIdentity"_L1;
        const bool graph = sp.appId == "00000003-0000-0000-c000-000000000000"_L1;
        const bool keep = truth == "mi"_L1 ? mi
                : truth == "graph"_L1    ? graph
                : truth == "mi+graph"_L1 ? mi || graph
                : truth == "mi-id"_L1    ? mi && sp.displayName.startsWith("id-"_L1, Qt::CaseInsensitive)
                                         : !mi;
        if (keep)
            expected.insert(sp.id);
    }
    QSet<QString> got;
    for (const QJsonValue &v : body.value("value"_L1).toArray())
        got.insert(v.toObject().value("id"_L1).toString());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(got, expected);
}

void TestSandboxQueries::countSegment()
{
    const Response refused = send(u"graph"_s, "GET", u"/v1.0/servicePrincipals/$count"_s);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains("$count is not currently supported."));
    const Response r = send(u"graph"_s, "GET", u"/v1.0/servicePrincipals/$count"_s,
                            {{"ConsistencyLevel", "eventual"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.toLongLong(), m_sandbox.server().state().servicePrincipals.size());
}

void TestSandboxQueries::orderBy()
{
    const Response plain = send(u"graph"_s, "GET", u"/v1.0/servicePrincipals?$orderby=displayName"_s);
    QCOMPARE(plain.status, 400);
    QVERIFY(plain.body.contains("Request_UnsupportedQuery"));
    const Response unknown = send(u"graph"_s, "GET", u"/v1.0/servicePrincipals?$orderby=appId&$count=true"_s,
                                  {{"ConsistencyLevel", "eventual"}});
    QCOMPARE(unknown.status, 400);
    const Response r = send(u"graph"_s, "GET",
                            u"/v1.0/servicePrincipals?$orderby=displayName%20desc&$count=true&$top=999"_s,
                            {{"ConsistencyLevel", "eventual"}});
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.body).object().value("value"_L1).toArray())
        names << v.toObject().value("displayName"_L1).toString();
    QCOMPARE(names.size(), m_sandbox.server().state().servicePrincipals.size());
    for (qsizetype i = 1; i < names.size(); ++i)
        QVERIFY2(names[i - 1].compare(names[i], Qt::CaseInsensitive) >= 0, qPrintable(names[i]));
}

void TestSandboxQueries::assignmentsPage()
{
    // The admin app holds several Graph app roles: page them one by one.
    const QString admin = m_sandbox.server().state().spByAppId(m_sandbox.server().adminClientId())->id;
    QString target = u"/v1.0/servicePrincipals/%1/appRoleAssignments?$top=1&$select=id,appRoleId"_s.arg(admin);
    QSet<QString> seen;
    int pages = 0;
    while (!target.isEmpty() && pages < 50) {
        const Response r = send(u"graph"_s, "GET", target);
        QCOMPARE(r.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QJsonArray value = body.value("value"_L1).toArray();
        QCOMPARE(value.size(), 1);
        QCOMPARE(value.first().toObject().keys(), (QStringList{u"appRoleId"_s, u"id"_s}));
        seen.insert(value.first().toObject().value("id"_L1).toString());
        const QUrl next(body.value("@odata.nextLink"_L1).toString());
        target = next.isEmpty() ? QString() : next.path() + u'?' + next.query(QUrl::FullyEncoded);
        ++pages;
    }
    int truth = 0;
    for (const auto &a : m_sandbox.server().state().appRoleAssignments)
        truth += a.principalId == admin ? 1 : 0;
    QVERIFY(truth > 1);
    QCOMPARE(seen.size(), truth);
    QString role;
    for (const auto &a : m_sandbox.server().state().appRoleAssignments) {
        if (a.principalId == admin)
            role = a.appRoleId;
    }
    const Response filtered = send(
            u"graph"_s, "GET",
            u"/v1.0/servicePrincipals/%1/appRoleAssignments?$filter=appRoleId%20eq%20'%2'"_s.arg(admin, role));
    QCOMPARE(filtered.status, 200);
    const QJsonArray only = QJsonDocument::fromJson(filtered.body).object().value("value"_L1).toArray();
    QCOMPARE(only.size(), 1);
    QCOMPARE(only.first().toObject().value("appRoleId"_L1).toString(), role);
    const Response bad = send(u"graph"_s, "GET",
                              u"/v1.0/servicePrincipals/%1/appRoleAssignments?$filter=foo%20eq%201"_s.arg(admin));
    QCOMPARE(bad.status, 400);
}

void TestSandboxQueries::generatedAssignmentsPage_data()
{
    QTest::addColumn<bool>("count");
    QTest::newRow("pages") << false;
    QTest::newRow("pages with $count") << true;
}

// `sandbox --size N --app-role-assignments M`: Graph app roles held by the generated service
// principals (read-only roles, no pair twice), read back through appRoleAssignedTo page by page.
void TestSandboxQueries::generatedAssignmentsPage()
{
    QFETCH(bool, count);
    const auto &state = m_grown.server().state();
    const auto *graph = state.spByAppId(u"00000003-0000-0000-c000-000000000000"_s);
    QVERIFY(graph);
    QSet<QString> generated;
    for (qsizetype i = state.servicePrincipals.size() - 300; i < state.servicePrincipals.size(); ++i)
        generated.insert(state.servicePrincipals[i].id);
    QHash<QString, QString> roleValue;
    for (const QJsonValue &r : graph->json.value("appRoles"_L1).toArray())
        roleValue.insert(r.toObject().value("id"_L1).toString().toLower(),
                         r.toObject().value("value"_L1).toString());
    QSet<QString> pairs;
    QSet<QString> truth;
    for (const auto &a : state.appRoleAssignments) {
        if (a.resourceId == graph->id)
            truth.insert(a.id);
        if (!generated.contains(a.principalId))
            continue;
        QVERIFY2(roleValue.value(a.appRoleId).endsWith(".Read.All"_L1), qPrintable(a.appRoleId));
        pairs.insert(a.principalId + u'|' + a.appRoleId);
    }
    QCOMPARE(pairs.size(), 700);
    QString target = u"/v1.0/servicePrincipals/%1/appRoleAssignedTo?$top=250%2"_s.arg(
            graph->id, count ? u"&$count=true"_s : QString());
    const QList<QPair<QByteArray, QByteArray>> headers{{"ConsistencyLevel", "eventual"}};
    QSet<QString> seen;
    int pages = 0;
    while (!target.isEmpty() && pages < 20) {
        const Response r = sendTo(m_grown, u"graph"_s, "GET", target, headers);
        QCOMPARE(r.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QJsonArray value = body.value("value"_L1).toArray();
        QVERIFY(value.size() <= 250);
        for (const QJsonValue &v : value)
            QVERIFY2(!seen.contains(v.toObject().value("id"_L1).toString()), "an assignment twice");
        for (const QJsonValue &v : value)
            seen.insert(v.toObject().value("id"_L1).toString());
        if (count)
            QCOMPARE(body.value("@odata.count"_L1).toInt(), truth.size());
        else
            QVERIFY(!body.contains("@odata.count"_L1));
        const QUrl next(body.value("@odata.nextLink"_L1).toString());
        target = next.isEmpty() ? QString() : next.path() + u'?' + next.query(QUrl::FullyEncoded);
        ++pages;
    }
    QCOMPARE(seen, truth);
    QCOMPARE(pages, int((truth.size() + 249) / 250));
}

void TestSandboxQueries::linksNameTheAskedHost()
{
    const Response r = send(u"graph"_s, "GET", u"/v1.0/servicePrincipals?$top=2"_s, {}, {},
                            u"https://graph.microsoft.com"_s);
    const QString next = QJsonDocument::fromJson(r.body).object().value("@odata.nextLink"_L1).toString();
    QVERIFY2(next.startsWith("https://graph.microsoft.com/v1.0/servicePrincipals?"_L1), qPrintable(next));
    const Response local = send(u"graph"_s, "GET", u"/v1.0/servicePrincipals?$top=2"_s);
    QVERIFY(QJsonDocument::fromJson(local.body).object().value("@odata.nextLink"_L1).toString().startsWith(
            m_sandbox.server().graphUrl().toString() + u"/v1.0/"_s));
}

void TestSandboxQueries::issuerPerAuthority()
{
    auto &issuer = m_sandbox.server().tokenIssuer();
    const QString tid = m_sandbox.server().tenantId();
    QCOMPARE(issuer.issuerV1(QUrl(u"https://login.microsoftonline.com"_s)), u"https://sts.windows.net/%1/"_s.arg(tid));
    QCOMPARE(issuer.issuerV2(QUrl(u"https://login.microsoftonline.com"_s)), u"https://login.microsoftonline.com/%1/v2.0"_s.arg(tid));
    QCOMPARE(issuer.issuerV1(), m_sandbox.server().loginUrl().toString() + u'/' + tid + u'/');
    const Response doc = send(u"login"_s, "GET", u"/%1/.well-known/openid-configuration"_s.arg(tid), {}, {},
                              u"https://login.microsoftonline.com"_s);
    const QJsonObject o = QJsonDocument::fromJson(doc.body).object();
    QCOMPARE(o.value("issuer"_L1).toString(), u"https://sts.windows.net/%1/"_s.arg(tid));
    QVERIFY(o.value("token_endpoint"_L1).toString().startsWith("https://login.microsoftonline.com/"_L1));
}

void TestSandboxQueries::instanceDiscovery()
{
    for (const char *version : {"1.0", "1.1"}) {
        const Response r = send(u"login"_s, "GET",
                                u"/common/discovery/instance?api-version=%1&authorization_endpoint=https://login.microsoftonline.com/common/oauth2/v2.0/authorize"_s
                                        .arg(QLatin1String(version)));
        QCOMPARE(r.status, 200);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(o.value("tenant_discovery_endpoint"_L1).toString(),
                 u"https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration"_s);
        QVERIFY(o.value("metadata"_L1).toArray().size() >= 4);
    }
    const Response unknown = send(u"login"_s, "GET",
                                  u"/common/discovery/instance?api-version=1.1&authorization_endpoint=https://127.0.0.1/x/oauth2/v2.0/authorize"_s);
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.body.contains("AADSTS50049"));
}

void TestSandboxQueries::adfsOpenIdConfiguration()
{
    const Response r = send(u"login"_s, "GET", u"/adfs/.well-known/openid-configuration"_s, {}, {},
                            u"https://127.0.0.1:8443"_s);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value("token_endpoint"_L1).toString(), u"https://127.0.0.1:8443/adfs/oauth2/v2.0/token"_s);
    QCOMPARE(o.value("device_authorization_endpoint"_L1).toString(),
             u"https://127.0.0.1:8443/adfs/oauth2/v2.0/devicecode"_s);
}

void TestSandboxQueries::deviceCodeShortGrantName()
{
    const QList<QPair<QByteArray, QByteArray>> form{{"Content-Type", "application/x-www-form-urlencoded"}};
    const Response code = send(u"login"_s, "POST", u"/organizations/oauth2/v2.0/devicecode"_s, form,
                               "client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
    QCOMPARE(code.status, 200);
    const QString device = QJsonDocument::fromJson(code.body).object().value("device_code"_L1).toString();
    const Response poll = send(u"login"_s, "POST", u"/organizations/oauth2/v2.0/token"_s, form,
                               "grant_type=device_code&client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&device_code="
                                       + device.toLatin1());
    QCOMPARE(QJsonDocument::fromJson(poll.body).object().value("error"_L1).toString(),
             u"authorization_pending"_s);
}

void TestSandboxQueries::managedIdentityAcceptsSandboxResource()
{
    const QString resource = m_sandbox.server().graphUrl().toString() + u'/';
    const Response r = send(u"mi"_s, "GET",
                            u"/metadata/identity/oauth2/token?api-version=2018-02-01&resource="_s
                                    + QString::fromLatin1(QUrl::toPercentEncoding(resource)),
                            {{"Metadata", "true"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value("resource"_L1).toString(), resource);
}

QTEST_GUILESS_MAIN(TestSandboxQueries)
#include "tst_sandboxqueries.moc"
