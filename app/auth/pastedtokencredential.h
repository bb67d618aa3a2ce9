#pragma once

#include "auth/credential.h"

namespace ie::auth {

// A token the user pastes: used for its own audience (aud) until it expires (exp), never asked
// for any other. Nothing is sent anywhere to get it; it lives in memory only.
class PastedTokenCredential : public Credential
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PastedTokenCredential)
public:
    explicit PastedTokenCredential(QByteArray token, QObject *parent = nullptr);

    // Why the pasted text is not usable (not a JWT, expired, no aud), or empty.
    QString problem() const { return m_problem; }
    QString audience() const { return m_audience; }
    QDateTime expiresOn() const { return m_expiresOn; }

    QString name() const override { return QStringLiteral("pasted"); }
    QString displayName() const override { return tr("Pasted token"); }
    QString tenantId() const override { return m_tenantId; }
    void requestToken(const ie::net::TokenRequest &request, Callback done) override;

private:
    QByteArray m_token;
    QString m_audience;
    QString m_tenantId;
    QDateTime m_expiresOn;
    QString m_problem;
};

} // namespace ie::auth
