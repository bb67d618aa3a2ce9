// The search postings built off the UI thread: the scan path used before they are in must rank
// exactly as the indexed path does, the hand-over must never block or reach a dead catalog, and
// the tenant merge on a worker must give what the blocking merge gives.

#include "catalog/catalog.h"
#include "catalog/searchindex.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ie::catalog;

namespace {

const QString Graph = u"00000003-0000-0000-c000-000000000000"_s;

// A small tenant: its own API's app roles, named like real ones, with descriptions.
TenantSnapshot tenant(const QString &tenantId, int roles)
{
    TenantSnapshot s;
    s.tenantId = tenantId;
    s.fetchedAt = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    static const char *nouns[] = {"Orders", "Invoices", "Users", "Secrets", "Reports"};
    for (int i = 0; i < roles; ++i) {
        Entry e;
        e.kind = Kind::TenantAppRole;
        e.id = u"7e0a%1-0000-4000-8000-%2"_s.arg(i, 4, 10, QChar(u'0')).arg(i, 12, 10, QChar(u'0'));
        const QString noun = QLatin1StringView(nouns[i % 5]);
        e.value = noun + u".Read.All"_s + QString::number(i);
        e.displayName
                = u"Read all "_s + noun.toLower() + u" of Contoso API "_s + QString::number(i / 10);
        e.description = u"Allows the app to read every %1 without a signed-in user."_s.arg(
                noun.toLower());
        e.resourceAppId = u"c0c0c0c0-0000-4000-8000-%1"_s.arg(i / 10, 12, 10, QChar(u'0'));
        e.resourceName = u"Contoso API "_s + QString::number(i / 10);
        s.entries.append(e);
    }
    return s;
}

QStringList ids(const QList<Hit> &hits)
{
    QStringList out;
    for (const Hit &h : hits)
        out.append(kindKey(h.entry->kind) + u' ' + h.entry->resourceAppId + u' ' + h.entry->id
                   + u' ' + QString::number(int(h.rank)));
    return out;
}

} // namespace

class TestCatalogIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scanAndIndexAgree_data();
    void scanAndIndexAgree();
    void postingsArriveLater();
    void mergeOffThread();
    void overtakenMergeIsDropped();
    void destroyedWhileBuilding();

private:
    Catalog m_catalog;
};

void TestCatalogIndex::initTestCase()
{
    QVERIFY(m_catalog.loadBundled().ok());
    m_catalog.setTenantSnapshot(tenant(u"aaaaaaaa-0000-0000-0000-000000000001"_s, 300));
    QTRY_VERIFY(m_catalog.isIndexReady());
}

void TestCatalogIndex::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
}

void TestCatalogIndex::scanAndIndexAgree_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("kind"); // -1: any
    QTest::addColumn<int>("limit");
    QTest::newRow("value") << u"User.Read.All"_s << -1 << 500;
    QTest::newRow("words any order") << u"read all users"_s << -1 << 500;
    QTest::newRow("words, no limit") << u"read all users"_s << -1 << 0;
    QTest::newRow("fragment") << u"keyvault secrets"_s << -1 << 500;
    QTest::newRow("role name") << u"Key Vault Secrets User"_s << -1 << 500;
    QTest::newRow("azure roles only") << u"contributor"_s << int(Kind::AzureRole) << 500;
    QTest::newRow("description only") << u"without a signed-in user"_s << -1 << 0;
    QTest::newRow("tenant roles") << u"orders read contoso"_s << -1 << 500;
    QTest::newRow("tenant kind") << u"invoices"_s << int(Kind::TenantAppRole) << 20;
    QTest::newRow("resource name") << u"microsoft graph mail"_s << -1 << 500;
    QTest::newRow("guid fragment") << u"df021288-bd"_s << -1 << 500;
    QTest::newRow("guid braces") << u"{DF021288-BDEF-4463-88DB-98F22DE89214}"_s << -1 << 500;
    QTest::newRow("two letters") << u"gl"_s << -1 << 500;
    QTest::newRow("unicode") << u"Lesen über alle"_s << -1 << 500;
    QTest::newRow("nothing") << u"zzzzqq"_s << -1 << 500;
}

