// NeedModel, the table behind "What does it need?": the index arrives from a worker thread, a
// query typed before it is kept and answered, one operation lists every role that grants it,
// several list the covering roles, an unknown one lists none. QAbstractItemModelTester watches
// every change. Expected roles as in tst_actionindex (checked there against the definitions).

#include "catalog/catalog.h"
#include "models/needmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::models::NeedModel;

class TestNeedModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queryBeforeIndex();
    void parseQueries();
    void rebuiltOnCatalogChange();
};

void TestNeedModel::queryBeforeIndex()
{
    ie::catalog::Catalog catalog;
    QVERIFY(catalog.loadBundled().ok());
    NeedModel model(&catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy ready(&model, &NeedModel::readyChanged);
    // Typed at once: the index is still being built on the worker.
    model.setQuery(u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s);
    if (!model.isReady()) {
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(ready.wait(10000));
    }
    QVERIFY(model.isReady());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(NeedModel::ColumnCount));
    QCOMPARE(model.index(0, NeedModel::RoleColumn).data().toString(), u"Key Vault Secrets User"_s);
    QCOMPARE(model.index(0, NeedModel::OperationsColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, NeedModel::MatchedByColumn).data().toString(),
             u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s);
    QCOMPARE(model.index(0, 0).data(NeedModel::TierRole).toInt(), int(ie::catalog::Tier::Tier1));
    QCOMPARE(model.role(0)->id, u"4633458b-17de-408a-b874-0445c86b69e6"_s);
    QVERIFY(!model.role(4));
    QCOMPARE(model.headerData(NeedModel::OperationsColumn, Qt::Horizontal).toString(),
             u"Operations"_s);

    // Role assignments: Key Vault Data Access Administrator grants them under its condition.
    model.setQuery(u"Microsoft.Authorization/roleAssignments/write"_s);
    QCOMPARE(model.rowCount(), 28);
    bool conditional = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(NeedModel::RoleNameRole).toString()
            == "Key Vault Data Access Administrator"_L1) {
            conditional = model.index(r, 0).data(NeedModel::ConditionalRole).toBool();
            QVERIFY(model.index(r, 0).data().toString().contains(u"ABAC"_s));
        }
    }
    QVERIFY(conditional);

    // Unknown: no rows, suggestions in the result.
    model.setQuery(u"Microsoft.KeyVault/vaults/secrets/getSecrt/action"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.result().actions.at(0).suggestions.value(0),
             u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s);

    // Several: the covering roles, smallest first.
    model.setQuery(u"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read\n"
                   "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write"_s);
    QCOMPARE(model.index(0, 0).data(NeedModel::RoleNameRole).toString(),
             u"CosmosDB Fleet Analytics Storage Data Writer"_s);
    QCOMPARE(model.result().requested, 2);

    model.setQuery({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.result().actions.isEmpty());
}

void TestNeedModel::parseQueries()
{
    const auto q = NeedModel::parseQueries(u" a/b, data:c/d;control:e/f\n\tg/h "_s);
    QCOMPARE(q.size(), 4);
    QCOMPARE(q.at(0).action, u"a/b"_s);
    QCOMPARE(q.at(1).plane, ie::catalog::ActionPlane::Data);
    QCOMPARE(q.at(1).action, u"c/d"_s);
    QCOMPARE(q.at(2).plane, ie::catalog::ActionPlane::Control);
    QCOMPARE(q.at(3).plane, ie::catalog::ActionPlane::Auto);
    QVERIFY(NeedModel::parseQueries(u"  ,, "_s).isEmpty());
}

void TestNeedModel::rebuiltOnCatalogChange()
{
    // A model made before the catalog is loaded gets its index when the catalog changes.
    ie::catalog::Catalog catalog;
    NeedModel model(&catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(u"Microsoft.KeyVault/vaults/read"_s);
    QVERIFY(!model.isReady());
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy resolved(&model, &NeedModel::resolved);
    QVERIFY(catalog.loadBundled().ok());
    QTRY_VERIFY_WITH_TIMEOUT(model.isReady(), 10000);
    QVERIFY(resolved.size() >= 1);
    // Operator Nexus Key Vault Writer Service Role (Preview), 2 operations, first.
    QCOMPARE(model.index(0, 0).data(NeedModel::OperationsRole).toInt(), 2);
    QCOMPARE(model.rowCount(), 25);
}

QTEST_GUILESS_MAIN(TestNeedModel)
#include "tst_needmodel.moc"
