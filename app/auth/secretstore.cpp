#include "auth/secretstore.h"

#include "auth/logging.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ie::auth {

namespace {

ApiError keychainError(QKeychain::Error error, const QString &detail, const QString &key)
{
    QString what;
    switch (error) {
    case QKeychain::NoBackendAvailable:
        what = QCoreApplication::translate("ie::auth::SecretStore",
                                           "No keychain is available (no Secret Service such as "
                                           "GNOME Keyring or KWallet is running). Start one, or "
                                           "sign in another way: secrets are never stored in a "
                                           "plain file.");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        what = QCoreApplication::translate("ie::auth::SecretStore",
                                           "The keychain denied access (it may be locked). Unlock "
                                           "it and try again.");
        break;
    case QKeychain::EntryNotFound:
        what = QCoreApplication::translate("ie::auth::SecretStore",
                                           "The keychain holds no secret for %1.")
                       .arg(key);
        break;
    case QKeychain::NotImplemented:
        what = QCoreApplication::translate("ie::auth::SecretStore",
                                           "This keychain cannot store secrets.");
        break;
    default:
        what = QCoreApplication::translate("ie::auth::SecretStore", "The keychain failed.");
        break;
    }
    ApiError e = ApiError::make(error == QKeychain::EntryNotFound ? ApiError::Kind::NotFound
                                                                  : ApiError::Kind::Keychain,
                                detail.isEmpty() ? what : what + u" ("_s + detail + u')');
    e.service = u"keychain"_s;
    return e;
}

template<typename Job>
Job *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a secret never lands in a plain file
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{ }

QString SecretStore::clientSecretKey(const QString &tenantId, const QString &clientId)
{
    return u"client-secret/%1/%2"_s.arg(tenantId.toLower(), clientId.toLower());
}

QString SecretStore::certificatePasswordKey(const QString &tenantId, const QString &clientId)
{
    return u"certificate-password/%1/%2"_s.arg(tenantId.toLower(), clientId.toLower());
}

QString SecretStore::refreshTokenKey(const QString &cloudName, const QString &tenantId,
                                     const QString &clientId)
{
    return u"refresh-token/%1/%2/%3"_s.arg(cloudName.toLower(), tenantId.toLower(),
                                           clientId.toLower());
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context,
                        std::function<void(VoidResult)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [done, guard, hasContext, key](QKeychain::Job *j) {
                if (hasContext && !guard)
                    return;
                if (j->error() != QKeychain::NoError) {
                    qCWarning(lcAuth) << "keychain write failed for" << key << j->errorString();
                    done(keychainError(j->error(), j->errorString(), key));
                    return;
                }
                done(Done{});
            });
    job->start();
}

void SecretStore::read(const QString &key, QObject *context,
                       std::function<void(Result<QString>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [done, guard, hasContext, key](QKeychain::Job *j) {
                if (hasContext && !guard)
                    return;
                if (j->error() != QKeychain::NoError) {
                    done(keychainError(j->error(), j->errorString(), key));
                    return;
                }
                done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
            });
    job->start();
}

void SecretStore::remove(const QString &key, QObject *context, std::function<void(VoidResult)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [done, guard, hasContext, key](QKeychain::Job *j) {
                if (hasContext && !guard)
                    return;
                if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
                    done(keychainError(j->error(), j->errorString(), key));
                    return;
                }
                done(Done{});
            });
    job->start();
}

} // namespace ie::auth
