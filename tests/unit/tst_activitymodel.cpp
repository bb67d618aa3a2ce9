#include "models/activitymodel.h"
#include "net/activitylog.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TestActivityModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendDropClear();
};

void TestActivityModel::appendDropClear()
{
    ie::net::ActivityLog log;
    ie::models::ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    log.setCapacity(50);
    model.setLog(&log);
    QCOMPARE(model.rowCount(), 0);

    for (int i = 0; i < log.capacity() + 3; ++i) {
        ie::net::ActivityEntry e;
        e.method = u"GET"_s;
        e.url = u"https://graph.microsoft.com/v1.0/servicePrincipals?n=%1"_s.arg(i);
        e.status = i % 7 == 0 ? 429 : 200;
        log.append(e);
    }
    QCOMPARE(model.rowCount(), log.capacity());
    // The oldest three were dropped: the first row is entry 3.
    QVERIFY(model.index(0, ie::models::ActivityModel::Url).data().toString().endsWith(u"n=3"_s));
    QCOMPARE(model.index(4, 0).data(ie::models::ActivityModel::FailedRole).toBool(), true); // 7 % 7
    QCOMPARE(model.index(0, ie::models::ActivityModel::Status).data().toString(), u"200"_s);

    log.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
