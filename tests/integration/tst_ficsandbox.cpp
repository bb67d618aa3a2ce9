// Federated identity credentials against the sandbox: ARM (user-assigned identity) and Graph (app
// registration) reads and writes through FicClient with the services' errors (403, https issuer,
// duplicate issuer and subject, the limit of 20), the audit record, the token exchange with an
// external issuer's token (workload identity credential) answering Entra's AADSTS codes, and the
// doctor's fix applied and proven by a passing exchange.

#include "mintedtokenprovider.h"
#include "sandboxfixture.h"

#include "auth/environmentcredential.h"
#include "core/auditlog.h"
#include "federation/ficclient.h"
#include "federation/ficdoctor.h"
#include "sandbox/tenantstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace ie::federation;

namespace {

const QString Uami = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-orders-shared"_s;
const QString OrdersApi = u"3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9"_s; // Contoso Orders API
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s; // Reader on the subscription
const QString Gh = u"https://token.actions.githubusercontent.com"_s;
const QString Aud = u"api://AzureADTokenExchange"_s;

FicTarget uami()
{
    FicTarget t;
    t.armId = Uami;
    t.displayName = u"id-orders-shared"_s;
    return t;
}

FicTarget app()
{
    FicTarget t;
    t.host = FicHost::Application;
    t.appId = OrdersApi;
    t.displayName = u"Contoso Orders API"_s;
    return t;
}

FicChange change(const FicTarget &t, FicChange::Action a, const QString &name,
                 const QString &subject, const QString &issuer = Gh)
{
    FicChange c;
    c.target = t;
    c.action = a;
    c.credential = {name, issuer, subject, {Aud}, {}, {}};
    return c;
}

} // namespace

class TestFicSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void armAddUpdateRemove();
    void armRefusals_data();
    void armRefusals();
    void armLimitOfTwenty();
    void armNeedsWriteRole();
    void graphAddUpdateRemove();
    void graphRefusals_data();
    void graphRefusals();
    void graphNeedsPermission();
    void exchange_data();
    void exchange();
    void doctorFixMakesTheExchangePass_data();
    void doctorFixMakesTheExchangePass();

private:
    ie::Result<QList<FicCredential>> list(const FicTarget &t);
    ie::Result<QString> apply(const FicChange &c, FicClient *client = nullptr);
    ie::Result<ie::net::AccessToken> tokenFor(const QString &clientId, const QJsonObject &claims);
    QString issuerInPlaceOfGitHub();

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<FicClient> m_fic;
    QTemporaryDir m_dir;
};

void TestFicSandbox::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_fic = std::make_unique<FicClient>(&m_sandbox->client());
}

void TestFicSandbox::cleanup()
{
    m_fic.reset();
    m_sandbox.reset();
}

