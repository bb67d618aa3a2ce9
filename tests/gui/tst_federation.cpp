// The federated credentials dialog and the federation doctor as the executable builds them (the
// Session, the details pane's links), against the in-process sandbox: add with a preset (the
// subject previewed, the checks inline), edit, remove, each through the grant review and the
// plan job into the audit record, each ending in the sandbox's own state; the doctor on a
// mismatched token and its Fix; an app registration's credentials (Graph); the dialogs unclipped
// in English and German.

#include "clipcheck.h"
#include "federationdialog.h"
#include "ficeditdialog.h"
#include "grantreviewdialog.h"
#include "identitieswidget.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "session.h"

#include "core/auditlog.h"
#include "core/translations.h"
#include "models/identityloader.h"
#include "models/identitytreemodel.h"
#include "sandbox/tenantstate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ie::federation;

namespace {
const QString Uami = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-orders-shared"_s;
const QString UamiPrincipal = u"d2e3f4a5-0001-4b6c-9d7e-8f9a0b1c2d3e"_s;
const QString OrdersApi = u"3f2a1b0c-9d8e-4f7a-a6b5-c4d3e2f1a0b9"_s;

QByteArray fakeJwt(const QJsonObject &claims)
{
    auto b64 = [](const QByteArray &d) {
        return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return b64(R"({"alg":"RS256","typ":"JWT"})") + '.'
            + b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + ".c2ln";
}
} // namespace

class TestFederation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addWithPresetFromTheDetails();
    void editAndRemove();
    void doctorOnAMismatchedTokenAndFix();
    void appRegistration();
    void unclipped_data();
    void unclipped();

private:
    ie::ui::FederationDialog *openForUami(bool doctor);
    // The review the dialog opened: checks it shows `method` and `url`, then runs it.
    void approveReview(ie::ui::FederationDialog *dialog, const QString &method, const QString &url);
    const ie::sandbox::FederatedCredential *inSandbox(const QString &parent, const QString &name);
    int countInSandbox(const QString &parent);

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ie::ui::Session> m_session;
};

void TestFederation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestFederation::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    ie::ui::Session::Options options;
    options.auditPath = m_dir->filePath(u"audit.jsonl"_s);
    m_session = std::make_unique<ie::ui::Session>(&m_sandbox->server(), options);
    m_session->window()->resize(1300, 900);
    m_session->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
}

void TestFederation::cleanup()
{
    m_session.reset();
    m_dir.reset();
    m_sandbox.reset();
}

const ie::sandbox::FederatedCredential *TestFederation::inSandbox(const QString &parent,
                                                                 const QString &name)
{
    const ie::sandbox::TenantState &s = m_sandbox->server().state();
    for (const auto *list : {&s.federatedCredentials, &s.appFederatedCredentials}) {
        for (const ie::sandbox::FederatedCredential &f : *list) {
            if (f.parentId.compare(parent, Qt::CaseInsensitive) == 0 && f.name == name)
                return &f;
        }
    }
    return nullptr;
}

int TestFederation::countInSandbox(const QString &parent)
{
    const ie::sandbox::TenantState &s = m_sandbox->server().state();
    int n = 0;
    for (const auto *list : {&s.federatedCredentials, &s.appFederatedCredentials}) {
        for (const ie::sandbox::FederatedCredential &f : *list)
            n += f.parentId.compare(parent, Qt::CaseInsensitive) == 0 ? 1 : 0;
    }
    return n;
}

ie::ui::FederationDialog *TestFederation::openForUami(bool doctor)
{
    ie::ui::IdentitiesWidget *identities = m_session->identities();
    if (!QTest::qWaitFor(
                [identities] {
                    return identities->loader()->state()
                            != ie::models::IdentityLoader::State::Loading
                            && identities->model()->indexOfObjectId(UamiPrincipal).isValid();
                },
                20000))
        return nullptr;
    if (!identities->selectObjectId(UamiPrincipal))
        return nullptr;
    auto *details = identities->findChild<QTextBrowser *>(u"details"_s);
    // The links are in the details' federated credentials section.
    const QString link = doctor ? u"fic:doctor"_s : u"fic:manage"_s;
    if (!details->toHtml().contains(link))
        return nullptr;
    Q_EMIT details->anchorClicked(QUrl(link));
    ie::ui::FederationDialog *dialog
            = m_session->window()->findChild<ie::ui::FederationDialog *>();
    if (!dialog)
        return nullptr;
    QSignalSpy loaded(dialog, &ie::ui::FederationDialog::loaded);
    if (dialog->credentials().isEmpty() && !loaded.wait(10000))
        return nullptr;
    return dialog;
}

