#include "catalog/catalog.h"
#include "jwt/jwtdecoder.h"
#include "models/claimstablemodel.h"
#include "models/tokencomparemodel.h"
#include "sandbox/tenantstate.h"
#include "tierstyle.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include "sandbox/tokenissuer.h"
#include "sandboxfixture.h"
#include "tokeninspectorwidget.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::models::ClaimsTableModel;
using ie::ui::TokenInspectorWidget;

namespace {
const QString FuncMi = u"f4a5b6c7-0001-4d8e-9f0a-b1c2d3e4f5a6"_s;
const QString FuncMirid = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90/resourcegroups/"
                          "rg-orders-prod/providers/Microsoft.Web/sites/func-timer-orders"_s;
} // namespace

class TestTokenInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pasteShowsVerdictAndClaims();
    void typingDecodes();
    void garbageShowsError_data();
    void garbageShowsError();
    void largeClipboardPasteIsRefused();
    void countdownFollowsClock();
    void verifyFetchesKeys();
    void verifyWithKeyFile();
    void oidClickRequestsIdentity();
    void getTokenForAudience();
    void dangerLeadsTheVerdict();
    void tokenSaysWhereItCameFrom();
    void compareTwoTokens();
    void copyAndClear();

private:
    QByteArray mint(const QString &clientId, const QString &resource, const QString &mirid = {});
    QLabel *label(const QString &name) const { return m_widget->findChild<QLabel *>(name); }

    ie::test::SandboxFixture m_sandbox;
    ie::catalog::Catalog m_catalog;
    TokenInspectorWidget *m_widget = nullptr;
    QByteArray m_token;
    QDateTime m_now;
};

void TestTokenInspector::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QVERIFY(m_catalog.loadBundled().ok());
    m_token = mint(FuncMi, u"https://graph.microsoft.com"_s, FuncMirid);
    QVERIFY(!m_token.isEmpty());
}

QByteArray TestTokenInspector::mint(const QString &clientId, const QString &resource,
                                    const QString &mirid)
{
    const auto *sp = m_sandbox.server().state().spById(clientId);
    if (!sp)
        return {};
    QString e, d;
    int a = 0;
    const auto t
            = m_sandbox.server().tokenIssuer().mintAppToken(*sp, resource, 3600, &e, &d, &a, mirid);
    return t ? t->token : QByteArray();
}

void TestTokenInspector::init()
{
    m_widget = new TokenInspectorWidget(&m_sandbox.client(), &m_catalog);
    const qint64 exp = ie::jwt::JwtDecoder::decode(m_token)->payload.value("exp"_L1).toInteger();
    m_now = QDateTime::fromSecsSinceEpoch(exp - 3600, Qt::UTC);
    m_widget->setClock([this] { return m_now; });
    m_widget->setTenantName(m_sandbox.server().tenantId(), u"Contoso"_s);
    m_widget->resize(1200, 700);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
}

void TestTokenInspector::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
}

void TestTokenInspector::pasteShowsVerdictAndClaims()
{
    m_widget->setTokenText(u"  Bearer "_s + QString::fromLatin1(m_token) + u"\n"_s);
    QCOMPARE(label(u"verdict"_s)->text(),
             u"App-only token for Microsoft Graph (v1.0), issued to managed identity "
             "func-timer-orders in tenant Contoso, roles: User.Read.All, expires in 60 min, "
             "signature not checked"_s);
    QVERIFY(m_widget->errorText().isEmpty());
    QVERIFY(label(u"error"_s)->isHidden());
    auto *view = m_widget->findChild<QTableView *>(u"claims"_s);
    QVERIFY(view);
    ClaimsTableModel *model = m_widget->claimsModel();
    QCOMPARE(view->model(), model);
    QCOMPARE(model->rowCount(), ie::jwt::JwtDecoder::decode(m_token)->payload.size());
    const int roles = model->rowOf(u"roles"_s);
    QCOMPARE(model->index(roles, ClaimsTableModel::ValueColumn).data().toString(),
             u"User.Read.All"_s);
    QVERIFY(model->index(roles, ClaimsTableModel::ResolvedColumn)
                    .data()
                    .toString()
                    .contains(u"Read all users"_s));
    QCOMPARE(model->index(model->rowOf(u"aud"_s), ClaimsTableModel::ResolvedColumn)
                     .data()
                     .toString(),
             u"Microsoft Graph"_s);
    QVERIFY(m_widget->findChild<QPlainTextEdit *>(u"payload"_s)
                    ->toPlainText()
                    .contains(u"\"xms_mirid\""_s));
    QVERIFY(m_widget->findChild<QPlainTextEdit *>(u"header"_s)
                    ->toPlainText()
                    .contains(u"\"RS256\""_s));
    QVERIFY(m_widget->findChild<QPushButton *>(u"verify"_s)->isEnabled());
}