ie::Result<QList<FicCredential>> TestFicSandbox::list(const FicTarget &t)
{
    std::optional<ie::Result<QList<FicCredential>>> out;
    m_fic->list(t, this, [&out](const ie::Result<QList<FicCredential>> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return ie::ApiError::make(ie::ApiError::Kind::Timeout, u"no answer"_s);
    return *out;
}

ie::Result<QString> TestFicSandbox::apply(const FicChange &c, FicClient *client)
{
    std::optional<ie::Result<QString>> out;
    (client ? client : m_fic.get())->apply(c, this, [&out](const ie::Result<QString> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return ie::ApiError::make(ie::ApiError::Kind::Timeout, u"no answer"_s);
    return *out;
}

ie::Result<ie::net::AccessToken> TestFicSandbox::tokenFor(const QString &clientId,
                                                           const QJsonObject &claims)
{
    const QString file = m_dir.filePath(u"token"_s);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return ie::ApiError::make(ie::ApiError::Kind::Timeout, u"no file"_s);
    f.write(m_sandbox->server().mintExampleIssuerToken(claims));
    f.close();
    QProcessEnvironment env;
    env.insert(u"AZURE_TENANT_ID"_s, m_sandbox->server().tenantId());
    env.insert(u"AZURE_CLIENT_ID"_s, clientId);
    env.insert(u"AZURE_FEDERATED_TOKEN_FILE"_s, file);
    ie::auth::EnvironmentCredential c(&m_sandbox->client(), env, true);
    std::optional<ie::Result<ie::net::AccessToken>> out;
    c.requestToken({u"https://management.azure.com"_s, {}, {}, false},
                   [&out](ie::Result<ie::net::AccessToken> t) { out = t; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return ie::ApiError::make(ie::ApiError::Kind::Timeout, u"no answer"_s);
    return *out;
}

// The token endpoint checks a workload's token with its issuer's keys, fetched over https, and
// GitHub cannot be reached from here: the credentials that trust GitHub trust the sandbox's
// example issuer instead, which signs the tokens these tests present. Returns its URL.
QString TestFicSandbox::issuerInPlaceOfGitHub()
{
    const QString issuer = m_sandbox->server().exampleIssuerUrl();
    for (auto *list : {&m_sandbox->server().state().federatedCredentials,
                       &m_sandbox->server().state().appFederatedCredentials}) {
        for (auto &f : *list) {
            if (f.issuer == Gh)
                f.issuer = issuer;
        }
    }
    return issuer;
}

void TestFicSandbox::armAddUpdateRemove()
{
    auto before = list(uami());
    QVERIFY(before.ok());
    QCOMPARE(before->size(), 2);
    QCOMPARE(before->first().name, u"github-main"_s);

    ie::AuditLog audit(m_dir.filePath(u"audit.jsonl"_s));
    FicClient audited(&m_sandbox->client());
    audited.setAuditLog(&audit, u"sandbox-admin"_s);
    const FicChange add = change(uami(), FicChange::Action::Add, u"github-prod"_s,
                                 u"repo:contoso/orders:environment:Production"_s);
    QVERIFY(validate(add.credential, FicHost::ManagedIdentity, *before).isEmpty());
    auto r = apply(add, &audited);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().summary()));
    auto after = list(uami());
    QCOMPARE(after->size(), 3);
    QCOMPARE(after->last().subject, u"repo:contoso/orders:environment:Production"_s);
    QCOMPARE(after->last().id, Uami + u"/federatedIdentityCredentials/github-prod"_s);

    // One credential read by name, in ARM's shape.
    std::optional<ie::Result<ie::net::HttpResponse>> one;
    m_sandbox->client().send(
            ie::net::HttpRequest::get(m_sandbox->arm(Uami + u"/federatedIdentityCredentials/github-prod?api-version=2023-01-31"_s)),
            this, [&one](const ie::Result<ie::net::HttpResponse> &x) { one = x; });
    QTRY_VERIFY_WITH_TIMEOUT(one.has_value(), 20000);
    QVERIFY(one->ok());
    QCOMPARE(one->value().json.object().value("type"_L1).toString(),
             u"Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials"_s);

    FicChange upd = add;
    upd.action = FicChange::Action::Update;
    upd.credential.subject = u"repo:contoso/orders:environment:Staging"_s;
    QVERIFY(apply(upd, &audited).ok());
    QCOMPARE(list(uami())->last().subject, u"repo:contoso/orders:environment:Staging"_s);

    FicChange rm = add;
    rm.action = FicChange::Action::Remove;
    QVERIFY(apply(rm, &audited).ok());
    QCOMPARE(list(uami())->size(), 2);
    // Deleting what is gone is no error in ARM (204).
    QVERIFY(apply(rm).ok());

    const QList<ie::AuditRecord> records = audit.records();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].action, u"add-federated-credential"_s);
    QCOMPARE(records[1].action, u"update-federated-credential"_s);
    QCOMPARE(records[2].action, u"remove-federated-credential"_s);
    QCOMPARE(records[0].result, u"done"_s);
    QCOMPARE(records[0].identityObjectId, Uami);
}

void TestFicSandbox::armRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("http issuer") << u"plain-http"_s << u"http://token.actions.githubusercontent.com"_s
                                 << u"repo:a/b:pull_request"_s << u"BadRequest"_s << u"https"_s;
    QTest::newRow("duplicate issuer and subject")
            << u"github-main-2"_s << Gh << u"repo:contoso/orders:ref:refs/heads/main"_s
            << u"BadRequest"_s << u"same issuer"_s;
    QTest::newRow("bad name") << u"-x"_s << Gh << u"repo:a/b:pull_request"_s
                              << u"InvalidResourceName"_s << u"pattern"_s;
}

void TestFicSandbox::armRefusals()
{
    QFETCH(QString, name);
    QFETCH(QString, issuer);
    QFETCH(QString, subject);
    const auto r = apply(change(uami(), FicChange::Action::Add, name, subject, issuer));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 400);
    QTEST(r.error().code, "code");
    QFETCH(QString, text);
    QVERIFY2(r.error().message.contains(text), qPrintable(r.error().message));
    QCOMPARE(list(uami())->size(), 2);
}