void TestFederation::approveReview(ie::ui::FederationDialog *dialog, const QString &method,
                                   const QString &url)
{
    ie::ui::GrantReviewDialog *review = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((review = dialog->findChild<ie::ui::GrantReviewDialog *>())
                                     && review->isVisible(),
                             5000);
    const QString requests = review->findChild<QTextBrowser *>(u"requests"_s)->toPlainText();
    // "PUT https://host:port/subscriptions/...": the method, then the service root and the path.
    const QRegularExpression line(u"^"_s + method + u" https://[^/]+"_s
                                  + QRegularExpression::escape(url),
                                  QRegularExpression::MultilineOption);
    QVERIFY2(line.match(requests).hasMatch(), qPrintable(requests));
    // The exports are the change's.
    review->setExportFormat(ie::graph::GrantPlan::Format::AzCli);
    QVERIFY2(review->exportText().contains(u"federated-credential"_s),
             qPrintable(review->exportText()));
    auto *run = review->findChild<QPushButton *>(u"run"_s);
    QCOMPARE(run->text(), ie::ui::GrantReviewDialog::tr("Apply"));
    QSignalSpy finished(dialog, &ie::ui::FederationDialog::planFinished);
    QSignalSpy loaded(dialog, &ie::ui::FederationDialog::loaded);
    run->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(loaded.wait(10000)); // the list read again
}

void TestFederation::addWithPresetFromTheDetails()
{
    ie::ui::FederationDialog *dialog = openForUami(false);
    QVERIFY(dialog);
    QCOMPARE(dialog->credentials().size(), 2);
    dialog->findChild<QPushButton *>(u"add"_s)->click();
    ie::ui::FicEditDialog *edit = nullptr;
    QTRY_VERIFY((edit = dialog->findChild<ie::ui::FicEditDialog *>()) && edit->isVisible());
    edit->setPreset(Preset::GitHubEnvironment);
    auto type = [edit](const char *name, const QString &text) {
        auto *e = edit->findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY(e && e->isVisible());
        e->clear();
        QTest::keyClicks(e, text);
    };
    auto *review = edit->findChild<QPushButton *>(u"review"_s);
    type("name", u"gh-production"_s);
    type("organization", u"contoso"_s);
    type("repository", u"orders"_s);
    // Not yet complete: the subject is previewed and the button waits.
    QVERIFY(edit->findChild<QLabel *>(u"preview"_s)->text().contains(u"repo:contoso/orders:environment:"_s));
    type("value", u"production"_s);
    QVERIFY(edit->findChild<QLabel *>(u"preview"_s)->text().contains(u"repo:contoso/orders:environment:production"_s));
    QVERIFY(!edit->findChild<QLineEdit *>(u"subject"_s)->isVisible()); // the preset makes it
    QVERIFY(review->isEnabled());
    // The checks inline: a name taken already.
    type("name", u"github-main"_s);
    auto *problems = edit->findChild<QLabel *>(u"problems"_s);
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"github-main"_s), qPrintable(problems->text()));
    QVERIFY(!review->isEnabled());
    type("name", u"gh-production"_s);
    QVERIFY(!problems->isVisible());
    review->click();

    approveReview(dialog, u"PUT"_s, Uami + u"/federatedIdentityCredentials/gh-production"_s);
    const auto *f = inSandbox(Uami, u"gh-production"_s);
    QVERIFY(f);
    QCOMPARE(f->subject, u"repo:contoso/orders:environment:production"_s);
    QCOMPARE(f->issuer, u"https://token.actions.githubusercontent.com"_s);
    QCOMPARE(f->audiences, QStringList{u"api://AzureADTokenExchange"_s});
    QCOMPARE(dialog->credentials().size(), 3);
    QVERIFY(dialog->outcome().contains(u"gh-production"_s));
    // The audit record, in the plan job's words.
    const QList<ie::AuditRecord> records = m_session->auditLog()->currentRecords();
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.last().action, u"add-federated-credential"_s);
    QCOMPARE(records.last().result, u"added"_s);
    QCOMPARE(records.last().principal, u"sandbox admin app"_s);
}