void TestTokenInspector::typingDecodes()
{
    const QString t = QString::fromLatin1(m_token);
    auto *paste = m_widget->findChild<QPlainTextEdit *>(u"paste"_s);
    m_widget->setTokenText(t.left(t.size() - 4));
    paste->moveCursor(QTextCursor::End);
    QVERIFY(!m_widget->token().has_value()
            || m_widget->token()->signature != ie::jwt::JwtDecoder::decode(m_token)->signature);
    QTest::keyClicks(paste, t.right(4));
    QCOMPARE(paste->toPlainText(), t);
    QVERIFY(m_widget->token().has_value());
    QVERIFY(label(u"verdict"_s)->text().startsWith(u"App-only token for Microsoft Graph"_s));
    QTest::keyClick(paste, Qt::Key_Backspace);
    QTest::keyClicks(paste, u"*"_s);
    QVERIFY(!m_widget->token().has_value());
    QVERIFY(m_widget->errorText().contains(u"not valid base64url"_s));
}

void TestTokenInspector::garbageShowsError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("words") << u"hello world"_s << u"no dot"_s;
    QTest::newRow("JWE") << u"eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d"_s
                         << u"encrypted"_s;
    QTest::newRow("two parts") << u"eyJhbGciOiJSUzI1NiJ9.eyJ9"_s << u"signature part is missing"_s;
    QTest::newRow("exp string") << u"eyJhbGciOiJSUzI1NiJ9.eyJleHAiOiJzb29uIn0.c2ln"_s
                                << u"\"exp\" must be a number"_s;
    QTest::newRow("1 MB") << QString(1024 * 1024, u'A') << u"The text is 1.0 MB long"_s;
    QTest::newRow("10 MB") << QString(10 * 1024 * 1024, u'A')
                           << u"The text is 10.0 MB long; a token is at most 256 KB"_s;
}

void TestTokenInspector::garbageShowsError()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    m_widget->setTokenText(QString::fromLatin1(m_token));
    QVERIFY(m_widget->token().has_value());
    m_widget->setTokenText(text);
    QVERIFY(!m_widget->token().has_value());
    QVERIFY(label(u"error"_s)->isVisible());
    QVERIFY2(label(u"error"_s)->text().contains(message), qPrintable(label(u"error"_s)->text()));
    QCOMPARE(label(u"verdict"_s)->text(), u"Not a readable token."_s);
    QCOMPARE(m_widget->claimsModel()->rowCount(), 0);
    QVERIFY(m_widget->findChild<QPlainTextEdit *>(u"payload"_s)->toPlainText().isEmpty());
    QVERIFY(!m_widget->findChild<QPushButton *>(u"verify"_s)->isEnabled());
}

