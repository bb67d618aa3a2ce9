// The sandbox answers like the real services: for each request, Microsoft's published example
// response (tests/data/sandbox, sources in its README) and the sandbox's answer are compared key
// by key. Every property of the example must be in the sandbox's answer with the same JSON type
// (a null in the example matches anything; arrays compare their first elements).

#include "sandboxfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void compareShape(const QJsonValue &example, const QJsonValue &actual, const QString &path,
                  QStringList *problems)
{
    if (example.isNull() || example.isUndefined())
        return;
    if (actual.isUndefined()) {
        problems->append(path + u": missing"_s);
        return;
    }
    if (example.type() != actual.type() && !actual.isNull()) {
        problems->append(u"%1: type %2 instead of %3"_s.arg(path).arg(int(actual.type())).arg(int(example.type())));
        return;
    }
    if (example.isObject() && path.endsWith(u".tags"_s))
        return; // a free-form map: its keys are the user's data, not the schema
    if (example.isObject()) {
        const QJsonObject e = example.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            compareShape(it.value(), a.contains(it.key()) ? a.value(it.key()) : QJsonValue(QJsonValue::Undefined),
                         path + u'.' + it.key(), problems);
    } else if (example.isArray()) {
        const QJsonArray e = example.toArray();
        const QJsonArray a = actual.toArray();
        if (!e.isEmpty() && !a.isEmpty())
            compareShape(e.first(), a.first(), path + u"[0]"_s, problems);
    }
}

} // namespace

class TestSandboxFidelity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesPublishedExamples_data();
    void matchesPublishedExamples();

private:
    ie::test::SandboxFixture m_sandbox;
};

void TestSandboxFidelity::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestSandboxFidelity::matchesPublishedExamples_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("request");
    const QString sub = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90"_s;
    QTest::newRow("graph-list-servicePrincipals") << u"graph-serviceprincipal-list.json"_s << u"graph"_s << u"/servicePrincipals?$top=3"_s;
    QTest::newRow("graph-list-appRoleAssignments") << u"graph-approleassignments-list.json"_s << u"graph"_s
                                                   << u"/servicePrincipals/f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6/appRoleAssignments"_s;
    QTest::newRow("arm-list-identities") << u"arm-identities-list-by-subscription.json"_s << u"arm"_s
                                         << sub + u"/providers/Microsoft.ManagedIdentity/userAssignedIdentities?api-version=2023-01-31&$top=1"_s;
    QTest::newRow("arm-list-fics") << u"arm-fic-list.json"_s << u"arm"_s
                                   << sub + u"/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-orders-shared/federatedIdentityCredentials?api-version=2023-01-31&$top=1"_s;
    QTest::newRow("arm-list-roleAssignments") << u"arm-roleassignments-list.json"_s << u"arm"_s
                                              << sub + u"/resourceGroups/rg-data/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01"_s;
}

void TestSandboxFidelity::matchesPublishedExamples()
{
    QFETCH(QString, fixture);
    QFETCH(QString, service);
    QFETCH(QString, request);
    QFile f(ie::test::testDataDir() + u"/sandbox/"_s + fixture);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonDocument example = QJsonDocument::fromJson(f.readAll());
    QVERIFY(example.isObject());

    const QUrl url = service == "graph"_L1 ? m_sandbox.graph(request) : m_sandbox.arm(request);
    ie::net::HttpJob *job = m_sandbox.client().send(ie::net::HttpRequest::get(url));
    QJsonDocument actual;
    QString failure;
    connect(job, &ie::net::HttpJob::finished, job, [&] {
        if (job->result().ok())
            actual = job->result()->json;
        else
            failure = job->result().error().summary();
    });
    QSignalSpy done(job, &ie::net::HttpJob::finished);
    QVERIFY(done.wait(20000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(!actual.object().value("value"_L1).toArray().isEmpty());
    QStringList problems;
    compareShape(example.object(), actual.object(), u"$"_s, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TestSandboxFidelity)
#include "tst_sandboxfidelity.moc"
