#include "auth/azureclicredential.h"

#include "auth/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ie::auth {

namespace {

bool safeArgument(const QString &s)
{
    // What the SDKs allow in a tenant or resource handed to az.
    static const QRegularExpression re(u"^[A-Za-z0-9_.:/\\-]+$"_s);
    return re.match(s).hasMatch();
}

} // namespace

AzureCliCredential::AzureCliCredential(Options options, QObject *parent)
    : Credential(parent), m_options(std::move(options))
{ }

AzureCliCredential::~AzureCliCredential()
{
    for (const QPointer<QProcess> &p : std::as_const(m_running)) {
        if (p)
            p->disconnect(this); // no callback into a half-destroyed credential; ~QProcess kills it
    }
}

void AzureCliCredential::cancel()
{
    for (const QPointer<QProcess> &p : std::as_const(m_running)) {
        if (p)
            p->kill(); // finished() then reports Cancelled
    }
}

void AzureCliCredential::requestToken(const ie::net::TokenRequest &request, Callback done)
{
    const QString resource = resourceForScope(request.audience);
    const QString tenant = request.tenantId.isEmpty() ? m_options.tenantId : request.tenantId;
    if (!safeArgument(resource) || (!tenant.isEmpty() && !safeArgument(tenant))) {
        done(ApiError::make(
                ApiError::Kind::InvalidInput,
                tr("The resource or tenant contains characters the Azure CLI is not "
                   "given: %1")
                        .arg(tenant.isEmpty() ? resource : resource + u", "_s + tenant)));
        return;
    }
    const QString path = m_options.environment.value(u"PATH"_s);
    const QString program = QStandardPaths::findExecutable(m_options.program,
                                                           path.split(u':', Qt::SkipEmptyParts));
    if (program.isEmpty()) {
        done(ApiError::make(ApiError::Kind::Unsupported,
                            tr("The Azure CLI (az) is not installed or not on PATH. Install it "
                               "and run 'az login', or choose another way to sign in.")));
        return;
    }
    QStringList args{u"account"_s, u"get-access-token"_s, u"--output"_s,
                     u"json"_s,    u"--resource"_s,       resource};
    if (!tenant.isEmpty())
        args << u"--tenant"_s << tenant;

    auto *process = new QProcess(this);
    process->setProcessEnvironment(m_options.environment);
    process->setProgram(program);
    process->setArguments(args);
    m_running.append(process);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, process, [process, timedOut] {
        *timedOut = true;
        process->kill();
    });
    auto finish = [this, process, done, resource, tenant, timedOut](int exitCode,
                                                                    QProcess::ExitStatus status) {
        m_running.removeAll(process);
        process->deleteLater();
        const QByteArray out = process->readAllStandardOutput();
        const QByteArray err = process->readAllStandardError();
        if (*timedOut) {
            done(ApiError::make(ApiError::Kind::Timeout,
                                tr("The Azure CLI did not answer within %n second(s).", nullptr,
                                   int(m_options.timeout.count() / 1000))));
            return;
        }
        if (status != QProcess::NormalExit) {
            done(ApiError::make(ApiError::Kind::Cancelled, tr("The Azure CLI was stopped.")));
            return;
        }
        if (exitCode != 0) {
            done(errorFromStderr(err, exitCode, tenant));
            return;
        }
        Result<ie::net::AccessToken> t = parseOutput(out, resource);
        if (t.ok() && t->tenantId.isEmpty())
            t->tenantId = tenant;
        done(std::move(t));
    };
    connect(process, &QProcess::finished, this, finish);
    connect(process, &QProcess::errorOccurred, this,
            [this, process, done](QProcess::ProcessError e) {
                if (e != QProcess::FailedToStart)
                    return; // finished() follows for the others
                m_running.removeAll(process);
                process->deleteLater();
                done(ApiError::make(
                        ApiError::Kind::Unsupported,
                        tr("The Azure CLI could not be started: %1").arg(process->errorString())));
            });
    qCDebug(lcAuth) << "running" << program << args;
    timer->start(m_options.timeout);
    process->start();
}

