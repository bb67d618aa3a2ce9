// The federation doctor: what a workload presented (its token or Entra's AADSTS text) against
// every federated credential of the identity, which claim differs and how, and the fix.

#include "federation/ficdoctor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::federation;

Q_DECLARE_METATYPE(ie::federation::Difference)
Q_DECLARE_METATYPE(ie::federation::FicChange::Action)

namespace {

QString jwt(const QJsonObject &claims)
{
    const auto b64 = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(
                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(b64({{"alg"_L1, "RS256"_L1}}) + '.' + b64(claims) + ".c2ln");
}

const QString Gh = u"https://token.actions.githubusercontent.com"_s;
const QString Aks = u"https://westeurope.oic.prod-aks.azure.com/tenant/cluster/"_s;
const QString Aud = u"api://AzureADTokenExchange"_s;

FicTarget target()
{
    FicTarget t;
    t.armId = u"/subscriptions/s1/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-orders"_s;
    t.displayName = u"id-orders"_s;
    return t;
}

} // namespace

class TestFicDoctor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseToken();
    void parseErrorText_data();
    void parseErrorText();
    void rejectsOtherText();
    void diagnosis_data();
    void diagnosis();
    void everyCredentialIsListedClosestFirst();
    void matchingCredentialHasNoPlan();
    void wrongAudienceIsTheWorkloads();
    void expiredTokenIsNoted();
    void partialErrorTextAsksForTheToken();
    void limitIsNoted();
    void noCredentialsAddsOne();
};

void TestFicDoctor::parseToken()
{
    PresentedAssertion p;
    QString error;
    QVERIFY(parsePresented(jwt({{"iss"_L1, Gh},
                                {"sub"_L1, "repo:contoso/orders:environment:Production"_L1},
                                {"aud"_L1, QJsonArray{Aud, "other"_L1}},
                                {"exp"_L1, 1700000000}}),
                           &p, &error));
    QVERIFY(p.fromToken);
    QCOMPARE(p.issuer, Gh);
    QCOMPARE(p.subject, u"repo:contoso/orders:environment:Production"_s);
    QCOMPARE(p.audiences, (QStringList{Aud, u"other"_s}));
    QCOMPARE(p.expires.toSecsSinceEpoch(), 1700000000);
}

void TestFicDoctor::parseErrorText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("audience");
    QTest::newRow("70021")
            << u"Error: AADSTS70021: No matching federated identity record found for presented "
               "assertion. Assertion Issuer: 'https://token.actions.githubusercontent.com'. "
               "Assertion Subject: 'repo:jongio/x:ref:refs/heads/main'. Assertion Audience: "
               "'api://AzureADTokenExchange'.\r\nTrace ID: b0f6"_s
            << 70021 << Gh << u"repo:jongio/x:ref:refs/heads/main"_s << Aud;
    QTest::newRow("700213")
            << u"AADSTS700213: No matching federated identity record found for presented assertion "
               "subject 'repository_owner_id:6154722:repository_id:1157352866:pull_request'. Please "
               "check your federated identity credential Subject, Audience and Issuer"_s
            << 700213 << QString()
            << u"repository_owner_id:6154722:repository_id:1157352866:pull_request"_s << QString();
    QTest::newRow("700211")
            << u"AADSTS700211: No matching federated identity record found for presented assertion "
               "issuer 'https://app.vstoken.visualstudio.com'."_s
            << 700211 << u"https://app.vstoken.visualstudio.com"_s << QString() << QString();
    QTest::newRow("700212")
            << u"AADSTS700212: No matching federated identity record found for presented assertion "
               "audience 'api://AzureADTokenExchange/'."_s
            << 700212 << QString() << QString() << u"api://AzureADTokenExchange/"_s;
}

void TestFicDoctor::parseErrorText()
{
    QFETCH(QString, text);
    PresentedAssertion p;
    QString error;
    QVERIFY2(parsePresented(text, &p, &error), qPrintable(error));
    QVERIFY(!p.fromToken);
    QTEST(p.aadsts, "code");
    QTEST(p.issuer, "issuer");
    QTEST(p.subject, "subject");
    QFETCH(QString, audience);
    QCOMPARE(p.audiences, audience.isEmpty() ? QStringList() : QStringList{audience});
}