void TestFicSandbox::armLimitOfTwenty()
{
    for (int i = 2; i < MaxCredentialsPerIdentity; ++i)
        QVERIFY(apply(change(uami(), FicChange::Action::Add, u"env-%1"_s.arg(i),
                             u"repo:contoso/orders:environment:e%1"_s.arg(i)))
                        .ok());
    const auto full = list(uami());
    QCOMPARE(full->size(), MaxCredentialsPerIdentity);
    const FicChange more = change(uami(), FicChange::Action::Add, u"env-more"_s,
                                  u"repo:contoso/orders:environment:more"_s);
    // Checked before sending, and refused by the service as well.
    QVERIFY(!validate(more.credential, FicHost::ManagedIdentity, *full).isEmpty());
    const auto r = apply(more);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 400);
    QVERIFY(r.error().message.contains(u"20"_s));
    // An update of one of the twenty is still fine.
    FicChange upd = change(uami(), FicChange::Action::Update, u"env-2"_s,
                           u"repo:contoso/orders:environment:changed"_s);
    QVERIFY(apply(upd).ok());
}

void TestFicSandbox::armNeedsWriteRole()
{
    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    ie::net::HttpClient asVm;
    asVm.setCloud(m_sandbox->server().cloud());
    asVm.setTokenProvider(&vm);
    FicClient client(&asVm);
    // Reader may read...
    std::optional<ie::Result<QList<FicCredential>>> read;
    client.list(uami(), this, [&read](const auto &r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
    QVERIFY(read->ok());
    // ...but not write.
    const auto r = apply(change(uami(), FicChange::Action::Add, u"vm-try"_s, u"repo:a/b:pull_request"_s),
                         &client);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 403);
    QCOMPARE(r.error().code, u"AuthorizationFailed"_s);
    QVERIFY(r.error().message.contains(
            u"Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write"_s));
}

void TestFicSandbox::graphAddUpdateRemove()
{
    QVERIFY(list(app())->isEmpty());
    const FicChange add = change(app(), FicChange::Action::Add, u"github-pr"_s,
                                 u"repo:contoso/orders:pull_request"_s);
    QVERIFY(apply(add).ok());
    auto after = list(app());
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().name, u"github-pr"_s);
    QVERIFY(!after->first().id.isEmpty());

    FicChange upd = add;
    upd.action = FicChange::Action::Update;
    upd.credential.subject = u"repo:contoso/orders:ref:refs/heads/main"_s;
    QVERIFY(apply(upd).ok());
    QCOMPARE(list(app())->first().subject, u"repo:contoso/orders:ref:refs/heads/main"_s);

    FicChange rm = add;
    rm.action = FicChange::Action::Remove;
    QVERIFY(apply(rm).ok());
    QVERIFY(list(app())->isEmpty());
    const auto again = apply(rm);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().httpStatus, 404);
}

