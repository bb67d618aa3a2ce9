// An HttpClient destroyed while paged requests are still under way (the app closing during a
// load, a tier scan still reading when its window goes): each job ends while the client's
// activity log still exists, and says so there ("cancelled"), instead of writing to a log already
// deleted (a crash in tst_grantstate's teardown).

#include "sandboxfixture.h"

#include "net/activitylog.h"
#include "sandbox/faultinjector.h"
#include "net/httpclient.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestClientTeardown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pendingJobsEndBeforeTheLog();

private:
    ie::test::SandboxFixture m_sandbox;
};

void TestClientTeardown::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestClientTeardown::pendingJobsEndBeforeTheLog()
{
    QVERIFY(m_sandbox.server().faults().addSpec(u"graph:*=latency:10000"_s));
    auto clear = qScopeGuard([this] { m_sandbox.server().faults().clear(); });
    auto client = std::make_unique<ie::net::HttpClient>();
    client->setCloud(m_sandbox.server().cloud());
    client->setTokenProvider(&m_sandbox.tokens());
    const auto request = ie::net::HttpRequest::get(m_sandbox.graph(u"/servicePrincipals"_s));
    bool answered = false;
    ie::net::PageJob *job = client->getPages(request);
    connect(job, &ie::net::PageJob::finished, this, [&answered] { answered = true; });
    // Under way: the token came, the request waits for its answer.
    QTest::qWait(500);
    QVERIFY(!answered);
    QList<ie::net::ActivityEntry> entries;
    connect(client->activityLog(), &ie::net::ActivityLog::entryAppended, this,
            [&entries](const ie::net::ActivityEntry &e) { entries.append(e); });
    client.reset();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().note, u"cancelled"_s);
    QVERIFY(entries.first().url.contains(u"/servicePrincipals"_s));
}

QTEST_GUILESS_MAIN(TestClientTeardown)
#include "tst_clientteardown.moc"
