#pragma once

#include "auth/credential.h"

#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>

#include <chrono>

namespace ie::auth {

// The Azure CLI's sign-in: `az account get-access-token --output json --resource R [--tenant T]`
// through QProcess, asynchronously. Every output shape `az` versions print is accepted (expiresOn
// as local time text; expires_on as an epoch since 2.54), and its failures become messages a
// person can act on: `az` not installed (Kind::Unsupported), not logged in (Kind::Unsupported,
// "run az login"), a tenant that needs `az login --tenant T` again, anything else as the first
// line of its stderr.
class AzureCliCredential : public Credential
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AzureCliCredential)
public:
    struct Options
    {
        QString tenantId; // empty: the CLI's current tenant
        QString program = QStringLiteral("az"); // looked up on the environment's PATH
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        std::chrono::milliseconds timeout{30000};
    };

    explicit AzureCliCredential(Options options, QObject *parent = nullptr);
    ~AzureCliCredential() override;

    QString name() const override { return QStringLiteral("cli"); }
    QString displayName() const override { return tr("Azure CLI"); }
    QString tenantId() const override { return m_options.tenantId; }
    void requestToken(const ie::net::TokenRequest &request, Callback done) override;
    void cancel() override;

    // `az account get-access-token` output to a token; `now` and the local time zone interpret
    // the older expiresOn text.
    static Result<ie::net::AccessToken> parseOutput(const QByteArray &stdoutJson,
                                                    const QString &audience);
    // A failed run's stderr (and exit code) to the error it means.
    static ApiError errorFromStderr(const QByteArray &stderrText, int exitCode,
                                    const QString &tenant);

private:
    Options m_options;
    QList<QPointer<QProcess>> m_running;
};

} // namespace ie::auth
