// `identity-explorer fic` against the standalone sandbox (a separate process, so every run of the
// verb sees the state the last one left): list, add with a preset, the checks before sending
// (exit 2, nothing sent), update, remove, --export, the doctor on a mismatched token and its
// --fix, the audit record, and an app registration's credentials through Graph.

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Uami = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-orders-shared"_s;
const QString OrdersApi = u"3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9"_s; // Contoso Orders API

QByteArray fakeJwt(const QJsonObject &claims)
{
    auto b64 = [](const QByteArray &d) {
        return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return b64(R"({"alg":"RS256","typ":"JWT"})") + '.'
            + b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + ".c2ln";
}

} // namespace

class TestFicCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void identityLifecycle();
    void checksBeforeSending();
    void exportSendsNothing();
    void doctorAndFix();
    void appRegistration();
    void badArguments_data();
    void badArguments();

private:
    ie::test::CommandRun fic(const QStringList &args, const QByteArray &stdinText = {});
    QJsonArray list(const QStringList &target);

    QProcess m_sandbox;
    QJsonObject m_line;
    QTemporaryDir m_data;
};

void TestFicCommand::initTestCase()
{
    QVERIFY(m_data.isValid());
    m_sandbox.start(ie::test::executable(), {u"sandbox"_s, u"--json"_s});
    QVERIFY(m_sandbox.waitForStarted(20000));
    while (!m_sandbox.canReadLine() && m_sandbox.state() == QProcess::Running)
        m_sandbox.waitForReadyRead(20000);
    m_line = QJsonDocument::fromJson(m_sandbox.readLine()).object();
    QVERIFY(!m_line.isEmpty());
}

void TestFicCommand::cleanupTestCase()
{
    m_sandbox.terminate();
    m_sandbox.waitForFinished(10000);
}

ie::test::CommandRun TestFicCommand::fic(const QStringList &args, const QByteArray &stdinText)
{
    QProcessEnvironment env = ie::test::cleanEnvironment();
    env.insert(u"AZURE_TENANT_ID"_s, m_line.value("tenantId"_L1).toString());
    env.insert(u"AZURE_CLIENT_ID"_s, m_line.value("clientId"_L1).toString());
    env.insert(u"AZURE_CLIENT_SECRET"_s, m_line.value("clientSecret"_L1).toString());
    env.insert(u"XDG_DATA_HOME"_s, m_data.path()); // the audit record goes here
    return ie::test::runCommand(QStringList{u"fic"_s} + args
                                        + QStringList{u"--credential"_s, u"environment"_s,
                                                      u"--cloud-config"_s,
                                                      m_line.value("cloudConfig"_L1).toString()},
                                env, stdinText);
}

QJsonArray TestFicCommand::list(const QStringList &target)
{
    const auto r = fic(QStringList{u"list"_s, u"--json"_s} + target);
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out).array();
}

namespace {
QJsonObject named(const QJsonArray &a, const QString &name)
{
    for (const QJsonValue &v : a) {
        if (v["name"_L1].toString() == name)
            return v.toObject();
    }
    return {};
}
} // namespace

