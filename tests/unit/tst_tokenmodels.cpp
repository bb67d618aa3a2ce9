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
    void claimsTableShowsControlsEscaped_data();
    void claimsTableShowsControlsEscaped();
    void invalidTimes_data();
    void invalidTimes();
    void compare_data();
    void compare();
    void compareHidesUnchanged();
    void compareReorderedRolesAreSame();
    void compareEscapesControlCharacters();
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

void TestTokenModels::claimsTableShowsControlsEscaped_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("shown");
    QTest::newRow("forged verdict in aud")
            << QByteArray(R"({"aud":"\u001b[2J\u001b[H\r\nFAKE: signature valid"})") << u"aud"_s
            << u"\\u001b[2J\\u001b[H\\r\\nFAKE: signature valid"_s;
    QTest::newRow("NUL in name") << QByteArray(R"({"name":"a\u0000b"})") << u"name"_s
                                 << u"a\\u0000b"_s;
    QTest::newRow("RLO in upn") << QByteArray(R"({"upn":"admin\u202Egro.evil"})") << u"upn"_s
                                << u"admin\\u202egro.evil"_s;
    QTest::newRow("BEL in a claim's name") << QByteArray(R"({"x\u0007":"y"})") << u"x\u0007"_s
                                           << u"y"_s;
}

void TestTokenModels::claimsTableShowsControlsEscaped()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, claim);
    QFETCH(QString, shown);
    ClaimsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(TokenExplainer::claims(token(payload.constData()), {},
                                         QDateTime::fromSecsSinceEpoch(1000, Qt::UTC)));
    const int row = model.rowOf(claim);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ClaimsTableModel::ValueColumn).data().toString(), shown);
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString text = model.index(row, c).data().toString();
        for (const QChar ch : text)
            QVERIFY2(ch.unicode() >= 0x20 && ch != u'\u202e' && ch.unicode() != 0x7f,
                     qPrintable(text));
    }
    // The value itself stays exact for copying.
    QCOMPARE(model.index(row, 0).data(ClaimsTableModel::ValueTextRole).toString(),
             TokenExplainer::valueText(token(payload.constData()).payload.value(claim)));
}

void TestTokenModels::invalidTimes_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("invalid");
    QTest::addColumn<QString>("verdictPart");
    QTest::newRow("exp 1e308") << QByteArray(R"({"exp":1e308})") << QStringList{u"exp"_s}
                               << u"invalid exp: 1e+308 is not a time"_s;
    QTest::newRow("exp -1e18") << QByteArray(R"({"exp":-1e18})") << QStringList{u"exp"_s}
                               << u"invalid exp: -1e+18 is not a time between 1970 and 9999"_s;
    QTest::newRow("exp 9.22e18") << QByteArray(R"({"exp":9.22e18})") << QStringList{u"exp"_s}
                                 << u"invalid exp: 9.22e+18 is not a time"_s;
    QTest::newRow("exp -1") << QByteArray(R"({"exp":-1})") << QStringList{u"exp"_s}
                            << u"invalid exp: -1 is not a time"_s;
    QTest::newRow("exp year 10000") << QByteArray(R"({"exp":253402300800})")
                                    << QStringList{u"exp"_s} << u"invalid exp: 253402300800"_s;
    QTest::newRow("nbf negative") << QByteArray(R"({"exp":4600,"nbf":-5})")
                                  << QStringList{u"nbf"_s} << u"invalid nbf: -5 is not a time"_s;
    QTest::newRow("iat huge") << QByteArray(R"({"exp":4600,"iat":1e300})")
                              << QStringList{u"iat"_s} << u"invalid iat: "_s;
    QTest::newRow("exp and nbf") << QByteArray(R"({"exp":-2,"nbf":-3})")
                                 << QStringList{u"exp"_s, u"nbf"_s} << u"invalid nbf: -3"_s;
    // Edges that are times.
    QTest::newRow("exp 0 (1970)") << QByteArray(R"({"exp":0})") << QStringList{}
                                  << u"expired"_s;
    QTest::newRow("exp year 9999") << QByteArray(R"({"exp":253402300799})") << QStringList{}
                                   << u"expires in"_s;
    QTest::newRow("no exp") << QByteArray(R"({"aud":"x"})") << QStringList{} << u"no expiry"_s;
}

void TestTokenModels::invalidTimes()
{
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, invalid);
    QFETCH(QString, verdictPart);
    const DecodedToken t = token(payload.constData());
    const auto now = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
    const TokenSummary s = TokenExplainer::summarize(t, {}, now);
    QCOMPARE(s.invalidTimes, invalid);
    const QString verdict = TokenExplainer::verdict(s);
    QVERIFY2(verdict.contains(verdictPart), qPrintable(verdict));
    if (!invalid.isEmpty()) {
        QVERIFY2(!verdict.contains(u"no expiry"_s), qPrintable(verdict));
        QVERIFY2(!verdict.contains(u"expires in"_s), qPrintable(verdict));
        // The claim's row says so too.
        ClaimsTableModel model;
        model.setRows(TokenExplainer::claims(t, {}, now));
        const QString resolved
                = model.index(model.rowOf(invalid.first()), ClaimsTableModel::ResolvedColumn)
                          .data()
                          .toString();
        QVERIFY2(resolved.startsWith(u"invalid "_s + invalid.first()), qPrintable(resolved));
    }
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

void TestTokenModels::compareEscapesControlCharacters()
{
    // A token anyone wrote: its claims cannot fake another line or reorder the table's text.
    TokenCompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTokens(token(R"({"aud":"a","x\u001b[2J":"v"})"),
                    token(R"({"aud":"b\r\nFAKE: signature valid\u202e","x\u001b[2J":"v"})"));
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString text = model.index(row, column).data().toString();
            for (const QChar c : text)
                QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                         qPrintable(text));
        }
    }
    int aud = -1;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.index(i, 0).data(TokenCompareModel::NameRole).toString() == u"aud"_s)
            aud = i;
    }
    QVERIFY(aud >= 0);
    QCOMPARE(model.index(aud, TokenCompareModel::AfterColumn).data().toString(),
             u"b\\r\\nFAKE: signature valid\\u202e"_s);
}

QTEST_GUILESS_MAIN(TestTokenModels)
#include "tst_tokenmodels.moc"
