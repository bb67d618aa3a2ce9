#include "jwt/jwtdecoder.h"
#include "jwt/tokenexplainer.h"
#include "models/claimstablemodel.h"
#include "models/tokencomparemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::jwt;
using ie::models::ClaimsTableModel;
using ie::models::TokenCompareModel;
using Change = TokenCompareModel::Change;

namespace {

DecodedToken token(const char *payloadJson)
{
    const QByteArray t = JwtDecoder::toBase64Url(R"({"alg":"RS256","kid":"k"})") + '.'
            + JwtDecoder::toBase64Url(payloadJson) + ".c2ln";
    auto r = JwtDecoder::decode(t);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return *r;
}

const char *Before
        = R"({"aud":"https://graph.microsoft.com","oid":"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6", "roles":["User.Read.All","Group.Read.All"],"iat":1000,"exp":4600,"uti":"a","xms_cc":["cp1"],"tid":"t"})";
const char *After
        = R"({"aud":"https://graph.microsoft.com","oid":"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6", "roles":["Group.Read.All","Application.ReadWrite.All"],"iat":2000,"exp":5600,"uti":"b","wids":["62e90394-69f5-4237-9190-012177145e10"],"tid":"t2"})";

} // namespace

class TestTokenModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void claimsTable();
    void claimsTableTicksWithoutReset();
    void compare_data();
    void compare();
    void compareHidesUnchanged();
    void compareReorderedRolesAreSame();
};

void TestTokenModels::claimsTable()
{
    ClaimsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    const DecodedToken t = token(Before);
    TokenContext ctx;
    ctx.identityNames.insert(u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s, u"func-timer-orders"_s);
    model.setRows(TokenExplainer::claims(t, ctx, QDateTime::fromSecsSinceEpoch(1000, Qt::UTC)));
    QCOMPARE(model.rowCount(), 8 + 2);
    QCOMPARE(model.columnCount(), int(ClaimsTableModel::ColumnCount));
    const int oid = model.rowOf(u"oid"_s);
    QVERIFY(oid >= 0);
    QCOMPARE(model.index(oid, ClaimsTableModel::ValueColumn).data().toString(),
             u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s);
    QCOMPARE(model.index(oid, ClaimsTableModel::ResolvedColumn).data().toString(),
             u"func-timer-orders"_s);
    QCOMPARE(model.index(oid, 0).data(ClaimsTableModel::ObjectIdRole).toString(),
             u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s);
    QVERIFY(model.index(oid, ClaimsTableModel::ExplanationColumn)
                    .data()
                    .toString()
                    .startsWith(u"Object id: "_s));
    const int roles = model.rowOf(u"roles"_s);
    QCOMPARE(model.copyText(roles), u"roles: User.Read.All, Group.Read.All"_s);
    const int exp = model.rowOf(u"exp"_s);
    QVERIFY(model.index(exp, ClaimsTableModel::ResolvedColumn)
                    .data()
                    .toString()
                    .contains(u"expires in 60 min"_s));
    QCOMPARE(model.rowOf(u"nope"_s), -1);
    QCOMPARE(model.copyText(-1), QString());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Claim"_s);
    QVERIFY(model.roleNames().contains(ClaimsTableModel::ObjectIdRole));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTokenModels::claimsTableTicksWithoutReset()
{
    ClaimsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const DecodedToken t = token(Before);
    model.setRows(TokenExplainer::claims(t, {}, QDateTime::fromSecsSinceEpoch(1000, Qt::UTC)));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRows(TokenExplainer::claims(t, {}, QDateTime::fromSecsSinceEpoch(1060, Qt::UTC)));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(model.rowOf(u"exp"_s), ClaimsTableModel::ResolvedColumn)
                    .data()
                    .toString()
                    .contains(u"59 min"_s));
    model.setRows(
            TokenExplainer::claims(token(After), {}, QDateTime::fromSecsSinceEpoch(1060, Qt::UTC)));
    QCOMPARE(reset.count(), 1);
}

void TestTokenModels::compare_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("changeText");
    QTest::newRow("roles changed")
            << u"roles"_s << int(Change::Changed)
            << u"changed: + Application.ReadWrite.All; \u2212 User.Read.All"_s;
    QTest::newRow("wids added") << u"wids"_s << int(Change::Added) << u"added"_s;
    QTest::newRow("xms_cc removed") << u"xms_cc"_s << int(Change::Removed) << u"removed"_s;
    QTest::newRow("tid changed") << u"tid"_s << int(Change::Changed) << u"changed"_s;
    QTest::newRow("aud same") << u"aud"_s << int(Change::Unchanged) << QString();
    QTest::newRow("exp volatile") << u"exp"_s << int(Change::Unchanged)
                                  << u"differs (as in every token)"_s;
    QTest::newRow("uti volatile") << u"uti"_s << int(Change::Unchanged)
                                  << u"differs (as in every token)"_s;
}

void TestTokenModels::compare()
{
    QFETCH(QString, claim);
    QFETCH(int, change);
    QFETCH(QString, changeText);
    TokenCompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTokens(token(Before), token(After));
    QCOMPARE(model.rowCount(), 9);
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.index(i, 0).data(TokenCompareModel::NameRole).toString() == claim)
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data(TokenCompareModel::ChangeRole).toInt(), change);
    QCOMPARE(model.index(row, TokenCompareModel::ChangeColumn).data().toString(), changeText);
    QCOMPARE(model.summary(), u"1 added, 1 removed, 2 changed"_s);
}

void TestTokenModels::compareHidesUnchanged()
{
    TokenCompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTokens(token(Before), token(After));
    model.setShowUnchanged(false);
    QCOMPARE(model.rowCount(), 4);
    QStringList names;
    for (const auto &r : model.rows())
        names.append(r.name);
    QCOMPARE(names, (QStringList{u"roles"_s, u"tid"_s, u"wids"_s, u"xms_cc"_s}));
    QCOMPARE(model.index(0, TokenCompareModel::BeforeColumn).data().toString(),
             u"User.Read.All, Group.Read.All"_s);
    QCOMPARE(model.index(2, TokenCompareModel::BeforeColumn).data().toString(), QString());
    model.setShowUnchanged(true);
    QCOMPARE(model.rowCount(), 9);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.summary(), QString());
}

void TestTokenModels::compareReorderedRolesAreSame()
{
    TokenCompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTokens(token(R"({"roles":["A","B"],"scp":"x y"})"),
                    token(R"({"roles":["B","A"],"scp":"y x"})"));
    QCOMPARE(model.count(Change::Unchanged), 2);
    QCOMPARE(model.summary(), u"The tokens carry the same claims (times and ids aside)."_s);
}

QTEST_GUILESS_MAIN(TestTokenModels)
#include "tst_tokenmodels.moc"