void TestFederation::editAndRemove()
{
    ie::ui::FederationDialog *dialog = openForUami(false);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(u"credentials"_s);
    QCOMPARE(list->topLevelItem(0)->text(0), u"github-main"_s);
    list->setCurrentItem(list->topLevelItem(0));
    dialog->findChild<QPushButton *>(u"edit"_s)->click();
    ie::ui::FicEditDialog *edit = nullptr;
    QTRY_VERIFY((edit = dialog->findChild<ie::ui::FicEditDialog *>()) && edit->isVisible());
    auto *subject = edit->findChild<QLineEdit *>(u"subject"_s);
    QCOMPARE(subject->text(), u"repo:contoso/orders:ref:refs/heads/main"_s);
    QVERIFY(edit->findChild<QLineEdit *>(u"name"_s)->isReadOnly());
    subject->clear();
    QTest::keyClicks(subject, u"repo:contoso/orders:ref:refs/heads/release"_s);
    QVERIFY(edit->problems().isEmpty());
    edit->findChild<QPushButton *>(u"review"_s)->click();
    approveReview(dialog, u"PUT"_s, Uami + u"/federatedIdentityCredentials/github-main"_s);
    QCOMPARE(inSandbox(Uami, u"github-main"_s)->subject,
             u"repo:contoso/orders:ref:refs/heads/release"_s);

    const int before = countInSandbox(Uami);
    list->setCurrentItem(list->findItems(u"aks-orders"_s, Qt::MatchExactly).value(0));
    dialog->findChild<QPushButton *>(u"remove"_s)->click();
    approveReview(dialog, u"DELETE"_s, Uami + u"/federatedIdentityCredentials/aks-orders"_s);
    QVERIFY(!inSandbox(Uami, u"aks-orders"_s));
    QCOMPARE(countInSandbox(Uami), before - 1);
    QCOMPARE(m_session->auditLog()->currentRecords().last().action,
             u"remove-federated-credential"_s);
}

void TestFederation::doctorOnAMismatchedTokenAndFix()
{
    ie::ui::FederationDialog *dialog = openForUami(true);
    QVERIFY(dialog);
    auto *presented = dialog->findChild<QPlainTextEdit *>(u"presented"_s);
    QVERIFY(presented->isVisible()); // opened on the doctor
    auto *fix = dialog->findChild<QPushButton *>(u"fix"_s);
    QVERIFY(!fix->isEnabled());
    // A GitHub job in an environment, against a credential for the branch; the issuer with a
    // trailing slash.
    presented->setPlainText(QString::fromLatin1(fakeJwt(
            {{"iss"_L1, "https://token.actions.githubusercontent.com/"_L1},
             {"sub"_L1, "repo:contoso/orders:environment:production"_L1},
             {"aud"_L1, "api://AzureADTokenExchange"_L1},
             {"exp"_L1, QDateTime::currentSecsSinceEpoch() + 600}})));
    const ie::federation::Diagnosis &d = dialog->diagnosis();
    QCOMPARE(d.credentials.size(), 2);
    const CredentialDiagnosis &closest = d.credentials.first();
    QCOMPARE(closest.credential.name, u"github-main"_s);
    QCOMPARE(closest.checks.at(0).difference, Difference::TrailingSlash);
    QCOMPARE(closest.checks.at(1).difference, Difference::EnvironmentVsRef);
    QCOMPARE(closest.checks.at(2).difference, Difference::Same);
    const QString report = dialog->findChild<QTextBrowser *>(u"report"_s)->toPlainText();
    QVERIFY2(report.contains(differenceName(Difference::EnvironmentVsRef)), qPrintable(report));
    QVERIFY(report.contains(differenceName(Difference::TrailingSlash)));
    QVERIFY(fix->isEnabled());
    QVERIFY(!d.plan.isEmpty());
    const FicChange planned = d.plan.first();
    const int before = countInSandbox(Uami);
    fix->click();
    approveReview(dialog, QString::fromLatin1(planned.method()),
                  planned.target.armId + u"/federatedIdentityCredentials/"_s
                          + planned.credential.name);
    // The sandbox now has a credential for exactly what the workload presents, and the doctor,
    // with the list read again, finds it.
    bool found = false;
    for (const auto &f : m_sandbox->server().state().federatedCredentials)
        found = found
                || (f.parentId.compare(Uami, Qt::CaseInsensitive) == 0
                    && f.issuer == "https://token.actions.githubusercontent.com/"_L1
                    && f.subject == "repo:contoso/orders:environment:production"_L1);
    QVERIFY(found || countInSandbox(Uami) == before);
    QVERIFY(found);
    QTRY_VERIFY(!dialog->diagnosis().credentials.isEmpty()
                && dialog->diagnosis().credentials.first().matches());
    QVERIFY(!fix->isEnabled());
}