void TestFicCommand::identityLifecycle()
{
    const QStringList t{u"--identity"_s, Uami};
    const int before = int(list(t).size());
    QVERIFY(before > 0);

    auto r = fic(QStringList{u"add"_s, u"--name"_s, u"gh-release"_s, u"--preset"_s,
                             u"github-tag"_s, u"--organization"_s, u"contoso"_s,
                             u"--repository"_s, u"orders"_s, u"--value"_s, u"v2.0.0"_s}
                 + t);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Done:"), (r.out + r.err).constData());
    QJsonArray now = list(t);
    QCOMPARE(now.size(), before + 1);
    const QJsonObject added = named(now, u"gh-release"_s);
    QCOMPARE(added["subject"_L1].toString(), u"repo:contoso/orders:ref:refs/tags/v2.0.0"_s);
    QCOMPARE(added["issuer"_L1].toString(), u"https://token.actions.githubusercontent.com"_s);
    QCOMPARE(added["audiences"_L1].toArray().first().toString(), u"api://AzureADTokenExchange"_s);

    r = fic(QStringList{u"update"_s, u"--name"_s, u"gh-release"_s, u"--issuer"_s,
                        u"https://token.actions.githubusercontent.com"_s, u"--subject"_s,
                        u"repo:contoso/orders:ref:refs/tags/v3.0.0"_s}
            + t);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(named(list(t), u"gh-release"_s)["subject"_L1].toString(),
             u"repo:contoso/orders:ref:refs/tags/v3.0.0"_s);

    r = fic(QStringList{u"remove"_s, u"--name"_s, u"gh-release"_s} + t);
    QCOMPARE(r.exitCode, 0);
    now = list(t);
    QCOMPARE(now.size(), before);
    QVERIFY(named(now, u"gh-release"_s).isEmpty());

    // Each change is in the audit record, in the plan job's words.
    QFile audit(m_data.path() + u"/IdentityExplorer/identity-explorer/audit.jsonl"_s);
    QVERIFY2(audit.open(QIODevice::ReadOnly), qPrintable(audit.fileName()));
    const QByteArray log = audit.readAll();
    QVERIFY(log.contains("\"add-federated-credential\""));
    QVERIFY(log.contains("\"update-federated-credential\""));
    QVERIFY(log.contains("\"remove-federated-credential\""));
    QVERIFY(log.contains("\"added\""));
    QVERIFY(log.contains("\"removed\""));
}

void TestFicCommand::checksBeforeSending()
{
    const QStringList t{u"--identity"_s, Uami};
    const QJsonArray before = list(t);
    const QJsonObject first = before.first().toObject();
    // The same issuer and subject as an existing credential, and an http issuer.
    auto r = fic(QStringList{u"add"_s, u"--name"_s, u"copy-of-first"_s, u"--issuer"_s,
                             first["issuer"_L1].toString(), u"--subject"_s,
                             first["subject"_L1].toString()}
                 + t);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("same issuer and subject"), (r.err).constData());
    r = fic(QStringList{u"add"_s, u"--name"_s, u"plain-http"_s, u"--preset"_s, u"kubernetes"_s,
                        u"--issuer"_s, u"http://oidc.example"_s, u"--scope"_s, u"ns"_s,
                        u"--value"_s, u"sa"_s}
            + t);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("https"), (r.err).constData());
    QCOMPARE(list(t), before);
}

void TestFicCommand::exportSendsNothing()
{
    const QStringList t{u"--identity"_s, Uami};
    const QJsonArray before = list(t);
    const auto r = fic(QStringList{u"add"_s, u"--name"_s, u"k8s-orders"_s, u"--preset"_s,
                                   u"kubernetes"_s, u"--issuer"_s, u"https://oidc.example/abc"_s,
                                   u"--scope"_s, u"orders"_s, u"--value"_s, u"worker"_s,
                                   u"--export"_s, u"bicep"_s}
                       + t);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("federatedIdentityCredentials"), (r.out).constData());
    QVERIFY(r.out.contains("system:serviceaccount:orders:worker"));
    QCOMPARE(list(t), before);
}