void TestTokenInspector::largeClipboardPasteIsRefused()
{
    m_widget->setTokenText(QString::fromLatin1(m_token));
    QApplication::clipboard()->setText(QString(1024 * 1024, u'e'));
    auto *paste = m_widget->findChild<QPlainTextEdit *>(u"paste"_s);
    paste->setFocus();
    QElapsedTimer t;
    t.start();
    QTest::keySequence(paste, QKeySequence::Paste);
    QVERIFY2(t.elapsed() < 2000, "a 1 MB paste must not freeze the window");
    QVERIFY(!m_widget->token().has_value());
    QVERIFY(m_widget->errorText().contains(u"The text is 1.0 MB long"_s));
    QVERIFY(paste->toPlainText().isEmpty());
    // A token-sized paste goes in as usual.
    QApplication::clipboard()->setText(QString::fromLatin1(m_token));
    QTest::keySequence(paste, QKeySequence::Paste);
    QVERIFY(m_widget->token().has_value());
    QVERIFY(m_widget->errorText().isEmpty());
}

void TestTokenInspector::countdownFollowsClock()
{
    m_widget->setTokenText(QString::fromLatin1(m_token));
    QCOMPARE(m_widget->countdownText(), u"expires in 60 min"_s);
    m_now = m_now.addSecs(30 * 60);
    m_widget->tick();
    QCOMPARE(m_widget->countdownText(), u"expires in 30 min"_s);
    QVERIFY(label(u"verdict"_s)->text().contains(u"expires in 30 min"_s));
    m_now = m_now.addSecs(30 * 60 + 3 * 3600);
    m_widget->tick();
    QCOMPARE(m_widget->countdownText(), u"expired 3 h ago"_s);
    const int exp = m_widget->claimsModel()->rowOf(u"exp"_s);
    QVERIFY(m_widget->claimsModel()
                    ->index(exp, ClaimsTableModel::ResolvedColumn)
                    .data()
                    .toString()
                    .endsWith(u"expired 3 h ago"_s));
}

void TestTokenInspector::verifyFetchesKeys()
{
    m_widget->setTokenText(QString::fromLatin1(m_token));
    auto *verify = m_widget->findChild<QPushButton *>(u"verify"_s);
    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_widget->signatureCheck().state,
                              ie::jwt::SignatureCheck::State::Valid, 20000);
    QVERIFY(label(u"verdict"_s)->text().endsWith(u"signature valid"_s));
    QVERIFY(verify->isEnabled());
    QVERIFY(m_widget->findChild<QPlainTextEdit *>(u"signature"_s)
                    ->toPlainText()
                    .contains(u"Keys fetched at"_s));
    // A new token drops the old result.
    m_widget->setTokenText(
            QString::fromLatin1(mint(FuncMi, u"https://management.azure.com/"_s, FuncMirid)));
    QVERIFY(label(u"verdict"_s)->text().endsWith(u"signature not checked"_s));
}

void TestTokenInspector::verifyWithKeyFile()
{
    QTemporaryDir dir;
    QFile good(dir.filePath(u"sandbox.jwks"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(QJsonDocument(m_sandbox.server().tokenIssuer().jwks()).toJson());
    good.close();
    QFile bad(dir.filePath(u"bad.pem"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
    bad.close();
    m_widget->setTokenText(QString::fromLatin1(m_token));
    m_widget->verifyWithKeyFile(good.fileName());
    QCOMPARE(m_widget->signatureCheck().state, ie::jwt::SignatureCheck::State::Valid);
    QVERIFY(label(u"verdict"_s)->text().endsWith(u"signature valid"_s));
    m_widget->verifyWithKeyFile(bad.fileName());
    QCOMPARE(m_widget->signatureCheck().state, ie::jwt::SignatureCheck::State::Unverifiable);
    QVERIFY(m_widget->findChild<QPlainTextEdit *>(u"signature"_s)
                    ->toPlainText()
                    .contains(u"no public key"_s));
}

void TestTokenInspector::oidClickRequestsIdentity()
{
    m_widget->setTokenText(QString::fromLatin1(m_token));
    QSignalSpy spy(m_widget, &TokenInspectorWidget::identityRequested);
    auto *view = m_widget->findChild<QTableView *>(u"claims"_s);
    const QModelIndex oid = m_widget->claimsModel()->index(m_widget->claimsModel()->rowOf(u"oid"_s),
                                                           ClaimsTableModel::ValueColumn);
    view->scrollTo(oid);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(oid).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), FuncMi);
    const QModelIndex aud
            = m_widget->claimsModel()->index(m_widget->claimsModel()->rowOf(u"aud"_s), 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(aud).center());
    QCOMPARE(spy.count(), 1);
}

void TestTokenInspector::getTokenForAudience()
{
    auto *audience = m_widget->findChild<QComboBox *>(u"audience"_s);
    audience->setCurrentIndex(audience->findData(u"https://management.azure.com"_s));
    m_now = QDateTime::currentDateTimeUtc();
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"getToken"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_widget->token().has_value(), 20000);
    QVERIFY2(
            label(u"verdict"_s)
                    ->text()
                    .startsWith(
                            u"App-only token for Azure Resource Manager (v1.0), issued to app Identity Explorer Sandbox Admin in tenant Contoso"_s),
            qPrintable(label(u"verdict"_s)->text()));
    // A custom audience the tenant does not know: the credential's error is shown.
    audience->setCurrentIndex(audience->count() - 1);
    auto *custom = m_widget->findChild<QLineEdit *>(u"customAudience"_s);
    QVERIFY(custom->isEnabled());
    custom->setText(u"api://nobody-knows-this"_s);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"getToken"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_widget->errorText().isEmpty(), 20000);
}