void TestCatalogIndex::scanAndIndexAgree()
{
    QFETCH(QString, query);
    QFETCH(int, kind);
    QFETCH(int, limit);
    // Two indexes over the same entries, each with its own typing cache, typed to keystroke by
    // keystroke: one scans, one uses its postings.
    const auto all = m_catalog.entries();
    const std::vector<EntryPtr> entries(all.begin(), all.end());
    const SearchIndex scanning(entries);
    const SearchIndex indexed(entries);
    const auto postings = indexed.buildPostings();
    SearchOptions options;
    if (kind >= 0)
        options.kind = Kind(kind);
    options.limit = limit;
    bool anyHit = false;
    for (qsizetype n = 1; n <= query.size(); ++n) {
        const QString typed = query.left(n);
        const QStringList a = ids(scanning.search(typed, options));
        const QStringList b = ids(indexed.search(typed, options, postings.get()));
        QVERIFY2(a == b,
                 qPrintable(u"'%1': %2 vs %3 hits"_s.arg(typed).arg(a.size()).arg(b.size())));
        anyHit = anyHit || !a.isEmpty();
    }
    // The catalog (with its postings in) answers the same.
    QCOMPARE(ids(m_catalog.search(query, options)), ids(scanning.search(query, options)));
    if (!query.startsWith(u"zzzz"_s))
        QVERIFY(anyHit);
}

void TestCatalogIndex::postingsArriveLater()
{
    Catalog c;
    QSignalSpy ready(&c, &Catalog::indexReady);
    QVERIFY(c.loadBundled().ok());
    // The postings come back by a queued call: not before this thread's event loop runs, so the
    // first keystroke after a load is served by the scan path, without waiting.
    QVERIFY(!c.isIndexReady());
    const QStringList before = ids(c.search(u"read all users"_s, {std::nullopt, 500}));
    QVERIFY(!before.isEmpty());
    QVERIFY(ready.wait());
    QCOMPARE(ready.size(), 1);
    QVERIFY(c.isIndexReady());
    c.search(u"zzzz"_s); // a fresh typing cache
    QCOMPARE(ids(c.search(u"read all users"_s, {std::nullopt, 500})), before);
    // A change of the data drops the postings until the new ones are built.
    c.clearTenantSnapshot();
    QVERIFY(!c.isIndexReady());
    QVERIFY(ready.wait());
    QVERIFY(c.isIndexReady());
}

void TestCatalogIndex::mergeOffThread()
{
    const TenantSnapshot s = tenant(u"bbbbbbbb-0000-0000-0000-000000000002"_s, 500);
    Catalog blocking;
    QVERIFY(blocking.loadBundled().ok());
    blocking.setTenantSnapshot(s);

    Catalog c;
    QVERIFY(c.loadBundled().ok());
    QSignalSpy changed(&c, &Catalog::changed);
    c.mergeTenantSnapshot(s);
    QVERIFY(c.isMerging());
    // Until the merge is in, the catalog answers from what it had.
    QVERIFY(c.search(u"orders.read.all1"_s).isEmpty());
    QVERIFY(!c.tenantSnapshot());
    QVERIFY(changed.wait());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!c.isMerging());
    QVERIFY(c.isIndexReady()); // the merge builds the postings too
    QCOMPARE(c.tenantSnapshot()->tenantId, s.tenantId);
    QCOMPARE(c.size(), blocking.size());
    for (const QString &q : {u"orders read all"_s, u"User.Read.All"_s, u"7e0a0012"_s}) {
        const QStringList got = ids(c.search(q, {std::nullopt, 500}));
        QVERIFY(!got.isEmpty());
        QCOMPARE(got, ids(blocking.search(q, {std::nullopt, 500})));
    }
}

void TestCatalogIndex::overtakenMergeIsDropped()
{
    Catalog c;
    QVERIFY(c.loadBundled().ok());
    QSignalSpy changed(&c, &Catalog::changed);
    c.mergeTenantSnapshot(tenant(u"cccccccc-0000-0000-0000-000000000003"_s, 400));
    c.mergeTenantSnapshot(tenant(u"dddddddd-0000-0000-0000-000000000004"_s, 50));
    QVERIFY(changed.wait());
    // Let the first merge finish too, and deliver whatever it posts: it must be dropped.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(c.tenantSnapshot()->tenantId, u"dddddddd-0000-0000-0000-000000000004"_s);
    QCOMPARE(c.countOf(Kind::TenantAppRole), 50);

    // A blocking change overtakes a running merge as well.
    c.mergeTenantSnapshot(tenant(u"eeeeeeee-0000-0000-0000-000000000005"_s, 100));
    c.clearTenantSnapshot();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QVERIFY(!c.tenantSnapshot());
    QCOMPARE(c.countOf(Kind::TenantAppRole), 0);
    QVERIFY(!c.isMerging());
}

void TestCatalogIndex::destroyedWhileBuilding()
{
    for (int i = 0; i < 3; ++i) {
        auto c = std::make_unique<Catalog>();
        QVERIFY(c->loadBundled().ok());
        c->mergeTenantSnapshot(tenant(u"ffffffff-0000-0000-0000-000000000006"_s, 200));
        c.reset(); // the workers still run; what they post must go nowhere
    }
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}

QTEST_GUILESS_MAIN(TestCatalogIndex)
#include "tst_catalogindex.moc"
