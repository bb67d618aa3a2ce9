#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace ie::auth {

// Secrets (client secrets, refresh tokens) in the OS keychain through QtKeychain, and nowhere
// else: insecure fallback to a plain file is off, so a missing Secret Service, a locked keyring
// or a denied access is reported (Kind::Keychain) instead of silently writing a file. Keys are
// "<purpose>/<account>", e.g. "client-secret/<tenant>/<client id>". All calls are asynchronous;
// each callback runs once on this object's thread unless `context` is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    explicit SecretStore(QString service = QStringLiteral("identity-explorer"),
                         QObject *parent = nullptr);

    static QString clientSecretKey(const QString &tenantId, const QString &clientId);
    // "certificate-password/<tenant>/<client id>": a client certificate file's password.
    static QString certificatePasswordKey(const QString &tenantId, const QString &clientId);
    // "refresh-token/<cloud>/<tenant>/<client id>": the interactive browser sign-in's.
    static QString refreshTokenKey(const QString &cloudName, const QString &tenantId,
                                   const QString &clientId);

    void write(const QString &key, const QString &secret, QObject *context,
               std::function<void(VoidResult)> done);
    // Fails with Kind::NotFound when there is no such entry.
    void read(const QString &key, QObject *context, std::function<void(Result<QString>)> done);
    // Deleting an entry that does not exist succeeds.
    void remove(const QString &key, QObject *context, std::function<void(VoidResult)> done);

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace ie::auth