void TestTokenInspector::dangerLeadsTheVerdict()
{
    auto *alarm = label(u"verdictAlarm"_s);
    QVERIFY(alarm);
    const QColor danger = ie::ui::tierstyle::danger(m_widget->palette());
    // An ordinary token, not yet checked: nothing loud.
    m_widget->setTokenText(QString::fromLatin1(m_token));
    QVERIFY(m_widget->alarmText().isEmpty());
    // alg none: unsigned, said before any Verify click, in the danger colour, above the verdict.
    const QByteArray payload = m_token.split('.').at(1);
    m_widget->setTokenText(u"eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0."_s + QString::fromLatin1(payload)
                           + u"."_s);
    QVERIFY2(m_widget->alarmText().startsWith(u"UNSIGNED"_s), qPrintable(m_widget->alarmText()));
    QCOMPARE(alarm->palette().color(QPalette::WindowText), danger);
    QVERIFY(alarm->font().bold());
    QVERIFY(alarm->mapTo(m_widget, QPoint()).y() < label(u"verdict"_s)->mapTo(m_widget, QPoint()).y());
    QVERIFY(!label(u"verdictAlarmIcon"_s)->pixmap().isNull());
    // Expired.
    m_widget->setTokenText(QString::fromLatin1(m_token));
    m_now = m_now.addSecs(2 * 3600);
    m_widget->tick();
    QVERIFY2(m_widget->alarmText().startsWith(u"EXPIRED"_s), qPrintable(m_widget->alarmText()));
    QCOMPARE(alarm->palette().color(QPalette::WindowText), danger);
    m_now = m_now.addSecs(-2 * 3600);
    // Valid, and then a tampered signature: INVALID, distinct from valid.
    QTemporaryDir dir;
    QFile keys(dir.filePath(u"sandbox.jwks"_s));
    QVERIFY(keys.open(QIODevice::WriteOnly));
    keys.write(QJsonDocument(m_sandbox.server().tokenIssuer().jwks()).toJson());
    keys.close();
    m_widget->setTokenText(QString::fromLatin1(m_token));
    m_widget->verifyWithKeyFile(keys.fileName());
    QVERIFY2(m_widget->alarmText().startsWith(u"SIGNATURE VALID"_s),
             qPrintable(m_widget->alarmText()));
    QVERIFY(alarm->palette().color(QPalette::WindowText) != danger);
    QByteArray tampered = m_token;
    const qsizetype sig = tampered.lastIndexOf('.') + 5;
    tampered[sig] = tampered[sig] == 'A' ? 'B' : 'A';
    m_widget->setTokenText(QString::fromLatin1(tampered));
    m_widget->verifyWithKeyFile(keys.fileName());
    QCOMPARE(m_widget->signatureCheck().state, ie::jwt::SignatureCheck::State::Invalid);
    QVERIFY2(m_widget->alarmText().startsWith(u"INVALID SIGNATURE"_s),
             qPrintable(m_widget->alarmText()));
    QCOMPARE(alarm->palette().color(QPalette::WindowText), danger);
}