Result<ie::net::AccessToken> AzureCliCredential::parseOutput(const QByteArray &json,
                                                             const QString &audience)
{
    QJsonParseError pe{};
    const QJsonObject o = QJsonDocument::fromJson(json, &pe).object();
    ie::net::AccessToken t;
    t.token = o.value("accessToken"_L1).toString().toLatin1();
    t.audience = audience;
    t.credential = u"cli"_s;
    t.tenantId = o.value("tenant"_L1).toString();
    // expires_on (epoch, az >= 2.54) is exact; expiresOn is the local time, without a zone.
    const QJsonValue epoch = o.value("expires_on"_L1);
    if (epoch.isDouble())
        t.expiresOn = QDateTime::fromSecsSinceEpoch(qint64(epoch.toDouble()), Qt::UTC);
    else if (epoch.isString() && !epoch.toString().isEmpty())
        t.expiresOn = QDateTime::fromSecsSinceEpoch(epoch.toString().toLongLong(), Qt::UTC);
    if (!t.expiresOn.isValid() || t.expiresOn.toSecsSinceEpoch() <= 0) {
        QString text = o.value("expiresOn"_L1).toString().trimmed();
        QDateTime local = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss.zzzzzz"_s);
        if (!local.isValid())
            local = QDateTime::fromString(text.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
        if (!local.isValid())
            local = QDateTime::fromString(text, Qt::ISODate);
        t.expiresOn = local.toUTC();
    }
    if (t.token.isEmpty() || !t.expiresOn.isValid()) {
        return ApiError::make(ApiError::Kind::Parse,
                              tr("The Azure CLI printed no access token with an expiry: is it a "
                                 "very old version? Run 'az upgrade'."));
    }
    if (t.tenantId.isEmpty())
        t.tenantId = unverifiedClaims(t.token).value("tid"_L1).toString();
    return t;
}

ApiError AzureCliCredential::errorFromStderr(const QByteArray &stderrText, int exitCode,
                                             const QString &tenant)
{
    const QString err = QString::fromUtf8(stderrText);
    ApiError e;
    e.kind = ApiError::Kind::Auth;
    e.service = u"cli"_s;
    if (err.contains("az login"_L1)
        && (err.contains("Please run"_L1) || err.contains("not logged in"_L1, Qt::CaseInsensitive))
        && !err.contains("AADSTS"_L1)) {
        e.kind = ApiError::Kind::Unsupported;
        e.code = u"not_logged_in"_s;
        e.message = tr("The Azure CLI is not logged in. Run 'az login' and try again.");
        return e;
    }
    static const QRegularExpression aadsts(u"AADSTS(\\d+)"_s);
    const QRegularExpressionMatch m = aadsts.match(err);
    const bool needsLogin = err.contains("az login --tenant"_L1) || err.contains("--scope"_L1)
            || err.contains("Interactive authentication is needed"_L1)
            || (m.hasMatch()
                && QStringList{u"50076"_s, u"50079"_s, u"50078"_s, u"70043"_s, u"700082"_s,
                               u"50173"_s, u"50158"_s, u"53003"_s}
                           .contains(m.captured(1)));
    if (m.hasMatch())
        e.code = u"AADSTS"_s + m.captured(1);
    if (needsLogin) {
        e.message = tenant.isEmpty()
                ? tr("The Azure CLI needs you to sign in again. Run 'az login' and try again.")
                : tr("The Azure CLI needs you to sign in to tenant %1 again. Run 'az login "
                     "--tenant %1' and try again.")
                          .arg(tenant);
        return e;
    }
    // The first line that says something, without az's "ERROR: " prefix.
    QString line;
    for (QString l : err.split(u'\n', Qt::SkipEmptyParts)) {
        l = l.trimmed();
        if (l.startsWith("ERROR:"_L1))
            l = l.mid(6).trimmed();
        if (!l.isEmpty() && !l.startsWith("WARNING:"_L1)) {
            line = l;
            break;
        }
    }
    if (line.size() > 300)
        line = line.left(300) + u"..."_s;
    e.message = line.isEmpty()
            ? tr("The Azure CLI failed with exit code %1 and said nothing.").arg(exitCode)
            : tr("The Azure CLI failed: %1").arg(line);
    return e;
}

} // namespace ie::auth