void TestFicDoctor::rejectsOtherText()
{
    PresentedAssertion p;
    QString error;
    QVERIFY(!parsePresented(u"hello world"_s, &p, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!parsePresented(u"a.b.c"_s, &p, &error));
}

void TestFicDoctor::diagnosis_data()
{
    QTest::addColumn<QString>("credIssuer");
    QTest::addColumn<QString>("credSubject");
    QTest::addColumn<QString>("credAudience");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<Difference>("issuerDiff");
    QTest::addColumn<Difference>("subjectDiff");
    QTest::addColumn<Difference>("audienceDiff");
    QTest::addColumn<FicChange::Action>("fix");
    QTest::addColumn<QString>("fixedSubject");

    const QString main = u"repo:contoso/orders:ref:refs/heads/main"_s;
    QTest::newRow("issuer trailing slash")
            << Gh + u'/' << main << Aud << Gh << main << Aud << Difference::TrailingSlash
            << Difference::Same << Difference::Same << FicChange::Action::Update << main;
    QTest::newRow("aks issuer without slash")
            << Aks.chopped(1) << u"system:serviceaccount:orders:api"_s << Aud << Aks
            << u"system:serviceaccount:orders:api"_s << Aud << Difference::TrailingSlash
            << Difference::Same << Difference::Same << FicChange::Action::Update
            << u"system:serviceaccount:orders:api"_s;
    QTest::newRow("subject case")
            << Gh << u"repo:Contoso/Orders:ref:refs/heads/main"_s << Aud << Gh << main << Aud
            << Difference::Same << Difference::CaseOnly << Difference::Same
            << FicChange::Action::Update << main;
    QTest::newRow("environment vs ref")
            << Gh << main << Aud << Gh << u"repo:contoso/orders:environment:Production"_s << Aud
            << Difference::Same << Difference::EnvironmentVsRef << Difference::Same
            << FicChange::Action::Add << u"repo:contoso/orders:environment:Production"_s;
    QTest::newRow("ref vs environment")
            << Gh << u"repo:contoso/orders:environment:Production"_s << Aud << Gh << main << Aud
            << Difference::Same << Difference::EnvironmentVsRef << Difference::Same
            << FicChange::Action::Add << main;
    QTest::newRow("immutable form presented")
            << Gh << main << Aud << Gh << u"repo:contoso@1234/orders@5678:ref:refs/heads/main"_s
            << Aud << Difference::Same << Difference::ImmutableForm << Difference::Same
            << FicChange::Action::Update << u"repo:contoso@1234/orders@5678:ref:refs/heads/main"_s;
    QTest::newRow("immutable form expected")
            << Gh << u"repo:contoso@1234/orders@5678:ref:refs/heads/main"_s << Aud << Gh << main
            << Aud << Difference::Same << Difference::ImmutableForm << Difference::Same
            << FicChange::Action::Update << main;
    QTest::newRow("tag vs branch")
            << Gh << main << Aud << Gh << u"repo:contoso/orders:ref:refs/tags/v1"_s << Aud
            << Difference::Same << Difference::EntityType << Difference::Same
            << FicChange::Action::Add << u"repo:contoso/orders:ref:refs/tags/v1"_s;
    QTest::newRow("pull request vs branch")
            << Gh << main << Aud << Gh << u"repo:contoso/orders:pull_request"_s << Aud
            << Difference::Same << Difference::EntityType << Difference::Same
            << FicChange::Action::Add << u"repo:contoso/orders:pull_request"_s;
    QTest::newRow("other branch")
            << Gh << main << Aud << Gh << u"repo:contoso/orders:ref:refs/heads/dev"_s << Aud
            << Difference::Same << Difference::Other << Difference::Same << FicChange::Action::Add
            << u"repo:contoso/orders:ref:refs/heads/dev"_s;
    QTest::newRow("k8s service account")
            << Aks << u"system:serviceaccount:orders:api"_s << Aud << Aks
            << u"system:serviceaccount:orders:worker"_s << Aud << Difference::Same
            << Difference::Other << Difference::Same << FicChange::Action::Add
            << u"system:serviceaccount:orders:worker"_s;
    QTest::newRow("github credential, k8s token")
            << Aks << main << Aud << Aks << u"system:serviceaccount:orders:api"_s << Aud
            << Difference::Same << Difference::EntityType << Difference::Same
            << FicChange::Action::Add << u"system:serviceaccount:orders:api"_s;
    QTest::newRow("audience slash")
            << Gh << main << Aud << Gh << main << Aud + u'/' << Difference::Same
            << Difference::Same << Difference::TrailingSlash << FicChange::Action::Update << main;
    QTest::newRow("audience other, other branch")
            << Gh << main << Aud << Gh << u"repo:contoso/orders:ref:refs/heads/dev"_s
            << u"https://github.com/contoso"_s << Difference::Same << Difference::Other
            << Difference::Other << FicChange::Action::Add
            << u"repo:contoso/orders:ref:refs/heads/dev"_s;
    QTest::newRow("issuer case")
            << u"https://Token.Actions.GitHubUserContent.com"_s << main << Aud << Gh << main << Aud
            << Difference::CaseOnly << Difference::Same << Difference::Same
            << FicChange::Action::Update << main;
}

void TestFicDoctor::diagnosis()
{
    QFETCH(QString, credIssuer);
    QFETCH(QString, credSubject);
    QFETCH(QString, credAudience);
    QFETCH(QString, issuer);
    QFETCH(QString, subject);
    QFETCH(QString, audience);
    const QList<FicCredential> creds{{u"cred"_s, credIssuer, credSubject, {credAudience}, {}, {}}};
    PresentedAssertion p;
    QString error;
    QVERIFY(parsePresented(jwt({{"iss"_L1, issuer}, {"sub"_L1, subject}, {"aud"_L1, audience}}), &p,
                           &error));
    const Diagnosis d = diagnose(p, target(), creds);
    QCOMPARE(d.credentials.size(), 1);
    const CredentialDiagnosis &c = d.credentials.first();
    QCOMPARE(c.checks.size(), 3);
    QTEST(c.checks[0].difference, "issuerDiff");
    QTEST(c.checks[1].difference, "subjectDiff");
    QTEST(c.checks[2].difference, "audienceDiff");
    QVERIFY(!c.matches());
    for (const FieldCheck &f : c.checks)
        QCOMPARE(f.explanation.isEmpty(), f.difference == Difference::Same);
    QCOMPARE(d.plan.size(), 1);
    QTEST(d.plan.first().action, "fix");
    QTEST(d.plan.first().credential.subject, "fixedSubject");
    QCOMPARE(d.plan.first().credential.issuer, issuer);
    // The fixed credential passes what the exchange checks.
    const FicCredential &fixed = d.plan.first().credential;
    QCOMPARE(fixed.issuer, issuer);
    if (d.plan.first().action == FicChange::Action::Update) {
        QCOMPARE(fixed.name, u"cred"_s);
        QVERIFY(fixed.audiences.contains(audience));
    } else {
        QVERIFY(fixed.name != u"cred"_s);
        QCOMPARE(fixed.audiences, QStringList{Aud});
        QVERIFY(validate(fixed, FicHost::ManagedIdentity, creds).isEmpty());
    }
    QVERIFY(diagnosisText(d).contains(u"cred"_s));
}

void TestFicDoctor::everyCredentialIsListedClosestFirst()
{
    const QList<FicCredential> creds{
            {u"aks"_s, Aks, u"system:serviceaccount:orders:api"_s, {Aud}, {}, {}},
            {u"gh-dev"_s, Gh, u"repo:contoso/orders:ref:refs/heads/dev"_s, {Aud}, {}, {}},
            {u"gh-main"_s, Gh + u'/', u"repo:contoso/orders:ref:refs/heads/main"_s, {Aud}, {}, {}}};
    PresentedAssertion p;
    p.issuer = Gh;
    p.subject = u"repo:contoso/orders:ref:refs/heads/main"_s;
    p.audiences = {Aud};
    const Diagnosis d = diagnose(p, target(), creds);
    QCOMPARE(d.credentials.size(), 3);
    QCOMPARE(d.credentials[0].credential.name, u"gh-main"_s);
    QCOMPARE(d.credentials[2].credential.name, u"aks"_s);
    QCOMPARE(d.plan.size(), 1);
    QCOMPARE(d.plan.first().action, FicChange::Action::Update);
    QCOMPARE(d.plan.first().credential.name, u"gh-main"_s);
    QCOMPARE(d.plan.first().credential.issuer, Gh);
}

void TestFicDoctor::matchingCredentialHasNoPlan()
{
    const QList<FicCredential> creds{{u"gh"_s, Gh, u"repo:a/b:pull_request"_s, {Aud}, {}, {}}};
    PresentedAssertion p{Gh, u"repo:a/b:pull_request"_s, {Aud}, {}, true, 0};
    const Diagnosis d = diagnose(p, target(), creds);
    QVERIFY(d.plan.isEmpty());
    QVERIFY(d.credentials.first().matches());
    QCOMPARE(d.notes.size(), 1);
    QVERIFY(d.notes.first().contains(u"gh"_s));
}

void TestFicDoctor::wrongAudienceIsTheWorkloads()
{
    const QList<FicCredential> creds{{u"gh"_s, Gh, u"repo:a/b:pull_request"_s, {Aud}, {}, {}}};
    PresentedAssertion p{Gh, u"repo:a/b:pull_request"_s, {u"https://github.com/a"_s}, {}, true, 0};
    const Diagnosis d = diagnose(p, target(), creds);
    QCOMPARE(d.credentials.first().checks[2].difference, Difference::Other);
    // Another credential with the same issuer and subject would be refused; the workload must ask
    // for the right audience.
    QVERIFY(d.plan.isEmpty());
    QCOMPARE(d.notes.size(), 1);
    QVERIFY(d.notes.first().contains(Aud));
}

void TestFicDoctor::expiredTokenIsNoted()
{
    const QList<FicCredential> creds{{u"gh"_s, Gh, u"repo:a/b:pull_request"_s, {Aud}, {}, {}}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PresentedAssertion p{Gh, u"repo:a/b:pull_request"_s, {Aud}, now.addSecs(-60), true, 0};
    const Diagnosis d = diagnose(p, target(), creds, now);
    QVERIFY(d.notes.first().contains(u"AADSTS700024"_s));
    p.expires = now.addSecs(60);
    QVERIFY(!diagnose(p, target(), creds, now).notes.first().contains(u"AADSTS700024"_s));
}

void TestFicDoctor::partialErrorTextAsksForTheToken()
{
    const QList<FicCredential> creds{{u"gh"_s, Gh, u"repo:a/b:pull_request"_s, {Aud}, {}, {}}};
    PresentedAssertion p;
    QString error;
    QVERIFY(parsePresented(u"AADSTS700211: No matching federated identity record found for "
                           "presented assertion issuer 'https://gitlab.com'."_s,
                           &p, &error));
    const Diagnosis d = diagnose(p, target(), creds);
    QCOMPARE(d.credentials.first().checks[0].difference, Difference::Other);
    QCOMPARE(d.credentials.first().checks[1].difference, Difference::Unknown);
    // An issuer alone, without a subject, cannot make a new credential.
    QVERIFY(d.plan.isEmpty());
    QVERIFY(!d.notes.isEmpty());

    // 700213 names the subject; the issuer matched, so a case slip is corrected in place.
    QVERIFY(parsePresented(u"AADSTS700213: No matching federated identity record found for "
                           "presented assertion subject 'repo:A/B:pull_request'."_s,
                           &p, &error));
    const Diagnosis s = diagnose(p, target(), creds);
    QCOMPARE(s.plan.size(), 1);
    QCOMPARE(s.plan.first().action, FicChange::Action::Update);
    QCOMPARE(s.plan.first().credential.issuer, Gh);
    QCOMPARE(s.plan.first().credential.subject, u"repo:A/B:pull_request"_s);

    // Another kind of subject: a new credential, with the issuer Entra matched.
    QVERIFY(parsePresented(u"AADSTS700213: No matching federated identity record found for "
                           "presented assertion subject 'repo:a/b:environment:prod'."_s,
                           &p, &error));
    const Diagnosis e = diagnose(p, target(), creds);
    QCOMPARE(e.plan.size(), 1);
    QCOMPARE(e.plan.first().action, FicChange::Action::Add);
    QCOMPARE(e.plan.first().credential.issuer, Gh);
    QCOMPARE(e.plan.first().credential.subject, u"repo:a/b:environment:prod"_s);
}

void TestFicDoctor::limitIsNoted()
{
    QList<FicCredential> creds;
    for (int i = 0; i < MaxCredentialsPerIdentity; ++i)
        creds.append({u"c%1x"_s.arg(i), Gh, u"repo:a/b:environment:e%1"_s.arg(i), {Aud}, {}, {}});
    PresentedAssertion p{Gh, u"repo:a/b:environment:other"_s, {Aud}, {}, true, 0};
    const Diagnosis d = diagnose(p, target(), creds);
    QCOMPARE(d.plan.size(), 1);
    QCOMPARE(d.plan.first().action, FicChange::Action::Add);
    QVERIFY(d.notes.join(u' ').contains(u"20"_s));
}

void TestFicDoctor::noCredentialsAddsOne()
{
    PresentedAssertion p{Aks, u"system:serviceaccount:ns:sa"_s, {Aud}, {}, true, 0};
    const Diagnosis d = diagnose(p, target(), {});
    QCOMPARE(d.plan.size(), 1);
    QCOMPARE(d.plan.first().action, FicChange::Action::Add);
    QCOMPARE(d.plan.first().credential.issuer, Aks);
    QCOMPARE(d.plan.first().credential.audiences, QStringList{Aud});
    QVERIFY(validate(d.plan.first().credential, FicHost::ManagedIdentity, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestFicDoctor)
#include "tst_ficdoctor.moc"