void TestFicSandbox::graphRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::newRow("duplicate name")
            << QByteArray(R"({"name":"first","issuer":"https://a.example","subject":"other","audiences":["api://AzureADTokenExchange"]})")
            << u"already exists"_s;
    QTest::newRow("duplicate issuer and subject")
            << QByteArray(R"({"name":"second","issuer":"https://a.example","subject":"s","audiences":["api://AzureADTokenExchange"]})")
            << u"same issuer"_s;
    QTest::newRow("two audiences")
            << QByteArray(R"({"name":"second","issuer":"https://a.example","subject":"t","audiences":["a","b"]})")
            << u"audiences"_s;
    QTest::newRow("http issuer")
            << QByteArray(R"({"name":"second","issuer":"http://a.example","subject":"t","audiences":["a"]})")
            << u"issuer"_s;
    QTest::newRow("no subject")
            << QByteArray(R"({"name":"second","issuer":"https://a.example","audiences":["a"]})")
            << u"subject"_s;
}

void TestFicSandbox::graphRefusals()
{
    QVERIFY(apply(change(app(), FicChange::Action::Add, u"first"_s, u"s"_s, u"https://a.example"_s)).ok());
    QFETCH(QByteArray, body);
    std::optional<ie::Result<ie::net::HttpResponse>> r;
    m_sandbox->client().send(
            ie::net::HttpRequest::json("POST",
                                       m_sandbox->graph(u"/applications(appId='%1')/federatedIdentityCredentials"_s.arg(OrdersApi)),
                                       QJsonDocument::fromJson(body)),
            this, [&r](const ie::Result<ie::net::HttpResponse> &x) { r = x; });
    QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 20000);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().httpStatus, 400);
    QCOMPARE(r->error().code, u"Request_BadRequest"_s);
    QFETCH(QString, text);
    QVERIFY2(r->error().message.contains(text), qPrintable(r->error().message));
    QCOMPARE(list(app())->size(), 1);
}

void TestFicSandbox::graphNeedsPermission()
{
    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    ie::net::HttpClient asVm;
    asVm.setCloud(m_sandbox->server().cloud());
    asVm.setTokenProvider(&vm);
    FicClient client(&asVm);
    const auto r = apply(change(app(), FicChange::Action::Add, u"vm-try"_s, u"repo:a/b:pull_request"_s),
                         &client);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 403);
    QCOMPARE(r.error().code, u"Authorization_RequestDenied"_s);
    QVERIFY(list(app())->isEmpty());
}

void TestFicSandbox::exchange_data()
{
    QTest::addColumn<bool>("application");
    QTest::addColumn<QString>("iss");
    QTest::addColumn<QString>("sub");
    QTest::addColumn<QString>("aud");
    QTest::addColumn<QString>("error");
    const QString main = u"repo:contoso/orders:ref:refs/heads/main"_s;
    for (bool application : {false, true}) {
        const char *p = application ? "app " : "uami ";
        QTest::addRow("%sok", p) << application << Gh << main << Aud << QString();
        QTest::addRow("%sissuer slash", p) << application << Gh + u'/' << main << Aud << u"AADSTS700211"_s;
        QTest::addRow("%ssubject case", p) << application << Gh << u"repo:Contoso/orders:ref:refs/heads/main"_s
                                           << Aud << u"AADSTS700213"_s;
        QTest::addRow("%saudience", p) << application << Gh << main << u"api://other"_s << u"AADSTS700212"_s;
    }
}

void TestFicSandbox::exchange()
{
    QFETCH(bool, application);
    QString clientId = u"e3f4a5b6-0001-4c7d-8e9f-a0b1c2d3e4f5"_s; // id-orders-shared
    if (application) {
        QVERIFY(apply(change(app(), FicChange::Action::Add, u"github-main"_s,
                             u"repo:contoso/orders:ref:refs/heads/main"_s))
                        .ok());
        clientId = OrdersApi;
    }
    QFETCH(QString, iss);
    QFETCH(QString, sub);
    QFETCH(QString, aud);
    iss.replace(Gh, issuerInPlaceOfGitHub());
    const auto t = tokenFor(clientId, {{"iss"_L1, iss}, {"sub"_L1, sub}, {"aud"_L1, aud},
                                       {"exp"_L1, QDateTime::currentSecsSinceEpoch() + 600}});
    QFETCH(QString, error);
    if (error.isEmpty()) {
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
        const QJsonObject claims = ie::auth::unverifiedClaims(t->token);
        QCOMPARE(claims.value("appid"_L1).toString(), clientId);
    } else {
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.startsWith(error), qPrintable(t.error().message));
    }
}

// What the doctor is for: the exchange fails, the doctor reads Entra's error (or the token),
// compares it with every credential, and its plan, applied, makes the same exchange pass.
void TestFicSandbox::doctorFixMakesTheExchangePass_data()
{
    QTest::addColumn<QString>("sub");
    QTest::addColumn<bool>("fromToken");
    QTest::addColumn<int>("action");
    QTest::newRow("environment, from the error text")
            << u"repo:contoso/orders:environment:Production"_s << false << int(FicChange::Action::Add);
    QTest::newRow("immutable form, from the token")
            << u"repo:contoso@1234/orders@5678:ref:refs/heads/main"_s << true
            << int(FicChange::Action::Update);
}

void TestFicSandbox::doctorFixMakesTheExchangePass()
{
    QFETCH(QString, sub);
    QFETCH(bool, fromToken);
    const QString clientId = u"e3f4a5b6-0001-4c7d-8e9f-a0b1c2d3e4f5"_s;
    const QJsonObject claims{{"iss"_L1, issuerInPlaceOfGitHub()}, {"sub"_L1, sub}, {"aud"_L1, Aud},
                             {"exp"_L1, QDateTime::currentSecsSinceEpoch() + 600}};
    const auto failed = tokenFor(clientId, claims);
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.startsWith(u"AADSTS700213"_s));

    PresentedAssertion presented;
    QString error;
    QVERIFY(parsePresented(fromToken ? QString::fromLatin1(m_sandbox->server().mintExampleIssuerToken(claims)) : failed.error().message,
                           &presented, &error));
    QCOMPARE(presented.subject, sub);
    const auto creds = list(uami());
    QVERIFY(creds.ok());
    const Diagnosis d = diagnose(presented, uami(), *creds);
    QCOMPARE(d.credentials.size(), 2);
    QCOMPARE(d.credentials.first().credential.name, u"github-main"_s);
    QCOMPARE(d.plan.size(), 1);
    QFETCH(int, action);
    QCOMPARE(int(d.plan.first().action), action);
    QVERIFY(apply(d.plan.first()).ok());

    const auto passed = tokenFor(clientId, claims);
    QVERIFY2(passed.ok(), qPrintable(passed.ok() ? QString() : passed.error().summary()));
}

QTEST_GUILESS_MAIN(TestFicSandbox)
#include "tst_ficsandbox.moc"