void TestFederation::appRegistration()
{
    FicTarget t;
    t.host = FicHost::Application;
    t.appId = OrdersApi;
    t.displayName = u"Contoso Orders API"_s;
    ie::ui::FederationDialog *dialog = m_session->openFederation(t, false);
    QSignalSpy loaded(dialog, &ie::ui::FederationDialog::loaded);
    QVERIFY(loaded.wait(10000));
    const int before = countInSandbox(OrdersApi);
    QCOMPARE(int(dialog->credentials().size()), before);
    dialog->findChild<QPushButton *>(u"add"_s)->click();
    ie::ui::FicEditDialog *edit = nullptr;
    QTRY_VERIFY((edit = dialog->findChild<ie::ui::FicEditDialog *>()) && edit->isVisible());
    edit->setPreset(Preset::Kubernetes);
    QTest::keyClicks(edit->findChild<QLineEdit *>(u"name"_s), u"aks-worker"_s);
    QTest::keyClicks(edit->findChild<QLineEdit *>(u"issuer"_s), u"https://oidc.example/cluster"_s);
    QTest::keyClicks(edit->findChild<QLineEdit *>(u"scope"_s), u"orders"_s);
    QTest::keyClicks(edit->findChild<QLineEdit *>(u"value"_s), u"worker"_s);
    QVERIFY(edit->findChild<QLineEdit *>(u"description"_s)->isVisible()); // Graph only
    QVERIFY2(edit->problems().isEmpty(), qPrintable(edit->problems().join(u'\n')));
    edit->findChild<QPushButton *>(u"review"_s)->click();
    approveReview(dialog, u"POST"_s,
                  u"/v1.0/applications(appId='%1')/federatedIdentityCredentials"_s.arg(OrdersApi));
    const auto *f = inSandbox(OrdersApi, u"aks-worker"_s);
    QVERIFY(f);
    QCOMPARE(f->subject, u"system:serviceaccount:orders:worker"_s);
    QCOMPARE(countInSandbox(OrdersApi), before + 1);
}

void TestFederation::unclipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("which");
    for (const QString &language : {u"en"_s, u"de"_s}) {
        for (const QString &which : {u"list"_s, u"doctor"_s, u"github"_s, u"kubernetes"_s,
                                     u"terraform"_s, u"other"_s})
            QTest::addRow("%s %s", qPrintable(language), qPrintable(which)) << language << which;
    }
}

void TestFederation::unclipped()
{
    QFETCH(QString, language);
    QFETCH(QString, which);
    ie::installTranslators(*qApp, language);
    auto removeTranslators = qScopeGuard([] {
        for (QTranslator *t : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    });
    QWidget *shown = nullptr;
    std::unique_ptr<ie::ui::FederationDialog> dialog;
    std::unique_ptr<ie::ui::FicEditDialog> edit;
    FicTarget t;
    t.armId = Uami;
    t.displayName = u"id-orders-shared"_s;
    if (which == "list"_L1 || which == "doctor"_L1) {
        dialog = std::make_unique<ie::ui::FederationDialog>(m_session->client(), nullptr, t);
        QSignalSpy loaded(dialog.get(), &ie::ui::FederationDialog::loaded);
        QVERIFY(loaded.wait(10000));
        if (which == "doctor"_L1) {
            dialog->showDoctor();
            dialog->findChild<QPlainTextEdit *>(u"presented"_s)
                    ->setPlainText(u"AADSTS700213: No matching federated identity record found "
                                   "for presented assertion subject "
                                   "'repo:contoso/orders:environment:production'."_s);
        }
        shown = dialog.get();
    } else {
        edit = std::make_unique<ie::ui::FicEditDialog>(FicHost::ManagedIdentity,
                                                       QList<FicCredential>{}, std::nullopt);
        edit->setPreset(which == "github"_L1 ? Preset::GitHubBranch
                                : which == "kubernetes"_L1 ? Preset::Kubernetes
                                : which == "terraform"_L1 ? Preset::TerraformCloud
                                                          : Preset::Other);
        shown = edit.get();
    }
    ie::test::showAtSize(shown);
    ie::test::saveShot(shown, u"federation-%1-%2"_s.arg(which, language));
    const QList<ie::test::Clipping> clipped = ie::test::findClippings(shown);
    QVERIFY2(clipped.isEmpty(), qPrintable(u"\n"_s + ie::test::describe(clipped)));
}

QTEST_MAIN(TestFederation)
#include "tst_federation.moc"
