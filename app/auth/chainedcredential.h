#pragma once

#include "auth/credential.h"

#include <QList>

namespace ie::auth {

// Tries credentials in order, like the SDKs' DefaultAzureCredential (environment, workload
// identity, managed identity, Azure CLI, then interactive), and keeps the first that produced a
// token for every later request. Each step's outcome is kept so that a person sees why a step was
// skipped (not available here) or failed; when all fail, the error lists them all.
class ChainedCredential : public Credential
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainedCredential)
public:
    struct Step
    {
        QString name;
        QString displayName;
        enum class Outcome { NotTried, Skipped, Failed, Succeeded } outcome = Outcome::NotTried;
        QString message;
    };

    explicit ChainedCredential(QObject *parent = nullptr);

    // Takes ownership (reparents).
    void append(Credential *credential);
    QList<Step> steps() const { return m_steps; }
    Credential *selected() const { return m_selected; }
    // "environment: skipped (...); managed-identity: failed (...)": one line per the chain.
    QString report() const;

    QString name() const override { return QStringLiteral("chain"); }
    QString displayName() const override;
    QString tenantId() const override;
    void requestToken(const ie::net::TokenRequest &request, Callback done) override;
    void cancel() override;

private:
    void tryFrom(int index, const ie::net::TokenRequest &request, Callback done,
                 quint64 generation);

    QList<Credential *> m_credentials;
    QList<Step> m_steps;
    Credential *m_selected = nullptr;
    quint64 m_generation = 0;
};

} // namespace ie::auth