void TestTokenInspector::tokenSaysWhereItCameFrom()
{
    m_widget->setTokenText(QString::fromLatin1(m_token),
                           u"Minted by the sandbox for func-timer-orders"_s);
    QCOMPARE(m_widget->provenanceText(), u"Minted by the sandbox for func-timer-orders"_s);
    // A token typed or pasted by hand has no provenance line.
    m_widget->setTokenText(QString::fromLatin1(m_token) + u" "_s);
    QVERIFY(m_widget->provenanceText().isEmpty());
    // Get token asks before it replaces a pasted token: Cancel keeps it.
    const QString pasted = m_widget->findChild<QPlainTextEdit *>(u"paste"_s)->toPlainText();
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        }
    });
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"getToken"_s), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(m_widget->findChild<QPlainTextEdit *>(u"paste"_s)->toPlainText(), pasted);
    // Get token names whose credential it asked and for what.
    m_widget->clear();
    m_widget->setSignedInAs(u"sandbox admin app"_s);
    m_now = QDateTime::currentDateTimeUtc();
    auto *custom = m_widget->findChild<QLineEdit *>(u"customAudience"_s);
    QVERIFY(!custom->isEnabled()); // until "Custom App ID URI" is chosen
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"getToken"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_widget->token().has_value(), 20000);
    QVERIFY2(m_widget->provenanceText().contains(u"sandbox admin app"_s),
             qPrintable(m_widget->provenanceText()));
    QVERIFY(m_widget->provenanceText().contains(u"https://graph.microsoft.com"_s));
}

void TestTokenInspector::compareTwoTokens()
{
    m_widget->setTokenText(QString::fromLatin1(m_token));
    m_widget->setCompareText(QString::fromLatin1(
            mint(u"f4a5b6c7-0002-4d8e-9f0a-b1c2d3e4f5a6"_s, u"https://graph.microsoft.com"_s)));
    auto *summary = label(u"compareSummary"_s);
    QVERIFY2(summary->text().contains(u"removed"_s), qPrintable(summary->text()));
    ie::models::TokenCompareModel *model = m_widget->compareModel();
    QVERIFY(model->count(ie::models::TokenCompareModel::Change::Changed) >= 2); // oid, appid
    QVERIFY(model->count(ie::models::TokenCompareModel::Change::Removed) >= 1); // xms_mirid
    m_widget->setCompareText(u"garbage"_s);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(summary->text().startsWith(u"Second token: "_s));
}

void TestTokenInspector::copyAndClear()
{
    m_widget->setTokenText(QString::fromLatin1(m_token));
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"copyJson"_s), Qt::LeftButton);
    const QJsonObject copied
            = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(copied.value("payload"_L1).toObject(), m_widget->token()->payload);
    auto *view = m_widget->findChild<QTableView *>(u"claims"_s);
    view->setCurrentIndex(
            m_widget->claimsModel()->index(m_widget->claimsModel()->rowOf(u"roles"_s), 0));
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"copyClaim"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"roles: User.Read.All"_s);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"clear"_s), Qt::LeftButton);
    QVERIFY(!m_widget->token().has_value());
    QVERIFY(m_widget->findChild<QPlainTextEdit *>(u"paste"_s)->toPlainText().isEmpty());
    QCOMPARE(m_widget->claimsModel()->rowCount(), 0);
    QVERIFY(label(u"verdict"_s)->text().startsWith(u"No token."_s));
    QVERIFY(m_widget->countdownText().isEmpty());
}

QTEST_MAIN(TestTokenInspector)
#include "tst_tokeninspector.moc"