void TestFicCommand::doctorAndFix()
{
    const QStringList t{u"--identity"_s, Uami};
    QTemporaryDir dir;
    const QString tokenFile = dir.filePath(u"token.jwt"_s);
    QFile f(tokenFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(fakeJwt({{"iss"_L1, "https://token.actions.githubusercontent.com"_L1},
                     {"sub"_L1, "repo:contoso/orders:environment:staging"_L1},
                     {"aud"_L1, "api://AzureADTokenExchange"_L1},
                     {"exp"_L1, QDateTime::currentSecsSinceEpoch() + 600}}));
    f.close();

    auto r = fic(QStringList{u"doctor"_s, u"--json"_s, u"--token"_s, tokenFile} + t);
    QCOMPARE(r.exitCode, 3); // no credential matches
    const QJsonObject d = QJsonDocument::fromJson(r.out).object();
    bool envVsRef = false;
    for (const QJsonValue &c : d["credentials"_L1].toArray()) {
        QVERIFY(!c["matches"_L1].toBool());
        for (const QJsonValue &check : c["checks"_L1].toArray())
            envVsRef = envVsRef
                    || (check["field"_L1] == "subject"_L1
                        && check["difference"_L1] == "environment-vs-ref"_L1);
    }
    QVERIFY2(envVsRef, (r.out).constData());
    QCOMPARE(d["plan"_L1].toArray().size(), 1);

    // The token from stdin, the fix applied, and then the doctor finds a match.
    QFile again(tokenFile);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const QByteArray token = again.readAll();
    r = fic(QStringList{u"doctor"_s, u"--fix"_s, u"--token"_s, u"-"_s} + t, token);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Done:"), (r.out + r.err).constData());
    bool found = false;
    for (const QJsonValue &c : list(t))
        found = found || c["subject"_L1] == "repo:contoso/orders:environment:staging"_L1;
    QVERIFY(found);
    r = fic(QStringList{u"doctor"_s, u"--token"_s, tokenFile} + t);
    QCOMPARE(r.exitCode, 0);

    // An AADSTS text names only the subject.
    r = fic(QStringList{u"doctor"_s, u"--error"_s,
                        u"AADSTS700213: No matching federated identity record found for presented "
                        "assertion subject 'repo:contoso/orders:pull_request'. Check your federated "
                        "identity credential Subject, Audience and Issuer against the presented "
                        "assertion."_s}
            + t);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("repo:contoso/orders:pull_request"), (r.out).constData());
}

void TestFicCommand::appRegistration()
{
    const QStringList t{u"--app"_s, OrdersApi};
    const int before = int(list(t).size());
    auto r = fic(QStringList{u"add"_s, u"--name"_s, u"tfc-orders"_s, u"--preset"_s,
                             u"terraform-cloud"_s, u"--organization"_s, u"contoso"_s,
                             u"--value"_s, u"orders-prod"_s, u"--phase"_s, u"plan"_s}
                 + t);
    QCOMPARE(r.exitCode, 0);
    QJsonArray now = list(t);
    QCOMPARE(now.size(), before + 1);
    QCOMPARE(named(now, u"tfc-orders"_s)["subject"_L1].toString(),
             u"organization:contoso:project:Default Project:workspace:orders-prod:run_phase:plan"_s);
    r = fic(QStringList{u"remove"_s, u"--name"_s, u"tfc-orders"_s} + t);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(list(t).size(), before);
}

void TestFicCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no target") << QStringList{u"list"_s} << QByteArray("--identity or --app");
    QTest::newRow("both targets")
            << QStringList{u"list"_s, u"--identity"_s, Uami, u"--app"_s, OrdersApi}
            << QByteArray("--identity or --app");
    QTest::newRow("not an identity id")
            << QStringList{u"list"_s, u"--identity"_s, u"/subscriptions/x"_s}
            << QByteArray("ARM id");
    QTest::newRow("unknown subcommand") << QStringList{u"frob"_s} << QByteArray("subcommand");
    QTest::newRow("unknown preset")
            << QStringList{u"add"_s, u"--identity"_s, Uami, u"--name"_s, u"abc"_s, u"--preset"_s,
                           u"jenkins"_s}
            << QByteArray("preset");
    QTest::newRow("remove without name")
            << QStringList{u"remove"_s, u"--identity"_s, Uami} << QByteArray("--name");
    QTest::newRow("doctor without input")
            << QStringList{u"doctor"_s, u"--identity"_s, Uami} << QByteArray("--token or --error");
    QTest::newRow("bad export")
            << QStringList{u"remove"_s, u"--identity"_s, Uami, u"--name"_s, u"github-main"_s,
                           u"--export"_s, u"yaml"_s}
            << QByteArray("--export");
}

void TestFicCommand::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const auto r = fic(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), (r.err).constData());
}

QTEST_GUILESS_MAIN(TestFicCommand)
#include "tst_ficcommand.moc"
