#include "catalog/catalog.h"
#include "models/catalogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::catalog;
using ie::models::CatalogSearchModel;

class TestCatalogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void groups_data();
    void groups();
    void twinRows();
    void emptyAndBadQueries_data();
    void emptyAndBadQueries();
    void limitAndCatalogChange();

private:
    Catalog m_catalog;
    CatalogSearchModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestCatalogModel::initTestCase()
{
    QVERIFY(m_catalog.loadBundled().ok());
}

void TestCatalogModel::init()
{
    m_model = new CatalogSearchModel(&m_catalog, this);
    // Alive for the whole test function: every reset is checked.
    m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestCatalogModel::cleanup()
{
    delete m_tester;
    delete m_model;
    m_tester = nullptr;
    m_model = nullptr;
}

void TestCatalogModel::groups_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("kinds"); // group order
    QTest::addColumn<QString>("firstValue"); // of the first group

    QTest::newRow("twin") << u"User.Read.All"_s << QStringList{u"app-role"_s, u"scope"_s}
                          << u"User.Read.All"_s;
    QTest::newRow("azure role") << u"Key Vault Secrets User"_s << QStringList{u"azure-role"_s}
                                << u"Key Vault Secrets User"_s;
    QTest::newRow("app guid") << u"{797F4846-BA00-4FD7-BA43-DAC1F8F63013}"_s
                              << QStringList{u"app"_s} << u"Azure Resource Manager"_s;
    QTest::newRow("directory role")
            << u"62e90394-69f5-4237-9190-012177145e10"_s << QStringList{u"directory-role"_s}
            << u"Global Administrator"_s;
}

void TestCatalogModel::groups()
{
    QFETCH(QString, query);
    QFETCH(QStringList, kinds);
    QFETCH(QString, firstValue);
    QSignalSpy searched(m_model, &CatalogSearchModel::searched);
    m_model->setQuery(query);
    QCOMPARE(searched.size(), 1);
    QStringList got;
    for (int g = 0; g < m_model->rowCount(); ++g)
        got.append(m_model->index(g, 0).data(CatalogSearchModel::KindKeyRole).toString());
    QCOMPARE(got, kinds);
    const QModelIndex group = m_model->index(0, 0);
    QVERIFY(group.data(CatalogSearchModel::IsGroupRole).toBool());
    QVERIFY(group.data().toString().contains(u'('));
    QVERIFY(!(m_model->flags(group) & Qt::ItemIsSelectable));
    const QModelIndex first = m_model->index(0, 0, group);
    QCOMPARE(first.data(CatalogSearchModel::ValueRole).toString(), firstValue);
    QCOMPARE(first.data().toString(), firstValue);
    QCOMPARE(m_model->index(0, CatalogSearchModel::IdColumn, group).data().toString(),
             first.data(CatalogSearchModel::IdRole).toString());
    QCOMPARE(first.data(CatalogSearchModel::RankRole).toInt(), int(MatchRank::Exact));
    QVERIFY(m_model->entry(first));
    QCOMPARE(m_model->indexOf(m_model->entry(first)), first);
    QCOMPARE(m_model->bestIndex(), first);
    QVERIFY(!m_model->entry(group));
}

void TestCatalogModel::twinRows()
{
    m_model->setQuery(u"User.Read.All"_s);
    const QModelIndex role = m_model->index(0, 0, m_model->index(0, 0));
    const QString twinId = role.data(CatalogSearchModel::TwinIdRole).toString();
    QCOMPARE(twinId, u"a154be20-db9c-4678-8ab7-66f6cc099a59"_s);
    const EntryPtr twin = m_catalog.twinOf(*m_model->entry(role));
    const QModelIndex twinIndex = m_model->indexOf(twin);
    QVERIFY(twinIndex.isValid());
    QCOMPARE(twinIndex.data(CatalogSearchModel::KindKeyRole).toString(), u"scope"_s);
    // privilege-tiers.json puts User.Read.All in tier 2.
    QCOMPARE(role.data(CatalogSearchModel::TierRole).toInt(), int(Tier::Tier2));
}

void TestCatalogModel::emptyAndBadQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("control") << QString::fromUtf16(u"\u0001\u0002");
    QTest::newRow("long") << QString(10000, u'z');
}

void TestCatalogModel::emptyAndBadQueries()
{
    QFETCH(QString, query);
    m_model->setQuery(u"reader"_s);
    QVERIFY(m_model->rowCount() > 0);
    m_model->setQuery(query);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->hitCount(), 0);
}

void TestCatalogModel::limitAndCatalogChange()
{
    m_model->setLimit(10);
    m_model->setQuery(u"read"_s);
    QCOMPARE(m_model->hitCount(), 10);
    int rows = 0;
    for (int g = 0; g < m_model->rowCount(); ++g)
        rows += m_model->rowCount(m_model->index(g, 0));
    QCOMPARE(rows, 10);

    // A tenant snapshot adds a tenant app role: the model re-searches by itself.
    m_model->setQuery(u"Contoso.Widgets.Read"_s);
    QCOMPARE(m_model->rowCount(), 0);
    TenantSnapshot s;
    s.tenantId = u"t1"_s;
    s.fetchedAt = QDateTime::currentDateTimeUtc();
    Entry e;
    e.kind = Kind::TenantAppRole;
    e.id = u"0badc0de-0000-4000-8000-0000000000b1"_s;
    e.value = u"Contoso.Widgets.Read"_s;
    e.displayName = u"Read widgets"_s;
    e.resourceAppId = u"0badc0de-0000-4000-8000-0000000000b2"_s;
    e.resourceName = u"Widgets API"_s;
    s.entries = {e};
    m_catalog.setTenantSnapshot(s);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex hit = m_model->index(0, 0, m_model->index(0, 0));
    QCOMPARE(hit.data(CatalogSearchModel::KindKeyRole).toString(), u"tenant-app-role"_s);
    QCOMPARE(hit.data(CatalogSearchModel::LiveStateRole).toInt(), int(LiveState::New));
    QVERIFY(hit.data().toString().startsWith(u"Contoso.Widgets.Read"_s));
    m_catalog.clearTenantSnapshot();
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
