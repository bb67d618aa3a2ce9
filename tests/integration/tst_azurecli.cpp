// The Azure CLI credential against a stand-in `az` on PATH that prints each output shape real az
// versions print, and each of their errors.

#include "auth/azureclicredential.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::auth::AzureCliCredential;
using ie::net::AccessToken;

namespace {

// The stand-in: records its arguments, then prints $AZ_STDOUT / $AZ_STDERR and exits $AZ_EXIT.
const char *Script = R"(#!/bin/sh
printf '%s\n' "$@" > "$AZ_ARGS_FILE"
[ -n "$AZ_STDOUT" ] && printf '%s\n' "$AZ_STDOUT"
[ -n "$AZ_STDERR" ] && printf '%s\n' "$AZ_STDERR" >&2
exit ${AZ_EXIT:-0}
)";

ie::Result<AccessToken> acquire(AzureCliCredential &c, const QString &tenant = {})
{
    std::optional<ie::Result<AccessToken>> out;
    c.requestToken({u"https://management.azure.com/"_s, tenant, {}, false},
                   [&out](ie::Result<AccessToken> t) { out = t; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return ApiError::make(ApiError::Kind::Timeout, u"no answer"_s);
    return *out;
}

} // namespace

class TestAzureCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void outputShapes_data();
    void outputShapes();
    void errors_data();
    void errors();
    void missingAz();
    void argumentsAreChecked();

private:
    AzureCliCredential::Options options(const QString &out, const QString &err, int exitCode) const;
    QTemporaryDir m_dir;
};

void TestAzureCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile f(m_dir.filePath(u"az"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Script);
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                             | QFileDevice::ExeOwner));
}

AzureCliCredential::Options TestAzureCli::options(const QString &out, const QString &err,
                                                  int exitCode) const
{
    AzureCliCredential::Options o;
    o.environment = QProcessEnvironment::systemEnvironment();
    o.environment.insert(u"PATH"_s, m_dir.path() + u":/usr/bin:/bin"_s);
    o.environment.insert(u"AZ_STDOUT"_s, out);
    o.environment.insert(u"AZ_STDERR"_s, err);
    o.environment.insert(u"AZ_EXIT"_s, QString::number(exitCode));
    o.environment.insert(u"AZ_ARGS_FILE"_s, m_dir.filePath(u"args"_s));
    return o;
}

void TestAzureCli::outputShapes_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QDateTime>("expires");
    QTest::addColumn<QString>("tenant");
    const QDateTime local = QDateTime(QDate(2026, 12, 1), QTime(22, 39, 29), Qt::LocalTime);
    // az < 2.54: expiresOn in local time, microseconds.
    QTest::newRow("expiresOn-local")
            << uR"({"accessToken":"eyJ0.eyJ0.sig","expiresOn":"2026-12-01 22:39:29.000000","subscription":"s","tenant":"t1","tokenType":"Bearer"})"_s
            << local.toUTC() << u"t1"_s;
    // az >= 2.54: expires_on epoch as well (it wins).
    QTest::newRow("expires_on-epoch")
            << uR"({"accessToken":"eyJ0.eyJ0.sig","expiresOn":"2026-12-01 22:39:29.000000","expires_on":1795000000,"subscription":"s","tenant":"t2","tokenType":"Bearer"})"_s
            << QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC) << u"t2"_s;
    // Some builds: seconds only, no tenant.
    QTest::newRow("no-fraction-no-tenant")
            << uR"({"accessToken":"eyJ0.eyJ0.sig","expiresOn":"2026-12-01 22:39:29","tokenType":"Bearer"})"_s
            << local.toUTC() << QString();
}

void TestAzureCli::outputShapes()
{
    QFETCH(QString, json);
    AzureCliCredential c(options(json, u"WARNING: a warning az prints"_s, 0));
    const auto t = acquire(c);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().summary()));
    QCOMPARE(t->token, QByteArray("eyJ0.eyJ0.sig"));
    QTEST(t->expiresOn, "expires");
    QTEST(t->tenantId, "tenant");
    QCOMPARE(t->credential, u"cli"_s);
    QFile args(m_dir.filePath(u"args"_s));
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(args.readAll()).split(u'\n', Qt::SkipEmptyParts),
             (QStringList{u"account"_s, u"get-access-token"_s, u"--output"_s, u"json"_s,
                          u"--resource"_s, u"https://management.azure.com/"_s}));
}

void TestAzureCli::errors_data()
{
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    QTest::addColumn<int>("exit");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("not-logged-in")
            << QString() << u"ERROR: Please run 'az login' to setup account."_s << 1
            << int(ApiError::Kind::Unsupported) << u"Run 'az login'"_s;
    QTest::newRow("tenant-needs-login")
            << QString()
            << u"ERROR: AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '797f4846-ba00-4fd7-ba43-dac1f8f63013'.\nInteractive authentication is needed. Please run:\naz login --scope https://management.core.windows.net//.default"_s
            << 1 << int(ApiError::Kind::Auth) << u"az login --tenant contoso.onmicrosoft.com"_s;
    QTest::newRow("refresh-token-expired")
            << QString()
            << u"ERROR: AADSTS700082: The refresh token has expired due to inactivity.\nTo re-authenticate, please run:\naz login"_s
            << 1 << int(ApiError::Kind::Auth)
            << u"sign in to tenant contoso.onmicrosoft.com again"_s;
    QTest::newRow("other")
            << QString()
            << u"WARNING: something\nERROR: (InvalidResource) The resource is not valid."_s << 1
            << int(ApiError::Kind::Auth)
            << u"The Azure CLI failed: (InvalidResource) The resource is not valid."_s;
    QTest::newRow("silent") << QString() << QString() << 3 << int(ApiError::Kind::Auth)
                            << u"exit code 3"_s;
    QTest::newRow("garbage-output")
            << u"not json"_s << QString() << 0 << int(ApiError::Kind::Parse) << u"az upgrade"_s;
}

void TestAzureCli::errors()
{
    QFETCH(QString, out);
    QFETCH(QString, err);
    QFETCH(int, exit);
    AzureCliCredential c(options(out, err, exit));
    const auto t = acquire(c, u"contoso.onmicrosoft.com"_s);
    QVERIFY(!t.ok());
    QTEST(int(t.error().kind), "kind");
    QFETCH(QString, message);
    QVERIFY2(t.error().message.contains(message), qPrintable(t.error().message));
    QFile args(m_dir.filePath(u"args"_s));
    QVERIFY(args.open(QIODevice::ReadOnly));
    QVERIFY(args.readAll().contains("--tenant\ncontoso.onmicrosoft.com"));
}

void TestAzureCli::missingAz()
{
    AzureCliCredential::Options o;
    o.environment.insert(u"PATH"_s, m_dir.filePath(u"nothing-here"_s));
    AzureCliCredential c(o);
    const auto t = acquire(c);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().kind, ApiError::Kind::Unsupported);
    QVERIFY(t.error().message.contains(u"not installed"_s));
}

void TestAzureCli::argumentsAreChecked()
{
    AzureCliCredential c(options({}, {}, 0));
    const auto t = acquire(c, u"x; rm -rf /"_s);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().kind, ApiError::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestAzureCli)
#include "tst_azurecli.moc"
