// The model of what an identity holds of one kind, over the permissions layer's value type.

#include "models/heldpermissionmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::permissions::HeldPermission;
using ie::permissions::Kind;
using ie::permissions::Source;
using M = ie::models::HeldPermissionModel;

namespace {
HeldPermission role(const QString &id, const QString &name, ie::catalog::Tier tier,
                    bool eligible = false)
{
    HeldPermission p;
    p.kind = Kind::DirectoryRole;
    p.assignmentId = u"a-"_s + id;
    p.roleId = id;
    p.roleName = name;
    p.scope = u"/"_s;
    p.tier = tier;
    p.eligible = eligible;
    return p;
}
} // namespace

class TestHeldPermissionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndColumns();
    void howSaysWhereItComesFrom_data();
    void howSaysWhereItComesFrom();
    void lagsUntilTheListShowsTheChange();
    void sortsHighestTierFirst();
};

void TestHeldPermissionModel::rowsAndColumns()
{
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    model.setPermissions(
            {role(u"r1"_s, u"Global Administrator"_s, ie::catalog::Tier::Tier0),
             role(u"r2"_s, u"Directory Readers"_s, ie::catalog::Tier::Untiered, true)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(M::ColumnCount));
    QCOMPARE(model.index(0, M::Role).data().toString(), u"Global Administrator"_s);
    QCOMPARE(model.index(0, M::Scope).data().toString(), u"Whole tenant (/)"_s);
    QCOMPARE(model.index(0, M::Tier).data().toString(),
             ie::catalog::tierTitle(ie::catalog::Tier::Tier0));
    QCOMPARE(model.index(0, 0).data(M::TierRole).toInt(), 0);
    QCOMPARE(model.index(1, M::Tier).data().toString(), QString());
    QVERIFY(model.index(1, 0).data(M::EligibleRole).toBool());
    QCOMPARE(model.index(1, M::AssignmentId).data().toString(), u"a-r2"_s);
    // Only an active grant counts as held.
    QVERIFY(model.holds(u"R1"_s));
    QVERIFY(!model.holds(u"r2"_s));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestHeldPermissionModel::howSaysWhereItComesFrom_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<QString>("how");
    QTest::newRow("active, direct") << int(Source::Direct) << false << u"Active"_s;
    QTest::newRow("eligible") << int(Source::Direct) << true << u"Eligible (activate in PIM)"_s;
    QTest::newRow("inherited") << int(Source::Inherited) << false
                               << u"Active, inherited from /mg"_s;
    QTest::newRow("group") << int(Source::Group) << false << u"Active, through the group /mg"_s;
}

void TestHeldPermissionModel::howSaysWhereItComesFrom()
{
    QFETCH(int, source);
    QFETCH(bool, eligible);
    QFETCH(QString, how);
    HeldPermission p = role(u"r"_s, u"Role"_s, ie::catalog::Tier::Untiered, eligible);
    p.source = Source(source);
    p.sourceName = u"/mg"_s;
    QCOMPARE(M::howText(p), how);
}

void TestHeldPermissionModel::lagsUntilTheListShowsTheChange()
{
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.expect({u"a-r1"_s}, {});
    model.setPermissions({});
    QVERIFY(model.lags());
    model.setPermissions({role(u"r1"_s, u"Global Administrator"_s, ie::catalog::Tier::Tier0)});
    QVERIFY(!model.lags());
    // Met once, forgotten: a later removal by someone else is not lag.
    model.setPermissions({});
    QVERIFY(!model.lags());
}

void TestHeldPermissionModel::sortsHighestTierFirst()
{
    ie::permissions::IdentityPermissions p;
    p.items = {role(u"r3"_s, u"Directory Readers"_s, ie::catalog::Tier::Untiered),
               role(u"r2"_s, u"Reports Reader"_s, ie::catalog::Tier::Tier1),
               role(u"r1"_s, u"Global Administrator"_s, ie::catalog::Tier::Tier0),
               role(u"r4"_s, u"Privileged Role Administrator"_s, ie::catalog::Tier::Tier0, true)};
    const auto sorted = p.sorted();
    QCOMPARE(sorted.first().roleName, u"Global Administrator"_s);
    QCOMPARE(sorted.last().roleName, u"Directory Readers"_s);
    // An eligible role does not make the identity tier 0 until it is activated.
    p.items.removeAt(2);
    QCOMPARE(p.highestTier(), ie::catalog::Tier::Tier1);
}

QTEST_MAIN(TestHeldPermissionModel)
#include "tst_heldpermissionmodel.moc"
